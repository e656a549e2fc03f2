import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import {
  Access,
  conflictOnRace,
  ConflictError,
  ConnectionArgs,
  expectVersion,
  onRace,
  ConnectionType,
  FailedPreconditionError,
  ForbiddenError,
  hasRole,
  LocalizedText,
  Role,
  NotFoundError,
  UserInputError,
  normalizeText,
  normalizeOptional,
  textProblems,
} from '@veiinn/kit';
import { paginate } from '@veiinn/kit';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { applicantRoleOf, HubWriteAccess, requireActingFor, requireCaseWorker } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Offer } from '../../catalogue/offer/offer.entity';
import { OfferKind } from '../../catalogue/offer/offer.enums';
import { Guardianship } from '../../people/participant/guardianship.entity';
import { Participant } from '../../people/participant/participant.entity';
import { Application, ApplicationChoice, ApplicationExperience, ApplicationStatusChange } from './application.entity';
import { ApplicantRole, ApplicationStatus, ExperienceKind } from './application.enums';
import {
  APPLICATION_FORMS,
  FORM_FIELD_LABELS,
  REQUIRED_AT_SUBMIT,
  requiredAtSubmit,
  type FormFieldName,
} from './application.form';
import {
  ApplicationFilter,
  ApplicationStepInput,
  CreateApplicationInput,
  RecordVtaAssessmentInput,
  UpdateApplicationDraftInput,
  WithdrawApplicationInput,
} from './application.inputs';
import {
  assertBeforeDeadline,
  assertDesiredStartAhead,
  checkApplication,
  isUuid,
  type ApplicationDraft,
  type OfferFacts,
} from './application.rules';
import { assertDraft, transition } from './application.state';
import { VtaAssessment } from './vta-assessment.entity';
import { Decision } from '../decision/decision.entity';
import { HUB_WAITING_SOURCE, HubLeftReason, WaitingEntry } from '../../network/waiting/waiting-entry.entity';

@ObjectType({ description: 'A page of applications.' })
export class ApplicationConnection extends ConnectionType(Application, 'Application') {}

@ObjectType({ description: 'One question of an application form.' })
export class ApplicationFormField {
  @Field(() => String, { description: 'Name of the answer in CreateApplicationInput, e.g. "daysPerWeek".' })
  name!: string;

  @Field(() => LocalizedText, { description: 'The question as the form shows it.' })
  label!: LocalizedText;

  @Field(() => Boolean, {
    description:
      'Whether the answer is required: submitApplication refuses (BAD_USER_INPUT, naming the field) an application for this kind without it; a draft may lack it. False: the applicant may leave it out.',
  })
  required!: boolean;
}

@ObjectType({ description: 'What an application for one kind of offer asks, beside the offers themselves.' })
export class ApplicationForm {
  @Field(() => OfferKind, { description: 'The kind of offer the form is for.' })
  kind!: OfferKind;

  @Field(() => [ApplicationFormField], { description: 'The questions, in the order the form shows them.' })
  fields!: ApplicationFormField[];
}

const EXPERIENCE_KINDS: Partial<Record<FormFieldName, ExperienceKind>> = {
  workTrials: ExperienceKind.WORK_TRIAL,
  jobTastes: ExperienceKind.JOB_TASTE,
  workPractice: ExperienceKind.WORK_PRACTICE,
};

/** The answers the chosen offers' forms require (REQUIRED_AT_SUBMIT) that the application does not have. */
async function missingAnswers(
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

const clean = (text: string | null | undefined) => (text == null ? null : text.trim() || null);

async function offerFacts(em: EntityManager, ids: string[]): Promise<Map<string, OfferFacts>> {
  const valid = [...new Set(ids.filter(isUuid))];
  const offers = valid.length ? await em.find(Offer, { id: { $in: valid } }) : [];
  return new Map(offers.map((o) => [o.id, o]));
}

/** The caller is the signed-in guardian who created this application (`submittedByRef`). */
const submittedByCaller = (ctx: IntakeContext, application: Application) =>
  hasRole(ctx.caller, Role.GUARDIAN) &&
  ctx.caller?.personRef !== undefined &&
  application.submittedByRef === ctx.caller.personRef;

/** The caller is a signed-in guardian who has claimed this participant (`registerWard`), confirmed or not. */
async function claimsWard(ctx: IntakeContext, participantId: string): Promise<boolean> {
  const ref = ctx.caller?.personRef;
  if (!ref || !hasRole(ctx.caller, Role.GUARDIAN) || !isUuid(participantId)) return false;
  return (await ctx.em.fork().count(Guardianship, { participant: participantId, guardianRef: ref })) > 0;
}

/** What an applicant, a guardian or the allocation office does to an application, for a refusal's message. */
const CHANGE_APPLICATION = { no: 'endre søknaden', en: 'change this application' };

/**
 * The application, or NOT_FOUND; CONFLICT when the caller read an older version. FORBIDDEN first unless the caller
 * may act for its participant (an unknown id is refused alike, so the answer tells an applicant nothing).
 */
async function loadForChange(
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

async function recordStatus(em: EntityManager, application: Application, by: ApplicantRole): Promise<void> {
  const position = await em.count(ApplicationStatusChange, { application: application.id });
  em.persist(
    em.create(ApplicationStatusChange, { application, status: application.status, by, position, at: new Date() }),
  );
}

function replaceExperience(em: EntityManager, application: Application, draft: ApplicationDraft): void {
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

function replaceChoices(em: EntityManager, application: Application, offerIds: string[]): void {
  offerIds.forEach((offerId, i) =>
    em.persist(em.create(ApplicationChoice, { application, offer: em.getReference(Offer, offerId), rank: i + 1 })),
  );
}

function assignAnswers(
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
function changing<T>(id: string, work: () => Promise<T>): Promise<T> {
  return conflictOnRace({ nb: 'Søknaden', en: `Application ${id}`, it: 'den' }, work);
}

/** How the texts of a conflict name a VTA assessment: one per participant, shown without its id. */
const VTA_ASSESSMENT = { nb: 'VTA-vurderingen', en: 'The VTA assessment', it: 'den' } as const;

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => Application, {
    nullable: true,
    description: 'One application by id; null when there is none, or when the caller may not see it (the same answer).',
  })
  async application(
    @Arg('id', () => ID, { description: 'Id of the application.' }) id: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application | null> {
    return isUuid(id) ? rowScope(ctx).application(id) : null;
  }

  @Query(() => ApplicationConnection, {
    description:
      'Applications the caller may see, newest first, with filters and cursor pagination; `totalCount` counts the same.',
  })
  async applications(
    @Arg('filter', () => ApplicationFilter, {
      nullable: true,
      description: 'Conditions the applications must meet; all when left out.',
    })
    filter: ApplicationFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<ApplicationConnection> {
    const where: FilterQuery<Application> = {};
    if (filter?.status?.length) where.status = { $in: filter.status };
    if (filter?.participantId != null) {
      where.participant = isUuid(filter.participantId) ? filter.participantId : { $in: [] };
    }
    const scoped = { $and: [where, await rowScope(ctx).applicationWhere()] };
    return paginate(ctx.em, Application, scoped, page, [{ createdAt: 'desc' }, { id: 'asc' }]);
  }

  @Query(() => ApplicationForm, {
    description: 'The application form for a kind of offer: the questions it asks, with labels in nb and en.',
  })
  applicationForm(
    @Arg('kind', () => OfferKind, { description: 'The kind of offer.' }) kind: OfferKind,
  ): ApplicationForm {
    const required = REQUIRED_AT_SUBMIT[kind];
    return {
      kind,
      fields: APPLICATION_FORMS[kind].map((name) => ({
        name,
        label: FORM_FIELD_LABELS[name],
        required: required.includes(name),
      })),
    };
  }

  @FieldResolver(() => Participant, { description: 'The applicant.' })
  async participant(@Root() application: Application, @Ctx() ctx: IntakeContext): Promise<Participant> {
    // Whoever sees the application sees its applicant (row-scope.ts keeps the two in step).
    const participant = await rowScope(ctx).participant(application.participant.id);
    if (participant) return participant;
    // The one who sees an application but not its applicant: a guardian whose claim the allocation office has not
    // confirmed yet, on their own submission (docs/security.md, "Guardian on behalf").
    throw new ForbiddenError({
      nb: 'Du ser søkeren når Tildelingskontoret har bekreftet at du er foresatt. Til da ser du bare søknaden du sendte.',
      en: 'You see the applicant once the allocation office has confirmed that you are the guardian. Until then you see only the application you sent.',
    });
  }

  @FieldResolver(() => [ApplicationChoice], { description: 'The offers applied for, first choice first.' })
  choices(@Root() application: Application, @Ctx() { loaders }: IntakeContext): Promise<ApplicationChoice[]> {
    return loaders.choicesByApplication.load(application.id);
  }

  @FieldResolver(() => [ApplicationExperience], {
    description: 'Documented work trials, job tastes and work practice, in the order given.',
  })
  experience(@Root() application: Application, @Ctx() { loaders }: IntakeContext): Promise<ApplicationExperience[]> {
    return loaders.experienceByApplication.load(application.id);
  }

  @FieldResolver(() => [ApplicationStatusChange], {
    description: 'Every status the application has had, oldest first, so the applicant and guardians can follow it.',
  })
  statusHistory(
    @Root() application: Application,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<ApplicationStatusChange[]> {
    return loaders.statusHistoryByApplication.load(application.id);
  }

  @FieldResolver(() => VtaAssessment, {
    nullable: true,
    description: 'The applicant’s assessment for a VTA place; null until an application of theirs is submitted.',
  })
  async vtaAssessment(@Root() application: Application, @Ctx() ctx: IntakeContext): Promise<VtaAssessment | null> {
    if (!(await rowScope(ctx).seesParticipant(application.participant.id))) return null;
    return ctx.loaders.vtaAssessmentByParticipant.load(application.participant.id);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Application, {
    description:
      'Creates an application as a draft. Invalid input, an unknown or duplicate offer, an answer the form does not ask for, or a `desiredStartDate` before today gives BAD_USER_INPUT; a main-intake `intakeYear` whose 1 February deadline has passed gives FAILED_PRECONDITION (APPLICATION_DEADLINE_PASSED) unless the applicant is a newcomer. An applicant or guardian may apply only for their own participants (FORBIDDEN otherwise) and is recorded as who applied, whatever `submittedByRole` says.',
  })
  async createApplication(
    @Arg('input', () => CreateApplicationInput, { description: 'The new application.' }) input: CreateApplicationInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
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
      const participant = isUuid(input.participantId)
        ? await tx.findOne(Participant, { id: input.participantId })
        : null;
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

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Application, {
    description:
      'Changes a draft application. NOT_FOUND for an unknown id, CONFLICT for a stale expectedVersion, FAILED_PRECONDITION (APPLICATION_STATE) once it is submitted, and the same checks of the whole draft as createApplication (BAD_USER_INPUT for a `desiredStartDate` before today, APPLICATION_DEADLINE_PASSED for a main intake that has closed); FORBIDDEN for another’s application.',
  })
  async updateApplicationDraft(
    @Arg('input', () => UpdateApplicationDraftInput, { description: 'The draft and the changes.' })
    input: UpdateApplicationDraftInput,
    @Ctx() ctx: IntakeContext,
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
            input.submittedByRole != null
              ? applicantRoleOf(caller, input.submittedByRole)
              : application.submittedByRole,
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
          jobTastes:
            input.jobTastes ?? of(ExperienceKind.JOB_TASTE).map((e) => ({ place: e.place, date: e.startDate })),
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

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Application, {
    description:
      'Submits a draft. Every new applicant is then also queued for a VTA assessment. A main-intake application after its 1 February deadline is refused (FAILED_PRECONDITION, APPLICATION_DEADLINE_PASSED) unless the applicant is a newcomer; a `desiredStartDate` that has gone by since the draft was saved gives FAILED_PRECONDITION (DESIRED_START_PASSED). FORBIDDEN for another’s application.',
  })
  async submitApplication(
    @Arg('input', () => ApplicationStepInput, { description: 'The application and the version read.' })
    input: ApplicationStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
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

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Application, {
    description: 'The allocation office starts assessing a submitted application (UNDER_ASSESSMENT).',
  })
  async startApplicationAssessment(
    @Arg('input', () => ApplicationStepInput, { description: 'The application and the version read.' })
    input: ApplicationStepInput,
    @Ctx() ctx: IntakeContext,
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

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Application, {
    description:
      'Withdraws an application that is not decided yet, or one decided WAITING while the applicant is still on the waiting list (the entries are left with reason WITHDRAWN), with the reason. FORBIDDEN for another’s application; an applicant or guardian is recorded as who withdrew it.',
  })
  async withdrawApplication(
    @Arg('input', () => WithdrawApplicationInput, { description: 'The application, the reason and who withdraws it.' })
    input: WithdrawApplicationInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
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
}

@Resolver(() => ApplicationChoice)
export class ApplicationChoiceResolver {
  @FieldResolver(() => Offer, { description: 'The offer applied for.' })
  async offer(@Root() choice: ApplicationChoice, @Ctx() { loaders }: IntakeContext): Promise<Offer> {
    const offer = await loaders.offer.load(choice.offer.id);
    if (!offer) throw new Error(`Application choice ${choice.id} refers to missing offer`);
    return offer;
  }
}

@Resolver(() => VtaAssessment)
export class VtaAssessmentResolver {
  @FieldResolver(() => Participant, { description: 'The participant assessed.' })
  async participant(@Root() assessment: VtaAssessment, @Ctx() ctx: IntakeContext): Promise<Participant> {
    const participant = await rowScope(ctx).participant(assessment.participant.id);
    if (!participant) throw new Error(`VTA assessment ${assessment.id} refers to missing participant`);
    return participant;
  }

  @FieldResolver(() => ID, { description: 'Id of the application whose submission opened the assessment.' })
  applicationId(@Root() assessment: VtaAssessment): string {
    return assessment.application.id;
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => VtaAssessment, {
    description:
      'Records the outcome of the VTA assessment of an application’s participant. FAILED_PRECONDITION (VTA_ASSESSMENT_NOT_OPEN) while no application of theirs is submitted.',
  })
  async recordVtaAssessment(
    @Arg('input', () => RecordVtaAssessmentInput, { description: 'The application and the outcome.' })
    input: RecordVtaAssessmentInput,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<VtaAssessment> {
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
}

@Resolver(() => Participant)
export class ParticipantApplicationsResolver {
  @FieldResolver(() => [Application], {
    description:
      'The participant’s applications, oldest first: for provider staff only those choosing their offers, for NAV’s staff those for a state place.',
  })
  applications(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<Application[]> {
    return rowScope(ctx).applicationsOf(participant.id);
  }

  @FieldResolver(() => VtaAssessment, {
    nullable: true,
    description: 'The assessment for a VTA place; null until an application of theirs is submitted.',
  })
  async vtaAssessment(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<VtaAssessment | null> {
    if (!(await rowScope(ctx).seesParticipant(participant.id))) return null;
    return ctx.loaders.vtaAssessmentByParticipant.load(participant.id);
  }
}
