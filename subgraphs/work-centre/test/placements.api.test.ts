import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { WorkPlacement } from '../src/placement/placement.entity';
import { seedGroupId } from '../src/seed/seed';
import { startTestWorkCentre, type TestWorkCentre } from './support';

const PLACEMENT = /* GraphQL */ `
  fragment PlacementFields on WorkCentrePlacement {
    id
    participantId
    hoursPerWeek
    startDate
    endDate
    version
    offer {
      id
    }
    group {
      id
      name
    }
    trainingCandidacy {
      trade
      goal
      trainingStart
      plannedEnd
    }
  }
`;
const START = /* GraphQL */ `
  mutation Start($input: WorkCentreStartPlacementInput!) {
    startWorkCentrePlacement(input: $input) {
      ...PlacementFields
    }
  }
  ${PLACEMENT}
`;
const CHANGE_HOURS = /* GraphQL */ `
  mutation ChangeHours($input: WorkCentreChangePlacementHoursInput!) {
    changeWorkCentrePlacementHours(input: $input) {
      ...PlacementFields
    }
  }
  ${PLACEMENT}
`;
const END = /* GraphQL */ `
  mutation End($input: WorkCentreEndPlacementInput!) {
    endWorkCentrePlacement(input: $input) {
      ...PlacementFields
    }
  }
  ${PLACEMENT}
`;

type Placement = { id: string; version: number; hoursPerWeek: number; endDate: string | null } & Record<
  string,
  unknown
>;
type Fields = { field: string; message: string }[];

const offer = (key: string) => demoOfferId(key);
const group = (key: string) => seedGroupId(key);
const NEW_PARTICIPANT = demoParticipantId('p47');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** A valid start in the card department (8 places, 2 taken), to vary one field at a time. */
const goodStart = (changes: Record<string, unknown> = {}) => ({
  participantId: NEW_PARTICIPANT,
  offerId: offer('ba-kort'),
  groupId: group('ba-kort'),
  hoursPerWeek: 20,
  startDate: '2026-12-01',
  ...changes,
});

describe('placements at the work centre', () => {
  let workCentre: TestWorkCentre;
  beforeAll(async () => {
    workCentre = await startTestWorkCentre();
  });
  afterAll(() => workCentre.stop());

  const head = async () => (await workCentre.feed(0, 1)).head;
  const stored = async (key: string) =>
    workCentre.orm.em.fork().findOneOrFail(WorkPlacement, { id: demoPlacementId(key) });

  /** Runs a mutation that must be refused, and checks that neither the data nor the outbox changed. */
  async function refused(query: string, input: Record<string, unknown>, touches?: string) {
    const before = { counts: await workCentre.counts(), placement: touches && (await stored(touches)) };
    const result = await graphqlRequest(workCentre.url, query, { input });
    expect(result.errors).toHaveLength(1);
    expect(await workCentre.counts()).toEqual(before.counts);
    if (touches) expect(await stored(touches)).toEqual(before.placement);
    return result.errors![0];
  }

  describe('startWorkCentrePlacement', () => {
    it('places a participant, and publishes exactly one placement event with the whole placement', async () => {
      const before = await workCentre.counts();
      const sequence = await head();
      const { startWorkCentrePlacement: placement } = await graphqlData<{ startWorkCentrePlacement: Placement }>(
        workCentre.url,
        START,
        { input: goodStart({ endDate: '2027-06-30' }) },
      );
      expect(placement).toEqual({
        id: expect.any(String),
        participantId: NEW_PARTICIPANT,
        hoursPerWeek: 20,
        startDate: '2026-12-01',
        endDate: '2027-06-30',
        version: 1,
        offer: { id: offer('ba-kort') },
        group: { id: group('ba-kort'), name: 'Kortavdelingen' },
        trainingCandidacy: null,
      });
      expect(await workCentre.counts()).toEqual({
        ...before,
        placements: before.placements + 1,
        feedEvents: before.feedEvents + 1,
      });
      const page = await workCentre.feed(sequence);
      expect(page.events).toEqual([
        {
          sequence: sequence + 1,
          type: 'placement',
          id: placement.id,
          version: 1,
          occurredAt: expect.any(String),
          data: {
            participantId: NEW_PARTICIPANT,
            offerId: offer('ba-kort'),
            startDate: '2026-12-01',
            endDate: '2027-06-30',
            hoursPerWeek: 20,
            daysPerWeek: null,
          },
        },
      ]);
      expect(page.head).toBe(sequence + 1);
    });

    it('starts a training candidacy with a placement in the training-candidate offer', async () => {
      const before = await workCentre.counts();
      const { startWorkCentrePlacement: placement } = await graphqlData<{ startWorkCentrePlacement: Placement }>(
        workCentre.url,
        START,
        {
          input: goodStart({
            participantId: demoParticipantId('p48'),
            offerId: offer('ba-laerekandidat'),
            groupId: group('ba-laerekandidat'),
            hoursPerWeek: 30,
            startDate: '2027-08-16',
            // Exactly two years of training: the longest allowed.
            trainingCandidacy: { goal: '  Kompetansebevis i service og samferdsel  ', plannedEnd: '2029-08-16' },
          }),
        },
      );
      expect(placement.trainingCandidacy).toEqual({
        trade: 'FOOD',
        goal: 'Kompetansebevis i service og samferdsel',
        trainingStart: '2027-08-16',
        plannedEnd: '2029-08-16',
      });
      expect(await workCentre.counts()).toEqual({
        placements: before.placements + 1,
        trainingCandidacies: before.trainingCandidacies + 1,
        feedEvents: before.feedEvents + 1,
      });
    });

    it('refuses more than 30 hours, naming the full position', async () => {
      const error = await refused(START, goodStart({ hoursPerWeek: 30.5 }));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toMatchObject([
        { field: 'hoursPerWeek', message: expect.stringContaining('a full position at the work centre is 30 hours') },
      ]);
    });

    it.each([0, -4])('refuses %p hours a week', async (hoursPerWeek) => {
      const error = await refused(START, goodStart({ hoursPerWeek }));
      expect((error.extensions?.fields as Fields).map((f) => f.field)).toEqual(['hoursPerWeek']);
    });

    it('refuses an end before the start', async () => {
      const error = await refused(START, goodStart({ endDate: '2026-11-30' }));
      expect(error.extensions?.fields).toMatchObject([
        { field: 'endDate', en: 'The end (2026-11-30) is before the start (2026-12-01).' },
      ]);
    });

    it('refuses a training candidacy planned for more than 2 years', async () => {
      const error = await refused(
        START,
        goodStart({
          offerId: offer('ba-laerekandidat'),
          groupId: group('ba-laerekandidat'),
          trainingCandidacy: { goal: 'Kompetansebevis', plannedEnd: '2028-12-02' },
        }),
      );
      expect(error.extensions?.fields).toMatchObject([
        {
          field: 'trainingCandidacy.plannedEnd',
          en: 'must be at most 2 years after the start of training (2028-12-01 at the latest).',
        },
      ]);
    });

    it('refuses a training candidacy on an offer that is not for training candidates', async () => {
      const error = await refused(
        START,
        goodStart({ trainingCandidacy: { goal: 'Kompetansebevis', plannedEnd: '2027-12-01' } }),
      );
      expect((error.extensions?.fields as Fields).map((f) => f.field)).toEqual(['trainingCandidacy']);
    });

    it('refuses a group of another offer', async () => {
      const error = await refused(START, goodStart({ groupId: group('ba-gront') }));
      expect(error.extensions?.fields).toMatchObject([
        { field: 'groupId', en: 'the group "Grøntgruppa" belongs to another offer.' },
      ]);
    });

    it('refuses unknown ids on their fields (BAD_USER_INPUT, not NOT_FOUND), malformed ones too', async () => {
      const unknown = await refused(START, goodStart({ offerId: UNKNOWN, groupId: 'kortavdelingen' }));
      expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
      expect((unknown.extensions?.fields as Fields).map((f) => f.field)).toEqual(['offerId', 'groupId']);
      // Another provider's offer is unknown here too.
      const foreign = await refused(START, goodStart({ offerId: offer('arba-vta') }));
      expect((foreign.extensions?.fields as Fields).map((f) => f.field)).toEqual(['offerId']);
      const participant = await refused(START, goodStart({ participantId: 'p47' }));
      expect((participant.extensions?.fields as Fields).map((f) => f.field)).toEqual(['participantId']);
    });

    it('lists every problem at once', async () => {
      const error = await refused(
        START,
        goodStart({
          offerId: UNKNOWN,
          hoursPerWeek: 31,
          endDate: '2026-01-01',
          trainingCandidacy: { goal: ' ', plannedEnd: '2026-11-01' },
        }),
      );
      expect((error.extensions?.fields as Fields).map((f) => f.field)).toEqual([
        'offerId',
        'hoursPerWeek',
        'endDate',
        'trainingCandidacy.goal',
        'trainingCandidacy.plannedEnd',
      ]);
    });

    it('refuses a full group with FAILED_PRECONDITION GROUP_FULL', async () => {
      const error = await refused(START, goodStart({ offerId: offer('ba-gront'), groupId: group('ba-gront') }));
      expect(error.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'GROUP_FULL',
        groupId: group('ba-gront'),
        capacity: 5,
      });
    });

    it('refuses a second overlapping placement in the same offer with ALREADY_PLACED', async () => {
      // p21 has worked in the card department since 2020, open-ended.
      const error = await refused(
        START,
        goodStart({ participantId: demoParticipantId('p21'), startDate: '2030-01-01' }),
      );
      expect(error.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'ALREADY_PLACED',
        placementId: demoPlacementId('ba-21'),
      });
    });

    it('lets a participant come back to an offer after an ended placement', async () => {
      // p29 left the carpentry workshop on 2025-06-30 (for Arba); a new placement after that does not overlap.
      const { startWorkCentrePlacement } = await graphqlData<{ startWorkCentrePlacement: Placement }>(
        workCentre.url,
        START,
        {
          input: goodStart({
            participantId: demoParticipantId('p29'),
            offerId: offer('ba-snekker'),
            groupId: group('ba-snekker'),
            startDate: '2027-01-04',
          }),
        },
      );
      expect(startWorkCentrePlacement.version).toBe(1);
    });

    it('counts a place as free from the day after a placement ends', async () => {
      const gront = await stored('ba-20');
      await graphqlData(workCentre.url, END, {
        input: { placementId: gront.id, endDate: '2026-12-31', expectedVersion: gront.version },
      });
      const onLastDay = await refused(
        START,
        goodStart({ offerId: offer('ba-gront'), groupId: group('ba-gront'), startDate: '2026-12-31' }),
      );
      expect(onLastDay.extensions?.rule).toBe('GROUP_FULL');
      const { startWorkCentrePlacement } = await graphqlData<{ startWorkCentrePlacement: Placement }>(
        workCentre.url,
        START,
        { input: goodStart({ offerId: offer('ba-gront'), groupId: group('ba-gront'), startDate: '2027-01-01' }) },
      );
      expect(startWorkCentrePlacement.group).toEqual({ id: group('ba-gront'), name: 'Grøntgruppa' });
    });
  });

  it('gives the last places of a group to concurrent starts one at a time, never more than the capacity', async () => {
    // The framing group has 6 places and nobody in it; 8 starts arrive at once.
    const before = await workCentre.counts();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graphqlRequest(workCentre.url, START, {
          input: goodStart({
            participantId: demoParticipantId(`p${30 + i}`),
            offerId: offer('ba-ramme'),
            groupId: group('ba-ramme'),
          }),
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(6);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.rule)).toEqual(['GROUP_FULL', 'GROUP_FULL']);
    expect(await workCentre.counts()).toEqual({
      ...before,
      placements: before.placements + 6,
      feedEvents: before.feedEvents + 6,
    });
  });

  describe('changeWorkCentrePlacementHours', () => {
    it('changes the hours, moves the version, and publishes the placement again', async () => {
      const placement = await stored('ba-22');
      const sequence = await head();
      const { changeWorkCentrePlacementHours: changed } = await graphqlData<{
        changeWorkCentrePlacementHours: Placement;
      }>(workCentre.url, CHANGE_HOURS, {
        input: { placementId: placement.id, hoursPerWeek: 22.5, expectedVersion: placement.version },
      });
      expect(changed).toMatchObject({ id: placement.id, hoursPerWeek: 22.5, version: placement.version + 1 });
      const page = await workCentre.feed(sequence);
      expect(page.events.map((e) => [e.type, e.id, e.version, e.data?.hoursPerWeek])).toEqual([
        ['placement', placement.id, placement.version + 1, 22.5],
      ]);
    });

    it('refuses hours over 30 and leaves the placement as it was', async () => {
      const placement = await stored('ba-22');
      const error = await refused(
        CHANGE_HOURS,
        { placementId: placement.id, hoursPerWeek: 37.5, expectedVersion: placement.version },
        'ba-22',
      );
      expect((error.extensions?.fields as Fields).map((f) => f.field)).toEqual(['hoursPerWeek']);
    });

    it('refuses a stale version with CONFLICT and the current version', async () => {
      const placement = await stored('ba-22');
      const error = await refused(
        CHANGE_HOURS,
        { placementId: placement.id, hoursPerWeek: 10, expectedVersion: placement.version - 1 },
        'ba-22',
      );
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: placement.version });
    });

    it.each([UNKNOWN, 'ba-22'])('gives NOT_FOUND for the unknown placement %p', async (placementId) => {
      const error = await refused(CHANGE_HOURS, { placementId, hoursPerWeek: 10, expectedVersion: 1 });
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'WorkCentrePlacement', id: placementId });
    });
  });

  describe('endWorkCentrePlacement', () => {
    it('ends a placement, moves the version, and publishes the placement again', async () => {
      const placement = await stored('ba-26');
      const sequence = await head();
      const { endWorkCentrePlacement: ended } = await graphqlData<{ endWorkCentrePlacement: Placement }>(
        workCentre.url,
        END,
        { input: { placementId: placement.id, endDate: '2026-12-18', expectedVersion: placement.version } },
      );
      expect(ended).toMatchObject({ endDate: '2026-12-18', version: placement.version + 1 });
      const page = await workCentre.feed(sequence);
      expect(page.events).toEqual([
        expect.objectContaining({
          type: 'placement',
          id: placement.id,
          version: placement.version + 1,
          data: expect.objectContaining({ startDate: '2019-08-12', endDate: '2026-12-18' }),
        }),
      ]);
    });

    // Issue 11: the hub could not undo a transition's END (revertTransition) because an end could not be taken back.
    it('takes an end back with endDate null, publishing the placement open-ended again', async () => {
      const placement = await stored('ba-26');
      const sequence = await head();
      const { endWorkCentrePlacement: reopened } = await graphqlData<{ endWorkCentrePlacement: Placement }>(
        workCentre.url,
        END,
        { input: { placementId: placement.id, endDate: null, expectedVersion: placement.version } },
      );
      expect(reopened).toMatchObject({ endDate: null, version: placement.version + 1 });
      const page = await workCentre.feed(sequence);
      expect(page.events).toEqual([
        expect.objectContaining({ id: placement.id, data: expect.objectContaining({ endDate: null }) }),
      ]);
    });

    it('refuses an end before the start', async () => {
      const placement = await stored('ba-27');
      const error = await refused(
        END,
        { placementId: placement.id, endDate: '2024-08-11', expectedVersion: placement.version },
        'ba-27',
      );
      expect(error.extensions?.fields).toMatchObject([
        { field: 'endDate', en: 'The end (2024-08-11) is before the start (2024-08-12).' },
      ]);
    });

    it('refuses a stale version with CONFLICT', async () => {
      const placement = await stored('ba-27');
      const error = await refused(
        END,
        { placementId: placement.id, endDate: '2026-12-31', expectedVersion: placement.version + 1 },
        'ba-27',
      );
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: placement.version });
    });

    it('gives NOT_FOUND for an unknown placement', async () => {
      const error = await refused(END, { placementId: UNKNOWN, endDate: '2026-12-31', expectedVersion: 1 });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses to move an end into a later placement of the same participant in the same offer', async () => {
      // p29 came back to the carpentry workshop from 2027-01-04 (above); the old placement cannot run into it.
      const error = await refused(
        END,
        { placementId: demoPlacementId('ba-29'), endDate: '2027-01-04', expectedVersion: 1 },
        'ba-29',
      );
      expect(error.extensions?.rule).toBe('ALREADY_PLACED');
    });

    it('refuses a date that is not a calendar date before anything runs', async () => {
      const before = await workCentre.counts();
      const result = await graphqlRequest(workCentre.url, END, {
        input: { placementId: demoPlacementId('ba-27'), endDate: '2026-02-30', expectedVersion: 1 },
      });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await workCentre.counts()).toEqual(before);
    });
  });
});
