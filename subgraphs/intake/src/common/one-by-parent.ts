import DataLoader from 'dataloader';

/** The one child of each parent (a unique index keeps it to one), or null, from a loader of children lists. */
export function oneByParentLoader<T>(all: DataLoader<string, T[]>) {
  return new DataLoader<string, T | null>(async (ids) =>
    (await all.loadMany([...ids])).map((rows) => (rows instanceof Error ? rows : (rows[0] ?? null))),
  );
}
