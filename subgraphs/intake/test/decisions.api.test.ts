import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest, writesOfAReadOnlyFlush } from '@veiinn/testing';
import { ApplicationStatusChange } from '../src/casework/application/application.entity';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Decision } from '../src/casework/decision/decision.entity';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { applyFeedEvents } from '../src/network/feed/apply';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { startFakeProvider, startTestIntake, type FakeProvider, type TestIntake } from './support';

const DAY_SERVICES = 'baerum-kommunale-dagtilbud';
const WORK_CENTRE = 'baerum-arbeidssenter';
const BJORNEGARD = demoOfferId('bjornegard');
const BINNA = demoOfferId('binna');
const BA_KORT = demoOfferId('ba-kort');
const AURORA = demoOfferId('aurora');
const ARBA_VTA = demoOfferId('arba-vta');
const GROUP = 'c0ffee00-0000-4000-8000-000000000001';
const TODAY = '2026-11-23';

const DECISION_FIELDS = /* GraphQL */ `
  id outcome version groupId daysPerWeek hoursPerWeek startDate reason decidedOn
  placementStatus placementId placementAttempts placementError
  placementRefusal { code rule message }
  placement { id startDate daysPerWeek }
  offer { id }
  participant { id }
  application { id status statusHistory { status by } decision { id } }
  waitingEntries { id since leftOn leftReason position source { id } offer { id } }
`;
const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { ${DECISION_FIELDS} } }`;
const RETRY = `mutation ($input: RetryDecisionPlacementInput!) { retryDecisionPlacement(input: $input) { ${DECISION_FIELDS} } }`;
const READ_DECISION = `query ($id: ID!) { decision(id: $id) { ${DECISION_FIELDS} } }`;
const READ_APPLICATION = `query ($id: ID!) { application(id: $id) { status version statusHistory { status } decision { id } } }`;

type DecisionData = {
  id: string;
  outcome: string;
  version: number;
  placementStatus: string | null;
  placementId: string | null;
  placementAttempts: number;
  placementError: string | null;
  placementRefusal: { code: string; rule: string | null; message: string } | null;
  placement: { id: string; startDate: string; daysPerWeek: number | null } | null;
  application: {
    id: string;
    status: string;
    statusHistory: { status: string; by: string }[];
    decision: { id: string };
  };
  waitingEntries: {
    id: string;
    since: string;
    leftOn: string | null;
    leftReason: string | null;
    position: number | null;
    source: { id: string } | null;
    offer: { id: string } | null;
  }[];
  [key: string]: unknown;
};

describe('decisions through the intake subgraph', () => {
  let intake: TestIntake;
  let dayServices: FakeProvider;
  let workCentre: FakeProvider;
  beforeAll(async () => {
    dayServices = await startFakeProvider();
    workCentre = await startFakeProvider({ group: true, daysPerWeek: false, hoursPerWeek: true });
    intake = await startTestIntake({
      today: TODAY,
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
    dayServices.groups = null;
    workCentre.groups = null;
  });

  /** A submitted application under assessment, for the participant and offers. */
  async function underAssessment(participant: string, offerIds: string[]): Promise<{ id: string; version: number }> {
    type Step = { id: string; version: number };
    const { createApplication } = await graphqlData<{ createApplication: Step }>(
      intake.url,
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
      { input: { participantId: demoParticipantId(participant), offerIds } },
    );
    let version = createApplication.version;
    for (const step of ['submitApplication', 'startApplicationAssessment']) {
      const data = await graphqlData<Record<string, Step>>(
        intake.url,
        `mutation ($input: ApplicationStepInput!) { ${step}(input: $input) { id version } }`,
        { input: { applicationId: createApplication.id, expectedVersion: version } },
      );
      version = data[step].version;
    }
    return { id: createApplication.id, version };
  }

  async function decide(input: Record<string, unknown>) {
    const result = await graphqlRequest<{ decideApplication: DecisionData }>(intake.url, DECIDE, { input });
    return { data: result.data?.decideApplication ?? null, error: result.errors?.[0] };
  }
  async function retry(input: Record<string, unknown>) {
    const result = await graphqlRequest<{ retryDecisionPlacement: DecisionData }>(intake.url, RETRY, { input });
    return { data: result.data?.retryDecisionPlacement ?? null, error: result.errors?.[0] };
  }
  const readDecision = async (id: string) =>
    (await graphqlData<{ decision: DecisionData | null }>(intake.url, READ_DECISION, { id })).decision;

  /** What decisions may write, and the application as read back: a refusal must leave all of it as it was. */
  async function snapshot(applicationId: string) {
    const em = intake.orm.em.fork();
    return {
      decisions: await em.count(Decision, {}),
      audit: await em.count(AuditEntry, {}),
      waiting: await em.count(WaitingEntry, {}),
      history: await em.count(ApplicationStatusChange, {}),
      calls: dayServices.calls.length + workCentre.calls.length,
      application: (await graphqlData<{ application: unknown }>(intake.url, READ_APPLICATION, { id: applicationId }))
        .application,
    };
  }

  /** The provider's feed delivering the placement it created, applied by the hub's own feed code. */
  async function feedDelivers(placementId: string, participant: string, offerId: string, startDate: string) {
    await intake.orm.em.fork().transactional(async (tx) => {
      const provider = await tx.findOneOrFail(Provider, { id: DAY_SERVICES });
      await applyFeedEvents(tx, provider, [
        {
          sequence: 1000,
          type: 'placement',
          id: placementId,
          version: 1,
          occurredAt: new Date().toISOString(),
          data: {
            participantId: demoParticipantId(participant),
            offerId,
            startDate,
            endDate: null,
            hoursPerWeek: null,
            daysPerWeek: 3,
          },
        },
      ]);
    });
  }

  it('grants a day-services place: the provider is asked, the placement is created, and the hub sees it once the feed brings it', async () => {
    const application = await underAssessment('p31', [BINNA, BJORNEGARD]);
    const { data, error } = await decide({
      applicationId: application.id,
      expectedVersion: application.version,
      outcome: 'GRANTED',
      offerId: BJORNEGARD,
      groupId: GROUP,
      daysPerWeek: 3,
      startDate: '2027-01-04',
    });
    expect(error).toBeUndefined();
    // The placement protocol, with the decision as the idempotency key (every provider is asked the same way).
    expect(dayServices.calls).toEqual([
      {
        field: 'POST /placements',
        input: {
          idempotencyKey: `decision:${data!.id}`,
          participantId: demoParticipantId('p31'),
          offerId: BJORNEGARD,
          groupId: GROUP,
          daysPerWeek: 3,
          hoursPerWeek: null,
          startDate: '2027-01-04',
          decisionId: data!.id,
        },
      },
    ]);
    expect(data).toMatchObject({
      outcome: 'GRANTED',
      decidedOn: TODAY,
      placementStatus: 'PLACEMENT_CREATED',
      placementId: dayServices.created[0],
      placementAttempts: 1,
      placementError: null,
      placementRefusal: null,
      // Not complete yet: the hub has not seen the placement in the provider's feed.
      placement: null,
      offer: { id: BJORNEGARD },
      application: {
        status: 'DECIDED',
        statusHistory: [
          { status: 'DRAFT', by: 'APPLICANT' },
          { status: 'SUBMITTED', by: 'APPLICANT' },
          { status: 'UNDER_ASSESSMENT', by: 'CASE_WORKER' },
          { status: 'DECIDED', by: 'CASE_WORKER' },
        ],
      },
      waitingEntries: [],
    });
    expect(data!.application.decision.id).toBe(data!.id);

    await feedDelivers(data!.placementId!, 'p31', BJORNEGARD, '2027-01-04');
    expect((await readDecision(data!.id))!.placement).toEqual({
      id: data!.placementId,
      startDate: '2027-01-04',
      daysPerWeek: 3,
    });
    // Reading the decision writes nothing back (timestamps are 'Date', not 'datetime').
    expect(await writesOfAReadOnlyFlush(intake.orm)).toEqual([]);
  });

  it('grants work-centre hours through the placement protocol', async () => {
    const application = await underAssessment('p32', [BA_KORT]);
    const { data } = await decide({
      applicationId: application.id,
      outcome: 'GRANTED',
      offerId: BA_KORT,
      groupId: GROUP,
      hoursPerWeek: 20,
      startDate: TODAY,
    });
    expect(data).toMatchObject({ placementStatus: 'PLACEMENT_CREATED', hoursPerWeek: 20, daysPerWeek: null });
    expect(workCentre.calls.at(-1)).toEqual({
      field: 'POST /placements',
      input: {
        idempotencyKey: `decision:${data!.id}`,
        participantId: demoParticipantId('p32'),
        offerId: BA_KORT,
        groupId: GROUP,
        daysPerWeek: null,
        hoursPerWeek: 20,
        startDate: TODAY,
        decisionId: data!.id,
      },
    });
  });

  it('keeps the decision when the provider refuses (GROUP_FULL), shows why, and a retry with another group places', async () => {
    const application = await underAssessment('p33', [BJORNEGARD]);
    dayServices.mode = 'group-full';
    const { data, error } = await decide({
      applicationId: application.id,
      outcome: 'GRANTED',
      offerId: BJORNEGARD,
      groupId: GROUP,
      daysPerWeek: 2,
      startDate: '2027-01-04',
    });
    // The mutation answers with the decision and the provider's refusal, not with an error.
    expect(error).toBeUndefined();
    expect(data).toMatchObject({
      placementStatus: 'PLACEMENT_REFUSED',
      placementId: null,
      placementRefusal: { code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL', message: expect.stringContaining('full') },
      application: { status: 'DECIDED' },
    });

    dayServices.mode = 'create';
    // Issue 11: another group is checked against the provider's list too, and a foreign one changes nothing.
    const foreign = await retry({ decisionId: data!.id, groupId: 'no-such-group' });
    expect(foreign.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'groupId' }] });
    expect(await readDecision(data!.id)).toMatchObject({
      groupId: GROUP,
      version: data!.version,
      placementAttempts: 1,
    });
    const other = 'c0ffee00-0000-4000-8000-000000000002';
    const again = await retry({ decisionId: data!.id, groupId: other, expectedVersion: data!.version });
    expect(again.error).toBeUndefined();
    expect(again.data).toMatchObject({
      placementStatus: 'PLACEMENT_CREATED',
      groupId: other,
      placementRefusal: null,
      placementAttempts: 2,
    });
    expect(dayServices.calls.at(-1)!.input['groupId']).toBe(other);

    // A created placement is not asked for again.
    const before = await snapshot(application.id);
    const twice = await retry({ decisionId: data!.id });
    expect(twice.error?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'DECISION_PLACEMENT_STATE',
      placementStatus: 'PLACEMENT_CREATED',
    });
    expect(await snapshot(application.id)).toEqual(before);
  });

  it('keeps PLACEMENT_REQUESTED while the provider is unreachable, and a retry places once it answers', async () => {
    const application = await underAssessment('p34', [BJORNEGARD]);
    dayServices.mode = 'down';
    const { data, error } = await decide({
      applicationId: application.id,
      outcome: 'GRANTED',
      offerId: BJORNEGARD,
      groupId: GROUP,
      daysPerWeek: 2,
      startDate: '2027-01-04',
    });
    expect(error).toBeUndefined();
    expect(data).toMatchObject({
      placementStatus: 'PLACEMENT_REQUESTED',
      placementId: null,
      placementAttempts: 1,
      placementError: expect.stringContaining('unreachable'),
      application: { status: 'DECIDED' },
    });
    dayServices.mode = 'create';
    const again = await retry({ decisionId: data!.id });
    expect(again.data).toMatchObject({
      placementStatus: 'PLACEMENT_CREATED',
      placementId: dayServices.created.at(-1),
      placementError: null,
      placementAttempts: 2,
    });
  });

  it('adopts a placement the hub already sees instead of asking again, when an earlier answer was lost', async () => {
    // The provider created the placement, but its answer never reached the hub; its feed then delivered it.
    const application = await underAssessment('p35', [BJORNEGARD]);
    dayServices.mode = 'down';
    const { data } = await decide({
      applicationId: application.id,
      outcome: 'GRANTED',
      offerId: BJORNEGARD,
      groupId: GROUP,
      daysPerWeek: 3,
      startDate: '2027-01-04',
    });
    expect(data!.placementStatus).toBe('PLACEMENT_REQUESTED');
    const lost = 'c0ffee00-0000-4000-8000-0000000000aa';
    await feedDelivers(lost, 'p35', BJORNEGARD, '2027-01-04');
    const calls = dayServices.calls.length;
    const again = await retry({ decisionId: data!.id });
    expect(again.data).toMatchObject({
      placementStatus: 'PLACEMENT_CREATED',
      placementId: lost,
      placement: { id: lost },
    });
    expect(dayServices.calls.length).toBe(calls);
  });

  it('arranges a place directly with a provider without a subgraph of its own', async () => {
    const application = await underAssessment('p36', [AURORA]);
    const calls = dayServices.calls.length + workCentre.calls.length;
    const { data } = await decide({
      applicationId: application.id,
      outcome: 'GRANTED',
      offerId: AURORA,
      startDate: '2027-01-04',
    });
    expect(data).toMatchObject({ placementStatus: 'ARRANGED_DIRECTLY', placementAttempts: 0, placement: null });
    expect(dayServices.calls.length + workCentre.calls.length).toBe(calls);
  });

  // Issue 16: the hub knew its providers by id in code (their subgraphs, what their placements need, how to list
  // their groups), so a partner that joined by registration could not be placed at without a change in the hub.
  it('places at a provider that joined by registration alone, by what its terms say it needs', async () => {
    const partner = await startFakeProvider({ group: false, daysPerWeek: false, hoursPerWeek: true });
    const setFeed = (feedUrl: string | null, subgraph: string | null) =>
      graphqlData(intake.url, `mutation ($input: SetProviderFeedInput!) { setProviderFeed(input: $input) { id } }`, {
        input: { providerId: 'aurora-verksted', feedUrl, subgraph },
      });
    try {
      await setFeed(partner.feedUrl, 'aurora-verksted');
      const application = await underAssessment('p39', [AURORA]);
      const grant = { applicationId: application.id, outcome: 'GRANTED', offerId: AURORA, startDate: '2027-01-04' };
      // Its terms ask for hours a week and no group: the decision is checked by them before anything is written.
      const missing = await decide({ ...grant, daysPerWeek: 2 });
      expect((missing.error?.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
        'daysPerWeek',
        'hoursPerWeek',
      ]);
      const { data, error } = await decide({ ...grant, hoursPerWeek: 10 });
      expect(error).toBeUndefined();
      expect(data).toMatchObject({ placementStatus: 'PLACEMENT_CREATED', placementId: partner.created[0] });
      expect(partner.calls).toEqual([
        {
          field: 'POST /placements',
          input: expect.objectContaining({ offerId: AURORA, hoursPerWeek: 10, groupId: null }),
        },
      ]);
      expect(partner.termsReads).toBe(2);
    } finally {
      await setFeed(null, null);
      await partner.stop();
    }
  });

  it('puts the applicant on the hub’s waiting list, in order of waiting, and a withdrawal leaves it (WITHDRAWN)', async () => {
    const first = await underAssessment('p37', [BINNA]);
    const second = await underAssessment('p38', [BINNA, BJORNEGARD]);
    const waited = await decide({ applicationId: first.id, outcome: 'WAITING' });
    expect(waited.error).toBeUndefined();
    expect(waited.data).toMatchObject({
      outcome: 'WAITING',
      placementStatus: null,
      offer: null,
      application: { status: 'DECIDED' },
      waitingEntries: [{ since: TODAY, leftOn: null, position: 1, source: { id: 'tildelingskontoret' } }],
    });
    // Without an offer named, every municipal offer applied for.
    const both = await decide({ applicationId: second.id, outcome: 'WAITING', reason: 'Ingen ledige plasser nå.' });
    const byOffer = (entries: DecisionData['waitingEntries'], key: 'position' | 'leftReason') =>
      Object.fromEntries(entries.map((w) => [w.offer!.id, w[key]]));
    expect(byOffer(both.data!.waitingEntries, 'position')).toEqual({ [BINNA]: 2, [BJORNEGARD]: 1 });

    const list = async (offerId: string, includeLeft = false) =>
      (
        await graphqlData<{
          waitingList: { participant: { id: string }; position: number | null; leftReason: string | null }[];
        }>(
          intake.url,
          `query ($offerId: ID!, $includeLeft: Boolean!) { waitingList(offerId: $offerId, includeLeft: $includeLeft) { participant { id } position leftReason } }`,
          { offerId, includeLeft },
        )
      ).waitingList;
    expect(await list(BINNA)).toEqual([
      { participant: { id: demoParticipantId('p37') }, position: 1, leftReason: null },
      { participant: { id: demoParticipantId('p38') }, position: 2, leftReason: null },
    ]);

    const { withdrawApplication } = await graphqlData<{ withdrawApplication: { status: string } }>(
      intake.url,
      `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { status } }`,
      { input: { applicationId: first.id, reason: 'Har fått jobb.' } },
    );
    expect(withdrawApplication.status).toBe('WITHDRAWN');
    expect(await list(BINNA)).toEqual([
      { participant: { id: demoParticipantId('p38') }, position: 1, leftReason: null },
    ]);
    expect(await list(BINNA, true)).toEqual([
      { participant: { id: demoParticipantId('p37') }, position: null, leftReason: 'WITHDRAWN' },
      { participant: { id: demoParticipantId('p38') }, position: 1, leftReason: null },
    ]);

    // Granted that offer later, in a new application: the entry is left as PLACED, not deleted.
    const later = await underAssessment('p38', [BINNA]);
    const granted = await decide({
      applicationId: later.id,
      outcome: 'GRANTED',
      offerId: BINNA,
      groupId: GROUP,
      daysPerWeek: 2,
      startDate: '2027-01-04',
    });
    expect(granted.data!.placementStatus).toBe('PLACEMENT_CREATED');
    expect(await list(BINNA, true)).toEqual([
      { participant: { id: demoParticipantId('p37') }, position: null, leftReason: 'WITHDRAWN' },
      { participant: { id: demoParticipantId('p38') }, position: null, leftReason: 'PLACED' },
    ]);
    // Still waiting for the other offer of the same decision.
    expect(byOffer((await readDecision(both.data!.id))!.waitingEntries, 'leftReason')).toEqual({
      [BINNA]: 'PLACED',
      [BJORNEGARD]: null,
    });
  });

  it('rejects with a reason, and writes a plain letter in bokmål and English, also as text', async () => {
    const application = await underAssessment('p39', [BJORNEGARD]);
    const { data } = await decide({
      applicationId: application.id,
      outcome: 'REJECTED',
      reason: 'Du har allerede et dagtilbud som passer.',
    });
    expect(data).toMatchObject({ outcome: 'REJECTED', placementStatus: null, offer: null });
    type Letter = { title: string; date: string; greeting: string; paragraphs: string[]; appeal: string };
    const { decision } = await graphqlData<{ decision: { nb: Letter; en: Letter; participant: { fullName: string } } }>(
      intake.url,
      `query ($id: ID!) { decision(id: $id) { participant { fullName }
        nb: letter { title date greeting paragraphs appeal } en: letter(language: EN) { title date greeting paragraphs appeal } } }`,
      { id: data!.id },
    );
    expect(decision.nb).toMatchObject({
      title: 'Du har ikke fått plass',
      date: '23. november 2026',
      greeting: `Hei, ${decision.participant.fullName}`,
      appeal: expect.stringContaining('innen 3 uker'),
    });
    expect(decision.nb.paragraphs.join(' ')).toContain('Bjørnegård aktivitetshus');
    expect(decision.nb.paragraphs.join(' ')).toContain('Du har allerede et dagtilbud som passer.');
    expect(decision.en).toMatchObject({ title: 'You have not been given a place', date: '23 November 2026' });
    expect(decision.en.appeal).toContain('within 3 weeks');

    const text = await fetch(intake.url.replace(/\/graphql$/, `/decisions/${data!.id}/letter?lang=nb`));
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
    const body = await text.text();
    expect(body).toContain('Du har ikke fått plass');
    expect(body).toContain(decision.participant.fullName);
    expect(body).toContain('Tildelingskontoret');
    const english = await fetch(intake.url.replace(/\/graphql$/, `/decisions/${data!.id}/letter?lang=en`));
    expect(await english.text()).toContain('You have not been given a place');
    expect((await fetch(intake.url.replace(/\/graphql$/, `/decisions/${data!.id}/letter?lang=se`))).status).toBe(400);
    expect((await fetch(intake.url.replace(/\/graphql$/, '/decisions/nope/letter'))).status).toBe(404);
  });

  describe('refusals change nothing', () => {
    async function refused(applicationId: string, input: Record<string, unknown>) {
      const before = await snapshot(applicationId);
      const { data, error } = await decide({ applicationId, ...input });
      expect(data).toBeNull();
      expect(await snapshot(applicationId)).toEqual(before);
      return error!;
    }

    it('NOT_FOUND for an unknown application', async () => {
      const error = await refused('c0ffee00-0000-4000-8000-00000000dead', { outcome: 'WAITING' });
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'Application' });
      const retried = await retry({ decisionId: 'not-a-uuid' });
      expect(retried.error?.extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'Decision' });
    });

    it('CONFLICT for a stale expectedVersion', async () => {
      const application = await underAssessment('p40', [BJORNEGARD]);
      const error = await refused(application.id, { outcome: 'WAITING', expectedVersion: application.version - 1 });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: application.version });
    });

    it('BAD_USER_INPUT naming every field', async () => {
      const application = await underAssessment('p41', [BJORNEGARD, BA_KORT]);
      const fields = async (input: Record<string, unknown>) => {
        const error = await refused(application.id, input);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        return (error.extensions!.fields as { field: string }[]).map((f) => f.field);
      };
      expect(await fields({ outcome: 'REJECTED' })).toEqual(['reason']);
      expect(await fields({ outcome: 'REJECTED', reason: 'Nei.', startDate: '2027-01-04', offerId: BA_KORT })).toEqual([
        'startDate',
        'offerId',
      ]);
      expect(await fields({ outcome: 'GRANTED', offerId: BINNA, startDate: '2027-01-04' })).toEqual(['offerId']);
      expect(await fields({ outcome: 'GRANTED', offerId: BJORNEGARD, hoursPerWeek: 10 })).toEqual([
        'startDate',
        'groupId',
        'daysPerWeek',
        'hoursPerWeek',
      ]);
      expect(
        await fields({
          outcome: 'GRANTED',
          offerId: BA_KORT,
          groupId: GROUP,
          hoursPerWeek: 31,
          startDate: '2027-01-04',
        }),
      ).toEqual(['hoursPerWeek']);
    });

    it('APPLICATION_STATE before assessment and after a decision', async () => {
      const { createApplication } = await graphqlData<{ createApplication: { id: string } }>(
        intake.url,
        `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
        { input: { participantId: demoParticipantId('p42'), offerIds: [BJORNEGARD] } },
      );
      const draft = await refused(createApplication.id, { outcome: 'WAITING' });
      expect(draft.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'APPLICATION_STATE', from: 'DRAFT' });

      const application = await underAssessment('p42', [BJORNEGARD]);
      await decide({ applicationId: application.id, outcome: 'REJECTED', reason: 'Nei.' });
      const twice = await refused(application.id, { outcome: 'REJECTED', reason: 'Nei igjen.' });
      expect(twice.extensions).toMatchObject({ rule: 'APPLICATION_STATE', from: 'DECIDED', to: 'DECIDED' });

      const withdrawn = await underAssessment('p43', [BJORNEGARD]);
      await graphqlData(
        intake.url,
        `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { status } }`,
        { input: { applicationId: withdrawn.id, reason: 'Flytter.' } },
      );
      const after = await refused(withdrawn.id, { outcome: 'WAITING' });
      expect(after.extensions).toMatchObject({ rule: 'APPLICATION_STATE', from: 'WITHDRAWN' });
      // A rejected decision is final: withdrawing it is refused too, and changes nothing.
      const notWaiting = await graphqlRequest(
        intake.url,
        `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { status } }`,
        { input: { applicationId: application.id, reason: 'Angrer.' } },
      );
      expect(notWaiting.errors?.[0].extensions).toMatchObject({ rule: 'APPLICATION_STATE', from: 'DECIDED' });
    });

    it('DECIDED_BY_NAV for a state place', async () => {
      const application = await underAssessment('p44', [ARBA_VTA]);
      const granted = await refused(application.id, {
        outcome: 'GRANTED',
        offerId: ARBA_VTA,
        groupId: 'montering',
        hoursPerWeek: 30,
        startDate: '2027-01-04',
      });
      expect(granted.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'DECIDED_BY_NAV',
        offerIds: [ARBA_VTA],
      });
      const rejected = await refused(application.id, { outcome: 'REJECTED', reason: 'Nei.' });
      expect(rejected.extensions).toMatchObject({ rule: 'DECIDED_BY_NAV' });
    });

    // Issue 11: a group of another offer, or no group at all, was written into a final decision and a letter saying
    // "Du har fått plass" before the provider refused the placement. The hub now asks the provider for its groups
    // before the transaction, and an unknown or foreign group writes nothing.
    it('refuses a GRANTED decision for a group that is not the offer’s, before writing anything', async () => {
      const application = await underAssessment('p46', [BJORNEGARD, BINNA]);
      const foreign = 'c0ffee00-0000-4000-8000-0000000000f0';
      dayServices.groups = [
        { id: GROUP, offerId: BJORNEGARD },
        { id: foreign, offerId: BINNA },
      ];
      const grant = { outcome: 'GRANTED', offerId: BJORNEGARD, daysPerWeek: 2, startDate: '2027-01-04' };
      for (const groupId of [foreign, 'no-such-group']) {
        const asked = dayServices.termsReads;
        const error = await refused(application.id, { ...grant, groupId });
        expect(dayServices.termsReads).toBe(asked + 1);
        expect(error.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'groupId', message: expect.stringContaining(`«${groupId}»`) }],
        });
        expect((error.extensions!.fields as { message: string }[])[0]!.message).toContain(' / ');
      }
      // The offer's own group is granted as before.
      const { data, error } = await decide({ applicationId: application.id, ...grant, groupId: GROUP });
      expect(error).toBeUndefined();
      expect(data).toMatchObject({ placementStatus: 'PLACEMENT_CREATED', groupId: GROUP });
    });

    it('refuses a GRANTED decision for an offer the provider has withdrawn, before writing anything', async () => {
      const application = await underAssessment('p47', [BJORNEGARD]);
      await intake.orm.em.fork().nativeUpdate(Offer, { id: BJORNEGARD }, { withdrawn: true });
      try {
        const error = await refused(application.id, {
          outcome: 'GRANTED',
          offerId: BJORNEGARD,
          groupId: GROUP,
          daysPerWeek: 2,
          startDate: '2027-01-04',
        });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'offerId' }] });
      } finally {
        await intake.orm.em.fork().nativeUpdate(Offer, { id: BJORNEGARD }, { withdrawn: false });
      }
    });

    it('START_BEFORE_DECISION for a start before the day of the decision', async () => {
      const application = await underAssessment('p45', [BJORNEGARD]);
      const error = await refused(application.id, {
        outcome: 'GRANTED',
        offerId: BJORNEGARD,
        groupId: GROUP,
        daysPerWeek: 2,
        startDate: '2026-11-22',
      });
      expect(error.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'START_BEFORE_DECISION',
        decidedOn: TODAY,
      });
    });
  });
});
