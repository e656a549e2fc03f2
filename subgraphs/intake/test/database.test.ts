import { createTestDatabase, graphqlRequest, schemaDrift, writesOfAReadOnlyFlush } from '@veiinn/testing';
import { seedDemoData } from '../src/seed/seed';
import { openIntakeDatabase } from '../src/subgraph';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { demoOffers, providersPublishingOffers } from '@veiinn/demo-data';
import type { MigrationObject } from '@mikro-orm/core';
import { DEVELOPMENT_PERSON_REF_KEY, norwegianSortKey, openDatabase } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { intakeEntities } from '../src/context';
import { intakeMigrations } from '../src/migrations';
import { startTestIntake } from './support';

const seedOptions = { personRefKey: DEVELOPMENT_PERSON_REF_KEY };

describe('intake database', () => {
  it('migrations produce exactly the schema the entities describe', async () => {
    const database = await createTestDatabase('intake_schema');
    const orm = await openIntakeDatabase(database);
    try {
      // If an entity changed without a migration (or the dialect's migrations differ), this lists the difference.
      expect(await schemaDrift(orm)).toEqual([]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  // Issue 11: rows written before the Norwegian sort keys existed must be backfilled, with names in NFC, or they
  // would sort first (empty key) and a decomposed "Åse" would stay unfindable by "åse".
  it('backfills sort keys and NFC names of rows written before the NorwegianNames migration', async () => {
    const database = await createTestDatabase('intake_backfill');
    // The database as it was before that migration: every migration up to it, none after.
    const before = (list: MigrationObject[]) =>
      list.slice(
        0,
        list.findIndex((m) => m.name.endsWith('_NorwegianNames')),
      );
    const old = await openDatabase({
      ...database,
      entities: intakeEntities,
      migrations: { sqlite: before(intakeMigrations.sqlite), postgresql: before(intakeMigrations.postgresql) },
    });
    const connection = old.em.getConnection();
    const now = new Date().toISOString();
    await connection.execute(
      'insert into participant (id, given_name, family_name, national_identity_number, birth_date, search_text, ' +
        `created_at, updated_at) values ('${randomUUID()}', 'A\u030Ase', 'Aasen', '12345678901', '1990-01-01', ` +
        `'a\u030Ase aasen', '${now}', '${now}')`,
    );
    await connection.execute(
      'insert into provider (id, name, short_name, kind, municipality, description_nb, description_en) ' +
        "values ('orn', 'Ørnvik AS', 'ØA', 'PARTNER', 'Bærum', 'x', 'x')",
    );
    await old.close();
    const orm = await openIntakeDatabase(database);
    try {
      const [participant] = await orm.em
        .getConnection()
        .execute('select given_name, given_name_sort, family_name_sort, search_text from participant');
      expect(participant).toEqual({
        given_name: '\u00C5se',
        given_name_sort: norwegianSortKey('Åse'),
        family_name_sort: norwegianSortKey('Aasen'),
        search_text: 'åse aasen',
      });
      const [provider] = await orm.em.getConnection().execute("select name_sort from provider where id = 'orn'");
      expect(provider).toEqual({ name_sort: norwegianSortKey('Ørnvik AS') });
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  it('seeds once: opening and seeding again changes nothing', async () => {
    const database = await createTestDatabase('intake_reseed');
    try {
      const first = await openIntakeDatabase(database);
      expect(await seedDemoData(first.em.fork(), seedOptions)).toBe(true);
      await first.close();
      const second = await openIntakeDatabase(database);
      expect(await seedDemoData(second.em.fork(), seedOptions)).toBe(false);
      // Reading writes nothing: no property looks changed after a load, so no flush bumps a version.
      expect(await writesOfAReadOnlyFlush(second)).toEqual([]);
      // Only the offers of providers without their own subgraph: the others arrive through the feeds.
      const keptByHub = demoOffers.filter((o) => !providersPublishingOffers.includes(o.providerId));
      expect(await second.em.fork().count(Offer, {})).toBe(keptByHub.length);
      await second.close();
    } finally {
      await database.drop();
    }
  });

  it('masks an internal failure: a reference for the logs, no stack trace or SQL for the client', async () => {
    const intake = await startTestIntake({ seed: false });
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (errors.push(String(chunk)), true));
    try {
      await intake.orm.close(true); // the database goes away under a running server
      const result = await graphqlRequest(intake.url, '{ offers(first: 1) { totalCount } }');
      const error = result.errors?.[0];
      expect(error?.message).toMatch(
        /^Intern feil\. Referanse: [0-9a-f-]{36} \/ Internal error\. Reference: [0-9a-f-]{36}$/,
      );
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
      expect(errors.join('')).toContain(error?.extensions?.correlationId as string);
    } finally {
      spy.mockRestore();
      await intake.stop().catch(() => undefined);
    }
  });
});
