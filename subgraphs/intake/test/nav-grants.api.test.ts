import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import type { NavGrantSnapshot } from '@veiinn/kit';
import { graphqlData } from '@veiinn/testing';
import { Decision } from '../src/casework/decision/decision.entity';
import { applyFeedEvents } from '../src/network/feed/apply';
import { FeedRejection } from '../src/network/feed/feed.entities';
import { Participant } from '../src/people/participant/participant.entity';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { NavGrant, NavGrantChange } from '../src/network/waiting/nav-grant.entity';
import { navGrantedOfferIds } from '../src/network/waiting/nav-grant';
import { startTestIntake, type TestIntake } from './support';

const VTA = demoOfferId('arba-vta');
const AFT = demoOfferId('arba-aft');
const NAV = 'nav-baerum';

const APPLICATION = /* GraphQL */ `
  id status version
  statusHistory { status }
  decision {
    outcome decidedBy decidedOn startDate placementStatus offer { id }
    navGrant { id granted status statusOn startDate grantedOn withdrawnOn withdrawalReason history { granted status reason } }
  }
`;
type Grant = {
  id: string;
  granted: boolean;
  status: string;
  statusOn: string;
  startDate: string | null;
  grantedOn: string | null;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  history: { granted: boolean; status: string; reason: string | null }[];
};
type AppData = {
  id: string;
  status: string;
  version: number;
  statusHistory: { status: string }[];
  decision: {
    outcome: string;
    decidedBy: string;
    decidedOn: string;
    startDate: string | null;
    placementStatus: string | null;
    offer: { id: string } | null;
    navGrant: Grant | null;
  } | null;
};

describe('NAV’s grants in the hub (nav-grant events)', () => {
  let intake: TestIntake;
  let sequence = 1;
  beforeAll(async () => {
    intake = await startTestIntake({ today: '2027-03-01' });
  });
  afterAll(() => intake.stop());

  const personRefOf = async (key: string) =>
    (await intake.orm.em.fork().findOneOrFail(Participant, { id: demoParticipantId(key) })).personRef!;

  /** The NAV adapter's feed delivering a grant event, applied by the hub's own feed code. */
  async function navPublishes(
    record: string,
    version: number,
    data: NavGrantSnapshot | null,
    source = NAV,
  ): Promise<{ applied: number; ignored: number; rejected: number }> {
    return intake.orm.em.fork().transactional(async (tx) =>
      applyFeedEvents(tx, await tx.findOneOrFail(Provider, { id: source }), [
        {
          sequence: sequence++,
          type: 'nav-grant',
          id: record,
          version,
          occurredAt: '2027-03-01T10:00:00Z',
          data: data as unknown as Record<string, unknown> | null,
        },
      ]),
    );
  }
  const grantOf = (personRef: string, fields: Partial<NavGrantSnapshot> = {}): NavGrantSnapshot => ({
    personRef,
    offerId: VTA,
    measureCode: 'VARIG_TILRETTELAGT_ARBEID_SKJERMET',
    description: 'VTA, Arba Inkludering (2016/104411)',
    granted: true,
    status: 'VENTER_PA_OPPSTART',
    statusOn: '2027-03-01',
    from: '2027-04-05',
    reason: null,
    ...fields,
  });

  async function application(participant: string, offerIds: string[], submit = true): Promise<string> {
    const { createApplication } = await graphqlData<{ createApplication: { id: string } }>(
      intake.url,
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { input: { participantId: demoParticipantId(participant), offerIds, navContact: 'NAV Bærum' } },
    );
    if (submit) {
      await graphqlData(
        intake.url,
        `mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { id } }`,
        { input: { applicationId: createApplication.id } },
      );
    }
    return createApplication.id;
  }
  const read = async (id: string) =>
    (
      await graphqlData<{ application: AppData }>(
        intake.url,
        `query ($id: ID!) { application(id: $id) { ${APPLICATION} } }`,
        { id },
      )
    ).application;

  it('decides a submitted continuous application for the offer as NAV’s grant, and keeps its withdrawal on the grant', async () => {
    const personRef = await personRefOf('p20');
    const id = await application('p20', [VTA, AFT]);
    expect((await read(id)).status).toBe('SUBMITTED');
    const em = intake.orm.em.fork();
    expect(await navGrantedOfferIds(em, demoParticipantId('p20'), [VTA])).toEqual(new Set());

    const record = 'nav-record-p20';
    expect(await navPublishes(record, 2, grantOf(personRef))).toMatchObject({ applied: 1 });
    const decided = await read(id);
    expect(decided.status).toBe('DECIDED');
    // Through the state machine: submitted, assessed (by NAV), decided.
    expect(decided.statusHistory.map((s) => s.status)).toEqual(['DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'DECIDED']);
    expect(decided.decision).toMatchObject({
      outcome: 'GRANTED',
      decidedBy: 'NAV',
      decidedOn: '2027-03-01',
      startDate: '2027-04-05',
      placementStatus: null,
      offer: { id: VTA },
      navGrant: { id: record, granted: true, status: 'VENTER_PA_OPPSTART', grantedOn: '2027-03-01', withdrawnOn: null },
    });
    expect(await navGrantedOfferIds(em, demoParticipantId('p20'), [VTA, AFT])).toEqual(new Set([VTA]));

    // The same event again (a page read twice): nothing changes, no second decision.
    expect(await navPublishes(record, 2, grantOf(personRef))).toMatchObject({ applied: 0, ignored: 1 });
    await navPublishes(record, 3, grantOf(personRef, { status: 'DELTAR', statusOn: '2027-04-05' }));
    await navPublishes(
      record,
      4,
      grantOf(personRef, { granted: false, status: 'HAR_SLUTTET', statusOn: '2027-09-30', reason: 'HAR_SLUTTET/SYK' }),
    );
    const after = await read(id);
    expect(after.version).toBe(decided.version);
    expect(after.decision).toMatchObject({ outcome: 'GRANTED', decidedBy: 'NAV', decidedOn: '2027-03-01' });
    expect(after.decision!.navGrant).toEqual({
      id: record,
      granted: false,
      status: 'HAR_SLUTTET',
      statusOn: '2027-09-30',
      startDate: '2027-04-05',
      grantedOn: '2027-03-01',
      withdrawnOn: '2027-09-30',
      withdrawalReason: 'HAR_SLUTTET/SYK',
      history: [
        { granted: true, status: 'VENTER_PA_OPPSTART', reason: null },
        { granted: true, status: 'DELTAR', reason: null },
        { granted: false, status: 'HAR_SLUTTET', reason: 'HAR_SLUTTET/SYK' },
      ],
    });
    expect(await intake.orm.em.fork().count(Decision, { application: id })).toBe(1);
    // The grant is gone: a move to VTA would now be refused with DECIDED_BY_NAV.
    expect(await navGrantedOfferIds(intake.orm.em.fork(), demoParticipantId('p20'), [VTA])).toEqual(new Set());
  });

  it('leaves a draft, and an application for another offer, as they are; a grant for someone unknown is kept', async () => {
    const personRef = await personRefOf('p21');
    const draft = await application('p21', [VTA], false);
    const other = await application('p21', [AFT]);
    await navPublishes('nav-record-p21', 1, grantOf(personRef));
    expect((await read(draft)).status).toBe('DRAFT');
    expect(await read(other)).toMatchObject({ status: 'SUBMITTED', decision: null });

    await navPublishes('nav-record-unknown', 1, grantOf('0'.repeat(64)));
    const { participant } = await graphqlData<{ participant: { navGrants: { id: string; granted: boolean }[] } }>(
      intake.url,
      `query ($id: ID!) { participant(id: $id) { navGrants { id granted } } }`,
      { id: demoParticipantId('p21') },
    );
    expect(participant.navGrants).toEqual([{ id: 'nav-record-p21', granted: true }]);
    expect(await intake.orm.em.fork().count(NavGrant, { id: 'nav-record-unknown' })).toBe(1);
  });

  it('withdraws a grant NAV deleted, and takes grants only from a state agency’s feed', async () => {
    const personRef = await personRefOf('p22');
    await navPublishes('nav-record-p22', 1, grantOf(personRef, { offerId: AFT }));
    await navPublishes('nav-record-p22', 2, null);
    const grant = await intake.orm.em.fork().findOneOrFail(NavGrant, { id: 'nav-record-p22' });
    expect(grant).toMatchObject({ granted: false, withdrawalReason: 'REMOVED_AT_SOURCE', withdrawnOn: '2027-03-01' });
    expect(await intake.orm.em.fork().count(NavGrantChange, { grant: 'nav-record-p22' })).toBe(2);

    const id = await application('p22', [VTA]);
    expect(
      await navPublishes('day-services-record', 1, grantOf(personRef), 'baerum-kommunale-dagtilbud'),
    ).toMatchObject({
      rejected: 1,
    });
    expect(await intake.orm.em.fork().findOne(FeedRejection, { recordId: 'day-services-record' })).toMatchObject({
      reason: 'nav-grant events come only from a state agency (NAV)',
    });
    expect((await read(id)).status).toBe('SUBMITTED');
    // A withdrawal without its reason breaks the protocol: rejected, nothing stored.
    expect(
      await navPublishes('nav-record-bad', 1, grantOf(personRef, { granted: false, status: 'HAR_SLUTTET' })),
    ).toMatchObject({ rejected: 1 });
    expect(await intake.orm.em.fork().count(NavGrant, { id: 'nav-record-bad' })).toBe(0);
  });
});
