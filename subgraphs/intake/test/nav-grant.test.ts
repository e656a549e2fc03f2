import { ApplicationStatus } from '../src/casework/application/application.enums';
import { stepsToDecided } from '../src/casework/application/application.state';
import { isNavGrant } from '../src/network/waiting/nav-grant';

describe('NAV’s grant, read from the reason a NAV waiting entry left the list', () => {
  it('is VENTER_PA_OPPSTART or DELTAR', () => {
    expect(isNavGrant('VENTER_PA_OPPSTART')).toBe(true);
    expect(isNavGrant('DELTAR')).toBe(true);
  });
  it('is not a list still waited on, left for another status, or removed at the source', () => {
    expect(isNavGrant(null)).toBe(false);
    expect(isNavGrant('IKKE_AKTUELL/FIKK_IKKE_PLASS')).toBe(false);
    expect(isNavGrant('HAR_SLUTTET/SYK')).toBe(false);
    expect(isNavGrant('REMOVED_AT_SOURCE')).toBe(false);
    expect(isNavGrant('PLACED')).toBe(false);
  });
});

describe('an application decided by NAV’s grant goes through the state machine', () => {
  const { DRAFT, SUBMITTED, UNDER_ASSESSMENT, DECIDED, WITHDRAWN } = ApplicationStatus;
  it('from SUBMITTED through UNDER_ASSESSMENT, from UNDER_ASSESSMENT straight to DECIDED', () => {
    expect(stepsToDecided(SUBMITTED)).toEqual([UNDER_ASSESSMENT, DECIDED]);
    expect(stepsToDecided(UNDER_ASSESSMENT)).toEqual([DECIDED]);
  });
  it('refuses a draft, a decided and a withdrawn application with APPLICATION_STATE', () => {
    for (const from of [DRAFT, DECIDED, WITHDRAWN]) {
      expect(() => stepsToDecided(from)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ rule: 'APPLICATION_STATE' }) }),
      );
    }
  });
});
