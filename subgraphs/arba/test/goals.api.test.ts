import { demoPlacementId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { VtaGoal } from '../src/goal/goal.entity';
import { startTestArba, stateOf, TEST_TODAY, type TestArba } from './support';

const GOAL = 'id description setOn nextEvaluationDue evaluationDue evaluations { date result note }';
const SET = `mutation Set($input: ArbaSetVtaGoalInput!) { setArbaVtaGoal(input: $input) { ${GOAL} } }`;
const EVALUATE = `mutation Evaluate($input: ArbaEvaluateVtaGoalInput!) { evaluateArbaVtaGoal(input: $input) { ${GOAL} } }`;

type Goal = {
  id: string;
  description: string;
  setOn: string;
  nextEvaluationDue: string;
  evaluationDue: boolean;
  evaluations: { date: string; result: string; note: string | null }[];
};

describe('individual VTA goals', () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  async function refused(mutation: string, input: Record<string, unknown>) {
    const before = await stateOf(arba);
    const result = await graphqlRequest(arba.url, mutation, { input });
    expect(result.errors).toHaveLength(1);
    expect(await stateOf(arba)).toEqual(before);
    return result.errors![0].extensions;
  }

  let goal: Goal;

  it('sets a goal today, due for evaluation in six months; nothing for the feed', async () => {
    const before = await stateOf(arba);
    ({ setArbaVtaGoal: goal } = await graphqlData<{ setArbaVtaGoal: Goal }>(arba.url, SET, {
      input: { participationId: demoPlacementId('arba-31'), description: '  Pakke ti kasser frukt på en formiddag. ' },
    }));
    expect(goal).toMatchObject({
      description: 'Pakke ti kasser frukt på en formiddag.',
      setOn: TEST_TODAY,
      nextEvaluationDue: '2027-05-23',
      evaluationDue: false,
      evaluations: [],
    });
    // Goals are not in the placement's feed snapshot: the placement's version and the outbox stay as they were.
    expect(await stateOf(arba)).toEqual({ ...before, goals: before.goals + 1 });
  });

  it('refuses goals for AFT, empty goals and unknown placements', async () => {
    expect(
      await refused(SET, { participationId: demoPlacementId('arba-41'), description: 'Søke på tre jobber.' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'participationId' }] });
    expect(await refused(SET, { participationId: demoPlacementId('arba-31'), description: '   ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'description' }],
    });
    expect(
      await refused(SET, { participationId: demoPlacementId('arba-31'), description: 'x'.repeat(501) }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'description' }],
    });
    const unknown = randomUUID();
    expect(await refused(SET, { participationId: unknown, description: 'Et mål.' })).toMatchObject({
      code: 'NOT_FOUND',
      typeName: 'ArbaPlacement',
      id: unknown,
    });
  });

  it('records an evaluation, and the next one falls due six months after it', async () => {
    const { evaluateArbaVtaGoal } = await graphqlData<{ evaluateArbaVtaGoal: Goal }>(arba.url, EVALUATE, {
      input: { goalId: goal.id, date: TEST_TODAY, result: 'PARTLY', note: ' Sju kasser i dag. ' },
    });
    expect(evaluateArbaVtaGoal).toMatchObject({
      id: goal.id,
      nextEvaluationDue: '2027-05-23',
      evaluations: [{ date: TEST_TODAY, result: 'PARTLY', note: 'Sju kasser i dag.' }],
    });
    // An overdue seeded goal (set in May, never evaluated) is due again in six months once evaluated.
    const overdue = await arba.orm.em.fork().findOneOrFail(VtaGoal, { setOn: '2026-05-11' });
    const { evaluateArbaVtaGoal: evaluated } = await graphqlData<{ evaluateArbaVtaGoal: Goal }>(arba.url, EVALUATE, {
      input: { goalId: overdue.id, date: '2026-11-20', result: 'REACHED' },
    });
    expect(evaluated).toMatchObject({ nextEvaluationDue: '2027-05-20', evaluationDue: false });
    expect(evaluated.evaluations).toEqual([{ date: '2026-11-20', result: 'REACHED', note: null }]);
  });

  it('refuses evaluations before the goal was set or in the future, and unknown goals', async () => {
    expect(await refused(EVALUATE, { goalId: goal.id, date: '2026-11-22', result: 'REACHED' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'date', message: expect.stringContaining('before the goal was set') }],
    });
    expect(await refused(EVALUATE, { goalId: goal.id, date: '2026-11-24', result: 'REACHED' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'date', message: expect.stringContaining('future') }],
    });
    expect(
      await refused(EVALUATE, { goalId: goal.id, date: TEST_TODAY, result: 'REACHED', note: 'x'.repeat(2001) }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note' }] });
    for (const goalId of [randomUUID(), 'goal-1']) {
      expect(await refused(EVALUATE, { goalId, date: TEST_TODAY, result: 'REACHED' })).toMatchObject({
        code: 'NOT_FOUND',
        typeName: 'ArbaVtaGoal',
      });
    }
  });

  it('takes no new goals once the placement has ended', async () => {
    await graphqlData(
      arba.url,
      'mutation($input: ArbaEndParticipationInput!) { endArbaParticipation(input: $input) { id } }',
      { input: { participationId: demoPlacementId('arba-31'), endDate: TEST_TODAY, expectedVersion: 1 } },
    );
    expect(
      await refused(SET, { participationId: demoPlacementId('arba-31'), description: 'Et nytt mål.' }),
    ).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'ALREADY_ENDED',
    });
  });
});
