import { demoOfferId, demoOffers, demoPlacementId, demoPlacements } from '@veiinn/demo-data';
import { graphqlData } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { startTestArba, type TestArba } from './support';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Offer {
        id
        arba {
          id
          measure
          places
          version
          reservations {
            municipality
            places
          }
          arenas {
            id
            name
          }
          supervisorRatio {
            participants
            supervisors
            participantsPerSupervisor
            norm
            meetsNorm
          }
          arenaSupervisorRatios {
            arena {
              id
            }
            participants
            supervisors
            meetsNorm
          }
        }
      }
      ... on Placement {
        id
        # Aliased: a response key must have one shape, and ArbaOffer.measure is nullable where ArbaPlacement's is not.
        placement: arba {
          id
          participantId
          offerId
          measure
          municipality
          hoursPerWeek
          startDate
          endDate
          outcome
          version
          arena {
            id
            kind
          }
          aftPeriods {
            kind
            startDate
            endDate
          }
          goals {
            description
            setOn
            nextEvaluationDue
            evaluationDue
            evaluations {
              date
              result
              note
            }
          }
        }
      }
    }
  }
`;

type Detail = Record<string, unknown> | null;
type Entity = { __typename: string; id: string; arba?: Detail; placement?: Detail };

describe('Offer.arba and Placement.arba for the gateway', () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  const resolve = (representations: { __typename: string; id: string }[]) =>
    graphqlData<{ _entities: Entity[] }>(arba.url, ENTITIES, { representations });
  const offer = (key: string) => ({ __typename: 'Offer', id: demoOfferId(key) });
  const placement = (key: string) => ({ __typename: 'Placement', id: demoPlacementId(key) });

  it("details Arba's offers: places, the Asker reservation, arenas in use and staffing today", async () => {
    const { _entities } = await resolve([offer('arba-vta'), offer('arba-aft'), offer('arba-ung-i-jobb')]);
    const [vta, aft, youth] = _entities;
    expect(vta).toMatchObject({
      __typename: 'Offer',
      id: demoOfferId('arba-vta'),
      arba: {
        measure: 'VTA',
        places: 114,
        version: 1,
        reservations: [{ municipality: 'ASKER', places: 18 }],
        supervisorRatio: { participants: 12, supervisors: 4, participantsPerSupervisor: 3, norm: 5, meetsNorm: true },
      },
    });
    expect((vta.arba!.arenas as { id: string }[]).map((a) => a.id)).toEqual([
      'carpe-diem',
      'barnehage',
      'bruktbutikk',
      'grafisk',
      'isi',
      'montering',
      'pakking-jobbfrukt',
    ]);
    // The one-person arenas have no VTA supervisor of their own.
    const below = (vta.arba!.arenaSupervisorRatios as { arena: { id: string }; meetsNorm: boolean }[])
      .filter((r) => !r.meetsNorm)
      .map((r) => r.arena.id);
    expect(below).toEqual(['barnehage', 'bruktbutikk', 'grafisk']);
    // AFT: five current (one ended in 2025), one job specialist.
    expect(aft.arba).toMatchObject({
      measure: 'AFT',
      places: 129,
      reservations: [],
      supervisorRatio: { participants: 5, supervisors: 1, participantsPerSupervisor: 5, norm: 6, meetsNorm: true },
    });
    expect(youth.arba).toMatchObject({
      measure: null,
      places: null,
      arenas: [],
      supervisorRatio: null,
      arenaSupervisorRatios: [],
    });
  });

  it("details Arba's placements: arena, municipality, AFT periods and VTA goals", async () => {
    const { _entities } = await resolve([placement('arba-42'), placement('arba-43'), placement('arba-30')]);
    const [extended, ended, vta] = _entities.map((e) => e.placement!);
    expect(extended).toMatchObject({
      measure: 'AFT',
      offerId: demoOfferId('arba-aft'),
      municipality: 'BAERUM',
      hoursPerWeek: 30,
      startDate: '2025-03-03',
      endDate: null,
      outcome: null,
      arena: { id: 'lokale-bedrifter', kind: 'EXTERNAL' },
      aftPeriods: [
        { kind: 'INITIAL', startDate: '2025-03-03', endDate: '2026-03-02' },
        { kind: 'EXTENSION', startDate: '2026-03-03', endDate: '2027-03-02' },
      ],
      goals: [],
    });
    expect(ended).toMatchObject({ endDate: '2025-10-03', outcome: 'WORK' });
    expect(vta).toMatchObject({ measure: 'VTA', aftPeriods: [], arena: { id: 'montering' } });
    expect(vta!.goals).toEqual([
      {
        description: expect.stringContaining('hel ordre'),
        setOn: '2025-11-10',
        nextEvaluationDue: '2027-05-09',
        evaluationDue: false,
        evaluations: [
          { date: '2026-05-11', result: 'PARTLY', note: expect.any(String) },
          { date: '2026-11-09', result: 'REACHED', note: null },
        ],
      },
      {
        description: 'Ta pause til faste tider uten påminnelse.',
        setOn: '2026-05-11',
        // Set in May, never evaluated: six months later it is overdue on 23 November.
        nextEvaluationDue: '2026-11-11',
        evaluationDue: true,
        evaluations: [],
      },
    ]);
  });

  it('resolves every reference to its key, with arba null for other providers and malformed ids', async () => {
    const foreign = [
      offer('ba-kort'),
      placement('ba-16'),
      { __typename: 'Offer', id: randomUUID() },
      { __typename: 'Placement', id: 'not-a-uuid' },
    ];
    const { _entities } = await resolve(foreign);
    expect(_entities).toEqual(
      foreign.map(({ __typename, id }) => ({ __typename, id, [__typename === 'Offer' ? 'arba' : 'placement']: null })),
    );
  });

  it('batches: the SQL statements do not grow with the number of representations', async () => {
    // Arba's own offers and placements, then other providers' and unknown ids, as the gateway sends them.
    const own = [
      ...demoOffers.filter((o) => o.providerId === 'arba').map((o) => offer(o.key)),
      ...demoPlacements.filter((p) => p.offer.startsWith('arba-')).map((p) => placement(p.key)),
    ];
    const others = [
      ...demoOffers.filter((o) => o.providerId !== 'arba').map((o) => offer(o.key)),
      ...demoPlacements.filter((p) => !p.offer.startsWith('arba-')).map((p) => placement(p.key)),
    ];
    const filler = Array.from({ length: 200 }, (_, i) => ({
      __typename: i % 2 ? 'Offer' : 'Placement',
      id: randomUUID(),
    }));
    const small = [offer('arba-vta'), offer('arba-aft'), placement('arba-30'), placement('arba-42'), others[0]];
    const large = [...own, ...others, ...filler].slice(0, 200);
    expect(large).toHaveLength(200);

    const count = async (representations: { __typename: string; id: string }[]) => {
      arba.sql.reset();
      const { _entities } = await resolve(representations);
      expect(_entities).toHaveLength(representations.length);
      return arba.sql.count;
    };
    const few = await count(small);
    const many = await count(large);
    // One statement each, however many representations there are and in whatever order the resolvers run: offers,
    // placements, all arenas (one read serves placements' arenas and the staffing), reservations, today's
    // participations and the supervisors (staffing), AFT periods, goals and evaluations.
    expect(few).toBe(9);
    expect(many).toBe(few);
  });
});
