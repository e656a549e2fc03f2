/**
 * NAV's own working lists on a measure instance, for the NAV staff workspace: its records by status
 * (`statusCounts`) and its records (`records`). NAV's staff only, with service trust on; one statement for each of
 * them however many instances a request lists.
 */
import { CALLER_HEADER, generateSigningKey, signCallerToken, type Caller, type SigningKey } from '@veiinn/kit';
import { createSqlCounter, createTestDatabase, graphqlRequest, type TestDatabase } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { startNavSubgraph, type RunningNav } from '../src/subgraph';
import { seededIdents } from './fixtures';

const LISTS = `query($provider: String) {
  navMeasureInstances(providerOrganisation: $provider) {
    id participants waiting
    statusCounts { status count }
    records { id status startDate extent { percent } }
  }
}`;
type Instance = {
  id: string;
  participants: number;
  waiting: number;
  statusCounts: { status: string; count: number }[];
  records: { id: string; status: string }[];
};
const caller = (roles: string[], claims: Partial<Caller> = {}): Caller => ({
  sub: `test-${roles[0]}`,
  roles,
  ...claims,
});

describe("NAV's working lists on a measure instance", () => {
  let database: TestDatabase;
  let nav: RunningNav;
  let gatewayKey: SigningKey;
  const sql = createSqlCounter();

  beforeAll(async () => {
    gatewayKey = await generateSigningKey('EdDSA');
    database = await createTestDatabase('nav-staff-lists');
    nav = await startNavSubgraph({
      database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath, onQuery: sql.onQuery },
      seedDemoData: true,
      trust: { publicKey: gatewayKey.publicJwk },
    });
  });
  afterAll(async () => {
    await nav?.stop();
    await database?.drop();
  });

  async function as(who: Caller, provider?: string) {
    const token = await signCallerToken(gatewayKey, { audience: 'nav', caller: who, requestId: randomUUID() });
    return graphqlRequest<{ navMeasureInstances: Instance[] }>(
      nav.url,
      LISTS,
      { provider: provider ?? null },
      { [CALLER_HEADER]: token },
    );
  }

  it("shows NAV's staff every live record of each instance, and the counts by status agree with them", async () => {
    const result = await as(caller(['nav-staff']));
    expect(result.errors).toBeUndefined();
    const instances = result.data!.navMeasureInstances;
    const stored = await nav.orm.em.fork().find(NavParticipantRecord, { deletedAt: null });
    expect(stored.length).toBeGreaterThan(0);
    expect(instances.flatMap((i) => i.records.map((r) => r.id)).sort()).toEqual(stored.map((r) => r.id).sort());
    for (const instance of instances) {
      const byStatus = new Map<string, number>();
      for (const record of instance.records) byStatus.set(record.status, (byStatus.get(record.status) ?? 0) + 1);
      expect(Object.fromEntries(instance.statusCounts.map((c) => [c.status, c.count]))).toEqual(
        Object.fromEntries(byStatus),
      );
      expect(instance.statusCounts.find((c) => c.status === 'DELTAR')?.count ?? 0).toBe(instance.participants);
      expect(instance.statusCounts.find((c) => c.status === 'VENTELISTE')?.count ?? 0).toBe(instance.waiting);
    }
    // The person is never in it.
    for (const ident of seededIdents) expect(JSON.stringify(result.data)).not.toContain(ident);
  });

  it.each([
    ['the case worker', caller(['case-worker'])],
    ['the analyst', caller(['analyst'])],
    ['the privacy officer', caller(['privacy-officer'])],
    ["Arba's staff", caller(['provider-staff'], { providerId: 'arba' })],
    ['an applicant', caller(['applicant'], { participantIds: [randomUUID()] })],
  ])('refuses %s with FORBIDDEN on both fields', async (_who, who) => {
    const result = await as(who);
    expect(result.data).toBeNull();
    expect(new Set(result.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect(result.errors?.[0].message).toMatch(/Bare NAVs ansatte/);
  });

  it('costs the same number of statements for one provider and for every instance', async () => {
    // Warm: a first request may pay once for what a connection or the process keeps (PostgreSQL's first statement).
    await as(caller(['nav-staff']), 'arba');
    sql.reset();
    const one = await as(caller(['nav-staff']), 'arba');
    const few = sql.count;
    sql.reset();
    const all = await as(caller(['nav-staff']));
    expect(all.data!.navMeasureInstances.length).toBeGreaterThan(one.data!.navMeasureInstances.length);
    expect(sql.count).toBe(few);
  });
});
