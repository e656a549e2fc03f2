/**
 * A citizen who has never been in touch with the municipality signs in the way they will in production (OpenID
 * Connect, authorization code with PKCE, at the development issuer standing in for ID-porten): the token carries
 * their identity number (`pid`) and no participant. Through the gateway, the hub finds no participant for it
 * (`me.participant` is null), the citizen registers themselves from the token's `pid` (never typed, never shown
 * back), and from then on reads their own data, which another citizen's token does not see.
 */
import { demoOfferId } from '@veiinn/demo-data';
import { demoUsers, type RunningIssuer } from '@veiinn/dev-issuer';
import { graphqlRequest } from '@veiinn/testing';
import { type TestGraph } from './support';
import { signInWithCode, startIssuerAndGraph, type IssuerGraph } from './issuer-graph';

type Person = { id: string; fullName: string; birthDate: string; email: string | null; applications: unknown[] };
type MeAnswer = { me: { birthDate: string | null; participant: Person | null } };

const ME = `query { me { birthDate participant { id fullName birthDate email applications { status } } } }`;
const REGISTER = `mutation ($input: RegisterMyselfInput!) {
  registerMyself(input: $input) { id fullName birthDate email } }`;

describe('a new citizen signs in with their identity number and registers themselves', () => {
  let stack: IssuerGraph;
  let issuer: RunningIssuer;
  let graph: TestGraph;

  beforeAll(async () => {
    stack = await startIssuerAndGraph('veiinn-citizen-');
    ({ issuer, graph } = stack);
  });
  afterAll(() => stack?.stop());

  const signIn = (user: string) => signInWithCode(issuer, user);

  const ask = <T>(bearer: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest<T>(graph.gatewayUrl, query, variables, { authorization: `Bearer ${bearer}` });

  const pidOf = (user: string) => demoUsers.find((u) => u.id === user)!.pid!;

  it('sees no participant, registers from the token’s pid, then reads their own data; another citizen sees none of it', async () => {
    const tiril = await signIn('citizen-new-applicant');
    const eirik = await signIn('citizen-new-applicant-2');

    // Never in touch with the municipality: no participant, but the birth date of the sign-in.
    const before = await ask<MeAnswer>(tiril, ME);
    expect(before.errors).toBeUndefined();
    expect(before.data).toEqual({ me: { birthDate: '2008-09-05', participant: null } });

    const registered = await ask<{ registerMyself: Person }>(tiril, REGISTER, {
      input: { givenName: 'Tiril', familyName: 'Nyland', email: 'tiril@example.org' },
    });
    expect(registered.errors).toBeUndefined();
    const own = registered.data!.registerMyself;
    expect(own).toMatchObject({ fullName: 'Tiril Nyland', birthDate: '2008-09-05', email: 'tiril@example.org' });
    // The identity number came from the token and is never shown back.
    expect(JSON.stringify(registered)).not.toContain(pidOf('citizen-new-applicant'));

    // The same token (no participant id in it) now opens the participant: the hub finds it by the pid.
    const after = await ask<MeAnswer>(tiril, ME);
    expect(after.data).toEqual({
      me: {
        birthDate: '2008-09-05',
        participant: {
          id: own.id,
          fullName: 'Tiril Nyland',
          birthDate: '2008-09-05',
          email: 'tiril@example.org',
          applications: [],
        },
      },
    });
    const direct = await ask<{ participant: { id: string } | null }>(
      tiril,
      `query ($id: ID!) { participant(id: $id) { id } }`,
      {
        id: own.id,
      },
    );
    expect(direct.data).toEqual({ participant: { id: own.id } });

    // Another citizen sees neither their own (none yet) nor hers.
    expect((await ask<MeAnswer>(eirik, ME)).data).toEqual({ me: { birthDate: '2007-01-23', participant: null } });
    const peek = await ask<{ participant: unknown }>(
      eirik,
      `query ($id: ID!) { participant(id: $id) { id fullName } }`,
      {
        id: own.id,
      },
    );
    expect(peek.errors).toBeUndefined();
    expect(peek.data).toEqual({ participant: null });
  });

  // A second registration of the same person must not make a second participant, nor echo the number back.
  it('refuses a second registration with CONFLICT in both languages, naming only the birth date', async () => {
    const token = await signIn('citizen-new-guardian');
    // A guardian's pid is the guardian's own: they are not registered as "me", and may not register themselves here.
    expect((await ask<MeAnswer>(token, ME)).data).toEqual({ me: { birthDate: '1980-02-17', participant: null } });
    const guardianTry = await ask(token, REGISTER, { input: { givenName: 'Hanne', familyName: 'Nyland' } });
    expect(guardianTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const tiril = await signIn('citizen-new-applicant');
    const again = await ask(tiril, REGISTER, { input: { givenName: 'Tiril', familyName: 'Nyland' } });
    const error = again.errors?.[0];
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.message).toContain('Du er allerede registrert');
    expect(error?.message).toContain('already registered');
    expect(error?.message).toContain('2008-09-05');
    expect(JSON.stringify(again)).not.toContain(pidOf('citizen-new-applicant'));
  });

  it('refuses an unusable name with BAD_USER_INPUT and writes nothing', async () => {
    const eirik = await signIn('citizen-new-applicant-2');
    const refused = await ask(eirik, REGISTER, { input: { givenName: '', familyName: 'Bråten', phone: '12' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (refused.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['givenName', 'phone']));
    expect((await ask<MeAnswer>(eirik, ME)).data?.me.participant).toBeNull();
  });

  it('refuses registerMyself for staff, whose tokens carry no identity number', async () => {
    const caseWorker = await signIn('case-worker');
    const refused = await ask(caseWorker, REGISTER, { input: { givenName: 'Kari', familyName: 'Saksbehandler' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask<MeAnswer>(caseWorker, ME)).data).toEqual({ me: { birthDate: null, participant: null } });
  });

  // The letter route beside /graphql took only `participantIds`: a citizen known by `pid` got 403 for their own letter.
  it('serves a registered citizen their own decision letter, found by pid, and not to another citizen', async () => {
    const tiril = await signIn('citizen-new-applicant');
    const me = await ask<MeAnswer>(tiril, ME);
    const participantId = me.data!.me.participant!.id;
    const caseWorker = await signIn('case-worker');
    const gql = async <T>(query: string, variables: Record<string, unknown>) => {
      const answer = await ask<T>(caseWorker, query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    const offerId = demoOfferId('bjornegard');
    const { createApplication } = await gql<{ createApplication: { id: string } }>(
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { input: { participantId, offerIds: [offerId] } },
    );
    for (const step of ['submitApplication', 'startApplicationAssessment']) {
      await gql(`mutation ($input: ApplicationStepInput!) { ${step}(input: $input) { status } }`, {
        input: { applicationId: createApplication.id },
      });
    }
    const { decideApplication } = await gql<{ decideApplication: { id: string } }>(
      `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
      { input: { applicationId: createApplication.id, outcome: 'WAITING', offerId } },
    );
    const letter = `${new URL(graph.gatewayUrl).origin}/decisions/${decideApplication.id}/letter`;
    const own = await fetch(letter, { headers: { authorization: `Bearer ${tiril}` } });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('Tiril Nyland');
    const eirik = await signIn('citizen-new-applicant-2');
    expect((await fetch(letter, { headers: { authorization: `Bearer ${eirik}` } })).status).toBe(403);
  });
});
