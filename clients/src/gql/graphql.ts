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

/** A new offer in the catalogue. */
export type CreateOfferInput = {
  /** Defaults by kind: ALLOCATION_OFFICE for municipal kinds, NAV for VTA, VTAO and AFT. */
  decidedBy?: InputMaybe<DecisionAuthority>;
  /** What the offer contains, in plain language; at most 2000 characters each. */
  description: LocalizedTextInput;
  /** Who may apply; at most 2000 characters each. */
  eligibility: LocalizedTextInput;
  /** Hours a week in a full place (more than 0, at most 37.5; at most 30 for ADAPTED_WORK). */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Defaults by kind: MAIN_INTAKE for municipal kinds, CONTINUOUS for NAV measures. */
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

/** Who decides whether an applicant gets a place. */
export type DecisionAuthority =
  /** The municipal allocation office (Tildelingskontoret), by administrative decision (vedtak). */
  | 'ALLOCATION_OFFICE'
  /** NAV, by a decision on the participant (tilsagn/vedtak). */
  | 'NAV'
  /** The provider itself, e.g. when it hires an apprentice. */
  | 'PROVIDER';

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

/** How applications are taken in. */
export type IntakeMode =
  /** Continuous intake (løpende inntak): apply at any time. */
  | 'CONTINUOUS'
  /** Main intake (hovedopptak) once a year, with the application deadline 1 February. */
  | 'MAIN_INTAKE';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an offer to the catalogue. Invalid input gives BAD_USER_INPUT with the fields. */
  createOffer: Offer;
  /** Registers a participant. Invalid input gives BAD_USER_INPUT; an identity number already registered gives CONFLICT. */
  registerParticipant: Participant;
  /** Changes an offer. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT. */
  updateOffer: Offer;
  /** Changes a participant. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT. */
  updateParticipant: Participant;
};


export type MutationCreateOfferArgs = {
  input: CreateOfferInput;
};


export type MutationRegisterParticipantArgs = {
  input: RegisterParticipantInput;
};


export type MutationUpdateOfferArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOfferInput;
};


export type MutationUpdateParticipantArgs = {
  id: Scalars['ID']['input'];
  input: UpdateParticipantInput;
};

/** An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba"). */
export type Offer = {
  __typename?: 'Offer';
  /** When the offer was added to the catalogue. */
  createdAt: Scalars['DateTime']['output'];
  /** Who decides on applications for this offer. */
  decidedBy: DecisionAuthority;
  /** What the offer contains, in plain language for applicants and guardians. */
  description: LocalizedText;
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
  /** Title, e.g. "Grøntgruppa på Emma Hjorth". */
  title: LocalizedText;
  /** Trade or field of work (fagområde), e.g. "Mat" or "Tre"; null for activity without one. */
  trade?: Maybe<Scalars['String']['output']>;
  /** When the offer was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
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

/** The values in use in the catalogue, for building filters. */
export type OfferFacets = {
  __typename?: 'OfferFacets';
  /** Sites in use, sorted. */
  sites: Array<Scalars['String']['output']>;
  /** Trades in use, sorted. */
  trades: Array<Scalars['String']['output']>;
};

/** Narrows the catalogue. All given conditions must hold; lists match any of their values. */
export type OfferFilter = {
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

/** A participant: a person who applies for, or has, a place in adapted work or daily activity. */
export type Participant = {
  __typename?: 'Participant';
  /** Date of birth (YYYY-MM-DD), derived from the national identity number. */
  birthDate: Scalars['Date']['output'];
  /** When the participant was registered. */
  createdAt: Scalars['DateTime']['output'];
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
  /** Phone number, e.g. "+4791234567". */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the participant was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
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

/** An organisation that offers or coordinates adapted work and daily activity. */
export type Provider = {
  __typename?: 'Provider';
  /** What the organisation does, in plain language. */
  description: LocalizedText;
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
  /** One offer by id; null when there is none with that id. */
  offer?: Maybe<Offer>;
  /** Trades and sites in use in the catalogue, for filter menus. */
  offerFacets: OfferFacets;
  /** The common offer catalogue across all providers, by title, with filters and cursor pagination. */
  offers: OfferConnection;
  /** One participant by id; null when there is none with that id. */
  participant?: Maybe<Participant>;
  /** Participants by family name, then given name, with cursor pagination. */
  participants: ParticipantConnection;
  /** One provider by id; null when there is none with that id. */
  provider?: Maybe<Provider>;
  /** All organisations in the provider registry, by name. */
  providers: Array<Provider>;
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
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

/** Changes to an offer. Only the fields given are changed; null clears an optional field. */
export type UpdateOfferInput = {
  /** New decision authority. */
  decidedBy?: InputMaybe<DecisionAuthority>;
  /** New description in both languages. */
  description?: InputMaybe<LocalizedTextInput>;
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
  /** New phone number; null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
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

export const OfferCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<OfferCardFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const CatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"intakeMode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"openForApplications"}},{"kind":"Field","name":{"kind":"Name","value":"nextApplicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<CatalogueSearchQuery, CatalogueSearchQueryVariables>;
export const OfferFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trades"}},{"kind":"Field","name":{"kind":"Name","value":"sites"}}]}}]}}]} as unknown as DocumentNode<OfferFacetsQuery, OfferFacetsQueryVariables>;
export const ParticipantLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantLookupQuery, ParticipantLookupQueryVariables>;
export const ParticipantSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ParticipantSearchQuery, ParticipantSearchQueryVariables>;