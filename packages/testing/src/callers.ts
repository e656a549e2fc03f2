import {
  ANONYMOUS_CALLER,
  CALLER_HEADER,
  generateSigningKey,
  serviceIssuer,
  signCallerToken,
  type Caller,
  type SigningKey,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import { randomUUID } from 'node:crypto';

/**
 * The signers a subgraph under test trusts, as in a running graph: the gateway (every person's request) and the hub
 * (its own calls as `service`, placing a decided place). `headersFor` signs a caller token the way each would.
 */
export interface TestSigners {
  trust: SubgraphTrustOptions;
  headersFor(caller: Caller): Promise<Record<string, string>>;
}

export async function createTestSigners(audience: string): Promise<TestSigners> {
  const [gateway, hub]: SigningKey[] = await Promise.all([generateSigningKey('EdDSA'), generateSigningKey('EdDSA')]);
  return {
    trust: { publicKey: gateway.publicJwk, services: [{ issuer: serviceIssuer('intake'), publicKey: hub.publicJwk }] },
    async headersFor(caller) {
      const fromHub = caller.roles.includes('service');
      const token = await signCallerToken(fromHub ? hub : gateway, {
        audience,
        caller,
        requestId: randomUUID(),
        ...(fromHub && { issuer: serviceIssuer('intake') }),
      });
      return { [CALLER_HEADER]: token };
    },
  };
}

/** A synthetic organisation number for this provider (Norwegian ones begin with 8 or 9: this is no one's). */
export const OWN_ORGNO = '100000017';
export const OTHER_ORGNO = '100000025';

/** One caller of each scope kind, and what the access matrix lets it do at this provider. */
export interface CallerCase {
  name: string;
  caller: Caller;
  /** Whose placement rows it reads: all, the listed participants' only, or none. */
  reads: 'all' | string[] | 'none';
  /** May it change placements here, and read the supervisors' names? (The same callers: ours, or the office.) */
  writes: boolean;
}

/**
 * The callers of docs/security.md's matrix, for the provider `providerId`: `applicantOf` is the applicant's own
 * participant, `guardianOf` the participants a guardian is registered for; `otherProvider` is someone else's id.
 */
export function callerCases(
  providerId: string,
  { applicantOf, guardianOf, otherProvider }: { applicantOf: string; guardianOf: string[]; otherProvider: string },
): CallerCase[] {
  const cases: [string, CallerCase['reads'], Omit<Caller, 'sub'>][] = [
    ['the hub (service)', 'all', { roles: ['service'], actingFor: 'test-case-worker' }],
    ['a case worker', 'all', { roles: ['case-worker'] }],
    ["this provider's staff", 'all', { roles: ['provider-staff'], providerId }],
    ["this provider's partner system, by orgno", 'all', { roles: ['partner-system'], orgno: OWN_ORGNO }],
    ["this provider's partner system, by provider id", 'all', { roles: ['partner-system'], providerId }],
    ["another provider's staff", 'none', { roles: ['provider-staff'], providerId: otherProvider }],
    ["another provider's partner system", 'none', { roles: ['partner-system'], orgno: OTHER_ORGNO }],
    ['provider staff without a provider', 'none', { roles: ['provider-staff'] }],
    ['the applicant', [applicantOf], { roles: ['applicant'], participantIds: [applicantOf] }],
    ['a guardian', guardianOf, { roles: ['guardian'], participantIds: guardianOf }],
    ['NAV staff', 'none', { roles: ['nav-staff'] }],
    ['an analyst', 'none', { roles: ['analyst'] }],
    ['the privacy officer', 'none', { roles: ['privacy-officer'] }],
  ];
  return [
    ...cases.map(([name, reads, caller]) => ({
      name,
      caller: { sub: `test-${name.replace(/\W+/g, '-')}`, ...caller },
      reads,
      writes: reads === 'all',
    })),
    { name: 'the public (no token)', caller: ANONYMOUS_CALLER, reads: 'none', writes: false },
  ];
}

/** Does a caller with `reads` see the rows of `participantId`? */
export const readsParticipant = (reads: CallerCase['reads'], participantId: string) =>
  reads === 'all' || (Array.isArray(reads) && reads.includes(participantId));
