/**
 * Who may read and change Arba's participations (docs/security.md, "Arba VTA goals and evaluations, AFT periods
 * and outcome" and "Supervisors' names"), tried against the real subgraph with service trust on: every request
 * carries a caller signed as the gateway (or the hub) would sign it, and each scope of `arbaScope` is tried on the
 * single row (`Placement.arba` through `_entities`), on many rows at once, on staff names and on every mutation.
 */
import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import {
  CALLER_HEADER,
  generateSigningKey,
  serviceIssuer,
  signCallerToken,
  type Caller,
  type SigningKey,
} from '@veiinn/kit';
import { graphqlRequest, type GraphQLResponse } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ArbaMeasure } from '../src/common/enums';
import { VtaGoal } from '../src/goal/goal.entity';
import { ArbaParticipation } from '../src/participation/participation.entity';
import { ArbaSupervisor } from '../src/supervisor/supervisor.entity';
import { startTestArba, stateOf, type TestArba } from './support';

/** Arba's organisation number in this test: synthetic (real ones begin with 8 or 9). */
const ARBA_ORGNO = '100000042';

/** A VTA placement with goals, and an AFT placement that ended with an outcome; and whose they are. */
const VTA = demoPlacementId('arba-30');
const AFT = demoPlacementId('arba-43');
const vtaOwner = demoParticipantId('p30');
const aftOwner = demoParticipantId('p43');

const caller = (roles: string[], claims: Partial<Caller> = {}): Caller => ({
  sub: `test-${roles[0]}`,
  roles,
  ...claims,
});

/** The callers of the matrix, each with what it may see: `all` rows, `own` rows, `aft` rows (NAV), or `none`. */
const PUBLIC = caller(['public']);
const CASE_WORKER = caller(['case-worker']);
const ARBA_STAFF = caller(['provider-staff'], { providerId: 'arba' });
const OTHER_STAFF = caller(['provider-staff'], { providerId: 'baerum-arbeidssenter' });
const ARBA_PARTNER = caller(['partner-system'], { orgno: ARBA_ORGNO, scope: 'offers:read' });
const OTHER_PARTNER = caller(['partner-system'], { orgno: '100000001', scope: 'offers:read' });
const NAV_STAFF = caller(['nav-staff']);
const ANALYST = caller(['analyst']);
const PRIVACY_OFFICER = caller(['privacy-officer']);

const ENTITIES = `query Placements($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Placement { id arba { id participantId measure outcome endDate aftPeriods { kind } } }
  }
}`;
const DETAIL = `query Detail($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Placement { arba { id hoursPerWeek municipality arena { id } goals { description evaluations { result } } } }
  }
}`;
const NAMES = '{ arbaArenas { id supervisors { id name } } }';

/** What the tests read of an answer: plain JSON, narrowed by the expectations themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes; each test asserts its own
type Json = Record<string, any>;
type Names = { arbaArenas: { id: string; supervisors: { id: string; name: string | null }[] }[] };

type Row = { id: string; participantId: string; measure: string; outcome: string | null } | null;

describe('who may read and change Arba participations', () => {
  let arba: TestArba;
  let gatewayKey: SigningKey;
  let hubKey: SigningKey;
  /** The demo rows, read from the database: every placement id, and whose and which measure each is. */
  let rows: ArbaParticipation[];

  beforeAll(async () => {
    [gatewayKey, hubKey] = await Promise.all([generateSigningKey('EdDSA'), generateSigningKey('EdDSA')]);
    arba = await startTestArba({
      settings: { orgno: ARBA_ORGNO },
      trust: {
        publicKey: gatewayKey.publicJwk,
        services: [{ issuer: serviceIssuer('intake'), publicKey: hubKey.publicJwk }],
      },
    });
    rows = await arba.orm.em.fork().find(ArbaParticipation, {}, { orderBy: { id: 'asc' } });
    // The owners above are the seeded ones: a test of "own" against a wrong id would pass for the wrong reason.
    expect(rows.find((r) => r.id === VTA)?.participantId).toBe(vtaOwner);
    expect(rows.find((r) => r.id === AFT)?.participantId).toBe(aftOwner);
  });
  afterAll(() => arba?.stop());

  /** Sends one operation as `who`, signed by the gateway; `service` calls are signed by the hub, as it places. */
  async function as<T = Json>(
    who: Caller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const fromHub = who.roles.includes('service');
    const token = await signCallerToken(fromHub ? hubKey : gatewayKey, {
      audience: 'arba',
      caller: who,
      requestId: randomUUID(),
      ...(fromHub && { issuer: serviceIssuer('intake') }),
    });
    return graphqlRequest<T>(arba.url, query, variables, { [CALLER_HEADER]: token });
  }

  const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'Placement', id }));
  async function placements(who: Caller, ids: string[]): Promise<Row[]> {
    const result = await as<{ _entities: { id: string; arba: Row }[] }>(who, ENTITIES, { r: representations(ids) });
    expect(result.errors).toBeUndefined();
    return result.data!._entities.map((e) => e.arba);
  }

  describe('one placement (`Placement.arba` through `_entities`)', () => {
    it.each([
      ['no one (trust on, public)', PUBLIC],
      ['staff of another provider', OTHER_STAFF],
      ["another organisation's partner system", OTHER_PARTNER],
      ['the analyst', ANALYST],
      ['the privacy officer', PRIVACY_OFFICER],
    ])('answers null to %s, for VTA and AFT alike', async (_who, who) => {
      expect(await placements(who, [VTA, AFT])).toEqual([null, null]);
    });

    it.each([
      ['the case worker', CASE_WORKER],
      ["Arba's own staff", ARBA_STAFF],
      ["Arba's partner system, by organisation number", ARBA_PARTNER],
      ['the hub (service)', caller(['service'])],
    ])('shows every placement, with its detail, to %s', async (_who, who) => {
      expect(await placements(who, [VTA, AFT])).toEqual([
        expect.objectContaining({ id: VTA, participantId: vtaOwner, measure: 'VTA' }),
        expect.objectContaining({ id: AFT, participantId: aftOwner, measure: 'AFT', outcome: 'WORK' }),
      ]);
      const detail = await as(who, DETAIL, { r: representations([VTA]) });
      expect(detail.errors).toBeUndefined();
      expect(detail.data!._entities[0].arba).toMatchObject({
        id: VTA,
        hoursPerWeek: expect.any(Number),
        arena: { id: 'montering' },
        goals: expect.arrayContaining([expect.objectContaining({ evaluations: expect.any(Array) })]),
      });
      expect(detail.data!._entities[0].arba.goals.length).toBeGreaterThan(0);
    });

    it.each([
      ['an applicant', 'applicant'],
      ['a guardian', 'guardian'],
    ])("shows %s their own participant's placement, and no one else's", async (_who, role) => {
      const who = caller([role], { participantIds: [vtaOwner] });
      expect(await placements(who, [VTA, AFT])).toEqual([expect.objectContaining({ id: VTA }), null]);
      const detail = await as(who, DETAIL, { r: representations([VTA]) });
      expect(detail.errors).toBeUndefined();
      expect(detail.data!._entities[0].arba.goals.length).toBeGreaterThan(0);
    });

    it("shows NAV's staff AFT placements with their periods and outcome, and no VTA placement", async () => {
      const [vta, aft] = await placements(NAV_STAFF, [VTA, AFT]);
      expect(vta).toBeNull();
      expect(aft).toEqual({
        id: AFT,
        participantId: aftOwner,
        measure: 'AFT',
        outcome: 'WORK',
        endDate: '2025-10-03',
        aftPeriods: [{ kind: 'INITIAL' }],
      });
    });

    it.each(['hoursPerWeek', 'municipality', 'version', 'arena { id }', 'goals { description }'])(
      "refuses NAV's staff an AFT placement's %s: FORBIDDEN on the field's path, and nothing of it gets out",
      async (field) => {
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Placement { arba { id ${field} } } } }`;
        const result = await as(NAV_STAFF, query, { r: representations([AFT]) });
        const name = field.split(' ')[0];
        expect(result.errors?.map((e) => [e.extensions?.code, e.path?.slice(2).join('.')])).toEqual([
          ['FORBIDDEN', `arba.${name}`],
        ]);
        // The fields are non-null: the refusal nulls the placement, so no value of the field is in the answer.
        expect(result.data?._entities?.[0]?.arba ?? null).toBeNull();
      },
    );
  });

  describe('many placements at once', () => {
    /** What each caller must get of all the demo rows, counted from the database. */
    const expected = (kind: 'all' | 'own' | 'aft' | 'none', own: string[] = []) =>
      rows.filter((r) =>
        kind === 'all'
          ? true
          : kind === 'own'
            ? own.includes(r.participantId)
            : kind === 'aft'
              ? r.measure === ArbaMeasure.AFT
              : false,
      );

    it.each([
      ['the case worker', CASE_WORKER, 'all'],
      ["Arba's own staff", ARBA_STAFF, 'all'],
      ["NAV's staff", NAV_STAFF, 'aft'],
      ['staff of another provider', OTHER_STAFF, 'none'],
      ['the analyst', ANALYST, 'none'],
    ] as const)('answers %s exactly the rows of its scope, as many as the database has', async (_who, who, kind) => {
      const ids = [...rows.map((r) => r.id), randomUUID()];
      const answer = await placements(who, ids);
      const visible = answer.filter((r): r is NonNullable<Row> => r !== null);
      const want = expected(kind);
      expect(visible.map((r) => r.id).sort()).toEqual(want.map((r) => r.id).sort());
      // The one that is not Arba's is null for everyone; every visible row is in the place it was asked for.
      expect(answer[ids.length - 1]).toBeNull();
      answer.forEach((row, i) => row && expect(row.id).toBe(ids[i]));
    });

    it('answers a guardian of two participants the rows of both, and only theirs', async () => {
      const guardian = caller(['guardian'], { participantIds: [vtaOwner, aftOwner] });
      const visible = (
        await placements(
          guardian,
          rows.map((r) => r.id),
        )
      ).filter(Boolean);
      expect(visible.map((r) => r!.id).sort()).toEqual(
        expected('own', [vtaOwner, aftOwner])
          .map((r) => r.id)
          .sort(),
      );
      expect(visible.length).toBeGreaterThanOrEqual(2);
    });
  });

  describe("supervisors' names", () => {
    it.each([
      ['the case worker', CASE_WORKER],
      ["Arba's own staff", ARBA_STAFF],
      ["Arba's partner system", ARBA_PARTNER],
    ])('are shown to %s', async (_who, who) => {
      const result = await as<Names>(who, NAMES);
      expect(result.errors).toBeUndefined();
      const names = result.data!.arbaArenas.flatMap((a) => a.supervisors.map((s) => s.name));
      const stored = await arba.orm.em.fork().count(ArbaSupervisor, {});
      expect(names).toHaveLength(stored);
      expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    });

    it.each([
      ['staff of another provider', OTHER_STAFF],
      ["another organisation's partner system", OTHER_PARTNER],
      ['an applicant', caller(['applicant'], { participantIds: [vtaOwner] })],
      ["NAV's staff", NAV_STAFF],
      ['the public', PUBLIC],
    ])('are null for %s, while the supervisors themselves (and the ratios) stay', async (_who, who) => {
      const result = await as<Names>(who, NAMES);
      expect(result.errors).toBeUndefined();
      const supervisors = result.data!.arbaArenas.flatMap((a) => a.supervisors);
      expect(supervisors.length).toBe(await arba.orm.em.fork().count(ArbaSupervisor, {}));
      expect(supervisors.every((s) => s.name === null && typeof s.id === 'string')).toBe(true);
    });
  });

  describe('writes', () => {
    const START = `mutation($input: ArbaStartParticipationInput!) { startArbaParticipation(input: $input) { id participantId } }`;
    const END = `mutation($input: ArbaEndParticipationInput!) { endArbaParticipation(input: $input) { id endDate } }`;
    const EXTEND = `mutation($input: ArbaExtendAftPeriodInput!) { extendArbaAftPeriod(input: $input) { id aftGrantedUntil } }`;
    const SET_GOAL = `mutation($input: ArbaSetVtaGoalInput!) { setArbaVtaGoal(input: $input) { id description } }`;
    const EVALUATE = `mutation($input: ArbaEvaluateVtaGoalInput!) { evaluateArbaVtaGoal(input: $input) { id } }`;
    const HOURS = `mutation($input: ArbaChangeParticipationHoursInput!) { changeArbaParticipationHours(input: $input) { id hoursPerWeek } }`;

    const startInput = () => ({
      participantId: randomUUID(),
      offerId: demoOfferId('arba-vta'),
      arenaId: 'grafisk',
      hoursPerWeek: 20,
      startDate: '2026-12-01',
    });
    const versionOf = async (id: string) => (await arba.orm.em.fork().findOneOrFail(ArbaParticipation, { id })).version;
    /** Every mutation with valid input: a refusal is for the role, never for the input. */
    const writes = async (): Promise<[string, string, Record<string, unknown>][]> => {
      const goal = await arba.orm.em
        .fork()
        .findOneOrFail(VtaGoal, { participation: VTA }, { orderBy: { setOn: 'desc' } });
      return [
        ['start', START, startInput()],
        ['end', END, { participationId: VTA, endDate: '2026-11-30', expectedVersion: await versionOf(VTA) }],
        [
          'extend',
          EXTEND,
          {
            participationId: demoPlacementId('arba-41'),
            endDate: '2027-06-30',
            expectedVersion: await versionOf(demoPlacementId('arba-41')),
          },
        ],
        ['set goal', SET_GOAL, { participationId: VTA, description: 'Lage kaffe til pausen.' }],
        ['evaluate', EVALUATE, { goalId: goal.id, date: '2026-11-20', result: 'PARTLY' }],
        ['hours', HOURS, { participationId: VTA, hoursPerWeek: 24, expectedVersion: await versionOf(VTA) }],
      ];
    };

    it.each([
      ['the public', PUBLIC],
      ['an applicant, for their own placement', caller(['applicant'], { participantIds: [vtaOwner] })],
      ['a guardian, for their ward', caller(['guardian'], { participantIds: [vtaOwner] })],
      ["NAV's staff", NAV_STAFF],
      ['the analyst', ANALYST],
      ['staff of another provider', OTHER_STAFF],
      ["another organisation's partner system", OTHER_PARTNER],
      ['the privacy officer', PRIVACY_OFFICER],
    ])('refuses %s every mutation with FORBIDDEN, and nothing changes', async (_who, who) => {
      for (const [what, mutation, input] of await writes()) {
        const before = await stateOf(arba);
        const result = await as(who, mutation, { input });
        expect({ what, codes: (result.errors ?? []).map((e) => e.extensions?.code) }).toEqual({
          what,
          codes: ['FORBIDDEN'],
        });
        expect(await stateOf(arba)).toEqual(before);
      }
    });

    it('refuses before it checks the input: a bad start is FORBIDDEN, not BAD_USER_INPUT, for a refused role', async () => {
      const result = await as(OTHER_STAFF, START, { input: { ...startInput(), participantId: 'not-a-uuid' } });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it.each([
      ['the case worker', CASE_WORKER],
      ["Arba's own staff", ARBA_STAFF],
      ["Arba's partner system", ARBA_PARTNER],
      ['the hub (service), placing a decided place', caller(['service'], { actingFor: 'case-worker' })],
    ])('lets %s start a participation and set a goal', async (_who, who) => {
      const input = startInput();
      const started = await as(who, START, { input });
      expect(started.errors).toBeUndefined();
      expect(started.data!.startArbaParticipation.participantId).toBe(input.participantId);
      const goal = await as(who, SET_GOAL, {
        input: { participationId: started.data!.startArbaParticipation.id, description: 'Møte presis.' },
      });
      expect(goal.errors).toBeUndefined();
      expect(goal.data!.setArbaVtaGoal.description).toBe('Møte presis.');
    });

    it("lets Arba's staff extend an AFT period and evaluate a goal, and the case worker end a placement", async () => {
      const [, end, extend, , evaluate, hours] = await writes();
      const changed = await as(ARBA_STAFF, hours[1], { input: hours[2] });
      expect(changed.errors).toBeUndefined();
      expect(changed.data!.changeArbaParticipationHours.hoursPerWeek).toBe(24);
      end[2].expectedVersion = await versionOf(VTA);
      const extended = await as(ARBA_STAFF, extend[1], { input: extend[2] });
      expect(extended.errors).toBeUndefined();
      expect(extended.data!.extendArbaAftPeriod.aftGrantedUntil).toBe('2027-06-30');
      const evaluated = await as(ARBA_STAFF, evaluate[1], { input: evaluate[2] });
      expect(evaluated.errors).toBeUndefined();
      const ended = await as(CASE_WORKER, end[1], { input: end[2] });
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.endArbaParticipation.endDate).toBe('2026-11-30');
    });
  });
});
