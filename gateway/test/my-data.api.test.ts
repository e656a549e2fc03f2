/**
 * The right of access through the whole graph: `WebMyData` (clients/src/web/my-data.graphql, the walk of every field
 * below Participant) answers the applicant and a guardian whole, with each provider's and NAV's part, through the
 * same rules as every read; and the download is itself in the audit log, under its operation's name.
 */
import { demoParticipantId } from '@veiinn/demo-data';
import { askerProdukt } from '@veiinn/asker-produkt';
import type { AuditMap } from '@veiinn/kit';
import { arba } from '@veiinn/subgraph-arba';
import { dayServices } from '@veiinn/subgraph-day-services';
import { intakeAudit } from '@veiinn/subgraph-intake';
import { nav } from '@veiinn/subgraph-nav';
import { workCentre } from '@veiinn/subgraph-work-centre';
import { buildSchema, Kind, parse, print, TypeInfo, visit, visitWithTypeInfo, type FieldNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestGraph, type TestGraph } from './support';

const P03 = demoParticipantId('p03');
const P07 = demoParticipantId('p07');
/** p03 has places at two providers (day services and the work centre). */
const APPLICANT_P03 = { id: 'applicant-p03', description: 'p03', roles: ['applicant' as const], participantIds: [P03] };
const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'clients', 'persisted-documents.json'), 'utf8'),
) as Record<string, string>;
const MY_DATA = Object.values(manifest).find((text) => text.startsWith('query WebMyData '));
const WARD_DATA = Object.values(manifest).find((text) => text.startsWith('query WebMyWardData('));
const P01 = demoParticipantId('p01');

interface Copy {
  me: {
    participant: {
      id: string;
      givenName: string;
      applications: { id: string }[];
      decisions: { id: string; letterNb: { body: string[] }; letterEn: { body: string[] } }[];
      placements: { provider: { id: string }; arba: unknown; dayServices: unknown; workCentre: unknown }[];
      nav: unknown;
    } | null;
  };
}

describe('the right of access (WebMyData)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('is a registered operation, for oneself and for a young person', () => {
    expect(MY_DATA).toBeDefined();
    expect(WARD_DATA).toBeDefined();
  });

  it('gives the applicant all of it, with the providers’ detail of each place, and no error', async () => {
    const answer = await graph.as(APPLICANT_P03).request(MY_DATA!, {}, { 'x-request-id': 'my-data-applicant' });
    expect(answer.errors).toBeUndefined();
    const { participant } = (answer.data as unknown as Copy).me;
    expect(participant?.id).toBe(P03);
    const providers = new Set(participant!.placements.map((placement) => placement.provider.id));
    expect(providers).toEqual(new Set(['baerum-kommunale-dagtilbud', 'baerum-arbeidssenter']));
    for (const placement of participant!.placements) {
      // Each place comes with the detail of the provider that runs it (the others' fields are null).
      const detail = {
        arba: placement.arba,
        'baerum-kommunale-dagtilbud': placement.dayServices,
        'baerum-arbeidssenter': placement.workCentre,
      };
      expect(detail[placement.provider.id as keyof typeof detail]).toBeTruthy();
    }
  });

  it('gives a guardian their young person’s data, and refuses another’s', async () => {
    const own = await graph.as('guardian').request(WARD_DATA!, { participantId: P01 });
    expect(own.errors).toBeUndefined();
    expect((own.data as { participant: { id: string } }).participant.id).toBe(P01);
    const other = await graph.as('guardian').request(WARD_DATA!, { participantId: P07 });
    // Another's id answers as an unknown one: null, telling nothing of who exists.
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ participant: null });
  });

  it('is itself in the audit log, as reads of WebMyData by the applicant', async () => {
    const log = await graph.as('privacy-officer').data<{
      auditLog: { nodes: { readerSub: string; category: string; operationName: string | null; requestId: string }[] };
    }>(`query ($id: ID!) { auditLog(participantId: $id, first: 100) { nodes { readerSub category operationName requestId } } }`, { id: P03 });
    const download = log.auditLog.nodes.filter((entry) => entry.requestId === 'my-data-applicant');
    expect(download.length).toBeGreaterThan(0);
    expect(new Set(download.map((entry) => entry.operationName))).toEqual(new Set(['WebMyData']));
    expect([...new Set(download.map((entry) => entry.category))].sort()).toEqual(
      expect.arrayContaining(['APPLICATIONS', 'IDENTITY', 'PATH', 'PROVIDER_DETAIL']),
    );
  });
});

/** Every subgraph's audit map: which types describe a person, and in which category their reads are logged. */
const AUDIT_MAPS: AuditMap[] = [intakeAudit, dayServices, workCentre, arba, askerProdukt, nav].map((m) =>
  'audit' in m ? ((m as { audit?: AuditMap }).audit ?? {}) : (m as AuditMap),
);
/**
 * A hub type's category is the hub's (a provider's or NAV's fields on it return types of their own, audited in
 * their own categories: `Participant.nav` is a NavParticipant); any other type's, whichever subgraph defines it.
 */
const categoriesOf = (type: string) =>
  new Set(
    intakeAudit[type]
      ? [intakeAudit[type].category]
      : AUDIT_MAPS.flatMap((map) => (map[type] ? [map[type].category] : [])),
  );

/** The document with `__typename` in every selection set, so the answer says which type each object is. */
function withTypenames(text: string): string {
  const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
  return print(
    visit(parse(text), {
      SelectionSet: (node) => ({ ...node, selections: [...node.selections, typename] }),
    }),
  );
}

const API = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));

/** The document without the fields at these coordinates (`Type.field`): what a caller's role may not read. */
function without(text: string, coordinates: Set<string>): string {
  const info = new TypeInfo(API);
  return print(
    visit(
      parse(text),
      visitWithTypeInfo(info, {
        Field: (node) => (coordinates.has(`${info.getParentType()?.name}.${node.name.value}`) ? null : undefined),
      }),
    ),
  );
}

/** The type names of every object in an answer. */
function typenamesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => typenamesIn(item, found));
  else if (value && typeof value === 'object') {
    const { __typename, ...rest } = value as { __typename?: string };
    if (__typename) found.add(__typename);
    Object.values(rest).forEach((item) => typenamesIn(item, found));
  }
  return found;
}

describe('every personal type read through the gateway is in the log, for each role that may read it (issue 19)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it.each([
    ['the case worker', 'case-worker' as const, P03],
    ['the case worker (NAV records)', 'case-worker' as const, P07],
    ['the applicant', APPLICANT_P03, P03],
    ['a guardian', 'guardian' as const, P01],
    ['the day services’ staff', 'provider-staff-day-services' as const, P03],
    ['NAV’s staff', 'nav-staff' as const, P07],
  ])('%s: each audited type in the whole copy of one person has its category logged', async (_who, user, id) => {
    const requestId = randomUUID();
    // Staff who may see only part of a person get the rest refused field by field (and a refused non-null field
    // nulls its parent): ask without what was refused until nothing is, and check what they read.
    const refused = new Set<string>();
    let answer = await graph.as(user).request(withTypenames(WARD_DATA!), { participantId: id });
    for (let round = 0; round < 5 && answer.errors?.length; round++) {
      expect(answer.errors.filter((error) => error.extensions?.code !== 'FORBIDDEN')).toEqual([]);
      for (const error of answer.errors) refused.add(String(error.extensions?.coordinate));
      answer = await graph
        .as(user)
        .request(withTypenames(without(WARD_DATA!, refused)), { participantId: id }, { 'x-request-id': requestId });
    }
    if (!refused.size) {
      answer = await graph
        .as(user)
        .request(withTypenames(WARD_DATA!), { participantId: id }, { 'x-request-id': requestId });
    }
    expect(answer.errors ?? []).toEqual([]);
    const audited = [...typenamesIn(answer.data)].filter((type) => categoriesOf(type).size > 0);
    // The walk reaches the person and more than the person: a copy with one type would test little.
    expect(audited).toContain('Participant');
    expect(audited.length).toBeGreaterThan(2);
    const log = await graph.as('privacy-officer').data<{
      auditLog: { nodes: { category: string; requestId: string }[] };
    }>(`query ($id: ID!) { auditLog(participantId: $id, first: 100) { nodes { category requestId } } }`, { id });
    const logged = new Set(log.auditLog.nodes.filter((e) => e.requestId === requestId).map((e) => e.category));
    const missing = audited.flatMap((type) =>
      [...categoriesOf(type)].filter((category) => !logged.has(category)).map((category) => `${type} (${category})`),
    );
    expect(missing).toEqual([]);
  });
});
