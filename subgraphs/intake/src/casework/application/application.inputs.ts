import { DateScalar } from '@veiinn/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OfferKind } from '../../catalogue';
import { ApplicantRole, ApplicationRound, ApplicationStatus, VtaAssessmentOutcome } from './application.enums';

@InputType({ description: 'A work trial (hospitering): where, and the period.' })
export class WorkTrialInput {
  @Field(() => String, { description: 'The workplace, at most 200 characters.' })
  place!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; leave out while it goes on.' })
  endDate?: string | null;
}

@InputType({ description: 'A job taste (jobbsmak): where, and the day.' })
export class JobTasteInput {
  @Field(() => String, { description: 'The workplace, at most 200 characters.' })
  place!: string;

  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;
}

@InputType({ description: 'Work practice (arbeidspraksis): where, the period and what the work was.' })
export class WorkPracticeInput {
  @Field(() => String, { description: 'The workplace, at most 200 characters.' })
  place!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; leave out while it goes on.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What the work was, at most 1000 characters.' })
  description?: string | null;
}

/**
 * The answers of the application form. Each is asked only by the forms of some kinds of offer (see
 * `applicationForm`); an answer that none of the chosen offers' forms asks for is refused with BAD_USER_INPUT.
 */
@InputType({ description: 'The answers of an application form (the base of the create and update inputs).' })
export abstract class ApplicationAnswersInput {
  @Field(() => ApplicantRole, {
    nullable: true,
    description: 'Who fills in the application: the applicant (default) or someone on their behalf.',
  })
  submittedByRole?: ApplicantRole | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the person applying on the applicant’s behalf; required unless the applicant applies.',
  })
  submittedByName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The applicant has newly moved to the municipality and may apply for main intake after the deadline.',
  })
  newcomer?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'For main-intake offers: the year whose 1 February deadline applies, this year or next; by default the next deadline’s year. Ignored for continuous intake.',
  })
  intakeYear?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the applicant would like to start; not before today.' })
  desiredStartDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days a week wanted, 1 to 5 (activity).' })
  daysPerWeek?: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours a week wanted, more than 0 and at most 37.5.' })
  hoursPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'What the applicant likes doing, at most 1000 characters.' })
  activityWishes?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Work the applicant would like to try, at most 1000 characters.',
  })
  tradeWishes?: string | null;

  @Field(() => String, { nullable: true, description: 'School and education, at most 1000 characters.' })
  education?: string | null;

  @Field(() => String, { nullable: true, description: 'Adviser or office at NAV, at most 200 characters.' })
  navContact?: string | null;

  @Field(() => [WorkTrialInput], { nullable: true, description: 'Work trials (hospitering), at most 10.' })
  workTrials?: WorkTrialInput[] | null;

  @Field(() => [JobTasteInput], { nullable: true, description: 'Job tastes (jobbsmak), at most 10.' })
  jobTastes?: JobTasteInput[] | null;

  @Field(() => [WorkPracticeInput], { nullable: true, description: 'Work practice (arbeidspraksis), at most 10.' })
  workPractice?: WorkPracticeInput[] | null;
}

@InputType({ description: 'A new application, saved as a draft.' })
export class CreateApplicationInput extends ApplicationAnswersInput {
  @Field(() => ID, { description: 'The participant who applies.' })
  participantId!: string;

  @Field(() => [ID], { description: 'The offers applied for, first choice first; at least one, at most 5.' })
  offerIds!: string[];
}

@InputType({
  description:
    'Changes to a draft. Only the fields given are changed; null clears an answer; a list, when given, replaces the old one.',
})
export class UpdateApplicationDraftInput extends ApplicationAnswersInput {
  @Field(() => ID, { description: 'Id of the draft application to change.' })
  applicationId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you read; the change is refused with CONFLICT if the application changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => [ID], { nullable: true, description: 'The new list of offers, first choice first; replaces the old.' })
  offerIds?: string[] | null;
}

@InputType({ description: 'A step in an application’s course.' })
export class ApplicationStepInput {
  @Field(() => ID, { description: 'Id of the application.' })
  applicationId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you read; the step is refused with CONFLICT if the application changed since.',
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'Withdrawing an application.' })
export class WithdrawApplicationInput extends ApplicationStepInput {
  @Field(() => String, { description: 'Why the application is withdrawn, 1 to 1000 characters.' })
  reason!: string;

  @Field(() => ApplicantRole, {
    nullable: true,
    description: 'Who withdraws it; by default whoever submitted the application.',
  })
  by?: ApplicantRole | null;
}

@InputType({ description: 'The outcome of assessing the applicant for a VTA place.' })
export class RecordVtaAssessmentInput {
  @Field(() => ID, { description: 'An application of the participant; its submission opened the assessment.' })
  applicationId!: string;

  @Field(() => VtaAssessmentOutcome, { description: 'The outcome.' })
  outcome!: VtaAssessmentOutcome;

  @Field(() => String, { nullable: true, description: 'A short note, at most 1000 characters.' })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The assessment’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'Narrows the application list.' })
export class ApplicationFilter {
  @Field(() => [ApplicationStatus], { nullable: true, description: 'Only applications with these statuses.' })
  status?: ApplicationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the applications of this participant.' })
  participantId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all occur in the applicant’s name (any case, æøå included); at most 8 words are used.',
  })
  search?: string | null;

  @Field(() => OfferKind, {
    nullable: true,
    description: 'Only applications with an offer of this kind among their choices.',
  })
  kind?: OfferKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only applications with an offer of this provider among their choices.',
  })
  providerId?: string | null;

  @Field(() => ApplicationRound, { nullable: true, description: 'Only applications of this intake round.' })
  round?: ApplicationRound | null;
}
