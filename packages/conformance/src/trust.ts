import { ANONYMOUS_CALLER, ErrorCode, generateSigningKey, signCallerToken } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { excerpt, isJson, type Answer, type GraphQLBody, type Probe } from './probe';
import { fail, notChecked, run, type CheckResult } from './result';

const PROBE_QUERY = { query: '{ __typename }' };

/** Passes when the answer is a 401 in JSON with the code UNAUTHENTICATED, as `unauthenticatedBody` makes it. */
export function expectUnauthenticated(answer: Answer, what: string): string {
  if (answer.status !== 401) {
    return fail(`${what} was answered with HTTP ${answer.status}, not 401: ${excerpt(answer.text)}`);
  }
  if (!isJson(answer)) return fail(`${what} got a 401 that is not JSON: ${excerpt(answer.text)}`);
  const code = (answer.json as GraphQLBody).errors?.[0]?.extensions?.code;
  if (code !== ErrorCode.UNAUTHENTICATED) {
    return fail(`${what} got a 401 whose errors[0].extensions.code is ${JSON.stringify(code)}, not UNAUTHENTICATED`);
  }
  return `401 UNAUTHENTICATED`;
}

/**
 * Service trust (docs/security.md): /graphql answers only the gateway's token for this subgraph. Refused: no token,
 * a token signed by a key the subgraph does not know, a token for another audience. Accepted: a valid one.
 */
export async function checkTrust(probe: Probe, results: CheckResult[]): Promise<void> {
  await run(results, 'trust', 'trust.no-token', 'refuses a request without the gateway’s token', async () =>
    expectUnauthenticated(await probe.graphql(PROBE_QUERY, 'none'), 'A request without a token'),
  );
  await run(results, 'trust', 'trust.unknown-key', 'refuses a token signed by an unknown key', async () => {
    // Issued as the gateway, for this subgraph, but not by the gateway's key: only the signature is wrong.
    const stranger = await generateSigningKey('EdDSA');
    const token = await signCallerToken(stranger, {
      audience: probe.name,
      caller: { ...ANONYMOUS_CALLER, roles: [...ANONYMOUS_CALLER.roles] },
      requestId: randomUUID(),
    });
    return expectUnauthenticated(await probe.graphql(PROBE_QUERY, { token }), 'A token signed by an unknown key');
  });
  await run(results, 'trust', 'trust.other-audience', 'refuses a gateway token for another subgraph', async () => {
    if (!probe.hasGatewayKey) return notChecked('needs the gateway’s signing key (--key)');
    const audience = `${probe.name}-elsewhere`;
    const token = (await probe.tokenFor('gateway', audience))!;
    return expectUnauthenticated(
      await probe.graphql(PROBE_QUERY, { token }),
      `A gateway token for the audience "${audience}"`,
    );
  });
  await run(results, 'trust', 'trust.accepts', 'accepts the gateway’s token', async () => {
    if (!probe.hasGatewayKey) return notChecked('needs the gateway’s signing key (--key)');
    const answer = await probe.graphql(PROBE_QUERY, 'gateway');
    const body = answer.json as GraphQLBody | undefined;
    if (answer.status !== 200 || body?.data?.['__typename'] !== 'Query') {
      return fail(`{ __typename } with the gateway's token got HTTP ${answer.status}: ${excerpt(answer.text)}`);
    }
    return 'HTTP 200, data.__typename "Query"';
  });
}
