import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import type { Caller } from '@veiinn/kit';
import { Application } from '../src/casework/application/application.entity';
import { CareerPlan } from '../src/casework/career/career-plan.entity';
import { Participant } from '../src/people/participant/participant.entity';
import { Placement } from '../src/network/placement/placement.entity';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { Transition } from '../src/casework/transition/transition.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * The hub's row and write rules (docs/security.md, "Row rules in the hub"), with service trust on: each request
 * carries a caller token as the gateway signs it, and each scope kind reads a single participant, a list, a count and
 * a reference (`_entities`), and tries the writes it may and may not do.
 */
const TODAY = '2026-11-23';
const id = demoParticipantId;
const BA = 'baerum-arbeidssenter';
const BKD = 'baerum-kommunale-dagtilbud';
const PARTNER_ORGNO = '100000001';

const callers = {
  caseWorker: { sub: 'case-worker', roles: ['case-worker'] },
  service: { sub: 'intake', roles: ['service'] },
  applicant: { sub: 'applicant', roles: ['applicant'], participantIds: [id('p07')] },
  guardian: { sub: 'guardian', roles: ['guardian'], participantIds: [id('p01')] },
  workCentre: { sub: 'ba-staff', roles: ['provider-staff'], providerId: BA },
  dayServices: { sub: 'bkd-staff', roles: ['provider-staff'], providerId: BKD },
  partner: { sub: 'aurora-system', roles: ['partner-system'], orgno: PARTNER_ORGNO, scope: 'offers:read' },
  nav: { sub: 'nav', roles: ['nav-staff'] },
  analyst: { sub: 'analyst', roles: ['analyst'] },
  public: { sub: 'anonymous', roles: ['public'] },
} satisfies Record<string, Caller>;
type Who = keyof typeof callers;

/** Who each caller sees among the participants the test gives a path (every other one is out of everyone's scope). */
const expectedParticipants: Record<Exclude<Who, 'caseWorker' | 'service'>, string[]> = {
  applicant: ['p07'],
  guardian: ['p01'],
  // p02 has a place there, p03 applied there, p08 waits for one of its offers.
  workCentre: ['p02', 'p03', 'p08'],
  // p02 had a place there (ended) and is to move there, p03 and p09 applied, p04 has a place.
  dayServices: ['p02', 'p03', 'p04', 'p09'],
  // Matched by organisation number: p10 has a place at the partner.
  partner: ['p10'],
  // A VTA placement (a state place), NAV's own waiting list, an application for VTA.
  nav: ['p05', 'p06', 'p11'],
  analyst: [],
  public: [],
};

const PARTICIPANT = `query ($id: ID!) { participant(id: $id) { id fullName
  placements { id } waitingLists { id } applications { id } decisions { id } transitions { id } careerPlan { id } } }`;
const PARTICIPANTS = `query { participants(first: 100) { totalCount nodes { id } } }`;
const BY_IDS = `query ($ids: [ID!]!) { participantsByIds(ids: $ids) { id } }`;
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  __typename ... on Participant { id fullName } ... on Application { id } ... on Transition { id }
  ... on Placement { id startDate } ... on Decision { id } } }`;
const APPLICATIONS = `query { applications(first: 100) { totalCount nodes { id participant { id } } } }`;
const WAITING = `query { waitingList(includeLeft: true) { id participant { id } } }`;
const CAPACITY = `query ($id: ID!) { offer(id: $id) { capacity { occupied waiting } } }`;

describe('who may see and change what in the hub', () => {
  let intake: TrustedTestIntake;
  const ids: { app03: string; app09: string; app11: string; transition: string; decision: string } = {
    app03: '',
    app09: '',
    app11: '',
    transition: '',
    decision: '',
  };
  const as = (who: Who) => intake.as(callers[who]);

  async function data<T = Record<string, unknown>>(who: Who, query: string, variables?: Record<string, unknown>) {
    const result = await as(who)<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`${who}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async function apply(participant: string, offerIds: string[], answers: Record<string, unknown>) {
    const { createApplication } = await data<{ createApplication: { id: string } }>(
      'caseWorker',
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { input: { participantId: id(participant), offerIds, ...answers } },
    );
    return createApplication.id;
  }

  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: TODAY });
    // What the providers' feeds would have brought: placements and NAV's waiting list.
    await intake.orm.em.fork().transactional(async (tx) => {
      await tx.nativeUpdate(Provider, { id: 'aurora-verksted' }, { organisationNumber: PARTNER_ORGNO });
      const placement = (key: string, participant: string, providerId: string, offer: string, start: string) =>
        tx.create(Placement, {
          id: key,
          providerId,
          offerId: demoOfferId(offer),
          participantId: id(participant),
          startDate: start,
          endDate: null,
          hoursPerWeek: null,
          daysPerWeek: null,
          feedVersion: 1,
          updatedAt: new Date(),
        });
      placement('pl-ba-p02', 'p02', BA, 'ba-kort', '2024-01-08');
      placement('pl-bkd-p02', 'p02', BKD, 'bjornegard', '2020-01-06').endDate = '2023-12-22';
      placement('pl-bkd-p04', 'p04', BKD, 'bjornegard', '2021-01-04');
      placement('pl-arba-p06', 'p06', 'arba', 'arba-vta', '2022-01-03');
      placement('pl-aurora-p10', 'p10', 'aurora-verksted', 'aurora', '2023-01-02');
      const waiting = (key: string, participant: string, sourceId: string, offer: string) =>
        tx.create(WaitingEntry, {
          id: key,
          sourceId,
          participantId: id(participant),
          personRef: null,
          offerId: demoOfferId(offer),
          description: offer,
          since: '2026-03-02',
          leftOn: null,
          leftReason: null,
          decisionId: null,
          feedVersion: 1,
          updatedAt: new Date(),
        });
      waiting('w-nav-p05', 'p05', 'nav-baerum', 'arba-vta');
      waiting('w-hub-p08', 'p08', 'tildelingskontoret', 'ba-kort');
      tx.create(CareerPlan, {
        participant: id('p02'),
        shortTermWishes: 'Kort og design.',
        updatedAt: new Date(),
      } as never);
    });
    ids.app03 = await apply('p03', [demoOfferId('ba-kort'), demoOfferId('bjornegard')], {
      daysPerWeek: 2,
      tradeWishes: 'Design',
    });
    ids.app09 = await apply('p09', [demoOfferId('bjornegard')], { daysPerWeek: 3 });
    ids.app11 = await apply('p11', [demoOfferId('arba-vta')], { navContact: 'NAV Bærum' });
    // A decision on p09's application, for the reference and letter paths.
    for (const mutation of ['submitApplication', 'startApplicationAssessment']) {
      await data('caseWorker', `mutation ($input: ApplicationStepInput!) { ${mutation}(input: $input) { id } }`, {
        input: { applicationId: ids.app09 },
      });
    }
    const { decideApplication } = await data<{ decideApplication: { id: string } }>(
      'caseWorker',
      `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
      { input: { applicationId: ids.app09, outcome: 'REJECTED', reason: 'Ingen plass. / No place.' } },
    );
    ids.decision = decideApplication.id;
    const { proposeTransition } = await data<{ proposeTransition: { id: string } }>(
      'caseWorker',
      `mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id } }`,
      {
        input: {
          participantId: id('p02'),
          kind: 'TO_LESS_DEMANDING',
          participantWish: 'Tilbake til dagtilbud. / Back to day services.',
          from: [{ placementId: 'pl-ba-p02' }],
          targets: [
            { offerId: demoOfferId('bjornegard'), groupId: 'kreativ', daysPerWeek: 3, startDate: '2027-01-04' },
          ],
        },
      },
    );
    ids.transition = proposeTransition.id;
  });
  afterAll(() => intake.stop());

  describe('reads', () => {
    it.each(['caseWorker', 'service'] as const)('%s sees every participant, listed and counted', async (who) => {
      const { participants } = await data<{ participants: { totalCount: number; nodes: unknown[] } }>(
        who,
        PARTICIPANTS,
      );
      const all = await intake.orm.em.fork().count(Participant, {});
      expect(participants.totalCount).toBe(all);
      expect(participants.nodes).toHaveLength(all);
    });

    it.each(Object.entries(expectedParticipants))(
      '%s lists and counts only the participants in its scope',
      async (who, keys) => {
        const { participants } = await data<{ participants: { totalCount: number; nodes: { id: string }[] } }>(
          who as Who,
          PARTICIPANTS,
        );
        expect(participants.nodes.map((n) => n.id).sort()).toEqual(keys.map(id).sort());
        expect(participants.totalCount).toBe(keys.length);
      },
    );

    it.each(Object.entries(expectedParticipants))(
      '%s gets null for a participant out of scope, by id, by ids and by reference, as for an unknown id',
      async (who, keys) => {
        const probe = ['p01', 'p02', 'p03', 'p05', 'p07', 'p10', 'p12'];
        const visible = probe.filter((k) => keys.includes(k));
        for (const key of probe) {
          const { participant } = await data<{ participant: { id: string } | null }>(who as Who, PARTICIPANT, {
            id: id(key),
          });
          expect([key, participant?.id ?? null]).toEqual([key, visible.includes(key) ? id(key) : null]);
        }
        const unknown = '00000000-0000-4000-8000-000000000000';
        const { participantsByIds } = await data<{ participantsByIds: ({ id: string } | null)[] }>(who as Who, BY_IDS, {
          ids: [...probe.map(id), unknown],
        });
        expect(participantsByIds).toEqual([...probe.map((k) => (visible.includes(k) ? { id: id(k) } : null)), null]);
        const { _entities } = await data<{ _entities: ({ id: string } | null)[] }>(who as Who, ENTITIES, {
          representations: probe.map((k) => ({ __typename: 'Participant', id: id(k) })),
        });
        expect(_entities.map((e) => e?.id ?? null)).toEqual(probe.map((k) => (visible.includes(k) ? id(k) : null)));
      },
    );

    it('provider staff see the whole path of their participants, but only the applications and transitions that involve them', async () => {
      const read = async (who: Who, key: string) =>
        (
          await data<{
            participant: {
              placements: { id: string }[];
              applications: { id: string }[];
              transitions: { id: string }[];
              careerPlan: { id: string } | null;
            };
          }>(who, PARTICIPANT, { id: id(key) })
        ).participant;
      // p02's path: the work centre's current place and the day services' old one, to both providers.
      for (const who of ['workCentre', 'dayServices'] as const) {
        const p02 = await read(who, 'p02');
        expect(p02.placements.map((p) => p.id)).toEqual(['pl-bkd-p02', 'pl-ba-p02']);
        // The transition ends a work-centre place and starts a day-services one: both take part.
        expect(p02.transitions.map((t) => t.id)).toEqual([ids.transition]);
        expect(p02.careerPlan).not.toBeNull();
      }
      expect((await read('workCentre', 'p03')).applications.map((a) => a.id)).toEqual([ids.app03]);
      // NAV does not get the career plan; it sees the VTA placement's participant.
      const { participant: p06 } = await data<{ participant: { placements: { id: string }[]; careerPlan: null } }>(
        'nav',
        PARTICIPANT,
        { id: id('p06') },
      );
      expect(p06).toMatchObject({ placements: [{ id: 'pl-arba-p06' }], careerPlan: null });
      expect((await read('caseWorker', 'p02')).careerPlan).not.toBeNull();
      const { participant: own } = await data<{ participant: { careerPlan: null; applications: unknown[] } }>(
        'applicant',
        PARTICIPANT,
        { id: id('p07') },
      );
      expect(own).toMatchObject({ careerPlan: null, applications: [] });
    });

    it('lists of applications and waiting entries hold the rows in scope, and their counts agree', async () => {
      const applications = async (who: Who) =>
        (await data<{ applications: { totalCount: number; nodes: { id: string }[] } }>(who, APPLICATIONS)).applications;
      const sorted = (list: string[]) => [...list].sort();
      const expected: [Who, string[]][] = [
        ['caseWorker', [ids.app03, ids.app09, ids.app11]],
        ['workCentre', [ids.app03]],
        ['dayServices', [ids.app03, ids.app09]],
        ['nav', [ids.app11]],
        ['applicant', []],
        ['partner', []],
        ['analyst', []],
      ];
      for (const [who, appIds] of expected) {
        const page = await applications(who);
        expect([who, sorted(page.nodes.map((n) => n.id)), page.totalCount]).toEqual([
          who,
          sorted(appIds),
          appIds.length,
        ]);
      }
      const waiting = async (who: Who) =>
        (await data<{ waitingList: { id: string }[] }>(who, WAITING)).waitingList.map((w) => w.id).sort();
      expect(await waiting('caseWorker')).toEqual(['w-hub-p08', 'w-nav-p05']);
      expect(await waiting('workCentre')).toEqual(['w-hub-p08']);
      expect(await waiting('nav')).toEqual(['w-nav-p05']);
      expect(await waiting('dayServices')).toEqual([]);
      expect(await waiting('analyst')).toEqual([]);
    });

    it('counts are not narrowed by row rules: capacity counts every placement and every person waiting', async () => {
      // A case worker sees the whole counts; everyone else gets the same small counts hidden (1 and 1 here), never
      // a count of only the rows they may see (docs/security.md, "Small counts").
      for (const who of ['public', 'analyst', 'applicant', 'caseWorker'] as const) {
        const { offer } = await data<{ offer: { capacity: { occupied: number | null; waiting: number | null } } }>(
          who,
          CAPACITY,
          { id: demoOfferId('ba-kort') },
        );
        const expected = who === 'caseWorker' ? { occupied: 1, waiting: 1 } : { occupied: null, waiting: null };
        expect([who, offer.capacity]).toEqual([who, expected]);
      }
    });

    it('a provider’s scope is read once per request: SQL does not grow with the participants asked for', async () => {
      const PATH = `query ($ids: [ID!]!) { participantsByIds(ids: $ids) { id placements { id } applications { id } } }`;
      const statements = async (keys: string[]) => {
        intake.sql.reset();
        await data('workCentre', PATH, { ids: keys.map(id) });
        return intake.sql.count;
      };
      const one = await statements(['p02']);
      expect(await statements(['p02', 'p03', 'p08', 'p01', 'p04', 'p05', 'p06', 'p09', 'p10', 'p11'])).toBe(one);
    });

    it('applications, decisions, transitions and placements resolve by reference only in scope', async () => {
      const representations = [
        { __typename: 'Application', id: ids.app03 },
        { __typename: 'Application', id: ids.app11 },
        { __typename: 'Decision', id: ids.decision },
        { __typename: 'Transition', id: ids.transition },
        { __typename: 'Placement', id: 'pl-ba-p02' },
        { __typename: 'Placement', id: 'pl-arba-p06' },
      ];
      const resolved = async (who: Who) =>
        (await data<{ _entities: ({ id: string } | null)[] }>(who, ENTITIES, { representations }))._entities.map(
          (e) => e?.id ?? null,
        );
      expect(await resolved('caseWorker')).toEqual([
        ids.app03,
        ids.app11,
        ids.decision,
        ids.transition,
        'pl-ba-p02',
        'pl-arba-p06',
      ]);
      expect(await resolved('workCentre')).toEqual([ids.app03, null, null, ids.transition, 'pl-ba-p02', null]);
      expect(await resolved('dayServices')).toEqual([ids.app03, null, ids.decision, ids.transition, 'pl-ba-p02', null]);
      expect(await resolved('nav')).toEqual([null, ids.app11, null, null, null, 'pl-arba-p06']);
      expect(await resolved('applicant')).toEqual([null, null, null, null, null, null]);
      expect(await resolved('public')).toEqual([null, null, null, null, null, null]);
      // Single lookups answer null, as for an unknown id.
      const { application, decision, transition } = await data<Record<string, unknown>>(
        'workCentre',
        `query ($a: ID!, $d: ID!, $t: ID!) { application(id: $a) { id } decision(id: $d) { id } transition(id: $t) { id } }`,
        { a: ids.app11, d: ids.decision, t: ids.transition },
      );
      expect({ application, decision, transition }).toEqual({
        application: null,
        decision: null,
        transition: { id: ids.transition },
      });
    });
  });

  describe('writes', () => {
    const CREATE = `mutation ($input: CreateApplicationInput!) {
      createApplication(input: $input) { id submittedByRole statusHistory { status by } } }`;
    const count = (entity: typeof Application | typeof Transition | typeof CareerPlan) =>
      intake.orm.em.fork().count(entity, {});

    it('an applicant applies for themselves, recorded as the applicant, and is refused for anyone else', async () => {
      const before = await count(Application);
      const own = await data<{ createApplication: { id: string; statusHistory: { by: string }[] } }>(
        'applicant',
        CREATE,
        { input: { participantId: id('p07'), offerIds: [demoOfferId('bjornegard')], daysPerWeek: 2 } },
      );
      expect(own.createApplication).toMatchObject({
        submittedByRole: 'APPLICANT',
        statusHistory: [{ status: 'DRAFT', by: 'APPLICANT' }],
      });
      const other = await as('applicant')(CREATE, {
        input: { participantId: id('p01'), offerIds: [demoOfferId('bjornegard')], daysPerWeek: 2 },
      });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count(Application)).toBe(before + 1);

      // Submitting and withdrawing: own only; someone else's (or an unknown id) is refused alike.
      const submit = `mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { status statusHistory { by } } }`;
      const submitted = await data<{ submitApplication: { status: string } }>('applicant', submit, {
        input: { applicationId: own.createApplication.id },
      });
      expect(submitted.submitApplication.status).toBe('SUBMITTED');
      for (const applicationId of [ids.app03, '00000000-0000-4000-8000-000000000000']) {
        const refused = await as('applicant')(submit, { input: { applicationId } });
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const { application } = await data<{ application: { status: string } }>(
        'caseWorker',
        `query ($id: ID!) { application(id: $id) { status } }`,
        { id: ids.app03 },
      );
      expect(application.status).toBe('DRAFT');
    });

    it('a guardian applies and withdraws for their ward, recorded as the guardian whatever the input says', async () => {
      const { createApplication } = await data<{ createApplication: { id: string; submittedByRole: string } }>(
        'guardian',
        CREATE,
        {
          input: {
            participantId: id('p01'),
            offerIds: [demoOfferId('binna')],
            submittedByRole: 'TEACHER',
            submittedByName: 'Kari Fjellvang',
            daysPerWeek: 3,
          },
        },
      );
      expect(createApplication.submittedByRole).toBe('GUARDIAN');
      const { withdrawApplication } = await data<{ withdrawApplication: { statusHistory: { by: string }[] } }>(
        'guardian',
        `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { statusHistory { status by } } }`,
        { input: { applicationId: createApplication.id, reason: 'Ombestemt. / Changed our mind.', by: 'CASE_WORKER' } },
      );
      expect(withdrawApplication.statusHistory).toEqual([
        { status: 'DRAFT', by: 'GUARDIAN' },
        { status: 'WITHDRAWN', by: 'GUARDIAN' },
      ]);
    });

    it('provider staff propose transitions for their participants only, recorded as provider staff', async () => {
      const PROPOSE = `mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id proposedBy statusHistory { by } } }`;
      const proposal = (participant: string, placementId: string) => ({
        participantId: id(participant),
        kind: 'CHANGE_EXTENT',
        participantWish: 'Flere dager. / More days.',
        from: [{ placementId }],
        targets: [{ offerId: demoOfferId('binna'), groupId: 'kafe', daysPerWeek: 4, startDate: '2027-02-01' }],
      });
      const before = await count(Transition);
      const refused = await as('workCentre')(PROPOSE, { input: proposal('p04', 'pl-bkd-p04') });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const { proposeTransition } = await data<{
        proposeTransition: { proposedBy: string; statusHistory: { by: string }[] };
      }>('dayServices', PROPOSE, { input: proposal('p04', 'pl-bkd-p04') });
      expect(proposeTransition).toMatchObject({
        proposedBy: 'PROVIDER_STAFF',
        statusHistory: [{ by: 'PROVIDER_STAFF' }],
      });
      // NAV's staff and the analyst propose nothing; the applicant only for their own participant.
      for (const who of ['nav', 'analyst', 'applicant'] as const) {
        const result = await as(who)(PROPOSE, { input: proposal('p04', 'pl-bkd-p04') });
        expect([who, result.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      expect(await count(Transition)).toBe(before + 1);
    });

    // proposeTransition used to take proposedBy from the input, so the office could record its own proposal as the
    // participant's. The role now comes from the caller alone, and the input has no such field.
    it('derives proposedBy from the caller and refuses a proposedBy in the input, writing nothing', async () => {
      const recorded = await intake.orm.em.fork().findOneOrFail(Transition, { id: ids.transition });
      expect(recorded.proposedBy).toBe('CASE_WORKER'); // proposed by the case worker in beforeAll
      const before = await count(Transition);
      const result = await as('caseWorker')(
        `mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id } }`,
        {
          input: {
            participantId: id('p04'),
            kind: 'CHANGE_EXTENT',
            proposedBy: 'PARTICIPANT',
            participantWish: 'Flere dager. / More days.',
            from: [{ placementId: 'pl-bkd-p04' }],
            targets: [{ offerId: demoOfferId('binna'), groupId: 'kafe', daysPerWeek: 4, startDate: '2027-02-01' }],
          },
        },
      );
      expect(result.errors?.[0]?.message).toContain('"proposedBy" is not defined by type "ProposeTransitionInput"');
      expect(await count(Transition)).toBe(before);
    });

    it('the allocation office alone decides, runs flow meetings, executes and registers; others are refused before anything is written', async () => {
      const attempts: [string, Record<string, unknown>][] = [
        [
          `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
          { input: { applicationId: ids.app03, outcome: 'REJECTED', reason: 'Nei.' } },
        ],
        [
          `mutation ($input: CreateFlowMeetingInput!) { createFlowMeeting(input: $input) { id } }`,
          { input: { year: 2027, week: 18 } },
        ],
        [
          `mutation ($input: TransitionStepInput!) { executeTransition(input: $input) { id } }`,
          { input: { transitionId: ids.transition } },
        ],
        [
          `mutation ($input: TransitionStepInput!) { settleTransition(input: $input) { id } }`,
          { input: { transitionId: ids.transition } },
        ],
        [`mutation { setProviderFeed(input: { providerId: "arba", feedUrl: null }) { id } }`, {}],
        [
          `mutation ($input: SetCareerPlanInput!) { setCareerPlan(input: $input) { id } }`,
          { input: { participantId: id('p02'), shortTermWishes: 'Noe annet.' } },
        ],
        [
          `mutation ($input: ApplicationStepInput!) { startApplicationAssessment(input: $input) { id } }`,
          { input: { applicationId: ids.app11 } },
        ],
      ];
      for (const who of ['workCentre', 'nav', 'applicant', 'guardian', 'analyst', 'public'] as const) {
        for (const [mutation, variables] of attempts) {
          const result = await as(who)(mutation, variables);
          expect([who, mutation.slice(0, 60), result.errors?.[0]?.extensions?.code]).toEqual([
            who,
            mutation.slice(0, 60),
            'FORBIDDEN',
          ]);
        }
      }
      const em = intake.orm.em.fork();
      expect((await em.findOneOrFail(Application, { id: ids.app11 })).status).toBe('DRAFT');
      expect((await em.findOneOrFail(Transition, { id: ids.transition })).status).toBe('PROPOSED');
      expect((await em.findOneOrFail(Provider, { id: 'arba' })).feedUrl).not.toBeNull();
      expect((await em.findOneOrFail(CareerPlan, { participant: id('p02') })).shortTermWishes).toBe('Kort og design.');
      // The case worker may.
      const { createFlowMeeting } = await data<{ createFlowMeeting: { id: string } }>(
        'caseWorker',
        attempts[1][0],
        attempts[1][1],
      );
      expect(createFlowMeeting.id).toBeTruthy();
    });

    it('an applicant changes only their own contact details', async () => {
      const UPDATE = `mutation ($input: UpdateParticipantInput!) { updateParticipant(input: $input) { phone } }`;
      const own = await data<{ updateParticipant: { phone: string } }>('applicant', UPDATE, {
        input: {
          participantId: id('p07'),
          phone: '00012399',
        },
      });
      expect(own.updateParticipant.phone).toContain('00012399');
      const p01Before = (await intake.orm.em.fork().findOneOrFail(Participant, { id: id('p01') })).phone;
      for (const [key, input] of [
        ['p07', { familyName: 'Annet' }],
        ['p01', { phone: '00012398' }],
      ] as const) {
        const refused = await as('applicant')(UPDATE, { input: { participantId: id(key), ...input } });
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const refusedRegistration = await as('applicant')(
        `mutation ($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
        { input: { givenName: 'Ny', familyName: 'Person', nationalIdentityNumber: '01010100000' } },
      );
      expect(refusedRegistration.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const p01 = await intake.orm.em.fork().findOneOrFail(Participant, { id: id('p01') });
      expect(p01.phone).toBe(p01Before);
    });

    it('feed status: every feed for the office and the analyst, the own one for provider staff', async () => {
      const feeds = async (who: Who) =>
        (await data<{ feeds: { provider: { id: string } }[] }>(who, `query { feeds { provider { id } } }`)).feeds
          .map((f) => f.provider.id)
          .sort();
      const all = await feeds('caseWorker');
      expect(all).toContain(BA);
      expect(all.length).toBeGreaterThan(1);
      expect(await feeds('analyst')).toEqual(all);
      expect(await feeds('workCentre')).toEqual([BA]);
      const { provider } = await data<{ provider: { feed: unknown } }>(
        'workCentre',
        `query { provider(id: "arba") { feed { url } } }`,
      );
      expect(provider.feed).toBeNull();
    });
  });
});
