import { ErrorCode, Role } from '@veiinn/contracts';
import type { AccessRequirement } from './access-directives';

/**
 * How a refusal reads to a client, the same for a whole refusal (./authorization.ts) and a partial one
 * (./partial.ts): apart from both, so neither imports the other for it.
 */

/**
 * What a refused field requires, as a client developer reads it in `extensions.requires`: the internal role
 * `service` (our own processes) is left out, since no person can have it.
 */
export function publicRequirement(requires: AccessRequirement): AccessRequirement {
  return {
    ...requires,
    scopes: requires.scopes.map((sets) => sets.filter((all) => !all.includes(Role.SERVICE))),
  };
}

/** What a person reads for a field refused to them (`field` as a dotted response path, list positions left out). */
export function refusalText(field: string, code: ErrorCode): { nb: string; en: string } {
  return code === ErrorCode.UNAUTHENTICATED
    ? { nb: `Du må logge inn for å se «${field}».`, en: `Sign in to see "${field}".` }
    : { nb: `Du har ikke tilgang til «${field}».`, en: `You may not see "${field}".` };
}
