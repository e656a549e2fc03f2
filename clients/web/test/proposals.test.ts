import { describe, expect, it } from 'vitest';
import type { ProposalOfferFragment } from '../../src/gql/graphql';
import {
  emptyForm,
  formField,
  formProblems,
  needsOf,
  nextMeetingWeek,
  proposalInput,
  readDate,
  readHours,
  suggestedStart,
  withdrawable,
  type ProposalForm,
} from '../src/proposals/logic';

const title = { nb: 'Tittel', en: 'Title' };
const provider = { id: 'p', name: 'Tilbyder' };
const dayOffer: ProposalOfferFragment = {
  id: 'binna',
  kind: 'ACTIVITY',
  title,
  provider,
  dayServices: { groups: [{ id: 'kafe', name: 'Kafé', free: 2 }] },
  workCentre: null,
  arba: null,
};
const workOffer: ProposalOfferFragment = {
  ...dayOffer,
  id: 'gront',
  kind: 'ADAPTED_WORK',
  dayServices: null,
  workCentre: { groups: [{ id: 'g1', name: 'Grøntgruppa', free: 0 }] },
};
const arbaOffer: ProposalOfferFragment = {
  ...dayOffer,
  id: 'vta',
  kind: 'VTA',
  dayServices: null,
  arba: { arenas: [{ id: 'montering', name: 'Montering' }] },
};
const partnerOffer: ProposalOfferFragment = { ...dayOffer, id: 'partner', dayServices: null };

const TODAY = '2026-12-08';
const filled = (change: Partial<ProposalForm> = {}): ProposalForm => ({
  ...emptyForm(['pl-1'], '2027-05-10'),
  kind: 'ACTIVITY_TO_WORK',
  wish: '  Jeg vil jobbe.  ',
  offerId: 'gront',
  groupId: 'g1',
  hoursPerWeek: '15,5',
  ...change,
});

describe('what a target needs', () => {
  it('is a group and days at the day services, a group and hours at the work centre, an arena and hours at Arba', () => {
    expect(needsOf(dayOffer)).toMatchObject({ days: true, hours: false, groups: [{ id: 'kafe' }] });
    expect(needsOf(workOffer)).toMatchObject({ days: false, hours: true, groups: [{ id: 'g1' }] });
    expect(needsOf(arbaOffer)).toMatchObject({ days: false, hours: true, groups: [{ id: 'montering' }] });
  });
  it('is nothing more at another provider, or before an offer is chosen', () => {
    expect(needsOf(partnerOffer)).toEqual({ groups: [], days: false, hours: false });
    expect(needsOf(undefined)).toEqual({ groups: [], days: false, hours: false });
  });
});

describe('reading what was typed', () => {
  it('takes a day as 2027-05-10 or 10.5.2027, and refuses days that do not exist', () => {
    expect(readDate('2027-05-10')).toBe('2027-05-10');
    expect(readDate(' 10.5.2027 ')).toBe('2027-05-10');
    expect(readDate('2027-02-30')).toBeNull();
    expect(readDate('i morgen')).toBeNull();
    expect(readDate('')).toBeNull();
  });
  it('takes hours with a comma or a point, above 0 and at most 30', () => {
    expect(readHours('15,5')).toBe(15.5);
    expect(readHours('30')).toBe(30);
    expect(readHours('0')).toBeNull();
    expect(readHours('31')).toBeNull();
    expect(readHours('')).toBeNull();
  });
});

describe('the form’s own checks', () => {
  it('pass a whole form', () => {
    expect(formProblems(filled(), workOffer, TODAY)).toEqual({});
  });
  it('name each missing field: the wish, the kind, a place, the offer, the start', () => {
    const form = { ...emptyForm([], ''), wish: '   ' };
    expect(formProblems(form, undefined, TODAY)).toEqual({
      wish: 'wishRequired',
      kind: 'kind',
      from: 'from',
      offerId: 'offer',
      startDate: 'startDate',
    });
  });
  it('ask for what the provider needs: group and days at the day services, hours at the work centre', () => {
    expect(formProblems(filled({ offerId: 'binna', groupId: '', daysPerWeek: '' }), dayOffer, TODAY)).toEqual({
      groupId: 'group',
      daysPerWeek: 'days',
    });
    expect(formProblems(filled({ hoursPerWeek: '40' }), workOffer, TODAY)).toEqual({ hoursPerWeek: 'hours' });
  });
  it('refuse a start before today, a bad last day, and a wish over 2000 characters', () => {
    const form = filled({ startDate: '2026-12-07', endDates: { 'pl-1': '31.2.2027' }, wish: 'x'.repeat(2001) });
    expect(formProblems(form, workOffer, TODAY)).toEqual({
      startDate: 'startPast',
      'endDate-pl-1': 'endDate',
      wish: 'wishLong',
    });
  });
});

describe('the form as proposeTransition’s input', () => {
  it('sends the trimmed wish, the places, and only what the target’s provider counts', () => {
    expect(proposalInput('part-1', filled({ daysPerWeek: '3' }), workOffer)).toEqual({
      participantId: 'part-1',
      kind: 'ACTIVITY_TO_WORK',
      participantWish: 'Jeg vil jobbe.',
      from: [{ placementId: 'pl-1' }],
      targets: [{ offerId: 'gront', groupId: 'g1', hoursPerWeek: 15.5, startDate: '2027-05-10' }],
    });
  });
  it('sends days at the day services, a last day where one was typed, the start as YYYY-MM-DD', () => {
    const form = filled({
      offerId: 'binna',
      groupId: 'kafe',
      daysPerWeek: '3',
      from: ['pl-1', 'pl-2'],
      endDates: { 'pl-2': '9.5.2027' },
      startDate: '10.5.2027',
    });
    expect(proposalInput('part-1', form, dayOffer)).toMatchObject({
      from: [{ placementId: 'pl-1' }, { placementId: 'pl-2', endDate: '2027-05-09' }],
      targets: [{ offerId: 'binna', groupId: 'kafe', daysPerWeek: 3, startDate: '2027-05-10' }],
    });
  });
  it('sends no group, days or hours to a provider that needs none', () => {
    expect(proposalInput('part-1', filled({ offerId: 'partner' }), partnerOffer).targets).toEqual([
      { offerId: 'partner', startDate: '2027-05-10' },
    ]);
  });
});

describe('the graph’s field names as the form’s', () => {
  const from = ['pl-1', 'pl-2'];
  it('maps the wish, a place’s last day by its position, and a target’s fields', () => {
    expect(formField('participantWish', from)).toBe('wish');
    expect(formField('from.1.endDate', from)).toBe('endDate-pl-2');
    expect(formField('from.0.placementId', from)).toBe('from');
    expect(formField('targets.0.groupId', from)).toBe('groupId');
    expect(formField('targets', from)).toBe('offerId');
  });
  it('leaves a field the form does not have to the summary', () => {
    expect(formField('somethingElse', from)).toBeNull();
  });
});

describe('the meeting and start to suggest', () => {
  it('is the next week 18 or 41 not yet begun, and the Monday after it', () => {
    expect(nextMeetingWeek('2026-12-08')).toEqual({ year: 2027, week: 18 });
    expect(nextMeetingWeek('2027-05-03')).toEqual({ year: 2027, week: 41 });
    expect(suggestedStart('2026-12-08')).toBe('2027-05-10');
  });
  it('lets the participant take back only what no meeting has decided', () => {
    expect(withdrawable('PROPOSED')).toBe(true);
    expect(withdrawable('ON_AGENDA')).toBe(true);
    expect(withdrawable('AGREED')).toBe(false);
    expect(withdrawable('WITHDRAWN')).toBe(false);
  });
});
