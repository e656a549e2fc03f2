import { graphqlData } from '@veiinn/testing';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { Participant } from '../src/people/participant/participant.entity';
import { startTestIntake, type TestIntake } from './support';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Offer {
        id
        title {
          nb
        }
        provider {
          id
        }
      }
      ... on Participant {
        id
        fullName
        guardians {
          name
        }
      }
      ... on Provider {
        id
      }
    }
  }
`;

describe('entity resolution for the gateway', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake();
  });
  afterAll(() => intake.stop());

  async function resolve(offerCount: number, participantCount: number) {
    const em = intake.orm.em.fork();
    const offers = await em.find(Offer, {}, { limit: offerCount, orderBy: { id: 'asc' } });
    const participants = await em.find(Participant, {}, { limit: participantCount, orderBy: { id: 'asc' } });
    const representations = [
      ...offers.map((o) => ({ __typename: 'Offer', id: o.id })),
      ...participants.map((p) => ({ __typename: 'Participant', id: p.id })),
      { __typename: 'Offer', id: '00000000-0000-0000-0000-000000000000' },
    ];
    intake.sql.reset();
    const data = await graphqlData<{ _entities: ({ id: string } | null)[] }>(intake.url, ENTITIES, { representations });
    return { data, statements: intake.sql.count, expected: representations.length };
  }

  it('resolves representations in order, with null for an unknown id', async () => {
    const { data, expected } = await resolve(3, 2);
    expect(data._entities).toHaveLength(expected);
    expect(data._entities.at(-1)).toBeNull();
    expect(data._entities.slice(0, 3).every((e) => e && '__typename' in e && e.__typename === 'Offer')).toBe(true);
  });

  it('batches: the SQL statements do not grow with the number of representations', async () => {
    const small = await resolve(2, 2);
    const large = await resolve(20, 12);
    // One SELECT each for offers, participants, their providers and their guardians, however many are asked for.
    expect(small.statements).toBe(4);
    expect(large.statements).toBe(small.statements);
  });
});
