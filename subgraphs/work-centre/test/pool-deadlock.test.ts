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
import { createWorkCentreSchema } from '../src/schema';
import { WORK_CENTRE_PROVIDER_ID } from '../src/seed/demo';
import { seedGroupId } from '../src/seed/seed';
import { startTestWorkCentre } from './support';

/** Issue 10, at the work centre: every mutation of its schema as every caller of every role it allows. */
const callers = callersByRole(
  callerCases(WORK_CENTRE_PROVIDER_ID, {
    applicantOf: demoParticipantId('p11'),
    guardianOf: [demoParticipantId('p21')],
    otherProvider: 'baerum-kommunale-dagtilbud',
  }),
);

function cases(send: SweepSend) {
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
    const variables = start();
    const answer = await send(
      callers[Role.CASE_WORKER][0],
      `mutation ($input: WorkCentreStartPlacementInput!) { startWorkCentrePlacement(input: $input) { id version } }`,
      variables,
    );
    const started = (answer.data as { startWorkCentrePlacement?: { id: string; version: number } } | null)
      ?.startWorkCentrePlacement;
    if (!started) throw new Error(`setup: ${JSON.stringify(answer.errors)}`);
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

describe("a read inside a write uses the write's transaction (no pool deadlock)", () => {
  itSweepsEveryMutation({
    schema: createWorkCentreSchema,
    callers,
    start: (acquireTimeoutMillis) =>
      signedTarget('work-centre', (trust) =>
        startTestWorkCentre({ trust, settings: { orgno: OWN_ORGNO }, acquireTimeoutMillis }),
      ),
    cases,
  });
});
