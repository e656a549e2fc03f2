import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { demoNavRecords, demoOffers, demoOfferId, demoParticipants } from '@veiinn/demo-data';
import { personRef } from '@veiinn/kit';
import { graphqlData } from '@veiinn/testing';
import { buildSchema, isEnumType, isObjectType, parse, printSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { nav as navAdapter } from '../src/subgraph';
import { arbaVta } from './fixtures';
import { startTestNav, TEST_PERSON_REF_KEY, type TestNav } from './support';

const PARTICIPANTS = /* GraphQL */ `
  query Participants($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Participant {
        id
        nav {
          records {
            id
            status
            startDate
            measureInstance {
              number
              participants
              waiting
              freePlaces
            }
            extent {
              percent
              daysPerWeek
              validFrom
            }
          }
          waitingLists {
            since
            position
            waitingCount
            measureInstance {
              id
            }
          }
        }
      }
    }
  }
`;
const OFFERS = /* GraphQL */ `
  query Offers($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offer {
        id
        navMeasureInstances {
          number
          waiting
          freePlaces
        }
      }
    }
  }
`;

interface NavOfParticipant {
  records: { id: string; status: string; measureInstance: { number: string } }[];
  waitingLists: { since: string; position: number; waitingCount: number; measureInstance: { id: string } }[];
}

const navRefOf = (key: string) =>
  personRef(demoParticipants.find((p) => p.key === key)!.identityNumber, TEST_PERSON_REF_KEY);
const participant = (key: string) => ({
  __typename: 'Participant',
  id: demoParticipants.find((p) => p.key === key)!.id,
  navRef: navRefOf(key),
});

describe('entity resolution for the gateway', () => {
  let nav: TestNav;
  beforeAll(async () => {
    nav = await startTestNav();
  });
  afterAll(() => nav.stop());

  it('resolves Participant.nav from the hub’s navRef: records and waiting lists with places in the queue', async () => {
    const representations = [
      participant('p47'), // on Arba's VTA waiting list since 2025-10-15: the longest
      participant('p07'), // on the same list since 2026-03-02
      participant('p30'), // takes part in Arba's VTA
      { __typename: 'Participant', id: randomUUID(), navRef: null }, // the hub has no identity number
      { __typename: 'Participant', id: randomUUID(), navRef: 'not-known-to-nav' },
    ];
    const { _entities } = await graphqlData<{ _entities: { id: string; nav: NavOfParticipant | null }[] }>(
      nav.url,
      PARTICIPANTS,
      { representations },
    );
    expect(_entities.map((e) => e.id)).toEqual(representations.map((r) => r.id));
    const [p47, p07, p30, withoutRef, unknown] = _entities.map((e) => e.nav);
    const vtaWaiting = demoNavRecords.filter(
      (r) => r.value?.gjennomforingId === arbaVta.id && r.value.status.type === 'VENTELISTE',
    ).length;
    expect(p47?.waitingLists).toEqual([
      { since: '2025-10-15', position: 1, waitingCount: vtaWaiting, measureInstance: { id: arbaVta.id } },
    ]);
    expect(p07?.waitingLists).toEqual([
      { since: '2026-03-02', position: 2, waitingCount: vtaWaiting, measureInstance: { id: arbaVta.id } },
    ]);
    expect(p30?.waitingLists).toEqual([]);
    expect(p30?.records).toMatchObject([
      { status: 'DELTAR', measureInstance: { number: '2016/104411' }, extent: [{ percent: 100, daysPerWeek: 5 }] },
    ]);
    expect(withoutRef).toBeNull();
    expect(unknown).toEqual({ records: [], waitingLists: [] });
  });

  it('batches Participant.nav: the SQL statements do not grow with the number of representations', async () => {
    const withRecords = [...new Set(demoNavRecords.map((r) => r.value!.personIdent))].map((ident) => ({
      __typename: 'Participant',
      id: randomUUID(),
      navRef: personRef(ident, TEST_PERSON_REF_KEY),
    }));
    const others = (n: number) =>
      Array.from({ length: n }, () => ({ __typename: 'Participant', id: randomUUID(), navRef: randomUUID() }));
    const count = async (representations: object[]) => {
      nav.sql.reset();
      await graphqlData(nav.url, PARTICIPANTS, { representations });
      return nav.sql.count;
    };
    // Five people, among them one waiting and one taking part, so every loader is used.
    const small = await count([participant('p47'), participant('p30'), ...others(3)]);
    const large = await count([...withRecords, ...others(200 - withRecords.length)]);
    // One SELECT each for records, measure instances, their counts, extents and waiting lists.
    expect(small).toBe(5);
    expect(large).toBe(small);
  });

  it('resolves Offer.navMeasureInstances in one batch, empty for offers that are not NAV measures', async () => {
    const offerIds = demoOffers.map((o) => demoOfferId(o.key));
    const count = async (ids: string[]) => {
      nav.sql.reset();
      const data = await graphqlData<{ _entities: { id: string; navMeasureInstances: { number: string }[] }[] }>(
        nav.url,
        OFFERS,
        { representations: ids.map((id) => ({ __typename: 'Offer', id })) },
      );
      return { data, statements: nav.sql.count };
    };
    const small = await count([arbaVta.offerId!, ...offerIds.slice(0, 3), 'not-a-uuid']);
    expect(small.data._entities[0].navMeasureInstances.map((i) => i.number)).toEqual(['2016/104411']);
    expect(small.data._entities.at(-1)).toEqual({ id: 'not-a-uuid', navMeasureInstances: [] });
    const many = [...offerIds, ...Array.from({ length: 200 - offerIds.length }, () => randomUUID())];
    const large = await count(many);
    expect(large.data._entities.filter((e) => e.navMeasureInstances.length).length).toBe(4);
    expect(small.statements).toBe(2); // instances by offer, then their counts
    expect(large.statements).toBe(small.statements);
  });
});

describe('the NAV subgraph in the graph', () => {
  // The hub as the NAV subgraph needs it: Offer and Participant with their keys, and the inaccessible navRef.
  const hub = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@inaccessible"])
    type Query { offer(id: ID!): Offer participant(id: ID!): Participant }
    type Offer @key(fields: "id") { id: ID! }
    type Participant @key(fields: "id") { id: ID! navRef: String @inaccessible }
  `);

  it('composes with the hub; clients see Participant.nav but neither navRef nor any pseudonym', async () => {
    const nav = parse(printSubgraphSchema(await navAdapter.createSchema()));
    const result = composeServices([
      { name: 'intake', url: 'http://localhost:4001/graphql', typeDefs: hub },
      { name: 'nav', url: 'http://localhost:4005/graphql', typeDefs: nav },
    ]);
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    const api = printSchema(result.schema!.toAPISchema().toGraphQLJSSchema());
    expect(api).toContain('nav: NavParticipant');
    expect(api).not.toMatch(/navRef|personRef|personIdent|identityNumber/);
  });

  it('describes every type, field, argument and enum value of its own', async () => {
    const schema = buildSchema(
      printSubgraphSchema(await navAdapter.createSchema()).replace(/extend schema[^{]*?\)\s/, ''),
      {
        assumeValidSDL: true,
      },
    );
    expect(schema.getType('NavParticipantRecord')).toBeDefined();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation'].includes(type.name)
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
