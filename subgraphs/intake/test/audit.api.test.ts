import { demoParticipantId } from '@veiinn/demo-data';
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
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { startIntakeSubgraph, type RunningIntake } from '../src/subgraph';

const P07 = demoParticipantId('p07');
const P01 = demoParticipantId('p01');

const entry = (overrides: Partial<AuditRecord> = {}): AuditRecord => ({
  sub: 'case-worker',
  roles: ['case-worker'],
  participantId: P07,
  category: 'PATH',
  at: '2026-11-23T10:00:00.000Z',
  operationName: 'ParticipantPath',
  requestId: randomUUID(),
  subgraph: 'intake',
  ...overrides,
});

describe('the audit log in the hub', () => {
  let database: TestDatabase;
  let intake: RunningIntake;
  let gatewayKey: SigningKey;
  let auditUrl: string;
  const sql = createSqlCounter();

  beforeAll(async () => {
    gatewayKey = await generateSigningKey('EdDSA');
    database = await createTestDatabase('intake_audit');
    intake = await startIntakeSubgraph({
      database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath, onQuery: sql.onQuery },
      seedDemoData: true,
      followFeeds: false,
      trust: { publicKey: gatewayKey.publicJwk },
    });
    auditUrl = intake.url.replace(/\/graphql$/, '/audit');
  });
  afterAll(async () => {
    await intake?.stop();
    await database?.drop();
  });

  const tokenAs = (caller: Caller, audience = 'intake', key = gatewayKey) =>
    signCallerToken(key, { audience, caller, requestId: randomUUID() });
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(auditUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { [CALLER_HEADER]: token }) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const count = () => intake.orm.em.fork().count(AuditEntry, {});
  const query = async (caller: Caller, source: string, variables?: Record<string, unknown>) =>
    graphqlRequest<Record<string, { nodes: Record<string, unknown>[]; totalCount: number } | null>>(
      intake.url,
      source,
      variables,
      { [CALLER_HEADER]: await tokenAs(caller) },
    );

  it('refuses a write without the gateway’s own token, and writes nothing', async () => {
    const before = await count();
    const other = await generateSigningKey('EdDSA');
    const refusals = [
      { what: 'no token', answer: await post({ entries: [entry()] }) },
      { what: 'another key', answer: await post({ entries: [entry()] }, await tokenAs(AUDIT_WRITER, 'intake', other)) },
      { what: 'another audience', answer: await post({ entries: [entry()] }, await tokenAs(AUDIT_WRITER, 'arba')) },
      {
        what: 'a person’s token, as the gateway forwards it',
        answer: await post({ entries: [entry()] }, await tokenAs({ sub: 'case-worker', roles: ['case-worker'] })),
      },
      {
        what: 'the gateway’s name without the service role',
        answer: await post({ entries: [entry()] }, await tokenAs({ sub: AUDIT_WRITER.sub, roles: ['case-worker'] })),
      },
    ].map(({ what, answer }) => ({
      what,
      status: answer.status,
      code: (answer.body.errors as { extensions: { code: string } }[])[0]?.extensions.code,
    }));
    expect(refusals).toEqual([
      { what: 'no token', status: 401, code: 'UNAUTHENTICATED' },
      { what: 'another key', status: 401, code: 'UNAUTHENTICATED' },
      { what: 'another audience', status: 401, code: 'UNAUTHENTICATED' },
      { what: 'a person’s token, as the gateway forwards it', status: 403, code: 'FORBIDDEN' },
      { what: 'the gateway’s name without the service role', status: 403, code: 'FORBIDDEN' },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a malformed entry and writes none of the request’s entries', async () => {
    const before = await count();
    const answer = await post(
      { entries: [entry(), entry({ participantId: 'p07' }), entry({ category: 'GOSSIP' as never })] },
      await tokenAs(AUDIT_WRITER),
    );
    expect(answer.status).toBe(400);
    expect(
      (answer.body.errors as { extensions: { fields: { field: string }[] } }[])[0].extensions.fields,
    ).toMatchObject([
      { field: 'entries.1.participantId', message: expect.any(String) },
      { field: 'entries.2.category', message: expect.any(String) },
    ]);
    expect((await post({ entries: [] }, await tokenAs(AUDIT_WRITER))).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('appends the gateway’s entries, and the participant, not the case worker, lists them newest first', async () => {
    const first = entry({ at: '2026-11-23T10:00:00.000Z', category: 'IDENTITY' });
    const second = entry({ at: '2026-11-23T11:00:00.000Z', category: 'PROVIDER_DETAIL', subgraph: 'day-services' });
    const elsewhere = entry({ participantId: P01, sub: 'provider-staff-day-services', roles: ['provider-staff'] });
    const answer = await post({ entries: [first, second, elsewhere] }, await tokenAs(AUDIT_WRITER));
    expect(answer).toEqual({ status: 201, body: { recorded: 3 } });

    const applicant: Caller = { sub: 'applicant', roles: ['applicant'], participantIds: [P07] };
    const LOG = `query ($id: ID!) { participant(id: $id) { readLog(first: 10) { totalCount nodes {
      readerSub readerRoles category readAt operationName requestId subgraph } } } }`;
    const own = await query(applicant, LOG, { id: P07 });
    expect(own.errors).toBeUndefined();
    const log = (own.data?.participant as unknown as { readLog: { nodes: unknown[]; totalCount: number } }).readLog;
    expect(log.totalCount).toBe(2);
    expect(log.nodes).toEqual([
      {
        readerSub: 'case-worker',
        readerRoles: ['case-worker'],
        category: 'PROVIDER_DETAIL',
        readAt: '2026-11-23T11:00:00.000Z',
        operationName: 'ParticipantPath',
        requestId: second.requestId,
        subgraph: 'day-services',
      },
      expect.objectContaining({ category: 'IDENTITY', readAt: '2026-11-23T10:00:00.000Z' }),
    ]);

    const AUDIT_LOG = `query ($id: ID!) { auditLog(participantId: $id, first: 10) { totalCount nodes { readerSub category } } }`;
    const officer = await query({ sub: 'privacy-officer', roles: ['privacy-officer'] }, AUDIT_LOG, { id: P01 });
    expect(officer.data?.auditLog).toEqual({
      totalCount: 1,
      nodes: [{ readerSub: 'provider-staff-day-services', category: 'PATH' }],
    });
    // The case worker reads the participant but not who else read them; an applicant only their own log.
    for (const [caller, id] of [
      [{ sub: 'case-worker', roles: ['case-worker'] }, P07],
      [applicant, P01],
      [{ sub: 'guardian', roles: ['guardian'], participantIds: [P01] }, P07],
    ] as [Caller, string][]) {
      const refused = await query(caller, AUDIT_LOG, { id });
      expect({ sub: caller.sub, code: refused.errors?.[0]?.extensions?.code }).toEqual({
        sub: caller.sub,
        code: 'FORBIDDEN',
      });
    }
  });

  it('writes a large request’s reads in one statement, so the log costs the same for 1 or 5000 participants', async () => {
    const before = await count();
    const many = Array.from({ length: 5000 }, (_, i) =>
      entry({ participantId: randomUUID(), category: i % 2 ? 'NAV' : 'PATH', operationName: null }),
    );
    sql.reset();
    expect(await post({ entries: many }, await tokenAs(AUDIT_WRITER))).toEqual({
      status: 201,
      body: { recorded: 5000 },
    });
    expect(sql.count).toBe(1);
    expect(await count()).toBe(before + 5000);
    const stored = await intake.orm.em.fork().findOneOrFail(AuditEntry, { participantId: many[4999].participantId });
    expect(stored).toMatchObject({
      readerSub: 'case-worker',
      roles: 'case-worker',
      category: 'NAV',
      readAt: new Date('2026-11-23T10:00:00.000Z'),
      operationName: null,
      requestId: many[4999].requestId,
      subgraph: 'intake',
    });
  });

  it('the database refuses to change or delete an entry', async () => {
    await post({ entries: [entry({ operationName: 'Tamper' })] }, await tokenAs(AUDIT_WRITER));
    const connection = intake.orm.em.getConnection();
    const postgres = intake.orm.config.getDriver().constructor.name === 'PostgreSqlDriver';
    const table = postgres ? '"audit_entry"' : '`audit_entry`';
    await expect(connection.execute(`update ${table} set reader_sub = 'nobody'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute(`delete from ${table}`)).rejects.toThrow(/append-only/);
    if (postgres) await expect(connection.execute(`truncate ${table}`)).rejects.toThrow(/append-only/);
    const em = intake.orm.em.fork();
    const row = await em.findOneOrFail(AuditEntry, { operationName: 'Tamper' });
    em.remove(row);
    await expect(em.flush()).rejects.toThrow(/append-only/);
    expect(await intake.orm.em.fork().count(AuditEntry, { operationName: 'Tamper' })).toBe(1);
    expect(await intake.orm.em.fork().count(AuditEntry, { readerSub: 'nobody' })).toBe(0);
  });
});
