import { compareNorwegian, type StatisticsPeriod } from '@veiinn/kit';
import type { OfferKind } from '../catalogue';
import type { PlacementCounts, StatisticsOffer, WaitingCount } from './statistics.queries';

/**
 * The figures of capacity statistics at every level (total, provider, kind, and the provider × kind cells under
 * them), for every period of an answer; statistics.suppression.ts decides which are hidden outside case work.
 */

export const FLOW_MEASURES = ['occupied', 'upcoming', 'started', 'ended'] as const;
export type Measure = (typeof FLOW_MEASURES)[number] | 'waiting' | 'free';

/** The figures of one group in one period. */
export interface Figures extends PlacementCounts {
  places: number | null;
  waiting: number;
  /** places − occupied − upcoming, at least 0; null without places. */
  free: number | null;
}

/** A group at one level: the key its cells carry and what it shows. */
export interface Group {
  /** `total`, `p:<provider>`, `k:<kind>`, `pk:<provider>:<kind>` (latent), `o:<offer>`. */
  cell: string;
  key: string;
  label: string;
  providerId: string | null;
  offerId: string | null;
  kind: OfferKind | null;
}

/** Labels of the kinds in bokmål, for the dashboard's rows (the enum's descriptions have the English). */
export const KIND_LABELS: Record<OfferKind, string> = {
  ACTIVITY: 'Aktivitetstilbud',
  ADAPTED_WORK: 'Tilrettelagt arbeid',
  VTA: 'VTA',
  VTAO: 'VTA i ordinær virksomhet',
  AFT: 'AFT',
  TRAINING_CANDIDATE: 'Lærekandidat',
  APPRENTICESHIP: 'Lærling',
  YOUTH_PROGRAMME: 'Ungdomsprogram',
};

export const TOTAL_GROUP: Group = {
  cell: 'total',
  key: 'total',
  label: 'Totalt',
  providerId: null,
  offerId: null,
  kind: null,
};

const byLabel = (a: Group, b: Group) => compareNorwegian(a.label, b.label) || (a.key < b.key ? -1 : 1);

/** The groups of each level, by label, from the offers the hub knows. */
export function groupsOf(offers: readonly StatisticsOffer[]) {
  const providers = new Map<string, Group>();
  const kinds = new Map<string, Group>();
  const pairs = new Map<string, Group>();
  const offerGroups: Group[] = [];
  for (const o of offers) {
    providers.set(o.providerId, {
      cell: `p:${o.providerId}`,
      key: o.providerId,
      label: o.providerName,
      providerId: o.providerId,
      offerId: null,
      kind: null,
    });
    kinds.set(o.kind, {
      cell: `k:${o.kind}`,
      key: o.kind,
      label: KIND_LABELS[o.kind] ?? o.kind,
      providerId: null,
      offerId: null,
      kind: o.kind,
    });
    const pk = `pk:${o.providerId}:${o.kind}`;
    pairs.set(pk, { cell: pk, key: pk, label: pk, providerId: o.providerId, offerId: null, kind: o.kind });
    offerGroups.push({
      cell: `o:${o.id}`,
      key: o.id,
      label: o.title,
      providerId: o.providerId,
      offerId: o.id,
      kind: o.kind,
    });
  }
  // A provider × kind cell is the provider's own cell when the provider has offers of one kind only, and the kind's
  // when one provider alone has that kind: only the others are unknown to a reader (latent).
  const kindsOf = (provider: string) => [...pairs.values()].filter((g) => g.providerId === provider).length;
  const providersOf = (kind: OfferKind | null) => [...pairs.values()].filter((g) => g.kind === kind).length;
  const cellOfPair = (g: Group) =>
    kindsOf(g.providerId!) === 1 ? `p:${g.providerId}` : providersOf(g.kind) === 1 ? `k:${g.kind}` : g.cell;
  const pairCells = [...pairs.values()].map((g) => ({ providerId: g.providerId!, kind: g.kind!, cell: cellOfPair(g) }));
  return {
    providers: [...providers.values()].sort(byLabel),
    kinds: [...kinds.values()].sort(byLabel),
    latent: [...pairs.values()].filter((g) => cellOfPair(g) === g.cell),
    pairs: pairCells,
    offers: offerGroups.sort(byLabel),
  };
}

/** The cells an offer adds to, at each level. */
const cellsOfOffer = (o: StatisticsOffer) => [
  'total',
  `p:${o.providerId}`,
  `k:${o.kind}`,
  `pk:${o.providerId}:${o.kind}`,
  `o:${o.id}`,
];

export const emptyFigures = (): Figures => ({
  places: null,
  occupied: 0,
  upcoming: 0,
  started: 0,
  ended: 0,
  waiting: 0,
  free: null,
});

/**
 * Every group's figures in every period: `figures[idx].get(cell)`. Places are the offers' places today (the hub
 * keeps no history of them), over offers not withdrawn; every count is over all offers the hub knows.
 */
export function figuresOf(
  offers: readonly StatisticsOffer[],
  periods: readonly StatisticsPeriod[],
  placements: Map<number, Map<string, PlacementCounts>>,
  waiting: readonly WaitingCount[],
): Map<string, Figures>[] {
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const figures = periods.map(() => new Map<string, Figures>());
  const at = (idx: number, cell: string) => {
    let f = figures[idx].get(cell);
    if (!f) figures[idx].set(cell, (f = emptyFigures()));
    return f;
  };
  periods.forEach((_, idx) => {
    for (const o of offers) {
      for (const cell of cellsOfOffer(o)) {
        const f = at(idx, cell);
        if (o.places !== null && !o.withdrawn) f.places = (f.places ?? 0) + o.places;
        const counts = placements.get(idx)?.get(o.id);
        if (counts) for (const m of FLOW_MEASURES) f[m] += counts[m];
      }
    }
  });
  for (const w of waiting) {
    const o = w.offerId === null ? undefined : offerById.get(w.offerId);
    if (!o) continue; // an entry naming no offer the hub knows is counted only in waitingTimeStatistics
    for (const cell of cellsOfOffer(o)) at(w.idx, cell).waiting += w.count;
  }
  for (const byCell of figures) {
    for (const f of byCell.values())
      f.free = f.places === null ? null : Math.max(f.places - f.occupied - f.upcoming, 0);
  }
  return figures;
}

export const cellKey = (idx: number, cell: string, measure: Measure | 'places') => `${idx}|${cell}|${measure}`;
