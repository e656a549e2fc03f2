import { describe, expect, it } from 'vitest';
import {
  agendaCounts,
  canRetry,
  changedDecision,
  isoWeekMonday,
  meetingHeld,
  missingWeeks,
  nextMeeting,
  outcomeProblems,
  refusalKey,
  stalledSteps,
  stepState,
  transitionActions,
  waitingSteps,
  yearFromUrl,
  yearWithAutumnMeetingAhead,
} from '../src/staff/flow/logic';

describe('the flow workspace’s rules', () => {
  it('finds the Monday of an ISO week as the hub’s calendar does', () => {
    expect(isoWeekMonday(2027, 41)).toBe('2027-10-11');
    expect(isoWeekMonday(2027, 18)).toBe('2027-05-03');
    expect(isoWeekMonday(2026, 41)).toBe('2026-10-05');
    // 2026 begins on a Thursday: its week 1 starts in December 2025.
    expect(isoWeekMonday(2026, 1)).toBe('2025-12-29');
  });

  it('shows the year whose week-41 meeting is still ahead, or the year in the URL', () => {
    expect(yearWithAutumnMeetingAhead('2026-12-04')).toBe(2027);
    expect(yearWithAutumnMeetingAhead('2027-10-17')).toBe(2027);
    expect(yearWithAutumnMeetingAhead('2027-10-18')).toBe(2028);
    expect(yearWithAutumnMeetingAhead('2027-03-01')).toBe(2027);
    expect(yearFromUrl('2030', '2026-12-04')).toBe(2030);
    expect(yearFromUrl('abc', '2026-12-04')).toBe(2027);
    expect(yearFromUrl(null, '2026-12-04')).toBe(2027);
    expect(yearFromUrl('1999', '2026-12-04')).toBe(2027);
  });

  it('offers to create only missing meetings whose week has not ended', () => {
    expect(missingWeeks(2027, [], '2026-12-04')).toEqual([18, 41]);
    expect(missingWeeks(2027, [{ week: 18 }], '2026-12-04')).toEqual([41]);
    expect(missingWeeks(2026, [], '2026-12-04')).toEqual([]);
    expect(missingWeeks(2027, [], '2027-05-09')).toEqual([18, 41]);
    expect(missingWeeks(2027, [], '2027-05-10')).toEqual([41]);
  });

  it('knows when a meeting is held and which meeting is next', () => {
    expect(meetingHeld({ startDate: '2027-10-11' }, '2027-10-10')).toBe(false);
    expect(meetingHeld({ startDate: '2027-10-11' }, '2027-10-11')).toBe(true);
    const meetings = [
      { year: 2027, week: 18 },
      { year: 2027, week: 41 },
    ];
    expect(nextMeeting(meetings, '2026-12-04')?.week).toBe(18);
    expect(nextMeeting(meetings, '2027-06-01')?.week).toBe(41);
    expect(nextMeeting(meetings, '2027-12-01')).toBeUndefined();
  });

  it('counts an agenda: items, decided, open, stalled', () => {
    expect(
      agendaCounts([
        { outcome: 'AGREED', transition: { stalled: true } },
        { outcome: null, transition: { stalled: false } },
        { outcome: 'REJECTED', transition: { stalled: false } },
      ]),
    ).toEqual({ items: 3, decided: 2, open: 1, stalled: 1 });
    expect(agendaCounts([])).toEqual({ items: 0, decided: 0, open: 0, stalled: 0 });
  });

  it('offers only the actions the hub’s next statuses allow', () => {
    expect(transitionActions({ status: 'ON_AGENDA', nextStatuses: ['AGREED', 'REJECTED', 'PROPOSED'] })).toEqual({
      recordOutcome: true,
      execute: false,
      settle: false,
      revert: false,
    });
    expect(transitionActions({ status: 'AGREED', nextStatuses: ['EXECUTING'] }).execute).toBe(true);
    expect(transitionActions({ status: 'EXECUTING', nextStatuses: ['COMPLETED', 'REVERTING'] })).toMatchObject({
      settle: true,
      revert: true,
      execute: false,
    });
    expect(transitionActions({ status: 'COMPLETED', nextStatuses: [] })).toEqual({
      recordOutcome: false,
      execute: false,
      settle: false,
      revert: false,
    });
    // No statuses from the hub (e.g. refused): nothing is offered.
    expect(transitionActions({ status: 'AGREED', nextStatuses: null }).execute).toBe(false);
    expect(transitionActions({ status: 'ON_AGENDA', nextStatuses: null }).recordOutcome).toBe(false);
  });

  it('retries refused or unanswered steps only while the transition is under way', () => {
    expect(canRetry('EXECUTING', { outcome: 'REFUSED' })).toBe(true);
    expect(canRetry('REVERTING', { outcome: 'UNREACHABLE' })).toBe(true);
    expect(canRetry('EXECUTING', { outcome: 'CREATED' })).toBe(false);
    expect(canRetry('COMPLETED', { outcome: 'REFUSED' })).toBe(false);
    const steps = [{ outcome: 'ENDED' }, { outcome: 'REFUSED' }, { outcome: 'UNREACHABLE' }, { outcome: 'NOT_ASKED' }];
    expect(stalledSteps(steps)).toEqual([{ outcome: 'REFUSED' }, { outcome: 'UNREACHABLE' }]);
    expect(steps.map(stepState)).toEqual(['done', 'refused', 'unreachable', 'notAsked']);
    expect(stepState({ outcome: 'RESTORED' })).toBe('done');
  });

  it('asks for a reason when the meeting said no', () => {
    expect(outcomeProblems('', '')).toEqual(['outcome']);
    expect(outcomeProblems('AGREED', '')).toEqual([]);
    expect(outcomeProblems('REJECTED', '  ')).toEqual(['noteRequired']);
    expect(outcomeProblems('REJECTED', 'Ikke plass nå.')).toEqual([]);
    expect(outcomeProblems('POSTPONED', 'x'.repeat(2001))).toEqual(['noteLong']);
  });
});

describe('the providers’ answers in words', () => {
  it('explains a refusal by its rule, else its code, and falls back to the provider’s own message', () => {
    expect(refusalKey({ code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL' })).toBe('GROUP_FULL');
    expect(refusalKey({ code: 'FAILED_PRECONDITION', rule: 'NO_FREE_PLACE' })).toBe('NO_FREE_PLACE');
    expect(refusalKey({ code: 'FAILED_PRECONDITION', rule: 'PLACEMENT_ENDED' })).toBe('PLACEMENT_ENDED');
    expect(refusalKey({ code: 'CONFLICT', rule: null })).toBe('CONFLICT');
    expect(refusalKey({ code: 'FAILED_PRECONDITION', rule: 'SOMETHING_NEW' })).toBe('other');
    expect(refusalKey({ code: 'INTERNAL' })).toBe('other');
  });

  it('matches each step the hub waits for to its step, by placement or offer, or the only one of its kind', () => {
    const end = { id: 's1', kind: 'END', seenInHub: false, placement: { id: 'pl-1' }, offer: { id: 'o-cafe' } };
    const start = { id: 's2', kind: 'START', seenInHub: false, placement: null, offer: { id: 'o-green' } };
    const seen = { id: 's3', kind: 'START', seenInHub: true, placement: { id: 'pl-3' }, offer: { id: 'o-wood' } };
    const other = { ...end, id: 's5', placement: { id: 'pl-2' }, offer: { id: 'o-bakery' } };
    expect(waitingSteps(['END pl-2', 'END pl-1', 'START o-green'], [end, other, start, seen])).toEqual([
      { kind: 'END', step: other },
      { kind: 'END', step: end },
      { kind: 'START', step: start },
    ]);
    const steps = [end, start, seen];
    // A placement the page cannot see: the only unseen END is the one; an unknown kind has no step.
    expect(waitingSteps(['END pl-hidden', 'MOVE x'], steps)).toEqual([
      { kind: 'END', step: end },
      { kind: 'MOVE', step: undefined },
    ]);
    // Two unseen starts and an id that matches neither: no guess.
    expect(waitingSteps(['START x'], [start, { ...start, id: 's4' }])).toEqual([{ kind: 'START', step: undefined }]);
  });

  it('says what a changed decision ends and starts, and from when', () => {
    const steps = [
      { kind: 'END', endDate: '2027-10-17', startDate: null },
      { kind: 'START', startDate: '2027-10-25', endDate: null },
      { kind: 'START', startDate: '2027-10-18', endDate: null },
      { kind: 'UNDO_END', endDate: null, startDate: null },
    ];
    const summary = changedDecision({ startDate: null }, steps);
    expect(summary.ends).toEqual([steps[0]]);
    expect(summary.starts).toEqual([steps[1], steps[2]]);
    expect(summary.from).toBe('2027-10-18');
    expect(changedDecision({ startDate: '2027-11-01' }, steps).from).toBe('2027-11-01');
    expect(changedDecision({}, []).from).toBeNull();
  });
});
