/**
 * docs/security.md's matrix at the work centre (BA), row by row, with service trust on and a caller token signed as
 * the gateway (or the hub) would: who reads which placements and training plans (through `_entities`), who reads
 * the supervisors' names, and who may write. A refused write is FORBIDDEN and leaves every row as it was.
 */
import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { WorkPlacement } from '../src/placement/placement.entity';
import { seedGroupId } from '../src/seed/seed';
import { WORK_CENTRE_PROVIDER_ID } from '../src/seed/demo';
import { callerCases, createTestSigners, OWN_ORGNO, readsParticipant, type CallerCase } from '@veiinn/testing';
import { startTestWorkCentre, type TestWorkCentre } from './support';

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Placement {
        id
        workCentre {
          id
          participantId
          hoursPerWeek
          version
          trainingCandidacy {
            goal
          }
        }
      }
    }
  }
`;
const SUPERVISORS = '{ workCentreGroups { id supervisors { id name } } }';
const START = /* GraphQL */ `
  mutation ($input: WorkCentreStartPlacementInput!) {
    startWorkCentrePlacement(input: $input) {
      id
      version
      trainingCandidacy {
        goal
      }
    }
  }
`;
const HOURS = /* GraphQL */ `
  mutation ($input: WorkCentreChangePlacementHoursInput!) {
    changeWorkCentrePlacementHours(input: $input) {
      hoursPerWeek
      version
    }
  }
`;
const END = /* GraphQL */ `
  mutation ($input: WorkCentreEndPlacementInput!) {
    endWorkCentrePlacement(input: $input) {
      endDate
    }
  }
`;

// p11 is the training candidate, p16 in the green-space group, p21 in the card workshop; p01 is at the day services.
const [p11, p16, p21, p01] = ['p11', 'p16', 'p21', 'p01'].map(demoParticipantId);
const placementOf = new Map([
  [p11, demoPlacementId('ba-11')],
  [p16, demoPlacementId('ba-16')],
  [p21, demoPlacementId('ba-21')],
]);

const cases = callerCases(WORK_CENTRE_PROVIDER_ID, {
  applicantOf: p11,
  guardianOf: [p21, p01],
  otherProvider: 'baerum-kommunale-dagtilbud',
});
const byName = (list: CallerCase[]) => list.map((c) => [c.name, c] as const);
const isPartnerSystem = (who: CallerCase) => who.caller.roles.includes('partner-system');

type Entity = {
  id: string;
  workCentre: { participantId: string; version: number; trainingCandidacy: { goal: string } | null } | null;
};

describe('who may read and write at the work centre (service trust on)', () => {
  let service: TestWorkCentre;
  let as: (
    who: CallerCase,
  ) => (query: string, variables?: Record<string, unknown>) => ReturnType<typeof graphqlRequest>;

  /** Every placement's row and version, and the row counts: equal before and after a refused write. */
  const state = async () => {
    const placements = await service.orm.em.fork().find(WorkPlacement, {}, { orderBy: { id: 'asc' } });
    return {
      counts: await service.counts(),
      placements: placements.map((p) => [p.id, p.hoursPerWeek, p.endDate, p.version]),
    };
  };

  beforeAll(async () => {
    const signers = await createTestSigners('work-centre');
    service = await startTestWorkCentre({ trust: signers.trust, settings: { orgno: OWN_ORGNO } });
    as =
      ({ caller }) =>
      async (query, variables) =>
        graphqlRequest(service.url, query, variables, await signers.headersFor(caller));
  });
  afterAll(() => service.stop());

  it.each(byName(cases))('%s reads only the placements and training plans it may see', async (_, who) => {
    const unknown = randomUUID();
    const ids = [...placementOf.values(), unknown];
    const result = await as(who)(ENTITIES, { representations: ids.map((id) => ({ __typename: 'Placement', id })) });
    expect(result.errors).toBeUndefined();
    const entities = (result.data as { _entities: Entity[] })._entities;
    expect(entities.map((e) => e.id)).toEqual(ids);
    const expected = [...placementOf.keys()].map((participantId) =>
      readsParticipant(who.reads, participantId) ? participantId : null,
    );
    expect(entities.map((e) => e.workCentre?.participantId ?? null)).toEqual([...expected, null]);
    // The training plan goes with the placement: BA's own, the office, and the candidate see it; no one else.
    const plan = entities[0].workCentre?.trainingCandidacy?.goal ?? null;
    if (readsParticipant(who.reads, p11)) expect(plan).toMatch(/^Kompetansebevis i kokkfaget/);
    else expect(plan).toBeNull();
  });

  it.each(byName(cases))("%s reads the supervisors' names only if it may", async (_, who) => {
    const result = await as(who)(SUPERVISORS);
    expect(result.errors).toBeUndefined();
    const supervisors = (
      result.data as { workCentreGroups: { supervisors: { id: string; name: string | null }[] }[] }
    ).workCentreGroups.flatMap((g) => g.supervisors);
    // The groups and their staffing stay public; the names are staff names.
    expect(supervisors).toHaveLength(17);
    const names = supervisors.map((s) => s.name);
    if (who.writes) expect(names).toContain('Idun Flatebø');
    else expect(names.every((name) => name === null)).toBe(true);
  });

  const refused = cases.filter((c) => !c.writes);
  it.each(byName(refused))('%s may not write: FORBIDDEN, and nothing changes', async (_, who) => {
    const before = await state();
    const attempts: [string, Record<string, unknown>][] = [
      [
        START,
        {
          input: {
            participantId: randomUUID(),
            offerId: demoOfferId('ba-kort'),
            groupId: seedGroupId('ba-kort'),
            hoursPerWeek: 20,
            startDate: '2027-01-04',
          },
        },
      ],
      // The applicant's and the guardian's own placements too: they read them, they do not change them.
      [HOURS, { input: { placementId: placementOf.get(p11), hoursPerWeek: 20, expectedVersion: 1 } }],
      [END, { input: { placementId: placementOf.get(p21), endDate: '2027-01-31', expectedVersion: 1 } }],
      // Refused before the lookup: the answer says nothing about whether the placement exists.
      [END, { input: { placementId: randomUUID(), endDate: '2027-01-31', expectedVersion: 1 } }],
    ];
    for (const [mutation, variables] of attempts) {
      const result = await as(who)(mutation, variables);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0].message).toMatch(/^Du har ikke lov til .* \/ You may not /);
    }
    expect(await state()).toEqual(before);
  });

  const writers = cases.filter((c) => c.writes);
  it.each(byName(writers))('%s may start a placement, change its hours and end it', async (name, who) => {
    const year = 2031 + writers.findIndex((c) => c.name === name);
    const started = await as(who)(START, {
      input: {
        participantId: randomUUID(),
        offerId: demoOfferId('ba-kort'),
        groupId: seedGroupId('ba-kort'),
        hoursPerWeek: 20,
        startDate: `${year}-01-04`,
        endDate: `${year}-12-31`,
      },
    });
    expect(started.errors).toBeUndefined();
    const placement = (started.data as { startWorkCentrePlacement: { id: string; version: number } })
      .startWorkCentrePlacement;
    const changed = await as(who)(HOURS, {
      input: { placementId: placement.id, hoursPerWeek: 25, expectedVersion: placement.version },
    });
    expect(changed.errors).toBeUndefined();
    const { version } = (changed.data as { changeWorkCentrePlacementHours: { hoursPerWeek: number; version: number } })
      .changeWorkCentrePlacementHours;
    const ended = await as(who)(END, {
      input: { placementId: placement.id, endDate: `${year}-06-30`, expectedVersion: version },
    });
    expect(ended.data).toEqual({ endWorkCentrePlacement: { endDate: `${year}-06-30` } });
  });

  it.each(byName(writers))('%s writes a training plan only if it is not a partner system', async (name, who) => {
    const year = 2041 + writers.findIndex((c) => c.name === name);
    const input = {
      participantId: randomUUID(),
      offerId: demoOfferId('ba-laerekandidat'),
      groupId: seedGroupId('ba-laerekandidat'),
      hoursPerWeek: 30,
      startDate: `${year}-01-04`,
      endDate: `${year}-12-31`,
      trainingCandidacy: { goal: 'Kompetansebevis i servering.', plannedEnd: `${year}-12-31` },
    };
    const before = await state();
    const result = await as(who)(START, { input });
    if (isPartnerSystem(who)) {
      // The matrix gives partner systems the plan to read, not to write.
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await state()).toEqual(before);
    } else {
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({
        startWorkCentrePlacement: { trainingCandidacy: { goal: 'Kompetansebevis i servering.' } },
      });
    }
  });
});

describe('without service trust (caller null: tests, a subgraph run alone)', () => {
  let service: TestWorkCentre;
  beforeAll(async () => {
    service = await startTestWorkCentre();
  });
  afterAll(() => service.stop());

  it("reads every placement, training plan and supervisor's name, and writes, as before the rules", async () => {
    const read = await graphqlRequest(service.url, ENTITIES, {
      representations: [...placementOf.values()].map((id) => ({ __typename: 'Placement', id })),
    });
    const entities = (read.data as { _entities: Entity[] })._entities;
    expect(entities.map((e) => e.workCentre?.participantId)).toEqual([...placementOf.keys()]);
    expect(entities[0].workCentre?.trainingCandidacy).not.toBeNull();
    const supervisors = await graphqlRequest(service.url, SUPERVISORS);
    expect(JSON.stringify(supervisors.data)).toContain('Idun Flatebø');
    const changed = await graphqlRequest(service.url, HOURS, {
      input: { placementId: placementOf.get(p16), hoursPerWeek: 28, expectedVersion: entities[1].workCentre!.version },
    });
    expect(changed.data).toMatchObject({ changeWorkCentrePlacementHours: { hoursPerWeek: 28 } });
  });
});
