import {
  OptimisticLockError,
  UniqueConstraintViolationException,
  type EntityManager,
  type FilterQuery,
} from '@mikro-orm/core';
import {
  ConflictError,
  ConnectionArgs,
  ConnectionType,
  isUuid,
  NotFoundError,
  paginate,
  UserInputError,
} from '@veiinn/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { searchTerms, searchTextOf } from '../common/search';
import type { IntakeContext } from '../context';
import { checkIdentityNumber, parseIdentityNumber, personRef } from '@veiinn/kit';
import { WaitingEntry } from '../waiting/waiting-entry.entity';
import { Placement, PlacementStatus, placementStatus } from '../placement/placement.entity';
import { Guardian, Participant } from './participant.entity';
import {
  GuardianInput,
  ParticipantFilter,
  RegisterParticipantInput,
  UpdateParticipantInput,
} from './participant.inputs';
import { normalizePhone, validateParticipant } from './participant.rules';

/** Most participants one lookup by ids may ask for. */
export const MAX_LOOKUP = 1000;

@ObjectType({ description: 'A page of participants.' })
export class ParticipantConnection extends ConnectionType(Participant, 'Participant') {}

const clean = (text: string | null | undefined) => (text == null ? null : text.trim() || null);

function replaceGuardians(em: EntityManager, participant: Participant, guardians: GuardianInput[]): void {
  guardians.forEach((input, position) => {
    const guardian = em.create(Guardian, {
      participant,
      name: input.name.trim(),
      relation: input.relation,
      phone: input.phone == null ? null : normalizePhone(input.phone),
      email: clean(input.email),
      position,
    });
    em.persist(guardian);
  });
}

const duplicateIdentityNumber = () =>
  new ConflictError('A participant with this national identity number is already registered.', {
    field: 'nationalIdentityNumber',
  });

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => ParticipantConnection, {
    description: 'Participants by family name, then given name, with cursor pagination.',
  })
  async participants(
    @Arg('filter', () => ParticipantFilter, {
      nullable: true,
      description: 'Conditions the participants must meet; all when left out.',
    })
    filter: ParticipantFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { em }: IntakeContext,
  ): Promise<ParticipantConnection> {
    const terms = searchTerms(filter?.search);
    const where: FilterQuery<Participant> = terms.length
      ? { $and: terms.map((t) => ({ searchText: { $like: `%${t}%` } })) }
      : {};
    return paginate(em, Participant, where, page, [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }]);
  }

  @Query(() => Participant, {
    nullable: true,
    description: 'One participant by id; null when there is none with that id.',
  })
  async participant(
    @Arg('id', () => ID, { description: 'Id of the participant.' }) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<Participant | null> {
    return loaders.participant.load(id);
  }

  @Query(() => [Participant], {
    nullable: 'items',
    description: `Several participants by id (at most ${MAX_LOOKUP}), in the order given; null where there is none with an id. For lists such as a caseload.`,
  })
  async participantsByIds(
    @Arg('ids', () => [ID], { description: `Ids of the participants, at most ${MAX_LOOKUP}.` }) ids: string[],
    @Ctx() { loaders }: IntakeContext,
  ): Promise<(Participant | null)[]> {
    if (ids.length > MAX_LOOKUP) {
      throw new UserInputError([{ field: 'ids', message: `must be at most ${MAX_LOOKUP} ids; ask in parts.` }]);
    }
    return Promise.all(ids.map((id) => loaders.participant.load(id)));
  }

  @FieldResolver(() => [Guardian], {
    description: 'Guardians and next of kin, in the order the participant gave them.',
  })
  async guardians(@Root() participant: Participant, @Ctx() { loaders }: IntakeContext): Promise<Guardian[]> {
    return loaders.guardiansByParticipant.load(participant.id);
  }

  @FieldResolver(() => [Placement], {
    description:
      "The participant's path: every placement at every provider, past, current and planned, oldest first. Each provider's own detail is in its field on Placement.",
  })
  async placements(
    @Root() participant: Participant,
    @Arg('status', () => [PlacementStatus], {
      nullable: true,
      description: 'Only placements with these statuses; all when left out.',
    })
    status: PlacementStatus[] | null,
    @Ctx() { loaders, app }: IntakeContext,
  ): Promise<Placement[]> {
    const all = await loaders.placementsByParticipant.load(participant.id);
    return status?.length ? all.filter((p) => status.includes(placementStatus(p, app.today()))) : all;
  }

  @FieldResolver(() => [WaitingEntry], {
    description: 'Waiting lists the participant is or was on, across providers, oldest first.',
  })
  async waitingLists(@Root() participant: Participant, @Ctx() { loaders }: IntakeContext): Promise<WaitingEntry[]> {
    return loaders.waitingByParticipant.load(participant.id);
  }

  @Mutation(() => Participant, {
    description:
      'Registers a participant. Invalid input gives BAD_USER_INPUT; an identity number already registered gives CONFLICT.',
  })
  async registerParticipant(
    @Arg('input', () => RegisterParticipantInput, { description: 'The new participant.' })
    input: RegisterParticipantInput,
    @Ctx() { em, app }: IntakeContext,
  ): Promise<Participant> {
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
    const nationalIdentityNumber = input.nationalIdentityNumber.trim();
    try {
      return await em.transactional(async (tx) => {
        if (await tx.count(Participant, { nationalIdentityNumber })) throw duplicateIdentityNumber();
        const participant = tx.create(Participant, {
          givenName: input.givenName.trim(),
          familyName: input.familyName.trim(),
          nationalIdentityNumber,
          personRef: personRef(nationalIdentityNumber, app.personRefKey),
          birthDate: parseIdentityNumber(nationalIdentityNumber)!.birthDate,
          email: clean(input.email),
          phone: input.phone == null ? null : normalizePhone(input.phone),
          searchText: searchTextOf([input.givenName, input.familyName]),
        } as never);
        replaceGuardians(tx, participant, guardians);
        await tx.flush();
        // Someone NAV already had on a waiting list is now known to the hub: link the entries to the participant.
        await tx.nativeUpdate(
          WaitingEntry,
          { personRef: participant.personRef, participantId: null },
          { participantId: participant.id },
        );
        return participant;
      });
    } catch (error) {
      // Two registrations of the same person at once: the unique index decides, and the loser gets CONFLICT.
      if (error instanceof UniqueConstraintViolationException) throw duplicateIdentityNumber();
      throw error;
    }
  }

  @Mutation(() => Participant, {
    description: 'Changes a participant. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT.',
  })
  async updateParticipant(
    @Arg('id', () => ID, { description: 'Id of the participant to change.' }) id: string,
    @Arg('input', () => UpdateParticipantInput, { description: 'The changes.' }) input: UpdateParticipantInput,
    @Ctx() { em }: IntakeContext,
  ): Promise<Participant> {
    try {
      return await em.transactional(async (tx) => {
        // Not a UUID: not one of ours (and PostgreSQL's uuid column would refuse the comparison).
        const participant = isUuid(id) ? await tx.findOne(Participant, { id }, { populate: ['searchText'] }) : null;
        if (!participant) throw new NotFoundError('Participant', id);
        if (input.expectedVersion != null && input.expectedVersion !== participant.version) {
          throw new ConflictError(
            `Participant ${id} has changed since version ${input.expectedVersion}; it is now version ${participant.version}.`,
            {
              currentVersion: participant.version,
            },
          );
        }
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
        participant.givenName = next.givenName.trim();
        participant.familyName = next.familyName.trim();
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
      });
    } catch (error) {
      if (error instanceof OptimisticLockError)
        throw new ConflictError(`Participant ${id} was changed by someone else at the same time; read it again.`);
      throw error;
    }
  }
}
