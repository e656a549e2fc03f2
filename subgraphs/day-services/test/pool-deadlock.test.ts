import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { describeProviderSweep, type SetupAs } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { dayServices } from '../src/subgraph';
import { demoGroupId } from '../src/seed/groups';
import { DAY_SERVICES_PROVIDER_ID } from '../src/seed/seed';
import { startTestDayServices } from './support';

const cafe = demoGroupId('kafe');

function cases(asCaseWorker: SetupAs) {
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
    changeDayServicesPlacementDays: async () => {
      const { startDayServicesPlacement: placement } = await asCaseWorker<{
        startDayServicesPlacement: { id: string; version: number };
      }>(
        `mutation ($input: DayServicesStartPlacementInput!) { startDayServicesPlacement(input: $input) { id version } }`,
        start(),
      );
      return { input: { placementId: placement.id, daysPerWeek: 3, expectedVersion: placement.version } };
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

/** Issue 10, at the day services: every mutation of its schema as every caller of every role it allows. */
describeProviderSweep({
  audience: 'day-services',
  providerId: DAY_SERVICES_PROVIDER_ID,
  people: {
    applicantOf: demoParticipantId('p01'),
    guardianOf: [demoParticipantId('p02')],
    otherProvider: 'baerum-arbeidssenter',
  },
  schema: dayServices.createSchema,
  start: ({ trust, orgno, acquireTimeoutMillis }) =>
    startTestDayServices({ trust, settings: { orgno }, acquireTimeoutMillis }),
  cases,
});
