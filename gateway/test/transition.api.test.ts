/**
 * Dynamisk flyt through the whole graph, following one synthetic pupil (p47, no place in the demo world): an
 * application before the deadline of 1 February, a place granted at Bjørnegård aktivitetshus and seen through the
 * day services' feed; then, at the autumn flow meeting (week 41), a move from activity to work at the work centre,
 * agreed and executed by the providers' own subgraphs, and COMPLETED once the feeds have brought both changes; then
 * VTA at Arba after the spring meeting, possible only once NAV's decision (the pupil's NAV record leaving the
 * waiting list for VENTER_PA_OPPSTART, imported into the NAV adapter) has reached the hub through the adapter's feed;
 * then NAV's record moving on to DELTAR (the hub's grant with it); then back to fewer hours at the work centre after
 * the autumn meeting, when NAV ends the VTA place (HAR_SLUTTET) and the hub's grant is withdrawn. Capacity and
 * waiting lists are checked at every step, per offer and per provider. The day moves with the story
 * (`startTestGraph({ today })`), the same for the hub and the providers.
 */
import {
  demoMeasureInstances,
  demoNavRecords,
  demoOfferId,
  demoParticipantId,
  demoParticipants,
  type NavTopicRecord,
} from '@veiinn/demo-data';
import { randomUUID } from 'node:crypto';
import { ingestAtNav, startTestGraph, type TestGraph } from './support';

const BJORNEGARD = demoOfferId('bjornegard');
const BA_KORT = demoOfferId('ba-kort');
const PUPIL = demoParticipantId('p47');
const PUPIL_IDENT = demoParticipants.find((p) => p.key === 'p47')!.identityNumber;
const ARBA_VTA = demoOfferId('arba-vta');
const ARBA_VTA_INSTANCE = demoMeasureInstances.find((m) => m.key === 'arba-vta')!.id;

type Capacity = { places: number | null; occupied: number; upcoming: number; free: number | null; waiting: number };
type Capacities = { offers: Record<string, Capacity>; providers: Record<string, Capacity>; kortOccupied: number };
type Step = { kind: string; outcome: string; seenInHub: boolean; placement: { id: string } | null };
type TransitionData = {
  id: string;
  status: string;
  version: number;
  complete: boolean;
  stalled: boolean;
  waitingFor: string[];
  steps: Step[];
};

/** `capacity` with `field` moved by `by` (and `free` the other way, as places are taken or given back). */
function moved(capacity: Capacity, field: 'occupied' | 'upcoming', by: number): Capacity {
  return {
    ...capacity,
    [field]: capacity[field] + by,
    free: capacity.free === null ? null : Math.max(capacity.free - by, 0),
  };
}

describe('a transition between offers through the gateway (dynamisk flyt)', () => {
  let graph: TestGraph;
  let today = '2027-01-15';
  beforeAll(async () => {
    graph = await startTestGraph({ today: () => today });
  });
  afterAll(() => graph.stop());

  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    graph.as('case-worker').data<T>(query, variables);
  const sync = async () => expect((await graph.intake.follower.syncAll()).filter((s) => s.error)).toEqual([]);

  const CAPACITY = 'places occupied upcoming free waiting';
  async function capacities(): Promise<Capacities> {
    const data = await gql<{
      bjornegard: { capacity: Capacity };
      kort: { capacity: Capacity; workCentre: { groups: { occupied: number }[] } };
      vta: { capacity: Capacity };
      providers: { id: string; capacity: Capacity }[];
    }>(
      `query ($b: ID!, $k: ID!, $v: ID!) {
        bjornegard: offer(id: $b) { capacity { ${CAPACITY} } }
        vta: offer(id: $v) { capacity { ${CAPACITY} } }
        kort: offer(id: $k) { capacity { ${CAPACITY} } workCentre { groups { occupied } } }
        providers { id capacity { ${CAPACITY} } } }`,
      { b: BJORNEGARD, k: BA_KORT, v: ARBA_VTA },
    );
    return {
      offers: {
        [BJORNEGARD]: data.bjornegard.capacity,
        [BA_KORT]: data.kort.capacity,
        [ARBA_VTA]: data.vta.capacity,
      },
      providers: Object.fromEntries(data.providers.map((p) => [p.id, p.capacity])),
      kortOccupied: data.kort.workCentre.groups.reduce((sum, g) => sum + g.occupied, 0),
    };
  }
  /** Capacity as it would read on `day` (the graph's day moves for the read and back). */
  async function capacitiesOn(day: string): Promise<Capacities> {
    const was = today;
    today = day;
    try {
      return await capacities();
    } finally {
      today = was;
    }
  }

  const TRANSITION = `id status version complete stalled waitingFor
    steps { kind outcome seenInHub placement { id } }`;
  async function mutate(field: string, inputType: string, input: Record<string, unknown>): Promise<TransitionData> {
    const data = await gql<Record<string, TransitionData>>(
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${TRANSITION} } }`,
      { input },
    );
    return data[field];
  }
  async function meeting(year: number, week: number): Promise<{ id: string; startDate: string }> {
    const { createFlowMeeting } = await gql<{ createFlowMeeting: { id: string; startDate: string } }>(
      `mutation ($input: CreateFlowMeetingInput!) { createFlowMeeting(input: $input) { id startDate } }`,
      { input: { year, week } },
    );
    return createFlowMeeting;
  }
  async function agree(transitionId: string, flowMeetingId: string, note: string): Promise<void> {
    await mutate('addTransitionToAgenda', 'AddTransitionToAgendaInput', { flowMeetingId, transitionId });
    const agreed = await mutate('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
      transitionId,
      outcome: 'AGREED',
      note,
    });
    expect(agreed.status).toBe('AGREED');
    // The meeting's AGREED is the allocation office's changed decision (endret vedtak), written at once.
    const { transition } = await gql<{
      transition: { decision: { id: string; kind: string; transition: { id: string }; flowMeeting: { id: string } } };
    }>(`query ($id: ID!) { transition(id: $id) { decision { id kind transition { id } flowMeeting { id } } } }`, {
      id: transitionId,
    });
    expect(transition.decision).toMatchObject({
      kind: 'CHANGED_OFFERS',
      transition: { id: transitionId },
      flowMeeting: { id: flowMeetingId },
    });
    changedDecisions.push(transition.decision.id);
  }
  /** The changed decisions the meetings' AGREED outcomes wrote, in order. */
  const changedDecisions: string[] = [];
  const path = () =>
    gql<{
      participant: {
        placements: {
          id: string;
          status: string;
          startDate: string;
          endDate: string | null;
          offer: { id: string };
          workCentre: { hoursPerWeek: number; group: { name: string } } | null;
        }[];
        career: { placements: { id: string }[]; transitions: { id: string; kind: string; status: string }[] };
      };
    }>(
      `query ($id: ID!) { participant(id: $id) {
        placements { id status startDate endDate offer { id } workCentre { hoursPerWeek group { name } } }
        career { placements { id } transitions { id kind status } } } }`,
      { id: PUPIL },
    ).then((d) => d.participant);

  let dayPlacementId: string;
  let workPlacementId: string;

  it('grants the pupil’s application of January a place at Bjørnegård from August, seen through the feed', async () => {
    const before = await capacities();
    const { createApplication } = await gql<{ createApplication: { id: string; round: string; intakeYear: number } }>(
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id round intakeYear } }`,
      { input: { participantId: PUPIL, offerIds: [BJORNEGARD], desiredStartDate: '2027-08-16' } },
    );
    // Before 1 February: the main intake of 2027.
    expect(createApplication).toMatchObject({ round: 'MAIN', intakeYear: 2027 });
    for (const step of ['submitApplication', 'startApplicationAssessment']) {
      await gql(`mutation ($input: ApplicationStepInput!) { ${step}(input: $input) { status } }`, {
        input: { applicationId: createApplication.id },
      });
    }
    const { offer } = await gql<{ offer: { dayServices: { groups: { id: string; name: string }[] } } }>(
      `query ($id: ID!) { offer(id: $id) { dayServices { groups { id name } } } }`,
      { id: BJORNEGARD },
    );
    const kreativ = offer.dayServices.groups.find((g) => g.name === 'Kreativt verksted')!;
    const { decideApplication } = await gql<{ decideApplication: { placementStatus: string; placementId: string } }>(
      `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { placementStatus placementId } }`,
      {
        input: {
          applicationId: createApplication.id,
          outcome: 'GRANTED',
          offerId: BJORNEGARD,
          groupId: kreativ.id,
          daysPerWeek: 3,
          startDate: '2027-08-16',
        },
      },
    );
    expect(decideApplication.placementStatus).toBe('PLACEMENT_CREATED');
    dayPlacementId = decideApplication.placementId;
    await sync();

    expect((await path()).placements).toEqual([
      expect.objectContaining({ id: dayPlacementId, status: 'PLANNED', offer: { id: BJORNEGARD }, endDate: null }),
    ]);
    const after = await capacities();
    expect(after.offers[BJORNEGARD]).toEqual(moved(before.offers[BJORNEGARD], 'upcoming', 1));
    expect(after.offers[BA_KORT]).toEqual(before.offers[BA_KORT]);
    expect(after.providers).toEqual({
      ...before.providers,
      'baerum-kommunale-dagtilbud': moved(before.providers['baerum-kommunale-dagtilbud'], 'upcoming', 1),
    });
    // Granted, not waiting: the waiting list is as it was.
    const { waitingList } = await gql<{ waitingList: { participant: { id: string } | null }[] }>(
      `query ($id: ID!) { waitingList(offerId: $id) { participant { id } } }`,
      { id: BJORNEGARD },
    );
    expect(waitingList.map((w) => w.participant?.id)).not.toContain(PUPIL);
    expect(waitingList).toHaveLength(before.offers[BJORNEGARD].waiting);
  });

  it('moves from activity to work after the week-41 flow meeting: both providers change, and the hub sees it', async () => {
    today = '2027-10-11';
    const now = await capacities();
    const november = await capacitiesOn('2027-11-01');
    const { offer } = await gql<{ offer: { workCentre: { groups: { id: string; name: string }[] } } }>(
      `query ($id: ID!) { offer(id: $id) { workCentre { groups { id name } } } }`,
      { id: BA_KORT },
    );
    const group = offer.workCentre.groups[0];

    const proposed = await mutate('proposeTransition', 'ProposeTransitionInput', {
      participantId: PUPIL,
      kind: 'ACTIVITY_TO_WORK',
      participantWish: 'Jeg vil jobbe med kort og design. / I want to work with cards and design.',
      from: [{ placementId: dayPlacementId }],
      targets: [{ offerId: BA_KORT, groupId: group.id, hoursPerWeek: 15, startDate: '2027-11-01' }],
    });
    expect(proposed.status).toBe('PROPOSED');
    const autumn = await meeting(2027, 41);
    expect(autumn.startDate).toBe('2027-10-11');
    await agree(proposed.id, autumn.id, 'Enige: arbeid fra 1. november. / Agreed: work from 1 November.');
    // Nothing has changed at the providers yet.
    expect(await capacities()).toEqual(now);

    const executing = await mutate('executeTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(executing).toMatchObject({ status: 'EXECUTING', complete: false, stalled: false });
    expect(executing.steps.map((s) => [s.kind, s.outcome, s.seenInHub])).toEqual([
      ['END', 'ENDED', false],
      ['START', 'CREATED', false],
    ]);
    // The day services' own data: the placement now ends the day before work starts.
    const { dayServicesPlacements } = await gql<{ dayServicesPlacements: { id: string; endDate: string | null }[] }>(
      `query ($id: ID!) { dayServicesPlacements(participantId: $id) { id endDate } }`,
      { id: PUPIL },
    );
    expect(dayServicesPlacements).toEqual([{ id: dayPlacementId, endDate: '2027-10-31' }]);

    await sync();
    const seen = await gql<{ transition: TransitionData }>(
      `query ($id: ID!) { transition(id: $id) { ${TRANSITION} } }`,
      {
        id: proposed.id,
      },
    );
    expect(seen.transition).toMatchObject({ status: 'EXECUTING', complete: true, waitingFor: [] });
    const settled = await mutate('settleTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(settled.status).toBe('COMPLETED');
    workPlacementId = settled.steps[1].placement!.id;

    // Still October: the day place is in use to the end of the month, the work place is upcoming.
    const after = await capacities();
    expect(after.offers[BJORNEGARD]).toEqual(now.offers[BJORNEGARD]);
    expect(after.offers[BA_KORT]).toEqual(moved(now.offers[BA_KORT], 'upcoming', 1));
    expect(after.providers).toEqual({
      ...now.providers,
      'baerum-arbeidssenter': moved(now.providers['baerum-arbeidssenter'], 'upcoming', 1),
    });

    // 1 November: the pupil has left the day services and works at the work centre.
    today = '2027-11-01';
    const moved1 = await capacities();
    expect(moved1.offers[BJORNEGARD]).toEqual(moved(november.offers[BJORNEGARD], 'occupied', -1));
    expect(moved1.offers[BA_KORT]).toEqual(moved(november.offers[BA_KORT], 'occupied', 1));
    expect(moved1.kortOccupied).toBe(november.kortOccupied + 1);
    expect(moved1.providers).toEqual({
      ...november.providers,
      'baerum-kommunale-dagtilbud': moved(november.providers['baerum-kommunale-dagtilbud'], 'occupied', -1),
      'baerum-arbeidssenter': moved(november.providers['baerum-arbeidssenter'], 'occupied', 1),
    });
    const { placements, career } = await path();
    expect(placements).toEqual([
      expect.objectContaining({ id: dayPlacementId, status: 'ENDED', endDate: '2027-10-31', workCentre: null }),
      expect.objectContaining({
        id: workPlacementId,
        status: 'ACTIVE',
        startDate: '2027-11-01',
        offer: { id: BA_KORT },
        workCentre: { hoursPerWeek: 15, group: { name: group.name } },
      }),
    ]);
    expect(career).toEqual({
      placements: [{ id: dayPlacementId }, { id: workPlacementId }],
      transitions: [{ id: proposed.id, kind: 'ACTIVITY_TO_WORK', status: 'COMPLETED' }],
    });
  });

  let arbaPlacementId: string;

  const vtaWaitingList = () =>
    gql<{ waitingList: { participant: { id: string } | null; position: number | null; leftOn: string | null }[] }>(
      `query ($id: ID!) { waitingList(offerId: $id) { participant { id } position leftOn } }`,
      { id: ARBA_VTA },
    ).then((d) => d.waitingList);

  it('moves to VTA at Arba after the spring meeting, once NAV’s decision has reached the hub (BETWEEN_PROVIDERS)', async () => {
    today = '2028-04-20';
    // NAV's record of the pupil: on the waiting list for Arba's VTA (in the adapter since the demo's import).
    const waiting = demoNavRecords.find(
      (r) => r.value?.personIdent === PUPIL_IDENT && r.value.gjennomforingId === ARBA_VTA_INSTANCE,
    )!;
    expect(waiting.value!.status.type).toBe('VENTELISTE');
    await sync();
    const listed = (await vtaWaitingList()).find((w) => w.participant?.id === PUPIL);
    expect(listed).toMatchObject({ leftOn: null, position: expect.any(Number) });

    const { arbaArenas } = await gql<{ arbaArenas: { id: string; onlyFor: string | null }[] }>(
      `{ arbaArenas { id onlyFor } }`,
    );
    const arena = arbaArenas.find((a) => a.onlyFor === null || a.onlyFor === 'VTA')!;
    const proposal = {
      participantId: PUPIL,
      kind: 'BETWEEN_PROVIDERS',
      participantWish: 'Jeg vil prøve VTA hos Arba. / I want to try VTA at Arba.',
      from: [{ placementId: workPlacementId }],
      targets: [{ offerId: ARBA_VTA, groupId: arena.id, hoursPerWeek: 20, startDate: '2028-05-08' }],
    };
    // Without NAV's decision the flow meeting cannot move the pupil to a state place.
    const refused = await graph
      .as('case-worker')
      .request(`mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id } }`, {
        input: proposal,
      });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'DECIDED_BY_NAV',
      offerIds: [ARBA_VTA],
    });
    expect(refused.errors?.[0]?.message).toContain('NAV’s decision is missing');

    const beforeGrant = await capacities();
    // NAV grants the place: the record waits for its start. The adapter publishes that the list was left for it.
    const at = '2028-04-20T09:00:00';
    await ingestAtNav(graph, [
      {
        key: waiting.key,
        value: {
          ...waiting.value!,
          startDato: '2028-05-08',
          status: { type: 'VENTER_PA_OPPSTART', aarsak: null, opprettetDato: at },
          endretDato: at,
          deltakelsesmengder: [{ deltakelsesprosent: 53, dagerPerUke: 4, gyldigFra: '2028-05-08' }],
        },
      },
    ]);
    await sync();
    const left = await vtaWaitingList();
    expect(left.map((w) => w.participant?.id)).not.toContain(PUPIL);
    const afterGrant = await capacities();
    expect(afterGrant.offers[ARBA_VTA]).toEqual({
      ...beforeGrant.offers[ARBA_VTA],
      waiting: beforeGrant.offers[ARBA_VTA].waiting - 1,
    });
    expect(afterGrant.offers[BA_KORT]).toEqual(beforeGrant.offers[BA_KORT]);

    const proposed = await mutate('proposeTransition', 'ProposeTransitionInput', proposal);
    expect(proposed.status).toBe('PROPOSED');
    const spring = await meeting(2028, 18);
    today = '2028-05-02';
    await agree(proposed.id, spring.id, 'Enige: VTA hos Arba fra 8. mai. / Agreed: VTA at Arba from 8 May.');
    const may = await capacitiesOn('2028-05-08');
    const executing = await mutate('executeTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(executing.steps.map((s) => [s.kind, s.outcome])).toEqual([
      ['END', 'ENDED'],
      ['START', 'CREATED'],
    ]);
    await sync();
    const settled = await mutate('settleTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(settled.status).toBe('COMPLETED');
    arbaPlacementId = settled.steps[1].placement!.id;

    today = '2028-05-08';
    const after = await capacities();
    expect(after.offers[ARBA_VTA]).toEqual(moved(may.offers[ARBA_VTA], 'occupied', 1));
    expect(after.offers[BA_KORT]).toEqual(moved(may.offers[BA_KORT], 'occupied', -1));
    expect(after.offers[BJORNEGARD]).toEqual(may.offers[BJORNEGARD]);
    expect(after.kortOccupied).toBe(may.kortOccupied - 1);
    expect(after.providers).toEqual({
      ...may.providers,
      arba: moved(may.providers['arba'], 'occupied', 1),
      'baerum-arbeidssenter': moved(may.providers['baerum-arbeidssenter'], 'occupied', -1),
    });
    const { placements, career } = await path();
    expect(placements.map((p) => [p.id, p.status, p.offer.id, p.endDate])).toEqual([
      [dayPlacementId, 'ENDED', BJORNEGARD, '2027-10-31'],
      [workPlacementId, 'ENDED', BA_KORT, '2028-05-07'],
      [arbaPlacementId, 'ACTIVE', ARBA_VTA, null],
    ]);
    expect(career.transitions.map((t) => [t.kind, t.status])).toEqual([
      ['ACTIVITY_TO_WORK', 'COMPLETED'],
      ['BETWEEN_PROVIDERS', 'COMPLETED'],
    ]);
  });

  const NAV_GRANTS = `query ($id: ID!) { participant(id: $id) {
    navGrants { id granted status startDate withdrawnOn withdrawalReason offer { id } history { granted status } }
    nav { records { status } } } }`;
  type NavView = {
    participant: {
      navGrants: {
        id: string;
        granted: boolean;
        status: string;
        startDate: string | null;
        withdrawnOn: string | null;
        withdrawalReason: string | null;
        offer: { id: string } | null;
        history: { granted: boolean; status: string }[];
      }[];
      nav: { records: { status: string }[] } | null;
    };
  };
  let navRecord: NavTopicRecord;

  it('NAV records the pupil as taking part at Arba (DELTAR): the hub’s grant moves on with it', async () => {
    const waiting = demoNavRecords.find(
      (r) => r.value?.personIdent === PUPIL_IDENT && r.value.gjennomforingId === ARBA_VTA_INSTANCE,
    )!;
    const at = '2028-05-08T08:00:00';
    navRecord = {
      key: waiting.key,
      value: {
        ...waiting.value!,
        startDato: '2028-05-08',
        status: { type: 'DELTAR', aarsak: null, opprettetDato: at },
        endretDato: at,
        deltakelsesmengder: [{ deltakelsesprosent: 53, dagerPerUke: 4, gyldigFra: '2028-05-08' }],
      },
    };
    const before = await capacities();
    await ingestAtNav(graph, [navRecord]);
    await sync();
    const { participant } = await gql<NavView>(NAV_GRANTS, { id: PUPIL });
    expect(participant.nav?.records.map((r) => r.status)).toEqual(['DELTAR']);
    expect(participant.navGrants).toEqual([
      {
        id: waiting.key,
        granted: true,
        status: 'DELTAR',
        startDate: '2028-05-08',
        withdrawnOn: null,
        withdrawalReason: null,
        offer: { id: ARBA_VTA },
        history: [
          { granted: true, status: 'VENTER_PA_OPPSTART' },
          { granted: true, status: 'DELTAR' },
        ],
      },
    ]);
    // NAV's record moving on changes no place: the hub counts Arba's placement, not NAV's record.
    expect(await capacities()).toEqual(before);
  });

  it('goes back to fewer hours at the work centre after the autumn meeting (TO_LESS_DEMANDING)', async () => {
    const { offer } = await gql<{ offer: { workCentre: { groups: { id: string }[] } } }>(
      `query ($id: ID!) { offer(id: $id) { workCentre { groups { id } } } }`,
      { id: BA_KORT },
    );
    const proposed = await mutate('proposeTransition', 'ProposeTransitionInput', {
      participantId: PUPIL,
      kind: 'TO_LESS_DEMANDING',
      participantWish: 'Færre timer, jeg blir sliten. / Fewer hours, I get tired.',
      from: [{ placementId: arbaPlacementId }],
      targets: [
        { offerId: BA_KORT, groupId: offer.workCentre.groups[0].id, hoursPerWeek: 10, startDate: '2028-10-16' },
      ],
    });
    const autumn = await meeting(2028, 41);
    today = autumn.startDate;
    await agree(proposed.id, autumn.id, 'Enige: 10 timer fra 16. oktober.');
    const october = await capacitiesOn('2028-10-16');
    const executing = await mutate('executeTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(executing.steps.map((s) => s.outcome)).toEqual(['ENDED', 'CREATED']);
    await sync();
    expect((await mutate('settleTransition', 'TransitionStepInput', { transitionId: proposed.id })).status).toBe(
      'COMPLETED',
    );

    today = '2028-10-16';
    const after = await capacities();
    expect(after.offers[ARBA_VTA]).toEqual(moved(october.offers[ARBA_VTA], 'occupied', -1));
    expect(after.offers[BA_KORT]).toEqual(moved(october.offers[BA_KORT], 'occupied', 1));
    expect(after.providers).toEqual({
      ...october.providers,
      arba: moved(october.providers['arba'], 'occupied', -1),
      'baerum-arbeidssenter': moved(october.providers['baerum-arbeidssenter'], 'occupied', 1),
    });
    const { placements, career } = await path();
    expect(placements.map((p) => [p.offer.id, p.status, p.endDate, p.workCentre?.hoursPerWeek ?? null])).toEqual([
      [BJORNEGARD, 'ENDED', '2027-10-31', null],
      [BA_KORT, 'ENDED', '2028-05-07', 15],
      [ARBA_VTA, 'ENDED', '2028-10-15', null],
      [BA_KORT, 'ACTIVE', null, 10],
    ]);
    expect(career.transitions.map((t) => [t.kind, t.status])).toEqual([
      ['ACTIVITY_TO_WORK', 'COMPLETED'],
      ['BETWEEN_PROVIDERS', 'COMPLETED'],
      ['TO_LESS_DEMANDING', 'COMPLETED'],
    ]);

    // NAV ends the VTA place too (HAR_SLUTTET): the grant is withdrawn in the hub, and kept with its history.
    const at = '2028-10-15T16:00:00';
    await ingestAtNav(graph, [
      {
        key: navRecord.key,
        value: {
          ...navRecord.value!,
          sluttDato: '2028-10-15',
          status: {
            type: 'HAR_SLUTTET',
            aarsak: { type: 'TRENGER_ANNEN_STOTTE', beskrivelse: null },
            opprettetDato: at,
          },
          endretDato: at,
        },
      },
    ]);
    await sync();
    const { participant } = await gql<NavView>(NAV_GRANTS, { id: PUPIL });
    expect(participant.nav?.records.map((r) => r.status)).toEqual(['HAR_SLUTTET']);
    expect(participant.navGrants).toMatchObject([
      {
        id: navRecord.key,
        granted: false,
        status: 'HAR_SLUTTET',
        withdrawnOn: '2028-10-15',
        withdrawalReason: 'HAR_SLUTTET/TRENGER_ANNEN_STOTTE',
        history: [{ granted: true }, { granted: true }, { granted: false, status: 'HAR_SLUTTET' }],
      },
    ]);
    expect(await capacities()).toEqual(after);
  });

  it('shows each AGREED meeting outcome as a changed decision on the pupil, with its letter in bokmål and English', async () => {
    type Letter = { title: string; paragraphs: string[]; appeal: string };
    const { participant } = await gql<{
      participant: {
        decisions: {
          id: string;
          kind: string;
          outcome: string;
          decidedBy: string;
          startDate: string;
          application: { id: string } | null;
          transition: { id: string; kind: string } | null;
          flowMeeting: { year: number; week: number } | null;
          nb: Letter;
          en: Letter;
        }[];
      };
    }>(
      `query ($id: ID!) { participant(id: $id) { decisions {
        id kind outcome decidedBy startDate application { id } transition { id kind } flowMeeting { year week }
        nb: letter(language: NB) { title paragraphs appeal } en: letter(language: EN) { title paragraphs appeal } } } }`,
      { id: PUPIL },
    );
    const changed = participant.decisions.filter((d) => d.kind === 'CHANGED_OFFERS');
    expect(changed.map((d) => d.id)).toEqual(changedDecisions);
    expect(
      changed.map((d) => [d.transition?.kind, d.flowMeeting?.week, d.flowMeeting?.year, d.startDate, d.decidedBy]),
    ).toEqual([
      ['ACTIVITY_TO_WORK', 41, 2027, '2027-11-01', 'ALLOCATION_OFFICE'],
      ['BETWEEN_PROVIDERS', 18, 2028, changed[1].startDate, 'ALLOCATION_OFFICE'],
      ['TO_LESS_DEMANDING', 41, 2028, '2028-10-16', 'ALLOCATION_OFFICE'],
    ]);
    expect(changed.every((d) => d.outcome === 'GRANTED' && d.application === null)).toBe(true);
    // The decision on the January application is still there, beside them.
    expect(participant.decisions.filter((d) => d.kind === 'ON_APPLICATION').length).toBeGreaterThan(0);

    for (const d of changed) {
      expect(d.nb.title).toBe('Vedtak om endring av tilbudet ditt');
      expect(d.en.title).toBe('Decision to change your offer');
      expect(d.nb.paragraphs[0]).toContain(`flytmøtet i uke ${d.flowMeeting!.week} ${d.flowMeeting!.year}`);
      expect(d.en.paragraphs[0]).toContain(`the flow meeting in week ${d.flowMeeting!.week} ${d.flowMeeting!.year}`);
      expect(d.nb.appeal).toMatch(/^Du kan klage på dette vedtaket/);
      expect(d.en.appeal).toMatch(/^You may appeal/);
    }
    const [toWork, toVta, fewerHours] = changed;
    expect(toWork.nb.paragraphs).toContainEqual(
      expect.stringMatching(/^Plassen din på .+ slutter 31\. oktober 2027\.$/),
    );
    expect(toWork.nb.paragraphs).toContainEqual(expect.stringMatching(/^Du får plass på .+ fra 1\. november 2027\./));
    // VTA is NAV's decision: the changed decision covers the municipal part and says so.
    expect(toVta.nb.paragraphs).toContainEqual(
      expect.stringMatching(/Det er NAV som bestemmer om den plassen.*Dette vedtaket gjelder bare kommunens del\.$/),
    );
    expect(toVta.en.paragraphs).toContainEqual(expect.stringMatching(/NAV decides on that place/));
    expect(toVta.nb.paragraphs.join(' ')).not.toMatch(/Du får plass/);
    expect(fewerHours.nb.paragraphs).toContainEqual(
      expect.stringMatching(/^Du får plass på .+ fra 16\. oktober 2028\. Du skal være der 10 timer i uka\.$/),
    );
    // Row rules: a changed decision is seen by whoever may see its transition (providers whose placements it ends or
    // starts, NAV's staff when it involves a state place), and by no one else.
    const seenBy = async (user: string) => {
      const data = await graph
        .as(user)
        .data<Record<string, { id: string } | null>>(
          `query ($a: ID!, $b: ID!, $c: ID!) { a: decision(id: $a) { id } b: decision(id: $b) { id } c: decision(id: $c) { id } }`,
          { a: toWork.id, b: toVta.id, c: fewerHours.id },
        );
      return [data.a?.id ?? null, data.b?.id ?? null, data.c?.id ?? null];
    };
    expect(await seenBy('provider-staff-day-services')).toEqual([toWork.id, null, null]);
    expect(await seenBy('provider-staff-arba')).toEqual([null, toVta.id, fewerHours.id]);
    expect(await seenBy('provider-staff-work-centre')).toEqual([toWork.id, toVta.id, fewerHours.id]);
    expect(await seenBy('nav-staff')).toEqual([null, toVta.id, fewerHours.id]);
    expect(await seenBy('guardian')).toEqual([null, null, null]);
    expect(fewerHours.en.paragraphs).toContainEqual(
      expect.stringMatching(/^You get a place at .+ from 16 October 2028\. You will be there 10 hours a week\.$/),
    );
  });

  it('logs a read of a meeting’s agenda items on their own (outcome, note) as a read of the pupil’s (issue 19)', async () => {
    const { participant } = await gql<{ participant: { decisions: { flowMeeting: { id: string } | null }[] } }>(
      `query ($id: ID!) { participant(id: $id) { decisions { flowMeeting { id } } } }`,
      { id: PUPIL },
    );
    const meetingId = participant.decisions.find((d) => d.flowMeeting)!.flowMeeting!.id;
    const requestId = randomUUID();
    const read = await graph
      .as('case-worker')
      .request(
        'query AgendaAlone($id: ID!) { flowMeeting(id: $id) { agenda { outcome note } } }',
        { id: meetingId },
        { 'x-request-id': requestId },
      );
    expect(read.errors).toBeUndefined();
    const log = await graph
      .as('privacy-officer')
      .data<{ auditLog: { nodes: { requestId: string; category: string; operationName: string }[] } }>(
        'query ($id: ID!) { auditLog(participantId: $id, first: 100) { nodes { requestId category operationName } } }',
        { id: PUPIL },
      );
    expect(log.auditLog.nodes.filter((entry) => entry.requestId === requestId)).toEqual([
      { requestId, category: 'APPLICATIONS', operationName: 'AgendaAlone' },
    ]);
  });
});
