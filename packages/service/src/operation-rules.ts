import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValidationRule } from 'graphql';

/**
 * Neither the gateway nor a subgraph runs subscriptions: Apollo Gateway failed on one deep in planning, and a
 * subgraph's executor answered it as an internal error ("Schema is not configured to execute subscription"). The
 * same for a mutation sent to a subgraph that has none (NAV's): graphql-js 16 validates no field of an operation
 * whose root type is missing. This is the rule graphql-js 17 adds as KnownOperationTypesRule: the request is
 * refused at validation, GRAPHQL_VALIDATION_FAILED with HTTP 400.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const known =
      node.operation === 'query'
        ? schema.getQueryType()
        : node.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (known) return;
    context.reportError(
      new GraphQLError(
        node.operation === 'subscription'
          ? 'Grafen har ingen abonnementer (subscription); send en query eller en mutation. / This graph has no ' +
              'subscriptions: send a query or a mutation.'
          : `Denne tjenesten har ingen operasjoner av typen ${node.operation}. / This service has no ` +
              `${node.operation} operations.`,
        { nodes: node },
      ),
    );
  },
});

/**
 * Apollo Server resolves the operation to run by `operationName` and lets the request go on when none matches; the
 * gateway then throws, and the client got an internal error. Refused here, first among the plugins (the ones after
 * it walk the operation): OPERATION_RESOLUTION_FAILURE with HTTP 400.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const name = request.operationName;
          const message =
            typeof name === 'string' && name !== ''
              ? `Dokumentet har ingen operasjon som heter ${JSON.stringify(name.slice(0, 100))}. / The document ` +
                `has no operation named ${JSON.stringify(name.slice(0, 100))}.`
              : operations > 1
                ? 'Dokumentet har flere operasjoner; oppgi operationName. / The document has several operations: ' +
                  'send operationName to choose one.'
                : 'Dokumentet har ingen operasjon. / The document has no operation to run.';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      };
    },
  };
}

/** Whether a variable value holds the NUL character anywhere, in a string, a list or an input object. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => holdsNul(v, depth + 1));
}

/**
 * Whether a string in the document holds the NUL character, walked once per document: Apollo's document store hands
 * the same parsed document to every request with the same text, and the gateway sends few distinct ones.
 */
const documentsWithNul = new WeakMap<DocumentNode, boolean>();
function documentHoldsNul(document: DocumentNode): boolean {
  let found = documentsWithNul.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  documentsWithNul.set(document, found);
  return found;
}

/**
 * No text may hold the NUL character (U+0000): PostgreSQL cannot store it in text, and SQLite's driver cut the
 * statement at it, so the request was answered as an internal error (the fuzz test found it in a catalogue filter).
 * Refused before any resolver runs, in a variable or in the document itself: BAD_USER_INPUT with HTTP 400.
 */
export function nulCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          if (!documentHoldsNul(document) && !holdsNul(request.variables)) return;
          throw new GraphQLError(
            'Teksten inneholder et nulltegn (U+0000), som ikke kan lagres. Fjern det og send på nytt. / The text ' +
              'holds a NUL character (U+0000), which cannot be stored; remove it and send again.',
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
