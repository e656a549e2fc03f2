import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { describeProviderSweep, type SetupAs } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { arba } from '../src/subgraph';
import { startTestArba, TEST_TODAY } from './support';

const START = `mutation ($input: ArbaStartParticipationInput!) { startArbaParticipation(input: $input) { id version } }`;
type Started = { startArbaParticipation: { id: string; version: number } };

function cases(asCaseWorker: SetupAs) {
  /** A new participant's start (VTA at the graphics arena, or AFT at local businesses), from December. */
  const start = (measure: 'vta' | 'aft' = 'vta') => ({
    input: {
      participantId: randomUUID(),
      offerId: demoOfferId(`arba-${measure}`),
      arenaId: measure === 'vta' ? 'grafisk' : 'lokale-bedrifter',
      hoursPerWeek: 20,
      startDate: '2026-12-01',
    },
  });
  /** A running participation of the case worker's, for a caller to change. */
  const participation = async (measure: 'vta' | 'aft' = 'vta') =>
    (await asCaseWorker<Started>(START, start(measure))).startArbaParticipation;
  return {
    startArbaParticipation: () => start(),
    endArbaParticipation: async () => {
      const { id, version } = await participation();
      return { input: { participationId: id, endDate: '2026-12-31', expectedVersion: version } };
    },
    changeArbaParticipationHours: async () => {
      const { id, version } = await participation();
      return { input: { participationId: id, hoursPerWeek: 25, expectedVersion: version } };
    },
    // The initial year ends on 30 November 2027; the extension may run a year from the day after.
    extendArbaAftPeriod: async () => {
      const { id, version } = await participation('aft');
      return { input: { participationId: id, endDate: '2028-06-30', expectedVersion: version } };
    },
    setArbaVtaGoal: async () => ({
      input: { participationId: (await participation()).id, description: 'Møte presis.' },
    }),
    // A goal set today, evaluated today: the only day neither before it was set nor in the future.
    evaluateArbaVtaGoal: async () => {
      const { setArbaVtaGoal: goal } = await asCaseWorker<{ setArbaVtaGoal: { id: string } }>(
        `mutation ($input: ArbaSetVtaGoalInput!) { setArbaVtaGoal(input: $input) { id } }`,
        { input: { participationId: (await participation()).id, description: 'Lage kaffe til pausen.' } },
      );
      return { input: { goalId: goal.id, date: TEST_TODAY, result: 'PARTLY' } };
    },
  };
}

/** Issue 10, at Arba: every mutation of its schema as every caller of every role it allows. */
describeProviderSweep({
  audience: 'arba',
  providerId: 'arba',
  people: {
    applicantOf: demoParticipantId('p30'),
    guardianOf: [demoParticipantId('p43')],
    otherProvider: 'baerum-arbeidssenter',
  },
  schema: arba.createSchema,
  start: ({ trust, orgno, acquireTimeoutMillis }) =>
    startTestArba({ trust, settings: { orgno }, acquireTimeoutMillis }),
  cases,
});
