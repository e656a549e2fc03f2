import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { Role, type Caller } from '@veiinn/kit';
import {
  callerCases,
  createTestSigners,
  graphqlRequest,
  OWN_ORGNO,
  stuckAnswers,
  sweepMutations,
  type MutationCase,
  type SweepResult,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { createWorkCentreSchema } from '../src/schema';
import { WORK_CENTRE_PROVIDER_ID } from '../src/seed/demo';
import { seedGroupId } from '../src/seed/seed';
import { startTestWorkCentre, type TestWorkCentre } from './support';

/**
 * Issue 10, at the work centre: every mutation of its schema as every caller of every role it allows, on a short
 * acquire timeout. A read on a second connection inside a write would fail at once (the kit refuses it) or after
 * 1.5 s (the pool's one SQLite connection is the transaction's), never hang for a minute.
 */
const ACQUIRE_MS = 1500;

describe("a read inside a write uses the write's transaction (no pool deadlock)", () => {
  let service: TestWorkCentre;
  let results: SweepResult[];
  let send: (caller: Caller, query: string, variables: Record<string, unknown>) => ReturnType<typeof graphqlRequest>;
  let year = 2031;

  const callers: Record<string, Caller[]> = {};
  for (const { caller } of callerCases(WORK_CENTRE_PROVIDER_ID, {
    applicantOf: demoParticipantId('p11'),
    guardianOf: [demoParticipantId('p21')],
    otherProvider: 'baerum-kommunale-dagtilbud',
  }))
    for (const role of caller.roles) (callers[role] ??= []).push(caller);
  const caseWorker = callers[Role.CASE_WORKER][0];

  const start = () => ({
    input: {
      participantId: randomUUID(),
      offerId: demoOfferId('ba-kort'),
      groupId: seedGroupId('ba-kort'),
      hoursPerWeek: 20,
      startDate: `${year}-01-04`,
      endDate: `${year++}-12-31`,
    },
  });
  /** A placement of the case worker's, for a caller to change. */
  async function placement(): Promise<{ placementId: string; expectedVersion: number; year: number }> {
    const variables = start();
    const answer = await send(
      caseWorker,
      `mutation ($input: WorkCentreStartPlacementInput!) { startWorkCentrePlacement(input: $input) { id version } }`,
      variables,
    );
    const started = (answer.data as { startWorkCentrePlacement?: { id: string; version: number } } | null)
      ?.startWorkCentrePlacement;
    if (!started) throw new Error(`setup: ${JSON.stringify(answer.errors)}`);
    return { placementId: started.id, expectedVersion: started.version, year: year - 1 };
  }

  const cases: Record<string, MutationCase> = {
    startWorkCentrePlacement: start,
    changeWorkCentrePlacementHours: async () => {
      const { placementId, expectedVersion } = await placement();
      return { input: { placementId, hoursPerWeek: 25, expectedVersion } };
    },
    endWorkCentrePlacement: async () => {
      const { placementId, expectedVersion, year: at } = await placement();
      return { input: { placementId, endDate: `${at}-06-30`, expectedVersion } };
    },
  };

  beforeAll(async () => {
    const signers = await createTestSigners('work-centre');
    service = await startTestWorkCentre({
      trust: signers.trust,
      settings: { orgno: OWN_ORGNO },
      acquireTimeoutMillis: ACQUIRE_MS,
    });
    send = async (caller, query, variables) =>
      graphqlRequest(service.url, query, variables, await signers.headersFor(caller));
    results = await sweepMutations({
      schema: await createWorkCentreSchema(),
      allRoles: Object.values(Role),
      cases,
      callers,
      send,
    });
  }, 120_000);
  afterAll(() => service.stop());

  it('runs every mutation of the schema, as every caller of every role it allows', () => {
    expect(new Set(results.map((r) => r.field)).size).toBe(Object.keys(cases).length);
    expect(results.filter((r) => r.codes.length === 0).length).toBeGreaterThan(0);
  });

  it('answers each at once, and never with an internal error (a read waiting for a second connection)', () => {
    expect(stuckAnswers(results, ACQUIRE_MS)).toEqual([]);
  });
});
