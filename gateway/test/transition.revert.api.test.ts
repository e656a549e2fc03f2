/**
 * Reverting a transition through the whole graph (issue 11): a seeded participant at Bjørnegård (p13) is to move to
 * the green-space group at the work centre, which is full. The flow meeting agrees, the day services end the day
 * place, and the work centre refuses the start (GROUP_FULL): the transition is stalled with the participant's place
 * ending. `revertTransition` is the compensating step: the day services are asked, through their own subgraph, to
 * take the end back; asked before the hub's feed has shown the end, the day services refuse (CONFLICT), and a retry
 * after the feed restores it. The transition is then REVERTED, and the changed decision and its letter say it was
 * annulled.
 */
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { startTestGraph, type TestGraph } from './support';

const BA_GRONT = demoOfferId('ba-gront');
const PARTICIPANT = demoParticipantId('p13');

type Step = {
  id: string;
  kind: string;
  outcome: string;
  endDate: string | null;
  refusal: { code: string; rule: string | null } | null;
};
type TransitionData = {
  id: string;
  status: string;
  version: number;
  stalled: boolean;
  revertedOn: string | null;
  steps: Step[];
};

describe('reverting a transition through the gateway', () => {
  let graph: TestGraph;
  const today = '2027-10-11';
  beforeAll(async () => {
    graph = await startTestGraph({ today: () => today });
  });
  afterAll(() => graph.stop());

  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    graph.as('case-worker').data<T>(query, variables);
  const sync = async () => expect((await graph.intake.follower.syncAll()).filter((s) => s.error)).toEqual([]);
  const TRANSITION = `id status version stalled revertedOn
    steps { id kind outcome endDate refusal { code rule } }`;
  async function mutate(field: string, inputType: string, input: Record<string, unknown>): Promise<TransitionData> {
    const data = await gql<Record<string, TransitionData>>(
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${TRANSITION} } }`,
      { input },
    );
    return data[field];
  }
  const dayPlacements = () =>
    gql<{ dayServicesPlacements: { id: string; endDate: string | null }[] }>(
      `query ($id: ID!) { dayServicesPlacements(participantId: $id) { id endDate } }`,
      { id: PARTICIPANT },
    ).then((d) => d.dayServicesPlacements);

  // Issue 11: a transition whose END succeeded and whose START was refused was left stalled, the participant's place
  // ending with nothing to go to; there was no way to undo the end.
  it('undoes the ends of a transition whose start was refused, and annuls its changed decision', async () => {
    await sync();
    const { participant, offer } = await gql<{
      participant: { placements: { id: string; status: string; endDate: string | null; provider: { id: string } }[] };
      offer: { workCentre: { groups: { id: string; capacity: number | null; occupied: number }[] } };
    }>(
      `query ($p: ID!, $o: ID!) {
        participant(id: $p) { placements { id status endDate provider { id } } }
        offer(id: $o) { workCentre { groups { id capacity occupied } } } }`,
      { p: PARTICIPANT, o: BA_GRONT },
    );
    const day = participant.placements.find((p) => p.provider.id === 'baerum-kommunale-dagtilbud')!;
    expect(day).toMatchObject({ status: 'ACTIVE', endDate: null });
    const [green] = offer.workCentre.groups;
    expect(green.occupied).toBe(green.capacity);

    const proposed = await mutate('proposeTransition', 'ProposeTransitionInput', {
      participantId: PARTICIPANT,
      kind: 'ACTIVITY_TO_WORK',
      participantWish: 'Jeg vil jobbe i grøntgruppa. / I want to work in the green-space group.',
      from: [{ placementId: day.id }],
      targets: [{ offerId: BA_GRONT, groupId: green.id, hoursPerWeek: 10, startDate: '2027-11-01' }],
    });
    const { createFlowMeeting } = await gql<{ createFlowMeeting: { id: string } }>(
      `mutation ($input: CreateFlowMeetingInput!) { createFlowMeeting(input: $input) { id } }`,
      { input: { year: 2027, week: 41 } },
    );
    await mutate('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
      flowMeetingId: createFlowMeeting.id,
      transitionId: proposed.id,
    });
    await mutate('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
      transitionId: proposed.id,
      outcome: 'AGREED',
    });
    const executing = await mutate('executeTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(executing).toMatchObject({ status: 'EXECUTING', stalled: true });
    expect(executing.steps.map((s) => [s.kind, s.outcome, s.refusal?.rule ?? null])).toEqual([
      ['END', 'ENDED', null],
      ['START', 'REFUSED', 'GROUP_FULL'],
    ]);
    expect(await dayPlacements()).toEqual([{ id: day.id, endDate: '2027-10-31' }]);

    // The hub has not read the day services' feed since the end: its version is behind, and they refuse.
    const reverting = await mutate('revertTransition', 'RevertTransitionInput', {
      transitionId: proposed.id,
      reason:
        'Grøntgruppa er full; deltakeren blir på Bjørnegård. / The green-space group is full; stays at Bjørnegård.',
    });
    expect(reverting).toMatchObject({ status: 'REVERTING', stalled: true, revertedOn: null });
    const undo = reverting.steps[2]!;
    expect(undo).toMatchObject({ kind: 'UNDO_END', outcome: 'REFUSED', endDate: null, refusal: { code: 'CONFLICT' } });
    expect(await dayPlacements()).toEqual([{ id: day.id, endDate: '2027-10-31' }]);

    // Once the feed has brought the end, a retry takes it back: the place is open-ended again.
    await sync();
    const reverted = await mutate('retryTransitionStep', 'RetryTransitionStepInput', {
      transitionId: proposed.id,
      stepId: undo.id,
    });
    expect(reverted).toMatchObject({ status: 'REVERTED', stalled: false, revertedOn: today });
    expect(reverted.steps.map((s) => [s.kind, s.outcome])).toEqual([
      ['END', 'ENDED'],
      ['START', 'REFUSED'],
      ['UNDO_END', 'RESTORED'],
    ]);
    expect(await dayPlacements()).toEqual([{ id: day.id, endDate: null }]);
    await sync();
    const { transition } = await gql<{
      transition: {
        decision: {
          annulledOn: string | null;
          annulmentReason: string | null;
          letter: { title: string; paragraphs: string[] };
        };
        participant: { placements: { id: string; endDate: string | null }[] };
      };
    }>(
      `query ($id: ID!) { transition(id: $id) {
        decision { annulledOn annulmentReason letter { title paragraphs } }
        participant { placements { id endDate } } } }`,
      { id: proposed.id },
    );
    expect(transition.participant.placements).toContainEqual({ id: day.id, endDate: null });
    expect(transition.decision).toMatchObject({
      annulledOn: today,
      annulmentReason: expect.stringContaining('Grøntgruppa er full'),
      letter: { title: 'Vedtaket om endring er opphevet' },
    });
    expect(transition.decision.letter.paragraphs[0]).toContain('du beholder plassen du hadde');

    // REVERTED is final: reverting again is refused, and so is a retry.
    const again = await graph
      .as('case-worker')
      .request(`mutation ($input: RevertTransitionInput!) { revertTransition(input: $input) { id } }`, {
        input: { transitionId: proposed.id, reason: 'Igjen.' },
      });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'TRANSITION_STATE',
      from: 'REVERTED',
    });
  });
});
