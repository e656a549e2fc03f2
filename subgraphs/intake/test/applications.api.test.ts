import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest, writesOfAReadOnlyFlush } from '@veiinn/testing';
import {
  Application,
  ApplicationChoice,
  ApplicationExperience,
  ApplicationStatusChange,
} from '../src/casework/application/application.entity';
import { VtaAssessment } from '../src/casework/application/vta-assessment.entity';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { startTestIntake, type TestIntake } from './support';

const ACTIVITY = demoOfferId('bjornegard');
const ADAPTED_WORK = demoOfferId('ba-kort');
const ADAPTED_WORK_2 = demoOfferId('ba-ramme');
const VTA = demoOfferId('arba-vta');

const APPLICATION_FIELDS = /* GraphQL */ `
  id
  status
  round
  intakeYear
  newcomer
  version
  submittedByRole
  submittedByName
  submittedAt
  withdrawalReason
  daysPerWeek
  tradeWishes
  participant { fullName }
  choices { rank offer { id title { nb } } }
  experience { kind place startDate endDate description }
  statusHistory { status by }
  vtaAssessment { status version }
`;
const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateApplicationDraftInput!) { updateApplicationDraft(input: $input) { ${APPLICATION_FIELDS} } }`;
const SUBMIT = `mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const START = `mutation ($input: ApplicationStepInput!) { startApplicationAssessment(input: $input) { ${APPLICATION_FIELDS} } }`;
const WITHDRAW = `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const RECORD_VTA = `mutation ($input: RecordVtaAssessmentInput!) { recordVtaAssessment(input: $input) { status note version applicationId participant { id } } }`;
const READ = `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;

type AppData = {
  id: string;
  status: string;
  round: string;
  intakeYear: number | null;
  version: number;
  submittedAt: string | null;
  choices: { rank: number; offer: { id: string; title: { nb: string } } }[];
  statusHistory: { status: string; by: string }[];
  vtaAssessment: { status: string; version: number } | null;
  [key: string]: unknown;
};

describe('applications through the intake subgraph', () => {
  let intake: TestIntake;
  let today = '2026-11-23';
  beforeAll(async () => {
    intake = await startTestIntake({ today: () => today });
  });
  afterAll(() => intake.stop());
  afterEach(() => {
    today = '2026-11-23';
  });

  /** Everything applications may write, and one application as read back: a refusal must leave both as they were. */
  async function snapshot(id?: string) {
    const em = intake.orm.em.fork();
    const counts = {
      applications: await em.count(Application, {}),
      choices: await em.count(ApplicationChoice, {}),
      experience: await em.count(ApplicationExperience, {}),
      history: await em.count(ApplicationStatusChange, {}),
      assessments: await em.count(VtaAssessment, {}),
    };
    const application = id ? (await graphqlData<{ application: AppData }>(intake.url, READ, { id })).application : null;
    return { counts, application };
  }

  async function create(input: Record<string, unknown>): Promise<AppData> {
    return (await graphqlData<{ createApplication: AppData }>(intake.url, CREATE, { input })).createApplication;
  }
  const step = async (mutation: string, input: Record<string, unknown>) => {
    const result = await graphqlRequest<Record<string, AppData>>(intake.url, mutation, { input });
    return { data: result.data ? Object.values(result.data)[0] : null, error: result.errors?.[0] };
  };
  const fieldsOf = (error: { extensions?: Record<string, unknown> } | undefined) =>
    (error?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

  it('creates a draft for activity and adapted work, with offers in order and documented experience', async () => {
    const created = await create({
      participantId: demoParticipantId('p01'),
      offerIds: [ADAPTED_WORK, ACTIVITY],
      submittedByRole: 'GUARDIAN',
      submittedByName: ' Kari Testesen ',
      daysPerWeek: 3,
      tradeWishes: 'Tre og design',
      workTrials: [{ place: 'Bærum arbeidssenter, Rud', startDate: '2026-03-02', endDate: '2026-03-13' }],
      jobTastes: [{ place: 'Kafé Emma', date: '2026-04-15' }],
      workPractice: [{ place: 'Skolens kantine', startDate: '2025-08-18', description: 'Servering' }],
    });
    expect(created).toMatchObject({
      status: 'DRAFT',
      round: 'MAIN',
      intakeYear: 2027,
      newcomer: false,
      version: 1,
      submittedByRole: 'GUARDIAN',
      submittedByName: 'Kari Testesen',
      submittedAt: null,
      daysPerWeek: 3,
      participant: { fullName: expect.any(String) },
      statusHistory: [{ status: 'DRAFT', by: 'GUARDIAN' }],
      vtaAssessment: null,
    });
    expect(created.choices.map((c) => [c.rank, c.offer.id])).toEqual([
      [1, ADAPTED_WORK],
      [2, ACTIVITY],
    ]);
    expect(created.choices[0].offer.title.nb).toBe('Kortavdelingen');
    expect(created.experience).toEqual([
      {
        kind: 'WORK_TRIAL',
        place: 'Bærum arbeidssenter, Rud',
        startDate: '2026-03-02',
        endDate: '2026-03-13',
        description: null,
      },
      { kind: 'JOB_TASTE', place: 'Kafé Emma', startDate: '2026-04-15', endDate: null, description: null },
      {
        kind: 'WORK_PRACTICE',
        place: 'Skolens kantine',
        startDate: '2025-08-18',
        endDate: null,
        description: 'Servering',
      },
    ]);
    expect((await snapshot(created.id)).application).toEqual(created);
  });

  it.each([
    ['an unknown offer', { offerIds: [ACTIVITY, '00000000-0000-5000-8000-000000000000'] }, ['offerIds.1']],
    ['an id that is no UUID', { offerIds: ['nope'] }, ['offerIds.0']],
    ['the same offer twice', { offerIds: [ACTIVITY, ADAPTED_WORK, ACTIVITY] }, ['offerIds.2']],
    ['no offer', { offerIds: [] }, ['offerIds']],
    ['main and continuous intake together', { offerIds: [ACTIVITY, VTA] }, ['offerIds']],
    ['an answer the activity form does not ask', { offerIds: [ACTIVITY], tradeWishes: 'Tre' }, ['tradeWishes']],
    [
      'documented experience on an activity application',
      { offerIds: [ACTIVITY], jobTastes: [{ place: 'Kafé', date: '2026-01-05' }] },
      ['jobTastes'],
    ],
    ['days a week on a VTA application', { offerIds: [VTA], daysPerWeek: 2 }, ['daysPerWeek']],
    ['a guardian without a name', { offerIds: [ACTIVITY], submittedByRole: 'GUARDIAN' }, ['submittedByName']],
    [
      'an unknown participant',
      { participantId: '00000000-0000-5000-8000-000000000001', offerIds: [ACTIVITY] },
      ['participantId'],
    ],
    ['an intake year long gone', { offerIds: [ACTIVITY], intakeYear: 2024 }, ['intakeYear']],
    [
      'a work trial that ends before it starts',
      { offerIds: [ADAPTED_WORK], workTrials: [{ place: 'Rud', startDate: '2026-03-02', endDate: '2026-03-01' }] },
      ['workTrials.0.endDate'],
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, input, fields) => {
    const before = await snapshot();
    const result = await graphqlRequest(intake.url, CREATE, {
      input: { participantId: demoParticipantId('p02'), ...input },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result.errors?.[0])).toEqual(fields);
    expect(await snapshot()).toEqual(before);
  });

  // Issue 11: wishes were stored as typed, with \r\n and a decomposed "å", and a TAB slipped through.
  it('stores wishes in NFC with line breaks as \\n, and refuses a TAB in them before writing anything', async () => {
    const created = await create({
      participantId: demoParticipantId('p05'),
      offerIds: [ADAPTED_WORK_2],
      tradeWishes: ' Kafe\u0301\r\nog la\u030Ager ',
    });
    expect(created.tradeWishes).toBe('Kaf\u00E9\nog l\u00E5ger');
    const before = await snapshot();
    const refused = await graphqlRequest(intake.url, CREATE, {
      input: { participantId: demoParticipantId('p06'), offerIds: [ADAPTED_WORK_2], tradeWishes: 'Kafé\tlager' },
    });
    expect(fieldsOf(refused.errors?.[0])).toEqual(['tradeWishes']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an offer withdrawn from the catalogue', async () => {
    await intake.orm.em.fork().nativeUpdate(Offer, { id: ADAPTED_WORK_2 }, { withdrawn: true });
    try {
      const before = await snapshot();
      const result = await graphqlRequest(intake.url, CREATE, {
        input: { participantId: demoParticipantId('p02'), offerIds: [ADAPTED_WORK_2] },
      });
      expect(fieldsOf(result.errors?.[0])).toEqual(['offerIds.0']);
      expect(await snapshot()).toEqual(before);
    } finally {
      await intake.orm.em.fork().nativeUpdate(Offer, { id: ADAPTED_WORK_2 }, { withdrawn: false });
    }
  });

  it('changes a draft, moves its version, and refuses a stale version or an answer its new offers do not ask', async () => {
    const draft = await create({ participantId: demoParticipantId('p03'), offerIds: [ACTIVITY], daysPerWeek: 2 });
    const updated = (
      await graphqlData<{ updateApplicationDraft: AppData }>(intake.url, UPDATE, {
        input: {
          applicationId: draft.id,
          expectedVersion: 1,
          offerIds: [ADAPTED_WORK, ADAPTED_WORK_2],
          daysPerWeek: null,
          tradeWishes: 'Mat',
        },
      })
    ).updateApplicationDraft;
    expect(updated).toMatchObject({ version: 2, daysPerWeek: null, tradeWishes: 'Mat' });
    expect(updated.choices.map((c) => [c.rank, c.offer.id])).toEqual([
      [1, ADAPTED_WORK],
      [2, ADAPTED_WORK_2],
    ]);

    const before = await snapshot(draft.id);
    const stale = await graphqlRequest(intake.url, UPDATE, {
      input: {
        applicationId: draft.id,
        expectedVersion: 1,
        tradeWishes: 'Tre',
      },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const notAsked = await graphqlRequest(intake.url, UPDATE, { input: { applicationId: draft.id, daysPerWeek: 4 } });
    expect(notAsked.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(notAsked.errors?.[0])).toEqual(['daysPerWeek']);
    const duplicate = await graphqlRequest(intake.url, UPDATE, {
      input: {
        applicationId: draft.id,
        offerIds: [ADAPTED_WORK, ADAPTED_WORK],
      },
    });
    expect(fieldsOf(duplicate.errors?.[0])).toEqual(['offerIds.1']);
    const missing = await graphqlRequest(intake.url, UPDATE, {
      input: {
        applicationId: '00000000-0000-5000-8000-000000000002',
        tradeWishes: 'Tre',
      },
    });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'Application' });
    expect(await snapshot(draft.id)).toEqual(before);
  });

  it('submits a draft, opens a VTA assessment once per participant, and then refuses changes to it', async () => {
    const first = await create({ participantId: demoParticipantId('p04'), offerIds: [ACTIVITY] });
    const second = await create({ participantId: demoParticipantId('p04'), offerIds: [VTA], navContact: 'NAV Bærum' });
    expect(second).toMatchObject({ round: 'CONTINUOUS', intakeYear: null });
    const { data: submitted } = await step(SUBMIT, { applicationId: first.id, expectedVersion: 1 });
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      version: 2,
      submittedAt: expect.any(String),
      statusHistory: [
        { status: 'DRAFT', by: 'APPLICANT' },
        { status: 'SUBMITTED', by: 'APPLICANT' },
      ],
      vtaAssessment: { status: 'PENDING', version: 1 },
    });
    const assessments = await snapshot();
    const { data: alsoSubmitted } = await step(SUBMIT, { applicationId: second.id });
    expect(alsoSubmitted?.status).toBe('SUBMITTED');
    expect((await snapshot()).counts.assessments).toBe(assessments.counts.assessments); // still one for p04

    const before = await snapshot(first.id);
    const again = await step(SUBMIT, { applicationId: first.id });
    expect(again.error?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'APPLICATION_STATE',
      from: 'SUBMITTED',
      to: 'SUBMITTED',
    });
    const edit = await graphqlRequest(intake.url, UPDATE, { input: { applicationId: first.id, daysPerWeek: 1 } });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'APPLICATION_STATE' });
    const stale = await step(START, { applicationId: first.id, expectedVersion: 1 });
    expect(stale.error?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await snapshot(first.id)).toEqual(before);
  });

  it('refuses to submit when a chosen offer stopped taking applications after the draft was saved', async () => {
    const draft = await create({ participantId: demoParticipantId('p11'), offerIds: [ADAPTED_WORK_2] });
    await intake.orm.em.fork().nativeUpdate(Offer, { id: ADAPTED_WORK_2 }, { openForApplications: false });
    try {
      const before = await snapshot(draft.id);
      const refused = await step(SUBMIT, { applicationId: draft.id });
      expect(refused.error?.extensions).toMatchObject({
        code: 'FAILED_PRECONDITION',
        rule: 'OFFER_NOT_OPEN',
        offerIds: [ADAPTED_WORK_2],
      });
      expect(await snapshot(draft.id)).toEqual(before);
    } finally {
      await intake.orm.em.fork().nativeUpdate(Offer, { id: ADAPTED_WORK_2 }, { openForApplications: true });
    }
  });

  it('refuses a main-intake application after 1 February unless the applicant is a newcomer', async () => {
    today = '2027-01-20';
    const late = await create({ participantId: demoParticipantId('p05'), offerIds: [ACTIVITY] });
    expect(late.intakeYear).toBe(2027);
    today = '2027-02-02';
    const before = await snapshot(late.id);
    const refused = await step(SUBMIT, { applicationId: late.id });
    expect(refused.error?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'APPLICATION_DEADLINE_PASSED',
      deadline: '2027-02-01',
    });
    expect(await snapshot(late.id)).toEqual(before);

    // A newcomer to the municipality is not bound by the deadline: the same draft, marked, goes through.
    await graphqlData(intake.url, UPDATE, { input: { applicationId: late.id, newcomer: true } });
    const { data: newcomer } = await step(SUBMIT, { applicationId: late.id });
    expect(newcomer).toMatchObject({ status: 'SUBMITTED', round: 'NEWCOMER', newcomer: true });
  });

  // Issue 11: an intake year whose deadline had passed was taken by createApplication and updateApplicationDraft,
  // and refused only at submit, when the applicant had filled in everything. Now the same rule refuses it at once.
  it('refuses an intake year whose 1 February deadline has passed at create and update, not first at submit', async () => {
    const before = await snapshot();
    const input = { participantId: demoParticipantId('p07'), offerIds: [ACTIVITY], intakeYear: 2026 };
    const refused = await step(CREATE, input);
    expect(refused.error?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'APPLICATION_DEADLINE_PASSED',
      deadline: '2026-02-01',
    });
    expect(await snapshot()).toEqual(before);

    const draft = await create({ ...input, intakeYear: 2027 });
    const unchanged = await snapshot(draft.id);
    const update = await graphqlRequest(intake.url, UPDATE, { input: { applicationId: draft.id, intakeYear: 2026 } });
    expect(update.errors?.[0]?.extensions).toMatchObject({ rule: 'APPLICATION_DEADLINE_PASSED' });
    expect(await snapshot(draft.id)).toEqual(unchanged);

    // A newcomer keeps the exemption, and continuous intake has no intake year.
    expect(await create({ ...input, newcomer: true })).toMatchObject({ round: 'NEWCOMER', intakeYear: 2026 });
    expect(await create({ ...input, offerIds: [VTA], intakeYear: undefined })).toMatchObject({ round: 'CONTINUOUS' });
  });

  // Issue 11: a wished start before today was saved by createApplication and updateApplicationDraft.
  it('refuses a desired start date in the past at create and update, and at submit once it has gone by', async () => {
    const before = await snapshot();
    const input = { participantId: demoParticipantId('p09'), offerIds: [ACTIVITY] };
    const refused = await step(CREATE, { ...input, desiredStartDate: '2026-11-22' });
    expect(refused.error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused.error)).toEqual(['desiredStartDate']);
    expect(await snapshot()).toEqual(before);

    const draft = await create({ ...input, desiredStartDate: '2026-11-23' });
    const unchanged = await snapshot(draft.id);
    const update = await graphqlRequest(intake.url, UPDATE, {
      input: { applicationId: draft.id, desiredStartDate: '2026-01-04' },
    });
    expect(fieldsOf(update.errors?.[0])).toEqual(['desiredStartDate']);
    expect(await snapshot(draft.id)).toEqual(unchanged);

    // The day the draft wished for has gone by before it was submitted.
    today = '2026-11-24';
    const late = await step(SUBMIT, { applicationId: draft.id });
    expect(late.error?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'DESIRED_START_PASSED',
      desiredStartDate: '2026-11-23',
    });
    expect(await snapshot(draft.id)).toEqual(unchanged);
  });

  it('takes a main-intake application on the deadline day itself, and continuous intake at any time', async () => {
    today = '2026-02-01';
    const onTime = await create({ participantId: demoParticipantId('p06'), offerIds: [ADAPTED_WORK] });
    expect((await step(SUBMIT, { applicationId: onTime.id })).data?.status).toBe('SUBMITTED');
    today = '2026-11-23';
    const continuous = await create({ participantId: demoParticipantId('p07'), offerIds: [VTA] });
    expect((await step(SUBMIT, { applicationId: continuous.id })).data?.status).toBe('SUBMITTED');
  });

  it('starts the assessment, withdraws with a reason, and lets nothing leave WITHDRAWN', async () => {
    const application = await create({ participantId: demoParticipantId('p08'), offerIds: [ACTIVITY] });
    const early = await step(START, { applicationId: application.id });
    expect(early.error?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'APPLICATION_STATE',
      from: 'DRAFT',
      to: 'UNDER_ASSESSMENT',
    });
    await step(SUBMIT, { applicationId: application.id });
    const { data: assessed } = await step(START, { applicationId: application.id, expectedVersion: 2 });
    expect(assessed).toMatchObject({ status: 'UNDER_ASSESSMENT', version: 3 });

    const noReason = await step(WITHDRAW, { applicationId: application.id, reason: '  ' });
    expect(fieldsOf(noReason.error)).toEqual(['reason']);
    const { data: withdrawn } = await step(WITHDRAW, {
      applicationId: application.id,
      reason: 'Har fått jobb',
      by: 'GUARDIAN',
      expectedVersion: 3,
    });
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      withdrawalReason: 'Har fått jobb',
      statusHistory: [
        { status: 'DRAFT', by: 'APPLICANT' },
        { status: 'SUBMITTED', by: 'APPLICANT' },
        { status: 'UNDER_ASSESSMENT', by: 'CASE_WORKER' },
        { status: 'WITHDRAWN', by: 'GUARDIAN' },
      ],
    });
    const before = await snapshot(application.id);
    for (const [mutation, input] of [
      [WITHDRAW, { applicationId: application.id, reason: 'Igjen' }],
      [SUBMIT, { applicationId: application.id }],
      [START, { applicationId: application.id }],
    ] as const) {
      expect((await step(mutation, input)).error?.extensions).toMatchObject({
        rule: 'APPLICATION_STATE',
        from: 'WITHDRAWN',
      });
    }
    expect(await snapshot(application.id)).toEqual(before);
  });

  it('records the VTA assessment, and refuses it before any submission, for a stale version or an unknown id', async () => {
    const draft = await create({ participantId: demoParticipantId('p09'), offerIds: [ACTIVITY] });
    const before = await snapshot(draft.id);
    const notOpen = await graphqlRequest(intake.url, RECORD_VTA, {
      input: { applicationId: draft.id, outcome: 'RECOMMENDED' },
    });
    expect(notOpen.errors?.[0].extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'VTA_ASSESSMENT_NOT_OPEN',
    });
    const unknown = await graphqlRequest(intake.url, RECORD_VTA, {
      input: { applicationId: '00000000-0000-5000-8000-000000000003', outcome: 'RECOMMENDED' },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'Application' });
    expect(await snapshot(draft.id)).toEqual(before);

    await step(SUBMIT, { applicationId: draft.id });
    const recorded = await graphqlData<{ recordVtaAssessment: Record<string, unknown> }>(intake.url, RECORD_VTA, {
      input: {
        applicationId: draft.id,
        outcome: 'NEEDS_TRIAL',
        note: 'Hospitering hos Arba i mars',
        expectedVersion: 1,
      },
    });
    expect(recorded.recordVtaAssessment).toEqual({
      status: 'NEEDS_TRIAL',
      note: 'Hospitering hos Arba i mars',
      version: 2,
      applicationId: draft.id,
      participant: { id: demoParticipantId('p09') },
    });
    const afterRecord = await snapshot(draft.id);
    const stale = await graphqlRequest(intake.url, RECORD_VTA, {
      input: { applicationId: draft.id, outcome: 'RECOMMENDED', expectedVersion: 1 },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await snapshot(draft.id)).toEqual(afterRecord);
    expect(afterRecord.application?.vtaAssessment).toEqual({ status: 'NEEDS_TRIAL', version: 2 });
  });

  it('lists applications by status and participant, a page at a time, and on the participant', async () => {
    const participantId = demoParticipantId('p10');
    const a = await create({ participantId, offerIds: [ACTIVITY] });
    const b = await create({ participantId, offerIds: [VTA] });
    await step(SUBMIT, { applicationId: b.id });
    type Page = {
      applications: {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const LIST = `query ($filter: ApplicationFilter, $after: String) { applications(filter: $filter, first: 1, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;
    const first = await graphqlData<Page>(intake.url, LIST, { filter: { participantId } });
    expect(first.applications).toMatchObject({ totalCount: 2, nodes: [{ id: b.id }], pageInfo: { hasNextPage: true } });
    const second = await graphqlData<Page>(intake.url, LIST, {
      filter: { participantId },
      after: first.applications.pageInfo.endCursor,
    });
    expect(second.applications.nodes).toEqual([{ id: a.id }]);
    const drafts = await graphqlData<Page>(intake.url, LIST, { filter: { participantId, status: ['DRAFT'] } });
    expect(drafts.applications).toMatchObject({ totalCount: 1, nodes: [{ id: a.id }] });
    const nobody = await graphqlData<Page>(intake.url, LIST, { filter: { participantId: 'nope' } });
    expect(nobody.applications.totalCount).toBe(0);

    const { participant } = await graphqlData<{
      participant: { applications: { id: string; status: string }[]; vtaAssessment: { status: string } };
    }>(
      intake.url,
      `query ($id: ID!) { participant(id: $id) { applications { id status } vtaAssessment { status } } }`,
      { id: participantId },
    );
    expect(participant).toEqual({
      applications: [
        { id: a.id, status: 'DRAFT' },
        { id: b.id, status: 'SUBMITTED' },
      ],
      vtaAssessment: { status: 'PENDING' },
    });
    expect((await graphqlData<{ application: null }>(intake.url, READ, { id: 'nope' })).application).toBeNull();
  });

  it('reads many applications with their children in a fixed number of statements', async () => {
    const QUERY = `{ applications(first: 50) { nodes { ${APPLICATION_FIELDS} } } }`;
    intake.sql.reset();
    await graphqlData(intake.url, QUERY);
    // page + count, then one batch each: participants, choices, offers, experience, history, assessments.
    expect(intake.sql.count).toBeLessThanOrEqual(8);
  });

  it('writes nothing when applications, their children and assessments are only read', async () => {
    // The seeded database has no applications, so the general check in database.test.ts cannot see these tables.
    expect(await writesOfAReadOnlyFlush(intake.orm)).toEqual([]);
  });

  it('gives the form of each kind of offer with labels in nb and en', async () => {
    const { activity, vta } = await graphqlData<{
      activity: { fields: { name: string; label: { nb: string; en: string } }[] };
      vta: { fields: { name: string }[] };
    }>(
      intake.url,
      `{ activity: applicationForm(kind: ACTIVITY) { fields { name label { nb en } } } vta: applicationForm(kind: VTA) { fields { name } } }`,
    );
    expect(activity.fields.map((f) => f.name)).toEqual(['desiredStartDate', 'daysPerWeek', 'activityWishes']);
    expect(activity.fields[1].label).toEqual({
      nb: 'Hvor mange dager i uken ønsker du?',
      en: 'How many days a week would you like?',
    });
    expect(vta.fields.map((f) => f.name)).toContain('navContact');
    expect(vta.fields.map((f) => f.name)).not.toContain('daysPerWeek');
  });

  // applicationForm gave no hint which questions must be answered; `required` now says so, and must be true: a
  // required answer missing at submit is refused (naming the field), and an application with none of the answers
  // that are not required is submitted. Checked for every kind of offer.
  it('marks each form field required or not, and submit enforces exactly that, for every kind', async () => {
    const ANSWERS: Record<string, unknown> = {
      desiredStartDate: '2027-08-16',
      daysPerWeek: 3,
      hoursPerWeek: 20,
      activityWishes: 'Musikk',
      tradeWishes: 'Tre',
      education: 'Videregående',
      navContact: 'NAV Bærum',
      workTrials: [{ place: 'Rud', startDate: '2026-03-02', endDate: '2026-03-13' }],
      jobTastes: [{ place: 'Kafé Emma', date: '2026-04-15' }],
      workPractice: [{ place: 'Kantina', startDate: '2025-08-18', description: 'Servering' }],
    };
    const kinds = (
      await graphqlData<{ __type: { enumValues: { name: string }[] } }>(
        intake.url,
        '{ __type(name: "OfferKind") { enumValues { name } } }',
      )
    ).__type.enumValues.map((v) => v.name);
    let participant = 12;
    for (const kind of kinds) {
      const { applicationForm, offers } = await graphqlData<{
        applicationForm: { fields: { name: string; required: boolean }[] };
        offers: { edges: { node: { id: string; openForApplications: boolean } }[] };
      }>(
        intake.url,
        `query ($kind: OfferKind!) { applicationForm(kind: $kind) { fields { name required } }
          offers(filter: { kinds: [$kind] }, first: 50) { edges { node { id openForApplications } } } }`,
        { kind },
      );
      const offerId = offers.edges.find((e) => e.node.openForApplications)?.node.id;
      expect([kind, typeof offerId]).toEqual([kind, 'string']);
      const asked = applicationForm.fields.map((f) => f.name);
      const answersExcept = (left: string[]) =>
        Object.fromEntries(asked.filter((name) => !left.includes(name)).map((name) => [name, ANSWERS[name]]));
      const submit = async (answers: Record<string, unknown>) => {
        const draft = await create({
          participantId: demoParticipantId(`p${participant++}`),
          offerIds: [offerId],
          ...answers,
        });
        return step(SUBMIT, { applicationId: draft.id });
      };
      for (const field of applicationForm.fields.filter((f) => f.required)) {
        const { data, error } = await submit(answersExcept([field.name]));
        expect([kind, field.name, data, error?.extensions?.code, fieldsOf(error)]).toEqual([
          kind,
          field.name,
          null,
          'BAD_USER_INPUT',
          [field.name],
        ]);
      }
      const optional = applicationForm.fields.filter((f) => !f.required).map((f) => f.name);
      const { data, error } = await submit(answersExcept(optional));
      expect([kind, error?.message, data?.status]).toEqual([kind, undefined, 'SUBMITTED']);
    }
  });

  it('serves the intake calendar for a year, and refuses a year out of range', async () => {
    const { intakeCalendar } = await graphqlData<{
      intakeCalendar: { kind: string; startDate: string; title: { nb: string } }[];
    }>(intake.url, '{ intakeCalendar(year: 2027) { kind startDate endDate title { nb en } description { nb en } } }');
    expect(intakeCalendar.map((e) => [e.kind, e.startDate])).toEqual([
      ['INFORMATION_MEETING', '2026-09-21'],
      ['OPEN_DAYS', '2027-01-11'],
      ['APPLICATION_DEADLINE', '2027-02-01'],
      ['FLOW_MEETING', '2027-05-03'],
      ['FLOW_MEETING', '2027-10-11'],
    ]);
    const bad = await graphqlRequest(intake.url, '{ intakeCalendar(year: 1990) { kind } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'year' }] });
  });
});
