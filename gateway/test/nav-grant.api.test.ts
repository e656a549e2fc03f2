/**
 * NAV's grant of a state place reaching the hub on its own record type (`nav-grant`), for someone who was never on
 * NAV's waiting list: NAV's record is imported through the NAV adapter's real import route, the hub reads the
 * adapter's feed, and the participant's continuous application for VTA at Arba is DECIDED as NAV's decision. When
 * NAV ends the place (HAR_SLUTTET), the grant is withdrawn in the hub and the graph shows it; the decision stands.
 */
import {
  demoMeasureInstances,
  demoOfferId,
  demoParticipantId,
  demoParticipants,
  type NavTopicRecord,
} from '@veiinn/demo-data';
import { randomUUID } from 'node:crypto';
import { ingestAtNav, startTestGraph, type TestGraph } from './support';

// At the work centre, and never on NAV's waiting list (no NAV record in the demo world).
const PERSON = demoParticipantId('p21');
const PERSON_IDENT = demoParticipants.find((p) => p.key === 'p21')!.identityNumber;
const ARBA_VTA = demoOfferId('arba-vta');
const ARBA_VTA_INSTANCE = demoMeasureInstances.find((m) => m.key === 'arba-vta')!.id;

type Grant = {
  id: string;
  granted: boolean;
  status: string;
  startDate: string | null;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  offer: { id: string } | null;
  history: { granted: boolean; status: string }[];
};
type Decision = {
  outcome: string;
  decidedBy: string;
  offer: { id: string } | null;
  startDate: string | null;
  navGrant: Grant | null;
};

describe('NAV’s grant of VTA through the NAV adapter’s import and feed (nav-grant)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ today: () => '2028-03-01' });
  });
  afterAll(() => graph.stop());

  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    graph.as('case-worker').data<T>(query, variables);
  const sync = async () => expect((await graph.intake.follower.syncAll()).filter((s) => s.error)).toEqual([]);

  const GRANT = 'id granted status startDate withdrawnOn withdrawalReason offer { id } history { granted status }';
  const read = (applicationId: string) =>
    gql<{
      application: { status: string; decision: Decision | null };
      participant: { navGrants: Grant[]; decisions: Decision[]; nav: { records: { status: string }[] } | null };
    }>(
      `query ($a: ID!, $p: ID!) {
        application(id: $a) { status decision { outcome decidedBy startDate offer { id } navGrant { ${GRANT} } } }
        participant(id: $p) {
          navGrants { ${GRANT} }
          decisions { outcome decidedBy startDate offer { id } navGrant { ${GRANT} } }
          nav { records { status } } } }`,
      { a: applicationId, p: PERSON },
    );

  it('decides the continuous application when NAV grants VTA, and shows the grant withdrawn when NAV ends it', async () => {
    const { createApplication } = await gql<{ createApplication: { id: string; round: string } }>(
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id round } }`,
      { input: { participantId: PERSON, offerIds: [ARBA_VTA], navContact: 'NAV Bærum' } },
    );
    expect(createApplication.round).toBe('CONTINUOUS');
    const applicationId = createApplication.id;
    await gql(`mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { id } }`, {
      input: { applicationId },
    });
    await sync();
    const before = await read(applicationId);
    expect(before.application).toEqual({ status: 'SUBMITTED', decision: null });
    expect(before.participant.navGrants).toEqual([]);

    // NAV signs the person up for VTA at Arba directly: no waiting list, the record starts as DELTAR.
    const id = randomUUID();
    const at = '2028-03-01T09:00:00';
    const record: NavTopicRecord = {
      key: id,
      value: {
        id,
        gjennomforingId: ARBA_VTA_INSTANCE,
        personIdent: PERSON_IDENT,
        startDato: '2028-03-06',
        sluttDato: null,
        status: { type: 'DELTAR', aarsak: null, opprettetDato: at },
        registrertDato: at,
        endretDato: at,
        kilde: 'KOMET',
        deltakelsesmengder: [{ deltakelsesprosent: 53, dagerPerUke: 4, gyldigFra: '2028-03-06' }],
      },
    };
    await ingestAtNav(graph, [record]);
    await sync();
    const granted = await read(applicationId);
    const grant = { id, granted: true, status: 'DELTAR', startDate: '2028-03-06', offer: { id: ARBA_VTA } };
    expect(granted.application).toMatchObject({
      status: 'DECIDED',
      decision: { outcome: 'GRANTED', decidedBy: 'NAV', startDate: '2028-03-06', offer: { id: ARBA_VTA } },
    });
    expect(granted.application.decision!.navGrant).toMatchObject(grant);
    expect(granted.participant.navGrants).toMatchObject([grant]);
    expect(granted.participant.decisions.filter((d) => d.decidedBy === 'NAV')).toHaveLength(1);
    expect(granted.participant.nav?.records.map((r) => r.status)).toContain('DELTAR');

    // The same import again publishes nothing new; the hub stays as it is.
    await ingestAtNav(graph, [record], { accepted: 0, unchanged: 1 });
    await sync();
    expect(await read(applicationId)).toEqual(granted);

    // NAV ends the place.
    const ended = '2028-09-30T09:00:00';
    await ingestAtNav(graph, [
      {
        key: id,
        value: {
          ...record.value!,
          sluttDato: '2028-09-30',
          status: { type: 'HAR_SLUTTET', aarsak: { type: 'FATT_JOBB', beskrivelse: null }, opprettetDato: ended },
          endretDato: ended,
        },
      },
    ]);
    await sync();
    const withdrawn = await read(applicationId);
    const after = {
      id,
      granted: false,
      status: 'HAR_SLUTTET',
      withdrawnOn: '2028-09-30',
      withdrawalReason: 'HAR_SLUTTET/FATT_JOBB',
      history: [
        { granted: true, status: 'DELTAR' },
        { granted: false, status: 'HAR_SLUTTET' },
      ],
    };
    expect(withdrawn.participant.navGrants).toMatchObject([after]);
    // The decision is not rewritten: it shows the withdrawal through its grant.
    expect(withdrawn.application).toMatchObject({
      status: 'DECIDED',
      decision: { outcome: 'GRANTED', decidedBy: 'NAV', navGrant: after },
    });
    // Without the grant, NAV's state place is closed to a flow meeting again.
    const { placements } = (
      await gql<{ participant: { placements: { id: string; status: string }[] } }>(
        `query ($id: ID!) { participant(id: $id) { placements { id status } } }`,
        { id: PERSON },
      )
    ).participant;
    const current = placements.find((p) => p.status === 'ACTIVE')!;
    const refused = await graph
      .as('case-worker')
      .request(`mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id } }`, {
        input: {
          participantId: PERSON,
          kind: 'BETWEEN_PROVIDERS',
          participantWish: 'VTA hos Arba. / VTA at Arba.',
          from: [{ placementId: current.id }],
          targets: [{ offerId: ARBA_VTA, groupId: 'arena', hoursPerWeek: 20, startDate: '2028-10-02' }],
        },
      });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'DECIDED_BY_NAV' });
  });
});
