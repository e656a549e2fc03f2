import type { MikroORM } from '@mikro-orm/core';

/**
 * What a flush would write right after reading: loads up to `perEntity` rows of every entity, then asks the unit
 * of work for its change sets. Reading must write nothing, so the answer must be empty; each entry names an entity
 * and the properties the ORM wrongly thinks changed. (A value hydrated in one form and snapshotted in another, such
 * as a SQLite datetime read as a Date but compared as a number, would otherwise bump @version on every flush and
 * turn a later `expectedVersion` into a false CONFLICT.)
 */
export async function writesOfAReadOnlyFlush(orm: MikroORM, perEntity = 50): Promise<string[]> {
  const em = orm.em.fork();
  const loaded: string[] = [];
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (meta.embeddable || meta.abstract || meta.virtual || !meta.class) continue;
    const rows = await em.find(meta.class, {}, { limit: perEntity });
    if (rows.length > 0) loaded.push(meta.className);
  }
  if (loaded.length === 0) throw new Error('Nothing was loaded: seed the database before asking what a read writes.');
  const uow = em.getUnitOfWork();
  uow.computeChangeSets();
  const rows = new Map<string, number>();
  for (const changeSet of uow.getChangeSets()) {
    const what = `${changeSet.type} ${changeSet.name}: ${Object.keys(changeSet.payload).sort().join(', ')}`;
    rows.set(what, (rows.get(what) ?? 0) + 1);
  }
  return [...rows].map(([what, count]) => `${what} (${count} rows)`).sort();
}
