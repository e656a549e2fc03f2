import { showsNavGrant } from '../src/waiting/nav-grant';
import { HUB_WAITING_SOURCE } from '../src/waiting/waiting-entry.entity';

describe('NAV’s grant, read from a waiting entry', () => {
  it('is a NAV list left for VENTER_PA_OPPSTART or DELTAR', () => {
    expect(showsNavGrant({ sourceId: 'nav-baerum', leftReason: 'VENTER_PA_OPPSTART' })).toBe(true);
    expect(showsNavGrant({ sourceId: 'nav-baerum', leftReason: 'DELTAR' })).toBe(true);
  });
  it('is not a list still waited on, left for another status, or the hub’s own list', () => {
    expect(showsNavGrant({ sourceId: 'nav-baerum', leftReason: null })).toBe(false);
    expect(showsNavGrant({ sourceId: 'nav-baerum', leftReason: 'IKKE_AKTUELL/FIKK_IKKE_PLASS' })).toBe(false);
    expect(showsNavGrant({ sourceId: 'nav-baerum', leftReason: 'REMOVED_AT_SOURCE' })).toBe(false);
    expect(showsNavGrant({ sourceId: HUB_WAITING_SOURCE, leftReason: 'DELTAR' })).toBe(false);
  });
});
