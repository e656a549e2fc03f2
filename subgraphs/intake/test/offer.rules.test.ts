import { DecisionAuthority, IntakeMode, OfferKind } from '../src/catalogue/offer/offer.enums';
import {
  defaultsForKind,
  nextApplicationDeadline,
  validateOffer,
  type OfferFields,
} from '../src/catalogue/offer/offer.rules';
import { searchTerms, searchTextOf } from '../src/common/search';

const valid: OfferFields = {
  kind: OfferKind.ADAPTED_WORK,
  title: { nb: 'Snekkerverkstedet', en: 'Carpentry workshop' },
  description: { nb: 'Trearbeid.', en: 'Woodwork.' },
  eligibility: { nb: 'Voksne.', en: 'Adults.' },
  trade: 'Tre',
  site: null,
  hoursPerWeek: 30,
  places: 8,
};

describe('offer rules', () => {
  it('lets the kind decide who grants a place and how intake works', () => {
    expect(defaultsForKind(OfferKind.ACTIVITY)).toEqual({
      intakeMode: IntakeMode.MAIN,
      decidedBy: DecisionAuthority.ALLOCATION_OFFICE,
    });
    expect(defaultsForKind(OfferKind.VTA)).toEqual({
      intakeMode: IntakeMode.CONTINUOUS,
      decidedBy: DecisionAuthority.NAV,
    });
    expect(defaultsForKind(OfferKind.AFT).decidedBy).toBe(DecisionAuthority.NAV);
    expect(defaultsForKind(OfferKind.APPRENTICESHIP).decidedBy).toBe(DecisionAuthority.PROVIDER);
  });

  it('gives 1 February as the main intake deadline, this year until it has passed', () => {
    expect(nextApplicationDeadline(IntakeMode.MAIN, '2026-11-23')).toBe('2027-02-01');
    expect(nextApplicationDeadline(IntakeMode.MAIN, '2027-01-15')).toBe('2027-02-01');
    expect(nextApplicationDeadline(IntakeMode.MAIN, '2027-02-01')).toBe('2027-02-01');
    expect(nextApplicationDeadline(IntakeMode.MAIN, '2027-02-02')).toBe('2028-02-01');
    expect(nextApplicationDeadline(IntakeMode.CONTINUOUS, '2027-01-15')).toBeNull();
  });

  it('accepts a complete offer', () => {
    expect(validateOffer(valid)).toEqual([]);
  });

  it('holds adapted work to 30 hours a week and everything to a full-time week', () => {
    expect(validateOffer({ ...valid, hoursPerWeek: 31 }).map((p) => p.field)).toEqual(['hoursPerWeek']);
    expect(validateOffer({ ...valid, kind: OfferKind.VTA, hoursPerWeek: 31 })).toEqual([]);
    expect(validateOffer({ ...valid, kind: OfferKind.VTA, hoursPerWeek: 40 }).map((p) => p.field)).toEqual([
      'hoursPerWeek',
    ]);
    expect(validateOffer({ ...valid, hoursPerWeek: 0 }).map((p) => p.field)).toEqual(['hoursPerWeek']);
  });

  it('reports every problem with its field path', () => {
    const problems = validateOffer({ ...valid, title: { nb: ' ', en: 'x'.repeat(121) }, places: -1, trade: '' });
    expect(problems.map((p) => p.field)).toEqual(['title.nb', 'title.en', 'trade', 'places']);
  });

  it('searches case-insensitively, Norwegian letters included, and treats LIKE wildcards as separators', () => {
    expect(searchTextOf(['Grøntgruppa', 'ÆRFUGL', null])).toBe('grøntgruppa ærfugl');
    expect(searchTerms('  Grønt   ÅS 50%_x ')).toEqual(['grønt', 'ås', '50', 'x']);
    expect(searchTerms(null)).toEqual([]);
  });
});
