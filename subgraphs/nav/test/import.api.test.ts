/**
 * `importNavParticipants`: the NAV import through the graph, for NAV's staff in the browser (who hold only the
 * gateway's token). The same ingest code as `POST /ingest/deltakere`, with service trust on: every request carries a
 * caller signed as the gateway signs it.
 */
import { CALLER_HEADER, generateSigningKey, signCallerToken, type Caller, type SigningKey } from '@veiinn/kit';
import { createTestDatabase, graphqlRequest, type GraphQLResponse, type TestDatabase } from '@veiinn/testing';
import { FeedEvent } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { NAV_IMPORT_GRAPH_LIMIT } from '../src/ingest/import.resolver';
import { NavExtentPeriod, NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { startNavSubgraph, type RunningNav } from '../src/subgraph';
import { arbaVta, topicLine } from './fixtures';

const IMPORT = `mutation($lines: String!) {
  importNavParticipants(input: { jsonLines: $lines }) {
    accepted unchanged stale deleted
    rejected { line key code reason { nb en } }
    lines { line key outcome }
  }
}`;
type Report = {
  accepted: number;
  unchanged: number;
  stale: number;
  deleted: number;
  rejected: { line: number; key: string | null; code: string; reason: { nb: string; en: string } }[];
  lines: { line: number; key: string; outcome: string }[];
};

const caller = (roles: string[], claims: Partial<Caller> = {}): Caller => ({
  sub: `test-${roles[0]}`,
  roles,
  ...claims,
});
const jsonLines = (lines: unknown[]) => lines.map((line) => JSON.stringify(line)).join('\n');

describe('importNavParticipants', () => {
  let database: TestDatabase;
  let nav: RunningNav;
  let gatewayKey: SigningKey;

  beforeAll(async () => {
    gatewayKey = await generateSigningKey('EdDSA');
    database = await createTestDatabase('nav-import');
    nav = await startNavSubgraph({ database, seedDemoData: true, trust: { publicKey: gatewayKey.publicJwk } });
  });
  afterAll(async () => {
    await nav?.stop();
    await database?.drop();
  });

  async function as(who: Caller, lines: string): Promise<GraphQLResponse<{ importNavParticipants: Report }>> {
    const token = await signCallerToken(gatewayKey, { audience: 'nav', caller: who, requestId: randomUUID() });
    return graphqlRequest(nav.url, IMPORT, { lines }, { [CALLER_HEADER]: token });
  }
  async function snapshot() {
    const em = nav.orm.em.fork();
    return JSON.stringify({
      records: await em.count(NavParticipantRecord, {}),
      extent: await em.count(NavExtentPeriod, {}),
      feed: await em.count(FeedEvent, {}),
    });
  }

  it("stores NAV staff's good lines and rejects a bad one with its line number and a reason in both languages", async () => {
    const good = [topicLine(), topicLine()];
    const unknown = topicLine({ gjennomforingId: randomUUID() });
    const text = [JSON.stringify(good[0]), '', '{"key": "broken', JSON.stringify(unknown), JSON.stringify(good[1])];
    const result = await as(caller(['nav-staff']), text.join('\n'));
    expect(result.errors).toBeUndefined();
    const report = result.data!.importNavParticipants;
    expect(report).toMatchObject({ accepted: 2, unchanged: 0, stale: 0, deleted: 0 });
    expect(report.rejected.map((r) => [r.line, r.code, r.key])).toEqual([
      [3, 'MALFORMED_JSON', null],
      [4, 'UNKNOWN_MEASURE_INSTANCE', unknown.key],
    ]);
    expect(report.rejected[0].reason.nb).toMatch(/ikke gyldig JSON/);
    expect(report.rejected[0].reason.en).toMatch(/not valid JSON/);
    expect(report.rejected[1].reason.nb).toMatch(/gjennomføring vi kjenner/);
    expect(report.rejected[1].reason.en).toContain(unknown.value.gjennomforingId);
    // The identity numbers never come back.
    expect(JSON.stringify(report)).not.toContain(unknown.value.personIdent);
    const stored = await nav.orm.em.fork().find(NavParticipantRecord, { id: good.map((g) => g.key) });
    expect(stored.map((r) => r.measureInstance.id).sort()).toEqual([arbaVta.id, arbaVta.id]);
    expect(await nav.orm.em.fork().count(NavParticipantRecord, { id: unknown.key })).toBe(0);
    // What was taken, line by line (blank line 2 and the rejected lines 3 and 4 are not among them).
    expect(report.lines).toEqual([
      { line: 1, key: good[0].key, outcome: 'ACCEPTED' },
      { line: 5, key: good[1].key, outcome: 'ACCEPTED' },
    ]);
    // The same file again: unchanged, as with the route.
    const again = await as(caller(['nav-staff']), jsonLines(good));
    expect(again.data!.importNavParticipants).toMatchObject({ accepted: 0, unchanged: 2, rejected: [] });
    expect(again.data!.importNavParticipants.lines.map((l) => [l.line, l.outcome])).toEqual([
      [1, 'UNCHANGED'],
      [2, 'UNCHANGED'],
    ]);
  });

  it.each([
    ['the case worker', caller(['case-worker'])],
    ['the privacy officer', caller(['privacy-officer'])],
    ["Arba's staff", caller(['provider-staff'], { providerId: 'arba' })],
    ["NAV's partner system (it imports through the route)", caller(['partner-system'], { scope: 'nav:ingest' })],
    ['our own services', caller(['service'])],
  ])('refuses %s with FORBIDDEN and stores nothing', async (_who, who) => {
    const before = await snapshot();
    const result = await as(who, jsonLines([topicLine()]));
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toMatch(/Bare NAVs ansatte|Det kan bare NAVs ansatte/);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a file over the limit with BAD_USER_INPUT that says how large it may be, and stores nothing', async () => {
    const before = await snapshot();
    const line = JSON.stringify(topicLine());
    const lines = Array.from({ length: Math.ceil(NAV_IMPORT_GRAPH_LIMIT / line.length) + 1 }, () => line);
    const result = await as(caller(['nav-staff']), lines.join('\n'));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`høyst ${NAV_IMPORT_GRAPH_LIMIT / 1000} kB`);
    expect(result.errors?.[0].message).toContain(`at most ${NAV_IMPORT_GRAPH_LIMIT / 1000} kB`);
    expect(await snapshot()).toBe(before);
  });
});
