/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time of day, written as YYYY-MM-DD (ISO 8601), e.g. "2027-02-01". */
  Date: { input: string; output: string; }
  /** A point in time as an ISO 8601 string in UTC, e.g. "2027-01-15T09:30:00.000Z". */
  DateTime: { input: string; output: string; }
};

/** A transition put on a flow meeting’s agenda. */
export type AddTransitionToAgendaInput = {
  /** The transition’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Id of the flow meeting. */
  flowMeetingId: Scalars['ID']['input'];
  /** Id of the transition; it must be PROPOSED. */
  transitionId: Scalars['ID']['input'];
};

/** Who acts on an application: the applicant, or someone on their behalf. */
export type ApplicantRole =
  /** The applicant (søkeren) personally. */
  | 'APPLICANT'
  /** A case worker, e.g. at the allocation office or NAV. */
  | 'CASE_WORKER'
  /** A guardian or next of kin (foresatt, verge or pårørende). */
  | 'GUARDIAN'
  /** A teacher at the applicant’s school. */
  | 'TEACHER';

/** An application (søknad) for one or more offers, in order of preference. Seen by the allocation office, the applicant and their guardians, the providers of the offers chosen, and NAV’s staff for a state place; null for anyone else. */
export type Application = {
  __typename?: 'Application';
  /** What the applicant likes doing (activity). */
  activityWishes?: Maybe<Scalars['String']['output']>;
  /** The offers applied for, first choice first. */
  choices: Array<ApplicationChoice>;
  /** When the application was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Days a week the applicant would like (activity). */
  daysPerWeek?: Maybe<Scalars['Int']['output']>;
  /** The decision (vedtak); null until decided. */
  decision?: Maybe<Decision>;
  /** When the applicant would like to start (YYYY-MM-DD). */
  desiredStartDate?: Maybe<Scalars['Date']['output']>;
  /** School and education, for training and apprenticeships. */
  education?: Maybe<Scalars['String']['output']>;
  /** Documented work trials, job tastes and work practice, in the order given. */
  experience: Array<ApplicationExperience>;
  /** Hours a week the applicant would like to work. */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Stable id of the application. */
  id: Scalars['ID']['output'];
  /** For main intake: the year whose 1 February deadline applies (places from that autumn); else null. */
  intakeYear?: Maybe<Scalars['Int']['output']>;
  /** Adviser or office at NAV, for NAV’s measures. */
  navContact?: Maybe<Scalars['String']['output']>;
  /** The applicant has newly moved to the municipality, and so is not bound by the main-intake deadline. */
  newcomer: Scalars['Boolean']['output'];
  /** The applicant. */
  participant: Participant;
  /** The intake round, derived from the offers applied for. */
  round: ApplicationRound;
  /** Where the application is in its course. */
  status: ApplicationStatus;
  /** Every status the application has had, oldest first, so the applicant and guardians can follow it. */
  statusHistory: Array<ApplicationStatusChange>;
  /** When the application was submitted; null for a draft. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the person who applied on the applicant’s behalf; null when the applicant applied. */
  submittedByName?: Maybe<Scalars['String']['output']>;
  /** Who applied: the applicant, or someone on their behalf. */
  submittedByRole: ApplicantRole;
  /** What kind of work the applicant would like to try. */
  tradeWishes?: Maybe<Scalars['String']['output']>;
  /** When the application was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it as `expectedVersion` when changing. */
  version: Scalars['Int']['output'];
  /** The applicant’s assessment for a VTA place; null until an application of theirs is submitted. */
  vtaAssessment?: Maybe<VtaAssessment>;
  /** Why the application was withdrawn; null unless withdrawn. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
};

/** One offer an application asks for, with its rank in the order of preference. */
export type ApplicationChoice = {
  __typename?: 'ApplicationChoice';
  /** The offer applied for. */
  offer: Offer;
  /** Place in the order of preference: 1 is the first choice. */
  rank: Scalars['Int']['output'];
};

/** A page of applications. */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** The items on this page with their cursors. */
  edges: Array<ApplicationEdge>;
  /** The items on this page, without cursors (a shortcut for `edges { node }`). */
  nodes: Array<Application>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Application in a page, with the cursor that points at it. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Application. */
  node: Application;
};

/** Work experience the applicant documents: a work trial, a job taste or work practice. */
export type ApplicationExperience = {
  __typename?: 'ApplicationExperience';
  /** What the work was (work practice only). */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day; null for a job taste or when still going on. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Work trial, job taste or work practice. */
  kind: ExperienceKind;
  /** Where: the workplace or provider. */
  place: Scalars['String']['output'];
  /** First day (for a job taste, the day). */
  startDate: Scalars['Date']['output'];
};

/** Narrows the application list. */
export type ApplicationFilter = {
  /** Only applications with an offer of this kind among their choices. */
  kind?: InputMaybe<OfferKind>;
  /** Only the applications of this participant. */
  participantId?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications with an offer of this provider among their choices. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications of this intake round. */
  round?: InputMaybe<ApplicationRound>;
  /** Words that must all occur in the applicant’s name (any case, æøå included); at most 8 words are used. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only applications with these statuses. */
  status?: InputMaybe<Array<ApplicationStatus>>;
};

/** What an application for one kind of offer asks, beside the offers themselves. */
export type ApplicationForm = {
  __typename?: 'ApplicationForm';
  /** The questions, in the order the form shows them. */
  fields: Array<ApplicationFormField>;
  /** The kind of offer the form is for. */
  kind: OfferKind;
};

/** One question of an application form. */
export type ApplicationFormField = {
  __typename?: 'ApplicationFormField';
  /** The question as the form shows it. */
  label: LocalizedText;
  /** Name of the answer in CreateApplicationInput, e.g. "daysPerWeek". */
  name: Scalars['String']['output'];
  /** Whether the answer is required: submitApplication refuses (BAD_USER_INPUT, naming the field) an application for this kind without it; a draft may lack it. False: the applicant may leave it out. */
  required: Scalars['Boolean']['output'];
};

/** How to sort the application list. */
export type ApplicationOrder = {
  /** Ascending (default) or descending. */
  direction?: OrderDirection;
  /** What to sort by. */
  field: ApplicationOrderField;
};

/** What the application list is sorted by. Ties are broken by the submission time, then the id. */
export type ApplicationOrderField =
  /** The main-intake deadline (1 February of `intakeYear`); continuous intake (no deadline) last. */
  | 'DEADLINE'
  /** The applicant’s family name, then given name, in Norwegian order (æ, ø, å after z). */
  | 'NAME'
  /** Where the application is in its course: draft, submitted, under assessment, decided, withdrawn. */
  | 'STATUS'
  /** When the application was submitted; drafts (not submitted) last. */
  | 'SUBMITTED_AT';

/** The intake round an application belongs to, derived from the intake mode of the offers applied for. */
export type ApplicationRound =
  /** Continuous intake (løpende inntak), for Arba and NAV places: apply at any time. */
  | 'CONTINUOUS'
  /** Main intake (hovedopptak) for municipal places, with the deadline 1 February. */
  | 'MAIN'
  /** Main-intake offers applied for by a newcomer to the municipality, who is not bound by the deadline. */
  | 'NEWCOMER';

/** Where an application is in its course, from draft to decision. */
export type ApplicationStatus =
  /** Decided by an administrative decision (vedtak); final. */
  | 'DECIDED'
  /** Being filled in (utkast); may still be changed, and the allocation office does not see it. */
  | 'DRAFT'
  /** Sent in (sendt inn); waits for the allocation office. */
  | 'SUBMITTED'
  /** The allocation office is assessing it (under behandling). */
  | 'UNDER_ASSESSMENT'
  /** Withdrawn by the applicant or on their behalf (trukket); final. */
  | 'WITHDRAWN';

/** One change of an application’s status: what it became, when, and who acted. */
export type ApplicationStatusChange = {
  __typename?: 'ApplicationStatusChange';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The role of whoever made the change. */
  by: ApplicantRole;
  /** The status the application got. */
  status: ApplicationStatus;
};

/** How many applications have one status, among those a filter finds. */
export type ApplicationStatusCount = {
  __typename?: 'ApplicationStatusCount';
  /** Applications with this status that meet the filter’s other conditions. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ApplicationStatus;
};

/** A step in an application’s course. */
export type ApplicationStepInput = {
  /** Id of the application. */
  applicationId: Scalars['ID']['input'];
  /** The `version` you read; the step is refused with CONFLICT if the application changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** The allocation office’s worklist: a page of applications and the count of each status. */
export type ApplicationWorklist = {
  __typename?: 'ApplicationWorklist';
  /** The page, in the order asked; `totalCount` counts the filter. */
  applications: ApplicationConnection;
  /** Every status, in the order of the course, with how many the filter finds when its `status` is left out. */
  statusCounts: Array<ApplicationStatusCount>;
};

/** Where an AFT participant went when the measure ended; NAV expects over half to go on to work or education. */
export type ArbaAftOutcome =
  /** Moved on to education. */
  | 'EDUCATION'
  /** Anything else, e.g. another measure or illness. */
  | 'OTHER'
  /** Moved on to work. */
  | 'WORK';

/** Where Arba’s AFT participants went when their participation ended in one period. Aggregates only; outside case work small counts are hidden. */
export type ArbaAftOutcomePeriod = {
  __typename?: 'ArbaAftOutcomePeriod';
  /** Of them, moved on to education (outcome EDUCATION). */
  education: StatCount;
  /** AFT participations whose last day is in the period (up to its `asOf`): work + education + other. */
  ended: StatCount;
  /** (work + education) / ended; hidden when ended is under 5 or hidden. */
  intoWorkOrEducation: StatShare;
  /** Median months in AFT (first to last day, 30.44 days a month, one decimal) of those ended; null when fewer than 5 ended or hidden. */
  medianMonthsInAft?: Maybe<Scalars['Float']['output']>;
  /** Whether the share is at least the requirement; null when the share is hidden. */
  meetsRequirement?: Maybe<Scalars['Boolean']['output']>;
  /** Of them, anything else (outcome OTHER, and an ended participation with no outcome recorded). */
  other: StatCount;
  /** The period. */
  period: StatisticsPeriod;
  /** NAV’s requirement for the share into work or education: 0.5. */
  requirement: Scalars['Float']['output'];
  /** Of them, moved on to work (outcome WORK). */
  work: StatCount;
};

/** A granted period of an AFT participation. */
export type ArbaAftPeriod = {
  __typename?: 'ArbaAftPeriod';
  /** Last day of the period. */
  endDate: Scalars['Date']['output'];
  /** Stable id of the period. */
  id: Scalars['ID']['output'];
  /** Initial period or extension. */
  kind: ArbaAftPeriodKind;
  /** First day of the period. */
  startDate: Scalars['Date']['output'];
};

/** Which period of an AFT participation NAV granted. */
export type ArbaAftPeriodKind =
  /** The one extension allowed, at most one more year, right after the first period. */
  | 'EXTENSION'
  /** The first period, at most one year. */
  | 'INITIAL';

/** A work arena at Arba, e.g. assembly or the second-hand shop. */
export type ArbaArena = {
  __typename?: 'ArbaArena';
  /** Slug of the arena, e.g. "montering". */
  id: Scalars['ID']['output'];
  /** Internal (run by Arba) or external (at another company). */
  kind: ArbaArenaKind;
  /** Name in Norwegian, e.g. "Miljøstasjonen ISI". */
  name: Scalars['String']['output'];
  /** The only measure that uses the arena (AFT for practice in local businesses); null when both do. */
  onlyFor?: Maybe<ArbaMeasure>;
  /** Participants per supervisor at the arena today, one per measure with participants or supervisors there. */
  supervisorRatios: Array<ArbaSupervisorRatio>;
  /** Supervisors at the arena, by name. */
  supervisors: Array<ArbaSupervisor>;
};

/** Whether an arena is run by Arba itself or is work at another company. */
export type ArbaArenaKind =
  /** At another company, e.g. the work team at Carpe Diem or practice in local businesses. */
  | 'EXTERNAL'
  /** In Arba's own production or services, e.g. Miljøstasjonen ISI. */
  | 'INTERNAL';

/** New agreed hours a week for a participation. */
export type ArbaChangeParticipationHoursInput = {
  /** The `version` you read; refused with CONFLICT if the placement changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Agreed hours a week, more than 0 and at most 37.5. */
  hoursPerWeek: Scalars['Float']['input'];
  /** Id of the placement to change. */
  participationId: Scalars['ID']['input'];
};

/** The end of a participation in VTA or AFT. */
export type ArbaEndParticipationInput = {
  /** Last day: not before the start, and for AFT not after the last granted period. Null takes back the end of an ended participation (e.g. the hub undoing a transition’s end), and its AFT outcome with it. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` you read; refused with CONFLICT if the placement changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Where the participant goes; required for AFT, left out for VTA. */
  outcome?: InputMaybe<ArbaAftOutcome>;
  /** Id of the placement to end. */
  participationId: Scalars['ID']['input'];
};

/** One evaluation of an individual VTA goal. */
export type ArbaEvaluateVtaGoalInput = {
  /** Day of the evaluation: not before the goal was set, not in the future, not after the placement ended. */
  date: Scalars['Date']['input'];
  /** Id of the goal. */
  goalId: Scalars['ID']['input'];
  /** A short note, at most 2000 characters; no health details. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** How far the goal was reached. */
  result: ArbaVtaGoalResult;
};

/** NAV's extension of an AFT participation. */
export type ArbaExtendAftPeriodInput = {
  /** Last day of the extension, which starts the day after the initial period: at most one year later. */
  endDate: Scalars['Date']['input'];
  /** The `version` you read; refused with CONFLICT if the placement changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Id of the AFT placement. */
  participationId: Scalars['ID']['input'];
};

/** A NAV measure Arba delivers: the measure decides the rules of a participation and the supervisor norm. */
export type ArbaMeasure =
  /** Work preparatory training (arbeidsforberedende trening): one year, extendable once by a year; 6 participants per supervisor. */
  | 'AFT'
  /** Permanent adapted work (varig tilrettelagt arbeid): no time limit, 5 participants per supervisor. */
  | 'VTA';

/** The municipality whose share of Arba's places a participation uses. */
export type ArbaMunicipality =
  /** Asker kommune, which has places reserved in Arba's VTA. */
  | 'ASKER'
  /** Bærum kommune, the owner: uses every place not reserved for another municipality. */
  | 'BAERUM';

/** Arba's own detail of one of its offers: places, reservations, arenas and supervisor staffing. */
export type ArbaOffer = {
  __typename?: 'ArbaOffer';
  /** The same ratio per arena in use, by arena name; empty for catalogue-only offers. */
  arenaSupervisorRatios: Array<ArbaSupervisorRatio>;
  /** Arenas in use, by name: where the offer has participants today or its measure has supervisors. */
  arenas: Array<ArbaArena>;
  /** Id of the offer, the same as the catalogue offer it details. */
  id: Scalars['ID']['output'];
  /** The NAV measure delivered; null for offers that are catalogue only (Ung i Jobb, apprenticeships). */
  measure?: Maybe<ArbaMeasure>;
  /** Places Arba has for the offer (VTA 114, AFT 129); null when the offer is not counted in places. */
  places?: Maybe<Scalars['Int']['output']>;
  /** Places reserved for a municipality (18 VTA places for Asker); empty when none are. */
  reservations: Array<ArbaPlaceReservation>;
  /** Today's participants of the offer per supervisor of its measure, against the norm; null for catalogue-only offers. */
  supervisorRatio?: Maybe<ArbaSupervisorRatio>;
  /** Version for optimistic locking; the version published on the feed. */
  version: Scalars['Int']['output'];
};

/** Places of an Arba offer reserved for one municipality's residents. */
export type ArbaPlaceReservation = {
  __typename?: 'ArbaPlaceReservation';
  /** Stable id of the reservation. */
  id: Scalars['ID']['output'];
  /** The municipality the places are kept for. */
  municipality: ArbaMunicipality;
  /** Number of places reserved. */
  places: Scalars['Int']['output'];
};

/** Arba's detail of a placement in VTA or AFT: arena, municipality, hours, AFT periods and VTA goals. */
export type ArbaPlacement = {
  __typename?: 'ArbaPlacement';
  /** AFT: the last day of the periods NAV granted, initial year and extension; null for VTA. */
  aftGrantedUntil?: Maybe<Scalars['Date']['output']>;
  /** The periods NAV granted, in order: for AFT the initial year and any extension; empty for VTA. */
  aftPeriods: Array<ArbaAftPeriod>;
  /** The arena the participant works or trains at. */
  arena: ArbaArena;
  /** Last day; null while the participation runs. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Individual goals of a VTA participant, oldest first; empty for AFT. */
  goals: Array<ArbaVtaGoal>;
  /** Agreed hours of work or training a week. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Id of the placement, the same as the hub's `Placement`. */
  id: Scalars['ID']['output'];
  /** VTA or AFT, from the kind of the offer. */
  measure: ArbaMeasure;
  /** The municipality whose places the participation uses. */
  municipality: ArbaMunicipality;
  /** Id of the offer (VTA or AFT) the placement is in. */
  offerId: Scalars['ID']['output'];
  /** Where an AFT participant went at the end; null while running, and always null for VTA. */
  outcome?: Maybe<ArbaAftOutcome>;
  /** The hub's participant id. */
  participantId: Scalars['ID']['output'];
  /** First day. */
  startDate: Scalars['Date']['output'];
  /** Version for optimistic locking: pass it as `expectedVersion` when changing. */
  version: Scalars['Int']['output'];
};

/** A new individual goal for a VTA participant. */
export type ArbaSetVtaGoalInput = {
  /** The goal in plain words, 1 to 500 characters. */
  description: Scalars['String']['input'];
  /** Id of the VTA placement. */
  participationId: Scalars['ID']['input'];
};

/** A participant's start in Arba's VTA or AFT. */
export type ArbaStartParticipationInput = {
  /** Slug of the arena the participant starts at, e.g. "montering". */
  arenaId: Scalars['ID']['input'];
  /** Agreed hours a week, more than 0 and at most 37.5. */
  hoursPerWeek: Scalars['Float']['input'];
  /** Whose places the participation uses; BAERUM when left out. */
  municipality?: InputMaybe<ArbaMunicipality>;
  /** Id of Arba's VTA or AFT offer. */
  offerId: Scalars['ID']['input'];
  /** The hub's participant id. */
  participantId: Scalars['ID']['input'];
  /** First day. An AFT participation gets an initial period of one year from it. */
  startDate: Scalars['Date']['input'];
};

/** A supervisor (arbeidsleder) at an Arba arena. */
export type ArbaSupervisor = {
  __typename?: 'ArbaSupervisor';
  /** The arena the supervisor works at. */
  arena: ArbaArena;
  /** Stable id of the supervisor. */
  id: Scalars['ID']['output'];
  /** The measure whose participants the supervisor follows. */
  measure: ArbaMeasure;
  /** Full name; for the case worker and Arba's own staff only, null for anyone else (staff of other providers). */
  name?: Maybe<Scalars['String']['output']>;
};

/** Participants per supervisor in one measure, at Arba as a whole or at one arena, compared with the norm. */
export type ArbaSupervisorRatio = {
  __typename?: 'ArbaSupervisorRatio';
  /** The arena counted; null for the whole measure. */
  arena?: Maybe<ArbaArena>;
  /** The measure counted. */
  measure: ArbaMeasure;
  /** Whether the staffing meets the norm: no participants, or at most `norm` per supervisor. */
  meetsNorm: Scalars['Boolean']['output'];
  /** The most participants one supervisor should follow in this measure (5 VTA, 6 AFT). */
  norm: Scalars['Int']['output'];
  /** Participations of the measure that are current today. */
  participants: Scalars['Int']['output'];
  /** Participants per supervisor, rounded to two decimals; null when there is no supervisor. */
  participantsPerSupervisor?: Maybe<Scalars['Float']['output']>;
  /** Supervisors of the measure. */
  supervisors: Scalars['Int']['output'];
};

/** An individual goal of a VTA participant, evaluated twice a year. */
export type ArbaVtaGoal = {
  __typename?: 'ArbaVtaGoal';
  /** The goal in plain words, e.g. "Bruke stemplingsuret selv". */
  description: Scalars['String']['output'];
  /** Whether the next evaluation is due today or was due earlier. */
  evaluationDue: Scalars['Boolean']['output'];
  /** Evaluations so far, oldest first. */
  evaluations: Array<ArbaVtaGoalEvaluation>;
  /** Stable id of the goal. */
  id: Scalars['ID']['output'];
  /** When the goal is next to be evaluated: six months after the last evaluation, or after it was set. */
  nextEvaluationDue: Scalars['Date']['output'];
  /** When the goal was set. */
  setOn: Scalars['Date']['output'];
};

/** An evaluation of an individual VTA goal. */
export type ArbaVtaGoalEvaluation = {
  __typename?: 'ArbaVtaGoalEvaluation';
  /** Day of the evaluation. */
  date: Scalars['Date']['output'];
  /** Stable id of the evaluation. */
  id: Scalars['ID']['output'];
  /** A short note from the evaluation; null when none was written. */
  note?: Maybe<Scalars['String']['output']>;
  /** How far the goal was reached. */
  result: ArbaVtaGoalResult;
};

/** Individual goals of Arba’s VTA participants set in one period, and how many of them were reached. Aggregates only; outside case work small counts are hidden. */
export type ArbaVtaGoalPeriod = {
  __typename?: 'ArbaVtaGoalPeriod';
  /** Of those goals, the ones evaluated as REACHED on or before the period’s `asOf`. */
  goalsReached: StatCount;
  /** Goals set in the period (up to its `asOf`). */
  goalsSet: StatCount;
  /** The period. */
  period: StatisticsPeriod;
  /** goalsReached / goalsSet; hidden when goalsSet is under 5 or hidden. */
  reached: StatShare;
};

/** How far an individual goal was reached at an evaluation. */
export type ArbaVtaGoalResult =
  /** Not reached. */
  | 'NOT_REACHED'
  /** Partly reached. */
  | 'PARTLY'
  /** Reached. */
  | 'REACHED';

/** What kind of personal data a read touched. */
export type AuditCategory =
  /** Applications, decisions, waiting lists, transitions, the career plan. */
  | 'APPLICATIONS'
  /** The audit log itself: who read the participant's data. */
  | 'AUDIT'
  /** Name, birth date, contact details, guardians. */
  | 'IDENTITY'
  /** Health and function data (IPLOS). */
  | 'IPLOS'
  /** NAV's records of the participant. */
  | 'NAV'
  /** The path: placements at every provider, past, current and planned. */
  | 'PATH'
  /** A provider's own detail of a placement: hours, days, group, goals, AFT periods. */
  | 'PROVIDER_DETAIL';

/** One read of a participant's personal data: who read which kind of data, when, and how. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Which kind of data was read. */
  category: AuditCategory;
  /** Stable id of the entry. */
  id: Scalars['ID']['output'];
  /** The GraphQL operation name the client gave; null if none. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** Whose data was read: the participant, or the subject a subgraph logged it under when the hub knows no participant (`nav-record:<id>`). */
  participantId: Scalars['ID']['output'];
  /** When it was read. */
  readAt: Scalars['DateTime']['output'];
  /** The reader’s roles at the time, e.g. "case-worker". */
  readerRoles: Array<Scalars['String']['output']>;
  /** Who read it: the user or system id at the identity provider ("anonymous" without sign-in). */
  readerSub: Scalars['String']['output'];
  /** Id of the request, to find it in the logs. */
  requestId: Scalars['String']['output'];
  /** The subgraph that served the data, e.g. "intake" or "day-services". */
  subgraph: Scalars['String']['output'];
};

/** A page of a participant's audit log, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items on this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The items on this page, without cursors (a shortcut for `edges { node }`). */
  nodes: Array<AuditEntry>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry in a page, with the cursor that points at it. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** Which entries of the log to list; every field left out matches every entry, and they all must hold. */
export type AuditLogFilter = {
  /** Only reads of this kind of data. */
  category?: InputMaybe<AuditCategory>;
  /** Only reads on or after this day (Norwegian time). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only reads by this reader (`readerSub`, exactly). */
  readerSub?: InputMaybe<Scalars['String']['input']>;
  /** Only reads by a reader who had this role at the time, e.g. "case-worker" or "nav-staff". */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Only reads on or before this day (Norwegian time). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Places and their use, for one offer or summed over a provider. Outside case work a count of 1 to 4 people, and any figure it could be worked out from, is hidden (null, `suppressed` true; docs/security.md, "Small counts"). */
export type Capacity = {
  __typename?: 'Capacity';
  /** Places neither occupied nor taken by an upcoming placement (never below 0); null when places are not published, or when hidden because it would reveal a hidden count (`suppressed`). */
  free?: Maybe<Scalars['Int']['output']>;
  /** Whether a place is free today (`free` above 0), also when the number is hidden: a yes or no reveals no count of people (as the `hasFreePlaces` filter). */
  hasFreePlaces: Scalars['Boolean']['output'];
  /** Placements current today; null when hidden (`suppressed`). */
  occupied?: Maybe<Scalars['Int']['output']>;
  /** Places published by the provider; null when not published. */
  places?: Maybe<Scalars['Int']['output']>;
  /** Whether any figure here is hidden to protect small numbers of people (counts from 1 to 4 outside case work, and what they could be worked out from). */
  suppressed: Scalars['Boolean']['output'];
  /** Placements decided that start later: taken, though not yet in use; null when hidden (`suppressed`). */
  upcoming?: Maybe<Scalars['Int']['output']>;
  /** People on a waiting list for it now; null when hidden (`suppressed`). */
  waiting?: Maybe<Scalars['Int']['output']>;
};

/** Capacity over time: places, their use, waiting lists and flows, by period and group. */
export type CapacityStatistics = {
  __typename?: 'CapacityStatistics';
  /** The hub's today (YYYY-MM-DD): the last day counted; periods after it are left out. */
  asOf: Scalars['Date']['output'];
  /** How up to date the figures are. */
  freshness: StatisticsFreshness;
  /** How `rows` are grouped. */
  groupBy: StatisticsGrouping;
  /** The periods counted, in order (none after today). */
  periods: Array<StatisticsPeriod>;
  /** One row per group per period: periods in order, groups by label. */
  rows: Array<CapacityStatisticsRow>;
  /** One row per period over all groups (group key "total"). */
  totals: Array<CapacityStatisticsRow>;
};

/** Capacity figures of one group in one period. */
export type CapacityStatisticsRow = {
  __typename?: 'CapacityStatisticsRow';
  /** Placements whose last day is in the period, up to `asOf`. */
  ended: StatCount;
  /** Places − occupied − upcoming, at least 0 (null without `suppressed` when no places are published); hidden when it would reveal a hidden count. */
  free: StatCount;
  /** The group counted. */
  group: StatisticsGroup;
  /** Placements current on the period's `asOf` (started, not ended before it). */
  occupied: StatCount;
  /** The period counted. */
  period: StatisticsPeriod;
  /** Places published for the group's offers; null when none are published. The hub keeps no history of places: this is the offers' places today, for every period. */
  places?: Maybe<Scalars['Int']['output']>;
  /** Placements whose first day is in the period, up to `asOf`. */
  started: StatCount;
  /** Placements decided that start after the period's `asOf` and have not ended by it. */
  upcoming: StatCount;
  /** People on a waiting list for the group's offers on `asOf` (on it since that day or before, not left by it). */
  waiting: StatCount;
};

/** A participant’s path over time: every placement, and the transitions between them. */
export type Career = {
  __typename?: 'Career';
  /** Every placement in the hub’s index, at any provider and of any status, oldest first. */
  placements: Array<Placement>;
  /** The transitions between offers, oldest first. */
  transitions: Array<Transition>;
};

/** A participant’s career plan (karriereplan): wishes for the short and long term. */
export type CareerPlan = {
  __typename?: 'CareerPlan';
  /** Wishes for education or training (e.g. a trade certificate). */
  educationWishes?: Maybe<Scalars['String']['output']>;
  /** Stable id of the plan. */
  id: Scalars['ID']['output'];
  /** Wishes for the longer term. */
  longTermWishes?: Maybe<Scalars['String']['output']>;
  /** Wishes for the next year or so, in the participant’s words. */
  shortTermWishes?: Maybe<Scalars['String']['output']>;
  /** When the plan last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** Who keeps a catalogue entry. */
export type CatalogueSource =
  /** The allocation office keeps it in the hub, for a provider without its own subgraph. */
  | 'HUB'
  /** The provider publishes it from its own subgraph; the hub mirrors it from the provider's feed. */
  | 'PROVIDER_FEED';

/** The guardianship the allocation office has checked and confirms. */
export type ConfirmGuardianshipInput = {
  /** Id of the guardianship (from `guardianships`). */
  guardianshipId: Scalars['ID']['input'];
};

/** What a correction request is about. For GIVEN_NAME, FAMILY_NAME, EMAIL and PHONE an accepted request changes the participant at once; for the others the office corrects it where it is kept and says how in its answer. */
export type CorrectionField =
  /** Something in an application. */
  | 'APPLICATION'
  /** The date of birth (from the national identity number; the office checks it). */
  | 'BIRTH_DATE'
  /** The career plan. */
  | 'CAREER_PLAN'
  /** Something in a decision or its letter. */
  | 'DECISION'
  /** The e-mail address; changed on the participant when accepted. */
  | 'EMAIL'
  /** The family name; changed on the participant when accepted. */
  | 'FAMILY_NAME'
  /** The given name(s); changed on the participant when accepted. */
  | 'GIVEN_NAME'
  /** Guardians and next of kin. */
  | 'GUARDIANS'
  /** What NAV’s records say (the office passes it on to NAV). */
  | 'NAV_RECORD'
  /** Anything else; say what in the values and the reason. */
  | 'OTHER'
  /** The phone number; changed on the participant when accepted. */
  | 'PHONE'
  /** A place at a provider: dates, extent, group. */
  | 'PLACEMENT';

/** The office’s answer to a request. */
export type CorrectionOutcome =
  /** Accept: the data is (or will be) corrected. */
  | 'ACCEPTED'
  /** Refuse, with the reason in the answer. */
  | 'REFUSED';

/** A request to correct data about a participant, and the allocation office’s answer. */
export type CorrectionRequest = {
  __typename?: 'CorrectionRequest';
  /** The office’s reason for accepting or refusing. */
  answer?: Maybe<Scalars['String']['output']>;
  /** What it should say. */
  correctValue: Scalars['String']['output'];
  /** When the request was made. */
  createdAt: Scalars['DateTime']['output'];
  /** What it says now, as the person sees it; optional. */
  currentValue?: Maybe<Scalars['String']['output']>;
  /** When the office answered. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What is to be corrected. */
  field: CorrectionField;
  /** Stable id of the request. */
  id: Scalars['ID']['output'];
  /** Whose data it is; null if not yours to see. */
  participant?: Maybe<Participant>;
  /** For an accepted GIVEN_NAME, FAMILY_NAME, EMAIL or PHONE: the value the participant had before. */
  previousValue?: Maybe<Scalars['String']['output']>;
  /** Why, in the person’s words. */
  reason: Scalars['String']['output'];
  /** Who asked: taken from the caller’s role, not from the input. */
  requestedBy: CorrectionRequester;
  /** OPEN, ACCEPTED or REFUSED. */
  status: CorrectionStatus;
  /** Version for optimistic locking: pass it as `expectedVersion` when deciding. */
  version: Scalars['Int']['output'];
};

/** Who asked for the correction. */
export type CorrectionRequester =
  /** The allocation office on the participant’s behalf (e.g. asked by phone). */
  | 'CASE_WORKER'
  /** A guardian of the participant, signed in. */
  | 'GUARDIAN'
  /** The participant, signed in. */
  | 'PARTICIPANT';

/** OPEN until the allocation office accepts or refuses it, with a reason; never deleted. */
export type CorrectionStatus =
  /** Accepted: corrected (see the answer). */
  | 'ACCEPTED'
  /** Waiting for the allocation office’s answer. */
  | 'OPEN'
  /** Refused, with the reason in the answer. */
  | 'REFUSED';

/** A new application, saved as a draft. */
export type CreateApplicationInput = {
  /** What the applicant likes doing, at most 1000 characters. */
  activityWishes?: InputMaybe<Scalars['String']['input']>;
  /** Days a week wanted, 1 to 5 (activity). */
  daysPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** When the applicant would like to start; not before today. */
  desiredStartDate?: InputMaybe<Scalars['Date']['input']>;
  /** School and education, at most 1000 characters. */
  education?: InputMaybe<Scalars['String']['input']>;
  /** Hours a week wanted, more than 0 and at most 37.5. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** For main-intake offers: the year whose 1 February deadline applies, this year or next; by default the next deadline’s year. Ignored for continuous intake. */
  intakeYear?: InputMaybe<Scalars['Int']['input']>;
  /** Job tastes (jobbsmak), at most 10. */
  jobTastes?: InputMaybe<Array<JobTasteInput>>;
  /** Adviser or office at NAV, at most 200 characters. */
  navContact?: InputMaybe<Scalars['String']['input']>;
  /** The applicant has newly moved to the municipality and may apply for main intake after the deadline. */
  newcomer?: InputMaybe<Scalars['Boolean']['input']>;
  /** The offers applied for, first choice first; at least one, at most 5. */
  offerIds: Array<Scalars['ID']['input']>;
  /** The participant who applies. */
  participantId: Scalars['ID']['input'];
  /** Name of the person applying on the applicant’s behalf; required unless the applicant applies. */
  submittedByName?: InputMaybe<Scalars['String']['input']>;
  /** Who fills in the application: the applicant (default) or someone on their behalf. */
  submittedByRole?: InputMaybe<ApplicantRole>;
  /** Work the applicant would like to try, at most 1000 characters. */
  tradeWishes?: InputMaybe<Scalars['String']['input']>;
  /** Work practice (arbeidspraksis), at most 10. */
  workPractice?: InputMaybe<Array<WorkPracticeInput>>;
  /** Work trials (hospitering), at most 10. */
  workTrials?: InputMaybe<Array<WorkTrialInput>>;
};

/** A flow meeting to create. */
export type CreateFlowMeetingInput = {
  /** The ISO week: 18 or 41 (the intake calendar’s flow meetings). */
  week: Scalars['Int']['input'];
  /** The year. */
  year: Scalars['Int']['input'];
};

/** A new offer in the catalogue. */
export type CreateOfferInput = {
  /** Defaults by kind: ALLOCATION_OFFICE for municipal kinds, NAV for VTA, VTAO and AFT. */
  decidedBy?: InputMaybe<DecisionAuthority>;
  /** What the offer contains, in plain language; at most 2000 characters each. */
  description: LocalizedTextInput;
  /** Easy-read text (lettlest) of the description: short sentences in common words, one idea per sentence; 40–80 words and at most 800 characters in each language. */
  easyRead: LocalizedTextInput;
  /** Who may apply; at most 2000 characters each. */
  eligibility: LocalizedTextInput;
  /** Hours a week in a full place (more than 0, at most 37.5; at most 30 for ADAPTED_WORK). */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Defaults by kind: MAIN for municipal kinds, CONTINUOUS for NAV measures. */
  intakeMode?: InputMaybe<IntakeMode>;
  /** Kind of offer; decides the defaults of intakeMode and decidedBy. */
  kind: OfferKind;
  /** Whether applications are accepted now (default true). */
  openForApplications?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number of places (0 or more); leave out when not published. */
  places?: InputMaybe<Scalars['Int']['input']>;
  /** Provider that offers it (a provider id, e.g. "baerum-arbeidssenter"). */
  providerId: Scalars['ID']['input'];
  /** Where it takes place, e.g. "Rud"; at most 80 characters. */
  site?: InputMaybe<Scalars['String']['input']>;
  /** Title, at most 120 characters in each language. */
  title: LocalizedTextInput;
  /** Trade or field of work, e.g. "Mat"; at most 80 characters. */
  trade?: InputMaybe<Scalars['String']['input']>;
};

/** New days a week for a placement. */
export type DayServicesChangePlacementDaysInput = {
  /** Days a week, 1 to 5. */
  daysPerWeek: Scalars['Int']['input'];
  /** The `version` of the placement you read; refused with CONFLICT if it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The placement to change. */
  placementId: Scalars['ID']['input'];
};

/** Ends a placement on a given day. */
export type DayServicesEndPlacementInput = {
  /** Last day of the placement, not before its start; null makes it open-ended again (e.g. the hub undoing a transition’s end), checked like a later end. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` of the placement you read; refused with CONFLICT if it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The placement to end. */
  placementId: Scalars['ID']['input'];
};

/** An activity group of the municipal day services (BKD), within one offer, with its capacity. */
export type DayServicesGroup = {
  __typename?: 'DayServicesGroup';
  /** How many participants the group has room for; null when the group has no fixed capacity. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** What the group does, in plain language. */
  description: LocalizedText;
  /** Places free today: capacity less occupied, never below 0; null when the group has no capacity. */
  free?: Maybe<Scalars['Int']['output']>;
  /** Stable id of the group. */
  id: Scalars['ID']['output'];
  /** Name of the group, e.g. "Kreativt verksted". */
  name: Scalars['String']['output'];
  /** Placements in the group that are current today. */
  occupied: Scalars['Int']['output'];
  /** The offer the group belongs to. */
  offer: Offer;
  /** Version for optimistic locking: pass it as `expectedVersion` when changing the capacity. */
  version: Scalars['Int']['output'];
};

/** A new capacity for an activity group. */
export type DayServicesGroupCapacityInput = {
  /** Participants the group has room for, 0 to 500; not below the placements current or starting later. */
  capacity: Scalars['Int']['input'];
  /** The `version` of the group you read; refused with CONFLICT if it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The group to change. */
  groupId: Scalars['ID']['input'];
};

/** What the municipal day services (BKD) know about one of their offers: its activity groups and places. */
export type DayServicesOffer = {
  __typename?: 'DayServicesOffer';
  /** The activity groups of the offer, by name. */
  groups: Array<DayServicesGroup>;
  /** Id of the offer, the same as the catalogue offer's id. */
  id: Scalars['ID']['output'];
  /** Places of the offer: the sum of its groups' capacities; null when a group has no capacity. */
  places?: Maybe<Scalars['Int']['output']>;
  /** Version of the offer; it moves when its catalogue fields or places change. */
  version: Scalars['Int']['output'];
};

/** A participant's place in an activity group of the municipal day services (BKD). */
export type DayServicesPlacement = {
  __typename?: 'DayServicesPlacement';
  /** Days a week the participant attends, 1 to 5. */
  daysPerWeek: Scalars['Int']['output'];
  /** Last day of the placement; null while it is open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The activity group the participant is in. */
  group: DayServicesGroup;
  /** Stable id of the placement, the same as the hub's placement id. */
  id: Scalars['ID']['output'];
  /** The offer the placement is in. */
  offer: Offer;
  /** The participant's id in the hub (intake). */
  participantId: Scalars['ID']['output'];
  /** First day of the placement. */
  startDate: Scalars['Date']['output'];
  /** Version for optimistic locking: pass it as `expectedVersion` when ending the placement. */
  version: Scalars['Int']['output'];
};

/** A new placement in an activity group, as granted by vedtak from the allocation office. */
export type DayServicesStartPlacementInput = {
  /** Days a week, 1 to 5. */
  daysPerWeek: Scalars['Int']['input'];
  /** Last day of the placement, not before the start; leave out for an open-ended placement. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The activity group, which must belong to the offer. */
  groupId: Scalars['ID']['input'];
  /** The offer of the day services the placement is in. */
  offerId: Scalars['ID']['input'];
  /** The participant's id in the hub (a UUID). */
  participantId: Scalars['ID']['input'];
  /** First day of the placement. */
  startDate: Scalars['Date']['input'];
};

/** The allocation office’s decision (vedtak) on an application under assessment. */
export type DecideApplicationInput = {
  /** Id of the application; it must be UNDER_ASSESSMENT. */
  applicationId: Scalars['ID']['input'];
  /** GRANTED at the day services: days a week, 1 to 5 (required). */
  daysPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** The application’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** GRANTED: the provider’s group (required at the day services and the work centre). */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** GRANTED at the work centre: hours a week, more than 0 and at most 30 (required). */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** GRANTED: the offer granted, one of those applied for (required). WAITING: the offer to wait for; every municipal offer applied for when left out. REJECTED: leave out. */
  offerId?: InputMaybe<Scalars['ID']['input']>;
  /** Granted, rejected or waiting list. */
  outcome: DecisionOutcome;
  /** The reason, at most 2000 characters: required when REJECTED; quoted in the letter. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** GRANTED: the first day of the place, not before the day of the decision (required). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The allocation office’s answer to a correction request. */
export type DecideCorrectionRequestInput = {
  /** Why (and for a part of the case: how it was corrected), at most 2000 characters. */
  answer: Scalars['String']['input'];
  /** The request’s `version` you read; CONFLICT if it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** ACCEPTED or REFUSED. */
  outcome: CorrectionOutcome;
  /** Id of the request. */
  requestId: Scalars['ID']['input'];
};

/** A decision (vedtak): on an application (the allocation office’s, or NAV’s for a state place), or a changed decision (endret vedtak) after a flow meeting agreed a transition. Seen by whoever may see the application or the transition; null for anyone else. */
export type Decision = {
  __typename?: 'Decision';
  /** CHANGED_OFFERS: the day the decision was annulled, because its transition was REVERTED (the ends undone after a target could not be started); null while it stands, and for every other decision. */
  annulledOn?: Maybe<Scalars['Date']['output']>;
  /** CHANGED_OFFERS, once annulled: why (the reason given to revertTransition); else null. */
  annulmentReason?: Maybe<Scalars['String']['output']>;
  /** The application decided; null for a changed decision (CHANGED_OFFERS, see `transition`). */
  application?: Maybe<Application>;
  /** GRANTED at the day services: days a week; else null. */
  daysPerWeek?: Maybe<Scalars['Int']['output']>;
  /** When the decision was recorded. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided: the allocation office (its vedtak), or NAV (its grant of a state place, reported by the NAV adapter; see `navGrant`). */
  decidedBy: DecisionAuthority;
  /** The day of the decision (a day in Norway). */
  decidedOn: Scalars['Date']['output'];
  /** CHANGED_OFFERS: the flow meeting (flytmøte) that agreed the change; else null. */
  flowMeeting?: Maybe<FlowMeeting>;
  /** GRANTED: the provider’s group (at the day services or the work centre); else null. CHANGED_OFFERS: of its one municipal target, if one. */
  groupId?: Maybe<Scalars['ID']['output']>;
  /** GRANTED at the work centre: hours a week; else null. */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Stable id of the decision. */
  id: Scalars['ID']['output'];
  /** ON_APPLICATION, or CHANGED_OFFERS for a changed decision (endret vedtak) after a flow meeting. */
  kind: DecisionKind;
  /** The decision letter (vedtaksbrev) for the applicant or guardian, in plain language. Also served as text at GET /decisions/{id}/letter?lang=nb|en. */
  letter: DecisionLetter;
  /** NAV’s decisions: the grant the decision was read from, as it stands now (a later withdrawal shows here, not on the decision); null for the allocation office’s. */
  navGrant?: Maybe<NavGrant>;
  /** GRANTED: the offer granted; WAITING: the offer waited for, when one was named; else null. */
  offer?: Maybe<Offer>;
  /** Granted, rejected or put on the waiting list. */
  outcome: DecisionOutcome;
  /** The applicant. */
  participant: Participant;
  /** The placement in the hub’s index, once the provider’s feed has brought it; null before. A grant is complete only when this is set. */
  placement?: Maybe<Placement>;
  /** How many times the hub has asked the provider for the placement. */
  placementAttempts: Scalars['Int']['output'];
  /** Why the last request to the provider got no answer (e.g. unreachable); null after an answer. */
  placementError?: Maybe<Scalars['String']['output']>;
  /** The provider’s id of the placement it created; null until then. */
  placementId?: Maybe<Scalars['ID']['output']>;
  /** Why the provider refused the placement; null unless `placementStatus` is PLACEMENT_REFUSED. */
  placementRefusal?: Maybe<PlacementRefusal>;
  /** When the hub last asked the provider for the placement. */
  placementRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** GRANTED: where the placement at the provider stands; null for REJECTED and WAITING, and for NAV’s decisions (NAV and the provider arrange the place; the hub sees it through the provider’s feed). */
  placementStatus?: Maybe<DecisionPlacementStatus>;
  /** The reason: required when REJECTED, optional otherwise; it is quoted in the letter. */
  reason?: Maybe<Scalars['String']['output']>;
  /** GRANTED: the first day of the place (CHANGED_OFFERS: the first day of the change); else null. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** CHANGED_OFFERS: the transition the flow meeting agreed, whose change of offers this decision is; else null. */
  transition?: Maybe<Transition>;
  /** Version for optimistic locking. */
  version: Scalars['Int']['output'];
  /** WAITING: the waiting-list entries the decision made, open or left (those the caller may see); empty otherwise. */
  waitingEntries: Array<WaitingEntry>;
};


/** A decision (vedtak): on an application (the allocation office’s, or NAV’s for a state place), or a changed decision (endret vedtak) after a flow meeting agreed a transition. Seen by whoever may see the application or the transition; null for anyone else. */
export type DecisionLetterArgs = {
  language?: LetterLanguage;
};

/** Who decides whether an applicant gets a place. */
export type DecisionAuthority =
  /** The municipal allocation office (Tildelingskontoret), by administrative decision (vedtak). */
  | 'ALLOCATION_OFFICE'
  /** NAV, by a decision on the participant (tilsagn/vedtak). */
  | 'NAV'
  /** The provider itself, e.g. when it hires an apprentice. */
  | 'PROVIDER';

/** What a decision is about. */
export type DecisionKind =
  /** A changed decision (endret vedtak): the flow meeting agreed a transition, and the allocation office changes the participant’s offers (GRANTED). A state place in it is NAV’s to decide. */
  | 'CHANGED_OFFERS'
  /** A decision on an application: granted, rejected or waiting. */
  | 'ON_APPLICATION';

/** A decision letter (vedtaksbrev) in plain language, for the applicant or guardian. */
export type DecisionLetter = {
  __typename?: 'DecisionLetter';
  /** The right to appeal (klage): to whom and within what time. */
  appeal: Scalars['String']['output'];
  /** The date of the letter, written out, e.g. "23. november 2026". */
  date: Scalars['String']['output'];
  /** The greeting, with the participant’s name. */
  greeting: Scalars['String']['output'];
  /** The language of the letter. */
  language: LetterLanguage;
  /** The body of the letter, paragraph by paragraph. */
  paragraphs: Array<Scalars['String']['output']>;
  /** The closing and the sender. */
  signature: Scalars['String']['output'];
  /** The heading of the letter. */
  title: Scalars['String']['output'];
};

/** What the allocation office decided on an application. */
export type DecisionOutcome =
  /** A place is granted (innvilget) in one of the offers applied for. */
  | 'GRANTED'
  /** The application is refused (avslått), with the reason. */
  | 'REJECTED'
  /** The applicant is put on the waiting list (venteliste) for the offer or offers. */
  | 'WAITING';

/** Where the placement of a granted decision stands at the provider. */
export type DecisionPlacementStatus =
  /** The provider has no subgraph of its own: the allocation office arranges the place with it directly. */
  | 'ARRANGED_DIRECTLY'
  /** The provider created the placement. `Decision.placement` stays null until the provider’s feed has brought it to the hub. */
  | 'PLACEMENT_CREATED'
  /** The provider refused the placement (e.g. GROUP_FULL, ALREADY_PLACED); see `placementRefusal`. The decision stands. */
  | 'PLACEMENT_REFUSED'
  /** The hub has asked the provider for the placement and has no answer yet (e.g. the provider was unreachable); retryDecisionPlacement asks again. */
  | 'PLACEMENT_REQUESTED';

/** A kind of work experience the applicant documents. */
export type ExperienceKind =
  /** Job taste (jobbsmak): a day trying a workplace, with place and date. */
  | 'JOB_TASTE'
  /** Work practice (arbeidspraksis): place, period and what the work was. */
  | 'WORK_PRACTICE'
  /** Work trial (hospitering): a period at a workplace, with place and period. */
  | 'WORK_TRIAL';

/** How far the hub has read one provider's change feed. */
export type FeedStatus = {
  __typename?: 'FeedStatus';
  /** Events the hub has not applied yet, as of the last read (head − lastSequence). */
  behind: Scalars['Int']['output'];
  /** Events applied since the hub began following this feed. */
  eventsApplied: Scalars['Int']['output'];
  /** The feed's newest sequence when the hub last asked. */
  head: Scalars['Int']['output'];
  /** Why the last read failed; null when it succeeded. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the last read failed. */
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sequence of the last event the hub has applied (0 before the first). */
  lastSequence: Scalars['Int']['output'];
  /** When the hub last read the feed successfully. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider whose feed it is. */
  provider: Provider;
  /** Events the hub could not use (they broke the protocol) and skipped. */
  rejectedEvents: Scalars['Int']['output'];
  /** Where the hub reads the feed. */
  url: Scalars['String']['output'];
};

/** A flow meeting (flytmøte) in week 18 or 41, coordinated by the allocation office (Tildelingskontoret), with its agenda of transitions (those the caller may see). */
export type FlowMeeting = {
  __typename?: 'FlowMeeting';
  /** The agenda, in order, with each outcome once recorded: the items whose transition the caller may see. */
  agenda: Array<FlowMeetingItem>;
  /** Who coordinates the meeting: the allocation office (Tildelingskontoret). */
  coordinator?: Maybe<Provider>;
  /** When the meeting was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The Friday of the week. */
  endDate: Scalars['Date']['output'];
  /** Stable id of the flow meeting. */
  id: Scalars['ID']['output'];
  /** The Monday of the week, as in the intake calendar. */
  startDate: Scalars['Date']['output'];
  /** Version for optimistic locking. */
  version: Scalars['Int']['output'];
  /** The ISO week: 18 or 41. */
  week: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** An item of a flow meeting’s agenda: a transition and the meeting’s outcome. */
export type FlowMeetingItem = {
  __typename?: 'FlowMeetingItem';
  /** The meeting. */
  flowMeeting: FlowMeeting;
  /** The meeting’s note on the outcome (REJECTED’s reason). */
  note?: Maybe<Scalars['String']['output']>;
  /** What the meeting decided; null until then. */
  outcome?: Maybe<FlowMeetingOutcome>;
  /** Place on the agenda, from 1. */
  position: Scalars['Int']['output'];
  /** The transition on the agenda. */
  transition: Transition;
};

/** What a flow meeting decided on a transition on its agenda. */
export type FlowMeetingOutcome =
  /** Agreed: the transition can be executed. */
  | 'AGREED'
  /** Postponed: the transition is PROPOSED again, for a later meeting. */
  | 'POSTPONED'
  /** Rejected, with the reason in the note. */
  | 'REJECTED';

/** One flow meeting held in a period (its week begun), with the transitions on its agenda by outcome. Aggregates only; outside case work small counts are hidden. */
export type FlowMeetingStatistics = {
  __typename?: 'FlowMeetingStatistics';
  /** The transitions by outcome, always the four of them in the order AGREED, REJECTED, PROPOSED, ON_AGENDA. */
  byOutcome: Array<TransitionOutcomeCount>;
  /** The first day of the meeting’s week (its Monday). */
  date: Scalars['Date']['output'];
  /** The meeting (for the roles that may read flow meetings). */
  meeting: FlowMeeting;
  /** Transitions on the agenda: the sum of `byOutcome`. */
  transitions: StatCount;
  /** The meeting’s ISO week, 18 or 41; readable by everyone, unlike `meeting`. */
  week: Scalars['Int']['output'];
};

/** A guardian or next of kin (foresatt, verge or pårørende) registered for a participant. */
export type Guardian = {
  __typename?: 'Guardian';
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable id of this guardian entry. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number, e.g. "+4791234567". */
  phone?: Maybe<Scalars['String']['output']>;
  /** How the guardian is related to the participant. */
  relation: GuardianRelation;
};

/** A guardian or next of kin. Give at least a phone number or an e-mail address. */
export type GuardianInput = {
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Phone number: 8 digits, or international with a leading +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** How the guardian is related to the participant. */
  relation: GuardianRelation;
};

/** How a guardian or next of kin is related to the participant. */
export type GuardianRelation =
  /** Guardian appointed by the county governor (verge). */
  | 'APPOINTED_GUARDIAN'
  /** Someone else the participant has named, e.g. a teacher. */
  | 'OTHER'
  /** Other relative (pårørende). */
  | 'OTHER_RELATIVE'
  /** Parent (forelder/foresatt). */
  | 'PARENT';

/** A guardian’s claim to act for a young person, signed in with ID-porten, and whether the allocation office has confirmed it. */
export type Guardianship = {
  __typename?: 'Guardianship';
  /** When the guardian claimed it. */
  claimedAt: Scalars['DateTime']['output'];
  /** When the allocation office confirmed it; null until then. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The guardian’s name, as they gave it. */
  guardianName: Scalars['String']['output'];
  /** Stable id of the claim. */
  id: Scalars['ID']['output'];
  /** The young person, for whoever may see them: the allocation office, and the guardian once the guardianship is confirmed; null before. */
  participant?: Maybe<Participant>;
  /** Id of the young person’s participant: what `createApplication` takes. */
  participantId: Scalars['ID']['output'];
  /** How the guardian says they are related to the young person. */
  relation: GuardianRelation;
  /** CLAIMED until the allocation office confirms it. */
  status: GuardianshipStatus;
  /** The young person’s name, as the guardian gave it. */
  wardName: Scalars['String']['output'];
};

/** Whether the allocation office has confirmed that a signed-in guardian is the young person’s guardian. */
export type GuardianshipStatus =
  /** Claimed by the guardian, not yet confirmed: the guardian sees only the applications they submitted. */
  | 'CLAIMED'
  /** Confirmed by the allocation office: the guardian sees what the young person would see. */
  | 'CONFIRMED';

/** One event in the yearly intake calendar (årshjul). */
export type IntakeCalendarEvent = {
  __typename?: 'IntakeCalendarEvent';
  /** What happens, in plain language. */
  description: LocalizedText;
  /** Last day (YYYY-MM-DD); the same as the first for a one-day event. */
  endDate: Scalars['Date']['output'];
  /** What kind of event. */
  kind: IntakeEventKind;
  /** First day (YYYY-MM-DD). */
  startDate: Scalars['Date']['output'];
  /** Title, e.g. "Søknadsfrist for hovedopptaket". */
  title: LocalizedText;
};

/** A kind of event in the yearly intake calendar (årshjul). */
export type IntakeEventKind =
  /** The main-intake deadline, 1 February. */
  | 'APPLICATION_DEADLINE'
  /** A flow meeting (dynamisk flyt) on moves between offers, in weeks 18 and 41. */
  | 'FLOW_MEETING'
  /** The joint information meeting for pupils, guardians and teachers (week 39). */
  | 'INFORMATION_MEETING'
  /** Open days at the providers before the deadline (weeks 2-4). */
  | 'OPEN_DAYS';

/** How applications are taken in. */
export type IntakeMode =
  /** Continuous intake (løpende inntak): apply at any time. */
  | 'CONTINUOUS'
  /** Main intake (hovedopptak) once a year, with the application deadline 1 February. */
  | 'MAIN';

/** The applications of one intake round submitted in a period, by what was decided on them by its last day (or today). Aggregates only, no person; outside case work small counts are hidden. */
export type IntakeRoundStatistics = {
  __typename?: 'IntakeRoundStatistics';
  /** Of them, granted a place (innvilget) by the period’s last day. */
  granted: StatCount;
  /** The round in bokmål, e.g. "Hovedopptak 2027"; translate by `round`. */
  label: Scalars['String']['output'];
  /** Median days from submission (the day in Norway) to the decision, of those decided (nearest rank); null when fewer than 5 are decided or the round’s counts are hidden. */
  medianDaysToDecision?: Maybe<Scalars['Int']['output']>;
  /** The 90th percentile of the same days (nearest rank); null as `medianDaysToDecision`. */
  p90DaysToDecision?: Maybe<Scalars['Int']['output']>;
  /** Of them, rejected (avslått) by the period’s last day. */
  rejected: StatCount;
  /** The round's key: "MAIN-2027" (main intake with the deadline 1 February 2027), "NEWCOMER-2027" (newcomers to that main intake), or "CONTINUOUS" (continuous intake, Arba and NAV places). */
  round: Scalars['String']['output'];
  /** Applications of the round submitted in the period: granted + rejected + waiting + undecided. */
  submitted: StatCount;
  /** Of them, with no decision by the period’s last day: still being assessed, or withdrawn before one. */
  undecided: StatCount;
  /** Of them, put on the waiting list (venteliste) by the period’s last day. */
  waiting: StatCount;
};

/** A job taste (jobbsmak): where, and the day. */
export type JobTasteInput = {
  /** The day. */
  date: Scalars['Date']['input'];
  /** The workplace, at most 200 characters. */
  place: Scalars['String']['input'];
};

/** The language of a decision letter. */
export type LetterLanguage =
  /** English. */
  | 'EN'
  /** Norwegian bokmål (norsk bokmål), the default. */
  | 'NB';

/** A text in Norwegian bokmål (`nb`, shown first) and English (`en`). */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English. */
  en: Scalars['String']['output'];
  /** Norwegian bokmål. */
  nb: Scalars['String']['output'];
};

/** A text in Norwegian bokmål and English; both are required. */
export type LocalizedTextInput = {
  /** English. */
  en: Scalars['String']['input'];
  /** Norwegian bokmål. */
  nb: Scalars['String']['input'];
};

/** The signed-in person, as the hub knows them. */
export type Me = {
  __typename?: 'Me';
  /** The birth date in the national identity number the caller signed in with, to show whom the sign-in belongs to; the number itself is never shown. Null without one (staff). */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** For a guardian signed in with ID-porten: the young people they have named (`registerWard`), CLAIMED or CONFIRMED. Empty for anyone else. */
  guardianships: Array<Guardianship>;
  /** The caller’s own participant: the one whose national identity number is the one they signed in with (ID-porten’s `pid`), or the one their token names; null when they are not registered yet (then `registerMyself`), and for a guardian (whose young people are not “me”). */
  participant?: Maybe<Participant>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a PROPOSED transition on a flow meeting’s agenda (ON_AGENDA). NOT_FOUND for the meeting or transition, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE. */
  addTransitionToAgenda: Transition;
  /** Changes a participation's agreed hours a week, from today (or from its start, when it starts later). Unknown id gives NOT_FOUND; a stale expectedVersion CONFLICT; hours out of range BAD_USER_INPUT; an ended one FAILED_PRECONDITION ALREADY_ENDED. */
  changeArbaParticipationHours: ArbaPlacement;
  /** Changes a placement's days a week, from today (or from its start, when it starts later): for the allocation office and BKD's own staff and system; anyone else gets FORBIDDEN. Days outside 1 to 5 give BAD_USER_INPUT, an unknown placement NOT_FOUND, a stale expectedVersion CONFLICT, an ended one FAILED_PRECONDITION ALREADY_ENDED. */
  changeDayServicesPlacementDays: DayServicesPlacement;
  /** Changes the hours a week of a placement: for the allocation office and the work centre's own staff and system; anyone else gets FORBIDDEN. Invalid hours give BAD_USER_INPUT, an unknown placement NOT_FOUND, a stale expectedVersion CONFLICT. */
  changeWorkCentrePlacementHours: WorkCentrePlacement;
  /** The allocation office confirms, after checking, that a signed-in guardian is the young person’s guardian: from then on the guardian sees what the young person would see. NOT_FOUND for an unknown id; confirming again changes nothing. */
  confirmGuardianship: Guardianship;
  /** Creates an application as a draft. Invalid input, an unknown or duplicate offer, an answer the form does not ask for, or a `desiredStartDate` before today gives BAD_USER_INPUT; a main-intake `intakeYear` whose 1 February deadline has passed gives FAILED_PRECONDITION (APPLICATION_DEADLINE_PASSED) unless the applicant is a newcomer. An applicant or guardian may apply only for their own participants (FORBIDDEN otherwise) and is recorded as who applied, whatever `submittedByRole` says. */
  createApplication: Application;
  /** Creates the flow meeting of a year’s week 18 or 41, on the dates of the intake calendar. BAD_USER_INPUT for any other week or a year outside 2000-2100; FAILED_PRECONDITION FLOW_MEETING_IN_PAST when that week has ended (Oslo date); CONFLICT when that meeting exists, with its id in `extensions.flowMeetingId`. */
  createFlowMeeting: FlowMeeting;
  /** Adds an offer to the catalogue. Invalid input gives BAD_USER_INPUT with the fields; FORBIDDEN for provider staff or a partner system adding to another provider. */
  createOffer: Offer;
  /** Decides an application UNDER_ASSESSMENT (it becomes DECIDED). GRANTED asks the provider’s subgraph for the placement and answers with its outcome in `placementStatus` (a refusal by the provider is not an error here). WAITING puts the applicant on the waiting list. NOT_FOUND, CONFLICT (stale expectedVersion), BAD_USER_INPUT (also `groupId` for a group the provider does not list for the offer, asked of its subgraph before anything is written, and `offerId` for an offer the provider has withdrawn), and FAILED_PRECONDITION with APPLICATION_STATE, DECIDED_BY_NAV or START_BEFORE_DECISION. */
  decideApplication: Decision;
  /** Accepts or refuses an OPEN correction request with a reason. Accepting GIVEN_NAME, FAMILY_NAME, EMAIL or PHONE changes the participant in the same transaction (BAD_USER_INPUT if the value is not valid, e.g. an e-mail address), and keeps the value it had. NOT_FOUND, CONFLICT for a stale expectedVersion, FAILED_PRECONDITION CORRECTION_DECIDED when already answered. */
  decideCorrectionRequest: CorrectionRequest;
  /** Ends a participation. Unknown id gives NOT_FOUND; a stale expectedVersion CONFLICT; an end before the start, a missing AFT outcome or an end after the granted AFT periods BAD_USER_INPUT; an ended one FAILED_PRECONDITION ALREADY_ENDED. endDate null takes back the end of an ended participation (the hub undoing a transition’s end). */
  endArbaParticipation: ArbaPlacement;
  /** Sets the last day of a placement: for the allocation office, BKD's own staff and system, and the hub in a transition; anyone else gets FORBIDDEN. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT; an end before the start gives BAD_USER_INPUT. Moving an earlier end later is checked like a new placement from the day after it (GROUP_FULL, ALREADY_PLACED), and so is removing the end (endDate null). */
  endDayServicesPlacement: DayServicesPlacement;
  /** Ends a placement on a day: for the allocation office, the work centre's own staff and system, and the hub in a transition; anyone else gets FORBIDDEN. An end before the start gives BAD_USER_INPUT, an unknown placement NOT_FOUND, a stale expectedVersion CONFLICT; moving the end into another placement in the same offer, or removing it (endDate null) over one, ALREADY_PLACED. */
  endWorkCentrePlacement: WorkCentrePlacement;
  /** Records an evaluation of an individual VTA goal. Unknown goal gives NOT_FOUND; a date before the goal was set, in the future or after the placement ended, or a note that is too long, BAD_USER_INPUT. */
  evaluateArbaVtaGoal: ArbaVtaGoal;
  /** Executes an AGREED transition (EXECUTING): asks each provider to end the from-placements and to start the targets, ends first, and records each answer in `steps`. A refusal is not an error here: the step shows it and the transition is `stalled`. NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE, FLOW_MEETING_NOT_HELD before the meeting’s week has begun, or DECIDED_BY_NAV when a target is a state place and NAV’s grant is no longer in the hub (no provider is asked then). */
  executeTransition: Transition;
  /** Extends an AFT participation once, from the day after the initial period, by at most a year. Unknown id gives NOT_FOUND; a stale expectedVersion CONFLICT; a VTA placement BAD_USER_INPUT; FAILED_PRECONDITION with rule AFT_ONE_EXTENSION for a second extension and AFT_MAX_DURATION beyond a year (two years in all). */
  extendArbaAftPeriod: ArbaPlacement;
  /** Imports NAV's participant topic as JSON lines, as `POST /ingest/deltakere` does (docs/nav-import.md): each line in its own transaction, a bad line rejected with its reason while the rest is stored. NAV staff only. At most 450 kB (larger exports go in parts, or through the route): BAD_USER_INPUT when larger. */
  importNavParticipants: NavImportReport;
  /** Proposes a transition between offers (dynamisk flyt). An applicant or guardian may propose for their own participants, provider staff for their provider’s; FORBIDDEN otherwise. `proposedBy` is the caller’s own role, never given in the input: PARTICIPANT for an applicant, GUARDIAN for a guardian, PROVIDER_STAFF for provider staff, CASE_WORKER for the allocation office (and our services). NOT_FOUND for an unknown participant; BAD_USER_INPUT naming every field (a from-placement must be the participant’s, a target needs what its provider needs); FAILED_PRECONDITION PLACEMENT_ENDED for an ended from-placement, DECIDED_BY_NAV for a state place (VTA, AFT, VTAO) as target without NAV’s grant for the participant (seen on the NAV adapter’s feed), TRANSITION_OVERLAP when an open transition takes the same placement or aims at the same offer and group. */
  proposeTransition: Transition;
  /** Records what the flow meeting decided on an ON_AGENDA transition: AGREED (the allocation office’s changed decision, endret vedtak, is written in the same transaction: see `Transition.decision`), REJECTED (the note is the reason, required; no decision) or POSTPONED (PROPOSED again, for a later meeting; no decision). NOT_FOUND, CONFLICT, BAD_USER_INPUT, FAILED_PRECONDITION TRANSITION_STATE, or FLOW_MEETING_NOT_HELD before the meeting’s week has begun (Oslo date; `year`, `week` and `weekBegins` in extensions). */
  recordTransitionOutcome: Transition;
  /** Records the outcome of the VTA assessment of an application’s participant. FAILED_PRECONDITION (VTA_ASSESSMENT_NOT_OPEN) while no application of theirs is submitted. */
  recordVtaAssessment: VtaAssessment;
  /** Registers the signed-in applicant as a participant, with the national identity number they signed in with (ID-porten’s `pid`). FORBIDDEN without one; CONFLICT when they are registered already; BAD_USER_INPUT for a name or contact that cannot be used. Nothing is written on a refusal. */
  registerMyself: Participant;
  /** Registers a participant (the allocation office). Invalid input gives BAD_USER_INPUT; an identity number already registered gives CONFLICT; FORBIDDEN for any other role. */
  registerParticipant: Participant;
  /** Adds an organisation to the registry. With a feed URL the hub starts following its feed: a provider joins by registration, not by code. */
  registerProvider: Provider;
  /** A guardian signed in with ID-porten names the young person they apply for: the participant is found by the identity number, or registered. The guardianship is CLAIMED until the allocation office confirms it (`confirmGuardianship`); until then the guardian may apply for the young person (`createApplication` with `participantId`) and sees only the applications they submitted. FORBIDDEN without a guardian’s sign-in; BAD_USER_INPUT for unusable input (or the guardian’s own number). Asking again gives the same claim. */
  registerWard: Guardianship;
  /** Asks for a correction of data about a participant (GDPR art. 16): the participant or a guardian for their own, or the office on their behalf (FORBIDDEN otherwise). NOT_FOUND for an unknown participant, BAD_USER_INPUT naming every field. The office answers with decideCorrectionRequest. */
  requestCorrection: CorrectionRequest;
  /** Asks the provider again for the placement of a granted decision that is PLACEMENT_REQUESTED (no answer yet) or PLACEMENT_REFUSED (e.g. a place has become free, or with another group). NOT_FOUND, CONFLICT, BAD_USER_INPUT on `groupId` for a group the provider does not list for the offer, FAILED_PRECONDITION (DECISION_PLACEMENT_STATE) when there is nothing to ask. */
  retryDecisionPlacement: Decision;
  /** Asks the provider again for one REFUSED or UNREACHABLE step of an EXECUTING transition (e.g. after a CONFLICT, once the feed has brought the placement’s new version). NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE or TRANSITION_STEP_STATE. */
  retryTransitionStep: Transition;
  /** The compensating step of an EXECUTING transition whose targets could not be started (e.g. a START refused as GROUP_FULL after the ENDs succeeded): REVERTING, and one UNDO_END step per from-placement that was ended (or may have been: UNREACHABLE), asking its provider to restore the last day it had before the transition (usually none). Each answer is in `steps` like the others; a refused or unanswered UNDO_END is asked again with retryTransitionStep. Once every UNDO_END is RESTORED the transition is REVERTED (final) and its changed decision is annulled (`Decision.annulledOn`, and its letter says so). NOT_FOUND, CONFLICT, BAD_USER_INPUT (reason), FAILED_PRECONDITION TRANSITION_STATE when not EXECUTING, TRANSITION_TARGET_STARTED when a target was started. */
  revertTransition: Transition;
  /** Sets a new individual goal for a running VTA placement, dated today. Unknown placement gives NOT_FOUND; an AFT placement or an empty description BAD_USER_INPUT; an ended placement FAILED_PRECONDITION ALREADY_ENDED. */
  setArbaVtaGoal: ArbaVtaGoal;
  /** Sets a participant’s career plan: the allocation office, or the participant or a guardian for their own (FORBIDDEN otherwise). NOT_FOUND for an unknown participant, BAD_USER_INPUT naming every field, CONFLICT for a stale expectedVersion. */
  setCareerPlan: CareerPlan;
  /** Sets a group's capacity, and with it the offer's places: for the allocation office and BKD's own staff and system; anyone else gets FORBIDDEN. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT; a capacity below the placements current or starting later gives FAILED_PRECONDITION with rule CAPACITY_BELOW_OCCUPANCY. */
  setDayServicesGroupCapacity: DayServicesGroup;
  /** Sets or removes (null) the URL of a provider's change feed, and its subgraph when given. Unknown id gives NOT_FOUND. */
  setProviderFeed: Provider;
  /** Makes an EXECUTING transition COMPLETED when `complete` (the hub’s index shows every change); otherwise answers it unchanged, `waitingFor` saying what is missing. A COMPLETED one is answered as it is. NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE for any other status. */
  settleTransition: Transition;
  /** The allocation office starts assessing a submitted application (UNDER_ASSESSMENT). */
  startApplicationAssessment: Application;
  /** Starts a participation in VTA or AFT (AFT gets its initial period of one year). Unknown ids give BAD_USER_INPUT; a full offer, or one whose free places are reserved for another municipality, gives FAILED_PRECONDITION NO_FREE_PLACE; a participant already placed in the measure from that day FAILED_PRECONDITION ALREADY_PLACED. */
  startArbaParticipation: ArbaPlacement;
  /** Places a participant in an activity group: for the allocation office, BKD's own staff and system, and the hub placing a decided place; anyone else gets FORBIDDEN. Invalid input or an unknown offer or group gives BAD_USER_INPUT; a full group gives FAILED_PRECONDITION with rule GROUP_FULL, and an overlapping placement of the same participant in the offer gives FAILED_PRECONDITION with rule ALREADY_PLACED. */
  startDayServicesPlacement: DayServicesPlacement;
  /** Places a participant in a work group: for the allocation office, the work centre's own staff and system, and the hub placing a decided place; anyone else gets FORBIDDEN, and so does a partner system that sends a training candidacy (it may read the plan, not write it). Invalid input gives BAD_USER_INPUT; FAILED_PRECONDITION with rule GROUP_FULL when the group has no room from the start date, ALREADY_PLACED when the participant has an overlapping placement in the same offer. */
  startWorkCentrePlacement: WorkCentrePlacement;
  /** Submits a draft. Every new applicant is then also queued for a VTA assessment. A main-intake application after its 1 February deadline is refused (FAILED_PRECONDITION, APPLICATION_DEADLINE_PASSED) unless the applicant is a newcomer; a `desiredStartDate` that has gone by since the draft was saved gives FAILED_PRECONDITION (DESIRED_START_PASSED). FORBIDDEN for another’s application. */
  submitApplication: Application;
  /** Changes a draft application. NOT_FOUND for an unknown id, CONFLICT for a stale expectedVersion, FAILED_PRECONDITION (APPLICATION_STATE) once it is submitted, and the same checks of the whole draft as createApplication (BAD_USER_INPUT for a `desiredStartDate` before today, APPLICATION_DEADLINE_PASSED for a main intake that has closed); FORBIDDEN for another’s application. */
  updateApplicationDraft: Application;
  /** Changes an offer. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT; FORBIDDEN for provider staff or a partner system changing another provider’s offer. */
  updateOffer: Offer;
  /** Changes a participant. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT. An applicant or guardian may change only their own participant’s contact (email, phone); anything else is FORBIDDEN. */
  updateParticipant: Participant;
  /** Withdraws an application that is not decided yet, or one decided WAITING while the applicant is still on the waiting list (the entries are left with reason WITHDRAWN), with the reason. FORBIDDEN for another’s application; an applicant or guardian is recorded as who withdrew it. */
  withdrawApplication: Application;
  /** Withdraws a PROPOSED or ON_AGENDA transition (it leaves the agenda unanswered). NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE. An applicant or guardian may withdraw their own participant’s (FORBIDDEN otherwise), recorded as themselves. */
  withdrawTransition: Transition;
};


export type MutationAddTransitionToAgendaArgs = {
  input: AddTransitionToAgendaInput;
};


export type MutationChangeArbaParticipationHoursArgs = {
  input: ArbaChangeParticipationHoursInput;
};


export type MutationChangeDayServicesPlacementDaysArgs = {
  input: DayServicesChangePlacementDaysInput;
};


export type MutationChangeWorkCentrePlacementHoursArgs = {
  input: WorkCentreChangePlacementHoursInput;
};


export type MutationConfirmGuardianshipArgs = {
  input: ConfirmGuardianshipInput;
};


export type MutationCreateApplicationArgs = {
  input: CreateApplicationInput;
};


export type MutationCreateFlowMeetingArgs = {
  input: CreateFlowMeetingInput;
};


export type MutationCreateOfferArgs = {
  input: CreateOfferInput;
};


export type MutationDecideApplicationArgs = {
  input: DecideApplicationInput;
};


export type MutationDecideCorrectionRequestArgs = {
  input: DecideCorrectionRequestInput;
};


export type MutationEndArbaParticipationArgs = {
  input: ArbaEndParticipationInput;
};


export type MutationEndDayServicesPlacementArgs = {
  input: DayServicesEndPlacementInput;
};


export type MutationEndWorkCentrePlacementArgs = {
  input: WorkCentreEndPlacementInput;
};


export type MutationEvaluateArbaVtaGoalArgs = {
  input: ArbaEvaluateVtaGoalInput;
};


export type MutationExecuteTransitionArgs = {
  input: TransitionStepInput;
};


export type MutationExtendArbaAftPeriodArgs = {
  input: ArbaExtendAftPeriodInput;
};


export type MutationImportNavParticipantsArgs = {
  input: NavImportInput;
};


export type MutationProposeTransitionArgs = {
  input: ProposeTransitionInput;
};


export type MutationRecordTransitionOutcomeArgs = {
  input: RecordTransitionOutcomeInput;
};


export type MutationRecordVtaAssessmentArgs = {
  input: RecordVtaAssessmentInput;
};


export type MutationRegisterMyselfArgs = {
  input: RegisterMyselfInput;
};


export type MutationRegisterParticipantArgs = {
  input: RegisterParticipantInput;
};


export type MutationRegisterProviderArgs = {
  input: RegisterProviderInput;
};


export type MutationRegisterWardArgs = {
  input: RegisterWardInput;
};


export type MutationRequestCorrectionArgs = {
  input: RequestCorrectionInput;
};


export type MutationRetryDecisionPlacementArgs = {
  input: RetryDecisionPlacementInput;
};


export type MutationRetryTransitionStepArgs = {
  input: RetryTransitionStepInput;
};


export type MutationRevertTransitionArgs = {
  input: RevertTransitionInput;
};


export type MutationSetArbaVtaGoalArgs = {
  input: ArbaSetVtaGoalInput;
};


export type MutationSetCareerPlanArgs = {
  input: SetCareerPlanInput;
};


export type MutationSetDayServicesGroupCapacityArgs = {
  input: DayServicesGroupCapacityInput;
};


export type MutationSetProviderFeedArgs = {
  input: SetProviderFeedInput;
};


export type MutationSettleTransitionArgs = {
  input: TransitionStepInput;
};


export type MutationStartApplicationAssessmentArgs = {
  input: ApplicationStepInput;
};


export type MutationStartArbaParticipationArgs = {
  input: ArbaStartParticipationInput;
};


export type MutationStartDayServicesPlacementArgs = {
  input: DayServicesStartPlacementInput;
};


export type MutationStartWorkCentrePlacementArgs = {
  input: WorkCentreStartPlacementInput;
};


export type MutationSubmitApplicationArgs = {
  input: ApplicationStepInput;
};


export type MutationUpdateApplicationDraftArgs = {
  input: UpdateApplicationDraftInput;
};


export type MutationUpdateOfferArgs = {
  input: UpdateOfferInput;
};


export type MutationUpdateParticipantArgs = {
  input: UpdateParticipantInput;
};


export type MutationWithdrawApplicationArgs = {
  input: WithdrawApplicationInput;
};


export type MutationWithdrawTransitionArgs = {
  input: TransitionStepInput;
};

/** How much a participant takes part from a date on (deltakelsesmengde). */
export type NavExtentPeriod = {
  __typename?: 'NavExtentPeriod';
  /** Days a week (dager per uke); null when not set. */
  daysPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Share of a full participation, in percent (deltakelsesprosent). */
  percent: Scalars['Float']['output'];
  /** First day this extent applies (gyldig fra). */
  validFrom: Scalars['Date']['output'];
};

/** NAV’s grant (vedtak/tilsagn) of a state place (VTA, AFT, VTAO) on one of its participant records, as the NAV adapter reports it. Kept when withdrawn. */
export type NavGrant = {
  __typename?: 'NavGrant';
  /** What NAV granted, in NAV’s words, e.g. "VTA, Arba Inkludering (2016/104411)". */
  description: Scalars['String']['output'];
  /** The NAV adapter’s version of the record last applied. */
  feedVersion: Scalars['Int']['output'];
  /** True while NAV’s grant holds; false once NAV withdrew or ended it. */
  granted: Scalars['Boolean']['output'];
  /** The day NAV granted the place, as first reported. */
  grantedOn?: Maybe<Scalars['Date']['output']>;
  /** Every change of the grant as it reached the hub, oldest first: granted, moved on, withdrawn. */
  history: Array<NavGrantChange>;
  /** NAV’s id of the participant record the grant is on. */
  id: Scalars['ID']['output'];
  /** NAV’s measure code (Tiltakskode), e.g. VARIG_TILRETTELAGT_ARBEID_SKJERMET. */
  measureCode: Scalars['String']['output'];
  /** The offer granted; null if not in the catalogue. */
  offer?: Maybe<Offer>;
  /** First day of the place (NAV’s start date); null if unset. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** NAV’s participant status on the record now (DeltakerStatus), e.g. DELTAR or HAR_SLUTTET. */
  status: Scalars['String']['output'];
  /** The day the record got that status. */
  statusOn: Scalars['Date']['output'];
  /** When the hub last applied a change of the grant. */
  updatedAt: Scalars['DateTime']['output'];
  /** Why the grant ended, in NAV’s words (e.g. "HAR_SLUTTET/FATT_JOBB"); "REMOVED_AT_SOURCE" when NAV deleted the record; null while granted. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** The day the grant ended or was withdrawn; null while granted. */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};

/** One change of NAV’s grant as it reached the hub: granted, moved on, or withdrawn. */
export type NavGrantChange = {
  __typename?: 'NavGrantChange';
  /** The NAV adapter’s version of the record. */
  feedVersion: Scalars['Int']['output'];
  /** Whether the grant held after this change. */
  granted: Scalars['Boolean']['output'];
  /** Why the grant ended; null while granted. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the hub applied the change. */
  receivedAt: Scalars['DateTime']['output'];
  /** NAV’s participant status after this change. */
  status: Scalars['String']['output'];
  /** The day the record got that status. */
  statusOn: Scalars['Date']['output'];
};

/** An export of NAV's participant topic to import. */
export type NavImportInput = {
  /** The file's text: one JSON object per line, `{ "key", "value" }` (docs/nav-import.md). At most 450 kB. */
  jsonLines: Scalars['String']['input'];
};

/** One line of a NAV import that was not rejected, with what became of it. */
export type NavImportLine = {
  __typename?: 'NavImportLine';
  /** The record's key (NAV's id of the participant record). */
  key: Scalars['String']['output'];
  /** Line number in the file, counted from 1 (blank lines count). */
  line: Scalars['Int']['output'];
  /** What became of it. */
  outcome: NavImportLineOutcome;
};

/** What became of a line of a NAV import that was not rejected. */
export type NavImportLineOutcome =
  /** Stored: a new record, or a change to one. */
  | 'ACCEPTED'
  /** NAV deleted the record (a tombstone), and it is deleted here too. */
  | 'DELETED'
  /** Older than the stored version of the record, so ignored. */
  | 'STALE'
  /** Already stored as sent; nothing changed. */
  | 'UNCHANGED';

/** One line of a NAV import that was not stored, with why. */
export type NavImportRejection = {
  __typename?: 'NavImportRejection';
  /** Why, as a stable code (docs/nav-import.md, "Rejection codes"), e.g. UNKNOWN_MEASURE_INSTANCE. */
  code: Scalars['String']['output'];
  /** The record's key when it could be read. */
  key?: Maybe<Scalars['String']['output']>;
  /** Line number in the file, counted from 1 (blank lines count). */
  line: Scalars['Int']['output'];
  /** What is wrong and what to do, in bokmål and English; never contains the identity number. */
  reason: LocalizedText;
};

/** What an import of NAV participant records did: counts, every line taken, and every rejected line. */
export type NavImportReport = {
  __typename?: 'NavImportReport';
  /** Records stored, new or changed. */
  accepted: Scalars['Int']['output'];
  /** Records NAV deleted (tombstones) that were stored. */
  deleted: Scalars['Int']['output'];
  /** Every line that was not rejected, in the order of the file, with what became of it. */
  lines: Array<NavImportLine>;
  /** Lines not stored, in the order of the file. */
  rejected: Array<NavImportRejection>;
  /** Records older than the stored version, ignored. */
  stale: Scalars['Int']['output'];
  /** Records already stored as sent. */
  unchanged: Scalars['Int']['output'];
};

/** A NAV measure (tiltak), e.g. VTA or AFT, with its old Arena code. */
export type NavMeasure = {
  __typename?: 'NavMeasure';
  /** The measure's code in NAV's old Arena system, e.g. VASV; null for measures made after Arena. */
  arenaCode?: Maybe<Scalars['String']['output']>;
  /** NAV's code for the measure (Tiltakskode). */
  code: NavMeasureCode;
  /** Name of the measure. */
  name: LocalizedText;
  /** Short name used in lists and letters, e.g. "VTA" or "AFT". */
  shortName: Scalars['String']['output'];
};

/** A NAV measure (tiltak), by NAV's own code (Tiltakskode). */
export type NavMeasureCode =
  /** AFT: work preparatory training, time-limited (Arena code ARBFORB). */
  | 'ARBEIDSFORBEREDENDE_TRENING'
  /** Adapted work in an ordinary business, which replaces VTAO (no Arena code). */
  | 'TILRETTELAGT_ARBEID_ORDINAER'
  /** VTA: permanent adapted work in a sheltered company (Arena code VASV). */
  | 'VARIG_TILRETTELAGT_ARBEID_SKJERMET'
  /** VTAO: permanent adapted work in an ordinary business, old code (Arena code VATIAROR). */
  | 'VTAO';

/** A measure instance (gjennomføring): one provider delivering one NAV measure, e.g. VTA at Arba. */
export type NavMeasureInstance = {
  __typename?: 'NavMeasureInstance';
  /** Last day of the instance; null while open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Estimated waiting time for a place, in weeks, as NAV publishes it; null when not published. */
  estimatedWaitWeeks?: Maybe<Scalars['Int']['output']>;
  /** Places not in use: places minus participants, never below 0. */
  freePlaces: Scalars['Int']['output'];
  /** NAV's id of the measure instance. */
  id: Scalars['ID']['output'];
  /** The measure delivered, with its name and Arena code. */
  measure: NavMeasure;
  /** The measure delivered. */
  measureCode: NavMeasureCode;
  /** Name of the instance, e.g. "Varig tilrettelagt arbeid, Arba Inkludering". */
  name: Scalars['String']['output'];
  /** NAV's number of the instance, year/serial, e.g. "2016/104411". */
  number: Scalars['String']['output'];
  /** The catalogue offer the instance is delivered as; null when it has none in the catalogue. */
  offer?: Maybe<Offer>;
  /** Whether NAV can sign participants up now (åpen for påmelding). */
  openForSignup: Scalars['Boolean']['output'];
  /** The provider's organisation number, which NAV uses; null until it is registered. */
  organisationNumber?: Maybe<Scalars['String']['output']>;
  /** Records with status DELTAR: places in use. */
  participants: Scalars['Int']['output'];
  /** Where participants meet (oppmøtested), e.g. "Bærum". */
  placeOfAttendance?: Maybe<Scalars['String']['output']>;
  /** Places NAV has agreed with the provider (antallPlasser). */
  places: Scalars['Int']['output'];
  /** The provider that delivers it, by its provider id in the catalogue, e.g. "arba". */
  providerOrganisation: Scalars['String']['output'];
  /** The instance's live records, newest status first, for NAV's staff: NAV's record ids, statuses, dates and extent, never the person (the adapter keeps a pseudonym only). Refused with FORBIDDEN for anyone else. */
  records: Array<NavParticipantRecord>;
  /** First day of the instance. */
  startDate: Scalars['Date']['output'];
  /** How participants start: continuously, together, or one by one. */
  startType: NavStartType;
  /** Whether the instance is running. */
  status: NavMeasureInstanceStatus;
  /** Live records by NAV status (applied, assessed, waiting, starting, taking part, ended …), for NAV's staff: statuses without records are left out. Refused with FORBIDDEN for anyone else. */
  statusCounts: Array<NavStatusCount>;
  /** Records with status VENTELISTE: people on the waiting list. */
  waiting: Scalars['Int']['output'];
};

/** Whether a measure instance (gjennomføring) is running, in NAV’s words. */
export type NavMeasureInstanceStatus =
  /** Stopped after it started (avbrutt). */
  | 'AVBRUTT'
  /** Cancelled before it started (avlyst). */
  | 'AVLYST'
  /** Ended as planned (avsluttet). */
  | 'AVSLUTTET'
  /** Running (gjennomføres). */
  | 'GJENNOMFORES';

/** What NAV's records say about a participant: participations and waiting lists. */
export type NavParticipant = {
  __typename?: 'NavParticipant';
  /** Participations in NAV measures, newest status first. */
  records: Array<NavParticipantRecord>;
  /** The waiting lists the participant is on, with places. */
  waitingLists: Array<NavWaitingPosition>;
};

/** A participant record (deltaker): one person's participation in one NAV measure instance. */
export type NavParticipantRecord = {
  __typename?: 'NavParticipantRecord';
  /** When NAV last changed the record; the newest change wins on import. */
  changedAt: Scalars['DateTime']['output'];
  /** Last day in the measure; null while open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Extent of the participation over time (deltakelsesmengder), oldest first; empty when not set. */
  extent: Array<NavExtentPeriod>;
  /** NAV's id of the record (the topic's key). */
  id: Scalars['ID']['output'];
  /** The measure instance the record is in. */
  measureInstance: NavMeasureInstance;
  /** When NAV registered the record. */
  registeredAt: Scalars['DateTime']['output'];
  /** The NAV system the record came from. */
  source: NavRecordSource;
  /** First day in the measure; null before a start is set. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Status of the record in NAV. */
  status: NavParticipantStatus;
  /** When the record got its current status. */
  statusAt: Scalars['DateTime']['output'];
  /** Why the record got its status, when NAV says. */
  statusReason?: Maybe<NavStatusReason>;
  /** The reason in free text; only with the reason ANNET, where NAV requires it. */
  statusReasonText?: Maybe<Scalars['String']['output']>;
  /** Version of the record in this adapter; it grows with every change imported. */
  version: Scalars['Int']['output'];
};

/** A participant record's status in NAV (DeltakerStatus), in NAV's words. */
export type NavParticipantStatus =
  /** Stopped before the end (avbrutt). Final. */
  | 'AVBRUTT'
  /** A draft sign-up that was withdrawn. Final. */
  | 'AVBRUTT_UTKAST'
  /** Takes part (deltar): uses one of the instance’s places. */
  | 'DELTAR'
  /** Registered by mistake (feilregistrert). Final. */
  | 'FEILREGISTRERT'
  /** Completed a course with a common start (fullført). Final. */
  | 'FULLFORT'
  /** Has left (har sluttet); how VTA and AFT places end. Final. */
  | 'HAR_SLUTTET'
  /** Not relevant any more, never started (ikke aktuell). Final. */
  | 'IKKE_AKTUELL'
  /** A draft NAV has not shared with the person yet (kladd). */
  | 'KLADD'
  /** Applied for a place (søkt inn). */
  | 'SOKT_INN'
  /** A draft sign-up shared with the person for approval. */
  | 'UTKAST_TIL_PAMELDING'
  /** On the waiting list of this measure instance (venteliste). */
  | 'VENTELISTE'
  /** Has a place and waits for the start date (venter på oppstart). */
  | 'VENTER_PA_OPPSTART'
  /** Being assessed by the provider (vurderes). */
  | 'VURDERES';

/** The NAV system a participant record came from (kilde). */
export type NavRecordSource =
  /** NAV's old case system Arena. */
  | 'ARENA'
  /** NAV's new participant solution (team Komet). */
  | 'KOMET';

/** How participants start in a measure instance (oppstartstype). */
export type NavStartType =
  /** A single place bought for one participant (enkeltplass). */
  | 'ENKELTPLASS'
  /** Common start (felles): a class starts together on one date. */
  | 'FELLES'
  /** Continuous start (løpende): each participant starts when a place is free; VTA and AFT. */
  | 'LOPENDE';

/** State-financed VTA places at a municipality's disposal in one year. */
export type NavStateVtaAllocation = {
  __typename?: 'NavStateVtaAllocation';
  /** places − inUse, not below 0; hidden with the same rules. */
  free: StatCount;
  /** Stable id of the allocation. */
  id: Scalars['ID']['output'];
  /** NAV's VTA participations at the municipality running on the year's last day, or today while the year runs (its first day before it begins). Outside case work small counts are hidden. */
  inUse: StatCount;
  /** The municipality, e.g. "Bærum". */
  municipality: Scalars['String']['output'];
  /** Number of state VTA places. */
  places: Scalars['Int']['output'];
  /** The year the places are for. */
  year: Scalars['Int']['output'];
};

/** A municipality's state VTA places in one period, and how many are in use on the period's `asOf`. Aggregates only; outside case work small counts are hidden. */
export type NavStateVtaPeriod = {
  __typename?: 'NavStateVtaPeriod';
  /** places − inUse, not below 0. */
  free: StatCount;
  /** NAV's VTA participations at the municipality running on `period.asOf`. */
  inUse: StatCount;
  /** The municipality, e.g. "Bærum". */
  municipality: Scalars['String']['output'];
  /** The period. */
  period: StatisticsPeriod;
  /** State VTA places at the municipality's disposal in the year of `period.asOf`. */
  places: Scalars['Int']['output'];
};

/** How many live records of a measure instance are in one NAV status. */
export type NavStatusCount = {
  __typename?: 'NavStatusCount';
  /** Live records in that status. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: NavParticipantStatus;
};

/** Why a record got its status (aarsak); only with HAR_SLUTTET, IKKE_AKTUELL, AVBRUTT and AVBRUTT_UTKAST. */
export type NavStatusReason =
  /** Another reason, described in free text (annet). */
  | 'ANNET'
  /** NAV's contract with the provider was cancelled (avlyst kontrakt). */
  | 'AVLYST_KONTRAKT'
  /** Got a job (fått jobb). */
  | 'FATT_JOBB'
  /** Did not get a place (fikk ikke plass). */
  | 'FIKK_IKKE_PLASS'
  /** Did not turn up (ikke møtt). */
  | 'IKKE_MOTT'
  /** Did not meet the requirements of the measure (krav ikke oppfylt). */
  | 'KRAV_IKKE_OPPFYLT'
  /** The course was full (kurs fullt). */
  | 'KURS_FULLT'
  /** The cooperation with the provider was broken off (samarbeidet med arrangøren er avbrutt). */
  | 'SAMARBEIDET_MED_ARRANGOREN_ER_AVBRUTT'
  /** Ill (syk). */
  | 'SYK'
  /** Needs other support (trenger annen støtte). */
  | 'TRENGER_ANNEN_STOTTE'
  /** Started education (utdanning). */
  | 'UTDANNING';

/** One entry of a waiting list, without the person: place in the queue and since when. */
export type NavWaitingListEntry = {
  __typename?: 'NavWaitingListEntry';
  /** Place in the queue: 1 has waited longest. */
  position: Scalars['Int']['output'];
  /** Id of the participant record (deltaker) in NAV. */
  recordId: Scalars['ID']['output'];
  /** On the waiting list since this day. */
  since: Scalars['Date']['output'];
};

/** A participant's place on the waiting list of one measure instance. */
export type NavWaitingPosition = {
  __typename?: 'NavWaitingPosition';
  /** The measure instance waited for. */
  measureInstance: NavMeasureInstance;
  /** Place in the queue: 1 is the person who has waited longest. */
  position: Scalars['Int']['output'];
  /** On the waiting list since this day. */
  since: Scalars['Date']['output'];
  /** How many people wait for this measure instance in all. */
  waitingCount: Scalars['Int']['output'];
};

/** An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba"). */
export type Offer = {
  __typename?: 'Offer';
  /** Arba's detail of the offer: places, reservations, arenas and staffing; null when the offer is not Arba's. */
  arba?: Maybe<ArbaOffer>;
  /** Places, how many are occupied, upcoming and free, and how many wait, from the providers' feeds. */
  capacity: Capacity;
  /** When the offer was added to the catalogue. */
  createdAt: Scalars['DateTime']['output'];
  /** Groups and places at the municipal day services (BKD); null for an offer of another provider. */
  dayServices?: Maybe<DayServicesOffer>;
  /** Who decides on applications for this offer. */
  decidedBy: DecisionAuthority;
  /** What the offer contains, in plain language for applicants and guardians. */
  description: LocalizedText;
  /** Easy-read text (lettlest): a short version of the description in simple words, for people with an intellectual disability — short sentences, common words, one idea per sentence; 40–80 words in each language. Owned by whoever owns the description. An offer from before easy-read texts existed shows its description until its owner writes one. */
  easyRead: LocalizedText;
  /** Who may apply. */
  eligibility: LocalizedText;
  /** Hours a week in a full place; null when the offer is counted in days or varies. */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Stable id of the offer. */
  id: Scalars['ID']['output'];
  /** Main intake with a deadline, or continuous intake. */
  intakeMode: IntakeMode;
  /** Kind of offer; decides who grants a place. */
  kind: OfferKind;
  /** NAV's measure instances delivered as this offer (e.g. VTA at Arba); empty when there are none. */
  navMeasureInstances: Array<NavMeasureInstance>;
  /** The next application deadline (1 February) for main intake; null for continuous intake. */
  nextApplicationDeadline?: Maybe<Scalars['Date']['output']>;
  /** Whether applications are accepted now. */
  openForApplications: Scalars['Boolean']['output'];
  /** Number of places the provider has for this offer; null when not published. */
  places?: Maybe<Scalars['Int']['output']>;
  /** The provider that offers it. */
  provider: Provider;
  /** Where the offer takes place, e.g. "Rud" or "Emma Hjorth"; null when it varies. */
  site?: Maybe<Scalars['String']['output']>;
  /** Who keeps this catalogue entry. */
  source: CatalogueSource;
  /** Title, e.g. "Grøntgruppa på Emma Hjorth". */
  title: LocalizedText;
  /** Trade or field of work (fagområde), e.g. "Mat" or "Tre"; null for activity without one. */
  trade?: Maybe<Scalars['String']['output']>;
  /** When the offer was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** Bærum arbeidssenter's groups and sites for this offer; null when the offer is not the work centre's. */
  workCentre?: Maybe<WorkCentreOffer>;
};

/** A page of offers from the catalogue. */
export type OfferConnection = {
  __typename?: 'OfferConnection';
  /** The items on this page with their cursors. */
  edges: Array<OfferEdge>;
  /** The items on this page, without cursors (a shortcut for `edges { node }`). */
  nodes: Array<Offer>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Offer in a page, with the cursor that points at it. */
export type OfferEdge = {
  __typename?: 'OfferEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Offer. */
  node: Offer;
};

/** One value of a catalogue facet and how many offers have it. */
export type OfferFacetCount = {
  __typename?: 'OfferFacetCount';
  /** Offers with this value that meet the other conditions of the filter. */
  count: Scalars['Int']['output'];
  /** The value, as the filter takes it: a provider id, an OfferKind or IntakeMode name, or a trade or site. */
  value: Scalars['String']['output'];
};

/** The values in use in the catalogue, for building filters, with how many offers have each. */
export type OfferFacets = {
  __typename?: 'OfferFacets';
  /** Offers per intake mode (`value` is the IntakeMode), counted over the filter without its `intakeMode`; most first. */
  intakeModeCounts: Array<OfferFacetCount>;
  /** Offers per kind (`value` is the OfferKind), counted over the filter without its `kinds`; most first. */
  kindCounts: Array<OfferFacetCount>;
  /** Offers per provider (`value` is the provider id), counted over the filter without its `providerIds`; most first, then by id. */
  providerCounts: Array<OfferFacetCount>;
  /** Offers per site, counted over the filter without its `site`; in Norwegian order. No site is left out. */
  siteCounts: Array<OfferFacetCount>;
  /** Sites in use, sorted. */
  sites: Array<Scalars['String']['output']>;
  /** Offers per trade, counted over the filter without its `trade`; in Norwegian order. No trade is left out. */
  tradeCounts: Array<OfferFacetCount>;
  /** Trades in use, sorted. */
  trades: Array<Scalars['String']['output']>;
};

/** Narrows the catalogue. All given conditions must hold; lists match any of their values. */
export type OfferFilter = {
  /** Only offers that have (true) or have not (false) free places today, as `capacity.free` counts them; an offer without published places has none. */
  hasFreePlaces?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers with this intake mode. */
  intakeMode?: InputMaybe<IntakeMode>;
  /** Only offers of these kinds. */
  kinds?: InputMaybe<Array<OfferKind>>;
  /** Only offers that are (true) or are not (false) open for applications. */
  openForApplications?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers of these providers. */
  providerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free text: every word must occur in the title, description, trade, site or provider name (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only offers at this site (exact value, as listed by `offerFacets`). */
  site?: InputMaybe<Scalars['String']['input']>;
  /** Only offers in this trade (exact value, as listed by `offerFacets`). */
  trade?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of offer. The kind decides who grants a place and how intake works by default. */
export type OfferKind =
  /** Daily activity (aktivitetstilbud), granted by the allocation office. */
  | 'ACTIVITY'
  /** Municipal adapted work (tilrettelagt arbeid), up to 30 hours a week, granted by the allocation office. */
  | 'ADAPTED_WORK'
  /** Work preparatory training (arbeidsforberedende trening): time-limited, granted by NAV. */
  | 'AFT'
  /** Apprenticeship (lærling) ending in a trade certificate. */
  | 'APPRENTICESHIP'
  /** Training candidate (lærekandidat): a simplified apprenticeship ending in a certificate of competence. */
  | 'TRAINING_CANDIDATE'
  /** Permanent adapted work in a sheltered company (varig tilrettelagt arbeid), granted by NAV. */
  | 'VTA'
  /** Permanent adapted work in an ordinary business (VTA i ordinær virksomhet), granted by NAV. */
  | 'VTAO'
  /** A programme for young people, e.g. Ung i Jobb at Arba. */
  | 'YOUTH_PROGRAMME';

/** How the catalogue is sorted. Ties are broken by title (Norwegian order: æ, ø, å after z), then id. */
export type OfferOrder =
  /** Most free places first (as `capacity.free` counts them today); offers without published places last. */
  | 'FREE_PLACES'
  /** Soonest application deadline first (`nextApplicationDeadline`); offers with continuous intake (no deadline) last. */
  | 'NEXT_DEADLINE'
  /** By title in Norwegian alphabetical order (the default). */
  | 'TITLE';

/** The allocation office’s workspace (Tildelingskontoret): participants, waiting lists and feeds as its pages show them. Only case workers may select `office`; each field answers as the root field of the same name does for them. */
export type Office = {
  __typename?: 'Office';
  /** Every provider feed the hub follows, by provider id, as `Query.feeds`. */
  feeds: Array<FeedStatus>;
  /** One participant by id; null when there is none with that id, as `Query.participant`. */
  participant?: Maybe<Participant>;
  /** Participants by family name, then given name, with cursor pagination, as `Query.participants`. */
  participants: ParticipantConnection;
  /** Everyone on a waiting list, across providers, longest waiting first, as `Query.waitingList`; with `kinds`, only those waiting for an offer of these kinds (e.g. VTA: the VTA list across providers that shows the state the need). */
  waitingList: Array<WaitingEntry>;
};


/** The allocation office’s workspace (Tildelingskontoret): participants, waiting lists and feeds as its pages show them. Only case workers may select `office`; each field answers as the root field of the same name does for them. */
export type OfficeParticipantArgs = {
  id: Scalars['ID']['input'];
};


/** The allocation office’s workspace (Tildelingskontoret): participants, waiting lists and feeds as its pages show them. Only case workers may select `office`; each field answers as the root field of the same name does for them. */
export type OfficeParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The allocation office’s workspace (Tildelingskontoret): participants, waiting lists and feeds as its pages show them. Only case workers may select `office`; each field answers as the root field of the same name does for them. */
export type OfficeWaitingListArgs = {
  includeLeft?: Scalars['Boolean']['input'];
  kinds?: InputMaybe<Array<OfferKind>>;
  offerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Ascending or descending. Rows without a value (no deadline, not submitted) stay last either way. */
export type OrderDirection =
  /** Ascending: A to Å, oldest or soonest first, the course’s order. */
  | 'ASC'
  /** Descending: Å to A, newest or latest first, the course backwards. */
  | 'DESC';

/** Where a page sits in a list: whether more items exist on either side, and the cursors at its ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items exist after this page (pass `endCursor` as `after`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items exist before this page (pass `startCursor` as `before`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A participant: a person who applies for, or has, a place in adapted work or daily activity. Seen only by the allocation office, the participant and their guardians, the providers they have, had or applied for a place with, and NAV’s staff when NAV-linked; anyone else gets null, as for an unknown id. */
export type Participant = {
  __typename?: 'Participant';
  /** The participant’s applications, oldest first: for provider staff only those choosing their offers, for NAV’s staff those for a state place. */
  applications: Array<Application>;
  /** Date of birth (YYYY-MM-DD), derived from the national identity number. */
  birthDate: Scalars['Date']['output'];
  /** The participant’s placements over time with the transitions. */
  career: Career;
  /** The career plan (karriereplan); null until set, and for NAV’s staff (not shared with NAV). */
  careerPlan?: Maybe<CareerPlan>;
  /** The participant’s correction requests and their answers, newest first. */
  correctionRequests: Array<CorrectionRequest>;
  /** When the participant was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Decisions on the participant’s applications, and changed decisions after flow meetings, oldest first (those the caller may see). */
  decisions: Array<Decision>;
  /** E-mail address for letters and notices, if the participant wants one used. */
  email?: Maybe<Scalars['String']['output']>;
  /** Family name. */
  familyName: Scalars['String']['output'];
  /** Given and family name together, for lists. */
  fullName: Scalars['String']['output'];
  /** Given name(s). */
  givenName: Scalars['String']['output'];
  /** Guardians and next of kin, in the order the participant gave them. */
  guardians: Array<Guardian>;
  /** Stable id of the participant, used across all providers. */
  id: Scalars['ID']['output'];
  /** NAV's records of the participant; null when the hub has no identity number to match them by, or when the caller may not see them: NAV staff and the case worker see everyone’s, an applicant or guardian their own, provider staff and the analyst no one’s. */
  nav?: Maybe<NavParticipant>;
  /** NAV’s grants of state places (VTA, AFT, VTAO) to the participant, as the NAV adapter reports them, withdrawn ones included; oldest status first. */
  navGrants: Array<NavGrant>;
  /** Phone number, e.g. "+4791234567". */
  phone?: Maybe<Scalars['String']['output']>;
  /** The participant's path: every placement at every provider, past, current and planned, oldest first. Each provider's own detail is in its field on Placement (and refused by that provider where the caller may not see it). */
  placements: Array<Placement>;
  /** Who read this participant's personal data, newest first: for the participant, a guardian and the privacy officer. Refused with FORBIDDEN for anyone else. */
  readLog: AuditEntryConnection;
  /** The participant’s transitions between offers, oldest first: for provider staff those involving their provider, for NAV’s staff those involving a state place. */
  transitions: Array<Transition>;
  /** When the participant was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** The assessment for a VTA place; null until an application of theirs is submitted. */
  vtaAssessment?: Maybe<VtaAssessment>;
  /** Waiting lists the participant is or was on, across providers, oldest first. Provider staff see their own provider’s lists only, NAV’s staff those for state places. */
  waitingLists: Array<WaitingEntry>;
};


/** A participant: a person who applies for, or has, a place in adapted work or daily activity. Seen only by the allocation office, the participant and their guardians, the providers they have, had or applied for a place with, and NAV’s staff when NAV-linked; anyone else gets null, as for an unknown id. */
export type ParticipantPlacementsArgs = {
  status?: InputMaybe<Array<PlacementStatus>>;
};


/** A participant: a person who applies for, or has, a place in adapted work or daily activity. Seen only by the allocation office, the participant and their guardians, the providers they have, had or applied for a place with, and NAV’s staff when NAV-linked; anyone else gets null, as for an unknown id. */
export type ParticipantReadLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of participants. */
export type ParticipantConnection = {
  __typename?: 'ParticipantConnection';
  /** The items on this page with their cursors. */
  edges: Array<ParticipantEdge>;
  /** The items on this page, without cursors (a shortcut for `edges { node }`). */
  nodes: Array<Participant>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Participant in a page, with the cursor that points at it. */
export type ParticipantEdge = {
  __typename?: 'ParticipantEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Participant. */
  node: Participant;
};

/** Narrows the participant list. */
export type ParticipantFilter = {
  /** Every word must occur in the given or family name (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One participant's place in one offer for a period, at any provider. The provider's own detail is in its field (e.g. `workCentre`). */
export type Placement = {
  __typename?: 'Placement';
  /** Arba's detail of the placement; null when the placement is not at Arba, or when the caller may not see it: Arba's own staff and the case worker see every one, an applicant or guardian their own, NAV's staff AFT placements only (periods and outcome), staff of other providers none. */
  arba?: Maybe<ArbaPlacement>;
  /** The placement as the municipal day services keep it; null when it is not a day-services placement, and null when the caller may not see it (only the allocation office, BKD's own staff and system, and the participant or their guardian may). */
  dayServices?: Maybe<DayServicesPlacement>;
  /** Days a week, where the provider counts in days. */
  daysPerWeek?: Maybe<Scalars['Int']['output']>;
  /** Last day (YYYY-MM-DD); null while open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Hours a week, where the provider counts in hours. */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Stable id of the placement, the provider's own. */
  id: Scalars['ID']['output'];
  /** The offer in the catalogue; null if the provider has not (yet) published it. */
  offer?: Maybe<Offer>;
  /** Whose place it is; null if unknown to the hub. */
  participant?: Maybe<Participant>;
  /** The provider where the place is. */
  provider?: Maybe<Provider>;
  /** First day (YYYY-MM-DD). */
  startDate: Scalars['Date']['output'];
  /** Planned, active or ended, as of today. */
  status: PlacementStatus;
  /** When the hub last learned of a change. */
  updatedAt: Scalars['DateTime']['output'];
  /** The placement's detail at Bærum arbeidssenter; null when the placement is not the work centre's, and null when the caller may not see it (only the allocation office, the work centre's own staff and system, and the participant or their guardian may). */
  workCentre?: Maybe<WorkCentrePlacement>;
};

/** Why the provider refused the placement of a granted decision. */
export type PlacementRefusal = {
  __typename?: 'PlacementRefusal';
  /** The provider’s error code, e.g. FAILED_PRECONDITION or BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  /** The provider’s message, for the case worker. */
  message: Scalars['String']['output'];
  /** The provider’s rule for FAILED_PRECONDITION, e.g. GROUP_FULL or ALREADY_PLACED; else null. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** Where a placement stands on the current date. */
export type PlacementStatus =
  /** Current: started and not ended. */
  | 'ACTIVE'
  /** Ended before today. */
  | 'ENDED'
  /** Starts later. */
  | 'PLANNED';

/** A proposed transition between offers (dynamisk flyt). */
export type ProposeTransitionInput = {
  /** The current placements it ends or changes (one or more; CHANGE_EXTENT ends the old extent). */
  from: Array<TransitionFromInput>;
  /** What kind of change it is. */
  kind: TransitionKind;
  /** Id of the participant. */
  participantId: Scalars['ID']['input'];
  /** The participant’s own wish, in their words; at most 2000 characters. */
  participantWish: Scalars['String']['input'];
  /** The offers it starts (one or more). */
  targets: Array<TransitionTargetInput>;
};

/** An organisation that offers or coordinates adapted work and daily activity. */
export type Provider = {
  __typename?: 'Provider';
  /** Capacity summed over the provider's offers. */
  capacity: Capacity;
  /** What the organisation does, in plain language. */
  description: LocalizedText;
  /** How far the hub has read the provider's change feed; null for a provider without one, and for provider staff of another provider. */
  feed?: Maybe<FeedStatus>;
  /** Stable key, e.g. "baerum-arbeidssenter". */
  id: Scalars['ID']['output'];
  /** What kind of organisation this is. */
  kind: ProviderKind;
  /** Municipality the organisation belongs to or is located in, e.g. "Bærum". */
  municipality: Scalars['String']['output'];
  /** Full name, e.g. "Bærum arbeidssenter". */
  name: Scalars['String']['output'];
  /** The provider's offers in the catalogue, by title. */
  offers: Array<Offer>;
  /** Norwegian organisation number (9 digits) from the Central Coordinating Register; null until registered. */
  organisationNumber?: Maybe<Scalars['String']['output']>;
  /** Short name used in lists, e.g. "BA". */
  shortName: Scalars['String']['output'];
};

/** One provider's capacity over all its offers in the catalogue. */
export type ProviderCapacity = {
  __typename?: 'ProviderCapacity';
  /** Places neither occupied nor taken by an upcoming placement (never below 0); null when places are not published, or when hidden because it would reveal a hidden count (`suppressed`). */
  free?: Maybe<Scalars['Int']['output']>;
  /** Whether a place is free today (`free` above 0), also when the number is hidden: a yes or no reveals no count of people (as the `hasFreePlaces` filter). */
  hasFreePlaces: Scalars['Boolean']['output'];
  /** Placements current today; null when hidden (`suppressed`). */
  occupied?: Maybe<Scalars['Int']['output']>;
  /** Places published by the provider; null when not published. */
  places?: Maybe<Scalars['Int']['output']>;
  /** The provider counted. */
  provider: Provider;
  /** Whether any figure here is hidden to protect small numbers of people (counts from 1 to 4 outside case work, and what they could be worked out from). */
  suppressed: Scalars['Boolean']['output'];
  /** Placements decided that start later: taken, though not yet in use; null when hidden (`suppressed`). */
  upcoming?: Maybe<Scalars['Int']['output']>;
  /** People on a waiting list for it now; null when hidden (`suppressed`). */
  waiting?: Maybe<Scalars['Int']['output']>;
};

/** What kind of organisation a provider is. */
export type ProviderKind =
  /** Coordinates intake and transitions but offers no places itself (the allocation office, Tildelingskontoret). */
  | 'COORDINATOR'
  /** A company owned by a municipality, e.g. the labour-market company Arba. */
  | 'MUNICIPAL_COMPANY'
  /** A municipal service that offers places by administrative decision (vedtak), e.g. the day services. */
  | 'MUNICIPAL_SERVICE'
  /** An independent organisation that offers places in cooperation with the municipality or NAV. */
  | 'PARTNER'
  /** A state agency, i.e. NAV, which grants VTA, VTAO and AFT. */
  | 'STATE_AGENCY';

export type Query = {
  __typename?: 'Query';
  /** One application by id; null when there is none, or when the caller may not see it (the same answer). */
  application?: Maybe<Application>;
  /** One application as the allocation office’s case (case workers only; everyone else is refused, so the case page is never answered to another role); null for an unknown id. */
  applicationCase?: Maybe<Application>;
  /** The application form for a kind of offer: the questions it asks, with labels in nb and en. */
  applicationForm: ApplicationForm;
  /** The allocation office’s worklist (case workers only): a page of applications as `applications` gives it, and the count of each status over the same filter without its `status`, for the status filter’s menu. */
  applicationWorklist: ApplicationWorklist;
  /** Applications the caller may see, newest first unless `orderBy` says otherwise, with filters and cursor pagination; `totalCount` counts the same. */
  applications: ApplicationConnection;
  /** Where AFT participants went when AFT ended, by period, against NAV’s requirement. BAD_USER_INPUT for a bad period. */
  arbaAftOutcomeStatistics: Array<ArbaAftOutcomePeriod>;
  /** Arba's work arenas, by name. */
  arbaArenas: Array<ArbaArena>;
  /** Participants per supervisor today, per measure (VTA, then AFT): first the whole measure (arena null), then each arena where it has participants or supervisors, by arena name. */
  arbaSupervisorRatios: Array<ArbaSupervisorRatio>;
  /** VTA participants’ individual goals set by period, and how many were reached. BAD_USER_INPUT for a bad period. */
  arbaVtaGoalStatistics: Array<ArbaVtaGoalPeriod>;
  /** Who read a participant's personal data, newest first: for the privacy officer, and for the participant or a guardian (their own). Refused with FORBIDDEN for anyone else. */
  auditLog: AuditEntryConnection;
  /** Capacity per provider across the catalogue, for dashboards: aggregates only, no person. Every provider in the registry, by name; one without offers or placements has zeros (and `places` null when none is published). Outside case work counts of 1 to 4 people, and what they could be worked out from, are hidden (`suppressed`). */
  capacityOverview: Array<ProviderCapacity>;
  /** Capacity over time for dashboards (issue 18): places, occupied, upcoming, free, waiting, started and ended, per period and group, with totals. Aggregates only, no person. Outside case work (the public, analysts, NAV, provider staff, guardians) a count of 1 to 4 people is hidden, and so is any count it could be worked out from over the whole answer (docs/security.md, "Small counts"). A past period's figures are what the hub would have answered on its last day, except places (today's places). Bad periods give BAD_USER_INPUT; OFFER grouping outside case work too. */
  capacityStatistics: CapacityStatistics;
  /** Correction requests for the allocation office, oldest first (at most 500): the open ones by default. */
  correctionRequests: Array<CorrectionRequest>;
  /** All activity groups of the municipal day services, by name. */
  dayServicesGroups: Array<DayServicesGroup>;
  /** A participant's placements at the day services, newest start first (ended ones included). Empty when the caller may not see the participant's placements here (only the allocation office, BKD's own staff and system, and the participant or their guardian may). */
  dayServicesPlacements: Array<DayServicesPlacement>;
  /** One decision by id; null when there is none, or when the caller may not see it (the same answer). */
  decision?: Maybe<Decision>;
  /** The letters a decision would send, bokmål first and then English, for the same input as decideApplication, without writing or asking the provider for a place (its groups may be asked, as decideApplication asks them). Refused as decideApplication would refuse the input: NOT_FOUND, CONFLICT, BAD_USER_INPUT, FAILED_PRECONDITION (APPLICATION_STATE, DECIDED_BY_NAV, START_BEFORE_DECISION). Case workers only. */
  decisionLetterPreview: Array<DecisionLetter>;
  /** Every provider feed the hub follows, by provider id; for provider staff, their own provider’s. */
  feeds: Array<FeedStatus>;
  /** One flow meeting by id; null when there is none. */
  flowMeeting?: Maybe<FlowMeeting>;
  /** The flow meetings held in the period (their week begun), oldest first, with the transitions on each agenda by outcome. BAD_USER_INPUT for a bad period. */
  flowMeetingStatistics: Array<FlowMeetingStatistics>;
  /** The flow meetings of a year, spring (week 18) first. */
  flowMeetings: Array<FlowMeeting>;
  /** Guardianships claimed by signed-in guardians, oldest first (the allocation office): those still to confirm with `status: CLAIMED`. */
  guardianships: Array<Guardianship>;
  /** The intake calendar of the main intake with the deadline 1 February `year`, by date: the information meeting the autumn before, open days, the deadline, and the flow meetings of that year. */
  intakeCalendar: Array<IntakeCalendarEvent>;
  /** Applications submitted in the period, one row per intake round, by the decision they had at its end (or today). BAD_USER_INPUT for a bad period. */
  intakeStatistics: Array<IntakeRoundStatistics>;
  /** The signed-in person: their own participant (null until they have registered), and the birth date of the identity number they signed in with. */
  me: Me;
  /** One measure instance by id; null when there is none with that id. */
  navMeasureInstance?: Maybe<NavMeasureInstance>;
  /** Measure instances (gjennomføringer), by number. */
  navMeasureInstances: Array<NavMeasureInstance>;
  /** The NAV measures the adapter knows, with their Arena codes. */
  navMeasures: Array<NavMeasure>;
  /** State VTA places at the disposal of each municipality, newest year first. */
  navStateVtaPlaces: Array<NavStateVtaAllocation>;
  /** Each municipality's state VTA places by period, with those in use on each period's `asOf`; a period of a year without an allocation has no row. BAD_USER_INPUT for a bad period. */
  navStateVtaPlacesOverTime: Array<NavStateVtaPeriod>;
  /** The waiting list of a measure instance, longest waiting first; empty for an unknown instance. Entry by entry for NAV staff and the case worker; an applicant or guardian gets an empty list here (the adapter knows people by pseudonym only) and finds their own position under `Participant.nav.waitingLists`. How many wait is public: `NavMeasureInstance.waiting`. */
  navWaitingList: Array<NavWaitingListEntry>;
  /** One offer by id; null when there is none with that id. */
  offer?: Maybe<Offer>;
  /** Trades and sites in use in the catalogue, for filter menus, and per provider, kind, trade, site and intake mode how many offers the filter finds when that facet’s own condition is left out (so a menu shows what choosing another value would give). */
  offerFacets: OfferFacets;
  /** The common offer catalogue across all providers, by title unless `orderBy` says otherwise, with filters and cursor pagination. */
  offers: OfferConnection;
  /** The allocation office’s workspace: FORBIDDEN for anyone but a case worker, so that its pages’ operations are refused as a whole to every other role. */
  office: Office;
  /** Places granted in the caller's own provider's offers (decisions on applications) that the provider has not started: no placement linked to the decision, and none of the participant's in that offer in the hub's index that has not ended. For the provider's staff and system only, who start them (e.g. VTA or AFT after NAV's grant); by start date. */
  ownGrantsToStart: Array<Decision>;
  /** The placements at the caller's own provider (as `ownProvider`), by start and id: for the provider's staff and system only. Each has the provider's own detail in its field. */
  ownPlacements: Array<Placement>;
  /** The provider the caller works for (provider staff: the token's provider; a partner system: by organisation number); null when the registry has none. For provider staff and partner systems only. */
  ownProvider?: Maybe<Provider>;
  /** One participant by id; null when there is none with that id, or when the caller may not see them (the same answer, so it tells nothing of who exists). */
  participant?: Maybe<Participant>;
  /** Participants by family name, then given name, with cursor pagination. Only those the caller may see (their own, their provider’s, NAV-linked; all for the allocation office); `totalCount` counts the same. */
  participants: ParticipantConnection;
  /** Several participants by id (at most 1000), in the order given; null where there is none with an id or the caller may not see them. For lists such as a caseload. */
  participantsByIds: Array<Maybe<Participant>>;
  /** One provider by id; null when there is none with that id. */
  provider?: Maybe<Provider>;
  /** All organisations in the provider registry, by name. */
  providers: Array<Provider>;
  /** The hub’s day in Norway (YYYY-MM-DD): the day its deadlines and flow meetings go by (e.g. whether a meeting’s week has begun), so a page says what the hub will do rather than what the device’s clock says. */
  today: Scalars['Date']['output'];
  /** One transition by id; null when there is none, or when the caller may not see it (the same answer). */
  transition?: Maybe<Transition>;
  /** The allocation office’s transitions in the statuses given, oldest first: PROPOSED for those waiting for a flow meeting’s agenda (new, or postponed), EXECUTING and REVERTING for those under way (see `stalled`). Empty for an empty list. FORBIDDEN for anyone but the allocation office. */
  transitionsByStatus: Array<Transition>;
  /** Everyone on a waiting list the caller may see, across providers, longest waiting first: their own participants’ entries, their provider’s lists, NAV’s staff the state places’ (everything for the allocation office). Counts for everyone are in `Capacity.waiting`. */
  waitingList: Array<WaitingEntry>;
  /** Waiting for a place over time, by kind of offer (VTA in particular): how many wait, how long they have waited so far, how many left for a place. One row per kind per period (kinds by label, then the entries without a known offer). Outside case work (the public, analysts, NAV, provider staff, guardians) a count of 1 to 4 people is hidden, and so is any count it could be worked out from over the whole answer (docs/security.md, "Small counts"). */
  waitingTimeStatistics: Array<WaitingTimeRow>;
  /** Bærum arbeidssenter's work groups by name, optionally narrowed. */
  workCentreGroups: Array<WorkCentreGroup>;
  /** Bærum arbeidssenter's sites, by name. */
  workCentreSites: Array<WorkCentreSite>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationFormArgs = {
  kind: OfferKind;
};


export type QueryApplicationWorklistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
};


export type QueryArbaAftOutcomeStatisticsArgs = {
  period: StatisticsPeriodInput;
};


export type QueryArbaVtaGoalStatisticsArgs = {
  period: StatisticsPeriodInput;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  participantId: Scalars['ID']['input'];
};


export type QueryCapacityStatisticsArgs = {
  groupBy?: StatisticsGrouping;
  period: StatisticsPeriodInput;
};


export type QueryCorrectionRequestsArgs = {
  status?: Array<CorrectionStatus>;
};


export type QueryDayServicesPlacementsArgs = {
  participantId: Scalars['ID']['input'];
};


export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecisionLetterPreviewArgs = {
  input: DecideApplicationInput;
};


export type QueryFlowMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFlowMeetingStatisticsArgs = {
  period: StatisticsPeriodInput;
};


export type QueryFlowMeetingsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryGuardianshipsArgs = {
  status?: InputMaybe<GuardianshipStatus>;
};


export type QueryIntakeCalendarArgs = {
  year: Scalars['Int']['input'];
};


export type QueryIntakeStatisticsArgs = {
  period: StatisticsPeriodInput;
};


export type QueryNavMeasureInstanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNavMeasureInstancesArgs = {
  measureCode?: InputMaybe<NavMeasureCode>;
  providerOrganisation?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNavStateVtaPlacesOverTimeArgs = {
  period: StatisticsPeriodInput;
};


export type QueryNavWaitingListArgs = {
  measureInstanceId: Scalars['ID']['input'];
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfferFacetsArgs = {
  filter?: InputMaybe<OfferFilter>;
};


export type QueryOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OfferOrder>;
};


export type QueryOwnPlacementsArgs = {
  participantId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<PlacementStatus>>;
};


export type QueryParticipantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParticipantsByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransitionsByStatusArgs = {
  statuses: Array<TransitionStatus>;
};


export type QueryWaitingListArgs = {
  includeLeft?: Scalars['Boolean']['input'];
  offerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWaitingTimeStatisticsArgs = {
  period: StatisticsPeriodInput;
};


export type QueryWorkCentreGroupsArgs = {
  site?: InputMaybe<Scalars['ID']['input']>;
  trade?: InputMaybe<WorkCentreTrade>;
};

/** What a flow meeting decided on a transition on its agenda. */
export type RecordTransitionOutcomeInput = {
  /** The transition’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The meeting’s note, at most 2000 characters; required when REJECTED (the reason). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Agreed, rejected or postponed. */
  outcome: FlowMeetingOutcome;
  /** Id of the transition; it must be ON_AGENDA. */
  transitionId: Scalars['ID']['input'];
};

/** The outcome of assessing the applicant for a VTA place. */
export type RecordVtaAssessmentInput = {
  /** An application of the participant; its submission opened the assessment. */
  applicationId: Scalars['ID']['input'];
  /** The assessment’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A short note, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The outcome. */
  outcome: VtaAssessmentOutcome;
};

/** Registering oneself: only a name and, if wanted, contact details. The national identity number is the one signed in with, never typed. */
export type RegisterMyselfInput = {
  /** E-mail address, if you want it used. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Family name, at most 100 characters. */
  familyName: Scalars['String']['input'];
  /** Given name(s), at most 100 characters. */
  givenName: Scalars['String']['input'];
  /** Phone number: 8 digits, or international with a leading +. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new participant. Only what intake needs; health and disability data do not belong here. */
export type RegisterParticipantInput = {
  /** E-mail address, if the participant wants one used. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Family name, at most 100 characters. */
  familyName: Scalars['String']['input'];
  /** Given name(s), at most 100 characters. */
  givenName: Scalars['String']['input'];
  /** Guardians or next of kin, at most 4, in the order given. */
  guardians?: InputMaybe<Array<GuardianInput>>;
  /** Norwegian national identity number or D-number, 11 digits. Stored to match NAV records; never returned. */
  nationalIdentityNumber: Scalars['String']['input'];
  /** Phone number: 8 digits, or international with a leading +. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new organisation for the provider registry. */
export type RegisterProviderInput = {
  /** What the organisation does, in plain language. */
  description: LocalizedTextInput;
  /** URL of the provider's change feed (http or https, ending in /feed); the hub follows it from the next round. */
  feedUrl?: InputMaybe<Scalars['String']['input']>;
  /** Stable key: lower-case letters, digits and hyphens, e.g. "asker-produkt". */
  id: Scalars['ID']['input'];
  /** What kind of organisation it is. */
  kind: ProviderKind;
  /** Municipality it belongs to or is located in. */
  municipality: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** Organisation number, 9 digits. */
  organisationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Short name for lists. */
  shortName: Scalars['String']['input'];
  /** The provider's subgraph, by its name in the composition (e.g. "asker-produkt"): the hub's service tokens for its feed and placements name it as their audience. */
  subgraph?: InputMaybe<Scalars['String']['input']>;
};

/** A guardian, signed in with ID-porten, names the young person they apply for. The guardian is known by the identity number they signed in with. */
export type RegisterWardInput = {
  /** The young person’s family name, at most 100 characters. */
  familyName: Scalars['String']['input'];
  /** The young person’s given name(s), at most 100 characters. */
  givenName: Scalars['String']['input'];
  /** Your own name, at most 200 characters. */
  guardianName: Scalars['String']['input'];
  /** The young person’s national identity number or D-number, 11 digits. Never returned. */
  nationalIdentityNumber: Scalars['String']['input'];
  /** How you are related to the young person. */
  relation: GuardianRelation;
};

/** A request to correct data about a participant. */
export type RequestCorrectionInput = {
  /** What it should say, at most 500 characters. */
  correctValue: Scalars['String']['input'];
  /** What it says now, at most 500 characters. */
  currentValue?: InputMaybe<Scalars['String']['input']>;
  /** What is wrong. */
  field: CorrectionField;
  /** Id of the participant. */
  participantId: Scalars['ID']['input'];
  /** Why, at most 2000 characters. */
  reason: Scalars['String']['input'];
};

/** Asking the provider again for the placement of a granted decision. */
export type RetryDecisionPlacementInput = {
  /** Id of the decision. */
  decisionId: Scalars['ID']['input'];
  /** The decision’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Another group of the same offer, e.g. after GROUP_FULL; the decision’s group when left out. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
};

/** Asking a provider again for one step of an executing transition. */
export type RetryTransitionStepInput = {
  /** The transition’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Id of the step; it must be REFUSED or UNREACHABLE. */
  stepId: Scalars['ID']['input'];
  /** Id of the transition; it must be EXECUTING. */
  transitionId: Scalars['ID']['input'];
};

/** Undoing the ends of an executing transition whose targets could not be started: the compensating step. */
export type RevertTransitionInput = {
  /** The transition’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why the change is undone, e.g. the target group was full; at most 2000 characters. Shown on the annulled decision and its letter. */
  reason: Scalars['String']['input'];
  /** Id of the transition; it must be EXECUTING, with no target started. */
  transitionId: Scalars['ID']['input'];
};

/** A participant’s career plan; each wish replaces the one stored (null clears it). */
export type SetCareerPlanInput = {
  /** Education wishes, at most 2000 characters. */
  educationWishes?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s `version` you read; refused with CONFLICT if it changed since. Leave out for a new plan. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Long-term wishes, at most 2000 characters. */
  longTermWishes?: InputMaybe<Scalars['String']['input']>;
  /** Id of the participant. */
  participantId: Scalars['ID']['input'];
  /** Short-term wishes, at most 2000 characters. */
  shortTermWishes?: InputMaybe<Scalars['String']['input']>;
};

/** Setting or removing the URL of a provider's change feed. */
export type SetProviderFeedInput = {
  /** The feed URL, or null to stop following. */
  feedUrl?: InputMaybe<Scalars['String']['input']>;
  /** Id of the provider, e.g. "arba". */
  providerId: Scalars['ID']['input'];
  /** The provider's subgraph, by its name in the composition (e.g. "asker-produkt"): the hub's service tokens for its feed and placements name it as their audience. Left out: unchanged; null: none. */
  subgraph?: InputMaybe<Scalars['String']['input']>;
};

/** A count of people, or why it is not given: outside case work a count from 1 to 4, and any count it could be worked out from, is hidden (null, `suppressed` true). */
export type StatCount = {
  __typename?: 'StatCount';
  /** Why it is hidden, in bokmål and English; null when shown. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Whether the count is hidden to protect small numbers of people. */
  suppressed: Scalars['Boolean']['output'];
  /** The count; null when hidden. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** A share of people: a part of a whole. Not given when the whole is under 5 people or either is hidden. */
export type StatShare = {
  __typename?: 'StatShare';
  /** The people counted in the share. */
  part: StatCount;
  /** part / whole, from 0 to 1, to four decimals; null when hidden. */
  share?: Maybe<Scalars['Float']['output']>;
  /** Whether the share is hidden. */
  suppressed: Scalars['Boolean']['output'];
  /** All the people the share is of. */
  whole: StatCount;
};

/** How up to date the hub's index of placements and waiting lists is: from the providers' feeds. */
export type StatisticsFreshness = {
  __typename?: 'StatisticsFreshness';
  /** Events the hub has not applied yet, over all feeds, as of their last reads. */
  eventsBehind: Scalars['Int']['output'];
  /** Providers whose change feed the hub follows. */
  feeds: Scalars['Int']['output'];
  /** The oldest of the feeds' last successful reads: every figure is at least as fresh as this; null when a feed has never been read, or there are none. */
  oldestReadToEndAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What one row of statistics counts: a provider, a kind of offer, an offer, or all. */
export type StatisticsGroup = {
  __typename?: 'StatisticsGroup';
  /** The group's key: "total", a provider's id, a kind (e.g. "VTA"), an offer's id. */
  key: Scalars['ID']['output'];
  /** The kind counted, when grouped by kind or by offer. */
  kind?: Maybe<OfferKind>;
  /** A label to show: the provider's name, the kind, the offer's title, or "Totalt". */
  label: Scalars['String']['output'];
  /** The offer counted, when grouped by offer. */
  offer?: Maybe<Offer>;
  /** The provider counted, when grouped by provider or offer. */
  provider?: Maybe<Provider>;
};

/** How the rows of capacity statistics are grouped. */
export type StatisticsGrouping =
  /** One group per kind of offer (VTA, AFT, daily activity, …). */
  | 'KIND'
  /** One group per offer: only for callers who see small counts (case work); others get BAD_USER_INPUT. */
  | 'OFFER'
  /** One group per provider with offers in the catalogue. */
  | 'PROVIDER'
  /** No groups: only the totals (`rows` is the same as `totals`). */
  | 'TOTAL';

/** The length of each period in statistics over time; periods follow the calendar. */
export type StatisticsInterval =
  /** Calendar months. */
  | 'MONTH'
  /** ISO weeks, Monday to Sunday. */
  | 'WEEK'
  /** Calendar years. */
  | 'YEAR';

/** One period of statistics over time. */
export type StatisticsPeriod = {
  __typename?: 'StatisticsPeriod';
  /** The day the period's stocks (occupied, waiting) are counted on: its last day, or today while it runs. */
  asOf: Scalars['Date']['output'];
  /** Last day of the period. */
  end: Scalars['Date']['output'];
  /** A short label, e.g. "2026-11", "2026-W48", "2026". */
  label: Scalars['String']['output'];
  /** First day of the period. */
  start: Scalars['Date']['output'];
};

/** The days and the interval of statistics over time. */
export type StatisticsPeriodInput = {
  /** First day counted (YYYY-MM-DD); its whole period is given. */
  from: Scalars['Date']['input'];
  /** Length of each period. */
  interval?: StatisticsInterval;
  /** Last day counted (YYYY-MM-DD); its whole period is given. */
  to: Scalars['Date']['input'];
};

/** A transition between offers (dynamisk flyt) for one participant. Seen by the allocation office, the participant and their guardians, the providers whose placements it ends or starts, and NAV’s staff when it involves a state place; null for anyone else. */
export type Transition = {
  __typename?: 'Transition';
  /** Every agenda item it has been, oldest first: a postponed transition has more than one. */
  agendaItems: Array<FlowMeetingItem>;
  /** Whether the hub’s placement index (fed by the providers’ feeds) shows every from-placement ended as asked and every target placement present. Computed on read; settleTransition then makes an EXECUTING transition COMPLETED. */
  complete: Scalars['Boolean']['output'];
  /** When it was proposed. */
  createdAt: Scalars['DateTime']['output'];
  /** The changed decision (endret vedtak, kind CHANGED_OFFERS) the allocation office wrote when the flow meeting AGREED; null before, and after REJECTED or POSTPONED. */
  decision?: Maybe<Decision>;
  /** The day the hub asked the providers; null before. */
  executedOn?: Maybe<Scalars['Date']['output']>;
  /** The flow meeting whose agenda it is on, or that decided it; null while PROPOSED. */
  flowMeeting?: Maybe<FlowMeeting>;
  /** Stable id of the transition. */
  id: Scalars['ID']['output'];
  /** What kind of change it is. */
  kind: TransitionKind;
  /** The statuses it may go to next (the transition rules), for the allocation office’s buttons: e.g. EXECUTING for an AGREED one, COMPLETED and REVERTING for an EXECUTING one; empty when final. FORBIDDEN for anyone but the allocation office. */
  nextStatuses: Array<TransitionStatus>;
  /** The last note of a flow meeting: REJECTED’s reason, etc. */
  outcomeNote?: Maybe<Scalars['String']['output']>;
  /** Whose transition it is. */
  participant: Participant;
  /** The participant’s own wish, in their words (required, as the domain asks). */
  participantWish: Scalars['String']['output'];
  /** The role of whoever proposed it, taken from their token (not from the input of proposeTransition). */
  proposedBy: TransitionProposer;
  /** REVERTING or REVERTED: why the ends were undone; else null. */
  revertReason?: Maybe<Scalars['String']['output']>;
  /** REVERTING or REVERTED: the day the allocation office decided to undo the ends (revertTransition); else null. */
  revertedOn?: Maybe<Scalars['Date']['output']>;
  /** EXECUTING only: a provider refused or did not answer a step, or its feed has not shown the change 14 days after execution. Computed on read. */
  stalled: Scalars['Boolean']['output'];
  /** Where it stands. */
  status: TransitionStatus;
  /** Every status it has had, oldest first. */
  statusHistory: Array<TransitionStatusChange>;
  /** The placements it ends, then those it starts; once reverted, then the UNDO_END steps. */
  steps: Array<TransitionStep>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking. */
  version: Scalars['Int']['output'];
  /** EXECUTING only: the steps the hub has not yet seen in its placement index, e.g. "END <id>"; else empty. */
  waitingFor: Array<Scalars['String']['output']>;
};

/** One of the participant’s current placements that the transition ends. */
export type TransitionFromInput = {
  /** Its last day; the day before the earliest target start when left out. Not before its start. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Id of the placement in the hub’s index; it must be ACTIVE or PLANNED. */
  placementId: Scalars['ID']['input'];
};

/** What kind of change between offers a transition is (dynamisk flyt). */
export type TransitionKind =
  /** From a day activity (aktivitet) to adapted work (arbeid). */
  | 'ACTIVITY_TO_WORK'
  /** To the same kind of offer at another provider (e.g. BA to Arba or back). */
  | 'BETWEEN_PROVIDERS'
  /** More or fewer days or hours, e.g. days added in a smaller group. */
  | 'CHANGE_EXTENT'
  /** Adapted work combined with work in an ordinary company (VTO/VTAO). */
  | 'COMBINE_WITH_ORDINARY_WORK'
  /** The week split between activity and work. */
  | 'SPLIT_WEEK'
  /** "The other way": to less demanding work, or to activity. */
  | 'TO_LESS_DEMANDING';

/** How many transitions on a flow meeting’s agenda got one outcome. */
export type TransitionOutcomeCount = {
  __typename?: 'TransitionOutcomeCount';
  /** Transitions on the agenda with that outcome. */
  count: StatCount;
  /** The outcome, as the transition’s status right after the meeting: AGREED, REJECTED, PROPOSED (postponed to a later meeting) or ON_AGENDA (no outcome recorded yet). */
  status: TransitionStatus;
};

/** The role of whoever proposed or changed a transition. */
export type TransitionProposer =
  /** A case worker at the allocation office (Tildelingskontoret). */
  | 'CASE_WORKER'
  /** A guardian or next of kin (foresatt/pårørende). */
  | 'GUARDIAN'
  /** The participant. */
  | 'PARTICIPANT'
  /** Staff at a provider. */
  | 'PROVIDER_STAFF';

/** Where a transition stands, from the wish to the change at the providers. */
export type TransitionStatus =
  /** The flow meeting agreed; the change can be executed at the providers. */
  | 'AGREED'
  /** The hub’s placement index shows every change asked for. Final. */
  | 'COMPLETED'
  /** The hub has asked the providers to end and start placements and waits for their feeds. */
  | 'EXECUTING'
  /** On the agenda of a flow meeting (flytmøte). */
  | 'ON_AGENDA'
  /** Proposed; waiting to be put on a flow meeting’s agenda (again, when postponed). */
  | 'PROPOSED'
  /** The flow meeting said no, with a reason. Final. */
  | 'REJECTED'
  /** Every end was undone: the participant keeps the placements they had, and the changed decision is annulled. Final. */
  | 'REVERTED'
  /** A target could not be started, so the allocation office undoes the ends (revertTransition): the UNDO_END steps ask each provider to restore the placement’s last day. */
  | 'REVERTING'
  /** Withdrawn before the meeting decided. Final. */
  | 'WITHDRAWN';

/** A change of a transition’s status: what it became, when, by whom, and why. */
export type TransitionStatusChange = {
  __typename?: 'TransitionStatusChange';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The role of whoever made the change. */
  by: TransitionProposer;
  /** A note: a meeting’s reason, a withdrawal’s why; or null. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status the transition got. */
  status: TransitionStatus;
};

/** One step of a transition: ending a placement, or starting one in a target offer. */
export type TransitionStep = {
  __typename?: 'TransitionStep';
  /** How many times the hub has asked the provider. */
  attempts: Scalars['Int']['output'];
  /** START at the day services: days a week; else null. */
  daysPerWeek?: Maybe<Scalars['Int']['output']>;
  /** END: the last day asked for. UNDO_END: the last day to restore (null: open-ended again). START: null. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** START: the provider’s group (or Arba’s arena); else null. */
  groupId?: Maybe<Scalars['ID']['output']>;
  /** START at the work centre or Arba: hours a week; else null. */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Stable id of the step. */
  id: Scalars['ID']['output'];
  /** END or START. */
  kind: TransitionStepKind;
  /** Why the provider refused or could not be reached; null after a good answer. */
  message?: Maybe<Scalars['String']['output']>;
  /** The offer of the placement ended or started. */
  offer?: Maybe<Offer>;
  /** The provider’s answer, or NOT_ASKED. */
  outcome: TransitionStepOutcome;
  /** END: the placement ended; START: the placement created, once the provider’s feed has brought it. */
  placement?: Maybe<Placement>;
  /** END: the placement’s last day before the transition, as the hub knew it when proposed (null: open-ended), which an UNDO_END restores; else null. */
  previousEndDate?: Maybe<Scalars['Date']['output']>;
  /** Why the provider refused; null unless REFUSED. */
  refusal?: Maybe<TransitionStepRefusal>;
  /** When the hub last asked the provider. */
  requestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the hub’s placement index shows the step: the end as asked, or the new placement. */
  seenInHub: Scalars['Boolean']['output'];
  /** START: the first day; else null. */
  startDate?: Maybe<Scalars['Date']['output']>;
};

/** A step of a transition’s state machine, by whom and why. */
export type TransitionStepInput = {
  /** Who takes the step. */
  by?: TransitionProposer;
  /** The transition’s `version` you read; refused with CONFLICT if it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why, e.g. a withdrawal’s reason; at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Id of the transition. */
  transitionId: Scalars['ID']['input'];
};

/** Whether a step ends a current placement or starts a new one. */
export type TransitionStepKind =
  /** Ends one of the participant’s current placements. */
  | 'END'
  /** Starts a placement in a target offer. */
  | 'START'
  /** Undoes an END of a reverted transition: restores the placement’s last day before the transition. */
  | 'UNDO_END';

/** The provider’s answer to one step of an executed transition. */
export type TransitionStepOutcome =
  /** The provider created the placement. */
  | 'CREATED'
  /** The provider set the end of the placement. */
  | 'ENDED'
  /** The provider has not been asked yet. */
  | 'NOT_ASKED'
  /** The provider refused; see `refusal`. retryTransitionStep asks again. */
  | 'REFUSED'
  /** UNDO_END: the provider restored the placement’s last day before the transition. */
  | 'RESTORED'
  /** No answer from the provider; retryTransitionStep asks again. */
  | 'UNREACHABLE';

/** Why a provider refused a step of a transition. */
export type TransitionStepRefusal = {
  __typename?: 'TransitionStepRefusal';
  /** The provider’s error code, e.g. FAILED_PRECONDITION or CONFLICT. */
  code: Scalars['String']['output'];
  /** The provider’s message, for the case worker. */
  message: Scalars['String']['output'];
  /** The provider’s rule for FAILED_PRECONDITION; else null. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** A target offer of a transition, with what its provider needs to start the placement. */
export type TransitionTargetInput = {
  /** At the day services: days a week, 1 to 5 (required there). */
  daysPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** The provider’s group (or Arba’s arena); required at the day services, the work centre and Arba. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** At the work centre or Arba: hours a week, more than 0 and at most 30 (required there). */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Id of the offer. */
  offerId: Scalars['ID']['input'];
  /** The first day of the new placement, not before today. */
  startDate: Scalars['Date']['input'];
};

/** Changes to a draft. Only the fields given are changed; null clears an answer; a list, when given, replaces the old one. */
export type UpdateApplicationDraftInput = {
  /** What the applicant likes doing, at most 1000 characters. */
  activityWishes?: InputMaybe<Scalars['String']['input']>;
  /** Id of the draft application to change. */
  applicationId: Scalars['ID']['input'];
  /** Days a week wanted, 1 to 5 (activity). */
  daysPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** When the applicant would like to start; not before today. */
  desiredStartDate?: InputMaybe<Scalars['Date']['input']>;
  /** School and education, at most 1000 characters. */
  education?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; the change is refused with CONFLICT if the application changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Hours a week wanted, more than 0 and at most 37.5. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** For main-intake offers: the year whose 1 February deadline applies, this year or next; by default the next deadline’s year. Ignored for continuous intake. */
  intakeYear?: InputMaybe<Scalars['Int']['input']>;
  /** Job tastes (jobbsmak), at most 10. */
  jobTastes?: InputMaybe<Array<JobTasteInput>>;
  /** Adviser or office at NAV, at most 200 characters. */
  navContact?: InputMaybe<Scalars['String']['input']>;
  /** The applicant has newly moved to the municipality and may apply for main intake after the deadline. */
  newcomer?: InputMaybe<Scalars['Boolean']['input']>;
  /** The new list of offers, first choice first; replaces the old. */
  offerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name of the person applying on the applicant’s behalf; required unless the applicant applies. */
  submittedByName?: InputMaybe<Scalars['String']['input']>;
  /** Who fills in the application: the applicant (default) or someone on their behalf. */
  submittedByRole?: InputMaybe<ApplicantRole>;
  /** Work the applicant would like to try, at most 1000 characters. */
  tradeWishes?: InputMaybe<Scalars['String']['input']>;
  /** Work practice (arbeidspraksis), at most 10. */
  workPractice?: InputMaybe<Array<WorkPracticeInput>>;
  /** Work trials (hospitering), at most 10. */
  workTrials?: InputMaybe<Array<WorkTrialInput>>;
};

/** Changes to an offer. Only the fields given are changed; null clears an optional field. */
export type UpdateOfferInput = {
  /** New decision authority. */
  decidedBy?: InputMaybe<DecisionAuthority>;
  /** New description in both languages. */
  description?: InputMaybe<LocalizedTextInput>;
  /** New easy-read text in both languages (40–80 words and at most 800 characters each). */
  easyRead?: InputMaybe<LocalizedTextInput>;
  /** New text on who may apply, in both languages. */
  eligibility?: InputMaybe<LocalizedTextInput>;
  /** The `version` you read; the update is refused with CONFLICT if the offer changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** New hours a week in a full place; null clears it. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** New intake mode. */
  intakeMode?: InputMaybe<IntakeMode>;
  /** New kind. */
  kind?: InputMaybe<OfferKind>;
  /** Id of the offer to change. */
  offerId: Scalars['ID']['input'];
  /** Open or close the offer for applications. */
  openForApplications?: InputMaybe<Scalars['Boolean']['input']>;
  /** New number of places; null when not published. */
  places?: InputMaybe<Scalars['Int']['input']>;
  /** New site; null clears it. */
  site?: InputMaybe<Scalars['String']['input']>;
  /** New title in both languages. */
  title?: InputMaybe<LocalizedTextInput>;
  /** New trade; null clears it. */
  trade?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a participant. Only the fields given are changed; `guardians`, when given, replaces the list. */
export type UpdateParticipantInput = {
  /** New e-mail address; null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; the update is refused with CONFLICT if the participant changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** New family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** New given name(s). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** The full new list of guardians (replaces the old one); at most 4. */
  guardians?: InputMaybe<Array<GuardianInput>>;
  /** Id of the participant to change. */
  participantId: Scalars['ID']['input'];
  /** New phone number; null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The assessment of a participant for a VTA place, opened when they first apply. */
export type VtaAssessment = {
  __typename?: 'VtaAssessment';
  /** Id of the application whose submission opened the assessment. */
  applicationId: Scalars['ID']['output'];
  /** When the outcome was recorded; null while pending. */
  assessedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the assessment was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id of the assessment. */
  id: Scalars['ID']['output'];
  /** A short note on the outcome, e.g. which trial is arranged. */
  note?: Maybe<Scalars['String']['output']>;
  /** The participant assessed. */
  participant: Participant;
  /** Pending, or the outcome recorded last. */
  status: VtaAssessmentStatus;
  /** Version for optimistic locking: pass it as `expectedVersion` when recording. */
  version: Scalars['Int']['output'];
};

/** The outcome of assessing a participant for a VTA place. */
export type VtaAssessmentOutcome =
  /** A visit or a trial is needed before anyone can say. */
  | 'NEEDS_TRIAL'
  /** A VTA place is not recommended now. */
  | 'NOT_RECOMMENDED'
  /** A VTA place is recommended. */
  | 'RECOMMENDED';

/** Where the assessment of a participant for a VTA place stands. */
export type VtaAssessmentStatus =
  /** A visit or a trial is needed before anyone can say. */
  | 'NEEDS_TRIAL'
  /** A VTA place is not recommended now. */
  | 'NOT_RECOMMENDED'
  /** Not assessed yet. */
  | 'PENDING'
  /** A VTA place is recommended. */
  | 'RECOMMENDED';

/** One person on a waiting list for an offer or measure. Counts for everyone are in `Capacity.waiting`; the rows only to those who may see the person. */
export type WaitingEntry = {
  __typename?: 'WaitingEntry';
  /** What is waited for, in the source's words, e.g. "VTA, Arba Inkludering". */
  description: Scalars['String']['output'];
  /** Stable id of the entry, the source's own. */
  id: Scalars['ID']['output'];
  /** Left the list on (YYYY-MM-DD); null while waiting. */
  leftOn?: Maybe<Scalars['Date']['output']>;
  /** Why the list was left, in the source's words (e.g. "DELTAR"); "REMOVED_AT_SOURCE" when deleted there. */
  leftReason?: Maybe<Scalars['String']['output']>;
  /** The offer waited for; null if not in the catalogue. */
  offer?: Maybe<Offer>;
  /** Who waits; null until the hub knows the person. */
  participant?: Maybe<Participant>;
  /** Place in the queue for the offer among those waiting now, longest waiting first (1 is next); null once left, or when no offer is named. */
  position?: Maybe<Scalars['Int']['output']>;
  /** On the list since (YYYY-MM-DD). */
  since: Scalars['Date']['output'];
  /** Who keeps the list: e.g. NAV, or the allocation office (Tildelingskontoret) for its own decisions. */
  source?: Maybe<Provider>;
};

/** Waiting for a place in one period, for one kind of offer. */
export type WaitingTimeRow = {
  __typename?: 'WaitingTimeRow';
  /** What is waited for (VTA in particular); null when the entry names no offer the hub knows. */
  kind?: Maybe<OfferKind>;
  /** People who left the list in the period (up to `asOf`) because they got a place. */
  leftForPlace: StatCount;
  /** Median of the days waited so far by those waiting on `asOf`; null when `waiting` is hidden or under 5. */
  medianDays?: Maybe<Scalars['Int']['output']>;
  /** 90th percentile of the days waited so far on `asOf`; null when `waiting` is hidden or under 5. */
  p90Days?: Maybe<Scalars['Int']['output']>;
  /** The period counted. */
  period: StatisticsPeriod;
  /** People waiting on the period's `asOf`. */
  waiting: StatCount;
};

/** Withdrawing an application. */
export type WithdrawApplicationInput = {
  /** Id of the application. */
  applicationId: Scalars['ID']['input'];
  /** Who withdraws it; by default whoever submitted the application. */
  by?: InputMaybe<ApplicantRole>;
  /** The `version` you read; the step is refused with CONFLICT if the application changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why the application is withdrawn, 1 to 1000 characters. */
  reason: Scalars['String']['input'];
};

/** New hours a week for a placement. */
export type WorkCentreChangePlacementHoursInput = {
  /** The `version` you read; the change is refused with CONFLICT if the placement changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Hours a week: more than 0 and at most 30 (a full position). */
  hoursPerWeek: Scalars['Float']['input'];
  /** Id of the placement. */
  placementId: Scalars['ID']['input'];
};

/** Ends a placement on a day (or moves the end of one that has an end already). */
export type WorkCentreEndPlacementInput = {
  /** Last day of the placement; not before its start. Null makes it open-ended again (e.g. the hub undoing a transition’s end). */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` you read; the change is refused with CONFLICT if the placement changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Id of the placement. */
  placementId: Scalars['ID']['input'];
};

/** A work group at Bærum arbeidssenter, e.g. the green-space group at Emma Hjorth. */
export type WorkCentreGroup = {
  __typename?: 'WorkCentreGroup';
  /** How many workers the group has room for; null when not set (then the group is never full). */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Places free today: capacity minus occupied, never below 0; null when the group has no capacity. A new placement can still be refused as GROUP_FULL when placements are booked to start later. */
  free?: Maybe<Scalars['Int']['output']>;
  /** Stable id of the group. */
  id: Scalars['ID']['output'];
  /** Name of the group, e.g. "Grøntgruppa". */
  name: Scalars['String']['output'];
  /** How many placements in the group are current today. */
  occupied: Scalars['Int']['output'];
  /** The catalogue offer the group belongs to. */
  offer: Offer;
  /** Where the group works; null when it varies. */
  site?: Maybe<WorkCentreSite>;
  /** The supervisors (arbeidsledere) of the group, by name. */
  supervisors: Array<WorkCentreSupervisor>;
  /** The trade the group works in. */
  trade: WorkCentreTrade;
  /** Version of the group; it moves when the group itself changes. */
  version: Scalars['Int']['output'];
};

/** Bærum arbeidssenter's detail on one of its offers: the work groups and the sites where they work. */
export type WorkCentreOffer = {
  __typename?: 'WorkCentreOffer';
  /** The work groups of the offer, by name. */
  groups: Array<WorkCentreGroup>;
  /** Id of the offer, the same as the catalogue offer's id. */
  id: Scalars['ID']['output'];
  /** Places in the offer: the sum of its groups' capacities; null when a group has no capacity. */
  places?: Maybe<Scalars['Int']['output']>;
  /** The sites where the offer's groups work, by name. */
  sites: Array<WorkCentreSite>;
  /** Version of the offer; it moves when its catalogue fields or places change. */
  version: Scalars['Int']['output'];
};

/** A participant's place in a work group at Bærum arbeidssenter, with hours a week and period. */
export type WorkCentrePlacement = {
  __typename?: 'WorkCentrePlacement';
  /** Last day of the placement; null while open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The work group the participant works in. */
  group: WorkCentreGroup;
  /** Hours a week: more than 0 and at most 30 (a full position). */
  hoursPerWeek: Scalars['Float']['output'];
  /** Id of the placement, the same as the hub's placement id. */
  id: Scalars['ID']['output'];
  /** The catalogue offer the placement is in. */
  offer: Offer;
  /** The hub's id of the participant who has the place. */
  participantId: Scalars['ID']['output'];
  /** First day of the placement. */
  startDate: Scalars['Date']['output'];
  /** The training candidacy (lærekandidat) that goes with the placement; null for ordinary work. */
  trainingCandidacy?: Maybe<WorkCentreTrainingCandidacy>;
  /** Version for optimistic locking: pass it as `expectedVersion` when changing. */
  version: Scalars['Int']['output'];
};

/** A site of Bærum arbeidssenter where groups work, e.g. "Emma Hjorth" or "Wøyen gård". */
export type WorkCentreSite = {
  __typename?: 'WorkCentreSite';
  /** The work groups at this site, by name. */
  groups: Array<WorkCentreGroup>;
  /** Stable key of the site, e.g. "emma-hjorth". */
  id: Scalars['ID']['output'];
  /** Name of the site as the work centre writes it, e.g. "Wøyen gård". */
  name: Scalars['String']['output'];
};

/** A new placement in a work group, as granted by vedtak from the allocation office. */
export type WorkCentreStartPlacementInput = {
  /** Last day of the placement, not before the start; leave out while open-ended. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Id of a work group of that offer. */
  groupId: Scalars['ID']['input'];
  /** Hours a week: more than 0 and at most 30 (a full position). */
  hoursPerWeek: Scalars['Float']['input'];
  /** Id of one of the work centre's offers. */
  offerId: Scalars['ID']['input'];
  /** The hub's id of the participant. */
  participantId: Scalars['ID']['input'];
  /** First day of the placement. */
  startDate: Scalars['Date']['input'];
  /** A training candidacy that starts with the placement; the training starts on the start date. */
  trainingCandidacy?: InputMaybe<WorkCentreTrainingCandidacyInput>;
};

/** A supervisor (arbeidsleder) of a work group. */
export type WorkCentreSupervisor = {
  __typename?: 'WorkCentreSupervisor';
  /** Stable id of the supervisor. */
  id: Scalars['ID']['output'];
  /** Full name; null unless the caller is the allocation office or the work centre's own staff or system (staff names are not public, and another provider's staff do not see them). */
  name?: Maybe<Scalars['String']['output']>;
};

/** A trade (fagområde) at Bærum arbeidssenter. */
export type WorkCentreTrade =
  /** Design: cards, framing, ceramics and textiles. */
  | 'DESIGN'
  /** Food (Mat): the staff canteen and the coffee bar. */
  | 'FOOD'
  /** Service: storage and shredding, transport, green spaces and the shop. */
  | 'SERVICE'
  /** Wood (Tre): the carpentry workshop. */
  | 'WOOD';

/** A training candidacy (lærekandidat): training at work towards a certificate of competence (kompetansebevis). */
export type WorkCentreTrainingCandidacy = {
  __typename?: 'WorkCentreTrainingCandidacy';
  /** The goal: what the certificate of competence (kompetansebevis) will say the candidate masters. */
  goal: Scalars['String']['output'];
  /** Stable id of the training candidacy. */
  id: Scalars['ID']['output'];
  /** Planned last day of training: at most 2 years after the start. */
  plannedEnd: Scalars['Date']['output'];
  /** The trade the candidate trains in. */
  trade: WorkCentreTrade;
  /** First day of training at the work centre. */
  trainingStart: Scalars['Date']['output'];
};

/** A training candidacy (lærekandidat) to start with the placement; only on a training-candidate offer. */
export type WorkCentreTrainingCandidacyInput = {
  /** The goal: what the certificate of competence (kompetansebevis) is to cover; at most 1000 characters. */
  goal: Scalars['String']['input'];
  /** Planned last day of training: not before the start and at most 2 years after it. */
  plannedEnd: Scalars['Date']['input'];
};

/** Work practice (arbeidspraksis): where, the period and what the work was. */
export type WorkPracticeInput = {
  /** What the work was, at most 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day; leave out while it goes on. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The workplace, at most 200 characters. */
  place: Scalars['String']['input'];
  /** First day. */
  startDate: Scalars['Date']['input'];
};

/** A work trial (hospitering): where, and the period. */
export type WorkTrialInput = {
  /** Last day; leave out while it goes on. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The workplace, at most 200 characters. */
  place: Scalars['String']['input'];
  /** First day. */
  startDate: Scalars['Date']['input'];
};

export type CatalogueSearchQueryVariables = Exact<{
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogueSearchQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OfferEdge', cursor: string, node: { __typename?: 'Offer', id: string, kind: OfferKind, trade?: string | null, site?: string | null, hoursPerWeek?: number | null, intakeMode: IntakeMode, decidedBy: DecisionAuthority, places?: number | null, openForApplications: boolean, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, description: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string, shortName: string } } }> } };

export type OfferCardFragment = { __typename?: 'Offer', id: string, kind: OfferKind, trade?: string | null, site?: string | null, hoursPerWeek?: number | null, intakeMode: IntakeMode, decidedBy: DecisionAuthority, places?: number | null, openForApplications: boolean, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, description: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string, shortName: string } };

export type OfferFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferFacetsQuery = { __typename?: 'Query', offerFacets: { __typename?: 'OfferFacets', trades: Array<string>, sites: Array<string> } };

export type PageInfoFieldsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null };

export type ProposalPlacementFragment = { __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, provider?: { __typename?: 'Provider', id: string, name: string } | null };

export type ProposalOfferFragment = { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string }, dayServices?: { __typename?: 'DayServicesOffer', groups: Array<{ __typename?: 'DayServicesGroup', id: string, name: string, free?: number | null }> } | null, workCentre?: { __typename?: 'WorkCentreOffer', groups: Array<{ __typename?: 'WorkCentreGroup', id: string, name: string, free?: number | null }> } | null, arba?: { __typename?: 'ArbaOffer', arenas: Array<{ __typename?: 'ArbaArena', id: string, name: string }> } | null };

export type ProposalContextQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type ProposalContextQuery = { __typename?: 'Query', participant?: { __typename?: 'Participant', id: string, fullName: string, placements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, provider?: { __typename?: 'Provider', id: string, name: string } | null }> } | null, offers: { __typename?: 'OfferConnection', nodes: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string }, dayServices?: { __typename?: 'DayServicesOffer', groups: Array<{ __typename?: 'DayServicesGroup', id: string, name: string, free?: number | null }> } | null, workCentre?: { __typename?: 'WorkCentreOffer', groups: Array<{ __typename?: 'WorkCentreGroup', id: string, name: string, free?: number | null }> } | null, arba?: { __typename?: 'ArbaOffer', arenas: Array<{ __typename?: 'ArbaArena', id: string, name: string }> } | null }> } };

export type DecisionCardFragment = { __typename?: 'Decision', id: string, version: number, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, reason?: string | null, placementStatus?: DecisionPlacementStatus | null, placementError?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string, status: PlacementStatus } | null };

export type DecideApplicationMutationVariables = Exact<{
  input: DecideApplicationInput;
}>;


export type DecideApplicationMutation = { __typename?: 'Mutation', decideApplication: { __typename?: 'Decision', id: string, version: number, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, reason?: string | null, placementStatus?: DecisionPlacementStatus | null, placementError?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string, status: PlacementStatus } | null } };

export type RetryDecisionPlacementMutationVariables = Exact<{
  input: RetryDecisionPlacementInput;
}>;


export type RetryDecisionPlacementMutation = { __typename?: 'Mutation', retryDecisionPlacement: { __typename?: 'Decision', id: string, version: number, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, reason?: string | null, placementStatus?: DecisionPlacementStatus | null, placementError?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string, status: PlacementStatus } | null } };

export type DecisionLetterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  language?: InputMaybe<LetterLanguage>;
}>;


export type DecisionLetterQuery = { __typename?: 'Query', decision?: { __typename?: 'Decision', id: string, letter: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string } } | null };

export type WaitingListQueryVariables = Exact<{
  offerId: Scalars['ID']['input'];
  includeLeft?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type WaitingListQuery = { __typename?: 'Query', waitingList: Array<{ __typename?: 'WaitingEntry', id: string, position?: number | null, since: string, leftOn?: string | null, leftReason?: string | null, description: string, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, source?: { __typename?: 'Provider', id: string, shortName: string } | null }> };

export type ParticipantLookupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParticipantLookupQuery = { __typename?: 'Query', participant?: { __typename?: 'Participant', id: string, fullName: string, givenName: string, familyName: string, birthDate: string, email?: string | null, phone?: string | null, version: number, guardians: Array<{ __typename?: 'Guardian', id: string, name: string, relation: GuardianRelation, phone?: string | null, email?: string | null }> } | null };

export type ParticipantSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ParticipantSearchQuery = { __typename?: 'Query', participants: { __typename?: 'ParticipantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ParticipantEdge', cursor: string, node: { __typename?: 'Participant', id: string, fullName: string, birthDate: string } }> } };

export type StaffCaseworkWorklistQueryVariables = Exact<{
  filter?: InputMaybe<ApplicationFilter>;
  orderBy?: InputMaybe<ApplicationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffCaseworkWorklistQuery = { __typename?: 'Query', applicationWorklist: { __typename?: 'ApplicationWorklist', applications: { __typename?: 'ApplicationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, submittedAt?: string | null, participant: { __typename?: 'Participant', id: string, fullName: string }, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }> }> }, statusCounts: Array<{ __typename?: 'ApplicationStatusCount', status: ApplicationStatus, count: number }> }, providers: Array<{ __typename?: 'Provider', id: string, name: string }> };

export type StaffCaseworkApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffCaseworkApplicationQuery = { __typename?: 'Query', applicationCase?: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, submittedAt?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, withdrawalReason?: string | null, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }>, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string }, dayServices?: { __typename?: 'DayServicesOffer', groups: Array<{ __typename?: 'DayServicesGroup', id: string, name: string }> } | null, workCentre?: { __typename?: 'WorkCentreOffer', groups: Array<{ __typename?: 'WorkCentreGroup', id: string, name: string }> } | null } }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }>, vtaAssessment?: { __typename?: 'VtaAssessment', id: string, status: VtaAssessmentStatus, note?: string | null, version: number } | null, decision?: { __typename?: 'Decision', id: string, version: number, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, reason?: string | null, placementStatus?: DecisionPlacementStatus | null, placementAttempts: number, placementError?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string, status: PlacementStatus } | null } | null, participant: { __typename?: 'Participant', id: string, fullName: string, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, submittedAt?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } }> }>, placements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, provider?: { __typename?: 'Provider', id: string, name: string } | null }> } } | null };

export type StaffCaseworkDecisionFragment = { __typename?: 'Decision', id: string, version: number, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, reason?: string | null, placementStatus?: DecisionPlacementStatus | null, placementAttempts: number, placementError?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string, status: PlacementStatus } | null };

export type StaffCaseworkLetterPreviewQueryVariables = Exact<{
  input: DecideApplicationInput;
}>;


export type StaffCaseworkLetterPreviewQuery = { __typename?: 'Query', decisionLetterPreview: Array<{ __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string }> };

export type StaffCaseworkStartAssessmentMutationVariables = Exact<{
  input: ApplicationStepInput;
}>;


export type StaffCaseworkStartAssessmentMutation = { __typename?: 'Mutation', startApplicationAssessment: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus } };

export type StaffCaseworkRecordVtaMutationVariables = Exact<{
  input: RecordVtaAssessmentInput;
}>;


export type StaffCaseworkRecordVtaMutation = { __typename?: 'Mutation', recordVtaAssessment: { __typename?: 'VtaAssessment', id: string, status: VtaAssessmentStatus, note?: string | null, version: number } };

export type StaffCaseworkWithdrawMutationVariables = Exact<{
  input: WithdrawApplicationInput;
}>;


export type StaffCaseworkWithdrawMutation = { __typename?: 'Mutation', withdrawApplication: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus } };

export type StaffCaseworkDecideMutationVariables = Exact<{
  input: DecideApplicationInput;
}>;


export type StaffCaseworkDecideMutation = { __typename?: 'Mutation', decideApplication: { __typename?: 'Decision', id: string, version: number, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, reason?: string | null, placementStatus?: DecisionPlacementStatus | null, placementAttempts: number, placementError?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string, status: PlacementStatus } | null } };

export type StaffCaseworkRetryPlacementMutationVariables = Exact<{
  input: RetryDecisionPlacementInput;
}>;


export type StaffCaseworkRetryPlacementMutation = { __typename?: 'Mutation', retryDecisionPlacement: { __typename?: 'Decision', id: string, version: number, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, reason?: string | null, placementStatus?: DecisionPlacementStatus | null, placementAttempts: number, placementError?: string | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string, status: PlacementStatus } | null } };

export type StaffCaseworkCorrectionsQueryVariables = Exact<{
  status: Array<CorrectionStatus> | CorrectionStatus;
}>;


export type StaffCaseworkCorrectionsQuery = { __typename?: 'Query', correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, field: CorrectionField, currentValue?: string | null, correctValue: string, reason: string, requestedBy: CorrectionRequester, status: CorrectionStatus, answer?: string | null, previousValue?: string | null, createdAt: string, decidedAt?: string | null, version: number, participant?: { __typename?: 'Participant', id: string, fullName: string } | null }> };

export type StaffCaseworkDecideCorrectionMutationVariables = Exact<{
  input: DecideCorrectionRequestInput;
}>;


export type StaffCaseworkDecideCorrectionMutation = { __typename?: 'Mutation', decideCorrectionRequest: { __typename?: 'CorrectionRequest', id: string, status: CorrectionStatus, answer?: string | null, previousValue?: string | null, version: number } };

export type StaffFlowStepFragment = { __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null };

export type StaffFlowTransitionFragment = { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> };

export type StaffFlowYearQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type StaffFlowYearQuery = { __typename?: 'Query', today: string, flowMeetings: Array<{ __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string, endDate: string, agenda: Array<{ __typename?: 'FlowMeetingItem', position: number, outcome?: FlowMeetingOutcome | null, transition: { __typename?: 'Transition', id: string, status: TransitionStatus, stalled: boolean } }> }>, waiting: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, proposedBy: TransitionProposer, createdAt: string, version: number, participant: { __typename?: 'Participant', id: string, fullName: string } }>, underWay: Array<{ __typename?: 'Transition', id: string, status: TransitionStatus, stalled: boolean, participant: { __typename?: 'Participant', id: string, fullName: string } }> };

export type StaffFlowMeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffFlowMeetingQuery = { __typename?: 'Query', today: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string, endDate: string, agenda: Array<{ __typename?: 'FlowMeetingItem', position: number, outcome?: FlowMeetingOutcome | null, note?: string | null, transition: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> } }> } | null, waiting: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, version: number, participant: { __typename?: 'Participant', id: string, fullName: string } }> };

export type StaffFlowTransitionPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffFlowTransitionPageQuery = { __typename?: 'Query', transition?: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> } | null, underWay: Array<{ __typename?: 'Transition', id: string, status: TransitionStatus, stalled: boolean, participant: { __typename?: 'Participant', id: string, fullName: string } }> };

export type StaffFlowUnderWayFragment = { __typename?: 'Transition', id: string, status: TransitionStatus, stalled: boolean, participant: { __typename?: 'Participant', id: string, fullName: string } };

export type StaffFlowCreateMeetingMutationVariables = Exact<{
  input: CreateFlowMeetingInput;
}>;


export type StaffFlowCreateMeetingMutation = { __typename?: 'Mutation', createFlowMeeting: { __typename?: 'FlowMeeting', id: string, year: number, week: number } };

export type StaffFlowAddToAgendaMutationVariables = Exact<{
  input: AddTransitionToAgendaInput;
}>;


export type StaffFlowAddToAgendaMutation = { __typename?: 'Mutation', addTransitionToAgenda: { __typename?: 'Transition', id: string, status: TransitionStatus, version: number } };

export type StaffFlowRecordOutcomeMutationVariables = Exact<{
  input: RecordTransitionOutcomeInput;
}>;


export type StaffFlowRecordOutcomeMutation = { __typename?: 'Mutation', recordTransitionOutcome: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> } };

export type StaffFlowExecuteMutationVariables = Exact<{
  input: TransitionStepInput;
}>;


export type StaffFlowExecuteMutation = { __typename?: 'Mutation', executeTransition: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> } };

export type StaffFlowRetryStepMutationVariables = Exact<{
  input: RetryTransitionStepInput;
}>;


export type StaffFlowRetryStepMutation = { __typename?: 'Mutation', retryTransitionStep: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> } };

export type StaffFlowRevertMutationVariables = Exact<{
  input: RevertTransitionInput;
}>;


export type StaffFlowRevertMutation = { __typename?: 'Mutation', revertTransition: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> } };

export type StaffFlowSettleMutationVariables = Exact<{
  input: TransitionStepInput;
}>;


export type StaffFlowSettleMutation = { __typename?: 'Mutation', settleTransition: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, stalled: boolean, complete: boolean, waitingFor: Array<string>, nextStatuses: Array<TransitionStatus>, participant: { __typename?: 'Participant', id: string, fullName: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, decision?: { __typename?: 'Decision', id: string, kind: DecisionKind, decidedOn: string, startDate?: string | null, annulledOn?: string | null } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, outcome: TransitionStepOutcome, message?: string | null, attempts: number, startDate?: string | null, endDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, seenInHub: boolean, placement?: { __typename?: 'Placement', id: string } | null, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string }, capacity: { __typename?: 'Capacity', free?: number | null } } | null }> } };

export type StaffFlowProposeSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type StaffFlowProposeSearchQuery = { __typename?: 'Query', office: { __typename?: 'Office', participants: { __typename?: 'ParticipantConnection', nodes: Array<{ __typename?: 'Participant', id: string, fullName: string, birthDate: string }> } } };

export type StaffFlowProposeTransitionMutationVariables = Exact<{
  input: ProposeTransitionInput;
}>;


export type StaffFlowProposeTransitionMutation = { __typename?: 'Mutation', proposeTransition: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, proposedBy: TransitionProposer, participant: { __typename?: 'Participant', id: string, fullName: string } } };

export type StaffNavImportParticipantsMutationVariables = Exact<{
  input: NavImportInput;
}>;


export type StaffNavImportParticipantsMutation = { __typename?: 'Mutation', importNavParticipants: { __typename?: 'NavImportReport', accepted: number, unchanged: number, stale: number, deleted: number, rejected: Array<{ __typename?: 'NavImportRejection', line: number, key?: string | null, code: string, reason: { __typename?: 'LocalizedText', nb: string, en: string } }>, lines: Array<{ __typename?: 'NavImportLine', line: number, key: string, outcome: NavImportLineOutcome }> } };

export type StaffNavMeasureInstancesQueryVariables = Exact<{
  measureCode?: InputMaybe<NavMeasureCode>;
}>;


export type StaffNavMeasureInstancesQuery = { __typename?: 'Query', navMeasures: Array<{ __typename?: 'NavMeasure', code: NavMeasureCode, shortName: string, name: { __typename?: 'LocalizedText', nb: string, en: string } }>, navMeasureInstances: Array<{ __typename?: 'NavMeasureInstance', id: string, number: string, name: string, measureCode: NavMeasureCode, providerOrganisation: string, status: NavMeasureInstanceStatus, places: number, participants: number, waiting: number, freePlaces: number, statusCounts: Array<{ __typename?: 'NavStatusCount', status: NavParticipantStatus, count: number }> }>, navStateVtaPlaces: Array<{ __typename?: 'NavStateVtaAllocation', id: string, municipality: string, year: number, places: number }> };

export type StaffNavMeasureInstanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffNavMeasureInstanceQuery = { __typename?: 'Query', navMeasureInstance?: { __typename?: 'NavMeasureInstance', id: string, number: string, name: string, providerOrganisation: string, status: NavMeasureInstanceStatus, startDate: string, endDate?: string | null, places: number, participants: number, waiting: number, freePlaces: number, openForSignup: boolean, estimatedWaitWeeks?: number | null, measure: { __typename?: 'NavMeasure', shortName: string }, records: Array<{ __typename?: 'NavParticipantRecord', id: string, status: NavParticipantStatus, statusAt: string, startDate?: string | null, endDate?: string | null, extent: Array<{ __typename?: 'NavExtentPeriod', percent: number, validFrom: string }> }> } | null };

export type StaffPeopleFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPeopleFeedsQuery = { __typename?: 'Query', office: { __typename?: 'Office', feeds: Array<{ __typename?: 'FeedStatus', behind: number, lastSequence: number, head: number, rejectedEvents: number, lastSyncedAt?: string | null, lastError?: string | null, lastErrorAt?: string | null, provider: { __typename?: 'Provider', id: string, name: string } }> } };

export type StaffPeopleParticipantsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffPeopleParticipantsQuery = { __typename?: 'Query', office: { __typename?: 'Office', participants: { __typename?: 'ParticipantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Participant', id: string, fullName: string, birthDate: string, placements: Array<{ __typename?: 'Placement', id: string, provider?: { __typename?: 'Provider', id: string, shortName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus }> }> } } };

export type StaffPeopleParticipantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffPeopleParticipantQuery = { __typename?: 'Query', office: { __typename?: 'Office', participant?: { __typename?: 'Participant', id: string, version: number, givenName: string, familyName: string, fullName: string, birthDate: string, email?: string | null, phone?: string | null, placements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, hoursPerWeek?: number | null, daysPerWeek?: number | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, nav?: { __typename?: 'NavParticipant', records: Array<{ __typename?: 'NavParticipantRecord', id: string, status: NavParticipantStatus, statusReason?: NavStatusReason | null, startDate?: string | null, endDate?: string | null, statusAt: string, measureInstance: { __typename?: 'NavMeasureInstance', id: string, name: string }, extent: Array<{ __typename?: 'NavExtentPeriod', percent: number, daysPerWeek?: number | null, validFrom: string }> }> } | null, waitingLists: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, leftReason?: string | null, position?: number | null, source?: { __typename?: 'Provider', id: string, shortName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, transitions: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, participantWish: string, executedOn?: string | null, createdAt: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null }>, careerPlan?: { __typename?: 'CareerPlan', shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string } | null, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, submittedAt?: string | null, createdAt: string, choices: Array<{ __typename?: 'ApplicationChoice', offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } }>, decision?: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null } | null }>, guardians: Array<{ __typename?: 'Guardian', id: string, name: string, relation: GuardianRelation, phone?: string | null, email?: string | null }> } | null } };

export type StaffPeopleIdentityFragment = { __typename?: 'Participant', id: string, version: number, givenName: string, familyName: string, fullName: string, birthDate: string, email?: string | null, phone?: string | null, guardians: Array<{ __typename?: 'Guardian', id: string, name: string, relation: GuardianRelation, phone?: string | null, email?: string | null }> };

export type StaffPeopleUpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type StaffPeopleUpdateParticipantMutation = { __typename?: 'Mutation', updateParticipant: { __typename?: 'Participant', id: string, version: number, givenName: string, familyName: string, fullName: string, birthDate: string, email?: string | null, phone?: string | null, guardians: Array<{ __typename?: 'Guardian', id: string, name: string, relation: GuardianRelation, phone?: string | null, email?: string | null }> } };

export type StaffPeopleRegisterParticipantMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type StaffPeopleRegisterParticipantMutation = { __typename?: 'Mutation', registerParticipant: { __typename?: 'Participant', id: string } };

export type StaffPeopleWaitingListsQueryVariables = Exact<{
  offerId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<OfferKind> | OfferKind>;
  includeLeft: Scalars['Boolean']['input'];
}>;


export type StaffPeopleWaitingListsQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', nodes: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, shortName: string } }> }, office: { __typename?: 'Office', waitingList: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, leftReason?: string | null, position?: number | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, source?: { __typename?: 'Provider', id: string, shortName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> } };

export type StaffPeopleWaitingEntryFragment = { __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, leftReason?: string | null, position?: number | null, source?: { __typename?: 'Provider', id: string, shortName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null };

export type StaffPrivacyAuditLogQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  withRows: Scalars['Boolean']['input'];
}>;


export type StaffPrivacyAuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes?: Array<{ __typename?: 'AuditEntry', id: string, readerSub: string, readerRoles: Array<string>, category: AuditCategory, readAt: string, operationName?: string | null, requestId: string, subgraph: string }> } };

export type StaffProviderArbaFollowUpQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderArbaFollowUpQuery = { __typename?: 'Query', arbaSupervisorRatios: Array<{ __typename?: 'ArbaSupervisorRatio', measure: ArbaMeasure, participants: number, supervisors: number, participantsPerSupervisor?: number | null, norm: number, meetsNorm: boolean, arena?: { __typename?: 'ArbaArena', id: string, name: string } | null }>, arbaArenas: Array<{ __typename?: 'ArbaArena', id: string, name: string, supervisors: Array<{ __typename?: 'ArbaSupervisor', id: string, name?: string | null, measure: ArbaMeasure }> }>, ownPlacements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, arba?: { __typename?: 'ArbaPlacement', id: string, measure: ArbaMeasure, startDate: string, endDate?: string | null, aftGrantedUntil?: string | null, outcome?: ArbaAftOutcome | null, goals: Array<{ __typename?: 'ArbaVtaGoal', id: string, description: string, nextEvaluationDue: string, evaluationDue: boolean }> } | null }> };

export type StaffProviderOffersFragment = { __typename?: 'Provider', id: string, name: string, offers: Array<{ __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, capacity: { __typename?: 'Capacity', places?: number | null, occupied?: number | null, upcoming?: number | null, free?: number | null, waiting?: number | null } }> };

export type StaffProviderDayServicesGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderDayServicesGroupsQuery = { __typename?: 'Query', ownProvider?: { __typename?: 'Provider', id: string, name: string, offers: Array<{ __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, capacity: { __typename?: 'Capacity', places?: number | null, occupied?: number | null, upcoming?: number | null, free?: number | null, waiting?: number | null } }> } | null, dayServicesGroups: Array<{ __typename?: 'DayServicesGroup', id: string, name: string, capacity?: number | null, occupied: number, free?: number | null, version: number, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } }> };

export type StaffProviderSetDayServicesGroupCapacityMutationVariables = Exact<{
  input: DayServicesGroupCapacityInput;
}>;


export type StaffProviderSetDayServicesGroupCapacityMutation = { __typename?: 'Mutation', setDayServicesGroupCapacity: { __typename?: 'DayServicesGroup', id: string, capacity?: number | null, free?: number | null, version: number } };

export type StaffProviderWorkCentreGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderWorkCentreGroupsQuery = { __typename?: 'Query', ownProvider?: { __typename?: 'Provider', id: string, name: string, offers: Array<{ __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, capacity: { __typename?: 'Capacity', places?: number | null, occupied?: number | null, upcoming?: number | null, free?: number | null, waiting?: number | null } }> } | null, workCentreGroups: Array<{ __typename?: 'WorkCentreGroup', id: string, name: string, capacity?: number | null, occupied: number, free?: number | null, site?: { __typename?: 'WorkCentreSite', id: string, name: string } | null, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } }> };

export type StaffProviderArbaArenasQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderArbaArenasQuery = { __typename?: 'Query', ownProvider?: { __typename?: 'Provider', id: string, name: string, offers: Array<{ __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, capacity: { __typename?: 'Capacity', places?: number | null, occupied?: number | null, upcoming?: number | null, free?: number | null, waiting?: number | null } }> } | null, arbaArenas: Array<{ __typename?: 'ArbaArena', id: string, name: string, kind: ArbaArenaKind, onlyFor?: ArbaMeasure | null }> };

export type StaffProviderDayServicesParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderDayServicesParticipantsQuery = { __typename?: 'Query', ownGrantsToStart: Array<{ __typename?: 'Decision', id: string, startDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, groupId?: string | null, participant: { __typename?: 'Participant', id: string, fullName: string }, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, ownPlacements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, dayServices?: { __typename?: 'DayServicesPlacement', id: string, daysPerWeek: number, group: { __typename?: 'DayServicesGroup', id: string, name: string } } | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> };

export type StaffProviderWorkCentreParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderWorkCentreParticipantsQuery = { __typename?: 'Query', ownGrantsToStart: Array<{ __typename?: 'Decision', id: string, startDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, groupId?: string | null, participant: { __typename?: 'Participant', id: string, fullName: string }, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, ownPlacements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, workCentre?: { __typename?: 'WorkCentrePlacement', id: string, hoursPerWeek: number, group: { __typename?: 'WorkCentreGroup', id: string, name: string } } | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> };

export type StaffProviderArbaParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderArbaParticipantsQuery = { __typename?: 'Query', ownGrantsToStart: Array<{ __typename?: 'Decision', id: string, startDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, groupId?: string | null, participant: { __typename?: 'Participant', id: string, fullName: string }, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, ownPlacements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, arba?: { __typename?: 'ArbaPlacement', id: string, measure: ArbaMeasure, hoursPerWeek: number, arena: { __typename?: 'ArbaArena', id: string, name: string } } | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> };

export type StaffProviderPlacementRowFragment = { __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null };

export type StaffProviderGrantRowFragment = { __typename?: 'Decision', id: string, startDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, groupId?: string | null, participant: { __typename?: 'Participant', id: string, fullName: string }, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null };

export type StaffProviderDayServicesPlacementQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type StaffProviderDayServicesPlacementQuery = { __typename?: 'Query', ownPlacements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, dayServices?: { __typename?: 'DayServicesPlacement', id: string, daysPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'DayServicesGroup', id: string, name: string } } | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> };

export type StaffProviderWorkCentrePlacementQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type StaffProviderWorkCentrePlacementQuery = { __typename?: 'Query', ownPlacements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, workCentre?: { __typename?: 'WorkCentrePlacement', id: string, hoursPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'WorkCentreGroup', id: string, name: string } } | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> };

export type StaffProviderArbaPlacementQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type StaffProviderArbaPlacementQuery = { __typename?: 'Query', ownPlacements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, arba?: { __typename?: 'ArbaPlacement', id: string, measure: ArbaMeasure, hoursPerWeek: number, startDate: string, endDate?: string | null, outcome?: ArbaAftOutcome | null, aftGrantedUntil?: string | null, version: number, arena: { __typename?: 'ArbaArena', id: string, name: string }, aftPeriods: Array<{ __typename?: 'ArbaAftPeriod', id: string, kind: ArbaAftPeriodKind, startDate: string, endDate: string }>, goals: Array<{ __typename?: 'ArbaVtaGoal', id: string, description: string, setOn: string, nextEvaluationDue: string, evaluationDue: boolean, evaluations: Array<{ __typename?: 'ArbaVtaGoalEvaluation', id: string, date: string, result: ArbaVtaGoalResult, note?: string | null }> }> } | null, participant?: { __typename?: 'Participant', id: string, fullName: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> };

export type StaffProviderArbaDetailFragment = { __typename?: 'ArbaPlacement', id: string, measure: ArbaMeasure, hoursPerWeek: number, startDate: string, endDate?: string | null, outcome?: ArbaAftOutcome | null, aftGrantedUntil?: string | null, version: number, arena: { __typename?: 'ArbaArena', id: string, name: string }, aftPeriods: Array<{ __typename?: 'ArbaAftPeriod', id: string, kind: ArbaAftPeriodKind, startDate: string, endDate: string }>, goals: Array<{ __typename?: 'ArbaVtaGoal', id: string, description: string, setOn: string, nextEvaluationDue: string, evaluationDue: boolean, evaluations: Array<{ __typename?: 'ArbaVtaGoalEvaluation', id: string, date: string, result: ArbaVtaGoalResult, note?: string | null }> }> };

export type StaffProviderEndDayServicesPlacementMutationVariables = Exact<{
  input: DayServicesEndPlacementInput;
}>;


export type StaffProviderEndDayServicesPlacementMutation = { __typename?: 'Mutation', endDayServicesPlacement: { __typename?: 'DayServicesPlacement', id: string, endDate?: string | null, version: number } };

export type StaffProviderChangeWorkCentreHoursMutationVariables = Exact<{
  input: WorkCentreChangePlacementHoursInput;
}>;


export type StaffProviderChangeWorkCentreHoursMutation = { __typename?: 'Mutation', changeWorkCentrePlacementHours: { __typename?: 'WorkCentrePlacement', id: string, hoursPerWeek: number, version: number } };

export type StaffProviderEndWorkCentrePlacementMutationVariables = Exact<{
  input: WorkCentreEndPlacementInput;
}>;


export type StaffProviderEndWorkCentrePlacementMutation = { __typename?: 'Mutation', endWorkCentrePlacement: { __typename?: 'WorkCentrePlacement', id: string, endDate?: string | null, version: number } };

export type StaffProviderChangeArbaHoursMutationVariables = Exact<{
  input: ArbaChangeParticipationHoursInput;
}>;


export type StaffProviderChangeArbaHoursMutation = { __typename?: 'Mutation', changeArbaParticipationHours: { __typename?: 'ArbaPlacement', id: string, hoursPerWeek: number, version: number } };

export type StaffProviderEndArbaParticipationMutationVariables = Exact<{
  input: ArbaEndParticipationInput;
}>;


export type StaffProviderEndArbaParticipationMutation = { __typename?: 'Mutation', endArbaParticipation: { __typename?: 'ArbaPlacement', id: string, endDate?: string | null, outcome?: ArbaAftOutcome | null, version: number } };

export type StaffProviderExtendArbaAftPeriodMutationVariables = Exact<{
  input: ArbaExtendAftPeriodInput;
}>;


export type StaffProviderExtendArbaAftPeriodMutation = { __typename?: 'Mutation', extendArbaAftPeriod: { __typename?: 'ArbaPlacement', id: string, aftGrantedUntil?: string | null, version: number } };

export type StaffProviderSetArbaVtaGoalMutationVariables = Exact<{
  input: ArbaSetVtaGoalInput;
}>;


export type StaffProviderSetArbaVtaGoalMutation = { __typename?: 'Mutation', setArbaVtaGoal: { __typename?: 'ArbaVtaGoal', id: string, description: string } };

export type StaffProviderEvaluateArbaVtaGoalMutationVariables = Exact<{
  input: ArbaEvaluateVtaGoalInput;
}>;


export type StaffProviderEvaluateArbaVtaGoalMutation = { __typename?: 'Mutation', evaluateArbaVtaGoal: { __typename?: 'ArbaVtaGoal', id: string, nextEvaluationDue: string, evaluationDue: boolean } };

export type StaffProviderChangeDayServicesDaysMutationVariables = Exact<{
  input: DayServicesChangePlacementDaysInput;
}>;


export type StaffProviderChangeDayServicesDaysMutation = { __typename?: 'Mutation', changeDayServicesPlacementDays: { __typename?: 'DayServicesPlacement', id: string, daysPerWeek: number, version: number } };

export type StaffProviderDayServicesStartQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderDayServicesStartQuery = { __typename?: 'Query', ownGrantsToStart: Array<{ __typename?: 'Decision', id: string, startDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, groupId?: string | null, participant: { __typename?: 'Participant', id: string, fullName: string }, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, dayServicesGroups: Array<{ __typename?: 'DayServicesGroup', id: string, name: string, free?: number | null, offer: { __typename?: 'Offer', id: string } }> };

export type StaffProviderWorkCentreStartQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderWorkCentreStartQuery = { __typename?: 'Query', ownGrantsToStart: Array<{ __typename?: 'Decision', id: string, startDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, groupId?: string | null, participant: { __typename?: 'Participant', id: string, fullName: string }, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, workCentreGroups: Array<{ __typename?: 'WorkCentreGroup', id: string, name: string, free?: number | null, offer: { __typename?: 'Offer', id: string } }> };

export type StaffProviderArbaStartQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProviderArbaStartQuery = { __typename?: 'Query', ownGrantsToStart: Array<{ __typename?: 'Decision', id: string, startDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, groupId?: string | null, offer?: { __typename?: 'Offer', id: string, arba?: { __typename?: 'ArbaOffer', id: string, measure?: ArbaMeasure | null } | null, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, participant: { __typename?: 'Participant', id: string, fullName: string } }>, arbaArenas: Array<{ __typename?: 'ArbaArena', id: string, name: string, onlyFor?: ArbaMeasure | null }> };

export type StaffProviderStartDayServicesPlacementMutationVariables = Exact<{
  input: DayServicesStartPlacementInput;
}>;


export type StaffProviderStartDayServicesPlacementMutation = { __typename?: 'Mutation', startDayServicesPlacement: { __typename?: 'DayServicesPlacement', id: string, startDate: string } };

export type StaffProviderStartWorkCentrePlacementMutationVariables = Exact<{
  input: WorkCentreStartPlacementInput;
}>;


export type StaffProviderStartWorkCentrePlacementMutation = { __typename?: 'Mutation', startWorkCentrePlacement: { __typename?: 'WorkCentrePlacement', id: string, startDate: string } };

export type StaffProviderStartArbaParticipationMutationVariables = Exact<{
  input: ArbaStartParticipationInput;
}>;


export type StaffProviderStartArbaParticipationMutation = { __typename?: 'Mutation', startArbaParticipation: { __typename?: 'ArbaPlacement', id: string, startDate: string } };

export type WebApplyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type WebApplyMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', birthDate?: string | null, participant?: { __typename?: 'Participant', id: string, givenName: string, familyName: string, birthDate: string } | null, guardianships: Array<{ __typename?: 'Guardianship', id: string, guardianName: string, wardName: string, relation: GuardianRelation, status: GuardianshipStatus, participantId: string }> } };

export type WebRegisterMyselfMutationVariables = Exact<{
  input: RegisterMyselfInput;
}>;


export type WebRegisterMyselfMutation = { __typename?: 'Mutation', registerMyself: { __typename?: 'Participant', id: string, givenName: string, familyName: string, birthDate: string } };

export type WebRegisterWardMutationVariables = Exact<{
  input: RegisterWardInput;
}>;


export type WebRegisterWardMutation = { __typename?: 'Mutation', registerWard: { __typename?: 'Guardianship', id: string, guardianName: string, wardName: string, relation: GuardianRelation, status: GuardianshipStatus, participantId: string } };

export type WebApplyOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type WebApplyOffersQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', nodes: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, intakeMode: IntakeMode, openForApplications: boolean, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } }> } };

export type WebApplicationFormQueryVariables = Exact<{
  kind: OfferKind;
}>;


export type WebApplicationFormQuery = { __typename?: 'Query', applicationForm: { __typename?: 'ApplicationForm', kind: OfferKind, fields: Array<{ __typename?: 'ApplicationFormField', name: string, required: boolean, label: { __typename?: 'LocalizedText', nb: string, en: string } }> } };

export type WebApplicationDraftFragment = { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, submittedAt?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, intakeMode: IntakeMode, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }> };

export type WebApplicationDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebApplicationDraftQuery = { __typename?: 'Query', application?: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, submittedAt?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, intakeMode: IntakeMode, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }> } | null };

export type WebCreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type WebCreateApplicationMutation = { __typename?: 'Mutation', createApplication: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, submittedAt?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, intakeMode: IntakeMode, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }> } };

export type WebUpdateApplicationDraftMutationVariables = Exact<{
  input: UpdateApplicationDraftInput;
}>;


export type WebUpdateApplicationDraftMutation = { __typename?: 'Mutation', updateApplicationDraft: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, submittedAt?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, intakeMode: IntakeMode, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }> } };

export type WebSubmitApplicationMutationVariables = Exact<{
  input: ApplicationStepInput;
}>;


export type WebSubmitApplicationMutation = { __typename?: 'Mutation', submitApplication: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, submittedAt?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, intakeMode: IntakeMode, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }> } };

export type WebIntakeCalendarQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type WebIntakeCalendarQuery = { __typename?: 'Query', intakeCalendar: Array<{ __typename?: 'IntakeCalendarEvent', kind: IntakeEventKind, startDate: string, endDate: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, description: { __typename?: 'LocalizedText', nb: string, en: string } }> };

export type WebCatalogueQueryVariables = Exact<{
  filter: OfferFilter;
  textOnly: OfferFilter;
}>;


export type WebCatalogueQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', totalCount: number, nodes: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, trade?: string | null, site?: string | null, hoursPerWeek?: number | null, intakeMode: IntakeMode, openForApplications: boolean, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string, shortName: string }, capacity: { __typename?: 'Capacity', places?: number | null, free?: number | null, hasFreePlaces: boolean, waiting?: number | null, suppressed: boolean } }> }, facetBase: { __typename?: 'OfferConnection', totalCount: number, nodes: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, trade?: string | null, site?: string | null, intakeMode: IntakeMode, openForApplications: boolean, provider: { __typename?: 'Provider', id: string, name: string }, capacity: { __typename?: 'Capacity', hasFreePlaces: boolean } }> }, offerFacets: { __typename?: 'OfferFacets', trades: Array<string>, sites: Array<string> } };

export type WebOfferCardFragment = { __typename?: 'Offer', id: string, kind: OfferKind, trade?: string | null, site?: string | null, hoursPerWeek?: number | null, intakeMode: IntakeMode, openForApplications: boolean, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string, shortName: string }, capacity: { __typename?: 'Capacity', places?: number | null, free?: number | null, hasFreePlaces: boolean, waiting?: number | null, suppressed: boolean } };

export type WebOfferFacetFieldsFragment = { __typename?: 'Offer', id: string, kind: OfferKind, trade?: string | null, site?: string | null, intakeMode: IntakeMode, openForApplications: boolean, provider: { __typename?: 'Provider', id: string, name: string }, capacity: { __typename?: 'Capacity', hasFreePlaces: boolean } };

export type WebMyCorrectionsQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type WebMyCorrectionsQuery = { __typename?: 'Query', participant?: { __typename?: 'Participant', id: string, correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, field: CorrectionField, correctValue: string, reason: string, status: CorrectionStatus, answer?: string | null, createdAt: string, decidedAt?: string | null }> } | null };

export type WebRequestCorrectionMutationVariables = Exact<{
  input: RequestCorrectionInput;
}>;


export type WebRequestCorrectionMutation = { __typename?: 'Mutation', requestCorrection: { __typename?: 'CorrectionRequest', id: string, status: CorrectionStatus } };

export type WebStatCountFragment = { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null };

export type WebStatPeriodFragment = { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string };

export type WebCapacityRowFragment = { __typename?: 'CapacityStatisticsRow', places?: number | null, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, group: { __typename?: 'StatisticsGroup', key: string, label: string, kind?: OfferKind | null }, occupied: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, upcoming: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, waiting: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, started: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, ended: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } };

export type WebDashboardCapacityQueryVariables = Exact<{
  period: StatisticsPeriodInput;
  groupBy: StatisticsGrouping;
}>;


export type WebDashboardCapacityQuery = { __typename?: 'Query', capacityStatistics: { __typename?: 'CapacityStatistics', groupBy: StatisticsGrouping, asOf: string, periods: Array<{ __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }>, rows: Array<{ __typename?: 'CapacityStatisticsRow', places?: number | null, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, group: { __typename?: 'StatisticsGroup', key: string, label: string, kind?: OfferKind | null }, occupied: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, upcoming: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, waiting: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, started: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, ended: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }>, totals: Array<{ __typename?: 'CapacityStatisticsRow', places?: number | null, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, group: { __typename?: 'StatisticsGroup', key: string, label: string, kind?: OfferKind | null }, occupied: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, upcoming: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, waiting: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, started: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, ended: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }>, freshness: { __typename?: 'StatisticsFreshness', feeds: number, eventsBehind: number, oldestReadToEndAt?: string | null } } };

export type WebDashboardWaitingQueryVariables = Exact<{
  period: StatisticsPeriodInput;
}>;


export type WebDashboardWaitingQuery = { __typename?: 'Query', waitingTimeStatistics: Array<{ __typename?: 'WaitingTimeRow', kind?: OfferKind | null, medianDays?: number | null, p90Days?: number | null, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, waiting: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, leftForPlace: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }> };

export type WebDashboardIntakeQueryVariables = Exact<{
  period: StatisticsPeriodInput;
}>;


export type WebDashboardIntakeQuery = { __typename?: 'Query', intakeStatistics: Array<{ __typename?: 'IntakeRoundStatistics', round: string, label: string, medianDaysToDecision?: number | null, p90DaysToDecision?: number | null, submitted: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, granted: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, rejected: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, waiting: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, undecided: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }> };

export type WebDashboardFlowMeetingsQueryVariables = Exact<{
  period: StatisticsPeriodInput;
}>;


export type WebDashboardFlowMeetingsQuery = { __typename?: 'Query', flowMeetingStatistics: Array<{ __typename?: 'FlowMeetingStatistics', date: string, week: number, transitions: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, byOutcome: Array<{ __typename?: 'TransitionOutcomeCount', status: TransitionStatus, count: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }> }> };

export type WebDashboardArbaQueryVariables = Exact<{
  period: StatisticsPeriodInput;
}>;


export type WebDashboardArbaQuery = { __typename?: 'Query', arbaAftOutcomeStatistics: Array<{ __typename?: 'ArbaAftOutcomePeriod', requirement: number, meetsRequirement?: boolean | null, medianMonthsInAft?: number | null, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, ended: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, work: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, education: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, other: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, intoWorkOrEducation: { __typename?: 'StatShare', share?: number | null, suppressed: boolean } }>, arbaVtaGoalStatistics: Array<{ __typename?: 'ArbaVtaGoalPeriod', period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, goalsSet: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, goalsReached: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, reached: { __typename?: 'StatShare', share?: number | null, suppressed: boolean } }> };

export type WebDashboardStatePlacesQueryVariables = Exact<{
  period: StatisticsPeriodInput;
}>;


export type WebDashboardStatePlacesQuery = { __typename?: 'Query', navStateVtaPlaces: Array<{ __typename?: 'NavStateVtaAllocation', id: string, municipality: string, year: number, places: number, inUse: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }>, navStateVtaPlacesOverTime: Array<{ __typename?: 'NavStateVtaPeriod', municipality: string, places: number, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, inUse: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }> };

export type WebNeedQueryVariables = Exact<{
  period: StatisticsPeriodInput;
}>;


export type WebNeedQuery = { __typename?: 'Query', capacityStatistics: { __typename?: 'CapacityStatistics', asOf: string, rows: Array<{ __typename?: 'CapacityStatisticsRow', places?: number | null, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, group: { __typename?: 'StatisticsGroup', key: string, label: string, kind?: OfferKind | null }, occupied: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, upcoming: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, waiting: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, started: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, ended: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }>, freshness: { __typename?: 'StatisticsFreshness', feeds: number, eventsBehind: number, oldestReadToEndAt?: string | null } }, waitingTimeStatistics: Array<{ __typename?: 'WaitingTimeRow', kind?: OfferKind | null, medianDays?: number | null, p90Days?: number | null, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, waiting: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, leftForPlace: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }>, navStateVtaPlaces: Array<{ __typename?: 'NavStateVtaAllocation', id: string, municipality: string, year: number, places: number, inUse: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }>, navStateVtaPlacesOverTime: Array<{ __typename?: 'NavStateVtaPeriod', municipality: string, places: number, period: { __typename?: 'StatisticsPeriod', start: string, end: string, asOf: string, label: string }, inUse: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null }, free: { __typename?: 'StatCount', value?: number | null, suppressed: boolean, reason?: string | null } }> };

export type WebMyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyPageQuery = { __typename?: 'Query', me: { __typename?: 'Me', birthDate?: string | null, participant?: { __typename?: 'Participant', id: string, fullName: string, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, submittedAt?: string | null, createdAt: string, submittedByRole: ApplicantRole, submittedByName?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }> }>, decisions: Array<{ __typename?: 'Decision', id: string, kind: DecisionKind, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, annulledOn?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } | null }>, placements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, hoursPerWeek?: number | null, daysPerWeek?: number | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, waitingLists: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, position?: number | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, source?: { __typename?: 'Provider', id: string, name: string } | null }>, careerPlan?: { __typename?: 'CareerPlan', id: string, shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string, version: number } | null, transitions: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, createdAt: string, participantWish: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> }> } | null, guardianships: Array<{ __typename?: 'Guardianship', id: string, status: GuardianshipStatus, wardName: string, relation: GuardianRelation, claimedAt: string, confirmedAt?: string | null, participantId: string, participant?: { __typename?: 'Participant', id: string, fullName: string, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, submittedAt?: string | null, createdAt: string, submittedByRole: ApplicantRole, submittedByName?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }> }>, decisions: Array<{ __typename?: 'Decision', id: string, kind: DecisionKind, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, annulledOn?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } | null }>, placements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, hoursPerWeek?: number | null, daysPerWeek?: number | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, waitingLists: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, position?: number | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, source?: { __typename?: 'Provider', id: string, name: string } | null }>, careerPlan?: { __typename?: 'CareerPlan', id: string, shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string, version: number } | null, transitions: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, createdAt: string, participantWish: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> }> } | null }> } };

export type WebMinePersonFragment = { __typename?: 'Participant', id: string, fullName: string, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, submittedAt?: string | null, createdAt: string, submittedByRole: ApplicantRole, submittedByName?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }> }>, decisions: Array<{ __typename?: 'Decision', id: string, kind: DecisionKind, outcome: DecisionOutcome, decidedOn: string, startDate?: string | null, annulledOn?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } | null }>, placements: Array<{ __typename?: 'Placement', id: string, status: PlacementStatus, startDate: string, endDate?: string | null, hoursPerWeek?: number | null, daysPerWeek?: number | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, waitingLists: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, position?: number | null, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, source?: { __typename?: 'Provider', id: string, name: string } | null }>, careerPlan?: { __typename?: 'CareerPlan', id: string, shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string, version: number } | null, transitions: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, createdAt: string, participantWish: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> }> };

export type WebMineTransitionFragment = { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, createdAt: string, participantWish: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> };

export type WebMineApplicationFragment = { __typename?: 'Application', id: string, status: ApplicationStatus, submittedAt?: string | null, createdAt: string, submittedByRole: ApplicantRole, submittedByName?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }> };

export type WebMyWardApplicationsQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type WebMyWardApplicationsQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', nodes: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, submittedAt?: string | null, createdAt: string, submittedByRole: ApplicantRole, submittedByName?: string | null, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string }, provider: { __typename?: 'Provider', id: string, name: string } } }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }> }> } };

export type WebMyReadLogQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebMyReadLogQuery = { __typename?: 'Query', participant?: { __typename?: 'Participant', id: string, readLog: { __typename?: 'AuditEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'AuditEntry', id: string, readerSub: string, readerRoles: Array<string>, category: AuditCategory, readAt: string, subgraph: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type WebDecisionLetterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  language: LetterLanguage;
}>;


export type WebDecisionLetterQuery = { __typename?: 'Query', decision?: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, decidedOn: string, letter: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string } } | null };

export type WebSetCareerPlanMutationVariables = Exact<{
  input: SetCareerPlanInput;
}>;


export type WebSetCareerPlanMutation = { __typename?: 'Mutation', setCareerPlan: { __typename?: 'CareerPlan', id: string, shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string, version: number } };

export type WebProposeTransitionMutationVariables = Exact<{
  input: ProposeTransitionInput;
}>;


export type WebProposeTransitionMutation = { __typename?: 'Mutation', proposeTransition: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, createdAt: string, participantWish: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> } };

export type WebWithdrawTransitionMutationVariables = Exact<{
  input: TransitionStepInput;
}>;


export type WebWithdrawTransitionMutation = { __typename?: 'Mutation', withdrawTransition: { __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, version: number, createdAt: string, participantWish: string, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, offer?: { __typename?: 'Offer', id: string, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }> } };

export type WebMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyDataQuery = { __typename?: 'Query', me: { __typename?: 'Me', birthDate?: string | null, participant?: { __typename?: 'Participant', id: string, givenName: string, familyName: string, birthDate: string, email?: string | null, phone?: string | null, createdAt: string, updatedAt: string, guardians: Array<{ __typename?: 'Guardian', id: string, name: string, relation: GuardianRelation, phone?: string | null, email?: string | null }>, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, submittedAt?: string | null, withdrawalReason?: string | null, createdAt: string, updatedAt: string, version: number, participant: { __typename?: 'Participant', id: string }, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }>, vtaAssessment?: { __typename?: 'VtaAssessment', id: string } | null, decision?: { __typename?: 'Decision', id: string } | null }>, vtaAssessment?: { __typename?: 'VtaAssessment', id: string, status: VtaAssessmentStatus, note?: string | null, assessedAt?: string | null, createdAt: string, version: number, applicationId: string, participant: { __typename?: 'Participant', id: string } } | null, career: { __typename?: 'Career', placements: Array<{ __typename?: 'Placement', id: string }>, transitions: Array<{ __typename?: 'Transition', id: string }> }, careerPlan?: { __typename?: 'CareerPlan', id: string, shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string, version: number } | null, decisions: Array<{ __typename?: 'Decision', id: string, decidedBy: DecisionAuthority, outcome: DecisionOutcome, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, startDate?: string | null, reason?: string | null, decidedOn: string, decidedAt: string, placementStatus?: DecisionPlacementStatus | null, placementId?: string | null, placementAttempts: number, placementError?: string | null, placementRequestedAt?: string | null, version: number, kind: DecisionKind, annulledOn?: string | null, annulmentReason?: string | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, navGrant?: { __typename?: 'NavGrant', id: string } | null, application?: { __typename?: 'Application', id: string } | null, transition?: { __typename?: 'Transition', id: string } | null, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } | null, participant: { __typename?: 'Participant', id: string }, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placement?: { __typename?: 'Placement', id: string } | null, waitingEntries: Array<{ __typename?: 'WaitingEntry', id: string }>, letterNb: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string }, letterEn: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string } }>, transitions: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, createdAt: string, updatedAt: string, version: number, nextStatuses: Array<TransitionStatus>, complete: boolean, stalled: boolean, waitingFor: Array<string>, participant: { __typename?: 'Participant', id: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } | null, agendaItems: Array<{ __typename?: 'FlowMeetingItem', position: number, outcome?: FlowMeetingOutcome | null, note?: string | null, transition: { __typename?: 'Transition', id: string }, flowMeeting: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } }>, decision?: { __typename?: 'Decision', id: string } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, startDate?: string | null, endDate?: string | null, previousEndDate?: string | null, outcome: TransitionStepOutcome, message?: string | null, attempts: number, requestedAt?: string | null, seenInHub: boolean, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, statusHistory: Array<{ __typename?: 'TransitionStatusChange', status: TransitionStatus, at: string, by: TransitionProposer, note?: string | null }> }>, placements: Array<{ __typename?: 'Placement', id: string, startDate: string, endDate?: string | null, hoursPerWeek?: number | null, daysPerWeek?: number | null, updatedAt: string, status: PlacementStatus, arba?: { __typename?: 'ArbaPlacement', id: string, participantId: string, measure: ArbaMeasure, municipality: ArbaMunicipality, hoursPerWeek: number, startDate: string, endDate?: string | null, outcome?: ArbaAftOutcome | null, aftGrantedUntil?: string | null, version: number, offerId: string, aftPeriods: Array<{ __typename?: 'ArbaAftPeriod', id: string, kind: ArbaAftPeriodKind, startDate: string, endDate: string }>, goals: Array<{ __typename?: 'ArbaVtaGoal', id: string, description: string, setOn: string, nextEvaluationDue: string, evaluationDue: boolean, evaluations: Array<{ __typename?: 'ArbaVtaGoalEvaluation', id: string, date: string, result: ArbaVtaGoalResult, note?: string | null }> }>, arena: { __typename?: 'ArbaArena', id: string, name: string } } | null, dayServices?: { __typename?: 'DayServicesPlacement', id: string, participantId: string, daysPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'DayServicesGroup', id: string, name: string }, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } } | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, participant?: { __typename?: 'Participant', id: string } | null, workCentre?: { __typename?: 'WorkCentrePlacement', id: string, participantId: string, hoursPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'WorkCentreGroup', id: string, name: string }, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } }, trainingCandidacy?: { __typename?: 'WorkCentreTrainingCandidacy', id: string, trade: WorkCentreTrade, goal: string, trainingStart: string, plannedEnd: string } | null } | null }>, waitingLists: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, leftReason?: string | null, position?: number | null, participant?: { __typename?: 'Participant', id: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, source?: { __typename?: 'Provider', id: string, name: string } | null }>, navGrants: Array<{ __typename?: 'NavGrant', id: string, measureCode: string, description: string, granted: boolean, status: string, statusOn: string, startDate?: string | null, grantedOn?: string | null, withdrawnOn?: string | null, withdrawalReason?: string | null, feedVersion: number, updatedAt: string, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, history: Array<{ __typename?: 'NavGrantChange', feedVersion: number, granted: boolean, status: string, statusOn: string, reason?: string | null, receivedAt: string }> }>, correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, field: CorrectionField, currentValue?: string | null, correctValue: string, reason: string, requestedBy: CorrectionRequester, status: CorrectionStatus, answer?: string | null, decidedAt?: string | null, previousValue?: string | null, createdAt: string, version: number, participant?: { __typename?: 'Participant', id: string } | null }>, nav?: { __typename?: 'NavParticipant', records: Array<{ __typename?: 'NavParticipantRecord', id: string, startDate?: string | null, endDate?: string | null, status: NavParticipantStatus, statusReason?: NavStatusReason | null, statusReasonText?: string | null, statusAt: string, registeredAt: string, changedAt: string, source: NavRecordSource, version: number, measureInstance: { __typename?: 'NavMeasureInstance', id: string, name: string }, extent: Array<{ __typename?: 'NavExtentPeriod', percent: number, daysPerWeek?: number | null, validFrom: string }> }>, waitingLists: Array<{ __typename?: 'NavWaitingPosition', since: string, position: number, waitingCount: number, measureInstance: { __typename?: 'NavMeasureInstance', id: string, name: string } }> } | null } | null } };

export type WebMyWardDataQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type WebMyWardDataQuery = { __typename?: 'Query', participant?: { __typename?: 'Participant', id: string, givenName: string, familyName: string, birthDate: string, email?: string | null, phone?: string | null, createdAt: string, updatedAt: string, guardians: Array<{ __typename?: 'Guardian', id: string, name: string, relation: GuardianRelation, phone?: string | null, email?: string | null }>, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, submittedAt?: string | null, withdrawalReason?: string | null, createdAt: string, updatedAt: string, version: number, participant: { __typename?: 'Participant', id: string }, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }>, vtaAssessment?: { __typename?: 'VtaAssessment', id: string } | null, decision?: { __typename?: 'Decision', id: string } | null }>, vtaAssessment?: { __typename?: 'VtaAssessment', id: string, status: VtaAssessmentStatus, note?: string | null, assessedAt?: string | null, createdAt: string, version: number, applicationId: string, participant: { __typename?: 'Participant', id: string } } | null, career: { __typename?: 'Career', placements: Array<{ __typename?: 'Placement', id: string }>, transitions: Array<{ __typename?: 'Transition', id: string }> }, careerPlan?: { __typename?: 'CareerPlan', id: string, shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string, version: number } | null, decisions: Array<{ __typename?: 'Decision', id: string, decidedBy: DecisionAuthority, outcome: DecisionOutcome, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, startDate?: string | null, reason?: string | null, decidedOn: string, decidedAt: string, placementStatus?: DecisionPlacementStatus | null, placementId?: string | null, placementAttempts: number, placementError?: string | null, placementRequestedAt?: string | null, version: number, kind: DecisionKind, annulledOn?: string | null, annulmentReason?: string | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, navGrant?: { __typename?: 'NavGrant', id: string } | null, application?: { __typename?: 'Application', id: string } | null, transition?: { __typename?: 'Transition', id: string } | null, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } | null, participant: { __typename?: 'Participant', id: string }, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placement?: { __typename?: 'Placement', id: string } | null, waitingEntries: Array<{ __typename?: 'WaitingEntry', id: string }>, letterNb: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string }, letterEn: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string } }>, transitions: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, createdAt: string, updatedAt: string, version: number, nextStatuses: Array<TransitionStatus>, complete: boolean, stalled: boolean, waitingFor: Array<string>, participant: { __typename?: 'Participant', id: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } | null, agendaItems: Array<{ __typename?: 'FlowMeetingItem', position: number, outcome?: FlowMeetingOutcome | null, note?: string | null, transition: { __typename?: 'Transition', id: string }, flowMeeting: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } }>, decision?: { __typename?: 'Decision', id: string } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, startDate?: string | null, endDate?: string | null, previousEndDate?: string | null, outcome: TransitionStepOutcome, message?: string | null, attempts: number, requestedAt?: string | null, seenInHub: boolean, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, statusHistory: Array<{ __typename?: 'TransitionStatusChange', status: TransitionStatus, at: string, by: TransitionProposer, note?: string | null }> }>, placements: Array<{ __typename?: 'Placement', id: string, startDate: string, endDate?: string | null, hoursPerWeek?: number | null, daysPerWeek?: number | null, updatedAt: string, status: PlacementStatus, arba?: { __typename?: 'ArbaPlacement', id: string, participantId: string, measure: ArbaMeasure, municipality: ArbaMunicipality, hoursPerWeek: number, startDate: string, endDate?: string | null, outcome?: ArbaAftOutcome | null, aftGrantedUntil?: string | null, version: number, offerId: string, aftPeriods: Array<{ __typename?: 'ArbaAftPeriod', id: string, kind: ArbaAftPeriodKind, startDate: string, endDate: string }>, goals: Array<{ __typename?: 'ArbaVtaGoal', id: string, description: string, setOn: string, nextEvaluationDue: string, evaluationDue: boolean, evaluations: Array<{ __typename?: 'ArbaVtaGoalEvaluation', id: string, date: string, result: ArbaVtaGoalResult, note?: string | null }> }>, arena: { __typename?: 'ArbaArena', id: string, name: string } } | null, dayServices?: { __typename?: 'DayServicesPlacement', id: string, participantId: string, daysPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'DayServicesGroup', id: string, name: string }, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } } | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, participant?: { __typename?: 'Participant', id: string } | null, workCentre?: { __typename?: 'WorkCentrePlacement', id: string, participantId: string, hoursPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'WorkCentreGroup', id: string, name: string }, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } }, trainingCandidacy?: { __typename?: 'WorkCentreTrainingCandidacy', id: string, trade: WorkCentreTrade, goal: string, trainingStart: string, plannedEnd: string } | null } | null }>, waitingLists: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, leftReason?: string | null, position?: number | null, participant?: { __typename?: 'Participant', id: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, source?: { __typename?: 'Provider', id: string, name: string } | null }>, navGrants: Array<{ __typename?: 'NavGrant', id: string, measureCode: string, description: string, granted: boolean, status: string, statusOn: string, startDate?: string | null, grantedOn?: string | null, withdrawnOn?: string | null, withdrawalReason?: string | null, feedVersion: number, updatedAt: string, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, history: Array<{ __typename?: 'NavGrantChange', feedVersion: number, granted: boolean, status: string, statusOn: string, reason?: string | null, receivedAt: string }> }>, correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, field: CorrectionField, currentValue?: string | null, correctValue: string, reason: string, requestedBy: CorrectionRequester, status: CorrectionStatus, answer?: string | null, decidedAt?: string | null, previousValue?: string | null, createdAt: string, version: number, participant?: { __typename?: 'Participant', id: string } | null }>, nav?: { __typename?: 'NavParticipant', records: Array<{ __typename?: 'NavParticipantRecord', id: string, startDate?: string | null, endDate?: string | null, status: NavParticipantStatus, statusReason?: NavStatusReason | null, statusReasonText?: string | null, statusAt: string, registeredAt: string, changedAt: string, source: NavRecordSource, version: number, measureInstance: { __typename?: 'NavMeasureInstance', id: string, name: string }, extent: Array<{ __typename?: 'NavExtentPeriod', percent: number, daysPerWeek?: number | null, validFrom: string }> }>, waitingLists: Array<{ __typename?: 'NavWaitingPosition', since: string, position: number, waitingCount: number, measureInstance: { __typename?: 'NavMeasureInstance', id: string, name: string } }> } | null } | null };

export type WebMyDataParticipantFragment = { __typename?: 'Participant', id: string, givenName: string, familyName: string, birthDate: string, email?: string | null, phone?: string | null, createdAt: string, updatedAt: string, guardians: Array<{ __typename?: 'Guardian', id: string, name: string, relation: GuardianRelation, phone?: string | null, email?: string | null }>, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, round: ApplicationRound, intakeYear?: number | null, newcomer: boolean, submittedByRole: ApplicantRole, submittedByName?: string | null, desiredStartDate?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, activityWishes?: string | null, tradeWishes?: string | null, education?: string | null, navContact?: string | null, submittedAt?: string | null, withdrawalReason?: string | null, createdAt: string, updatedAt: string, version: number, participant: { __typename?: 'Participant', id: string }, choices: Array<{ __typename?: 'ApplicationChoice', rank: number, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } }>, experience: Array<{ __typename?: 'ApplicationExperience', kind: ExperienceKind, place: string, startDate: string, endDate?: string | null, description?: string | null }>, statusHistory: Array<{ __typename?: 'ApplicationStatusChange', status: ApplicationStatus, at: string, by: ApplicantRole }>, vtaAssessment?: { __typename?: 'VtaAssessment', id: string } | null, decision?: { __typename?: 'Decision', id: string } | null }>, vtaAssessment?: { __typename?: 'VtaAssessment', id: string, status: VtaAssessmentStatus, note?: string | null, assessedAt?: string | null, createdAt: string, version: number, applicationId: string, participant: { __typename?: 'Participant', id: string } } | null, career: { __typename?: 'Career', placements: Array<{ __typename?: 'Placement', id: string }>, transitions: Array<{ __typename?: 'Transition', id: string }> }, careerPlan?: { __typename?: 'CareerPlan', id: string, shortTermWishes?: string | null, longTermWishes?: string | null, educationWishes?: string | null, updatedAt: string, version: number } | null, decisions: Array<{ __typename?: 'Decision', id: string, decidedBy: DecisionAuthority, outcome: DecisionOutcome, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, startDate?: string | null, reason?: string | null, decidedOn: string, decidedAt: string, placementStatus?: DecisionPlacementStatus | null, placementId?: string | null, placementAttempts: number, placementError?: string | null, placementRequestedAt?: string | null, version: number, kind: DecisionKind, annulledOn?: string | null, annulmentReason?: string | null, placementRefusal?: { __typename?: 'PlacementRefusal', code: string, rule?: string | null, message: string } | null, navGrant?: { __typename?: 'NavGrant', id: string } | null, application?: { __typename?: 'Application', id: string } | null, transition?: { __typename?: 'Transition', id: string } | null, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } | null, participant: { __typename?: 'Participant', id: string }, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, placement?: { __typename?: 'Placement', id: string } | null, waitingEntries: Array<{ __typename?: 'WaitingEntry', id: string }>, letterNb: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string }, letterEn: { __typename?: 'DecisionLetter', language: LetterLanguage, title: string, date: string, greeting: string, paragraphs: Array<string>, appeal: string, signature: string } }>, transitions: Array<{ __typename?: 'Transition', id: string, kind: TransitionKind, status: TransitionStatus, proposedBy: TransitionProposer, participantWish: string, outcomeNote?: string | null, executedOn?: string | null, revertedOn?: string | null, revertReason?: string | null, createdAt: string, updatedAt: string, version: number, nextStatuses: Array<TransitionStatus>, complete: boolean, stalled: boolean, waitingFor: Array<string>, participant: { __typename?: 'Participant', id: string }, flowMeeting?: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } | null, agendaItems: Array<{ __typename?: 'FlowMeetingItem', position: number, outcome?: FlowMeetingOutcome | null, note?: string | null, transition: { __typename?: 'Transition', id: string }, flowMeeting: { __typename?: 'FlowMeeting', id: string, year: number, week: number, startDate: string } }>, decision?: { __typename?: 'Decision', id: string } | null, steps: Array<{ __typename?: 'TransitionStep', id: string, kind: TransitionStepKind, groupId?: string | null, daysPerWeek?: number | null, hoursPerWeek?: number | null, startDate?: string | null, endDate?: string | null, previousEndDate?: string | null, outcome: TransitionStepOutcome, message?: string | null, attempts: number, requestedAt?: string | null, seenInHub: boolean, refusal?: { __typename?: 'TransitionStepRefusal', code: string, rule?: string | null, message: string } | null, placement?: { __typename?: 'Placement', id: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null }>, statusHistory: Array<{ __typename?: 'TransitionStatusChange', status: TransitionStatus, at: string, by: TransitionProposer, note?: string | null }> }>, placements: Array<{ __typename?: 'Placement', id: string, startDate: string, endDate?: string | null, hoursPerWeek?: number | null, daysPerWeek?: number | null, updatedAt: string, status: PlacementStatus, arba?: { __typename?: 'ArbaPlacement', id: string, participantId: string, measure: ArbaMeasure, municipality: ArbaMunicipality, hoursPerWeek: number, startDate: string, endDate?: string | null, outcome?: ArbaAftOutcome | null, aftGrantedUntil?: string | null, version: number, offerId: string, aftPeriods: Array<{ __typename?: 'ArbaAftPeriod', id: string, kind: ArbaAftPeriodKind, startDate: string, endDate: string }>, goals: Array<{ __typename?: 'ArbaVtaGoal', id: string, description: string, setOn: string, nextEvaluationDue: string, evaluationDue: boolean, evaluations: Array<{ __typename?: 'ArbaVtaGoalEvaluation', id: string, date: string, result: ArbaVtaGoalResult, note?: string | null }> }>, arena: { __typename?: 'ArbaArena', id: string, name: string } } | null, dayServices?: { __typename?: 'DayServicesPlacement', id: string, participantId: string, daysPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'DayServicesGroup', id: string, name: string }, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } } | null, provider?: { __typename?: 'Provider', id: string, name: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, participant?: { __typename?: 'Participant', id: string } | null, workCentre?: { __typename?: 'WorkCentrePlacement', id: string, participantId: string, hoursPerWeek: number, startDate: string, endDate?: string | null, version: number, group: { __typename?: 'WorkCentreGroup', id: string, name: string }, offer: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } }, trainingCandidacy?: { __typename?: 'WorkCentreTrainingCandidacy', id: string, trade: WorkCentreTrade, goal: string, trainingStart: string, plannedEnd: string } | null } | null }>, waitingLists: Array<{ __typename?: 'WaitingEntry', id: string, description: string, since: string, leftOn?: string | null, leftReason?: string | null, position?: number | null, participant?: { __typename?: 'Participant', id: string } | null, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, source?: { __typename?: 'Provider', id: string, name: string } | null }>, navGrants: Array<{ __typename?: 'NavGrant', id: string, measureCode: string, description: string, granted: boolean, status: string, statusOn: string, startDate?: string | null, grantedOn?: string | null, withdrawnOn?: string | null, withdrawalReason?: string | null, feedVersion: number, updatedAt: string, offer?: { __typename?: 'Offer', id: string, kind: OfferKind, title: { __typename?: 'LocalizedText', nb: string, en: string } } | null, history: Array<{ __typename?: 'NavGrantChange', feedVersion: number, granted: boolean, status: string, statusOn: string, reason?: string | null, receivedAt: string }> }>, correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, field: CorrectionField, currentValue?: string | null, correctValue: string, reason: string, requestedBy: CorrectionRequester, status: CorrectionStatus, answer?: string | null, decidedAt?: string | null, previousValue?: string | null, createdAt: string, version: number, participant?: { __typename?: 'Participant', id: string } | null }>, nav?: { __typename?: 'NavParticipant', records: Array<{ __typename?: 'NavParticipantRecord', id: string, startDate?: string | null, endDate?: string | null, status: NavParticipantStatus, statusReason?: NavStatusReason | null, statusReasonText?: string | null, statusAt: string, registeredAt: string, changedAt: string, source: NavRecordSource, version: number, measureInstance: { __typename?: 'NavMeasureInstance', id: string, name: string }, extent: Array<{ __typename?: 'NavExtentPeriod', percent: number, daysPerWeek?: number | null, validFrom: string }> }>, waitingLists: Array<{ __typename?: 'NavWaitingPosition', since: string, position: number, waitingCount: number, measureInstance: { __typename?: 'NavMeasureInstance', id: string, name: string } }> } | null };

export type WebOfferQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebOfferQuery = { __typename?: 'Query', offer?: { __typename?: 'Offer', id: string, kind: OfferKind, trade?: string | null, site?: string | null, hoursPerWeek?: number | null, intakeMode: IntakeMode, decidedBy: DecisionAuthority, openForApplications: boolean, nextApplicationDeadline?: string | null, title: { __typename?: 'LocalizedText', nb: string, en: string }, description: { __typename?: 'LocalizedText', nb: string, en: string }, easyRead: { __typename?: 'LocalizedText', nb: string, en: string }, eligibility: { __typename?: 'LocalizedText', nb: string, en: string }, capacity: { __typename?: 'Capacity', places?: number | null, occupied?: number | null, upcoming?: number | null, free?: number | null, waiting?: number | null, suppressed: boolean }, provider: { __typename?: 'Provider', id: string, name: string, shortName: string, description: { __typename?: 'LocalizedText', nb: string, en: string } }, dayServices?: { __typename?: 'DayServicesOffer', groups: Array<{ __typename?: 'DayServicesGroup', id: string, name: string, capacity?: number | null, free?: number | null, description: { __typename?: 'LocalizedText', nb: string, en: string } }> } | null, workCentre?: { __typename?: 'WorkCentreOffer', groups: Array<{ __typename?: 'WorkCentreGroup', id: string, name: string, capacity?: number | null, free?: number | null }> } | null, arba?: { __typename?: 'ArbaOffer', arenas: Array<{ __typename?: 'ArbaArena', id: string, name: string }> } | null } | null };

export const OfferCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<OfferCardFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const ProposalPlacementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProposalPlacementFragment, unknown>;
export const ProposalOfferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalOfferFragment, unknown>;
export const DecisionCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecisionCardFragment, unknown>;
export const StaffCaseworkDecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseworkDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkDecisionFragment, unknown>;
export const StaffFlowStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}}]} as unknown as DocumentNode<StaffFlowStepFragment, unknown>;
export const StaffFlowTransitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}}]} as unknown as DocumentNode<StaffFlowTransitionFragment, unknown>;
export const StaffFlowUnderWayFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowUnderWay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffFlowUnderWayFragment, unknown>;
export const StaffPeopleIdentityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPeopleIdentity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<StaffPeopleIdentityFragment, unknown>;
export const StaffPeopleWaitingEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPeopleWaitingEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPeopleWaitingEntryFragment, unknown>;
export const StaffProviderOffersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderOffersFragment, unknown>;
export const StaffProviderPlacementRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderPlacementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderPlacementRowFragment, unknown>;
export const StaffProviderGrantRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderGrantRowFragment, unknown>;
export const StaffProviderArbaDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderArbaDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaPlacement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"aftGrantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"arena"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"setOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderArbaDetailFragment, unknown>;
export const WebApplicationDraftFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebApplicationDraft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WebApplicationDraftFragment, unknown>;
export const WebOfferCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebOfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"hasFreePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<WebOfferCardFragment, unknown>;
export const WebOfferFacetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebOfferFacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasFreePlaces"}}]}}]}}]} as unknown as DocumentNode<WebOfferFacetFieldsFragment, unknown>;
export const WebStatPeriodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<WebStatPeriodFragment, unknown>;
export const WebStatCountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<WebStatCountFragment, unknown>;
export const WebCapacityRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCapacityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<WebCapacityRowFragment, unknown>;
export const WebMineApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<WebMineApplicationFragment, unknown>;
export const WebMineTransitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMineTransitionFragment, unknown>;
export const WebMinePersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMinePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMineApplication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PLANNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"longTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"educationWishes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMineTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMinePersonFragment, unknown>;
export const WebMyDataParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMyDataParticipant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtaAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtaAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"career"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"longTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"educationWishes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"placementAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"navGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}},{"kind":"Field","name":{"kind":"Name","value":"annulmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"letterNb"},"name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"NB"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"letterEn"},"name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"previousEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"aftGrantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"aftPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"setOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arena"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingCandidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measureCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"feedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nav"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonText"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"measureInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMyDataParticipantFragment, unknown>;
export const CatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<CatalogueSearchQuery, CatalogueSearchQueryVariables>;
export const OfferFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trades"}},{"kind":"Field","name":{"kind":"Name","value":"sites"}}]}}]}}]} as unknown as DocumentNode<OfferFacetsQuery, OfferFacetsQueryVariables>;
export const ProposalContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PLANNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalPlacement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalOffer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalContextQuery, ProposalContextQueryVariables>;
export const DecideApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const RetryDecisionPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryDecisionPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryDecisionPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDecisionPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetryDecisionPlacementMutation, RetryDecisionPlacementMutationVariables>;
export const DecisionLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LetterLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionLetterQuery, DecisionLetterQueryVariables>;
export const WaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeLeft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeLeft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeLeft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<WaitingListQuery, WaitingListQueryVariables>;
export const ParticipantLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantLookupQuery, ParticipantLookupQueryVariables>;
export const ParticipantSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ParticipantSearchQuery, ParticipantSearchQueryVariables>;
export const StaffCaseworkWorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCaseworkWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationWorklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkWorklistQuery, StaffCaseworkWorklistQueryVariables>;
export const StaffCaseworkApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCaseworkApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtaAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffCaseworkDecision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseworkDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkApplicationQuery, StaffCaseworkApplicationQueryVariables>;
export const StaffCaseworkLetterPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCaseworkLetterPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionLetterPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkLetterPreviewQuery, StaffCaseworkLetterPreviewQueryVariables>;
export const StaffCaseworkStartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCaseworkStartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startApplicationAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkStartAssessmentMutation, StaffCaseworkStartAssessmentMutationVariables>;
export const StaffCaseworkRecordVtaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCaseworkRecordVta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVtaAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVtaAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkRecordVtaMutation, StaffCaseworkRecordVtaMutationVariables>;
export const StaffCaseworkWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCaseworkWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkWithdrawMutation, StaffCaseworkWithdrawMutationVariables>;
export const StaffCaseworkDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCaseworkDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffCaseworkDecision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseworkDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkDecideMutation, StaffCaseworkDecideMutationVariables>;
export const StaffCaseworkRetryPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCaseworkRetryPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryDecisionPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDecisionPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffCaseworkDecision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseworkDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkRetryPlacementMutation, StaffCaseworkRetryPlacementMutationVariables>;
export const StaffCaseworkCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCaseworkCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionStatus"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkCorrectionsQuery, StaffCaseworkCorrectionsQueryVariables>;
export const StaffCaseworkDecideCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCaseworkDecideCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCorrectionRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCorrectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffCaseworkDecideCorrectionMutation, StaffCaseworkDecideCorrectionMutationVariables>;
export const StaffFlowYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffFlowYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"transitionsByStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"underWay"},"name":{"kind":"Name","value":"transitionsByStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXECUTING"},{"kind":"EnumValue","value":"REVERTING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowUnderWay"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowUnderWay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffFlowYearQuery, StaffFlowYearQueryVariables>;
export const StaffFlowMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffFlowMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowTransition"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"transitionsByStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}}]} as unknown as DocumentNode<StaffFlowMeetingQuery, StaffFlowMeetingQueryVariables>;
export const StaffFlowTransitionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffFlowTransitionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowTransition"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"underWay"},"name":{"kind":"Name","value":"transitionsByStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXECUTING"},{"kind":"EnumValue","value":"REVERTING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowUnderWay"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowUnderWay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffFlowTransitionPageQuery, StaffFlowTransitionPageQueryVariables>;
export const StaffFlowCreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowCreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlowMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlowMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}}]}}]} as unknown as DocumentNode<StaffFlowCreateMeetingMutation, StaffFlowCreateMeetingMutationVariables>;
export const StaffFlowAddToAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowAddToAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTransitionToAgendaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTransitionToAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffFlowAddToAgendaMutation, StaffFlowAddToAgendaMutationVariables>;
export const StaffFlowRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransitionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}}]} as unknown as DocumentNode<StaffFlowRecordOutcomeMutation, StaffFlowRecordOutcomeMutationVariables>;
export const StaffFlowExecuteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowExecute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executeTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}}]} as unknown as DocumentNode<StaffFlowExecuteMutation, StaffFlowExecuteMutationVariables>;
export const StaffFlowRetryStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowRetryStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryTransitionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryTransitionStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}}]} as unknown as DocumentNode<StaffFlowRetryStepMutation, StaffFlowRetryStepMutationVariables>;
export const StaffFlowRevertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowRevert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevertTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revertTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}}]} as unknown as DocumentNode<StaffFlowRevertMutation, StaffFlowRevertMutationVariables>;
export const StaffFlowSettleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowSettle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFlowTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFlowStep"}}]}}]}}]} as unknown as DocumentNode<StaffFlowSettleMutation, StaffFlowSettleMutationVariables>;
export const StaffFlowProposeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffFlowProposeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffFlowProposeSearchQuery, StaffFlowProposeSearchQueryVariables>;
export const StaffFlowProposeTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFlowProposeTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<StaffFlowProposeTransitionMutation, StaffFlowProposeTransitionMutationVariables>;
export const StaffNavImportParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffNavImportParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NavImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNavParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<StaffNavImportParticipantsMutation, StaffNavImportParticipantsMutationVariables>;
export const StaffNavMeasureInstancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNavMeasureInstances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measureCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NavMeasureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"navMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navMeasureInstances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"measureCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navStateVtaPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}}]}}]} as unknown as DocumentNode<StaffNavMeasureInstancesQuery, StaffNavMeasureInstancesQueryVariables>;
export const StaffNavMeasureInstanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNavMeasureInstance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"navMeasureInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"openForSignup"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"extent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffNavMeasureInstanceQuery, StaffNavMeasureInstanceQueryVariables>;
export const StaffPeopleFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPeopleFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"lastSequence"}},{"kind":"Field","name":{"kind":"Name","value":"head"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffPeopleFeedsQuery, StaffPeopleFeedsQueryVariables>;
export const StaffPeopleParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPeopleParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffPeopleParticipantsQuery, StaffPeopleParticipantsQueryVariables>;
export const StaffPeopleParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPeopleParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffPeopleIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nav"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"measureInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffPeopleWaitingEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"longTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"educationWishes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPeopleIdentity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPeopleWaitingEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPeopleParticipantQuery, StaffPeopleParticipantQueryVariables>;
export const StaffPeopleUpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPeopleUpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffPeopleIdentity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPeopleIdentity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<StaffPeopleUpdateParticipantMutation, StaffPeopleUpdateParticipantMutationVariables>;
export const StaffPeopleRegisterParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPeopleRegisterParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffPeopleRegisterParticipantMutation, StaffPeopleRegisterParticipantMutationVariables>;
export const StaffPeopleWaitingListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPeopleWaitingLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeLeft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeLeft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeLeft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffPeopleWaitingEntry"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPeopleWaitingEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPeopleWaitingListsQuery, StaffPeopleWaitingListsQueryVariables>;
export const StaffPrivacyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPrivacyAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRows"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRows"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readerSub"}},{"kind":"Field","name":{"kind":"Name","value":"readerRoles"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPrivacyAuditLogQuery, StaffPrivacyAuditLogQueryVariables>;
export const StaffProviderArbaFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderArbaFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arbaSupervisorRatios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"arena"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"}},{"kind":"Field","name":{"kind":"Name","value":"participantsPerSupervisor"}},{"kind":"Field","name":{"kind":"Name","value":"norm"}},{"kind":"Field","name":{"kind":"Name","value":"meetsNorm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbaArenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"aftGrantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderArbaFollowUpQuery, StaffProviderArbaFollowUpQueryVariables>;
export const StaffProviderDayServicesGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderDayServicesGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServicesGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderDayServicesGroupsQuery, StaffProviderDayServicesGroupsQueryVariables>;
export const StaffProviderSetDayServicesGroupCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderSetDayServicesGroupCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DayServicesGroupCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDayServicesGroupCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderSetDayServicesGroupCapacityMutation, StaffProviderSetDayServicesGroupCapacityMutationVariables>;
export const StaffProviderWorkCentreGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderWorkCentreGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workCentreGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderWorkCentreGroupsQuery, StaffProviderWorkCentreGroupsQueryVariables>;
export const StaffProviderArbaArenasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderArbaArenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbaArenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"onlyFor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderOffers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderArbaArenasQuery, StaffProviderArbaArenasQueryVariables>;
export const StaffProviderDayServicesParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderDayServicesParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownGrantsToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderGrantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PLANNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderPlacementRow"}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderPlacementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderDayServicesParticipantsQuery, StaffProviderDayServicesParticipantsQueryVariables>;
export const StaffProviderWorkCentreParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderWorkCentreParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownGrantsToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderGrantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PLANNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderPlacementRow"}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderPlacementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderWorkCentreParticipantsQuery, StaffProviderWorkCentreParticipantsQueryVariables>;
export const StaffProviderArbaParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderArbaParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownGrantsToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderGrantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PLANNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderPlacementRow"}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"arena"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderPlacementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderArbaParticipantsQuery, StaffProviderArbaParticipantsQueryVariables>;
export const StaffProviderDayServicesPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderDayServicesPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderPlacementRow"}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderPlacementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderDayServicesPlacementQuery, StaffProviderDayServicesPlacementQueryVariables>;
export const StaffProviderWorkCentrePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderWorkCentrePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderPlacementRow"}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderPlacementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderWorkCentrePlacementQuery, StaffProviderWorkCentrePlacementQueryVariables>;
export const StaffProviderArbaPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderArbaPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderPlacementRow"}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderArbaDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderPlacementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderArbaDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaPlacement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"aftGrantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"arena"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"setOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderArbaPlacementQuery, StaffProviderArbaPlacementQueryVariables>;
export const StaffProviderEndDayServicesPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderEndDayServicesPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DayServicesEndPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDayServicesPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderEndDayServicesPlacementMutation, StaffProviderEndDayServicesPlacementMutationVariables>;
export const StaffProviderChangeWorkCentreHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderChangeWorkCentreHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkCentreChangePlacementHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeWorkCentrePlacementHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderChangeWorkCentreHoursMutation, StaffProviderChangeWorkCentreHoursMutationVariables>;
export const StaffProviderEndWorkCentrePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderEndWorkCentrePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkCentreEndPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endWorkCentrePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderEndWorkCentrePlacementMutation, StaffProviderEndWorkCentrePlacementMutationVariables>;
export const StaffProviderChangeArbaHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderChangeArbaHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaChangeParticipationHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeArbaParticipationHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderChangeArbaHoursMutation, StaffProviderChangeArbaHoursMutationVariables>;
export const StaffProviderEndArbaParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderEndArbaParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaEndParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endArbaParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderEndArbaParticipationMutation, StaffProviderEndArbaParticipationMutationVariables>;
export const StaffProviderExtendArbaAftPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderExtendArbaAftPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaExtendAftPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendArbaAftPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aftGrantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderExtendArbaAftPeriodMutation, StaffProviderExtendArbaAftPeriodMutationVariables>;
export const StaffProviderSetArbaVtaGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderSetArbaVtaGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaSetVtaGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setArbaVtaGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<StaffProviderSetArbaVtaGoalMutation, StaffProviderSetArbaVtaGoalMutationVariables>;
export const StaffProviderEvaluateArbaVtaGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderEvaluateArbaVtaGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaEvaluateVtaGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateArbaVtaGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDue"}}]}}]}}]} as unknown as DocumentNode<StaffProviderEvaluateArbaVtaGoalMutation, StaffProviderEvaluateArbaVtaGoalMutationVariables>;
export const StaffProviderChangeDayServicesDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderChangeDayServicesDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DayServicesChangePlacementDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDayServicesPlacementDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffProviderChangeDayServicesDaysMutation, StaffProviderChangeDayServicesDaysMutationVariables>;
export const StaffProviderDayServicesStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderDayServicesStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownGrantsToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderGrantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServicesGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderDayServicesStartQuery, StaffProviderDayServicesStartQueryVariables>;
export const StaffProviderWorkCentreStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderWorkCentreStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownGrantsToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderGrantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workCentreGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderWorkCentreStartQuery, StaffProviderWorkCentreStartQueryVariables>;
export const StaffProviderArbaStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffProviderArbaStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownGrantsToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffProviderGrantRow"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbaArenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onlyFor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProviderGrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<StaffProviderArbaStartQuery, StaffProviderArbaStartQueryVariables>;
export const StaffProviderStartDayServicesPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderStartDayServicesPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DayServicesStartPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDayServicesPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<StaffProviderStartDayServicesPlacementMutation, StaffProviderStartDayServicesPlacementMutationVariables>;
export const StaffProviderStartWorkCentrePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderStartWorkCentrePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkCentreStartPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWorkCentrePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<StaffProviderStartWorkCentrePlacementMutation, StaffProviderStartWorkCentrePlacementMutationVariables>;
export const StaffProviderStartArbaParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffProviderStartArbaParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArbaStartParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArbaParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<StaffProviderStartArbaParticipationMutation, StaffProviderStartArbaParticipationMutationVariables>;
export const WebApplyMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebApplyMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardianships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}}]}}]}}]}}]} as unknown as DocumentNode<WebApplyMeQuery, WebApplyMeQueryVariables>;
export const WebRegisterMyselfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRegisterMyself"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMyselfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMyself"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]} as unknown as DocumentNode<WebRegisterMyselfMutation, WebRegisterMyselfMutationVariables>;
export const WebRegisterWardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRegisterWard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}}]}}]}}]} as unknown as DocumentNode<WebRegisterWardMutation, WebRegisterWardMutationVariables>;
export const WebApplyOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebApplyOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<WebApplyOffersQuery, WebApplyOffersQueryVariables>;
export const WebApplicationFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebApplicationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebApplicationFormQuery, WebApplicationFormQueryVariables>;
export const WebApplicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebApplicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebApplicationDraft"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebApplicationDraft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WebApplicationDraftQuery, WebApplicationDraftQueryVariables>;
export const WebCreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebApplicationDraft"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebApplicationDraft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WebCreateApplicationMutation, WebCreateApplicationMutationVariables>;
export const WebUpdateApplicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateApplicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateApplicationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApplicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebApplicationDraft"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebApplicationDraft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WebUpdateApplicationDraftMutation, WebUpdateApplicationDraftMutationVariables>;
export const WebSubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebApplicationDraft"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebApplicationDraft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WebSubmitApplicationMutation, WebSubmitApplicationMutationVariables>;
export const WebIntakeCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebIntakeCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<WebIntakeCalendarQuery, WebIntakeCalendarQueryVariables>;
export const WebCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"textOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebOfferCard"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"facetBase"},"name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"textOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebOfferFacetFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trades"}},{"kind":"Field","name":{"kind":"Name","value":"sites"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebOfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"hasFreePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebOfferFacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasFreePlaces"}}]}}]}}]} as unknown as DocumentNode<WebCatalogueQuery, WebCatalogueQueryVariables>;
export const WebMyCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebMyCorrectionsQuery, WebMyCorrectionsQueryVariables>;
export const WebRequestCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRequestCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebRequestCorrectionMutation, WebRequestCorrectionMutationVariables>;
export const WebDashboardCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDashboardCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCapacityRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCapacityRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeds"}},{"kind":"Field","name":{"kind":"Name","value":"eventsBehind"}},{"kind":"Field","name":{"kind":"Name","value":"oldestReadToEndAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCapacityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}}]} as unknown as DocumentNode<WebDashboardCapacityQuery, WebDashboardCapacityQueryVariables>;
export const WebDashboardWaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDashboardWaiting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingTimeStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"p90Days"}},{"kind":"Field","name":{"kind":"Name","value":"leftForPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<WebDashboardWaitingQuery, WebDashboardWaitingQueryVariables>;
export const WebDashboardIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDashboardIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undecided"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"p90DaysToDecision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<WebDashboardIntakeQuery, WebDashboardIntakeQueryVariables>;
export const WebDashboardFlowMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDashboardFlowMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowMeetingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<WebDashboardFlowMeetingsQuery, WebDashboardFlowMeetingsQueryVariables>;
export const WebDashboardArbaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDashboardArba"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arbaAftOutcomeStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"work"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intoWorkOrEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"meetsRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"medianMonthsInAft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbaVtaGoalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalsSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalsReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<WebDashboardArbaQuery, WebDashboardArbaQueryVariables>;
export const WebDashboardStatePlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDashboardStatePlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"navStateVtaPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navStateVtaPlacesOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<WebDashboardStatePlacesQuery, WebDashboardStatePlacesQueryVariables>;
export const WebNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCapacityRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeds"}},{"kind":"Field","name":{"kind":"Name","value":"eventsBehind"}},{"kind":"Field","name":{"kind":"Name","value":"oldestReadToEndAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingTimeStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"p90Days"}},{"kind":"Field","name":{"kind":"Name","value":"leftForPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navStateVtaPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navStateVtaPlacesOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebStatCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCapacityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebStatCount"}}]}}]}}]} as unknown as DocumentNode<WebNeedQuery, WebNeedQueryVariables>;
export const WebMyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMinePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardianships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMinePerson"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMinePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMineApplication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PLANNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"longTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"educationWishes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMineTransition"}}]}}]}}]} as unknown as DocumentNode<WebMyPageQuery, WebMyPageQueryVariables>;
export const WebMyWardApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyWardApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMineApplication"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<WebMyWardApplicationsQuery, WebMyWardApplicationsQueryVariables>;
export const WebMyReadLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyReadLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readerSub"}},{"kind":"Field","name":{"kind":"Name","value":"readerRoles"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMyReadLogQuery, WebMyReadLogQueryVariables>;
export const WebDecisionLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDecisionLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LetterLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}}]}}]} as unknown as DocumentNode<WebDecisionLetterQuery, WebDecisionLetterQueryVariables>;
export const WebSetCareerPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetCareerPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCareerPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCareerPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"longTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"educationWishes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebSetCareerPlanMutation, WebSetCareerPlanMutationVariables>;
export const WebProposeTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebProposeTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMineTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebProposeTransitionMutation, WebProposeTransitionMutationVariables>;
export const WebWithdrawTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebWithdrawTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMineTransition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMineTransition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebWithdrawTransitionMutation, WebWithdrawTransitionMutationVariables>;
export const WebMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMyDataParticipant"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMyDataParticipant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtaAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtaAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"career"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"longTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"educationWishes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"placementAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"navGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}},{"kind":"Field","name":{"kind":"Name","value":"annulmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"letterNb"},"name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"NB"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"letterEn"},"name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"previousEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"aftGrantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"aftPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"setOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arena"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingCandidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measureCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"feedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nav"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonText"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"measureInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMyDataQuery, WebMyDataQueryVariables>;
export const WebMyWardDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMyWardData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMyDataParticipant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMyDataParticipant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"intakeYear"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"desiredStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"activityWishes"}},{"kind":"Field","name":{"kind":"Name","value":"tradeWishes"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"navContact"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtaAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtaAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"career"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"longTermWishes"}},{"kind":"Field","name":{"kind":"Name","value":"educationWishes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"placementAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"placementError"}},{"kind":"Field","name":{"kind":"Name","value":"placementRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placementRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"navGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annulledOn"}},{"kind":"Field","name":{"kind":"Name","value":"annulmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"letterNb"},"name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"NB"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"letterEn"},"name":{"kind":"Name","value":"letter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"participantWish"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revertReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"transition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flowMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"previousEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seenInHub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"aftGrantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"aftPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"setOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationDue"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arena"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingCandidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measureCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"feedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nav"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonText"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"measureInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"daysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"measureInstance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMyWardDataQuery, WebMyWardDataQueryVariables>;
export const WebOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"easyRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arenas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebOfferQuery, WebOfferQueryVariables>;