import { AuthenticationError, callerFor, callerFromClaims, PID_AUDIENCES } from '../src';

/** A synthetic identity number (month + 80), as the dev issuer gives its citizens. */
const PID = '05890830014';

describe('a citizen’s identity number in the caller', () => {
  it('is read from a token’s pid and acr claims', () => {
    expect(callerFromClaims({ sub: 'citizen', roles: ['applicant'], pid: PID, acr: 'idporten-loa-high' })).toEqual({
      sub: 'citizen',
      roles: ['applicant'],
      pid: PID,
      acr: 'idporten-loa-high',
    });
  });

  it('refuses a pid that is not 11 digits', () => {
    for (const pid of ['0589083001', 5890830014, 'abcdefghijk']) {
      expect(() => callerFromClaims({ sub: 'citizen', roles: ['applicant'], pid })).toThrow(AuthenticationError);
    }
  });

  // Only the hub owns identity numbers: a provider's or NAV's subgraph never receives one in the caller token.
  it('reaches the hub only: every other subgraph gets the caller without pid and acr', () => {
    const caller = { sub: 'citizen', roles: ['applicant'], pid: PID, acr: 'idporten-loa-high' };
    expect(PID_AUDIENCES).toEqual(['intake']);
    expect(callerFor('intake', caller)).toEqual(caller);
    for (const audience of ['day-services', 'work-centre', 'arba', 'nav']) {
      expect(callerFor(audience, caller)).toEqual({ sub: 'citizen', roles: ['applicant'] });
    }
  });
});
