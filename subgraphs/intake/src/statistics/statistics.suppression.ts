import { createHash } from 'node:crypto';
import { sumRelation, type CountRelation } from '@veiinn/kit';
import { hiddenCells } from '../common/small-counts';
import {
  cellKey,
  emptyFigures,
  FLOW_MEASURES,
  TOTAL_GROUP,
  type Figures,
  type Group,
  type groupsOf,
  type Measure,
} from './statistics.table';

// Which figures of capacity statistics are hidden outside case work: one table over all the periods of an answer and
// all levels, whichever grouping is asked, so that the same cells are hidden for PROVIDER, KIND and TOTAL of the
// same periods (docs/security.md, "Small counts").

/**
 * The cells to hide outside case work, over all periods and levels: counts of 1 to 4 people, and complements until
 * no hidden cell can be solved from what anyone knows of these figures: at each period, total = Σ providers =
 * Σ kinds, each provider and each kind the sum of its provider × kind cells (never shown); between adjacent
 * periods, occupied = the last period's occupied + started − ended (at every level; it holds up to the placements
 * that end on the day counted, and is taken as exact); and free + occupied + upcoming = places where free is not
 * held at 0. Waiting is tied to no other measure and is a table of its own (waitingTimeStatistics uses the same).
 */
export function hiddenStatistics(
  figures: readonly Map<string, Figures>[],
  groups: ReturnType<typeof groupsOf>,
): Set<string> {
  const shownLevels = [TOTAL_GROUP, ...groups.providers, ...groups.kinds];
  const hidden = remembered(['flows', figures, groups], () => hiddenCells(flowTable(figures, groups, shownLevels)));
  return new Set([...hidden, ...hiddenWaiting(figures, groups)]);
}

/**
 * The engine's answers for the last tables, by their content: a dashboard asks the same periods again and again
 * while the index does not change, and the engine takes a second on a large table. The same figures give the same
 * cells, so a remembered answer is the answer.
 */
const answers = new Map<string, Set<string>>();
const MAX_REMEMBERED = 32;
function remembered(table: unknown, compute: () => Set<string>): Set<string> {
  const key = createHash('sha256')
    .update(JSON.stringify(table, (_, value: unknown) => (value instanceof Map ? [...value] : value)))
    .digest('hex');
  let hidden = answers.get(key);
  if (!hidden) {
    hidden = compute();
    answers.set(key, hidden);
    if (answers.size > MAX_REMEMBERED) answers.delete(answers.keys().next().value!);
  }
  return hidden;
}

/** The hidden cells of the waiting table alone (waitingTimeStatistics): the same as in hiddenStatistics. */
export function hiddenWaiting(
  figures: readonly Map<string, Figures>[],
  groups: ReturnType<typeof groupsOf>,
): Set<string> {
  const shownLevels = [TOTAL_GROUP, ...groups.providers, ...groups.kinds];
  // Keyed by the waiting counts alone: capacityStatistics and waitingTimeStatistics share the answer.
  const waiting = figures.map((byCell) => [...byCell].map(([cell, f]) => [cell, f.waiting]));
  return remembered(['waiting', waiting, groups], () => hiddenCells(waitingTable(figures, groups, shownLevels)));
}

/** Lower is hidden first: provider and kind cells before totals; free places, then flows, then stocks. */
function rank(key: string): number {
  const [, cell, measure] = key.split('|');
  const level = cell === 'total' ? 30 : 10;
  const order: Record<string, number> = { free: 0, started: 1, ended: 1, upcoming: 2, waiting: 2, occupied: 3 };
  return level + (order[measure] ?? 0);
}

/** The sums of one measure at one period: total = Σ providers = Σ kinds; provider and kind = Σ latent cells. */
function sumRelations(idx: number, measure: Measure, groups: ReturnType<typeof groupsOf>): CountRelation[] {
  const key = (cell: string) => cellKey(idx, cell, measure);
  const relations = [
    sumRelation(
      key('total'),
      groups.providers.map((g) => key(g.cell)),
    ),
    sumRelation(
      key('total'),
      groups.kinds.map((g) => key(g.cell)),
    ),
  ];
  // Each provider and each kind is the sum of its provider × kind cells (a trivial sum, of itself, is left out).
  for (const [cell, parts] of [
    ...groups.providers.map((p) => [p.cell, groups.pairs.filter((x) => x.providerId === p.providerId)] as const),
    ...groups.kinds.map((k) => [k.cell, groups.pairs.filter((x) => x.kind === k.kind)] as const),
  ]) {
    if (parts.length > 1 || parts[0]?.cell !== cell)
      relations.push(
        sumRelation(
          key(cell),
          parts.map((x) => key(x.cell)),
        ),
      );
  }
  return relations;
}

function flowTable(
  figures: readonly Map<string, Figures>[],
  groups: ReturnType<typeof groupsOf>,
  shownLevels: Group[],
) {
  const people = new Map<string, number>();
  const placesLeft = new Map<string, number>();
  const places = new Map<string, number>();
  const latent = new Map<string, number>();
  const relations: CountRelation[] = [];
  figures.forEach((byCell, idx) => {
    for (const g of shownLevels) {
      const f = byCell.get(g.cell) ?? emptyFigures();
      for (const m of FLOW_MEASURES) people.set(cellKey(idx, g.cell, m), f[m]);
      if (f.places !== null) {
        places.set(cellKey(idx, g.cell, 'places'), f.places);
        placesLeft.set(cellKey(idx, g.cell, 'free'), f.free!);
        if (f.places - f.occupied - f.upcoming >= 0) {
          relations.push({
            terms: [
              { key: cellKey(idx, g.cell, 'free'), coef: 1 },
              { key: cellKey(idx, g.cell, 'occupied'), coef: 1 },
              { key: cellKey(idx, g.cell, 'upcoming'), coef: 1 },
              { key: cellKey(idx, g.cell, 'places'), coef: -1 },
            ],
          });
        }
      }
    }
    for (const g of groups.latent) {
      const f = byCell.get(g.cell) ?? emptyFigures();
      for (const m of FLOW_MEASURES) latent.set(cellKey(idx, g.cell, m), f[m]);
    }
    for (const m of FLOW_MEASURES) relations.push(...sumRelations(idx, m, groups));
    if (idx > 0) {
      for (const g of [...shownLevels, ...groups.latent]) {
        relations.push({
          terms: [
            { key: cellKey(idx, g.cell, 'occupied'), coef: 1 },
            { key: cellKey(idx - 1, g.cell, 'occupied'), coef: -1 },
            { key: cellKey(idx, g.cell, 'started'), coef: -1 },
            { key: cellKey(idx, g.cell, 'ended'), coef: 1 },
          ],
        });
      }
    }
  });
  return { people, placesLeft, places, latent, relations, rank };
}

function waitingTable(
  figures: readonly Map<string, Figures>[],
  groups: ReturnType<typeof groupsOf>,
  shownLevels: Group[],
) {
  const people = new Map<string, number>();
  const latent = new Map<string, number>();
  const relations: CountRelation[] = [];
  figures.forEach((byCell, idx) => {
    for (const g of shownLevels) people.set(cellKey(idx, g.cell, 'waiting'), byCell.get(g.cell)?.waiting ?? 0);
    for (const g of groups.latent) latent.set(cellKey(idx, g.cell, 'waiting'), byCell.get(g.cell)?.waiting ?? 0);
    relations.push(...sumRelations(idx, 'waiting', groups));
  });
  return { people, latent, relations, rank };
}
