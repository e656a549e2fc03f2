import { PLACEMENT_PROTOCOL, PLACEMENT_PROTOCOL_HEADER, type PlacementTerms } from '@veiinn/kit';
import { excerpt, isJson, type Answer, type GraphQLBody } from './probe';
import { fail } from './result';

/** The first error of a refusal, as far as the checks read it. */
export const firstError = (answer: Answer) =>
  (answer.json as { errors?: { extensions?: Record<string, unknown> }[] } | undefined)?.errors?.[0];

/** Passes when `answer` is a refusal of the error contract with `status`, `code` and the protocol's header. */
export function expectRefusal(answer: Answer, what: string, status: number, code: string): string {
  if (answer.status !== status)
    return fail(`${what} got HTTP ${answer.status}, not ${status}: ${excerpt(answer.text)}`);
  if (!isJson(answer)) return fail(`${what} got an answer that is not JSON: ${excerpt(answer.text)}`);
  const found = (answer.json as GraphQLBody).errors?.[0]?.extensions?.code;
  if (found !== code) return fail(`${what} got errors[0].extensions.code ${JSON.stringify(found)}, not ${code}`);
  if (answer.protocol !== PLACEMENT_PROTOCOL) {
    return fail(
      `${what} got ${PLACEMENT_PROTOCOL_HEADER} ${JSON.stringify(answer.protocol)}, not ${PLACEMENT_PROTOCOL}`,
    );
  }
  return `${status} ${code}`;
}

/** The protocol's terms in `answer` (what a placement needs, three booleans, and the groups), or the reason not. */
export function readTerms(answer: Answer): PlacementTerms {
  if (answer.status !== 200) return fail(`GET /placements/terms got HTTP ${answer.status}: ${excerpt(answer.text)}`);
  if (!isJson(answer)) return fail(`GET /placements/terms got an answer that is not JSON: ${excerpt(answer.text)}`);
  const terms = answer.json as { protocol?: unknown; needs?: Record<string, unknown>; groups?: unknown };
  if (terms.protocol !== PLACEMENT_PROTOCOL || answer.protocol !== PLACEMENT_PROTOCOL)
    return fail(`GET /placements/terms does not name ${PLACEMENT_PROTOCOL} in its body and header`);
  const needs = ['group', 'daysPerWeek', 'hoursPerWeek'];
  if (!terms.needs || needs.some((k) => typeof terms.needs![k] !== 'boolean'))
    return fail(`"needs" must have ${needs.join(', ')} as true or false: ${excerpt(answer.text)}`);
  if (!Array.isArray(terms.groups)) return fail('"groups" must be a list');
  const bad = terms.groups.find(
    (g: { id?: unknown; offerId?: unknown } | null) =>
      typeof g?.id !== 'string' || (g.offerId !== null && typeof g.offerId !== 'string'),
  );
  if (bad !== undefined)
    return fail(`a group must have an id and an offerId (or null): ${excerpt(JSON.stringify(bad))}`);
  return terms as unknown as PlacementTerms;
}
