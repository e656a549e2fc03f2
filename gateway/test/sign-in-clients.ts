import type { SigningKey } from '@veiinn/kit';
import { demoUsers, signDemoToken, type DemoUser } from '@veiinn/dev-issuer';
import { graphqlRequest, type GraphQLResponse } from '@veiinn/testing';

/** `iss` of a test graph's own identity provider (its key is made per graph, like the dev issuer's). */
export const TEST_ISSUER = 'http://veiinn-test-issuer.invalid';

/** A demo user's id (`case-worker`, `applicant`, `provider-staff-arba`, …) or a user of the test's own. */
export type TestUser = string | DemoUser;

type Document<TData, TVariables> = Parameters<typeof graphqlRequest<TData, TVariables>>[1];

/** Queries the gateway as one signed-in user, with a token the test graph's identity provider signed for them. */
export interface GraphClient {
  /** The `Authorization` header this client sends. */
  headers(): Promise<Record<string, string>>;
  request<TData = Record<string, unknown>, TVariables = Record<string, unknown>>(
    query: Document<TData, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Like `request`, failing with the errors when there are any: for steps that must succeed. */
  data<TData = Record<string, unknown>, TVariables = Record<string, unknown>>(
    query: Document<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData>;
}

export interface SignedInClients {
  /** A client signed in as a demo user (see issuer/src/users.ts) or as a user the test describes. */
  as(user: TestUser): GraphClient;
  /** A bearer token for a user, from the test graph's identity provider. */
  tokenFor(user: TestUser, audience?: string): Promise<string>;
}

/**
 * Clients of a gateway that trusts `identityKey` as the issuer TEST_ISSUER: one place for the whole graph
 * (./support.ts) and the tiny one (./tiny-graph.ts), so both sign their users' tokens alike.
 */
export function signedInClients(gatewayUrl: string, identityKey: SigningKey): SignedInClients {
  const tokenFor = (user: TestUser, audience?: string) => {
    const claims = typeof user === 'string' ? demoUsers.find((u) => u.id === user) : user;
    if (!claims) throw new Error(`No demo user "${String(user)}"; see issuer/src/users.ts`);
    return signDemoToken(claims, { key: identityKey, issuerUrl: TEST_ISSUER, audience });
  };
  const as = (user: TestUser): GraphClient => {
    let token: Promise<string> | undefined;
    const headers = async () => ({ authorization: `Bearer ${await (token ??= tokenFor(user))}` });
    const client: GraphClient = {
      headers,
      async request(query, variables, extra = {}) {
        return graphqlRequest(gatewayUrl, query, variables, { ...(await headers()), ...extra });
      },
      async data(query, variables) {
        const result = await client.request(query, variables);
        if (result.errors?.length || !result.data) {
          throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? 'no data')}`);
        }
        return result.data;
      },
    };
    return client;
  };
  return { as, tokenFor };
}
