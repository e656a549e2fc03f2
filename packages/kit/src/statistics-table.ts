import { seesSmallCounts, sumRelation, withheldCells, type Caller, type CountRelation } from '@veiinn/contracts';
import { statCount, type StatCount } from './statistics';

/**
 * One answer's table of counts, as suppression sees it: every cell with its true value, the relations the public
 * knows between them, the cells that count no people (places), and which cells to keep visible longest. Built by a
 * figure's use case, then `resolve(caller)` hides what `withheldCells` says for callers outside case work and
 * answers each cell as a `StatCount`. The whole answer is one table, so that no cell can be worked out from the
 * others of the same answer.
 */
export class StatTable {
  private readonly values = new Map<string, number>();
  private readonly ranks = new Map<string, number>();
  private readonly shown = new Set<string>();
  private readonly relations: CountRelation[] = [];

  /** A count of people; `rank` higher keeps it visible longer (totals), lower is hidden first as a complement. */
  count(key: string, value: number, rank = 0): string {
    this.values.set(key, value);
    this.ranks.set(key, rank);
    return key;
  }

  /** A number that counts no people (places): never hidden, but part of the relations. */
  fixed(key: string, value: number): string {
    this.values.set(key, value);
    this.shown.add(key);
    return key;
  }

  /** `total` is the sum of `parts`. */
  sum(total: string, parts: readonly string[]): void {
    this.relations.push(sumRelation(total, parts));
  }

  relation(relation: CountRelation): void {
    this.relations.push(relation);
  }

  /** Each cell as the caller gets it: as it is for case work, else with small counts and their complements hidden. */
  resolve(caller: Caller | null): (key: string) => StatCount {
    const hidden = seesSmallCounts(caller)
      ? new Set<string>()
      : withheldCells({
          values: this.values,
          shown: this.shown,
          relations: this.relations,
          rank: (key) => this.ranks.get(key) ?? 0,
        });
    return (key) => {
      const value = this.values.get(key);
      if (value === undefined) throw new Error(`No cell ${key} in the table`);
      return statCount(value, hidden.has(key));
    };
  }
}

/** The value at percentile `p` (0 to 1) of `values` by the nearest-rank method; null for no values. */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
