/**
 * docs/security.md's matrix at Asker Produkt, with service trust on and caller tokens signed as the gateway (or the
 * hub) would: who reads a placement's detail (with its goals) through `_entities`. The offers and departments are
 * catalogue facts, open to all.
 */
import { demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { callerCases, createTestSigners, graphqlRequest, readsParticipant, type TestSigners } from '@veiinn/testing';
import { startTestAskerProdukt, type TestAskerProdukt } from './support';

const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Placement { id askerProdukt { participantId hoursPerWeek department { id } goals { reached } } }
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

  const representations = ['asker-v01', 'asker-v02', 'asker-v03'].map((key) => ({
    __typename: 'Placement',
    id: demoPlacementId(key),
  }));

  it.each(cases)('$name reads the rows the matrix gives it', async ({ caller, reads }) => {
    const headers = await signers.headersFor(caller);
    const response = await graphqlRequest<{ _entities: { askerProdukt: { participantId: string } | null }[] }>(
      asker.url,
      ENTITIES,
      { r: representations },
      headers,
    );
    expect(response.errors).toBeUndefined();
    const seen = response.data!._entities.map((e) => e.askerProdukt?.participantId ?? null);
    const expected = ['asker-v01', 'asker-v02', 'asker-v03'].map((key) =>
      readsParticipant(reads, demoParticipantId(key)) ? demoParticipantId(key) : null,
    );
    expect(seen).toEqual(expected);
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
