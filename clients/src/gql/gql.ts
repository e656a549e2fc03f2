/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CatalogueSearch($filter: OfferFilter, $first: Int, $after: String) {\n  offers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OfferCard\n      }\n    }\n  }\n}": typeof types.CatalogueSearchDocument,
    "fragment OfferCard on Offer {\n  id\n  kind\n  title {\n    nb\n    en\n  }\n  description {\n    nb\n    en\n  }\n  trade\n  site\n  hoursPerWeek\n  intakeMode\n  decidedBy\n  places\n  openForApplications\n  nextApplicationDeadline\n  provider {\n    id\n    name\n    shortName\n  }\n}": typeof types.OfferCardFragmentDoc,
    "query OfferFacets {\n  offerFacets {\n    trades\n    sites\n  }\n}": typeof types.OfferFacetsDocument,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}": typeof types.PageInfoFieldsFragmentDoc,
    "fragment DecisionCard on Decision {\n  id\n  version\n  outcome\n  decidedOn\n  startDate\n  groupId\n  daysPerWeek\n  hoursPerWeek\n  reason\n  offer {\n    id\n    title {\n      nb\n      en\n    }\n  }\n  placementStatus\n  placementError\n  placementRefusal {\n    code\n    rule\n    message\n  }\n  placement {\n    id\n    status\n  }\n}\n\nmutation DecideApplication($input: DecideApplicationInput!) {\n  decideApplication(input: $input) {\n    ...DecisionCard\n  }\n}\n\nmutation RetryDecisionPlacement($input: RetryDecisionPlacementInput!) {\n  retryDecisionPlacement(input: $input) {\n    ...DecisionCard\n  }\n}": typeof types.DecisionCardFragmentDoc,
    "query DecisionLetter($id: ID!, $language: LetterLanguage) {\n  decision(id: $id) {\n    id\n    letter(language: $language) {\n      language\n      title\n      date\n      greeting\n      paragraphs\n      appeal\n      signature\n    }\n  }\n}": typeof types.DecisionLetterDocument,
    "query WaitingList($offerId: ID!, $includeLeft: Boolean) {\n  waitingList(offerId: $offerId, includeLeft: $includeLeft) {\n    id\n    position\n    since\n    leftOn\n    leftReason\n    description\n    participant {\n      id\n      fullName\n    }\n    source {\n      id\n      shortName\n    }\n  }\n}": typeof types.WaitingListDocument,
    "query ParticipantLookup($id: ID!) {\n  participant(id: $id) {\n    id\n    fullName\n    givenName\n    familyName\n    birthDate\n    email\n    phone\n    version\n    guardians {\n      id\n      name\n      relation\n      phone\n      email\n    }\n  }\n}\n\nquery ParticipantSearch($search: String, $first: Int, $after: String) {\n  participants(filter: {search: $search}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        id\n        fullName\n        birthDate\n      }\n    }\n  }\n}": typeof types.ParticipantLookupDocument,
};
const documents: Documents = {
    "query CatalogueSearch($filter: OfferFilter, $first: Int, $after: String) {\n  offers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OfferCard\n      }\n    }\n  }\n}": types.CatalogueSearchDocument,
    "fragment OfferCard on Offer {\n  id\n  kind\n  title {\n    nb\n    en\n  }\n  description {\n    nb\n    en\n  }\n  trade\n  site\n  hoursPerWeek\n  intakeMode\n  decidedBy\n  places\n  openForApplications\n  nextApplicationDeadline\n  provider {\n    id\n    name\n    shortName\n  }\n}": types.OfferCardFragmentDoc,
    "query OfferFacets {\n  offerFacets {\n    trades\n    sites\n  }\n}": types.OfferFacetsDocument,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}": types.PageInfoFieldsFragmentDoc,
    "fragment DecisionCard on Decision {\n  id\n  version\n  outcome\n  decidedOn\n  startDate\n  groupId\n  daysPerWeek\n  hoursPerWeek\n  reason\n  offer {\n    id\n    title {\n      nb\n      en\n    }\n  }\n  placementStatus\n  placementError\n  placementRefusal {\n    code\n    rule\n    message\n  }\n  placement {\n    id\n    status\n  }\n}\n\nmutation DecideApplication($input: DecideApplicationInput!) {\n  decideApplication(input: $input) {\n    ...DecisionCard\n  }\n}\n\nmutation RetryDecisionPlacement($input: RetryDecisionPlacementInput!) {\n  retryDecisionPlacement(input: $input) {\n    ...DecisionCard\n  }\n}": types.DecisionCardFragmentDoc,
    "query DecisionLetter($id: ID!, $language: LetterLanguage) {\n  decision(id: $id) {\n    id\n    letter(language: $language) {\n      language\n      title\n      date\n      greeting\n      paragraphs\n      appeal\n      signature\n    }\n  }\n}": types.DecisionLetterDocument,
    "query WaitingList($offerId: ID!, $includeLeft: Boolean) {\n  waitingList(offerId: $offerId, includeLeft: $includeLeft) {\n    id\n    position\n    since\n    leftOn\n    leftReason\n    description\n    participant {\n      id\n      fullName\n    }\n    source {\n      id\n      shortName\n    }\n  }\n}": types.WaitingListDocument,
    "query ParticipantLookup($id: ID!) {\n  participant(id: $id) {\n    id\n    fullName\n    givenName\n    familyName\n    birthDate\n    email\n    phone\n    version\n    guardians {\n      id\n      name\n      relation\n      phone\n      email\n    }\n  }\n}\n\nquery ParticipantSearch($search: String, $first: Int, $after: String) {\n  participants(filter: {search: $search}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        id\n        fullName\n        birthDate\n      }\n    }\n  }\n}": types.ParticipantLookupDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogueSearch($filter: OfferFilter, $first: Int, $after: String) {\n  offers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OfferCard\n      }\n    }\n  }\n}"): (typeof documents)["query CatalogueSearch($filter: OfferFilter, $first: Int, $after: String) {\n  offers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OfferCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OfferCard on Offer {\n  id\n  kind\n  title {\n    nb\n    en\n  }\n  description {\n    nb\n    en\n  }\n  trade\n  site\n  hoursPerWeek\n  intakeMode\n  decidedBy\n  places\n  openForApplications\n  nextApplicationDeadline\n  provider {\n    id\n    name\n    shortName\n  }\n}"): (typeof documents)["fragment OfferCard on Offer {\n  id\n  kind\n  title {\n    nb\n    en\n  }\n  description {\n    nb\n    en\n  }\n  trade\n  site\n  hoursPerWeek\n  intakeMode\n  decidedBy\n  places\n  openForApplications\n  nextApplicationDeadline\n  provider {\n    id\n    name\n    shortName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferFacets {\n  offerFacets {\n    trades\n    sites\n  }\n}"): (typeof documents)["query OfferFacets {\n  offerFacets {\n    trades\n    sites\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}"): (typeof documents)["fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DecisionCard on Decision {\n  id\n  version\n  outcome\n  decidedOn\n  startDate\n  groupId\n  daysPerWeek\n  hoursPerWeek\n  reason\n  offer {\n    id\n    title {\n      nb\n      en\n    }\n  }\n  placementStatus\n  placementError\n  placementRefusal {\n    code\n    rule\n    message\n  }\n  placement {\n    id\n    status\n  }\n}\n\nmutation DecideApplication($input: DecideApplicationInput!) {\n  decideApplication(input: $input) {\n    ...DecisionCard\n  }\n}\n\nmutation RetryDecisionPlacement($input: RetryDecisionPlacementInput!) {\n  retryDecisionPlacement(input: $input) {\n    ...DecisionCard\n  }\n}"): (typeof documents)["fragment DecisionCard on Decision {\n  id\n  version\n  outcome\n  decidedOn\n  startDate\n  groupId\n  daysPerWeek\n  hoursPerWeek\n  reason\n  offer {\n    id\n    title {\n      nb\n      en\n    }\n  }\n  placementStatus\n  placementError\n  placementRefusal {\n    code\n    rule\n    message\n  }\n  placement {\n    id\n    status\n  }\n}\n\nmutation DecideApplication($input: DecideApplicationInput!) {\n  decideApplication(input: $input) {\n    ...DecisionCard\n  }\n}\n\nmutation RetryDecisionPlacement($input: RetryDecisionPlacementInput!) {\n  retryDecisionPlacement(input: $input) {\n    ...DecisionCard\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DecisionLetter($id: ID!, $language: LetterLanguage) {\n  decision(id: $id) {\n    id\n    letter(language: $language) {\n      language\n      title\n      date\n      greeting\n      paragraphs\n      appeal\n      signature\n    }\n  }\n}"): (typeof documents)["query DecisionLetter($id: ID!, $language: LetterLanguage) {\n  decision(id: $id) {\n    id\n    letter(language: $language) {\n      language\n      title\n      date\n      greeting\n      paragraphs\n      appeal\n      signature\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitingList($offerId: ID!, $includeLeft: Boolean) {\n  waitingList(offerId: $offerId, includeLeft: $includeLeft) {\n    id\n    position\n    since\n    leftOn\n    leftReason\n    description\n    participant {\n      id\n      fullName\n    }\n    source {\n      id\n      shortName\n    }\n  }\n}"): (typeof documents)["query WaitingList($offerId: ID!, $includeLeft: Boolean) {\n  waitingList(offerId: $offerId, includeLeft: $includeLeft) {\n    id\n    position\n    since\n    leftOn\n    leftReason\n    description\n    participant {\n      id\n      fullName\n    }\n    source {\n      id\n      shortName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantLookup($id: ID!) {\n  participant(id: $id) {\n    id\n    fullName\n    givenName\n    familyName\n    birthDate\n    email\n    phone\n    version\n    guardians {\n      id\n      name\n      relation\n      phone\n      email\n    }\n  }\n}\n\nquery ParticipantSearch($search: String, $first: Int, $after: String) {\n  participants(filter: {search: $search}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        id\n        fullName\n        birthDate\n      }\n    }\n  }\n}"): (typeof documents)["query ParticipantLookup($id: ID!) {\n  participant(id: $id) {\n    id\n    fullName\n    givenName\n    familyName\n    birthDate\n    email\n    phone\n    version\n    guardians {\n      id\n      name\n      relation\n      phone\n      email\n    }\n  }\n}\n\nquery ParticipantSearch($search: String, $first: Int, $after: String) {\n  participants(filter: {search: $search}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        id\n        fullName\n        birthDate\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;