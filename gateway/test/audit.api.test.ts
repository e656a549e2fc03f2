import { demoMeasureInstances, demoParticipantId } from '@veiinn/demo-data';
import { demoUsers, signDemoToken } from '@veiinn/dev-issuer';
import {
  AUDIT_EXTENSION,
  CALLER_HEADER,
  createLogger,
  generateSigningKey,
  jwksOf,
  navRecordSubject,
  signCallerToken,
} from '@veiinn/kit';
import { freePort, graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { AUDIT_FAILED_MESSAGE } from '../src/audit';
import { createGatewayServer } from '../src/gateway';
import { startTestGraph, type TestGraph } from './support';

const P01 = demoParticipantId('p01');
const P07 = demoParticipantId('p07');
const ARBA_VTA_INSTANCE = demoMeasureInstances.find((m) => m.key === 'arba-vta')!.id;

interface LogEntry {
  readerSub: string;
  readerRoles: string[];
  category: string;
  operationName: string | null;
  requestId: string;
  subgraph: string;
}
const ENTRY = 'readerSub readerRoles category operationName requestId subgraph readAt';

const CASE_WORKER_READS_PATH = /* GraphQL */ `
  query CaseWorkerReadsPath($id: ID!) {
    participant(id: $id) {
      fullName
      placements {
        startDate
        offer {
          id
        }
        dayServices {
          daysPerWeek
          group {
            id
          }
        }
      }
    }
  }
`;
const CASE_WORKER_READS_NAV = /* GraphQL */ `
  query CaseWorkerReadsNav($id: ID!) {
    participant(id: $id) {
      nav {
        records {
          status
        }
        waitingLists {
          position
        }
      }
    }
  }
`;
const READ_LOG = `query OwnReadLog($id: ID!) { participant(id: $id) { readLog(first: 100) { totalCount nodes { ${ENTRY} } } } }`;
const AUDIT_LOG = `query PrivacyOfficerReadsLog($id: ID!) { auditLog(participantId: $id, first: 100) { nodes { ${ENTRY} } } }`;

describe('the audit log, through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  /** The participant's log as the privacy officer reads it, only the entries of one request. */
  async function entriesOf(participantId: string, requestId: string): Promise<LogEntry[]> {
    const data = await graph.as('privacy-officer').data<{ auditLog: { nodes: LogEntry[] } }>(AUDIT_LOG, {
      id: participantId,
    });
    return data.auditLog.nodes.filter((e) => e.requestId === requestId);
  }
  const byCategory = (entries: LogEntry[]) =>
    entries
      .map(({ category, subgraph }) => ({ category, subgraph }))
      .sort((a, b) => a.category.localeCompare(b.category));

  it('logs a case worker’s read of a path with day-services detail, per category, and the client never sees it', async () => {
    const requestId = randomUUID();
    const result = await graph
      .as('case-worker')
      .request(CASE_WORKER_READS_PATH, { id: P01 }, { 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();
    const placements = (result.data as { participant: { placements: { dayServices: unknown }[] } }).participant
      .placements;
    expect(placements.some((p) => p.dayServices !== null)).toBe(true);
    // Apollo Gateway does not pass subgraphs' extensions on, and ours takes the reads out besides.
    expect((result as { extensions?: Record<string, unknown> }).extensions?.[AUDIT_EXTENSION]).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain(AUDIT_EXTENSION);

    // The subgraph does report the read, to the gateway only: asked directly with a gateway token, it says so.
    const direct = await graphqlRequest(
      graph.subgraphs['day-services'].url,
      'query ($id: ID!) { dayServicesPlacements(participantId: $id) { daysPerWeek } }',
      { id: P01 },
      {
        [CALLER_HEADER]: await signCallerToken(graph.internalKey, {
          audience: 'day-services',
          caller: { sub: 'case-worker', roles: ['case-worker'] },
          requestId,
        }),
      },
    );
    expect((direct as { extensions?: Record<string, unknown[]> }).extensions?.[AUDIT_EXTENSION]).toContainEqual({
      participantId: P01,
      category: 'PROVIDER_DETAIL',
    });

    const entries = await entriesOf(P01, requestId);
    expect(byCategory(entries)).toEqual([
      { category: 'IDENTITY', subgraph: 'intake' },
      { category: 'PATH', subgraph: 'intake' },
      { category: 'PROVIDER_DETAIL', subgraph: 'day-services' },
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        readerSub: 'case-worker',
        readerRoles: ['case-worker'],
        operationName: 'CaseWorkerReadsPath',
      });
    }
    // The participant's own log is theirs only: the guardian of p01 sees the case worker's read there.
    const guardian = await graph.as('guardian').data<{ participant: { readLog: { nodes: LogEntry[] } } }>(READ_LOG, {
      id: P01,
    });
    expect(byCategory(guardian.participant.readLog.nodes.filter((e) => e.requestId === requestId))).toEqual(
      byCategory(entries),
    );
  });

  it('the applicant lists who read their NAV records; the case worker may not list it', async () => {
    const requestId = randomUUID();
    const read = await graph
      .as('case-worker')
      .request(CASE_WORKER_READS_NAV, { id: P07 }, { 'x-request-id': requestId });
    expect(read.errors).toBeUndefined();
    const own = await graph.as('applicant').data<{ participant: { readLog: { nodes: LogEntry[] } } }>(READ_LOG, {
      id: P07,
    });
    const theirs = own.participant.readLog.nodes.filter((e) => e.requestId === requestId);
    expect(theirs).toEqual([
      expect.objectContaining({
        readerSub: 'case-worker',
        category: 'NAV',
        subgraph: 'nav',
        operationName: 'CaseWorkerReadsNav',
      }),
    ]);
    const refused = await graph.as('case-worker').request(READ_LOG, { id: P07 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reading the log is itself logged (category AUDIT), so the participant sees the privacy officer look', async () => {
    const requestId = randomUUID();
    await graph.as('privacy-officer').request(AUDIT_LOG, { id: P07 }, { 'x-request-id': requestId });
    const own = await graph.as('applicant').data<{ participant: { readLog: { nodes: LogEntry[] } } }>(READ_LOG, {
      id: P07,
    });
    expect(own.participant.readLog.nodes.filter((e) => e.requestId === requestId)).toEqual([
      expect.objectContaining({ readerSub: 'privacy-officer', category: 'AUDIT', subgraph: 'intake' }),
    ]);
    // Newest first.
    const times = own.participant.readLog.nodes.map((e) => (e as unknown as { readAt: string }).readAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('logs NAV’s records read on their own under each record’s subject, for the privacy officer (issue 19)', async () => {
    const requestId = randomUUID();
    const read = await graph
      .as('nav-staff')
      .request(
        'query NavWaitingAlone($id: ID!) { navWaitingList(measureInstanceId: $id) { position recordId } }',
        { id: ARBA_VTA_INSTANCE },
        { 'x-request-id': requestId },
      );
    expect(read.errors).toBeUndefined();
    const entries = (read.data as { navWaitingList: { recordId: string }[] }).navWaitingList;
    expect(entries.length).toBeGreaterThan(0);
    const log = await graph.as('privacy-officer').data<{ auditLog: { nodes: LogEntry[] } }>(AUDIT_LOG, {
      id: navRecordSubject(entries[0].recordId),
    });
    expect(log.auditLog.nodes.filter((e) => e.requestId === requestId)).toEqual([
      expect.objectContaining({
        readerSub: 'nav-staff',
        category: 'NAV',
        subgraph: 'nav',
        operationName: 'NavWaitingAlone',
      }),
    ]);
  });

  it('a read of no one’s personal data writes nothing', async () => {
    const before = await graph.intake.orm.em.getConnection().execute('select count(*) as n from audit_entry');
    const offers = await graph.as('case-worker').request('query Catalogue { offers(first: 3) { totalCount } }');
    expect(offers.errors).toBeUndefined();
    const after = await graph.intake.orm.em.getConnection().execute('select count(*) as n from audit_entry');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it('fails closed: when the hub cannot log the read, the client gets an error and none of the data', async () => {
    const deadPort = await freePort();
    const errors: string[] = [];
    const logger = createLogger('gateway');
    logger.error = (message, fields) => void errors.push(`${message} ${JSON.stringify(fields)}`);
    // A second gateway over the same subgraphs, whose audit log is unreachable; it trusts an identity provider of
    // this test's own, and the case worker signs in there.
    const identityKey = await generateSigningKey('ES256');
    const issuerUrl = 'http://veiinn-audit-test-issuer.invalid';
    const gateway = await createGatewayServer({
      supergraphPath: graph.supergraphPath,
      subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([name, s]) => [name, s.url])),
      internalKey: graph.internalKey,
      signIn: { jwks: jwksOf(identityKey), issuer: issuerUrl },
      audit: { url: `http://127.0.0.1:${deadPort}/audit`, timeoutMs: 2_000 },
      logger,
    }).listen(0);
    const caseWorker = demoUsers.find((u) => u.id === 'case-worker')!;
    const headers = { authorization: `Bearer ${await signDemoToken(caseWorker, { key: identityKey, issuerUrl })}` };
    try {
      const result = await graphqlRequest(gateway.url, CASE_WORKER_READS_PATH, { id: P01 }, headers);
      expect(result.status).toBe(503);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toEqual([
        {
          message: AUDIT_FAILED_MESSAGE,
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) },
        },
      ]);
      expect(JSON.stringify(result)).not.toMatch(/fullName|placements/);
      expect(errors.join('\n')).toContain(result.errors![0].extensions!.correlationId as string);
      // What describes no one is not held back.
      const offers = await graphqlRequest(gateway.url, '{ offers(first: 1) { totalCount } }', undefined, headers);
      expect(offers.errors).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });
});
