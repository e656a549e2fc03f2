// The figures pages' operations by name. The app sends an operation as the hash of its registered text, never the
// text (graphql.ts reads only the name), so these carry the name and the types alone. Importing the generated
// documents instead would put their syntax trees in the module that holds every generated document, which sits in
// the catalogue's bundle, over its JavaScript budget, for pages the catalogue never shows.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type {
  WebDashboardArbaQuery,
  WebDashboardArbaQueryVariables,
  WebDashboardCapacityQuery,
  WebDashboardCapacityQueryVariables,
  WebDashboardFlowMeetingsQuery,
  WebDashboardFlowMeetingsQueryVariables,
  WebDashboardIntakeQuery,
  WebDashboardIntakeQueryVariables,
  WebDashboardStatePlacesQuery,
  WebDashboardStatePlacesQueryVariables,
  WebDashboardWaitingQuery,
  WebDashboardWaitingQueryVariables,
  WebNeedQuery,
  WebNeedQueryVariables,
} from '../../../src/gql/graphql';

/** A registered query (clients/src/web/dashboard.graphql) known by its name and its types only. */
export function registeredQuery<Result, Variables>(name: string): TypedDocumentNode<Result, Variables> {
  const definition = { kind: 'OperationDefinition', operation: 'query', name: { kind: 'Name', value: name } };
  return { kind: 'Document', definitions: [definition] } as unknown as TypedDocumentNode<Result, Variables>;
}

export const WebDashboardCapacity = registeredQuery<WebDashboardCapacityQuery, WebDashboardCapacityQueryVariables>(
  'WebDashboardCapacity',
);
export const WebDashboardWaiting = registeredQuery<WebDashboardWaitingQuery, WebDashboardWaitingQueryVariables>(
  'WebDashboardWaiting',
);
export const WebDashboardIntake = registeredQuery<WebDashboardIntakeQuery, WebDashboardIntakeQueryVariables>(
  'WebDashboardIntake',
);
export const WebDashboardFlowMeetings = registeredQuery<
  WebDashboardFlowMeetingsQuery,
  WebDashboardFlowMeetingsQueryVariables
>('WebDashboardFlowMeetings');
export const WebDashboardArba = registeredQuery<WebDashboardArbaQuery, WebDashboardArbaQueryVariables>(
  'WebDashboardArba',
);
export const WebDashboardStatePlaces = registeredQuery<
  WebDashboardStatePlacesQuery,
  WebDashboardStatePlacesQueryVariables
>('WebDashboardStatePlaces');
export const WebNeed = registeredQuery<WebNeedQuery, WebNeedQueryVariables>('WebNeed');

/** Every operation of the pages, for the test that each is registered. */
export const DASHBOARD_OPERATIONS = [
  WebDashboardCapacity,
  WebDashboardWaiting,
  WebDashboardIntake,
  WebDashboardFlowMeetings,
  WebDashboardArba,
  WebDashboardStatePlaces,
  WebNeed,
];
