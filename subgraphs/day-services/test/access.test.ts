/**
 * docs/security.md's matrix at the day services (BKD), row by row, with service trust on and a caller token signed
 * as the gateway (or the hub) would: who reads which placements (one through `_entities`, lists through
 * `dayServicesPlacements`), and who may write. A refused write is FORBIDDEN and leaves every row as it was.
 */
import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { DAY_SERVICES_PROVIDER_ID } from '../src/seed/seed';
import { demoGroupId } from '../src/seed/groups';
import { callerCases, createTestSigners, OWN_ORGNO, readsParticipant, type CallerCase } from '@veiinn/testing';
import { expectRefused, startTestDayServices, type TestDayServices } from './support';

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Placement {
        id
        dayServices {
          id
          participantId
          version
          group {
            name
          }
        }
      }
    }
  }
`;
const LIST = /* GraphQL */ `
  query ($participantId: ID!) {
    dayServicesPlacements(participantId: $participantId) {
      id
      participantId
    }
  }
`;
const START = /* GraphQL */ `
  mutation ($input: DayServicesStartPlacementInput!) {
    startDayServicesPlacement(input: $input) {
      id
      participantId
      version
    }
  }
`;
const END = /* GraphQL */ `
  mutation ($input: DayServicesEndPlacementInput!) {
    endDayServicesPlacement(input: $input) {
      id
      endDate
    }
  }
`;
const CAPACITY = /* GraphQL */ `
  mutation ($input: DayServicesGroupCapacityInput!) {
    setDayServicesGroupCapacity(input: $input) {
      capacity
      version
    }
  }
`;
const GROUPS = '{ dayServicesGroups { id capacity version } }';

// p01 is in the creative workshop, p02 on the walks, p09 in the café; p30 works at Arba and has no row here.
const [p01, p02, p09, p30] = ['p01', 'p02', 'p09', 'p30'].map(demoParticipantId);
const placementOf = new Map([
  [p01, demoPlacementId('bkd-01')],
  [p02, demoPlacementId('bkd-02')],
  [p09, demoPlacementId('bkd-09')],
]);
const cafe = demoGroupId('kafe');

const cases = callerCases(DAY_SERVICES_PROVIDER_ID, {
  applicantOf: p01,
  guardianOf: [p02, p30],
  otherProvider: 'baerum-arbeidssenter',
});
const byName = (list: CallerCase[]) => list.map((c) => [c.name, c] as const);

describe('who may read and write at the day services (service trust on)', () => {
  let service: TestDayServices;
  let as: (who: CallerCase) => {
    headers: () => Promise<Record<string, string>>;
    request: (query: string, variables?: Record<string, unknown>) => ReturnType<typeof graphqlRequest>;
  };

  beforeAll(async () => {
    const signers = await createTestSigners('day-services');
    service = await startTestDayServices({ trust: signers.trust, settings: { orgno: OWN_ORGNO } });
    as = ({ caller }) => ({
      headers: () => signers.headersFor(caller),
      request: async (query, variables) =>
        graphqlRequest(service.url, query, variables, await signers.headersFor(caller)),
    });
  });
  afterAll(() => service.stop());

  it.each(byName(cases))('%s reads through _entities only the placements it may see', async (_, who) => {
    const unknown = randomUUID();
    const ids = [...placementOf.values(), unknown];
    const result = await as(who).request(ENTITIES, {
      representations: ids.map((id) => ({ __typename: 'Placement', id })),
    });
    expect(result.errors).toBeUndefined();
    const entities = (result.data as { _entities: { id: string; dayServices: { participantId: string } | null }[] })
      ._entities;
    // Every stub resolves (the hub owns Placement); only the detail is the day services' to give or withhold.
    expect(entities.map((e) => e.id)).toEqual(ids);
    const expected = [...placementOf.keys()].map((participantId) =>
      readsParticipant(who.reads, participantId) ? participantId : null,
    );
    expect(entities.map((e) => e.dayServices?.participantId ?? null)).toEqual([...expected, null]);
  });

  it.each(byName(cases))('%s lists only the placements it may see', async (_, who) => {
    for (const [participantId, placementId] of placementOf) {
      service.sql.reset();
      const result = await as(who).request(LIST, { participantId });
      expect(result.errors).toBeUndefined();
      const listed = (result.data as { dayServicesPlacements: { id: string }[] }).dayServicesPlacements;
      if (readsParticipant(who.reads, participantId)) {
        expect(listed).toEqual([{ id: placementId, participantId }]);
      } else {
        expect(listed).toEqual([]);
        // Refused before the database is asked: nothing about the participant is read.
        expect(service.sql.count).toBe(0);
      }
    }
  });

  const refused = cases.filter((c) => !c.writes);
  it.each(byName(refused))('%s may not write: FORBIDDEN, and nothing changes', async (_, who) => {
    const groups = (await as(who).request(GROUPS)).data as {
      dayServicesGroups: { id: string; capacity: number; version: number }[];
    };
    const group = groups.dayServicesGroups.find((g) => g.id === cafe)!;
    const attempts: [string, Record<string, unknown>][] = [
      [
        START,
        {
          input: {
            participantId: randomUUID(),
            offerId: demoOfferId('binna'),
            groupId: cafe,
            daysPerWeek: 2,
            startDate: '2027-01-04',
          },
        },
      ],
      // The applicant's and the guardian's own placements too: they read them, they do not change them.
      [END, { input: { placementId: placementOf.get(p01), endDate: '2027-01-31', expectedVersion: 1 } }],
      [END, { input: { placementId: placementOf.get(p02), endDate: '2027-01-31', expectedVersion: 1 } }],
      // Refused before the lookup: the answer says nothing about whether the placement exists.
      [END, { input: { placementId: randomUUID(), endDate: '2027-01-31', expectedVersion: 1 } }],
      [CAPACITY, { input: { groupId: cafe, capacity: group.capacity + 1, expectedVersion: group.version } }],
    ];
    for (const [mutation, variables] of attempts) {
      // A fresh token per request: a subgraph accepts each internal token once.
      const error = await expectRefused(service, mutation, variables, await as(who).headers());
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/^Du har ikke lov til .* \/ You may not /);
    }
  });

  const writers = cases.filter((c) => c.writes);
  it.each(byName(writers))('%s may start and end a placement and set a capacity', async (name, who) => {
    const year = 2031 + writers.findIndex((c) => c.name === name);
    const participantId = randomUUID();
    const started = await as(who).request(START, {
      input: {
        participantId,
        offerId: demoOfferId('bjornegard'),
        // Not the café, whose capacity is set below: a placement there would hold a place it counts.
        groupId: demoGroupId('kreativ'),
        daysPerWeek: 2,
        startDate: `${year}-01-06`,
        endDate: `${year}-12-31`,
      },
    });
    expect(started.errors).toBeUndefined();
    const placement = (started.data as { startDayServicesPlacement: { id: string; version: number } })
      .startDayServicesPlacement;
    const ended = await as(who).request(END, {
      input: { placementId: placement.id, endDate: `${year}-06-30`, expectedVersion: placement.version },
    });
    expect(ended.errors).toBeUndefined();
    expect(ended.data).toEqual({ endDayServicesPlacement: { id: placement.id, endDate: `${year}-06-30` } });

    const before = (
      (await as(who).request(GROUPS)).data as { dayServicesGroups: { id: string; capacity: number; version: number }[] }
    ).dayServicesGroups.find((g) => g.id === cafe)!;
    const raised = await as(who).request(CAPACITY, {
      input: { groupId: cafe, capacity: before.capacity + 1, expectedVersion: before.version },
    });
    expect(raised.errors).toBeUndefined();
    const after = (raised.data as { setDayServicesGroupCapacity: { capacity: number; version: number } })
      .setDayServicesGroupCapacity;
    expect(after.capacity).toBe(before.capacity + 1);
    const restored = await as(who).request(CAPACITY, {
      input: { groupId: cafe, capacity: before.capacity, expectedVersion: after.version },
    });
    expect(restored.errors).toBeUndefined();
  });
});

describe('without service trust (caller null: tests, a subgraph run alone)', () => {
  let service: TestDayServices;
  beforeAll(async () => {
    service = await startTestDayServices();
  });
  afterAll(() => service.stop());

  it('reads every placement, as before the rules', async () => {
    const result = await graphqlRequest(service.url, ENTITIES, {
      representations: [...placementOf.values()].map((id) => ({ __typename: 'Placement', id })),
    });
    const entities = (result.data as { _entities: { dayServices: { participantId: string } | null }[] })._entities;
    expect(entities.map((e) => e.dayServices?.participantId)).toEqual([...placementOf.keys()]);
    const list = await graphqlRequest(service.url, LIST, { participantId: p02 });
    expect(list.data).toEqual({ dayServicesPlacements: [{ id: placementOf.get(p02), participantId: p02 }] });
  });

  it('writes, as before the rules', async () => {
    const read = await graphqlRequest(service.url, ENTITIES, {
      representations: [{ __typename: 'Placement', id: placementOf.get(p09) }],
    });
    const { version } = (read.data as { _entities: { dayServices: { version: number } }[] })._entities[0].dayServices;
    const result = await graphqlRequest(service.url, END, {
      input: { placementId: placementOf.get(p09), endDate: '2027-06-30', expectedVersion: version },
    });
    expect(result.data).toEqual({ endDayServicesPlacement: { id: placementOf.get(p09), endDate: '2027-06-30' } });
  });
});
