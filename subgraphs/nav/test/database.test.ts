import { demoMeasureInstances, demoNavRecords } from '@veiinn/demo-data';
import { FeedEvent } from '@veiinn/kit';
import { createTestDatabase, schemaDrift, writesOfAReadOnlyFlush } from '@veiinn/testing';
import { defaultNavSettings } from '../src/context';
import { NavMeasureInstance } from '../src/measure/measure-instance.entity';
import { NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { seedDemoData } from '../src/seed/seed';
import { NavStateVtaAllocation } from '../src/state-places/state-vta-allocation.entity';
import { nav } from '../src/subgraph';

describe('NAV adapter database', () => {
  it('migrations produce exactly the schema the entities describe', async () => {
    const database = await createTestDatabase('nav_schema');
    const orm = await nav.openDatabase(database);
    try {
      // If an entity changed without a migration (or the dialect's migrations differ), this lists the difference.
      expect(await schemaDrift(orm)).toEqual([]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  it('seeds once, through the import: seeding again changes nothing', async () => {
    const database = await createTestDatabase('nav_reseed');
    try {
      const first = await nav.openDatabase(database);
      expect(await seedDemoData(first.em.fork(), defaultNavSettings)).toBe(true);
      await first.close();

      const second = await nav.openDatabase(database);
      const count = async () => {
        const em = second.em.fork();
        return {
          instances: await em.count(NavMeasureInstance, {}),
          records: await em.count(NavParticipantRecord, {}),
          allocations: await em.count(NavStateVtaAllocation, {}),
          feed: await em.count(FeedEvent, {}),
        };
      };
      const seeded = await count();
      expect(seeded).toEqual({
        instances: demoMeasureInstances.length,
        records: demoNavRecords.length,
        allocations: 1,
        // The four people on NAV's waiting lists (`waiting`), and NAV's grant of everyone taking part (`nav-grant`);
        // those who have left were never waiting, and their grant ended before the adapter knew them.
        feed: demoNavRecords.filter((r) => ['VENTELISTE', 'DELTAR'].includes(r.value!.status.type)).length,
      });
      expect(await seedDemoData(second.em.fork(), defaultNavSettings)).toBe(false);
      // Reading writes nothing: no property looks changed after a load, so no flush bumps a version.
      expect(await writesOfAReadOnlyFlush(second)).toEqual([]);
      expect(await count()).toEqual(seeded);
      await second.close();
    } finally {
      await database.drop();
    }
  });
});
