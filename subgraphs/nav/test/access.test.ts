/**
 * Who may read NAV's records and waiting lists (docs/security.md, "NAV records" and "Waiting lists"), tried against
 * the real adapter with service trust on: every request carries a caller signed as the gateway (or the hub) signs
 * it. Each scope of `navScope` is tried on one participant and on everyone at once through `_entities`, and on
 * `navWaitingList`; the counts of waiting people stay public and agree with the lists.
 */
import { printSubgraphSchema } from '@apollo/subgraph';
import { demoNavRecords, demoParticipants } from '@veiinn/demo-data';
import {
  AUDIT_EXTENSION,
  CALLER_HEADER,
  navRecordSubject,
  generateSigningKey,
  personRef,
  serviceIssuer,
  signCallerToken,
  type Caller,
  type SigningKey,
} from '@veiinn/kit';
import { createTestDatabase, graphqlRequest, type GraphQLResponse, type TestDatabase } from '@veiinn/testing';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import { NavParticipantStatus } from '../src/participant-record/participant-record.enums';
import { NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { nav as navAdapter, startNavSubgraph, type RunningNav } from '../src/subgraph';
import { arbaVta } from './fixtures';

const PERSON_REF_KEY = 'nav-access-test-person-ref-key-0123456789';

const person = (key: string) => demoParticipants.find((p) => p.key === key)!;
/** The hub's representation of a participant: its id and the pseudonym it sends along (`navRef`). */
const participant = (key: string) => ({
  __typename: 'Participant',
  id: person(key).id,
  navRef: personRef(person(key).identityNumber, PERSON_REF_KEY),
});
/** Everyone with NAV records in the demo data. */
const withRecords = [...new Set(demoNavRecords.map((r) => r.value!.personIdent))].map(
  (ident) => demoParticipants.find((p) => p.identityNumber === ident)!.key,
);

const caller = (roles: string[], claims: Partial<Caller> = {}): Caller => ({
  sub: `test-${roles[0]}`,
  roles,
  ...claims,
});
const NAV_STAFF = caller(['nav-staff']);
const CASE_WORKER = caller(['case-worker']);
const SERVICE = caller(['service']);
const NONE: [string, Caller][] = [
  ['the public', caller(['public'])],
  ["Arba's staff", caller(['provider-staff'], { providerId: 'arba' })],
  ['a partner system', caller(['partner-system'], { orgno: '100000001', scope: 'offers:read' })],
  ['the analyst', caller(['analyst'])],
  ['the privacy officer', caller(['privacy-officer'])],
];

const NAV_OF = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Participant { id nav { records { id status extent { percent } } waitingLists { position waitingCount } } }
  }
}`;
const WAITING_LIST = `query($id: ID!) {
  navWaitingList(measureInstanceId: $id) { position since recordId }
  navMeasureInstance(id: $id) { waiting }
}`;

type Nav = { records: { id: string; status: string }[]; waitingLists: { position: number; waitingCount: number }[] };

describe("who may read NAV's records and waiting lists", () => {
  let database: TestDatabase;
  let nav: RunningNav;
  let gatewayKey: SigningKey;
  let hubKey: SigningKey;

  beforeAll(async () => {
    [gatewayKey, hubKey] = await Promise.all([generateSigningKey('EdDSA'), generateSigningKey('EdDSA')]);
    database = await createTestDatabase('nav-access');
    nav = await startNavSubgraph({
      database,
      seedDemoData: true,
      settings: { personRefKey: PERSON_REF_KEY },
      trust: {
        publicKey: gatewayKey.publicJwk,
        services: [{ issuer: serviceIssuer('intake'), publicKey: hubKey.publicJwk }],
      },
    });
  });
  afterAll(async () => {
    await nav?.stop();
    await database?.drop();
  });

  async function as<T>(who: Caller, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const fromHub = who.roles.includes('service');
    const token = await signCallerToken(fromHub ? hubKey : gatewayKey, {
      audience: 'nav',
      caller: who,
      requestId: randomUUID(),
      ...(fromHub && { issuer: serviceIssuer('intake') }),
    });
    return graphqlRequest<T>(nav.url, query, variables, { [CALLER_HEADER]: token });
  }
  async function navOf(who: Caller, keys: string[]): Promise<(Nav | null)[]> {
    const result = await as<{ _entities: { id: string; nav: Nav | null }[] }>(who, NAV_OF, {
      r: keys.map(participant),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e) => e.id)).toEqual(keys.map((k) => person(k).id));
    return result.data!._entities.map((e) => e.nav);
  }
  /** A person's live records as the database has them: what an allowed caller must get, no more, no less. */
  const storedRecords = async (key: string) =>
    (
      await nav.orm.em
        .fork()
        .find(NavParticipantRecord, { personRef: participant(key).navRef, deletedAt: null }, { orderBy: { id: 'asc' } })
    ).map((r) => r.id);

  describe('Participant.nav, one participant', () => {
    it.each([
      ["NAV's staff", NAV_STAFF],
      ['the case worker', CASE_WORKER],
      ['the hub (service)', SERVICE],
    ])("shows %s anyone's records and waiting positions", async (_who, who) => {
      const [p30, p07] = await navOf(who, ['p30', 'p07']);
      expect(p30!.records.map((r) => r.id).sort()).toEqual(await storedRecords('p30'));
      expect(p30!.records[0]).toMatchObject({ status: 'DELTAR', extent: [{ percent: 100 }] });
      expect(p07!.waitingLists).toEqual([{ position: 2, waitingCount: 3 }]);
    });

    it.each(['applicant', 'guardian'])(
      'shows an %s their own participant’s records, and null for others',
      async (role) => {
        const who = caller([role], { participantIds: [person('p07').id] });
        const [p07, p30, p47] = await navOf(who, ['p07', 'p30', 'p47']);
        expect(p07!.records.map((r) => r.id)).toEqual(await storedRecords('p07'));
        expect(p07!.waitingLists).toEqual([{ position: 2, waitingCount: 3 }]);
        expect(p30).toBeNull();
        expect(p47).toBeNull();
      },
    );

    it.each(NONE)('answers null to %s', async (_who, who) => {
      expect(await navOf(who, ['p30', 'p07'])).toEqual([null, null]);
    });
  });

  describe('Participant.nav, everyone with records at once', () => {
    const count = (answer: (Nav | null)[]) => ({
      people: answer.filter(Boolean).length,
      records: answer.reduce((sum, n) => sum + (n?.records.length ?? 0), 0),
    });
    const storedCount = async (keys: string[]) => ({
      people: keys.length,
      records: (await Promise.all(keys.map(storedRecords))).reduce((sum, ids) => sum + ids.length, 0),
    });

    it("gives NAV's staff every person and every record the database has", async () => {
      expect(count(await navOf(NAV_STAFF, withRecords))).toEqual(await storedCount(withRecords));
      expect(withRecords.length).toBeGreaterThan(10);
    });

    it('gives a guardian of two exactly those two, and their records only', async () => {
      const guardian = caller(['guardian'], { participantIds: [person('p30').id, person('p47').id] });
      const answer = await navOf(guardian, withRecords);
      expect(count(answer)).toEqual(await storedCount(['p30', 'p47']));
      expect(withRecords.filter((_, i) => answer[i] !== null).sort()).toEqual(['p30', 'p47']);
    });

    it.each(NONE)('gives %s no one', async (_who, who) => {
      expect(count(await navOf(who, withRecords))).toEqual({ people: 0, records: 0 });
    });
  });

  describe('navWaitingList and the public count', () => {
    type Answer = { navWaitingList: { position: number; recordId: string }[]; navMeasureInstance: { waiting: number } };
    const stored = async () =>
      nav.orm.em.fork().count(NavParticipantRecord, {
        measureInstance: arbaVta.id,
        status: NavParticipantStatus.VENTELISTE,
        deletedAt: null,
      });

    it.each([
      ["NAV's staff", NAV_STAFF],
      ['the case worker', CASE_WORKER],
      ['the hub (service)', SERVICE],
    ])('lists every entry to %s, as many as the count says', async (_who, who) => {
      const result = await as<Answer>(who, WAITING_LIST, { id: arbaVta.id });
      expect(result.errors).toBeUndefined();
      const { navWaitingList, navMeasureInstance } = result.data!;
      expect(navWaitingList.map((e) => e.position)).toEqual([1, 2, 3]);
      expect(navWaitingList).toHaveLength(await stored());
      expect(navMeasureInstance.waiting).toBe(navWaitingList.length);
    });

    it("logs each entry's read under its record, since no hub participant is above it (issue 19)", async () => {
      const result = await as<Answer>(NAV_STAFF, WAITING_LIST, { id: arbaVta.id });
      const reads = (result as { extensions?: Record<string, { participantId: string; category: string }[]> })
        .extensions?.[AUDIT_EXTENSION];
      expect(reads).toEqual(
        result.data!.navWaitingList.map((entry) => ({
          participantId: navRecordSubject(entry.recordId),
          category: 'NAV',
        })),
      );
    });

    it.each([
      ['an applicant on the list', caller(['applicant'], { participantIds: [person('p07').id] })],
      ['a guardian', caller(['guardian'], { participantIds: [person('p47').id] })],
      ...NONE,
    ])('lists no entry to %s, while the count stays public', async (_who, who) => {
      const result = await as<Answer>(who, WAITING_LIST, { id: arbaVta.id });
      expect(result.errors).toBeUndefined();
      expect(result.data!.navWaitingList).toEqual([]);
      expect(result.data!.navMeasureInstance.waiting).toBe(await stored());
    });
  });

  describe('the schema declares it, for the gateway', () => {
    /** Each coordinate's `@requiresScopes` alternatives, as the subgraph prints them for composition. */
    async function scopes(): Promise<Map<string, string[]>> {
      const document = parse(printSubgraphSchema(await navAdapter.createSchema()));
      const found = new Map<string, string[]>();
      const read = (name: string, directives: ObjectTypeDefinitionNode['directives']) => {
        const directive = directives?.find((d) => d.name.value === 'requiresScopes');
        const value = directive?.arguments?.[0]?.value;
        if (value?.kind !== Kind.LIST) return;
        found.set(
          name,
          value.values.flatMap((v) =>
            v.kind === Kind.LIST ? v.values.map((s) => (s.kind === Kind.STRING ? s.value : '?')) : [],
          ),
        );
      };
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
        read(definition.name.value, definition.directives);
        for (const field of definition.fields ?? [])
          read(`${definition.name.value}.${field.name.value}`, field.directives);
      }
      return found;
    }

    it("guards NAV's records and the waiting list, and leaves the counts public", async () => {
      const found = await scopes();
      const records = ['applicant', 'case-worker', 'guardian', 'nav-staff', 'service'];
      for (const coordinate of ['Participant.nav', 'NavParticipant', 'NavParticipantRecord', 'NavExtentPeriod']) {
        expect([coordinate, found.get(coordinate)?.sort()]).toEqual([coordinate, records]);
      }
      expect(found.get('Query.navWaitingList')?.sort()).toEqual(records);
      for (const open of ['Query.navMeasureInstances', 'NavMeasureInstance.waiting', 'Query.navStateVtaPlaces']) {
        expect([open, found.get(open)]).toEqual([open, undefined]);
      }
    });

    it('lets no role but NAV staff, the case worker and services write (every mutation, if any)', async () => {
      const found = await scopes();
      const document = parse(printSubgraphSchema(await navAdapter.createSchema()));
      const mutations = document.definitions.flatMap((d) =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Mutation'
          ? (d.fields ?? []).map((f) => `Mutation.${f.name.value}`)
          : [],
      );
      for (const mutation of mutations) {
        expect([
          mutation,
          found.get(mutation)?.filter((s) => !['nav-staff', 'case-worker', 'service'].includes(s)),
        ]).toEqual([mutation, []]);
      }
    });
  });
});
