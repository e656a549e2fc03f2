/** What every change of an application shares: loading it at the version read, its answers, its history. */
import type { EntityManager } from '@mikro-orm/core';
import { conflictOnRace, expectVersion, hasRole, Role, NotFoundError } from '@veiinn/kit';
import { requireActingFor } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Offer } from '../../catalogue';
import { Guardianship } from '../../people';
import { Application, ApplicationChoice, ApplicationExperience, ApplicationStatusChange } from './application.entity';
import { ApplicantRole, ExperienceKind } from './application.enums';
import { requiredAtSubmit, type FormFieldName } from './application.form';
import { isUuid, type ApplicationDraft, type OfferFacts } from './application.rules';

export const EXPERIENCE_KINDS: Partial<Record<FormFieldName, ExperienceKind>> = {
  workTrials: ExperienceKind.WORK_TRIAL,
  jobTastes: ExperienceKind.JOB_TASTE,
  workPractice: ExperienceKind.WORK_PRACTICE,
};

/** The answers the chosen offers' forms require (REQUIRED_AT_SUBMIT) that the application does not have. */
export async function missingAnswers(
  tx: EntityManager,
  application: Application,
  choices: ApplicationChoice[],
): Promise<FormFieldName[]> {
  const required = [...requiredAtSubmit(choices.map((c) => c.offer.getEntity().kind))];
  if (!required.length) return [];
  const experience = await tx.find(ApplicationExperience, { application: application.id });
  return required.filter((name) => {
    const kind = EXPERIENCE_KINDS[name];
    if (kind) return !experience.some((e) => e.kind === kind);
    const value = application[name as keyof Application];
    return value == null || (typeof value === 'string' && !value.trim());
  });
}

export const clean = (text: string | null | undefined) => (text == null ? null : text.trim() || null);

export async function offerFacts(em: EntityManager, ids: string[]): Promise<Map<string, OfferFacts>> {
  const valid = [...new Set(ids.filter(isUuid))];
  const offers = valid.length ? await em.find(Offer, { id: { $in: valid } }) : [];
  return new Map(offers.map((o) => [o.id, o]));
}

/** The caller is the signed-in guardian who created this application (`submittedByRef`). */
export const submittedByCaller = (ctx: IntakeContext, application: Application) =>
  hasRole(ctx.caller, Role.GUARDIAN) &&
  ctx.caller?.personRef !== undefined &&
  application.submittedByRef === ctx.caller.personRef;

/** The caller is a signed-in guardian who has claimed this participant (`registerWard`), confirmed or not. */
export async function claimsWard(ctx: IntakeContext, participantId: string): Promise<boolean> {
  const ref = ctx.caller?.personRef;
  if (!ref || !hasRole(ctx.caller, Role.GUARDIAN) || !isUuid(participantId)) return false;
  return (await ctx.em.fork().count(Guardianship, { participant: participantId, guardianRef: ref })) > 0;
}

/** What an applicant, a guardian or the allocation office does to an application, for a refusal's message. */
export const CHANGE_APPLICATION = { no: 'endre søknaden', en: 'change this application' };

/**
 * The application, or NOT_FOUND; CONFLICT when the caller read an older version. FORBIDDEN first unless the caller
 * may act for its participant (an unknown id is refused alike, so the answer tells an applicant nothing).
 */
export async function loadForChange(
  ctx: IntakeContext,
  em: EntityManager,
  id: string,
  expectedVersion?: number | null,
): Promise<Application> {
  const application = isUuid(id) ? await em.findOne(Application, { id }) : null;
  // A guardian changes what they submitted themselves, confirmed or not (docs/security.md, "Guardian on behalf").
  if (!application || !submittedByCaller(ctx, application)) {
    await requireActingFor(ctx, application?.participant.id ?? '', CHANGE_APPLICATION);
  }
  if (!application) throw new NotFoundError('Application', id);
  expectVersion(application, expectedVersion, { nb: 'Søknaden', en: `Application ${id}`, it: 'den' });
  return application;
}

export async function recordStatus(em: EntityManager, application: Application, by: ApplicantRole): Promise<void> {
  const position = await em.count(ApplicationStatusChange, { application: application.id });
  em.persist(
    em.create(ApplicationStatusChange, { application, status: application.status, by, position, at: new Date() }),
  );
}

export function replaceExperience(em: EntityManager, application: Application, draft: ApplicationDraft): void {
  const rows = [
    ...draft.workTrials.map((w) => ({
      kind: ExperienceKind.WORK_TRIAL,
      place: w.place,
      startDate: w.startDate,
      endDate: w.endDate ?? null,
      description: null,
    })),
    ...draft.jobTastes.map((j) => ({
      kind: ExperienceKind.JOB_TASTE,
      place: j.place,
      startDate: j.date,
      endDate: null,
      description: null,
    })),
    ...draft.workPractice.map((w) => ({
      kind: ExperienceKind.WORK_PRACTICE,
      place: w.place,
      startDate: w.startDate,
      endDate: w.endDate ?? null,
      description: clean(w.description),
    })),
  ];
  rows.forEach((row, position) =>
    em.persist(em.create(ApplicationExperience, { ...row, place: row.place.trim(), application, position })),
  );
}

export function replaceChoices(em: EntityManager, application: Application, offerIds: string[]): void {
  offerIds.forEach((offerId, i) =>
    em.persist(em.create(ApplicationChoice, { application, offer: em.getReference(Offer, offerId), rank: i + 1 })),
  );
}

export function assignAnswers(
  application: Application,
  draft: ApplicationDraft,
  round: Application['round'],
  intakeYear: number | null,
) {
  application.round = round;
  application.intakeYear = intakeYear;
  application.newcomer = draft.newcomer;
  application.submittedByRole = draft.submittedByRole;
  application.submittedByName = clean(draft.submittedByName);
  application.desiredStartDate = draft.desiredStartDate;
  application.daysPerWeek = draft.daysPerWeek;
  application.hoursPerWeek = draft.hoursPerWeek;
  application.activityWishes = clean(draft.activityWishes);
  application.tradeWishes = clean(draft.tradeWishes);
  application.education = clean(draft.education);
  application.navContact = clean(draft.navContact);
}

/** Runs a change of one application; a concurrent change caught by the version column becomes CONFLICT. */
export function changing<T>(id: string, work: () => Promise<T>): Promise<T> {
  return conflictOnRace({ nb: 'Søknaden', en: `Application ${id}`, it: 'den' }, work);
}

/** How the texts of a conflict name a VTA assessment: one per participant, shown without its id. */
export const VTA_ASSESSMENT = { nb: 'VTA-vurderingen', en: 'The VTA assessment', it: 'den' } as const;
