/** Registering participants and changing them: identity numbers checked, guardians replaced, at the version read. */
import { type EntityManager } from '@mikro-orm/core';
import {
  conflictOnRace,
  ConflictError,
  expectVersion,
  onRace,
  ForbiddenError,
  hasRole,
  isUuid,
  normalizeText,
  NotFoundError,
  Role,
  UserInputError,
} from '@veiinn/kit';
import { requireActingFor, requireCaseWorker } from '../../access/write-rules';
import { searchTextOf } from '../../common/search';
import type { IntakeContext } from '../../context';
import { checkIdentityNumber, parseIdentityNumber, personRef } from '@veiinn/kit';
import { onParticipantRegistered } from './hooks';
import { Guardian, Participant } from './participant.entity';
import { GuardianInput, RegisterParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { normalizePhone, validateParticipant } from './participant.rules';

/** Most participants one lookup by ids may ask for. */
export const MAX_LOOKUP = 1000;

const clean = (text: string | null | undefined) => (text == null ? null : text.trim() || null);

function replaceGuardians(em: EntityManager, participant: Participant, guardians: GuardianInput[]): void {
  guardians.forEach((input, position) => {
    const guardian = em.create(Guardian, {
      participant,
      name: normalizeText(input.name),
      relation: input.relation,
      phone: input.phone == null ? null : normalizePhone(input.phone),
      email: clean(input.email),
      position,
    });
    em.persist(guardian);
  });
}

const duplicateIdentityNumber = () =>
  new ConflictError(
    {
      nb: 'En deltaker med dette fødselsnummeret er allerede registrert.',
      en: 'A participant with this national identity number is already registered.',
    },
    {
      field: 'nationalIdentityNumber',
    },
  );

/**
 * Creates a participant with a checked identity number, in one transaction: CONFLICT (from `duplicate`) when the
 * number is registered already, also when two registrations race (the unique index decides). Links the waiting
 * entries NAV already had for the person. Shared by the office's `registerParticipant` and a citizen's
 * `registerMyself`.
 */
export async function createParticipant(
  em: EntityManager,
  app: IntakeContext['app'],
  input: {
    givenName: string;
    familyName: string;
    nationalIdentityNumber: string;
    email?: string | null;
    phone?: string | null;
    guardians: GuardianInput[];
  },
  duplicate: () => Error,
): Promise<Participant> {
  const nationalIdentityNumber = input.nationalIdentityNumber.trim();
  // Two registrations of the same person at once: the unique index decides, and the loser gets CONFLICT.
  return onRace(
    ['unique'],
    () =>
      em.transactional(async (tx) => {
        if (await tx.count(Participant, { nationalIdentityNumber })) throw duplicate();
        const participant = tx.create(Participant, {
          givenName: normalizeText(input.givenName),
          familyName: normalizeText(input.familyName),
          nationalIdentityNumber,
          personRef: personRef(nationalIdentityNumber, app.personRefKey),
          birthDate: parseIdentityNumber(nationalIdentityNumber)!.birthDate,
          email: clean(input.email),
          phone: input.phone == null ? null : normalizePhone(input.phone),
          searchText: searchTextOf([input.givenName, input.familyName]),
        } as never);
        replaceGuardians(tx, participant, input.guardians);
        await tx.flush();
        // Someone NAV already had on a waiting list is now known to the hub: network links the entries.
        await onParticipantRegistered.raise(tx, participant);
        return participant;
      }),
    duplicate,
  );
}

/** Registers a participant with a checked identity number, and their guardians. */
export async function registerParticipant(ctx: IntakeContext, input: RegisterParticipantInput): Promise<Participant> {
  const { em, app, caller } = ctx;
  requireCaseWorker(caller, { no: 'registrere deltakere', en: 'register participants' });
  const guardians = input.guardians ?? [];
  const problems = [
    ...checkIdentityNumber(input.nationalIdentityNumber, app.allowRealIdentityNumbers),
    ...validateParticipant({
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      guardians,
    }),
  ];
  if (problems.length) throw new UserInputError(problems);
  return createParticipant(em, app, { ...input, guardians }, duplicateIdentityNumber);
}

/** Changes a participant at the version read; an applicant or guardian only the contact fields. */
export async function updateParticipant(ctx: IntakeContext, input: UpdateParticipantInput): Promise<Participant> {
  const id = input.participantId;
  const { em, caller } = ctx;
  await requireActingFor(ctx, id, { no: 'endre deltakeren', en: 'change the participant' });
  if (caller && !hasRole(caller, Role.CASE_WORKER, Role.SERVICE)) {
    const notContact = (['givenName', 'familyName', 'guardians'] as const).filter((f) => input[f] != null);
    if (notContact.length) {
      throw new ForbiddenError(
        {
          nb: `Du kan bare endre e-post og telefon, ikke ${notContact.join(', ')}.`,
          en: `You may change only the e-mail and phone, not ${notContact.join(', ')}.`,
        },
        { fields: notContact },
      );
    }
  }
  const name = { nb: 'Deltakeren', en: `Participant ${id}` };
  return conflictOnRace(name, () =>
    em.transactional(async (tx) => {
      // Not a UUID: not one of ours (and PostgreSQL's uuid column would refuse the comparison).
      const participant = isUuid(id) ? await tx.findOne(Participant, { id }, { populate: ['searchText'] }) : null;
      if (!participant) throw new NotFoundError('Participant', id);
      expectVersion(participant, input.expectedVersion, name);
      const current = await tx.find(Guardian, { participant: id }, { orderBy: { position: 'asc' } });
      const next = {
        givenName: input.givenName ?? participant.givenName,
        familyName: input.familyName ?? participant.familyName,
        email: input.email !== undefined ? input.email : participant.email,
        phone: input.phone !== undefined ? input.phone : participant.phone,
        guardians:
          input.guardians ??
          current.map((g) => ({ name: g.name, relation: g.relation, phone: g.phone, email: g.email })),
      };
      const problems = validateParticipant(next);
      if (problems.length) throw new UserInputError(problems);
      participant.givenName = normalizeText(next.givenName);
      participant.familyName = normalizeText(next.familyName);
      participant.email = clean(next.email);
      participant.phone = next.phone == null ? null : normalizePhone(next.phone);
      participant.searchText = searchTextOf([participant.givenName, participant.familyName]);
      if (input.guardians) {
        // Touch the row so its version moves: guardians are part of what a caller read.
        participant.updatedAt = new Date();
        current.forEach((g) => tx.remove(g));
        replaceGuardians(tx, participant, input.guardians);
      }
      return participant;
    }),
  );
}
