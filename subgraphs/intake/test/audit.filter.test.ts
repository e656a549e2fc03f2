/**
 * The privacy officer's filters on `auditLog`: by reader, by role, by category and by period (days in Norwegian
 * time), together and with paging, in the same number of statements whatever the filter; a bad filter reads nothing.
 */
import {
  AUDIT_WRITER,
  CALLER_HEADER,
  generateSigningKey,
  signCallerToken,
  type AuditRecord,
  type Caller,
  type SigningKey,
} from '@veiinn/kit';
import { createSqlCounter, createTestDatabase, graphqlRequest, type TestDatabase } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { osloStartOfDay } from '../src/audit/audit.filter';
import { startIntakeSubgraph, type RunningIntake } from '../src/subgraph';

/** A participant of its own, so the other audit tests' entries do not count. */
const WHO = randomUUID();
const OFFICER: Caller = { sub: 'privacy-officer', roles: ['privacy-officer'] };

const entry = (overrides: Partial<AuditRecord>): AuditRecord => ({
  sub: 'case-worker',
  roles: ['case-worker'],
  participantId: WHO,
  category: 'IDENTITY',
  at: '2026-11-23T10:00:00.000Z',
  operationName: 'StaffParticipant',
  requestId: randomUUID(),
  subgraph: 'intake',
  ...overrides,
});

const LOG = `query ($id: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(participantId: $id, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { readerSub readerRoles category readAt }
  }
}`;
type Log = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { readerSub: string; readerRoles: string[]; category: string; readAt: string }[];
};

describe('auditLog filters', () => {
  let database: TestDatabase;
  let intake: RunningIntake;
  let gatewayKey: SigningKey;
  const sql = createSqlCounter();

  beforeAll(async () => {
    gatewayKey = await generateSigningKey('EdDSA');
    database = await createTestDatabase('intake_audit_filter');
    intake = await startIntakeSubgraph({
      database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath, onQuery: sql.onQuery },
      seedDemoData: false,
      followFeeds: false,
      trust: { publicKey: gatewayKey.publicJwk },
    });
    const entries = [
      entry({ at: '2026-11-01T09:00:00.000Z' }),
      entry({ at: '2026-11-02T09:00:00.000Z', category: 'PATH' }),
      entry({ sub: 'nav-staff', roles: ['nav-staff'], category: 'NAV', at: '2026-11-03T09:00:00.000Z' }),
      // Two roles at once: found by either.
      entry({ sub: 'both', roles: ['nav-staff', 'analyst'], category: 'NAV', at: '2026-11-04T09:00:00.000Z' }),
      // 23:30 UTC on 4 November is 00:30 on 5 November in Norway.
      entry({ sub: 'late', roles: ['provider-staff'], category: 'PATH', at: '2026-11-04T23:30:00.000Z' }),
      // A role whose name contains another's must not match it ("nav-staff" is not in "nav-staffer").
      entry({ sub: 'other', roles: ['nav-staffer'], category: 'NAV', at: '2026-11-06T09:00:00.000Z' }),
      entry({ participantId: randomUUID(), sub: 'nav-staff', roles: ['nav-staff'], category: 'NAV' }),
    ];
    const response = await fetch(intake.url.replace(/\/graphql$/, '/audit'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CALLER_HEADER]: await signCallerToken(gatewayKey, {
          audience: 'intake',
          caller: AUDIT_WRITER,
          requestId: randomUUID(),
        }),
      },
      body: JSON.stringify({ entries }),
    });
    expect(response.status).toBe(201);
  });
  afterAll(async () => {
    await intake?.stop();
    await database?.drop();
  });

  async function log(filter: Record<string, unknown> | null, page: { first?: number; after?: string } = {}) {
    const token = await signCallerToken(gatewayKey, { audience: 'intake', caller: OFFICER, requestId: randomUUID() });
    return graphqlRequest<{ auditLog: Log }>(intake.url, LOG, { id: WHO, filter, ...page }, { [CALLER_HEADER]: token });
  }
  const readers = async (filter: Record<string, unknown> | null) => {
    const result = await log(filter);
    expect(result.errors).toBeUndefined();
    return result.data!.auditLog.nodes.map((n) => n.readerSub);
  };

  it('lists every entry of the participant without a filter, newest first', async () => {
    expect(await readers(null)).toEqual(['other', 'late', 'both', 'nav-staff', 'case-worker', 'case-worker']);
  });

  it('filters by role (a whole role of the reader, also among several), by reader and by category', async () => {
    expect(await readers({ role: 'nav-staff' })).toEqual(['both', 'nav-staff']);
    expect(await readers({ role: 'analyst' })).toEqual(['both']);
    expect(await readers({ readerSub: 'case-worker' })).toEqual(['case-worker', 'case-worker']);
    expect(await readers({ category: 'PATH' })).toEqual(['late', 'case-worker']);
    expect(await readers({ role: 'nav-staff', category: 'NAV', readerSub: 'both' })).toEqual(['both']);
  });

  it('filters by period in Norwegian days, both ends included', async () => {
    expect(await readers({ from: '2026-11-02', to: '2026-11-04' })).toEqual(['both', 'nav-staff', 'case-worker']);
    expect(await readers({ from: '2026-11-05' })).toEqual(['other', 'late']);
    expect(await readers({ to: '2026-11-01' })).toEqual(['case-worker']);
    expect(osloStartOfDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(osloStartOfDay('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('pages a filtered log, with the count of all matching entries', async () => {
    const first = await log({ category: 'NAV' }, { first: 2 });
    expect(first.data!.auditLog).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = await log({ category: 'NAV' }, { first: 2, after: first.data!.auditLog.pageInfo.endCursor! });
    expect(next.data!.auditLog.nodes.map((n) => n.readerSub)).toEqual(['nav-staff']);
  });

  it('reads with the same number of statements whatever the filter', async () => {
    sql.reset();
    await log(null);
    const plain = sql.count;
    sql.reset();
    await log({ role: 'nav-staff', category: 'NAV', readerSub: 'both', from: '2026-11-01', to: '2026-11-30' });
    expect(sql.count).toBe(plain);
  });

  it('refuses an unknown role, an empty reader and a period that ends before it starts, per field', async () => {
    for (const [filter, field] of [
      [{ role: "nav-staff' or 1=1 --" }, 'filter.role'],
      [{ role: '%' }, 'filter.role'],
      [{ readerSub: ' ' }, 'filter.readerSub'],
      [{ from: '2026-11-05', to: '2026-11-01' }, 'filter.to'],
    ] as const) {
      const result = await log(filter);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
    }
  });
});
