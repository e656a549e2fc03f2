/**
 * Guardian on behalf (docs/security.md, "Guardian on behalf"): a guardian signed in with ID-porten (a token with their
 * own `pid`) names a young person and applies for them. Until the allocation office confirms the guardianship the
 * guardian sees the applications they submitted and nothing else of the young person's; after it, what the young
 * person would see. Tested both ways, through the gateway with real subgraphs.
 */
import { syntheticIdentityNumber } from '@veiinn/kit';
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { demoUsers, type RunningIssuer } from '@veiinn/dev-issuer';
import { graphqlRequest } from '@veiinn/testing';
import { type TestGraph } from './support';
import { signInWithCode, startIssuerAndGraph, type IssuerGraph } from './issuer-graph';

const WARD_NUMBER = syntheticIdentityNumber('2009-03-03', 400);

type Claim = {
  id: string;
  status: string;
  participantId: string;
  wardName: string;
  participant: { fullName: string } | null;
};
const CLAIM_FIELDS = 'id status participantId wardName participant { fullName }';

describe('a guardian applies on behalf of a young person, and sees more only once the office confirms it', () => {
  let stack: IssuerGraph;
  let issuer: RunningIssuer;
  let graph: TestGraph;

  beforeAll(async () => {
    stack = await startIssuerAndGraph('veiinn-guardian-');
    ({ issuer, graph } = stack);
  });
  afterAll(() => stack?.stop());

  const signIn = (user: string) => signInWithCode(issuer, user);

  const ask = <T>(bearer: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest<T>(graph.gatewayUrl, query, variables, { authorization: `Bearer ${bearer}` });
  async function data<T>(bearer: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await ask<T>(bearer, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version submittedByRole } }`;
  const SUBMIT = `mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { status } }`;
  const SEES = `query ($participant: ID!, $mine: ID!, $other: ID!) {
    participant(id: $participant) { fullName applications { id } }
    mine: application(id: $mine) { id status submittedByRole submittedByName }
    other: application(id: $other) { id }
    applications(first: 20) { totalCount nodes { id } }
    me { guardianships { status participant { fullName } } } }`;

  it('before confirmation: only the guardian’s own submission; after it: the young person’s data too', async () => {
    const hanne = await signIn('citizen-new-guardian');
    const caseWorker = await signIn('case-worker');

    const { registerWard } = await data<{ registerWard: Claim }>(
      hanne,
      `mutation ($input: RegisterWardInput!) { registerWard(input: $input) { ${CLAIM_FIELDS} } }`,
      {
        input: {
          givenName: 'Sofie',
          familyName: 'Nyland',
          nationalIdentityNumber: WARD_NUMBER,
          relation: 'PARENT',
          guardianName: 'Hanne Nyland',
        },
      },
    );
    expect(registerWard).toMatchObject({ status: 'CLAIMED', wardName: 'Sofie Nyland', participant: null });
    const participantId = registerWard.participantId;

    // The guardian applies and submits; the hub records that a guardian did.
    const { createApplication: mine } = await data<{
      createApplication: { id: string; version: number; submittedByRole: string };
    }>(hanne, CREATE, {
      input: {
        participantId,
        offerIds: [demoOfferId('ba-kort'), demoOfferId('bjornegard')],
        submittedByRole: 'APPLICANT',
        submittedByName: 'Hanne Nyland',
        tradeWishes: 'Snekkerverksted',
        daysPerWeek: 3,
      },
    });
    expect(mine.submittedByRole).toBe('GUARDIAN');
    await data(hanne, SUBMIT, { input: { applicationId: mine.id, expectedVersion: mine.version } });

    // The office has another application for the young person, from a teacher's paper form.
    const { createApplication: other } = await data<{ createApplication: { id: string } }>(caseWorker, CREATE, {
      input: {
        participantId,
        offerIds: [demoOfferId('ba-kort')],
        submittedByRole: 'TEACHER',
        submittedByName: 'Lærer Testesen',
        tradeWishes: 'Kantine',
      },
    });

    // Before confirmation: the submission, and nothing else.
    const before = await data<Record<string, unknown>>(hanne, SEES, {
      participant: participantId,
      mine: mine.id,
      other: other.id,
    });
    expect(before).toEqual({
      participant: null,
      mine: { id: mine.id, status: 'SUBMITTED', submittedByRole: 'GUARDIAN', submittedByName: 'Hanne Nyland' },
      other: null,
      applications: { totalCount: 1, nodes: [{ id: mine.id }] },
      me: { guardianships: [{ status: 'CLAIMED', participant: null }] },
    });
    // The applicant of their own submission is not theirs to see yet: a refusal they can act on, not an internal error.
    const applicant = await ask(hanne, `query ($id: ID!) { application(id: $id) { id participant { fullName } } }`, {
      id: mine.id,
    });
    expect(applicant.errors?.[0]).toMatchObject({
      path: ['application', 'participant'],
      extensions: { code: 'FORBIDDEN', messages: { nb: expect.stringContaining('Tildelingskontoret har bekreftet') } },
    });
    // The guardian cannot confirm themselves.
    const selfConfirm = await ask(
      hanne,
      `mutation ($id: ID!) { confirmGuardianship(input: { guardianshipId: $id }) { status } }`,
      {
        id: registerWard.id,
      },
    );
    expect(selfConfirm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another guardian sees none of it. Kari (the demo guardian) has her own guardianship, confirmed in the seed.
    const kari = await signIn('guardian');
    expect(await data(kari, `{ me { guardianships { status wardName participant { fullName } } } }`)).toEqual({
      me: {
        guardianships: [
          { status: 'CONFIRMED', wardName: 'Sindre Fjellvang', participant: { fullName: 'Sindre Fjellvang' } },
        ],
      },
    });
    expect(
      await data<Record<string, unknown>>(kari, SEES, { participant: participantId, mine: mine.id, other: other.id }),
    ).toMatchObject({ participant: null, mine: null, other: null });

    // The office finds the claim and confirms it.
    const { guardianships } = await data<{ guardianships: { id: string; guardianName: string; wardName: string }[] }>(
      caseWorker,
      `{ guardianships(status: CLAIMED) { id guardianName wardName } }`,
    );
    expect(guardianships).toEqual([{ id: registerWard.id, guardianName: 'Hanne Nyland', wardName: 'Sofie Nyland' }]);
    const { confirmGuardianship } = await data<{ confirmGuardianship: Claim }>(
      caseWorker,
      `mutation ($id: ID!) { confirmGuardianship(input: { guardianshipId: $id }) { ${CLAIM_FIELDS} } }`,
      { id: registerWard.id },
    );
    expect(confirmGuardianship).toMatchObject({ status: 'CONFIRMED', participant: { fullName: 'Sofie Nyland' } });

    // After confirmation: what the young person would see, both applications included.
    const after = await data<{
      participant: { fullName: string; applications: { id: string }[] };
      other: { id: string } | null;
      applications: { totalCount: number };
      me: unknown;
    }>(hanne, SEES, { participant: participantId, mine: mine.id, other: other.id });
    expect(after.participant.fullName).toBe('Sofie Nyland');
    expect(after.participant.applications.map((a) => a.id).sort()).toEqual([mine.id, other.id].sort());
    expect(after.other).toEqual({ id: other.id });
    expect(after.applications.totalCount).toBe(2);
    expect(after.me).toEqual({ guardianships: [{ status: 'CONFIRMED', participant: { fullName: 'Sofie Nyland' } }] });
    // Another guardian still sees nothing.
    expect(
      await data<Record<string, unknown>>(kari, SEES, { participant: participantId, mine: mine.id, other: other.id }),
    ).toMatchObject({ participant: null, mine: null, other: null });
  });

  it('refuses a guardian’s own identity number as the young person’s, and registerWard for anyone but a guardian', async () => {
    const hanne = await signIn('citizen-new-guardian');
    const own = demoUsers.find((u) => u.id === 'citizen-new-guardian')!.pid!;
    const REGISTER = `mutation ($input: RegisterWardInput!) { registerWard(input: $input) { id } }`;
    const input = {
      givenName: 'Meg',
      familyName: 'Selv',
      nationalIdentityNumber: own,
      relation: 'PARENT',
      guardianName: 'Hanne Nyland',
    };
    const refused = await ask(hanne, REGISTER, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused)).not.toContain(own);
    const applicant = await signIn('citizen-new-applicant');
    const notGuardian = await ask(applicant, REGISTER, { input: { ...input, nationalIdentityNumber: WARD_NUMBER } });
    expect(notGuardian.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  // A claim opens only the young person it names: a claimed guardian applying for someone else is refused.
  it('gives the same claim when asked again, and no right to apply for anyone not claimed', async () => {
    const hanne = await signIn('citizen-new-guardian');
    const REGISTER = `mutation ($input: RegisterWardInput!) { registerWard(input: $input) { id participantId } }`;
    const input = {
      givenName: 'Sofie',
      familyName: 'Nyland',
      nationalIdentityNumber: WARD_NUMBER,
      relation: 'PARENT',
      guardianName: 'Hanne Nyland',
    };
    const first = await data<{ registerWard: { id: string } }>(hanne, REGISTER, { input });
    const again = await data<{ registerWard: { id: string } }>(hanne, REGISTER, { input });
    expect(again.registerWard.id).toBe(first.registerWard.id);
    const elsewhere = await ask(
      hanne,
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      {
        input: { participantId: demoParticipantId('p07'), offerIds: [demoOfferId('ba-kort')], tradeWishes: 'Kantine' },
      },
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
