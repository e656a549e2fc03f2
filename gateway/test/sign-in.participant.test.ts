/**
 * A participant registered today signs in as themselves: the development issuer gives an applicant's (or a
 * guardian's) token for any participant id, and through the gateway that token opens that participant's own data and
 * nobody else's. Before, only the two fixed demo participants (p07, p01's guardian) could ever have a token.
 */
import { syntheticIdentityNumber } from '@veiinn/kit';
import { demoParticipantId } from '@veiinn/demo-data';
import { type RunningIssuer } from '@veiinn/dev-issuer';
import { graphqlRequest } from '@veiinn/testing';
import { type TestGraph } from './support';
import { startIssuerAndGraph, type IssuerGraph } from './issuer-graph';

type Person = { id: string; fullName: string; birthDate: string; applications: { status: string }[] } | null;

describe('a newly registered participant’s own token, from the development issuer', () => {
  let stack: IssuerGraph;
  let issuer: RunningIssuer;
  let graph: TestGraph;

  beforeAll(async () => {
    stack = await startIssuerAndGraph('veiinn-participant-token-');
    ({ issuer, graph } = stack);
  });
  afterAll(() => stack?.stop());

  async function token(body: Record<string, string>): Promise<string> {
    const response = await fetch(`${issuer.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { access_token: string }).access_token;
  }
  const ask = async <T>(bearer: string, query: string, variables: Record<string, unknown>) =>
    graphqlRequest<T>(graph.gatewayUrl, query, variables, { authorization: `Bearer ${bearer}` });

  it('reads their own data with their own token, and another participant’s answers null', async () => {
    const caseWorker = await token({ user: 'case-worker' });
    const registered = await ask<{ registerParticipant: { id: string } }>(
      caseWorker,
      `mutation ($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
      {
        input: {
          givenName: 'Tiril',
          familyName: 'Nyregistrert',
          nationalIdentityNumber: syntheticIdentityNumber('2008-04-17', 731),
          guardians: [{ name: 'Randi Nyregistrert', relation: 'PARENT', email: 'randi@example.org' }],
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerParticipant.id;
    const other = demoParticipantId('p07');

    const QUERY = `query ($own: ID!, $other: ID!) {
      own: participant(id: $own) { id fullName birthDate applications { status } }
      other: participant(id: $other) { id fullName birthDate applications { status } } }`;
    for (const user of ['applicant', 'guardian']) {
      const answer = await ask<{ own: Person; other: Person }>(await token({ user, participantId: id }), QUERY, {
        own: id,
        other,
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        own: { id, fullName: 'Tiril Nyregistrert', birthDate: '2008-04-17', applications: [] },
        other: null,
      });
    }
    // The fixed demo applicant is still p07, and does not see the new participant.
    const demo = await ask<{ own: Person; other: Person }>(await token({ user: 'applicant' }), QUERY, {
      own: id,
      other,
    });
    expect(demo.data).toMatchObject({ own: null, other: { id: other } });
  });
});
