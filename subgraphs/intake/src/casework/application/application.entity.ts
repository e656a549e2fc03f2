import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Access, DateScalar, normalizeOptional } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Offer } from '../../catalogue';
import { Participant } from '../../people';
import { ApplicantRole, ApplicationRound, ApplicationStatus, ExperienceKind } from './application.enums';

/**
 * An application (søknad) for one or more offers in order of preference. The participant, the offers, the status
 * history and the documented experience are resolved in ApplicationResolver through the request's loaders.
 */
@Directive('@key(fields: "id")')
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    'An application (søknad) for one or more offers, in order of preference. Seen by the allocation office, the applicant and their guardians, the providers of the offers chosen, and NAV’s staff for a state place; null for anyone else.',
})
@Entity({ tableName: 'application' })
export class Application {
  @Field(() => ID, { description: 'Stable id of the application.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Participant, { ref: true, fieldName: 'participant_id', index: true })
  participant!: Ref<Participant>;

  @Field(() => ApplicationStatus, { description: 'Where the application is in its course.' })
  @Enum({ items: () => ApplicationStatus, type: 'string', length: 32, index: true })
  status: ApplicationStatus = ApplicationStatus.DRAFT;

  @Field(() => ApplicationRound, { description: 'The intake round, derived from the offers applied for.' })
  @Enum({ items: () => ApplicationRound, type: 'string', length: 32 })
  round!: ApplicationRound;

  @Field(() => Int, {
    nullable: true,
    description: 'For main intake: the year whose 1 February deadline applies (places from that autumn); else null.',
  })
  @Property({ type: 'integer', nullable: true })
  intakeYear: number | null = null;

  @Field(() => Boolean, {
    description: 'The applicant has newly moved to the municipality, and so is not bound by the main-intake deadline.',
  })
  @Property({ type: 'boolean' })
  newcomer = false;

  @Field(() => ApplicantRole, { description: 'Who applied: the applicant, or someone on their behalf.' })
  @Enum({ items: () => ApplicantRole, type: 'string', length: 32 })
  submittedByRole: ApplicantRole = ApplicantRole.APPLICANT;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the person who applied on the applicant’s behalf; null when the applicant applied.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  submittedByName: string | null = null;

  /**
   * `personRef` of the identity number of the guardian who created it signed in with ID-porten (the token's `pid`);
   * null otherwise. Never in the graph: it lets a guardian whose guardianship is not confirmed yet see this
   * application, and nothing else of the young person's.
   */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  submittedByRef: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'When the applicant would like to start (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  desiredStartDate: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Days a week the applicant would like (activity).' })
  @Property({ type: 'integer', nullable: true })
  daysPerWeek: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Hours a week the applicant would like to work.' })
  @Property({ type: 'double', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => String, { nullable: true, description: 'What the applicant likes doing (activity).' })
  @Property({ type: 'text', nullable: true })
  activityWishes: string | null = null;

  @Field(() => String, { nullable: true, description: 'What kind of work the applicant would like to try.' })
  @Property({ type: 'text', nullable: true })
  tradeWishes: string | null = null;

  @Field(() => String, { nullable: true, description: 'School and education, for training and apprenticeships.' })
  @Property({ type: 'text', nullable: true })
  education: string | null = null;

  @Field(() => String, { nullable: true, description: 'Adviser or office at NAV, for NAV’s measures.' })
  @Property({ type: 'string', length: 200, nullable: true })
  navContact: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the application was submitted; null for a draft.' })
  @Property({ type: 'Date', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the application was withdrawn; null unless withdrawn.' })
  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  /** The applicant's texts in NFC, trimmed, `\r\n` as `\n`, whoever writes the row (issue 11). */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeTexts(): void {
    this.submittedByName = normalizeOptional(this.submittedByName);
    this.activityWishes = normalizeOptional(this.activityWishes);
    this.tradeWishes = normalizeOptional(this.tradeWishes);
    this.education = normalizeOptional(this.education);
    this.navContact = normalizeOptional(this.navContact);
    this.withdrawalReason = normalizeOptional(this.withdrawalReason);
  }

  @Field(() => Date, { description: 'When the application was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the application was last changed.' })
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when changing.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One offer applied for, with its place in the applicant's order of preference. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'One offer an application asks for, with its rank in the order of preference.' })
@Entity({ tableName: 'application_choice' })
@Unique({ properties: ['application', 'rank'] })
@Unique({ properties: ['application', 'offer'] })
export class ApplicationChoice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, fieldName: 'application_id', deleteRule: 'cascade' })
  application!: Ref<Application>;

  @ManyToOne(() => Offer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<Offer>;

  @Field(() => Int, { description: 'Place in the order of preference: 1 is the first choice.' })
  @Property({ type: 'integer' })
  rank!: number;
}

/** A documented work experience: a work trial, a job taste or work practice. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'Work experience the applicant documents: a work trial, a job taste or work practice.' })
@Entity({ tableName: 'application_experience' })
export class ApplicationExperience {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, fieldName: 'application_id', index: true, deleteRule: 'cascade' })
  application!: Ref<Application>;

  @Field(() => ExperienceKind, { description: 'Work trial, job taste or work practice.' })
  @Enum({ items: () => ExperienceKind, type: 'string', length: 32 })
  kind!: ExperienceKind;

  @Field(() => String, { description: 'Where: the workplace or provider.' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => DateScalar, { description: 'First day (for a job taste, the day).' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null for a job taste or when still going on.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the work was (work practice only).' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** Place and description in NFC, trimmed (issue 11). */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeTexts(): void {
    this.place = normalizeOptional(this.place);
    this.description = normalizeOptional(this.description);
  }

  /** Order in which the applicant listed them. */
  @Property({ type: 'integer' })
  position!: number;
}

/** One step in an application's course. Rows are only ever added, so the history cannot be rewritten. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'One change of an application’s status: what it became, when, and who acted.' })
@Entity({ tableName: 'application_status_change' })
export class ApplicationStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, fieldName: 'application_id', index: true, deleteRule: 'cascade' })
  application!: Ref<Application>;

  @Field(() => ApplicationStatus, { description: 'The status the application got.' })
  @Enum({ items: () => ApplicationStatus, type: 'string', length: 32 })
  status!: ApplicationStatus;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'Date' })
  at: Date = new Date();

  @Field(() => ApplicantRole, { description: 'The role of whoever made the change.' })
  @Enum({ items: () => ApplicantRole, type: 'string', length: 32 })
  by!: ApplicantRole;

  /** Order within the application: the clock may give two steps in one transaction the same time. */
  @Property({ type: 'integer' })
  position!: number;
}
