import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { Role } from '@veiinn/kit';
import {
  callerCases,
  callersByRole,
  itSweepsEveryMutation,
  OWN_ORGNO,
  signedTarget,
  type SweepSend,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { createDayServicesSchema } from '../src/schema';
import { demoGroupId } from '../src/seed/groups';
import { DAY_SERVICES_PROVIDER_ID } from '../src/seed/seed';
import { startTestDayServices } from './support';

/** Issue 10, at the day services: every mutation of its schema as every caller of every role it allows. */
const callers = callersByRole(
  callerCases(DAY_SERVICES_PROVIDER_ID, {
    applicantOf: demoParticipantId('p01'),
    guardianOf: [demoParticipantId('p02')],
    otherProvider: 'baerum-arbeidssenter',
  }),
);
const cafe = demoGroupId('kafe');

function cases(send: SweepSend) {
  const caseWorker = callers[Role.CASE_WORKER][0];
  /** The case worker's answer, or the setup fails (a sweep case changes what its setup made). */
  async function asCaseWorker<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await send(caseWorker, query, variables);
    if (answer.errors?.length || !answer.data) throw new Error(`setup: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  }
  // Each placement in a year of its own, ended in it: none holds a place another one counts.
  let year = 2031;
  const start = () => ({
    input: {
      participantId: randomUUID(),
      offerId: demoOfferId('bjornegard'),
      groupId: demoGroupId('kreativ'),
      daysPerWeek: 2,
      startDate: `${year}-01-06`,
      endDate: `${year++}-12-31`,
    },
  });
  return {
    startDayServicesPlacement: start,
    endDayServicesPlacement: async () => {
      const variables = start();
      const { startDayServicesPlacement: placement } = await asCaseWorker<{
        startDayServicesPlacement: { id: string; version: number };
      }>(
        `mutation ($input: DayServicesStartPlacementInput!) { startDayServicesPlacement(input: $input) { id version } }`,
        variables,
      );
      const endDate = `${variables.input.startDate.slice(0, 4)}-06-30`;
      return { input: { placementId: placement.id, endDate, expectedVersion: placement.version } };
    },
    // One more place each time: a change that needs the occupancy count and the offer's other groups.
    setDayServicesGroupCapacity: async () => {
      const { dayServicesGroups } = await asCaseWorker<{
        dayServicesGroups: { id: string; capacity: number; version: number }[];
      }>('{ dayServicesGroups { id capacity version } }');
      const group = dayServicesGroups.find((g) => g.id === cafe)!;
      return { input: { groupId: cafe, capacity: group.capacity + 1, expectedVersion: group.version } };
    },
  };
}

describe("a read inside a write uses the write's transaction (no pool deadlock)", () => {
  itSweepsEveryMutation({
    schema: createDayServicesSchema,
    callers,
    start: (acquireTimeoutMillis) =>
      signedTarget('day-services', (trust) =>
        startTestDayServices({ trust, settings: { orgno: OWN_ORGNO }, acquireTimeoutMillis }),
      ),
    cases,
  });
});
