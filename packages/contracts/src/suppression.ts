import { hasRole, Role } from './access';
import type { Caller } from './trust';

/**
 * Small-count suppression (docs/security.md, "Small counts"). Outside case work, a count of 1 to 4 people is not
 * given, and neither is any other cell from which such a count could be worked out: statistics come as tables whose
 * cells are tied by sums (a total is the sum of its groups, a provider the sum of its offers) and by flows (this
 * period's occupied places are the last period's, plus those started, less those ended). A person who knows these
 * relations and the cells shown can solve for a hidden cell as soon as the hidden cells of one relation, or of
 * several taken together, leave it a single value. `withheldCells` withholds the small counts (primary suppression)
 * and then more cells (complementary suppression) until no hidden cell has a single value any more.
 *
 * The check is exact linear algebra: a hidden cell is determined when its unit vector lies in the span of the
 * relations restricted to the hidden cells, which the reduced row echelon form shows as a row with one entry. It is
 * computed modulo a large prime, where the small integer coefficients of these relations behave as over the
 * rationals. What it does not hide: bounds (two hidden cells that sum to 6 are each between 2 and 4 when both are
 * small), which is why a hidden cell never says whether it is small or hidden to protect another.
 */

/** The smallest count of people shown outside case work. */
export const MIN_SHOWN_COUNT = 5;

/** Why a cell is not given: one reason for every hidden cell, so that a hidden cell does not say how small it is. */
export const SUPPRESSED_REASON = {
  nb: 'Skjult: tall under 5 personer vises ikke, og heller ikke tall som de kan regnes ut fra.',
  en: 'Hidden: counts under 5 people are not shown, nor counts they could be worked out from.',
};

/** One linear fact about the cells that anyone may know: the sum of `coef × value` over the terms is 0. */
export interface CountRelation {
  terms: readonly { key: string; coef: number }[];
}

/** A sum: `total` is the sum of `parts`. */
export const sumRelation = (total: string, parts: readonly string[]): CountRelation => ({
  terms: [{ key: total, coef: -1 }, ...parts.map((key) => ({ key, coef: 1 }))],
});

export interface CountTable {
  /** Every cell's true value. */
  values: ReadonlyMap<string, number>;
  /** Cells that are never hidden, because they count no people (places, a share's fixed requirement). */
  shown?: ReadonlySet<string>;
  /** Cells hidden from before (e.g. an earlier period's), kept hidden; never chosen as complementary here. */
  hidden?: ReadonlySet<string>;
  relations: readonly CountRelation[];
  /**
   * Which cell to hide first when one more must be: the lowest rank, then the smallest value, then the key. Callers
   * rank totals last, so totals stay visible and agree across groupings.
   */
  rank?: (key: string) => number;
}

/** Whether the caller sees counts as they are: case work, our own services, or a subgraph run without trust. */
export const seesSmallCounts = (caller: Caller | null): boolean =>
  caller === null || hasRole(caller, Role.CASE_WORKER, Role.SERVICE);

const isSmall = (value: number) => value > 0 && value < MIN_SHOWN_COUNT;

/**
 * The cells to hide: every count from 1 to 4, and as few others as the greedy choice finds so that no hidden cell
 * can be solved from the relations and the cells shown. A relation's cells that are all shown constrain nothing.
 */
export function withheldCells(table: CountTable): Set<string> {
  const { values, shown = new Set<string>(), relations } = table;
  const rank = table.rank ?? (() => 0);
  const hidden = new Set<string>(table.hidden ?? []);
  for (const [key, value] of values) if (!shown.has(key) && isSmall(value)) hidden.add(key);
  const candidatesOf = relationsByCell(relations);
  for (let round = 0; round < 10_000; round++) {
    const solvable = determinedCells(hidden, relations);
    if (!solvable.size) return hidden;
    // For each solvable cell, hide one more cell from a relation it is in; one choice per relation per round.
    const touched = new Set<CountRelation>();
    let added = 0;
    for (const key of [...solvable].sort()) {
      const choice = complementNear(key, candidatesOf, hidden, shown, values, rank, touched);
      if (choice) {
        hidden.add(choice);
        added++;
      }
    }
    if (!added) throw new Error(`Suppression cannot protect ${[...solvable].slice(0, 3).join(', ')}`);
  }
  throw new Error('Suppression did not settle');
}

function relationsByCell(relations: readonly CountRelation[]): Map<string, CountRelation[]> {
  const byCell = new Map<string, CountRelation[]>();
  for (const relation of relations) {
    for (const { key } of relation.terms) {
      const list = byCell.get(key) ?? [];
      list.push(relation);
      byCell.set(key, list);
    }
  }
  return byCell;
}

/**
 * A cell to hide for a solvable one: from its own relations when one has a visible cell, else from the relations
 * one step further through hidden cells (the solution came from there), and so on outwards.
 */
function complementNear(
  key: string,
  candidatesOf: Map<string, CountRelation[]>,
  hidden: ReadonlySet<string>,
  shown: ReadonlySet<string>,
  values: ReadonlyMap<string, number>,
  rank: (key: string) => number,
  touched: Set<CountRelation>,
): string | undefined {
  const seenCells = new Set([key]);
  const seenRelations = new Set<CountRelation>();
  let layer = [key];
  while (layer.length) {
    const relations = layer.flatMap((cell) => candidatesOf.get(cell) ?? []).filter((r) => !seenRelations.has(r));
    relations.forEach((relation) => seenRelations.add(relation));
    const choice = complementFor(relations, hidden, shown, values, rank, touched);
    if (choice) return choice;
    layer = relations.flatMap((relation) =>
      relation.terms.map((term) => term.key).filter((cell) => hidden.has(cell) && !seenCells.has(cell)),
    );
    layer.forEach((cell) => seenCells.add(cell));
  }
  return undefined;
}

/** The best visible cell to hide beside a solvable one, among its relations: from the relation with fewest hidden cells, lowest rank, smallest. */
function complementFor(
  relations: readonly CountRelation[],
  hidden: ReadonlySet<string>,
  shown: ReadonlySet<string>,
  values: ReadonlyMap<string, number>,
  rank: (key: string) => number,
  touched: Set<CountRelation>,
): string | undefined {
  let best: { key: string; score: [number, number, number] } | undefined;
  for (const relation of relations) {
    if (touched.has(relation)) continue;
    const visible = relation.terms.map((term) => term.key).filter((cell) => !hidden.has(cell) && !shown.has(cell));
    if (!visible.length) continue;
    const hiddenCount = relation.terms.filter((term) => hidden.has(term.key)).length;
    for (const cell of visible) {
      const score: [number, number, number] = [rank(cell), hiddenCount, values.get(cell) ?? 0];
      if (!best || compareScore(score, best.score, cell, best.key) < 0) best = { key: cell, score };
    }
  }
  if (!best) return undefined;
  for (const relation of relations) if (relation.terms.some((term) => term.key === best.key)) touched.add(relation);
  return best.key;
}

function compareScore(a: [number, number, number], b: [number, number, number], keyA: string, keyB: string) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

const PRIME = 2_147_483_647n;
const P = Number(PRIME);

const mod = (value: number) => ((value % P) + P) % P;
const mulMod = (a: number, b: number) => Number((BigInt(a) * BigInt(b)) % PRIME);
function inverse(value: number): number {
  // Fermat: value^(p-2) mod p.
  let result = 1n;
  let base = BigInt(value) % PRIME;
  let exponent = PRIME - 2n;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
    exponent >>= 1n;
  }
  return Number(result);
}

/**
 * The hidden cells that the relations give a single value, whatever the visible cells are: the attack a reader of
 * the table can make. Only the hidden cells' columns matter (visible cells are constants). Sparse Gauss-Jordan
 * elimination modulo a prime, columns in key order, with an index from each column to the pivot rows that hold it
 * so that keeping the form reduced costs what the rows share, not the number of rows.
 */
export function determinedCells(hidden: ReadonlySet<string>, relations: readonly CountRelation[]): Set<string> {
  const columns = [...hidden].sort();
  const indexOf = new Map(columns.map((key, index) => [key, index]));
  const pivots = new Map<number, Map<number, number>>(); // pivot column → its row (normalised, pivot 1)
  const holders = new Map<number, Set<number>>(); // column → pivot columns whose rows have it
  const hold = (pivot: number, column: number) => {
    let set = holders.get(column);
    if (!set) holders.set(column, (set = new Set()));
    set.add(pivot);
  };
  /** `row -= factor × other`, in place; `owner` is the row's pivot when it is a pivot row, for the index. */
  const subtractScaled = (row: Map<number, number>, other: Map<number, number>, factor: number, owner?: number) => {
    for (const [column, value] of other) {
      const next = mod((row.get(column) ?? 0) - mulMod(factor, value));
      if (next) {
        if (owner !== undefined && !row.has(column)) hold(owner, column);
        row.set(column, next);
      } else {
        row.delete(column);
        if (owner !== undefined) holders.get(column)?.delete(owner);
      }
    }
  };
  for (const relation of relations) {
    const row = new Map<number, number>();
    for (const { key, coef } of relation.terms) {
      const column = indexOf.get(key);
      if (column === undefined) continue;
      const value = mod((row.get(column) ?? 0) + coef);
      if (value) row.set(column, value);
      else row.delete(column);
    }
    // Reduce against the pivots: reduced pivot rows have no other pivot column, so one pass in any order will do.
    for (const column of [...row.keys()]) {
      const factor = row.get(column);
      const pivotRow = pivots.get(column);
      if (factor && pivotRow) subtractScaled(row, pivotRow, factor);
    }
    if (!row.size) continue;
    let pivot = Infinity;
    for (const column of row.keys()) if (column < pivot) pivot = column;
    const scale = inverse(row.get(pivot)!);
    for (const [column, value] of row) row.set(column, mulMod(value, scale));
    // Keep the form reduced: clear the new pivot from the rows that have it.
    for (const other of [...(holders.get(pivot) ?? [])]) {
      const otherRow = pivots.get(other)!;
      subtractScaled(otherRow, row, otherRow.get(pivot)!, other);
    }
    pivots.set(pivot, row);
    for (const column of row.keys()) hold(pivot, column);
  }
  const determined = new Set<string>();
  for (const [pivot, row] of pivots) if (row.size === 1) determined.add(columns[pivot]);
  return determined;
}
