import { MIN_SHOWN_COUNT, withheldCells, type CountRelation } from '@veiinn/kit';

/**
 * One table of figures for small-count suppression (docs/security.md, "Small counts"), sorted by what the figures
 * count: people (hidden from 1 to 4), places left (free places: hidden only when they would reveal a hidden count of
 * people), published places (always shown) and latent cells that are never shown (a provider's figures for one kind,
 * which anyone can relate to the provider's and the kind's figures).
 */
export interface SmallCountTable {
  people: ReadonlyMap<string, number>;
  placesLeft?: ReadonlyMap<string, number>;
  places?: ReadonlyMap<string, number>;
  latent?: ReadonlyMap<string, number>;
  relations: readonly CountRelation[];
  /** Lower is hidden first as a complement (totals rank highest). */
  rank: (key: string) => number;
}

/** The cells to hide: the suppression engine's answer with places left never hidden for their own size. */
export function hiddenCells(table: SmallCountTable): Set<string> {
  const values = new Map<string, number>([...table.people, ...(table.places ?? []), ...(table.latent ?? [])]);
  // Free places are not people: a small number of them is not hidden for itself. The engine hides every value from
  // 1 to 4 it is given, so it sees these as 5 (only its tie-break reads the value otherwise).
  for (const [key, value] of table.placesLeft ?? []) {
    values.set(key, value > 0 && value < MIN_SHOWN_COUNT ? MIN_SHOWN_COUNT : value);
  }
  const hidden = withheldCells({
    values,
    shown: new Set(table.places?.keys() ?? []),
    hidden: new Set(table.latent?.keys() ?? []),
    relations: table.relations,
    rank: table.rank,
  });
  for (const key of table.latent?.keys() ?? []) hidden.delete(key);
  return hidden;
}
