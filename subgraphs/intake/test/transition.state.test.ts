import { FailedPreconditionError } from '@veiinn/kit';
import { TransitionStatus } from '../src/casework/transition/transition.enums';
import {
  assertNoOverlap,
  canStep,
  dayBefore,
  overlapWith,
  stallState,
  stepTransition,
  TRANSITION_STEPS,
  type TransitionClaims,
} from '../src/casework/transition/transition.state';

const { PROPOSED, ON_AGENDA, AGREED, REJECTED, EXECUTING, COMPLETED, WITHDRAWN, REVERTING, REVERTED } =
  TransitionStatus;

describe('the transition state machine', () => {
  it.each([
    [PROPOSED, ON_AGENDA],
    [PROPOSED, WITHDRAWN],
    [ON_AGENDA, AGREED],
    [ON_AGENDA, REJECTED],
    [ON_AGENDA, PROPOSED],
    [ON_AGENDA, WITHDRAWN],
    [AGREED, EXECUTING],
    [EXECUTING, COMPLETED],
    [EXECUTING, REVERTING],
    [REVERTING, REVERTED],
  ])('allows %s to %s', (from, to) => {
    expect(canStep(from, to)).toBe(true);
    expect(stepTransition(from, to)).toBe(to);
  });

  it('refuses every other step with TRANSITION_STATE, naming both ends', () => {
    const all = Object.values(TransitionStatus);
    let refused = 0;
    for (const from of all)
      for (const to of all) {
        if (TRANSITION_STEPS[from].includes(to)) continue;
        refused++;
        expect(() => stepTransition(from, to)).toThrow(FailedPreconditionError);
        try {
          stepTransition(from, to);
        } catch (error) {
          expect((error as FailedPreconditionError).extensions).toMatchObject({ rule: 'TRANSITION_STATE', from, to });
        }
      }
    expect(refused).toBe(all.length * all.length - 10);
  });

  it('keeps REJECTED, COMPLETED and WITHDRAWN final, and an agreed transition cannot be withdrawn', () => {
    for (const final of [REJECTED, COMPLETED, WITHDRAWN, REVERTED]) expect(TRANSITION_STEPS[final]).toEqual([]);
    expect(canStep(AGREED, WITHDRAWN)).toBe(false);
    expect(canStep(EXECUTING, WITHDRAWN)).toBe(false);
  });
});

describe('the overlap rule', () => {
  const open = (id: string, status: TransitionStatus, from: string[], targets: [string, string | null][]) =>
    ({
      id,
      status,
      fromPlacementIds: from,
      targets: targets.map(([offerId, groupId]) => ({ offerId, groupId })),
    }) satisfies TransitionClaims;

  it('refuses a second open transition taking the same placement', () => {
    const clash = overlapWith({ id: 'new', fromPlacementIds: ['p1'], targets: [{ offerId: 'o2', groupId: 'g2' }] }, [
      open('t1', ON_AGENDA, ['p1'], [['o3', 'g3']]),
    ]);
    expect(clash).toEqual({ transitionId: 't1', placementId: 'p1' });
  });

  it('refuses a second open transition aiming at the same offer and group', () => {
    expect(() =>
      assertNoOverlap({ id: 'new', fromPlacementIds: ['p2'], targets: [{ offerId: 'o2', groupId: 'g2' }] }, [
        open('t1', EXECUTING, ['p1'], [['o2', 'g2']]),
      ]),
    ).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ rule: 'TRANSITION_OVERLAP' }) }));
  });

  it('allows another group of the same offer, and ignores closed transitions', () => {
    const proposed = { id: 'new', fromPlacementIds: ['p1'], targets: [{ offerId: 'o2', groupId: 'g2' }] };
    expect(overlapWith(proposed, [open('t1', PROPOSED, ['p9'], [['o2', 'g3']])])).toBeNull();
    for (const closed of [COMPLETED, REJECTED, WITHDRAWN])
      expect(overlapWith(proposed, [open('t1', closed, ['p1'], [['o2', 'g2']])])).toBeNull();
  });
});

describe('stalled, computed on read', () => {
  const step = (seenInHub: boolean, refused = false) => ({ label: 'END p1', seenInHub, refused });

  it('is never stalled unless EXECUTING', () => {
    expect(stallState(AGREED, [step(false, true)], null, '2027-10-11')).toEqual({ stalled: false, waitingFor: [] });
  });

  it('stalls at once on a refusal, and after 14 days when the feed has not shown a change', () => {
    expect(stallState(EXECUTING, [step(false, true)], '2027-10-11', '2027-10-11').stalled).toBe(true);
    expect(stallState(EXECUTING, [step(false)], '2027-10-11', '2027-10-24')).toEqual({
      stalled: false,
      waitingFor: ['END p1'],
    });
    expect(stallState(EXECUTING, [step(false)], '2027-10-11', '2027-10-25').stalled).toBe(true);
    expect(stallState(EXECUTING, [step(true)], '2027-10-01', '2027-10-25')).toEqual({ stalled: false, waitingFor: [] });
  });

  it('defaults a from-placement’s end to the day before the target start, across months and years', () => {
    expect(dayBefore('2027-11-01')).toBe('2027-10-31');
    expect(dayBefore('2028-01-01')).toBe('2027-12-31');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
  });
});
