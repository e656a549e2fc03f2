import { ErrorCode } from '@veiinn/kit';
import { excerpt, isJson, type Answer, type GraphQLBody, type Probe } from './probe';
import { fail, notChecked, run, type CheckResult } from './result';

/** `"<bokmål> / <English>"`: text on both sides of the first " / ". */
export const isBilingual = (message: unknown): boolean =>
  typeof message === 'string' && /^\s*\S[\s\S]*?\s\/\s[\s\S]*\S\s*$/.test(message);

/**
 * Passes when the answer keeps the error contract (docs/errors.md): JSON, never HTML; a 4xx, never a 5xx; an
 * error with `extensions.code` (the one expected) and, where the subgraph's own code answers, a message in bokmål,
 * then English. GraphQL's own refusals (parse, validation, variables) keep the GraphQL library's English message:
 * docs/errors.md ("Apollo's own codes") lets them pass through unchanged, at the gateway too.
 */
function expectError(answer: Answer, what: string, code: string, status: number, bilingual: boolean): string {
  if (answer.status >= 500) return fail(`${what} got HTTP ${answer.status}: ${excerpt(answer.text)}`);
  if (!isJson(answer)) {
    return fail(`${what} got ${answer.contentType || 'no content type'}, not JSON: ${excerpt(answer.text)}`);
  }
  if (answer.status !== status) {
    return fail(`${what} got HTTP ${answer.status}, not ${status}`);
  }
  const error = (answer.json as GraphQLBody).errors?.[0];
  if (!error) return fail(`${what} got no "errors": ${excerpt(answer.text)}`);
  if (error.extensions?.code !== code) {
    return fail(`${what} got extensions.code ${JSON.stringify(error.extensions?.code)}, not ${code}`);
  }
  if (typeof error.message !== 'string' || !error.message.trim()) return fail(`${what} got an error without a message`);
  if (bilingual && !isBilingual(error.message)) {
    return fail(`${what}: the message is not "<bokmål> / <English>": ${excerpt(String(error.message))}`);
  }
  return excerpt(error.message, 70);
}

/** The error contract, for the mistakes a client makes most: a broken document, a wrong name, a wrong variable. */
export async function checkErrorContract(probe: Probe, results: CheckResult[]): Promise<void> {
  const cases: {
    id: string;
    title: string;
    code: string;
    status: number;
    /** Answered by the subgraph's own code (the kit's JSON errors), not by the GraphQL library. */
    own?: boolean;
    send: () => Promise<Answer>;
  }[] = [
    {
      id: 'errors.malformed-query',
      title: 'a malformed query',
      code: 'GRAPHQL_PARSE_FAILED',
      status: 400,
      send: () => probe.graphql({ query: '{ __typename' }),
    },
    {
      id: 'errors.unknown-field',
      title: 'an unknown field',
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
      send: () => probe.graphql({ query: '{ conformanceNoSuchField }' }),
    },
    {
      id: 'errors.bad-variables',
      title: 'a variable of the wrong type',
      code: ErrorCode.BAD_USER_INPUT,
      status: 400,
      send: () =>
        probe.graphql({ query: 'query($on: Boolean!) { __typename @include(if: $on) }', variables: { on: 'yes' } }),
    },
    {
      id: 'errors.not-json',
      title: 'a body that is not JSON',
      code: ErrorCode.BAD_REQUEST,
      status: 400,
      own: true,
      send: () => probe.graphql('this is not JSON'),
    },
    {
      id: 'errors.unknown-route',
      title: 'an unknown route',
      code: ErrorCode.NOT_FOUND,
      status: 404,
      own: true,
      send: () => probe.get(new URL('/conformance-no-such-route', probe.url).href),
    },
  ];
  for (const { id, title, code, status, own = false, send } of cases) {
    // Every message in bokmål and English, the GraphQL library's too (the kit's formatter gives them bokmål).
    const expected = `JSON, ${status} ${code}, bokmål / English`;
    await run(results, 'errors', id, `${title}: ${expected}`, async () => {
      const answer = await send();
      // Without the gateway's key a subgraph with trust refuses before GraphQL runs: that says nothing here.
      if (answer.status === 401 && !probe.hasGatewayKey && !own) {
        return notChecked('the subgraph refused a request without the gateway’s token; give --key');
      }
      return expectError(answer, title[0].toUpperCase() + title.slice(1), code, status, true);
    });
  }
}
