/** Writing an application: a new draft, and changes to it while it is one. */
import { hasRole, Role, UserInputError } from '@veiinn/kit';
import { applicantRoleOf, requireActingFor } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Participant } from '../../people';
import { Application, ApplicationChoice, ApplicationExperience } from './application.entity';
import { ApplicantRole, ExperienceKind } from './application.enums';
import { CreateApplicationInput, UpdateApplicationDraftInput } from './application.inputs';
import { assertBeforeDeadline, checkApplication, isUuid, type ApplicationDraft } from './application.rules';
import { assertDraft } from './application.state';
import {
  offerFacts,
  claimsWard,
  loadForChange,
  recordStatus,
  replaceExperience,
  replaceChoices,
  assignAnswers,
  changing,
} from './application.change';

/** A new draft application, for a participant the caller may act for; the whole draft checked as it would be saved. */
export async function createApplication(ctx: IntakeContext, input: CreateApplicationInput): Promise<Application> {
  const { em, app, caller } = ctx;
  // A guardian who has claimed the young person (registerWard) may apply before the office has confirmed it.
  const claimed = await claimsWard(ctx, input.participantId);
  if (!claimed) await requireActingFor(ctx, input.participantId, { no: 'søke', en: 'apply' });
  return em.transactional(async (tx) => {
    const draft: ApplicationDraft = {
      offerIds: input.offerIds,
      submittedByRole: applicantRoleOf(caller, input.submittedByRole ?? ApplicantRole.APPLICANT),
      submittedByName: input.submittedByName ?? null,
      newcomer: input.newcomer ?? false,
      intakeYear: input.intakeYear ?? null,
      desiredStartDate: input.desiredStartDate ?? null,
      daysPerWeek: input.daysPerWeek ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      activityWishes: input.activityWishes ?? null,
      tradeWishes: input.tradeWishes ?? null,
      education: input.education ?? null,
      navContact: input.navContact ?? null,
      workTrials: input.workTrials ?? [],
      jobTastes: input.jobTastes ?? [],
      workPractice: input.workPractice ?? [],
    };
    const checked = checkApplication(draft, await offerFacts(tx, draft.offerIds), app.today());
    const participant = isUuid(input.participantId) ? await tx.findOne(Participant, { id: input.participantId }) : null;
    if (!participant)
      checked.problems.unshift({
        field: 'participantId',
        nb: `det finnes ingen deltaker med id «${input.participantId}».`,
        en: `no participant has the id "${input.participantId}".`,
      });
    if (checked.problems.length) throw new UserInputError(checked.problems);
    // The same deadline as at submit, at once: a draft for an intake that has closed could never be submitted.
    assertBeforeDeadline(checked.round, checked.intakeYear, app.today());
    const application = tx.create(Application, { participant } as never);
    // Who submitted it, by pseudonym: what lets a guardian see it before the guardianship is confirmed.
    if (hasRole(caller, Role.GUARDIAN) && caller?.personRef) application.submittedByRef = caller.personRef;
    assignAnswers(application, draft, checked.round, checked.intakeYear);
    replaceChoices(tx, application, draft.offerIds);
    replaceExperience(tx, application, draft);
    await recordStatus(tx, application, draft.submittedByRole);
    return application;
  });
}

/** Changes a draft at the version read: its answers, choices and experience replaced as one. */
export async function updateApplicationDraft(
  ctx: IntakeContext,
  input: UpdateApplicationDraftInput,
): Promise<Application> {
  const id = input.applicationId;
  const { em, app, caller } = ctx;
  return changing(id, () =>
    em.transactional(async (tx) => {
      const application = await loadForChange(ctx, tx, id, input.expectedVersion);
      assertDraft(application.status);
      const choices = await tx.find(ApplicationChoice, { application: id }, { orderBy: { rank: 'asc' } });
      const experience = await tx.find(ApplicationExperience, { application: id }, { orderBy: { position: 'asc' } });
      const of = (kind: ExperienceKind) => experience.filter((e) => e.kind === kind);
      const pick = <K extends keyof Application & keyof UpdateApplicationDraftInput>(key: K) =>
        (input[key] !== undefined ? input[key] : application[key]) as Application[K];
      const draft: ApplicationDraft = {
        offerIds: input.offerIds ?? choices.map((c) => c.offer.id),
        submittedByRole:
          input.submittedByRole != null ? applicantRoleOf(caller, input.submittedByRole) : application.submittedByRole,
        submittedByName: pick('submittedByName'),
        newcomer: input.newcomer ?? application.newcomer,
        intakeYear: input.intakeYear !== undefined ? input.intakeYear : application.intakeYear,
        desiredStartDate: pick('desiredStartDate'),
        daysPerWeek: pick('daysPerWeek'),
        hoursPerWeek: pick('hoursPerWeek'),
        activityWishes: pick('activityWishes'),
        tradeWishes: pick('tradeWishes'),
        education: pick('education'),
        navContact: pick('navContact'),
        workTrials:
          input.workTrials ??
          of(ExperienceKind.WORK_TRIAL).map((e) => ({ place: e.place, startDate: e.startDate, endDate: e.endDate })),
        jobTastes: input.jobTastes ?? of(ExperienceKind.JOB_TASTE).map((e) => ({ place: e.place, date: e.startDate })),
        workPractice:
          input.workPractice ??
          of(ExperienceKind.WORK_PRACTICE).map((e) => ({
            place: e.place,
            startDate: e.startDate,
            endDate: e.endDate,
            description: e.description,
          })),
      };
      const checked = checkApplication(draft, await offerFacts(tx, draft.offerIds), app.today());
      if (checked.problems.length) throw new UserInputError(checked.problems);
      assertBeforeDeadline(checked.round, checked.intakeYear, app.today());
      if (input.offerIds) {
        // Ranks and offers are unique per application: the old rows must be gone before the new ones go in. This
        // flush comes before the application changes, so the row is written (and its version moves) only once.
        choices.forEach((c) => tx.remove(c));
        await tx.flush();
        replaceChoices(tx, application, draft.offerIds);
      }
      assignAnswers(application, draft, checked.round, checked.intakeYear);
      if (input.workTrials || input.jobTastes || input.workPractice) {
        experience.forEach((e) => tx.remove(e));
        replaceExperience(tx, application, draft);
      }
      // Touch the row so its version moves: the choices and experience are part of what a caller read.
      application.updatedAt = new Date();
      return application;
    }),
  );
}
