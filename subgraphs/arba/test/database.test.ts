import { FeedEvent } from '@veiinn/kit';
import { demoPlacementsFor } from '@veiinn/demo-data';
import { createTestDatabase, migrateFromMainIntake, schemaDrift, writesOfAReadOnlyFlush } from '@veiinn/testing';
import { arbaMigrations } from '../src/migrations';
import { AftPeriod } from '../src/aft/aft-period.entity';
import { ArbaArena } from '../src/arena/arena.entity';
import { VtaGoal, VtaGoalEvaluation } from '../src/goal/goal.entity';
import { ArbaOffer } from '../src/offer/offer.entity';
import { ArbaParticipation } from '../src/participation/participation.entity';
import { arbaDemoOffers, seedDemoData } from '../src/seed/seed';
import { arba } from '../src/subgraph';
import { ArbaSupervisor } from '../src/supervisor/supervisor.entity';

describe('arba database', () => {
  it('migrations produce exactly the schema the entities describe', async () => {
    const database = await createTestDatabase('arba_schema');
    const orm = await arba.openDatabase(database);
    try {
      // If an entity changed without a migration (or the dialect's migrations differ), this lists the difference.
      expect(await schemaDrift(orm)).toEqual([]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  it('seeds once: opening and seeding again changes nothing, not even the feed', async () => {
    const database = await createTestDatabase('arba_reseed');
    const counts = async (orm: Awaited<ReturnType<typeof arba.openDatabase>>) => {
      const em = orm.em.fork();
      return {
        offers: await em.count(ArbaOffer, {}),
        arenas: await em.count(ArbaArena, {}),
        supervisors: await em.count(ArbaSupervisor, {}),
        participations: await em.count(ArbaParticipation, {}),
        periods: await em.count(AftPeriod, {}),
        goals: await em.count(VtaGoal, {}),
        evaluations: await em.count(VtaGoalEvaluation, {}),
        feed: await em.count(FeedEvent, {}),
      };
    };
    try {
      const first = await arba.openDatabase(database);
      expect(await seedDemoData(first.em.fork())).toBe(true);
      const seeded = await counts(first);
      await first.close();
      const placements = demoPlacementsFor(arbaDemoOffers.map((o) => o.key)).length;
      expect(seeded).toEqual({
        offers: 4,
        arenas: 8,
        supervisors: 5,
        participations: placements,
        // Six AFT participations with their initial year, one of them extended.
        periods: 7,
        goals: 4,
        evaluations: 6,
        // Every offer and every placement, so the hub learns the seeded data.
        feed: 4 + placements,
      });
      const second = await arba.openDatabase(database);
      expect(await seedDemoData(second.em.fork())).toBe(false);
      // Reading writes nothing: no property looks changed after a load, so no flush bumps a version.
      expect(await writesOfAReadOnlyFlush(second)).toEqual([]);
      expect(await counts(second)).toEqual(seeded);
      await second.close();
    } finally {
      await database.drop();
    }
  });

  // IntakeMode MAIN_INTAKE became MAIN: offers stored before must carry the new value, and on SQLite the rebuild of
  // the offer table (other tables refer to it) must keep every row of every table.
  it('migrates stored MAIN_INTAKE offers to MAIN and keeps every row', async () => {
    const result = await migrateFromMainIntake({
      prefix: 'arba_intake_mode',
      entities: arba.entities,
      migrations: arbaMigrations,
      seed: seedDemoData,
    });
    expect(result.oldOffers).toBeGreaterThan(0);
    expect(Object.values(result.modesAfter).filter((mode) => mode !== 'MAIN' && mode !== 'CONTINUOUS')).toEqual([]);
    expect(Object.values(result.modesAfter).filter((mode) => mode === 'MAIN')).toHaveLength(result.oldOffers);
    expect(result.rowsAfter).toEqual(result.rowsBefore);
    expect(result.drift).toEqual([]);
  });
});
