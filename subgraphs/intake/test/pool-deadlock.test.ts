import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { Role, syntheticIdentityNumber, type Caller } from '@veiinn/kit';
import { stuckAnswers, sweepMutations, type MutationCase, type SweepResult } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { Placement } from '../src/network/placement/placement.entity';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { createIntakeSchema } from '../src/schema';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * Issue 10: `updateOffer` as a partner system named by organisation number read its provider through a second
 * EntityManager inside the write's transaction. SQLite has one connection, held by the transaction, so the read waited
 * for it: the hub froze for 60 s for everyone, then failed. This runs every mutation of the hub's schema as every
 * caller of every role it allows, with a short acquire timeout: each must answer (a refusal is fine) at once, never
 * with an internal error (the kit refuses a query outside the open transaction, and a wait ends after 1.5 s).
 */
const TODAY = '2026-11-23';
const ACQUIRE_MS = 1500;
const id = demoParticipantId;
const BA = 'baerum-arbeidssenter';
const BKD = 'baerum-kommunale-dagtilbud';
const AURORA = 'aurora-verksted';
const AURORA_ORGNO = '100000001';

const callers: Record<string, Caller[]> = {
  [Role.APPLICANT]: [{ sub: 'applicant', roles: ['applicant'], participantIds: [id('p07')] }],
  [Role.GUARDIAN]: [{ sub: 'guardian', roles: ['guardian'], participantIds: [id('p01')] }],
  [Role.CASE_WORKER]: [{ sub: 'case-worker', roles: ['case-worker'] }],
  [Role.PROVIDER_STAFF]: [
    { sub: 'ba-staff', roles: ['provider-staff'], providerId: BA },
    { sub: 'bkd-staff', roles: ['provider-staff'], providerId: BKD },
  ],
  [Role.PARTNER_SYSTEM]: [
    // The caller of the issue: a partner system known by its organisation number only.
    { sub: 'aurora-by-orgno', roles: ['partner-system'], orgno: AURORA_ORGNO },
    { sub: 'aurora-by-id', roles: ['partner-system'], providerId: AURORA },
  ],
  [Role.NAV_STAFF]: [{ sub: 'nav', roles: ['nav-staff'] }],
  [Role.SERVICE]: [{ sub: 'intake', roles: ['service'] }],
};

/** The participant a caller acts for: their own, or one with a path at the work centre. */
const own = (caller: Caller) => caller.participantIds?.[0] ?? id('p02');
const proposer = (caller: Caller) =>
  caller.roles.includes('applicant')
    ? 'PARTICIPANT'
    : caller.roles.includes('guardian')
      ? 'GUARDIAN'
      : caller.roles.includes('provider-staff')
        ? 'PROVIDER_STAFF'
        : 'CASE_WORKER';
const offerOf = (caller: Caller) =>
  demoOfferId(caller.providerId === BA ? 'ba-kort' : caller.providerId === BKD ? 'bjornegard' : 'aurora');
const text = (nb: string) => ({ nb, en: nb });
/** What an application for the offer asks (each kind asks its own questions). */
const answersFor = (offer: string) =>
  offer === demoOfferId('arba-vta')
    ? { navContact: 'NAV Bærum' }
    : offer === demoOfferId('ba-kort')
      ? { tradeWishes: 'Design' }
      : { daysPerWeek: 2 };

describe("a read inside a write uses the write's transaction (no pool deadlock)", () => {
  let intake: TrustedTestIntake;
  // Flow meetings are in weeks 18 and 41, one a week: each test meeting gets a year of its own.
  let meetingYear = 2027;
  // The hub's day. An outcome is recorded, and a transition executed, only once the meeting's week has begun
  // (FLOW_MEETING_NOT_HELD), so the cases that need it move the day to the meeting's Monday; `send` moves it back.
  let today = TODAY;
  let meetingMonday = TODAY;

  async function asCaseWorker<T = Record<string, string>>(query: string, variables: Record<string, unknown>) {
    const result = await intake.as(callers[Role.CASE_WORKER][0])<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`setup: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
  const field = async (query: string, variables: Record<string, unknown>) =>
    Object.values(await asCaseWorker<Record<string, { id: string }>>(query, variables))[0].id;

  /** A DRAFT application of `participant`, moved on by `steps` (case worker). */
  async function application(participant: string, offer = demoOfferId('ba-kort'), steps: string[] = []) {
    const applicationId = await field(
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { input: { participantId: participant, offerIds: [offer], ...answersFor(offer) } },
    );
    for (const step of steps) {
      await field(`mutation ($input: ApplicationStepInput!) { ${step}(input: $input) { id } }`, {
        input: { applicationId },
      });
    }
    return applicationId;
  }

  /** An OPEN correction request of p03's (case worker, on the participant's behalf). */
  const correctionRequest = () =>
    field(`mutation ($input: RequestCorrectionInput!) { requestCorrection(input: $input) { id } }`, {
      input: { participantId: id('p03'), field: 'PHONE', correctValue: '+4791234567', reason: 'Nytt nummer.' },
    });

  /** A granted decision whose placement the provider was asked for (it has no feed here: unreachable). */
  async function grantedDecision() {
    const applicationId = await application(id('p03'), demoOfferId('bjornegard'), [
      'submitApplication',
      'startApplicationAssessment',
    ]);
    return field(`mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`, {
      input: {
        applicationId,
        outcome: 'GRANTED',
        offerId: demoOfferId('bjornegard'),
        groupId: 'kreativ',
        daysPerWeek: 2,
        startDate: '2027-01-04',
      },
    });
  }

  /** A new participant with an open work-centre placement (so the work centre's staff see them), for a transition. */
  async function placedParticipant(): Promise<{ participantId: string; placementId: string }> {
    const participantId = await field(
      `mutation ($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
      { input: { givenName: 'Test', familyName: 'Testesen', nationalIdentityNumber: newIdentityNumber() } },
    );
    const placementId = `pl-ba-${randomUUID()}`;
    await intake.orm.em.fork().insert(Placement, {
      id: placementId,
      providerId: BA,
      offerId: demoOfferId('ba-kort'),
      participantId,
      startDate: '2024-01-08',
      feedVersion: 1,
      updatedAt: new Date(),
    });
    return { participantId, placementId };
  }
  let individual = 500;
  const issued = new Set<string>();
  /** A synthetic identity number no one has yet (the generator skips numbers without check digits). */
  function newIdentityNumber(): string {
    let number: string;
    do number = syntheticIdentityNumber('2007-02-13', individual++);
    while (issued.has(number));
    issued.add(number);
    return number;
  }

  const proposal = (participantId: string, placementId: string) => ({
    participantId,
    kind: 'TO_LESS_DEMANDING',
    participantWish: 'Tilbake til dagtilbud.',
    from: [{ placementId }],
    targets: [{ offerId: demoOfferId('bjornegard'), groupId: 'kreativ', daysPerWeek: 3, startDate: '2027-01-04' }],
  });

  /** A PROPOSED transition of a new participant from the work centre to day services. */
  async function transition(): Promise<string> {
    const { participantId, placementId } = await placedParticipant();
    return field(`mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id } }`, {
      input: proposal(participantId, placementId),
    });
  }
  async function onAgenda() {
    const transitionId = await transition();
    const { createFlowMeeting } = await asCaseWorker<{ createFlowMeeting: { id: string; startDate: string } }>(
      `mutation ($input: CreateFlowMeetingInput!) { createFlowMeeting(input: $input) { id startDate } }`,
      { input: { year: meetingYear++, week: 18 } },
    );
    meetingMonday = createFlowMeeting.startDate;
    await field(`mutation ($input: AddTransitionToAgendaInput!) { addTransitionToAgenda(input: $input) { id } }`, {
      input: { flowMeetingId: createFlowMeeting.id, transitionId },
    });
    return transitionId;
  }
  async function agreed() {
    const transitionId = await onAgenda();
    today = meetingMonday;
    await field(`mutation ($input: RecordTransitionOutcomeInput!) { recordTransitionOutcome(input: $input) { id } }`, {
      input: { transitionId, outcome: 'AGREED' },
    });
    return transitionId;
  }

  /** Valid variables for each mutation (a refusal by a rule is still an answer; an internal error is not). */
  const cases: Record<string, MutationCase> = {
    createApplication: (c) => ({
      input: {
        participantId: own(c),
        offerIds: [demoOfferId('ba-kort')],
        ...answersFor(demoOfferId('ba-kort')),
        ...(c.roles.includes('guardian') && { submittedByRole: 'GUARDIAN', submittedByName: 'Verge Vergesen' }),
      },
    }),
    updateApplicationDraft: async (c) => ({
      input: { applicationId: await application(own(c)), tradeWishes: 'Trearbeid' },
    }),
    submitApplication: async (c) => ({ input: { applicationId: await application(own(c)) } }),
    startApplicationAssessment: async (c) => ({
      input: { applicationId: await application(own(c), undefined, ['submitApplication']) },
    }),
    withdrawApplication: async (c) => ({ input: { applicationId: await application(own(c)), reason: 'Flytter.' } }),
    recordVtaAssessment: async () => ({
      input: {
        applicationId: await application(id('p11'), demoOfferId('arba-vta'), [
          'submitApplication',
          'startApplicationAssessment',
        ]),
        outcome: 'RECOMMENDED',
      },
    }),
    setCareerPlan: (c) => ({ input: { participantId: own(c), shortTermWishes: 'Kort og design.' } }),
    requestCorrection: (c) => ({
      input: { participantId: own(c), field: 'PHONE', correctValue: '+4791234567', reason: 'Nytt nummer.' },
    }),
    decideCorrectionRequest: async () => ({
      input: {
        requestId: await correctionRequest(),
        expectedVersion: 1,
        outcome: 'REFUSED',
        answer: 'Nummeret stemmer.',
      },
    }),
    decideApplication: async () => ({
      input: {
        applicationId: await application(id('p09'), demoOfferId('bjornegard'), [
          'submitApplication',
          'startApplicationAssessment',
        ]),
        outcome: 'GRANTED',
        offerId: demoOfferId('bjornegard'),
        groupId: 'kreativ',
        daysPerWeek: 2,
        startDate: '2027-01-04',
      },
    }),
    retryDecisionPlacement: async () => ({ input: { decisionId: await grantedDecision() } }),
    createOffer: (c) => ({
      input: {
        providerId: c.providerId ?? AURORA,
        kind: 'ACTIVITY',
        title: text('Snekkerverksted'),
        description: text('Arbeid med tre.'),
        easyRead: text('Vi lager ting av tre. '.repeat(8)),
        eligibility: text('Alle.'),
        places: 4,
      },
    }),
    updateOffer: (c) => ({ input: { offerId: offerOf(c), places: 7 } }),
    // The sweep's applicant signed in without an identity number: refused before the write, as it should be.
    registerMyself: () => ({ input: { givenName: 'Test', familyName: 'Testesen' } }),
    // Likewise the sweep's guardian, who has no identity number in their token.
    registerWard: () => ({
      input: {
        givenName: 'Test',
        familyName: 'Testesen',
        nationalIdentityNumber: newIdentityNumber(),
        relation: 'PARENT',
        guardianName: 'Foresatt Testesen',
      },
    }),
    // An unknown claim: NOT_FOUND, answered at once.
    confirmGuardianship: () => ({ input: { guardianshipId: randomUUID() } }),
    registerParticipant: () => ({
      input: {
        givenName: 'Test',
        familyName: 'Testesen',
        nationalIdentityNumber: newIdentityNumber(),
      },
    }),
    updateParticipant: (c) => ({ input: { participantId: own(c), phone: '+4799999999' } }),
    registerProvider: () => ({
      input: {
        id: `test-provider-${individual++}`,
        name: 'Testverkstedet',
        shortName: 'TV',
        kind: 'PARTNER',
        municipality: 'Bærum',
        description: text('Et verksted.'),
      },
    }),
    setProviderFeed: () => ({ input: { providerId: AURORA, feedUrl: null } }),
    // A participant with a work-centre place, which the work centre's staff see; the applicant and guardian are
    // refused for someone else (their own have no place to move from).
    proposeTransition: async (c) => {
      const { participantId, placementId } = await placedParticipant();
      return { input: proposal(c.participantIds?.[0] ?? participantId, placementId) };
    },
    withdrawTransition: async (c) => ({ input: { transitionId: await transition(), by: proposer(c) } }),
    addTransitionToAgenda: async () => {
      const flowMeetingId = await field(
        `mutation ($input: CreateFlowMeetingInput!) { createFlowMeeting(input: $input) { id } }`,
        { input: { year: meetingYear++, week: 18 } },
      );
      return { input: { flowMeetingId, transitionId: await transition() } };
    },
    recordTransitionOutcome: async () => {
      const transitionId = await onAgenda();
      today = meetingMonday;
      return { input: { transitionId, outcome: 'AGREED' } };
    },
    executeTransition: async () => ({ input: { transitionId: await agreed(), by: 'CASE_WORKER' } }),
    retryTransitionStep: async () => {
      const transitionId = await agreed();
      await field(`mutation ($input: TransitionStepInput!) { executeTransition(input: $input) { id } }`, {
        input: { transitionId, by: 'CASE_WORKER' },
      });
      const { transition: t } = await asCaseWorker<{ transition: { steps: { id: string }[] } }>(
        `query ($id: ID!) { transition(id: $id) { steps { id } } }`,
        { id: transitionId },
      );
      return { input: { transitionId, stepId: t.steps[0].id } };
    },
    revertTransition: async () => {
      const transitionId = await agreed();
      await field(`mutation ($input: TransitionStepInput!) { executeTransition(input: $input) { id } }`, {
        input: { transitionId, by: 'CASE_WORKER' },
      });
      return { input: { transitionId, reason: 'Målet kunne ikke starte. / The target could not start.' } };
    },
    settleTransition: async () => {
      const transitionId = await agreed();
      await field(`mutation ($input: TransitionStepInput!) { executeTransition(input: $input) { id } }`, {
        input: { transitionId, by: 'CASE_WORKER' },
      });
      return { input: { transitionId, by: 'CASE_WORKER' } };
    },
    createFlowMeeting: () => ({ input: { year: meetingYear++, week: 41 } }),
  };

  let results: SweepResult[];

  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: () => today, acquireTimeoutMillis: ACQUIRE_MS });
    await intake.orm.em.fork().nativeUpdate(Provider, { id: AURORA }, { organisationNumber: AURORA_ORGNO });
    results = await sweepMutations({
      schema: await createIntakeSchema(),
      allRoles: Object.values(Role),
      cases,
      callers,
      send: async (caller, query, variables) => {
        try {
          return await intake.as(caller)(query, variables);
        } finally {
          today = TODAY;
        }
      },
    });
  }, 120_000);
  afterAll(() => intake.stop());

  it('runs every mutation of the schema, as every caller of every role it allows', () => {
    expect(new Set(results.map((r) => r.field)).size).toBe(Object.keys(cases).length);
    // The caller is in the sweep.
    expect(results).toContainEqual(expect.objectContaining({ field: 'updateOffer', caller: 'aurora-by-orgno' }));
  });

  it('answers each at once, and never with an internal error (a read waiting for a second connection)', () => {
    expect(stuckAnswers(results, ACQUIRE_MS)).toEqual([]);
  });

  it("lets the partner system by organisation number change its own offer (the issue's request)", () => {
    const answer = results.find((r) => r.field === 'updateOffer' && r.caller === 'aurora-by-orgno')!;
    expect(answer.codes).toEqual([]);
  });
});
