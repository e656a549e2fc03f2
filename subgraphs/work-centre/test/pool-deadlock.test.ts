import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { describeProviderSweep, type SetupAs } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { workCentre } from '../src/subgraph';
import { WORK_CENTRE_PROVIDER_ID } from '../src/seed/demo';
import { seedGroupId } from '../src/seed/seed';
import { startTestWorkCentre } from './support';

function cases(asCaseWorker: SetupAs) {
  let year = 2031;
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
    const { startWorkCentrePlacement: started } = await asCaseWorker<{
      startWorkCentrePlacement: { id: string; version: number };
    }>(
      `mutation ($input: WorkCentreStartPlacementInput!) { startWorkCentrePlacement(input: $input) { id version } }`,
      start(),
    );
    return { placementId: started.id, expectedVersion: started.version, year: year - 1 };
  }
  return {
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
}

/** Issue 10, at the work centre: every mutation of its schema as every caller of every role it allows. */
describeProviderSweep({
  audience: 'work-centre',
  providerId: WORK_CENTRE_PROVIDER_ID,
  people: {
    applicantOf: demoParticipantId('p11'),
    guardianOf: [demoParticipantId('p21')],
    otherProvider: 'baerum-kommunale-dagtilbud',
  },
  schema: workCentre.createSchema,
  start: ({ trust, orgno, acquireTimeoutMillis }) =>
    startTestWorkCentre({ trust, settings: { orgno }, acquireTimeoutMillis }),
  cases,
});
