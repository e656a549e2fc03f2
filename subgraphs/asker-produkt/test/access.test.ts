/**
 * docs/security.md's matrix at Asker Produkt, with service trust on and caller tokens signed as the gateway (or the
 * hub) would: who reads a placement's detail (with its goals) through `_entities`. NAV's staff read, as at Arba, the
 * AFT placements for their periods and outcome, and nothing else. The departments are open to all.
 */
import { demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { callerCases, createTestSigners, graphqlRequest, readsParticipant, type TestSigners } from '@veiinn/testing';
import { startTestAskerProdukt, type TestAskerProdukt } from './support';

const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Placement { id askerProdukt { participantId hoursPerWeek department { id } goals { reached } } }
  }
}`;
const NAV_ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Placement { id askerProdukt { participantId measure aftPeriods { workTraining outcome } } }
  }
}`;
const DEPARTMENTS = '{ askerProduktDepartments { id name } }';

const [v01, v02] = ['asker-v01', 'asker-v02'];
const cases = callerCases('asker-produkt', {
  applicantOf: demoParticipantId(v01),
  guardianOf: [demoParticipantId(v02), demoParticipantId('p30')],
  otherProvider: 'arba',
});

describe('who may read Asker Produkt placements', () => {
  let asker: TestAskerProdukt;
  let signers: TestSigners;
  beforeAll(async () => {
    signers = await createTestSigners('asker-produkt');
    asker = await startTestAskerProdukt({ trust: signers.trust, settings: { orgno: '100000017' } });
  });
  afterAll(() => asker.stop());

  // Three VTA placements and one AFT placement (its participant in no caller's token).
  const keys = ['asker-v01', 'asker-v02', 'asker-v03', 'asker-a15'];
  const representations = keys.map((key) => ({ __typename: 'Placement', id: demoPlacementId(key) }));

  it.each(cases.filter((c) => c.name !== 'NAV staff'))(
    '$name reads the rows the matrix gives it',
    async ({ caller, reads }) => {
      const headers = await signers.headersFor(caller);
      const response = await graphqlRequest<{ _entities: { askerProdukt: { participantId: string } | null }[] }>(
        asker.url,
        ENTITIES,
        { r: representations },
        headers,
      );
      expect(response.errors).toBeUndefined();
      const seen = response.data!._entities.map((e) => e.askerProdukt?.participantId ?? null);
      const expected = keys.map((key) =>
        readsParticipant(reads, demoParticipantId(key)) ? demoParticipantId(key) : null,
      );
      expect(seen).toEqual(expected);
    },
  );

  it("gives NAV's staff the AFT placements, with periods and outcome, and refuses them any other detail", async () => {
    // A token is good for one request: each request signs its own.
    const nav = () => signers.headersFor(cases.find((c) => c.name === 'NAV staff')!.caller);
    type Rows = { _entities: { askerProdukt: { participantId: string; aftPeriods: unknown[] } | null }[] };
    const allowed = await graphqlRequest<Rows>(asker.url, NAV_ENTITIES, { r: representations }, await nav());
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!._entities.map((e) => e.askerProdukt?.participantId ?? null)).toEqual([
      null,
      null,
      null,
      demoParticipantId('asker-a15'),
    ]);
    expect(allowed.data!._entities[3].askerProdukt!.aftPeriods.length).toBeGreaterThan(0);
    // One field a query: a refused non-null field nulls its parent, and graphql-js then drops its siblings' errors.
    for (const field of ['hoursPerWeek', 'department { id }', 'goals { id }']) {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Placement { askerProdukt { ${field} } } } }`;
      const refused = await graphqlRequest(asker.url, query, { r: representations.slice(3) }, await nav());
      expect([field, refused.errors?.map((e) => e.extensions?.code)]).toEqual([field, ['FORBIDDEN']]);
    }
  });

  it('shows the departments to anyone', async () => {
    const anonymous = cases.find((c) => c.name.startsWith('the public'))!;
    const response = await graphqlRequest<{ askerProduktDepartments: { id: string }[] }>(
      asker.url,
      DEPARTMENTS,
      {},
      await signers.headersFor(anonymous.caller),
    );
    expect(response.data?.askerProduktDepartments).toHaveLength(5);
  });
});
