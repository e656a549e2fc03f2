import { Access, ConnectionArgs, ConnectionType, ForbiddenError, LocalizedText } from '@veiinn/kit';
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
import { paginateLean } from '../../common/lean';
import { HubWriteAccess } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Offer, OfferKind } from '../../catalogue';
import { Participant } from '../../people';
import { Application, ApplicationChoice, ApplicationExperience, ApplicationStatusChange } from './application.entity';
import { APPLICATION_FORMS, FORM_FIELD_LABELS, REQUIRED_AT_SUBMIT } from './application.form';
import {
  ApplicationFilter,
  ApplicationStepInput,
  CreateApplicationInput,
  RecordVtaAssessmentInput,
  UpdateApplicationDraftInput,
  WithdrawApplicationInput,
} from './application.inputs';
import { isUuid } from './application.rules';
import { ApplicationOrder, applicationListWhere, paginateApplicationsBy } from './application.worklist';
import { VtaAssessment } from './vta-assessment.entity';

import { createApplication, updateApplicationDraft } from './application.drafts';
import {
  submitApplication,
  startApplicationAssessment,
  withdrawApplication,
  recordVtaAssessment,
} from './application.steps';
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
      'Applications the caller may see, newest first unless `orderBy` says otherwise, with filters and cursor pagination; `totalCount` counts the same.',
  })
  async applications(
    @Arg('filter', () => ApplicationFilter, {
      nullable: true,
      description: 'Conditions the applications must meet; all when left out.',
    })
    filter: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, {
      nullable: true,
      description: 'How to sort; newest created first when left out.',
    })
    orderBy: ApplicationOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<ApplicationConnection> {
    const reader = ctx.em.fork();
    const where = await applicationListWhere(reader, filter, await rowScope(ctx).applicationWhere());
    if (orderBy) return paginateApplicationsBy(reader, where, page, orderBy);
    return paginateLean(ctx.em, Application, where, page, [{ createdAt: 'desc' }, { id: 'asc' }]);
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
  createApplication(
    @Arg('input', () => CreateApplicationInput, { description: 'The new application.' }) input: CreateApplicationInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
    return createApplication(ctx, input);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Application, {
    description:
      'Changes a draft application. NOT_FOUND for an unknown id, CONFLICT for a stale expectedVersion, FAILED_PRECONDITION (APPLICATION_STATE) once it is submitted, and the same checks of the whole draft as createApplication (BAD_USER_INPUT for a `desiredStartDate` before today, APPLICATION_DEADLINE_PASSED for a main intake that has closed); FORBIDDEN for another’s application.',
  })
  updateApplicationDraft(
    @Arg('input', () => UpdateApplicationDraftInput, { description: 'The draft and the changes.' })
    input: UpdateApplicationDraftInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
    return updateApplicationDraft(ctx, input);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Application, {
    description:
      'Submits a draft. Every new applicant is then also queued for a VTA assessment. A main-intake application after its 1 February deadline is refused (FAILED_PRECONDITION, APPLICATION_DEADLINE_PASSED) unless the applicant is a newcomer; a `desiredStartDate` that has gone by since the draft was saved gives FAILED_PRECONDITION (DESIRED_START_PASSED). FORBIDDEN for another’s application.',
  })
  submitApplication(
    @Arg('input', () => ApplicationStepInput, { description: 'The application and the version read.' })
    input: ApplicationStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
    return submitApplication(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Application, {
    description: 'The allocation office starts assessing a submitted application (UNDER_ASSESSMENT).',
  })
  startApplicationAssessment(
    @Arg('input', () => ApplicationStepInput, { description: 'The application and the version read.' })
    input: ApplicationStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
    return startApplicationAssessment(ctx, input);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Application, {
    description:
      'Withdraws an application that is not decided yet, or one decided WAITING while the applicant is still on the waiting list (the entries are left with reason WITHDRAWN), with the reason. FORBIDDEN for another’s application; an applicant or guardian is recorded as who withdrew it.',
  })
  withdrawApplication(
    @Arg('input', () => WithdrawApplicationInput, { description: 'The application, the reason and who withdraws it.' })
    input: WithdrawApplicationInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application> {
    return withdrawApplication(ctx, input);
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
  recordVtaAssessment(
    @Arg('input', () => RecordVtaAssessmentInput, { description: 'The application and the outcome.' })
    input: RecordVtaAssessmentInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<VtaAssessment> {
    return recordVtaAssessment(ctx, input);
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
