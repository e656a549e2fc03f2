import { demoOfferId, demoPlacementId, demoPlacementsFor } from '@veiinn/demo-data';
import { compareNorwegian, FeedEvent } from '@veiinn/kit';
import { createTestDatabase, migrateFromMainIntake, schemaDrift, writesOfAReadOnlyFlush } from '@veiinn/testing';
import { GroupResolver } from '../src/group/group.resolver';
import { dayServicesMigrations } from '../src/migrations';
import { ActivityGroup } from '../src/group/group.entity';
import { DayServicesOffer } from '../src/offer/offer.entity';
import { ActivityPlacement } from '../src/placement/placement.entity';
import { seedDemoData } from '../src/seed/seed';
import { dayServices } from '../src/subgraph';

describe('day-services database', () => {
  it('migrations produce exactly the schema the entities describe', async () => {
    const database = await createTestDatabase('day_services_schema');
    const orm = await dayServices.openDatabase(database);
    try {
      // If an entity changed without a migration (or the dialect's migrations differ), this lists the difference.
      expect(await schemaDrift(orm)).toEqual([]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  // Issue 11: groups were listed ORDER BY name, byte order on SQLite: "Ørnegruppa" before "Zebragruppa", "Aas…" first.
  it('lists groups in Norwegian order (… Z, Æ, Ø, Å, "Aa" as Å) on either database', async () => {
    const database = await createTestDatabase('day_services_order');
    const orm = await dayServices.openDatabase(database);
    try {
      await seedDemoData(orm.em.fork());
      const em = orm.em.fork();
      const offer = await em.findOneOrFail(DayServicesOffer, { id: demoOfferId('bjornegard') });
      for (const name of ['Ørnegruppa', 'Aasgruppa', 'Zebragruppa', 'Ærfugl', 'A\u030Arstid']) {
        em.create(ActivityGroup, { offer, name, descriptionNb: 'x', descriptionEn: 'x', capacity: 1 } as never);
      }
      await em.flush();
      const names = (await new GroupResolver().dayServicesGroups({ em: orm.em.fork() } as never)).map((g) => g.name);
      expect(names).toEqual([...names].sort(compareNorwegian));
      expect(names.slice(-5)).toEqual(['Zebragruppa', 'Ærfugl', 'Ørnegruppa', '\u00C5rstid', 'Aasgruppa']);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  it('seeds once: opening and seeding again changes nothing, the feed included', async () => {
    const database = await createTestDatabase('day_services_reseed');
    try {
      const first = await dayServices.openDatabase(database);
      expect(await seedDemoData(first.em.fork())).toBe(true);
      await first.close();
      const second = await dayServices.openDatabase(database);
      expect(await seedDemoData(second.em.fork())).toBe(false);
      // Reading writes nothing: no property looks changed after a load, so no flush bumps a version.
      expect(await writesOfAReadOnlyFlush(second)).toEqual([]);
      const em = second.em.fork();
      expect(await em.count(DayServicesOffer, {})).toBe(2);
      expect(await em.count(ActivityGroup, {})).toBe(3);
      expect(await em.count(ActivityPlacement, {})).toBe(demoPlacementsFor(['bjornegard', 'binna']).length);
      expect(await em.count(FeedEvent, {})).toBe(2 + demoPlacementsFor(['bjornegard', 'binna']).length);
      await second.close();
    } finally {
      await database.drop();
    }
  });

  it('seeds the demo offers, their groups and placements, and publishes each on the feed', async () => {
    const database = await createTestDatabase('day_services_seed');
    const orm = await dayServices.openDatabase(database);
    try {
      await seedDemoData(orm.em.fork());
      const em = orm.em.fork();
      const bjornegard = await em.findOneOrFail(DayServicesOffer, { id: demoOfferId('bjornegard') });
      expect(bjornegard.catalogue).toMatchObject({
        kind: 'ACTIVITY',
        titleNb: 'Bjørnegård aktivitetshus',
        site: 'Bjørnegård',
        intakeMode: 'MAIN',
        decidedBy: 'ALLOCATION_OFFICE',
      });
      const groups = await em.find(ActivityGroup, {}, { orderBy: { name: 'asc' } });
      expect(groups.map((g) => [g.name, g.capacity, g.offer.id])).toEqual([
        ['Kafédrift', 6, demoOfferId('binna')],
        ['Kreativt verksted', 8, demoOfferId('bjornegard')],
        ['Tur og friluft', 8, demoOfferId('bjornegard')],
      ]);

      const events = await em.find(FeedEvent, {}, { orderBy: { sequence: 'asc' } });
      expect(events.slice(0, 2).map((e) => [e.type, e.recordId, e.version, e.data?.places])).toEqual([
        ['offer', demoOfferId('bjornegard'), 1, 16],
        ['offer', demoOfferId('binna'), 1, 6],
      ]);
      expect(events[0].data).toMatchObject({
        kind: 'ACTIVITY',
        title: { nb: 'Bjørnegård aktivitetshus', en: 'Bjørnegård activity house' },
        intakeMode: 'MAIN',
        decidedBy: 'ALLOCATION_OFFICE',
        openForApplications: true,
      });
      const placementEvents = events.slice(2);
      expect(placementEvents.every((e) => e.type === 'placement' && e.version === 1)).toBe(true);
      expect(placementEvents.map((e) => e.recordId)).toEqual(
        demoPlacementsFor(['bjornegard', 'binna']).map((p) => demoPlacementId(p.key)),
      );
      expect(placementEvents[0].data).toEqual({
        participantId: expect.any(String),
        offerId: demoOfferId('bjornegard'),
        startDate: '2025-08-18',
        endDate: null,
        hoursPerWeek: null,
        daysPerWeek: 3,
      });
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  // IntakeMode MAIN_INTAKE became MAIN: offers stored before must carry the new value, and on SQLite the rebuild of
  // the offer table (other tables refer to it) must keep every row of every table.
  it('migrates stored MAIN_INTAKE offers to MAIN and keeps every row', async () => {
    const result = await migrateFromMainIntake({
      prefix: 'day_services_intake_mode',
      entities: dayServices.entities,
      migrations: dayServicesMigrations,
      seed: seedDemoData,
    });
    expect(result.oldOffers).toBeGreaterThan(0);
    expect(Object.values(result.modesAfter).filter((mode) => mode !== 'MAIN' && mode !== 'CONTINUOUS')).toEqual([]);
    expect(Object.values(result.modesAfter).filter((mode) => mode === 'MAIN')).toHaveLength(result.oldOffers);
    expect(result.rowsAfter).toEqual(result.rowsBefore);
    expect(result.drift).toEqual([]);
  });
});
