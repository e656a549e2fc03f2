import { Cursor, ReferenceKind, type EntityClass, type EntityManager, type EntityMetadata } from '@mikro-orm/core';
import { type Connection, type ConnectionArgs, paginate, UserInputError } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { graphqlData } from '@veiinn/testing';
import { Application, ApplicationChoice } from '../src/casework/application/application.entity';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { findLean, leanByIdLoader, leanChildrenLoader, paginateLean } from '../src/common/lean';
import { Placement } from '../src/network/placement/placement.entity';
import { Participant } from '../src/people/participant/participant.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { startTestIntake, type TestIntake } from './support';

const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`;
const SUBMIT = `mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { id } }`;

/**
 * Lean rows (common/lean.ts) are what the resolvers read instead of the ORM's entities: each must have every value
 * the entity has, of the same type (a Date a Date, a boolean a boolean, a number a number, on both databases), its
 * class's getters, and nothing in the identity map.
 */
describe('lean rows', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ today: '2026-11-23' });
    const em = intake.orm.em.fork();
    const [offer] = await em.find(Offer, { withdrawn: false }, { orderBy: { id: 'asc' }, limit: 1 });
    em.create(Placement, {
      id: randomUUID(),
      providerId: offer.provider.id,
      offerId: offer.id,
      participantId: randomUUID(),
      feedVersion: 1,
      updatedAt: new Date(),
      startDate: '2026-01-05',
      endDate: null,
    });
    em.create(WaitingEntry, {
      id: randomUUID(),
      sourceId: 'nav-baerum',
      offerId: offer.id,
      description: 'Venter på plass',
      since: '2026-10-01',
      leftOn: '2026-11-01',
      feedVersion: 1,
    } as never);
    await em.flush();
    // Two applications with choices, as the office writes them (one submitted), for the worklist's rows.
    for (const [participant, offers] of [
      ['p01', ['ba-kort', 'bjornegard']],
      ['p02', ['ba-ramme']],
    ] as const) {
      const created = await graphqlData<{ createApplication: { id: string } }>(intake.url, CREATE, {
        input: { participantId: demoParticipantId(participant), offerIds: offers.map(demoOfferId) },
      });
      if (participant === 'p01')
        await graphqlData(intake.url, SUBMIT, { input: { applicationId: created.createApplication.id } });
    }
  });
  afterAll(() => intake.stop());

  const columnsOf = (entity: EntityClass<object>) =>
    (intake.orm.getMetadata().get(entity.name) as EntityMetadata).props.filter(
      (p) =>
        p.persist !== false && !p.lazy && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE),
    );

  it.each([
    ['Offer', Offer],
    ['Provider', Provider],
    ['Placement', Placement],
    ['WaitingEntry', WaitingEntry],
    ['Application', Application],
    ['ApplicationChoice', ApplicationChoice],
    ['Participant', Participant],
  ] as [string, EntityClass<{ id: string }>][])('%s: the same values as the entities', async (_name, entity) => {
    const full = await intake.orm.em.fork().find(entity, {}, { orderBy: { id: 'asc' } });
    const em = intake.orm.em.fork();
    const lean = await findLean(em, entity, {}, { orderBy: { id: 'asc' } });
    expect(full.length).toBeGreaterThan(0);
    expect(lean.map((r) => r.id)).toEqual(full.map((r) => r.id));
    const typeOf = (v: unknown) => (v instanceof Date ? 'Date' : v === null ? 'null' : typeof v);
    for (const [i, row] of lean.entries()) {
      expect(row).toBeInstanceOf(entity);
      for (const prop of columnsOf(entity)) {
        const a = (full[i] as Record<string, unknown>)[prop.name];
        const b = (row as Record<string, unknown>)[prop.name];
        if (prop.kind === ReferenceKind.MANY_TO_ONE) {
          expect({ [prop.name]: (b as { id: string } | null)?.id ?? null }).toEqual({
            [prop.name]: (a as { id: string } | null)?.id ?? null,
          });
        } else {
          expect({ [prop.name]: typeOf(b) }).toEqual({ [prop.name]: typeOf(a) });
          expect({ [prop.name]: b }).toEqual({ [prop.name]: a });
        }
      }
    }
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it("keeps the class's getters", async () => {
    const [offer] = await findLean(intake.orm.em.fork(), Offer, { withdrawn: false }, { orderBy: { id: 'asc' } });
    expect(offer.title).toEqual({ nb: offer.titleNb, en: offer.titleEn });
    expect(typeof offer.provider.id).toBe('string');
    // Plain values of its own, not MikroORM's change-tracking accessors (which would build an entity helper).
    expect(Object.getOwnPropertyDescriptor(offer, 'titleNb')).toMatchObject({ value: offer.titleNb, writable: true });
  });

  it('loads by id (null when unknown or not a uuid) and by parent, one statement each', async () => {
    const em = intake.orm.em.fork();
    const offers = await findLean(em, Offer, {}, { orderBy: { id: 'asc' } });
    const byId = leanByIdLoader(em, Offer, { uuidKeys: true });
    intake.sql.reset();
    const loaded = await byId.loadMany([offers[1].id.toUpperCase(), 'no-such-offer', randomUUID(), offers[0].id]);
    expect(intake.sql.count).toBe(1);
    expect(loaded.map((o) => (o as Offer | null)?.id ?? null)).toEqual([offers[1].id, null, null, offers[0].id]);
    const byProvider = leanChildrenLoader(em, Offer, 'provider', (o) => o.provider.id, { id: 'asc' });
    const providers = [...new Set(offers.map((o) => o.provider.id))];
    intake.sql.reset();
    const lists = await byProvider.loadMany([...providers, 'no-such-provider']);
    expect(intake.sql.count).toBe(1);
    expect(lists.at(-1)).toEqual([]);
    expect((lists.slice(0, -1) as Offer[][]).flat().map((o) => o.id)).toEqual(
      providers.flatMap((p) => offers.filter((o) => o.provider.id === p).map((o) => o.id)),
    );
  });
});

describe("lean reads' SQL, built once for each shape of condition", () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ today: '2026-11-23' });
  });
  afterAll(() => intake.stop());

  /** How often findLean asks MikroORM to build a query: once for a shape's SQL, and for a read without a shape. */
  const countBuilds = (em: EntityManager) =>
    jest.spyOn(em as never as { createQueryBuilder(): unknown }, 'createQueryBuilder');

  it('answers later reads of a shape, with other values, as the ORM does, without building their SQL', async () => {
    const em = intake.orm.em.fork();
    const offers = await intake.orm.em.fork().find(Offer, {}, { orderBy: { id: 'asc' } });
    const providers = [...new Set(offers.map((o) => o.provider.id))];
    expect(providers.length).toBeGreaterThan(2);
    const builds = countBuilds(em);
    for (const [i, provider] of providers.entries()) {
      const where = { provider, withdrawn: false, id: { $in: offers.slice(i, i + 9).map((o) => o.id) } };
      const lean = await findLean(em, Offer, where, { orderBy: { titleSort: 'desc' }, limit: 5 });
      const full = await intake.orm.em.fork().find(Offer, where, { orderBy: { titleSort: 'desc' }, limit: 5 });
      expect(lean.map((o) => [o.id, o.titleNb, o.provider.id])).toEqual(
        full.map((o) => [o.id, o.titleNb, o.provider.id]),
      );
    }
    expect(builds).toHaveBeenCalledTimes(1);
  });

  it('builds a condition with a date every time, and answers it as the ORM does', async () => {
    const em = intake.orm.em.fork();
    const builds = countBuilds(em);
    const days = ['2026-01-01', '2027-01-01', '2025-01-01'];
    for (const day of days) {
      const where = { updatedAt: { $lt: new Date(day) } };
      const lean = await findLean(em, Offer, where, { orderBy: { id: 'asc' } });
      const full = await intake.orm.em.fork().find(Offer, where, { orderBy: { id: 'asc' } });
      expect(lean.map((o) => o.id)).toEqual(full.map((o) => o.id));
    }
    expect(builds).toHaveBeenCalledTimes(days.length);
  });
});

describe('a lean page', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ today: '2026-11-23' });
  });
  afterAll(() => intake.stop());

  const ORDER = [{ titleSort: 'asc' as const }, { id: 'asc' as const }];
  const shape = (c: Connection<Offer>) => ({
    ids: c.nodes.map((o) => o.id),
    cursors: c.edges.map((e) => e.cursor),
    pageInfo: c.pageInfo,
    totalCount: c.totalCount,
  });

  it("is the kit's page: the same rows, cursors, page info and count, forward and backward", async () => {
    const where = { withdrawn: false };
    const all = await paginate(intake.orm.em.fork(), Offer, where, { first: 100 }, ORDER);
    expect(all.totalCount).toBeGreaterThan(5);
    const third = all.edges[2].cursor;
    const cases: ConnectionArgs[] = [
      { first: 3 },
      { first: 3, after: third },
      { first: 100, after: all.edges.at(-2)!.cursor },
      { last: 2, before: third },
      { last: 100 },
      { before: all.edges.at(-1)!.cursor },
      { first: 2, after: Cursor.encode(['x']) },
    ];
    for (const args of cases) {
      const kit = await paginate(intake.orm.em.fork(), Offer, where, args, ORDER);
      const lean = await paginateLean(intake.orm.em.fork(), Offer, where, args, ORDER);
      expect({ args, ...shape(lean) }).toEqual({ args, ...shape(kit) });
    }
  });

  it('refuses what the kit refuses', async () => {
    await expect(paginateLean(intake.orm.em.fork(), Offer, {}, { first: 2, last: 2 }, ORDER)).rejects.toThrow(
      UserInputError,
    );
  });

  it('runs two statements, the page and its count', async () => {
    intake.sql.reset();
    await paginateLean(intake.orm.em.fork(), Offer, { withdrawn: false }, { first: 20 }, ORDER);
    expect(intake.sql.count).toBe(2);
  });
});
