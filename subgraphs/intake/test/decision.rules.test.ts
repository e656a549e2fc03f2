import { FailedPreconditionError } from '@veiinn/kit';
import { ApplicationStatus } from '../src/casework/application/application.enums';
import { canTransitionWith, transition } from '../src/casework/application/application.state';
import { DecisionOutcome, LetterLanguage } from '../src/casework/decision/decision.enums';
import { decisionLetter, writtenDate, type LetterFacts } from '../src/casework/decision/decision.letter';
import {
  assertDecidedByMunicipality,
  assertStartNotBeforeDecision,
  decisionProblems,
  offersWaitedFor,
  type ChosenOffer,
  type DecisionDraft,
} from '../src/casework/decision/decision.rules';
import { DecisionAuthority } from '../src/catalogue/offer/offer.enums';
import { timeOrderedId } from '../src/network/waiting/waiting-entry.entity';

const DAYS: ChosenOffer = {
  id: 'day',
  title: 'Bjørnegård aktivitetshus',
  decidedBy: DecisionAuthority.ALLOCATION_OFFICE,
  placeable: true,
  needs: { group: true, daysPerWeek: true, hoursPerWeek: false },
};
const HOURS: ChosenOffer = {
  id: 'work',
  title: 'Kortavdelingen',
  decidedBy: DecisionAuthority.ALLOCATION_OFFICE,
  placeable: true,
  needs: { group: true, daysPerWeek: false, hoursPerWeek: true },
};
const PARTNER: ChosenOffer = {
  id: 'aurora',
  title: 'Aurora',
  decidedBy: DecisionAuthority.ALLOCATION_OFFICE,
  placeable: false,
  needs: null,
};
const VTA: ChosenOffer = {
  id: 'vta',
  title: 'VTA hos Arba',
  decidedBy: DecisionAuthority.NAV,
  placeable: false,
  needs: null,
};

const draft = (over: Partial<DecisionDraft>): DecisionDraft => ({
  outcome: DecisionOutcome.GRANTED,
  offerId: null,
  groupId: null,
  daysPerWeek: null,
  hoursPerWeek: null,
  startDate: null,
  reason: null,
  ...over,
});
const fields = (d: DecisionDraft, chosen: ChosenOffer[] = [DAYS, HOURS, PARTNER]) =>
  decisionProblems(d, chosen).map((p) => p.field);

function refusal(step: () => unknown): FailedPreconditionError {
  try {
    step();
  } catch (error) {
    return error as FailedPreconditionError;
  }
  throw new Error('the step was allowed');
}

describe('decision rules', () => {
  // Issue 11: a grant was checked only by the provider, after the decision and its letter were written.
  it('refuses a group the provider does not list for the offer, more hours than a full place, and a withdrawn offer', () => {
    const grant = draft({ offerId: 'work', groupId: 'g1', hoursPerWeek: 25, startDate: '2027-01-04' });
    const partTime = { ...HOURS, hoursPerWeek: 20 };
    expect(decisionProblems(grant, [HOURS], ['g1']).map((p) => p.field)).toEqual([]);
    expect(decisionProblems(grant, [HOURS], ['g2']).map((p) => p.field)).toEqual(['groupId']);
    // When the provider could not be asked, its own check is the only one.
    expect(decisionProblems(grant, [HOURS], null).map((p) => p.field)).toEqual([]);
    expect(decisionProblems(grant, [partTime], ['g1']).map((p) => p.field)).toEqual(['hoursPerWeek']);
    expect(decisionProblems(grant, [{ ...HOURS, withdrawn: true }], ['g1']).map((p) => p.field)).toEqual(['offerId']);
  });

  it('a grant needs what the provider’s mutation needs, and nothing it does not count', () => {
    expect(fields(draft({ offerId: 'day', groupId: 'g', daysPerWeek: 3, startDate: '2027-01-04' }))).toEqual([]);
    expect(fields(draft({ offerId: 'work', groupId: 'g', hoursPerWeek: 30, startDate: '2027-01-04' }))).toEqual([]);
    expect(fields(draft({ offerId: 'aurora', startDate: '2027-01-04' }))).toEqual([]);
    expect(fields(draft({ offerId: 'day', hoursPerWeek: 3, startDate: '2027-01-04' }))).toEqual([
      'groupId',
      'daysPerWeek',
      'hoursPerWeek',
    ]);
    expect(fields(draft({}))).toEqual(['offerId', 'startDate']);
    expect(fields(draft({ offerId: 'other', startDate: 'tomorrow' }))).toEqual(['offerId', 'startDate']);
    expect(fields(draft({ offerId: 'day', groupId: 'g', daysPerWeek: 6, startDate: '2027-01-04' }))).toEqual([
      'daysPerWeek',
    ]);
    expect(fields(draft({ offerId: 'work', groupId: 'g', hoursPerWeek: 0, startDate: '2027-01-04' }))).toEqual([
      'hoursPerWeek',
    ]);
  });

  it('a refusal needs its reason and names no offer or placement; waiting names no placement', () => {
    expect(fields(draft({ outcome: DecisionOutcome.REJECTED }))).toEqual(['reason']);
    expect(fields(draft({ outcome: DecisionOutcome.REJECTED, reason: '  ' }))).toEqual(['reason']);
    expect(fields(draft({ outcome: DecisionOutcome.REJECTED, reason: 'x'.repeat(2001) }))).toEqual(['reason']);
    expect(fields(draft({ outcome: DecisionOutcome.REJECTED, reason: 'Nei.', offerId: 'day', groupId: 'g' }))).toEqual([
      'groupId',
      'offerId',
    ]);
    expect(fields(draft({ outcome: DecisionOutcome.WAITING }))).toEqual([]);
    expect(fields(draft({ outcome: DecisionOutcome.WAITING, offerId: 'day', startDate: '2027-01-04' }))).toEqual([
      'startDate',
    ]);
  });

  it('leaves state places to NAV', () => {
    const grantVta = refusal(() => assertDecidedByMunicipality(draft({ offerId: 'vta' }), [DAYS, VTA]));
    expect(grantVta.extensions).toMatchObject({ rule: 'DECIDED_BY_NAV', offerIds: ['vta'] });
    // A decision on the whole application is refused only when every offer in it is NAV's.
    expect(() => assertDecidedByMunicipality(draft({ outcome: DecisionOutcome.REJECTED }), [DAYS, VTA])).not.toThrow();
    expect(
      refusal(() => assertDecidedByMunicipality(draft({ outcome: DecisionOutcome.WAITING }), [VTA])).extensions,
    ).toMatchObject({ rule: 'DECIDED_BY_NAV' });
    expect(offersWaitedFor(draft({ outcome: DecisionOutcome.WAITING }), [DAYS, VTA, HOURS]).map((o) => o.id)).toEqual([
      'day',
      'work',
    ]);
    expect(offersWaitedFor(draft({ outcome: DecisionOutcome.WAITING, offerId: 'work' }), [DAYS, HOURS])).toEqual([
      HOURS,
    ]);
  });

  it('refuses a start before the day of the decision, and allows the day itself', () => {
    expect(refusal(() => assertStartNotBeforeDecision('2026-11-22', '2026-11-23')).extensions).toMatchObject({
      rule: 'START_BEFORE_DECISION',
      decidedOn: '2026-11-23',
    });
    expect(() => assertStartNotBeforeDecision('2026-11-23', '2026-11-23')).not.toThrow();
    expect(() => assertStartNotBeforeDecision(null, '2026-11-23')).not.toThrow();
  });

  it('lets a decided application be withdrawn only while the applicant is on its waiting list', () => {
    const { DECIDED, WITHDRAWN } = ApplicationStatus;
    expect(canTransitionWith(DECIDED, WITHDRAWN)).toBe(false);
    expect(canTransitionWith(DECIDED, WITHDRAWN, { onWaitingList: true })).toBe(true);
    expect(transition(DECIDED, WITHDRAWN, { onWaitingList: true })).toBe(WITHDRAWN);
    expect(refusal(() => transition(DECIDED, WITHDRAWN)).extensions).toMatchObject({ rule: 'APPLICATION_STATE' });
    expect(canTransitionWith(WITHDRAWN, WITHDRAWN, { onWaitingList: true })).toBe(false);
  });

  it('gives the hub’s waiting entries ids that sort by time', () => {
    const ids = [1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000].map((t) => timeOrderedId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('decision letter', () => {
  const facts: LetterFacts = {
    outcome: DecisionOutcome.GRANTED,
    participantName: 'Testa Testesen',
    offerTitle: 'Bjørnegård aktivitetshus',
    providerName: 'Bærum kommunale dagtilbud',
    offersAppliedFor: ['Kafé Binna', 'Bjørnegård aktivitetshus'],
    startDate: '2027-01-04',
    daysPerWeek: 3,
    hoursPerWeek: null,
    reason: null,
    decidedOn: '2026-11-23',
  };

  it('tells a granted place in plain bokmål, with the start, the days and the right to appeal', () => {
    const letter = decisionLetter(facts, LetterLanguage.NB);
    expect(letter.title).toBe('Du har fått plass: Bjørnegård aktivitetshus');
    expect(letter.date).toBe('23. november 2026');
    expect(letter.greeting).toBe('Hei, Testa Testesen');
    expect(letter.paragraphs[0]).toBe(
      'Du har søkt om Kafé Binna og Bjørnegård aktivitetshus. Vi har bestemt at du får plass på Bjørnegård aktivitetshus hos Bærum kommunale dagtilbud.',
    );
    expect(letter.paragraphs[1]).toBe('Du begynner 4. januar 2027. Du skal være der 3 dager i uka.');
    expect(letter.appeal).toMatch(/klage.*Tildelingskontoret innen 3 uker/);
    expect(letter.appeal).toContain('syntetisk demotekst');
  });

  it('tells the same in English, and a waiting place with its date', () => {
    expect(decisionLetter(facts, LetterLanguage.EN).paragraphs[1]).toBe(
      'You start on 4 January 2027. You will be there 3 days a week.',
    );
    const waiting = decisionLetter(
      { ...facts, outcome: DecisionOutcome.WAITING, offerTitle: null, providerName: null, startDate: null },
      LetterLanguage.NB,
    );
    expect(waiting.title).toBe('Du står på venteliste');
    expect(waiting.paragraphs[0]).toContain(
      'venteliste for Kafé Binna og Bjørnegård aktivitetshus fra 23. november 2026',
    );
    expect(writtenDate('2027-05-01', LetterLanguage.EN)).toBe('1 May 2027');
  });
});
