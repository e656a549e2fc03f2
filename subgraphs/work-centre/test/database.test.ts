import { FeedEvent } from '@veiinn/kit';
import { demoOffers, demoPlacementsFor } from '@veiinn/demo-data';
import { createTestDatabase, migrateFromMainIntake, schemaDrift, writesOfAReadOnlyFlush } from '@veiinn/testing';
import { workCentreMigrations } from '../src/migrations';
import { WorkGroup } from '../src/group/group.entity';
import { WorkCentreOffer } from '../src/offer/offer.entity';
import { WorkPlacement } from '../src/placement/placement.entity';
import { WORK_CENTRE_PROVIDER_ID } from '../src/seed/demo';
import { seedDemoData } from '../src/seed/seed';
import { WorkCentreSite } from '../src/site/site.entity';
import { workCentre } from '../src/subgraph';
import { WorkSupervisor } from '../src/supervisor/supervisor.entity';
import { TrainingCandidacy } from '../src/training/training.entity';

const baOfferKeys = demoOffers.filter((o) => o.providerId === WORK_CENTRE_PROVIDER_ID).map((o) => o.key);

async function countAll(orm: Awaited<ReturnType<typeof workCentre.openDatabase>>) {
  const em = orm.em.fork();
  return {
    sites: await em.count(WorkCentreSite, {}),
    offers: await em.count(WorkCentreOffer, {}),
    groups: await em.count(WorkGroup, {}),
    supervisors: await em.count(WorkSupervisor, {}),
    placements: await em.count(WorkPlacement, {}),
    trainingCandidacies: await em.count(TrainingCandidacy, {}),
    feedEvents: await em.count(FeedEvent, {}),
  };
}

describe('work-centre database', () => {
  it('migrations produce exactly the schema the entities describe', async () => {
    const database = await createTestDatabase('work_centre_schema');
    const orm = await workCentre.openDatabase(database);
    try {
      // If an entity changed without a migration (or the dialects' migrations differ), this lists the difference.
      expect(await schemaDrift(orm)).toEqual([]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  it('seeds the demo world once: opening and seeding again changes nothing', async () => {
    const database = await createTestDatabase('work_centre_reseed');
    try {
      const first = await workCentre.openDatabase(database);
      expect(await seedDemoData(first.em.fork())).toBe(true);
      const seeded = await countAll(first);
      await first.close();

      const placements = demoPlacementsFor(baOfferKeys).length;
      expect(seeded).toEqual({
        sites: 4,
        offers: baOfferKeys.length,
        groups: baOfferKeys.length,
        supervisors: expect.any(Number),
        placements,
        trainingCandidacies: 1,
        // One event per offer and one per placement, so the hub learns all of them.
        feedEvents: baOfferKeys.length + placements,
      });
      expect(baOfferKeys).toHaveLength(12);
      expect(placements).toBe(17);

      const second = await workCentre.openDatabase(database);
      expect(await seedDemoData(second.em.fork())).toBe(false);
      // Reading writes nothing: no property looks changed after a load, so no flush bumps a version.
      expect(await writesOfAReadOnlyFlush(second)).toEqual([]);
      expect(await countAll(second)).toEqual(seeded);
      await second.close();
    } finally {
      await database.drop();
    }
  });

  it("gives the green-space group the domain brief's figures: 5 places, 2 supervisors", async () => {
    const database = await createTestDatabase('work_centre_gront');
    const orm = await workCentre.openDatabase(database);
    try {
      await seedDemoData(orm.em.fork());
      const em = orm.em.fork();
      const group = await em.findOneOrFail(WorkGroup, { name: 'Grøntgruppa' }, { populate: ['site'] });
      expect(group.capacity).toBe(5);
      expect(group.site?.getEntity().name).toBe('Emma Hjorth');
      expect(await em.count(WorkSupervisor, { group })).toBe(2);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  // IntakeMode MAIN_INTAKE became MAIN: offers stored before must carry the new value, and on SQLite the rebuild of
  // the offer table (other tables refer to it) must keep every row of every table.
  it('migrates stored MAIN_INTAKE offers to MAIN and keeps every row', async () => {
    const result = await migrateFromMainIntake({
      prefix: 'work_centre_intake_mode',
      entities: workCentre.entities,
      migrations: workCentreMigrations,
      seed: seedDemoData,
    });
    expect(result.oldOffers).toBeGreaterThan(0);
    expect(Object.values(result.modesAfter).filter((mode) => mode !== 'MAIN' && mode !== 'CONTINUOUS')).toEqual([]);
    expect(Object.values(result.modesAfter).filter((mode) => mode === 'MAIN')).toHaveLength(result.oldOffers);
    expect(result.rowsAfter).toEqual(result.rowsBefore);
    expect(result.drift).toEqual([]);
  });
});
