/** The steps of an application after its draft: submitted, assessed, withdrawn; and the VTA assessment it opens. */
import {
  conflictOnRace,
  ConflictError,
  expectVersion,
  onRace,
  FailedPreconditionError,
  NotFoundError,
  UserInputError,
  normalizeText,
  normalizeOptional,
  textProblems,
} from '@veiinn/kit';
import { applicantRoleOf, requireCaseWorker } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Application, ApplicationChoice } from './application.entity';
import { ApplicantRole, ApplicationStatus } from './application.enums';
import { ApplicationStepInput, RecordVtaAssessmentInput, WithdrawApplicationInput } from './application.inputs';
import { assertBeforeDeadline, assertDesiredStartAhead, isUuid } from './application.rules';
import { transition } from './application.state';
import { VtaAssessment } from './vta-assessment.entity';
import { Decision } from '../decision/decision.entity';
import { HUB_WAITING_SOURCE, HubLeftReason, WaitingEntry } from '../../network';
import { missingAnswers, clean, loadForChange, recordStatus, changing, VTA_ASSESSMENT } from './application.change';

/** Submits a draft: its offers still open, every required answer given, before the deadline; opens the VTA assessment. */
export async function submitApplication(ctx: IntakeContext, input: ApplicationStepInput): Promise<Application> {
  const { em, app, caller } = ctx;
  // Two first applications of one participant submitted at once: the unique index keeps one assessment.
  return onRace(
    ['unique'],
    () =>
      changing(input.applicationId, () =>
        em.transactional(async (tx) => {
          const application = await loadForChange(ctx, tx, input.applicationId, input.expectedVersion);
          const status = transition(application.status, ApplicationStatus.SUBMITTED);
          const choices = await tx.find(ApplicationChoice, { application: application.id }, { populate: ['offer'] });
          const closed = choices.filter(
            (c) => c.offer.getEntity().withdrawn || !c.offer.getEntity().openForApplications,
          );
          if (closed.length) {
            throw new FailedPreconditionError(
              'OFFER_NOT_OPEN',
              {
                nb: `Disse tilbudene tar ikke lenger imot søknader: ${closed.map((c) => c.offer.getEntity().titleNb).join(', ')}. Endre utkastet først.`,
                en: `These offers no longer take applications: ${closed.map((c) => c.offer.getEntity().titleNb).join(', ')}. Change the draft first.`,
              },
              { offerIds: closed.map((c) => c.offer.id) },
            );
          }
          const missing = await missingAnswers(tx, application, choices);
          if (missing.length) {
            throw new UserInputError(
              missing.map((field) => ({
                field,
                nb: 'må fylles ut før søknaden sendes.',
                en: 'is required before the application is submitted.',
              })),
            );
          }
          assertBeforeDeadline(application.round, application.intakeYear, app.today());
          assertDesiredStartAhead(application.desiredStartDate, app.today());
          application.status = status;
          application.submittedAt = new Date();
          await recordStatus(tx, application, applicantRoleOf(caller, application.submittedByRole));
          const participantId = application.participant.id;
          if (!(await tx.count(VtaAssessment, { participant: participantId }))) {
            tx.persist(tx.create(VtaAssessment, { participant: participantId, application } as never));
          }
          return application;
        }),
      ),
    () =>
      new ConflictError({
        nb: 'Deltakerens VTA-vurdering ble åpnet samtidig. Send inn på nytt.',
        en: 'The participant’s VTA assessment was opened at the same time; submit again.',
      }),
  );
}

/** The allocation office starts assessing a submitted application (UNDER_ASSESSMENT). */
export async function startApplicationAssessment(
  ctx: IntakeContext,
  input: ApplicationStepInput,
): Promise<Application> {
  requireCaseWorker(ctx.caller, { no: 'behandle søknader', en: 'assess applications' });
  return changing(input.applicationId, () =>
    ctx.em.transactional(async (tx) => {
      const application = await loadForChange(ctx, tx, input.applicationId, input.expectedVersion);
      application.status = transition(application.status, ApplicationStatus.UNDER_ASSESSMENT);
      await recordStatus(tx, application, ApplicantRole.CASE_WORKER);
      return application;
    }),
  );
}

/** Withdraws an application at the version read; a decided applicant leaves the waiting lists its decision put them on. */
export async function withdrawApplication(ctx: IntakeContext, input: WithdrawApplicationInput): Promise<Application> {
  const { em, app, caller } = ctx;
  const reason = normalizeText(input.reason);
  const reasonProblems = textProblems('reason', reason, { max: 1000, multiline: true });
  if (reasonProblems.length) throw new UserInputError(reasonProblems);
  return changing(input.applicationId, () =>
    em.transactional(async (tx) => {
      const application = await loadForChange(ctx, tx, input.applicationId, input.expectedVersion);
      // A decided applicant who is still on a waiting list from the decision may withdraw: they leave the list.
      const waiting = await tx.find(WaitingEntry, {
        sourceId: HUB_WAITING_SOURCE,
        decisionId: { $ne: null },
        participantId: application.participant.id,
        leftOn: null,
      });
      const decision = waiting.length ? await tx.findOne(Decision, { application: application.id }) : null;
      const fromDecision = waiting.filter((w) => decision && w.decisionId === decision.id);
      application.status = transition(application.status, ApplicationStatus.WITHDRAWN, {
        onWaitingList: fromDecision.length > 0,
      });
      for (const entry of fromDecision)
        Object.assign(entry, { leftOn: app.today(), leftReason: HubLeftReason.WITHDRAWN, updatedAt: new Date() });
      application.withdrawalReason = reason;
      await recordStatus(tx, application, applicantRoleOf(caller, input.by ?? application.submittedByRole));
      return application;
    }),
  );
}

/** The outcome of the VTA assessment of an application’s participant, at the version read. */
export async function recordVtaAssessment(ctx: IntakeContext, input: RecordVtaAssessmentInput): Promise<VtaAssessment> {
  const { em, caller } = ctx;
  requireCaseWorker(caller, { no: 'registrere VTA-vurderinger', en: 'record VTA assessments' });
  const note = clean(normalizeOptional(input.note));
  const noteProblems = note ? textProblems('note', note, { max: 1000, multiline: true }) : [];
  if (noteProblems.length) throw new UserInputError(noteProblems);
  return conflictOnRace(VTA_ASSESSMENT, () =>
    em.transactional(async (tx) => {
      const application = isUuid(input.applicationId)
        ? await tx.findOne(Application, { id: input.applicationId })
        : null;
      if (!application) throw new NotFoundError('Application', input.applicationId);
      const assessment = await tx.findOne(VtaAssessment, { participant: application.participant.id });
      if (!assessment) {
        throw new FailedPreconditionError('VTA_ASSESSMENT_NOT_OPEN', {
          nb: 'Deltakeren har ingen VTA-vurdering ennå. Den åpnes når en søknad fra deltakeren sendes inn.',
          en: 'The participant has no VTA assessment yet: it is opened when an application of theirs is submitted.',
        });
      }
      expectVersion(assessment, input.expectedVersion, VTA_ASSESSMENT);
      assessment.status = input.outcome as unknown as VtaAssessment['status'];
      assessment.note = note;
      assessment.assessedAt = new Date();
      return assessment;
    }),
  );
}
