import { isNavGrant } from '../src/waiting/nav-grant';

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
