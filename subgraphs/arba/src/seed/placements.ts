import { VtaGoalResult } from '../goal/goal.entity';
import { ArbaAftOutcome } from '../participation/participation.entity';
import { ArbaMunicipality } from '../common/enums';

/**
 * What Arba knows beyond the shared demo placements (packages/demo-data). Demo values: two VTA participants live in
 * Asker and use its reserved places; the AFT participant who ended in 2025 went on to work; the AFT participant who
 * started in March 2025 has had the initial year extended by a full year.
 */
export const seedMunicipalities: Record<string, ArbaMunicipality> = {
  'arba-33': ArbaMunicipality.ASKER,
  'arba-39': ArbaMunicipality.ASKER,
};
export const seedOutcomes: Record<string, ArbaAftOutcome> = { 'arba-43': ArbaAftOutcome.WORK };
export const seedExtensions = ['arba-42'];

/** Individual VTA goals with their twice-yearly evaluations (demo values; notes hold no health details). */
export const seedGoals: {
  placement: string;
  description: string;
  setOn: string;
  evaluations: { date: string; result: VtaGoalResult; note?: string }[];
}[] = [
  {
    placement: 'arba-30',
    description: 'Sette sammen en hel ordre på egen hånd, fra plukkliste til ferdig eske.',
    setOn: '2025-11-10',
    evaluations: [
      {
        date: '2026-05-11',
        result: VtaGoalResult.PARTLY,
        note: 'Klarer det meste selv; trenger hjelp med pakkseddelen.',
      },
      { date: '2026-11-09', result: VtaGoalResult.REACHED },
    ],
  },
  {
    placement: 'arba-30',
    description: 'Ta pause til faste tider uten påminnelse.',
    setOn: '2026-05-11',
    evaluations: [],
  },
  {
    placement: 'arba-38',
    description: 'Bruke skjærebordet trygt og uten tilsyn.',
    setOn: '2024-02-05',
    evaluations: [
      { date: '2024-08-05', result: VtaGoalResult.NOT_REACHED, note: 'Øver to ganger i uka med arbeidsleder.' },
      { date: '2025-02-03', result: VtaGoalResult.PARTLY },
      { date: '2025-08-04', result: VtaGoalResult.REACHED, note: 'Nytt mål kan settes for digitaltrykk.' },
    ],
  },
  {
    placement: 'arba-40',
    description: 'Møte presis til arbeidsstart tre dager i uka.',
    setOn: '2026-02-16',
    evaluations: [{ date: '2026-08-17', result: VtaGoalResult.PARTLY, note: 'Presis de fleste dager.' }],
  },
];
