import {
  seesSmallCounts,
  statCount,
  statisticsPeriods,
  UserInputError,
  type StatCount,
  type StatisticsPeriod,
  type StatisticsPeriodInput,
} from '@veiinn/kit';
import type { OfferKind } from '../catalogue';
import type { IntakeContext } from '../context';
import { HubLeftReason, isNavGrant } from '../network';
import {
  feedFreshness,
  leftCounts,
  placementCounts,
  statisticsOffers,
  waitingCounts,
  type StatisticsOffer,
} from './statistics.queries';
import { cellKey, emptyFigures, figuresOf, groupsOf, TOTAL_GROUP, type Group, type Measure } from './statistics.table';
import { hiddenStatistics, hiddenWaiting } from './statistics.suppression';
import {
  StatisticsGrouping,
  type CapacityStatistics,
  type CapacityStatisticsRow,
  type WaitingTimeRow,
} from './statistics.types';

const offerGroupingRefused = () =>
  new UserInputError([
    {
      field: 'groupBy',
      nb: 'Statistikk per tilbud (OFFER) kan vise tall under 5 personer og er bare for saksbehandlere; velg PROVIDER, KIND eller TOTAL.',
      en: 'Statistics by offer (OFFER) can show counts under 5 people and are for case workers only; choose PROVIDER, KIND or TOTAL.',
    },
  ]);

/** A count of places left, null (and not hidden) where no places are published. */
const NO_PLACES: StatCount = { value: null, suppressed: false, reason: null };

/**
 * Capacity over time (issue 18): four aggregate statements (offers, placements by period and offer, waiting by
 * period and offer, the feeds' status), then the figures at every level and, outside case work, the cells to hide
 * over the whole answer.
 */
export async function capacityStatistics(
  ctx: IntakeContext,
  input: StatisticsPeriodInput,
  groupBy: StatisticsGrouping,
): Promise<CapacityStatistics> {
  const seesAll = seesSmallCounts(ctx.caller);
  if (groupBy === StatisticsGrouping.OFFER && !seesAll) throw offerGroupingRefused();
  const today = ctx.app.today();
  const periods = statisticsPeriods(input, today);
  const offers = await statisticsOffers(ctx.em);
  const placements = await placementCounts(ctx.em, periods);
  const waiting = await waitingCounts(ctx.em, periods);
  const freshness = await feedFreshness(ctx.em);
  const groups = groupsOf(offers);
  const figures = figuresOf(offers, periods, placements, waiting);
  const hidden = seesAll ? new Set<string>() : hiddenStatistics(figures, groups);
  const rowOf = (idx: number, group: Group): CapacityStatisticsRow => {
    const f = figures[idx].get(group.cell) ?? emptyFigures();
    const count = (measure: Measure) => statCount(f[measure] ?? 0, hidden.has(cellKey(idx, group.cell, measure)));
    return {
      period: periods[idx],
      group,
      places: f.places,
      occupied: count('occupied'),
      upcoming: count('upcoming'),
      free: f.free === null ? NO_PLACES : count('free'),
      waiting: count('waiting'),
      started: count('started'),
      ended: count('ended'),
    };
  };
  const asked: Group[] =
    groupBy === StatisticsGrouping.TOTAL
      ? [TOTAL_GROUP]
      : groupBy === StatisticsGrouping.PROVIDER
        ? groups.providers
        : groupBy === StatisticsGrouping.KIND
          ? groups.kinds
          : groups.offers;
  return {
    periods,
    groupBy,
    rows: periods.flatMap((_, idx) => asked.map((group) => rowOf(idx, group))),
    totals: periods.map((_, idx) => rowOf(idx, TOTAL_GROUP)),
    asOf: today,
    freshness,
  };
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The nearest-rank percentile of sorted values: the smallest value with at least `p` of them at or below it. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(Math.ceil(p * sorted.length) - 1, 0)];
}

/** Whether an entry left its list because the person got a place: the hub's own PLACED, or NAV's granting statuses. */
const leftForPlace = (reason: string | null) => reason === HubLeftReason.PLACED || isNavGrant(reason);

/**
 * Waiting over time by kind (issue 18): three statements (offers, waiting by period, offer and day put on the list,
 * entries that left by period, offer and reason). The kinds' waiting counts are those of capacityStatistics by KIND
 * and are hidden the same way (the same table of waiting); the other cells (no kind known, left for a place) are
 * tied to no published sum and are hidden when 1 to 4.
 */
export async function waitingTimeStatistics(
  ctx: IntakeContext,
  input: StatisticsPeriodInput,
): Promise<WaitingTimeRow[]> {
  const seesAll = seesSmallCounts(ctx.caller);
  const periods = statisticsPeriods(input, ctx.app.today());
  const offers = await statisticsOffers(ctx.em);
  const waiting = await waitingCounts(ctx.em, periods);
  const left = await leftCounts(ctx.em, periods);
  const groups = groupsOf(offers);
  const figures = figuresOf(offers, periods, new Map(), waiting);
  const hidden = seesAll ? new Set<string>() : hiddenWaiting(figures, groups);
  const kindOf = new Map(offers.map((o: StatisticsOffer) => [o.id, o.kind]));
  const kindOfEntry = (offerId: string | null): OfferKind | null =>
    offerId === null ? null : (kindOf.get(offerId) ?? null);
  // Days waited and left for a place, by period and kind ('' for no kind known).
  const days = periods.map(() => new Map<string, number[]>());
  const placed = periods.map(() => new Map<string, number>());
  for (const w of waiting) {
    const kind = kindOfEntry(w.offerId) ?? '';
    const list = days[w.idx].get(kind) ?? [];
    const waited = dayNumber(periods[w.idx].asOf) - dayNumber(w.since);
    for (let i = 0; i < w.count; i++) list.push(waited);
    days[w.idx].set(kind, list);
  }
  for (const l of left) {
    if (!leftForPlace(l.reason)) continue;
    const kind = kindOfEntry(l.offerId) ?? '';
    placed[l.idx].set(kind, (placed[l.idx].get(kind) ?? 0) + l.count);
  }
  const small = (n: number) => !seesAll && n > 0 && n < 5;
  const rowOf = (idx: number, period: StatisticsPeriod, kind: OfferKind | null): WaitingTimeRow => {
    const waited = (days[idx].get(kind ?? '') ?? []).sort((a, b) => a - b);
    const count = waited.length;
    const waitingHidden = kind === null ? small(count) : hidden.has(cellKey(idx, `k:${kind}`, 'waiting'));
    const describable = !waitingHidden && count >= 5;
    const leftCount = placed[idx].get(kind ?? '') ?? 0;
    return {
      period,
      kind,
      waiting: statCount(count, waitingHidden),
      medianDays: describable ? percentile(waited, 0.5) : null,
      p90Days: describable ? percentile(waited, 0.9) : null,
      leftForPlace: statCount(leftCount, small(leftCount)),
    };
  };
  return periods.flatMap((period, idx) => [
    ...groups.kinds.map((g) => rowOf(idx, period, g.kind)),
    rowOf(idx, period, null),
  ]);
}
