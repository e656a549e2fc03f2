/**
 * Transitions between offers (dynamisk flyt) through the intake subgraph, with fake providers: the whole way from a
 * wish to the changed placements seen in the hub's index, and every refusal reading back unchanged.
 */
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { Decision } from '../src/casework/decision/decision.entity';
import { applyFeedEvents } from '../src/network/feed/apply';
import { Provider } from '../src/catalogue/provider/provider.entity';
import {
  FlowMeeting,
  FlowMeetingItem,
  Transition,
  TransitionStatusChange,
  TransitionStep,
} from '../src/casework/transition/transition.entity';
import { TransitionStatus } from '../src/casework/transition/transition.enums';
import { startFakeProvider, startTestIntake, type FakeProvider, type TestIntake } from './support';

const DAY_SERVICES = 'baerum-kommunale-dagtilbud';
const WORK_CENTRE = 'baerum-arbeidssenter';
const BJORNEGARD = demoOfferId('bjornegard');
const BA_KORT = demoOfferId('ba-kort');
const GROUP = 'c0ffee00-0000-4000-8000-000000000001';
const OTHER_GROUP = 'c0ffee00-0000-4000-8000-000000000002';
/** Monday of week 41 in 2027: the autumn flow meeting. */
const TODAY = '2027-10-11';

const FIELDS = /* GraphQL */ `
  id kind status version participantWish proposedBy outcomeNote executedOn complete stalled waitingFor
  flowMeeting { id week }
  steps { id kind outcome groupId daysPerWeek hoursPerWeek startDate endDate message attempts seenInHub
    refusal { code rule } placement { id endDate } offer { id } }
  statusHistory { status by note }
`;
const READ = `query ($id: ID!) { transition(id: $id) { ${FIELDS} } }`;

type Step = {
  id: string;
  kind: string;
  outcome: string;
  endDate: string | null;
  startDate: string | null;
  seenInHub: boolean;
  placement: { id: string; endDate: string | null } | null;
  refusal: { code: string; rule: string | null } | null;
  [key: string]: unknown;
};
type TransitionData = {
  id: string;
  status: string;
  version: number;
  complete: boolean;
  stalled: boolean;
  waitingFor: string[];
  steps: Step[];
  statusHistory: { status: string; by: string; note: string | null }[];
  [key: string]: unknown;
};

describe('transitions through the intake subgraph', () => {
  let intake: TestIntake;
  let dayServices: FakeProvider;
  let workCentre: FakeProvider;
  let sequence = 1000;
  /** The hub's day (Oslo): TODAY unless a test moves it. */
  let today = TODAY;
  beforeAll(async () => {
    dayServices = await startFakeProvider();
    workCentre = await startFakeProvider({ group: true, daysPerWeek: false, hoursPerWeek: true });
    intake = await startTestIntake({
      today: () => today,
      feedUrls: { [DAY_SERVICES]: dayServices.feedUrl, [WORK_CENTRE]: workCentre.feedUrl },
    });
  });
  afterAll(async () => {
    await intake.stop();
    await dayServices.stop();
    await workCentre.stop();
  });
  afterEach(() => {
    dayServices.mode = 'create';
    workCentre.mode = 'create';
    today = TODAY;
  });

  /** A provider's feed delivering a placement as it is now, applied by the hub's own feed code. */
  async function feedDelivers(
    providerId: string,
    placement: { id: string; participant: string; offerId: string; startDate: string; endDate?: string | null },
    version = 1,
    extent: { daysPerWeek?: number; hoursPerWeek?: number } = { daysPerWeek: 3 },
  ) {
    await intake.orm.em.fork().transactional(async (tx) => {
      const provider = await tx.findOneOrFail(Provider, { id: providerId });
      await applyFeedEvents(tx, provider, [
        {
          sequence: sequence++,
          type: 'placement',
          id: placement.id,
          version,
          occurredAt: new Date().toISOString(),
          data: {
            participantId: demoParticipantId(placement.participant),
            offerId: placement.offerId,
            startDate: placement.startDate,
            endDate: placement.endDate ?? null,
            hoursPerWeek: extent.hoursPerWeek ?? null,
            daysPerWeek: extent.daysPerWeek ?? null,
          },
        },
      ]);
    });
  }

  /** A participant with a current day-services placement at Bjørnegård, seen in the hub. */
  async function placedAtBjornegard(participant: string): Promise<string> {
    const id = `bkd-${participant}-${sequence}`;
    await feedDelivers(DAY_SERVICES, { id, participant, offerId: BJORNEGARD, startDate: '2027-08-16' });
    return id;
  }

  const proposalFor = (participant: string, placementId: string, extra: Record<string, unknown> = {}) => ({
    participantId: demoParticipantId(participant),
    kind: 'ACTIVITY_TO_WORK',
    participantWish: 'Jeg vil prøve å jobbe med kort og design. / I want to try working with cards and design.',
    from: [{ placementId }],
    targets: [{ offerId: BA_KORT, groupId: GROUP, hoursPerWeek: 15, startDate: '2027-11-01' }],
    ...extra,
  });

  async function call<T = TransitionData>(mutation: string, inputType: string, input: Record<string, unknown>) {
    const result = await graphqlRequest<Record<string, T>>(
      intake.url,
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${mutation === 'createFlowMeeting' ? 'id week startDate endDate' : FIELDS} } }`,
      { input },
    );
    return { data: result.data?.[mutation] ?? null, error: result.errors?.[0] };
  }
  const propose = (input: Record<string, unknown>) => call('proposeTransition', 'ProposeTransitionInput', input);
  const read = async (id: string) =>
    (await graphqlData<{ transition: TransitionData }>(intake.url, READ, { id })).transition;
  let meetings: Record<string, string> = {};
  async function meeting(year: number, week: number): Promise<string> {
    const key = `${year}-${week}`;
    if (!meetings[key]) {
      const { data } = await call<{ id: string }>('createFlowMeeting', 'CreateFlowMeetingInput', { year, week });
      meetings = { ...meetings, [key]: data!.id };
    }
    return meetings[key];
  }

  /** A proposed transition, agreed at the week-41 meeting. */
  async function agreed(participant: string, proposal?: Record<string, unknown>): Promise<TransitionData> {
    const placementId = await placedAtBjornegard(participant);
    const { data, error } = await propose(proposal ?? proposalFor(participant, placementId));
    expect(error).toBeUndefined();
    const flowMeetingId = await meeting(2027, 41);
    await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', { flowMeetingId, transitionId: data!.id });
    const { data: done } = await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
      transitionId: data!.id,
      outcome: 'AGREED',
      note: 'Enige: prøve arbeid fra november.',
    });
    return done!;
  }

  it('goes from the wish to the flow meeting, the providers and the hub’s index: COMPLETED once the feeds show it', async () => {
    const placementId = await placedAtBjornegard('p30');
    const { data: proposed } = await propose(proposalFor('p30', placementId));
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      kind: 'ACTIVITY_TO_WORK',
      // Without trust (as here) the caller acts as the allocation office; the input no longer says who proposes.
      proposedBy: 'CASE_WORKER',
      flowMeeting: null,
      complete: false,
      stalled: false,
      waitingFor: [],
      statusHistory: [{ status: 'PROPOSED', by: 'CASE_WORKER', note: null }],
    });
    // The from-placement ends the day before the target starts, by default.
    expect(proposed!.steps.map((s) => [s.kind, s.outcome, s.endDate, s.startDate])).toEqual([
      ['END', 'NOT_ASKED', '2027-10-31', null],
      ['START', 'NOT_ASKED', null, '2027-11-01'],
    ]);

    const { data: autumn } = await call<{ id: string; week: number; startDate: string; endDate: string }>(
      'createFlowMeeting',
      'CreateFlowMeetingInput',
      { year: 2027, week: 41 },
    );
    meetings['2027-41'] = autumn!.id;
    expect(autumn).toMatchObject({ week: 41, startDate: '2027-10-11', endDate: '2027-10-15' });
    const { data: onAgenda } = await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
      flowMeetingId: autumn!.id,
      transitionId: proposed!.id,
      expectedVersion: proposed!.version,
    });
    expect(onAgenda).toMatchObject({ status: 'ON_AGENDA', flowMeeting: { id: autumn!.id, week: 41 } });
    const { data: agreedOne } = await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
      transitionId: proposed!.id,
      outcome: 'AGREED',
      note: 'Enige. / Agreed.',
    });
    expect(agreedOne).toMatchObject({ status: 'AGREED', outcomeNote: 'Enige. / Agreed.' });

    const { data: executing } = await call('executeTransition', 'TransitionStepInput', { transitionId: proposed!.id });
    expect(executing).toMatchObject({ status: 'EXECUTING', executedOn: TODAY, complete: false, stalled: false });
    expect(executing!.steps.map((s) => [s.kind, s.outcome, s.seenInHub])).toEqual([
      ['END', 'ENDED', false],
      ['START', 'CREATED', false],
    ]);
    expect(executing!.waitingFor).toHaveLength(2);
    // Ends first; the end carries the version the hub's feed last saw.
    expect(dayServices.calls.at(-1)).toEqual({
      field: `POST /placements/${placementId}/end`,
      input: {
        idempotencyKey: `transition-step:${executing!.steps[0]!.id}:v1`,
        endDate: '2027-10-31',
        expectedVersion: 1,
      },
    });
    expect(workCentre.calls.at(-1)).toEqual({
      field: 'POST /placements',
      input: {
        idempotencyKey: `transition-step:${executing!.steps[1]!.id}`,
        participantId: demoParticipantId('p30'),
        offerId: BA_KORT,
        groupId: GROUP,
        daysPerWeek: null,
        hoursPerWeek: 15,
        startDate: '2027-11-01',
        decisionId: null,
      },
    });

    // Not seen in the hub yet: settling changes nothing.
    const { data: unsettled } = await call('settleTransition', 'TransitionStepInput', { transitionId: proposed!.id });
    expect(unsettled).toMatchObject({ status: 'EXECUTING', version: executing!.version });

    const created = workCentre.created.at(-1)!;
    await feedDelivers(
      DAY_SERVICES,
      {
        id: placementId,
        participant: 'p30',
        offerId: BJORNEGARD,
        startDate: '2027-08-16',
        endDate: '2027-10-31',
      },
      2,
    );
    expect((await read(proposed!.id)).complete).toBe(false);
    await feedDelivers(WORK_CENTRE, { id: created, participant: 'p30', offerId: BA_KORT, startDate: '2027-11-01' }, 1, {
      hoursPerWeek: 15,
    });
    const seen = await read(proposed!.id);
    expect(seen).toMatchObject({ status: 'EXECUTING', complete: true, stalled: false, waitingFor: [] });
    expect(seen.steps.map((s) => s.placement)).toEqual([
      { id: placementId, endDate: '2027-10-31' },
      { id: created, endDate: null },
    ]);
    const { data: settled } = await call('settleTransition', 'TransitionStepInput', { transitionId: proposed!.id });
    expect(settled!.status).toBe('COMPLETED');
    expect(settled!.statusHistory.map((h) => h.status)).toEqual([
      'PROPOSED',
      'ON_AGENDA',
      'AGREED',
      'EXECUTING',
      'COMPLETED',
    ]);

    const { participant, flowMeeting } = await graphqlData<{
      participant: { career: { placements: { id: string }[]; transitions: { id: string }[] } };
      flowMeeting: {
        coordinator: { id: string };
        agenda: { position: number; outcome: string; transition: { id: string } }[];
      };
    }>(
      intake.url,
      `query ($p: ID!, $m: ID!) {
        participant(id: $p) { career { placements { id } transitions { id } } }
        flowMeeting(id: $m) { coordinator { id } agenda { position outcome transition { id } } } }`,
      { p: demoParticipantId('p30'), m: autumn!.id },
    );
    expect(participant.career).toEqual({
      placements: [{ id: placementId }, { id: created }],
      transitions: [{ id: proposed!.id }],
    });
    expect(flowMeeting.coordinator).toEqual({ id: 'tildelingskontoret' });
    expect(flowMeeting.agenda).toEqual([{ position: 1, outcome: 'AGREED', transition: { id: proposed!.id } }]);
  });

  it('shows a refused step as stalled, and a retry asks the provider again', async () => {
    const transition = await agreed('p31');
    workCentre.mode = 'group-full';
    const { data: executing } = await call('executeTransition', 'TransitionStepInput', { transitionId: transition.id });
    const start = executing!.steps.find((s) => s.kind === 'START')!;
    expect(start).toMatchObject({ outcome: 'REFUSED', refusal: { code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL' } });
    expect(executing).toMatchObject({ status: 'EXECUTING', stalled: true });

    workCentre.mode = 'create';
    const calls = dayServices.calls.length;
    const { data: retried } = await call('retryTransitionStep', 'RetryTransitionStepInput', {
      transitionId: transition.id,
      stepId: start.id,
    });
    expect(retried!.steps.find((s) => s.id === start.id)).toMatchObject({ outcome: 'CREATED', attempts: 2 });
    expect(retried!.stalled).toBe(false);
    // Only the step named was asked again.
    expect(dayServices.calls.length).toBe(calls);
  });

  it('postpones to a later meeting, and withdraws from the agenda', async () => {
    const placementId = await placedAtBjornegard('p32');
    const { data } = await propose(proposalFor('p32', placementId));
    await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
      flowMeetingId: await meeting(2027, 41),
      transitionId: data!.id,
    });
    const { data: postponed } = await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
      transitionId: data!.id,
      outcome: 'POSTPONED',
      note: 'Tas opp igjen i uke 18.',
    });
    expect(postponed).toMatchObject({ status: 'PROPOSED', flowMeeting: null });
    const spring = await meeting(2028, 18);
    const { data: again } = await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
      flowMeetingId: spring,
      transitionId: data!.id,
    });
    expect(again).toMatchObject({ status: 'ON_AGENDA', flowMeeting: { id: spring, week: 18 } });
    const { data: withdrawn } = await call('withdrawTransition', 'TransitionStepInput', {
      transitionId: data!.id,
      by: 'GUARDIAN',
      note: 'Vil heller bli på Bjørnegård.',
    });
    expect(withdrawn!.statusHistory.map((h) => h.status)).toEqual([
      'PROPOSED',
      'ON_AGENDA',
      'PROPOSED',
      'ON_AGENDA',
      'WITHDRAWN',
    ]);
    const { flowMeetings } = await graphqlData<{
      flowMeetings: { week: number; agenda: { outcome: string | null }[] }[];
    }>(intake.url, `query { flowMeetings(year: 2028) { week agenda { outcome } } }`);
    expect(flowMeetings).toEqual([{ week: 18, agenda: [{ outcome: null }] }]);
  });

  const DECISION = /* GraphQL */ `
    id kind outcome decidedBy decidedOn startDate groupId hoursPerWeek daysPerWeek reason placementStatus
    offer { id } application { id } transition { id status } flowMeeting { id week }
    nb: letter(language: NB) { title paragraphs appeal signature }
    en: letter(language: EN) { title paragraphs appeal signature }
  `;
  type DecisionData = {
    id: string;
    kind: string;
    reason: string;
    nb: { title: string; paragraphs: string[]; appeal: string };
    en: { title: string; paragraphs: string[]; appeal: string };
    [key: string]: unknown;
  };
  async function decisionsOf(participant: string, transitionId: string) {
    return graphqlData<{
      transition: { status: string; decision: DecisionData | null };
      participant: { decisions: { id: string; kind: string }[] };
    }>(
      intake.url,
      `query ($t: ID!, $p: ID!) { transition(id: $t) { status decision { ${DECISION} } }
        participant(id: $p) { decisions { id kind } } }`,
      { t: transitionId, p: demoParticipantId(participant) },
    );
  }
  const letterUrl = (id: string, lang: string) =>
    intake.url.replace(/\/graphql$/, `/decisions/${id}/letter?lang=${lang}`);

  it('AGREED writes the allocation office’s changed decision (endret vedtak) with its letter in bokmål and English', async () => {
    const transition = await agreed('p42');
    const { transition: read, participant } = await decisionsOf('p42', transition.id);
    const decision = read.decision!;
    expect(decision).toMatchObject({
      kind: 'CHANGED_OFFERS',
      outcome: 'GRANTED',
      decidedBy: 'ALLOCATION_OFFICE',
      decidedOn: TODAY,
      startDate: '2027-11-01',
      groupId: GROUP,
      hoursPerWeek: 15,
      daysPerWeek: null,
      placementStatus: null,
      offer: { id: BA_KORT },
      application: null,
      transition: { id: transition.id, status: 'AGREED' },
      flowMeeting: { id: await meeting(2027, 41), week: 41 },
    });
    // The reason says what changes, from which placement to which offer, the extent and the first day, in both languages.
    expect(decision.reason).toMatch(
      /^Endret vedtak etter flytmøtet i uke 41 2027 fra 1\. november 2027: Plassen din på .+ slutter 31\. oktober 2027\. Du får plass på .+ fra 1\. november 2027\. Du skal være der 15 timer i uka\. \/ Changed decision after the flow meeting in week 41 2027 from 1 November 2027: /,
    );
    expect(participant.decisions).toEqual([{ id: decision.id, kind: 'CHANGED_OFFERS' }]);

    expect(decision.nb.title).toBe('Vedtak om endring av tilbudet ditt');
    expect(decision.nb.paragraphs[0]).toBe(
      'Du har ønsket å endre tilbudet ditt. Ønsket ble tatt opp på flytmøtet i uke 41 2027. Vi har bestemt at tilbudet ditt endres fra 1. november 2027.',
    );
    expect(decision.nb.paragraphs[1]).toMatch(/^Plassen din på .+ slutter 31\. oktober 2027\.$/);
    expect(decision.nb.paragraphs[2]).toMatch(
      /^Du får plass på .+ fra 1\. november 2027\. Du skal være der 15 timer i uka\.$/,
    );
    expect(decision.nb.paragraphs).toContain('Begrunnelse: Enige: prøve arbeid fra november.');
    expect(decision.nb.appeal).toMatch(/^Du kan klage på dette vedtaket\. .*innen 3 uker/);
    expect(decision.en.title).toBe('Decision to change your offer');
    expect(decision.en.paragraphs[0]).toBe(
      'You wished to change your offer. Your wish was discussed at the flow meeting in week 41 2027. We have decided that your offer changes from 1 November 2027.',
    );
    expect(decision.en.paragraphs[1]).toMatch(/^Your place at .+ ends on 31 October 2027\.$/);
    expect(decision.en.paragraphs[2]).toMatch(
      /^You get a place at .+ from 1 November 2027\. You will be there 15 hours a week\.$/,
    );
    expect(decision.en.appeal).toMatch(/^You may appeal \(klage\) against this decision\. .*within 3 weeks/);
    expect(decision.nb.paragraphs.join(' ')).not.toMatch(/NAV/);

    // The same letter as text.
    const text = await (await fetch(letterUrl(decision.id, 'nb'))).text();
    expect(text).toContain('Vedtak om endring av tilbudet ditt\n\n11. oktober 2027\n\nHei, ');
    expect(text).toContain(decision.nb.paragraphs[2]);
    const english = await fetch(letterUrl(decision.id, 'en'));
    expect(english.headers.get('content-language')).toBe('en');
    expect(await english.text()).toContain(decision.en.paragraphs[1]);

    // Executing the transition asks the providers as before; the decision stays as written.
    const { data: executing } = await call('executeTransition', 'TransitionStepInput', { transitionId: transition.id });
    expect(executing!.status).toBe('EXECUTING');
    expect((await decisionsOf('p42', transition.id)).transition.decision!.id).toBe(decision.id);
  });

  it('REJECTED and POSTPONED write no decision', async () => {
    const count = () => intake.orm.em.fork().count(Decision, {});
    const before = await count();
    for (const [participant, outcome] of [
      ['p43', 'REJECTED'],
      ['p44', 'POSTPONED'],
    ]) {
      const placementId = await placedAtBjornegard(participant);
      const { data } = await propose(proposalFor(participant, placementId));
      await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
        flowMeetingId: await meeting(2027, 41),
        transitionId: data!.id,
      });
      const { data: done, error } = await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
        transitionId: data!.id,
        outcome,
        note: 'Ikke nå. / Not now.',
      });
      expect(error).toBeUndefined();
      expect(done!.status).toBe(outcome === 'REJECTED' ? 'REJECTED' : 'PROPOSED');
      const { transition, participant: person } = await decisionsOf(participant, data!.id);
      expect(transition.decision).toBeNull();
      expect(person.decisions).toEqual([]);
    }
    expect(await count()).toBe(before);
  });

  it('lets only one of two proposals at the same moment pass the overlap rule (the participant’s row is locked)', async () => {
    for (const participant of ['p46', 'p47', 'p48']) {
      const placementId = await placedAtBjornegard(participant);
      const results = await Promise.all([
        propose(proposalFor(participant, placementId)),
        propose(
          proposalFor(participant, placementId, {
            targets: [{ offerId: BA_KORT, groupId: OTHER_GROUP, hoursPerWeek: 10, startDate: '2027-11-01' }],
          }),
        ),
      ]);
      expect(results.filter((r) => r.data?.status === 'PROPOSED')).toHaveLength(1);
      const refusals = results.filter((r) => r.error).map((r) => r.error!.extensions);
      expect(refusals).toEqual([
        expect.objectContaining({ code: 'FAILED_PRECONDITION', rule: 'TRANSITION_OVERLAP', placementId }),
      ]);
      const open = await intake.orm.em
        .fork()
        .count(Transition, { participant: demoParticipantId(participant), status: TransitionStatus.PROPOSED });
      expect(open).toBe(1);
    }
  });

  it('reads transitions of many participants in as many SQL statements as of one (DataLoaders, no N+1)', async () => {
    const query = `query ($ids: [ID!]!) { participantsByIds(ids: $ids) {
      career { placements { id status } }
      transitions { status complete stalled waitingFor flowMeeting { week coordinator { id } }
        agendaItems { outcome flowMeeting { week } transition { id } }
        steps { kind seenInHub placement { id } offer { id } }
        statusHistory { status } } } }`;
    const statements = async (keys: string[]) => {
      intake.sql.reset();
      await graphqlData(intake.url, query, { ids: keys.map(demoParticipantId) });
      return intake.sql.count;
    };
    // p30 to p32 have transitions from the tests above, each with steps, history and agenda items.
    const one = await statements(['p30']);
    expect(one).toBeLessThan(15);
    expect(await statements(['p30', 'p31', 'p32'])).toBe(one);
  });

  it('sets and changes a career plan, versioned', async () => {
    const SET = `mutation ($input: SetCareerPlanInput!) { setCareerPlan(input: $input) {
      shortTermWishes longTermWishes educationWishes version } }`;
    const set = (input: Record<string, unknown>) =>
      graphqlRequest<{ setCareerPlan: { version: number } }>(intake.url, SET, {
        input: { participantId: demoParticipantId('p39'), ...input },
      });
    const first = await set({ shortTermWishes: 'Prøve kantina.', educationWishes: 'Kompetansebevis i kokkfaget.' });
    expect(first.data?.setCareerPlan).toEqual({
      shortTermWishes: 'Prøve kantina.',
      longTermWishes: null,
      educationWishes: 'Kompetansebevis i kokkfaget.',
      version: 1,
    });
    const stale = await set({ longTermWishes: 'Jobb i en vanlig bedrift.', expectedVersion: 0 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const blank = await set({ longTermWishes: ' ' });
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'longTermWishes' }],
    });
    const second = await set({ longTermWishes: 'Jobb i en vanlig bedrift.', expectedVersion: 1 });
    expect(second.data?.setCareerPlan).toMatchObject({ shortTermWishes: null, version: 2 });
    const { participant } = await graphqlData<{ participant: { careerPlan: { longTermWishes: string } } }>(
      intake.url,
      `query ($id: ID!) { participant(id: $id) { careerPlan { longTermWishes } } }`,
      { id: demoParticipantId('p39') },
    );
    expect(participant.careerPlan.longTermWishes).toBe('Jobb i en vanlig bedrift.');
  });

  // Issue 11: a transition whose END succeeded and whose START was refused was left stalled with no way back.
  it('reverts a transition whose start was refused: UNDO_END steps, retried while unreachable, then REVERTED', async () => {
    const placementId = await placedAtBjornegard('p27');
    const { data: proposed } = await propose(proposalFor('p27', placementId));
    const flowMeetingId = await meeting(2027, 41);
    await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', { flowMeetingId, transitionId: proposed!.id });
    await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
      transitionId: proposed!.id,
      outcome: 'AGREED',
    });
    workCentre.mode = 'group-full';
    const { data: executing } = await call('executeTransition', 'TransitionStepInput', { transitionId: proposed!.id });
    expect(executing!.steps.map((s) => [s.kind, s.outcome])).toEqual([
      ['END', 'ENDED'],
      ['START', 'REFUSED'],
    ]);
    dayServices.mode = 'down';
    const { data: reverting, error } = await call('revertTransition', 'RevertTransitionInput', {
      transitionId: proposed!.id,
      reason: 'Gruppa er full. / The group is full.',
    });
    expect(error).toBeUndefined();
    expect(reverting).toMatchObject({ status: 'REVERTING', stalled: true });
    expect(reverting!.steps.map((s) => [s.kind, s.outcome, s.endDate])).toEqual([
      ['END', 'ENDED', '2027-10-31'],
      ['START', 'REFUSED', null],
      ['UNDO_END', 'UNREACHABLE', null],
    ]);
    expect(reverting!.statusHistory.at(-1)).toMatchObject({
      status: 'REVERTING',
      note: 'Gruppa er full. / The group is full.',
    });
    // The refused START is not asked again while reverting.
    const start = await call('retryTransitionStep', 'RetryTransitionStepInput', {
      transitionId: proposed!.id,
      stepId: reverting!.steps[1]!.id,
    });
    expect(start.error?.extensions).toMatchObject({ rule: 'TRANSITION_STEP_STATE' });
    dayServices.mode = 'create';
    const undo = dayServices.calls.length;
    const { data: reverted } = await call('retryTransitionStep', 'RetryTransitionStepInput', {
      transitionId: proposed!.id,
      stepId: reverting!.steps[2]!.id,
    });
    expect(dayServices.calls.slice(undo)).toEqual([
      { field: `POST /placements/${placementId}/end`, input: expect.objectContaining({ endDate: null }) },
    ]);
    expect(reverted).toMatchObject({ status: 'REVERTED', stalled: false });
    expect(reverted!.steps.map((s) => s.outcome)).toEqual(['ENDED', 'REFUSED', 'RESTORED']);
  });

  describe('refusals change nothing', () => {
    async function snapshot(transitionId: string | null) {
      const em = intake.orm.em.fork();
      return {
        transitions: await em.count(Transition, {}),
        steps: await em.count(TransitionStep, {}),
        history: await em.count(TransitionStatusChange, {}),
        meetings: await em.count(FlowMeeting, {}),
        items: await em.count(FlowMeetingItem, {}),
        decisions: await em.count(Decision, {}),
        calls: dayServices.calls.length + workCentre.calls.length,
        transition: transitionId ? await read(transitionId) : null,
      };
    }
    async function refused(
      transitionId: string | null,
      change: () => Promise<{ data: unknown; error?: { extensions?: Record<string, unknown> } }>,
    ) {
      const before = await snapshot(transitionId);
      const { data, error } = await change();
      expect(data).toBeNull();
      expect(await snapshot(transitionId)).toEqual(before);
      return error!.extensions!;
    }

    it('NOT_FOUND for an unknown participant, transition or meeting', async () => {
      const unknown = 'c0ffee00-0000-4000-8000-00000000dead';
      expect(await refused(null, () => propose({ ...proposalFor('p33', 'x'), participantId: unknown }))).toMatchObject({
        code: 'NOT_FOUND',
        typeName: 'Participant',
      });
      expect(
        await refused(null, () => call('executeTransition', 'TransitionStepInput', { transitionId: 'not-a-uuid' })),
      ).toMatchObject({ code: 'NOT_FOUND', typeName: 'Transition' });
      const placementId = await placedAtBjornegard('p33');
      const { data } = await propose(proposalFor('p33', placementId));
      expect(
        await refused(data!.id, () =>
          call('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
            flowMeetingId: unknown,
            transitionId: data!.id,
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND', typeName: 'FlowMeeting' });
    });

    it('BAD_USER_INPUT naming every field of a proposal', async () => {
      const placementId = await placedAtBjornegard('p34');
      const other = await placedAtBjornegard('p35');
      const error = await refused(null, () =>
        propose(
          proposalFor('p34', placementId, {
            participantWish: '  ',
            from: [{ placementId: other }, { placementId: 'nowhere' }],
            targets: [
              { offerId: BA_KORT, daysPerWeek: 2, startDate: '2027-10-01' },
              { offerId: 'c0ffee00-0000-4000-8000-00000000beef', startDate: '2027-11-01' },
            ],
          }),
        ),
      );
      expect(error.code).toBe('BAD_USER_INPUT');
      expect((error.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(
        [
          'participantWish',
          'from.0.placementId',
          'from.1.placementId',
          'targets.0.startDate',
          'targets.0.groupId',
          'targets.0.hoursPerWeek',
          'targets.0.daysPerWeek',
          'targets.1.offerId',
        ].sort(),
      );
    });

    it('BAD_USER_INPUT for ending a placement at a provider the hub cannot ask (no subgraph registered)', async () => {
      // Aurora has no subgraph: its places are arranged directly, so the hub has no call to end one.
      const id = `aurora-${sequence}`;
      await feedDelivers('aurora-verksted', {
        id,
        participant: 'p41',
        offerId: demoOfferId('aurora'),
        startDate: '2027-01-04',
      });
      const error = await refused(null, () => propose(proposalFor('p41', id)));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from.0.placementId' }] });
    });

    it('PLACEMENT_ENDED for a placement that has ended', async () => {
      const id = `bkd-ended-${sequence}`;
      await feedDelivers(DAY_SERVICES, {
        id,
        participant: 'p36',
        offerId: BJORNEGARD,
        startDate: '2026-08-17',
        endDate: '2027-06-30',
      });
      expect(await refused(null, () => propose(proposalFor('p36', id)))).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'PLACEMENT_ENDED',
      });
    });

    it('DECIDED_BY_NAV for a state place as target: NAV grants VTA, not the flow meeting', async () => {
      const placementId = await placedAtBjornegard('p40');
      const vta = demoOfferId('arba-vta');
      const error = await refused(null, () =>
        propose(
          proposalFor('p40', placementId, {
            kind: 'BETWEEN_PROVIDERS',
            targets: [{ offerId: vta, groupId: 'arena', hoursPerWeek: 30, startDate: '2027-11-01' }],
          }),
        ),
      );
      expect(error).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'DECIDED_BY_NAV', offerIds: [vta] });
    });

    it('a state place as target once NAV’s grant is in the hub: the NAV waiting list left for VENTER_PA_OPPSTART', async () => {
      const placementId = await placedAtBjornegard('p41');
      const vta = demoOfferId('arba-vta');
      const proposal = proposalFor('p41', placementId, {
        kind: 'BETWEEN_PROVIDERS',
        targets: [{ offerId: vta, groupId: 'arena', hoursPerWeek: 30, startDate: '2027-11-01' }],
      });
      const navLeaves = (version: number, leftReason: string | null, source = 'nav-baerum') =>
        intake.orm.em.fork().transactional(async (tx) => {
          const provider = await tx.findOneOrFail(Provider, { id: source });
          await applyFeedEvents(tx, provider, [
            {
              sequence: sequence++,
              type: 'waiting',
              id: `${source}-record-p41`,
              version,
              occurredAt: new Date().toISOString(),
              data: {
                participantId: demoParticipantId('p41'),
                personRef: null,
                offerId: vta,
                description: 'VTA, Arba Inkludering',
                since: '2027-03-01',
                leftOn: leftReason ? '2027-10-01' : null,
                leftReason,
              },
            },
          ]);
        });
      // Left NAV's list for a reason that is no grant: still refused.
      await navLeaves(1, 'IKKE_AKTUELL/FIKK_IKKE_PLASS');
      expect(await refused(null, () => propose(proposal))).toMatchObject({ rule: 'DECIDED_BY_NAV', offerIds: [vta] });
      // The same words from a feed that is not NAV's (not a state agency) are no grant either.
      await navLeaves(1, 'DELTAR', DAY_SERVICES);
      expect(await refused(null, () => propose(proposal))).toMatchObject({ rule: 'DECIDED_BY_NAV' });
      await navLeaves(2, 'VENTER_PA_OPPSTART');
      const { data } = await propose(proposal);
      expect(data).toMatchObject({ status: TransitionStatus.PROPOSED });
      const transitionId = (data as TransitionData).id;
      await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
        flowMeetingId: await meeting(2027, 41),
        transitionId,
      });
      await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', { transitionId, outcome: 'AGREED' });
      // The changed decision covers only the municipal part: the placement that ends; NAV decides the state place.
      const { decision } = (await decisionsOf('p41', transitionId)).transition;
      expect(decision).toMatchObject({ kind: 'CHANGED_OFFERS', decidedBy: 'ALLOCATION_OFFICE', offer: null });
      expect(decision!.nb.paragraphs[1]).toMatch(/^Plassen din på .+ slutter 31\. oktober 2027\.$/);
      expect(decision!.nb.paragraphs[2]).toMatch(
        /^Du ønsker plass på .+\. Det er NAV som bestemmer om den plassen, og NAV sender deg sitt eget vedtak\. Dette vedtaket gjelder bare kommunens del\.$/,
      );
      expect(decision!.en.paragraphs[2]).toMatch(/NAV decides on that place.*covers only the municipality’s part\.$/);
      expect(decision!.nb.paragraphs.join(' ')).not.toMatch(/Du får plass/);
      // NAV puts the person back on its waiting list: the grant is gone, and execution asks no provider.
      await navLeaves(3, null);
      expect(
        await refused(transitionId, () => call('executeTransition', 'TransitionStepInput', { transitionId })),
      ).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'DECIDED_BY_NAV', offerIds: [vta] });
    });

    it('TRANSITION_OVERLAP for the same placement or the same target offer and group', async () => {
      const placementId = await placedAtBjornegard('p37');
      const second = await placedAtBjornegard('p37');
      const { data } = await propose(proposalFor('p37', placementId));
      expect(
        await refused(data!.id, () =>
          propose(
            proposalFor('p37', placementId, {
              targets: [{ offerId: BA_KORT, groupId: OTHER_GROUP, hoursPerWeek: 10, startDate: '2027-11-01' }],
            }),
          ),
        ),
      ).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'TRANSITION_OVERLAP', placementId });
      expect(await refused(data!.id, () => propose(proposalFor('p37', second)))).toMatchObject({
        rule: 'TRANSITION_OVERLAP',
        offerId: BA_KORT,
      });
      // Once withdrawn, it holds nothing.
      await call('withdrawTransition', 'TransitionStepInput', { transitionId: data!.id });
      expect((await propose(proposalFor('p37', placementId))).data!.status).toBe('PROPOSED');
    });

    it('TRANSITION_STATE for forbidden steps, CONFLICT for a stale version, BAD_USER_INPUT for a rejection without reason', async () => {
      const placementId = await placedAtBjornegard('p38');
      const { data } = await propose(proposalFor('p38', placementId));
      const id = data!.id;
      expect(
        await refused(id, () => call('executeTransition', 'TransitionStepInput', { transitionId: id })),
      ).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'TRANSITION_STATE',
        from: 'PROPOSED',
        to: 'EXECUTING',
      });
      expect(
        await refused(id, () =>
          call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', { transitionId: id, outcome: 'AGREED' }),
        ),
      ).toMatchObject({ rule: 'TRANSITION_STATE' });
      expect(
        await refused(id, () => call('settleTransition', 'TransitionStepInput', { transitionId: id })),
      ).toMatchObject({ rule: 'TRANSITION_STATE' });
      const flowMeetingId = await meeting(2027, 41);
      expect(
        await refused(id, () =>
          call('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
            flowMeetingId,
            transitionId: id,
            expectedVersion: data!.version - 1,
          }),
        ),
      ).toMatchObject({ code: 'CONFLICT', currentVersion: data!.version });
      await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', { flowMeetingId, transitionId: id });
      expect(
        await refused(id, () =>
          call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', { transitionId: id, outcome: 'REJECTED' }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', en: 'is required.' }] });
      await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
        transitionId: id,
        outcome: 'AGREED',
      });
      expect(
        await refused(id, () => call('withdrawTransition', 'TransitionStepInput', { transitionId: id })),
      ).toMatchObject({ rule: 'TRANSITION_STATE', from: 'AGREED', to: 'WITHDRAWN' });
    });

    // Issue 11: a flow meeting could be created for a week gone by, where nothing can be agreed any more.
    it('refuses a flow meeting whose week has ended (FLOW_MEETING_IN_PAST), writing nothing', async () => {
      expect(
        await refused(null, () => call('createFlowMeeting', 'CreateFlowMeetingInput', { year: 2027, week: 18 })),
      ).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'FLOW_MEETING_IN_PAST',
        year: 2027,
        week: 18,
        weekEnds: '2027-05-09',
      });
      // The week under way (TODAY is its Monday) and a week to come are fine.
      expect(await meeting(2027, 41)).toEqual(expect.any(String));
    });

    // Issue 11: an outcome could be recorded for a meeting in a week to come, so the changed decision (endret vedtak)
    // was dated today and cited a meeting that had not been held.
    it('refuses an outcome before the meeting’s week has begun (FLOW_MEETING_NOT_HELD), writing no changed decision', async () => {
      const placementId = await placedAtBjornegard('p45');
      const { data } = await propose(proposalFor('p45', placementId));
      const flowMeetingId = await meeting(2028, 18);
      await call('addTransitionToAgenda', 'AddTransitionToAgendaInput', { flowMeetingId, transitionId: data!.id });
      for (const outcome of ['AGREED', 'POSTPONED']) {
        expect(
          await refused(data!.id, () =>
            call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', { transitionId: data!.id, outcome }),
          ),
        ).toMatchObject({
          code: 'FAILED_PRECONDITION',
          rule: 'FLOW_MEETING_NOT_HELD',
          year: 2028,
          week: 18,
          weekBegins: '2028-05-01',
        });
      }
      // On the Monday of the week the meeting is held, and its outcome can be recorded.
      today = '2028-05-01';
      const { data: done, error } = await call('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
        transitionId: data!.id,
        outcome: 'AGREED',
      });
      expect(error).toBeUndefined();
      expect(done).toMatchObject({ status: 'AGREED' });
    });

    // Issue 11: executing is the step that moves people; it is refused too before the meeting's week has begun.
    it('refuses to execute before the meeting’s week has begun (FLOW_MEETING_NOT_HELD), asking no provider', async () => {
      const transition = await agreed('p29');
      today = '2027-10-08';
      expect(
        await refused(transition.id, () =>
          call('executeTransition', 'TransitionStepInput', { transitionId: transition.id }),
        ),
      ).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'FLOW_MEETING_NOT_HELD', week: 41, weekBegins: TODAY });
    });

    // Issue 11: revertTransition is the compensating step only for a transition whose targets could not start.
    it('refuses to revert a transition that is not EXECUTING or whose target started, writing nothing', async () => {
      const transition = await agreed('p28');
      const revert = (reason: string) =>
        call('revertTransition', 'RevertTransitionInput', { transitionId: transition.id, reason });
      expect(await refused(transition.id, () => revert('For tidlig. / Too early.'))).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'TRANSITION_STATE',
        from: 'AGREED',
        to: 'REVERTING',
      });
      const { data: executing } = await call('executeTransition', 'TransitionStepInput', {
        transitionId: transition.id,
      });
      expect(executing!.steps.map((s) => s.outcome)).toEqual(['ENDED', 'CREATED']);
      expect(await refused(transition.id, () => revert(' '))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'reason' }],
      });
      expect(await refused(transition.id, () => revert('Angret. / Changed our minds.'))).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'TRANSITION_TARGET_STARTED',
        stepIds: [executing!.steps[1]!.id],
      });
    });

    it('BAD_USER_INPUT for a flow meeting outside weeks 18 and 41, CONFLICT for a second one of the same week', async () => {
      expect(
        await refused(null, () => call('createFlowMeeting', 'CreateFlowMeetingInput', { year: 2027, week: 20 })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'week' }] });
      await meeting(2027, 41);
      expect(
        await refused(null, () => call('createFlowMeeting', 'CreateFlowMeetingInput', { year: 2027, week: 41 })),
      ).toMatchObject({ code: 'CONFLICT' });
    });

    // A second createFlowMeeting for the same year and week (the meeting's key) said only "exists already": a client
    // could not open the meeting that exists. CONFLICT now names it, in the message and in extensions.flowMeetingId.
    it('answers a duplicate createFlowMeeting with CONFLICT naming the existing meeting and its id', async () => {
      const existing = await meeting(2028, 18);
      const before = await intake.orm.em.fork().count(FlowMeeting, {});
      const error = await refused(null, () =>
        call('createFlowMeeting', 'CreateFlowMeetingInput', { year: 2028, week: 18 }),
      );
      expect(error).toMatchObject({ code: 'CONFLICT', flowMeetingId: existing });
      const { error: again } = await call('createFlowMeeting', 'CreateFlowMeetingInput', { year: 2028, week: 18 });
      expect((again as { message?: string }).message).toBe(
        `Det finnes allerede et flytmøte i uke 18 2028 (id ${existing}). / A flow meeting already exists for week 18 2028 (id ${existing}).`,
      );
      expect(await intake.orm.em.fork().count(FlowMeeting, {})).toBe(before);
    });
  });
});
