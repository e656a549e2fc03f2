import { graphqlData } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { WorkGroup } from '../src/group/group.entity';
import { WorkPlacement } from '../src/placement/placement.entity';
import { startTestWorkCentre, TEST_TODAY, type TestWorkCentre } from './support';

/**
 * A group's occupancy is counted by the database (the kit's `groupOccupancyLoader`, packages/kit/src/occupancy.ts): a placement occupies its
 * place from its start day through its end day, as `occupiedOn`; and a thousand more placements, most of them
 * ended, cost no further statement.
 */
const GROUPS = /* GraphQL */ `
  query Groups($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offer {
        workCentre {
          groups {
            id
            occupied
            free
          }
        }
      }
    }
  }
`;
type Answer = { _entities: { workCentre: { groups: { id: string; occupied: number; free: number | null }[] } }[] };

describe("The work centre's occupancy, counted", () => {
  let workCentre: TestWorkCentre;
  let group: WorkGroup;
  beforeAll(async () => {
    workCentre = await startTestWorkCentre();
    group = (await workCentre.orm.em.fork().find(WorkGroup, {}, { orderBy: { id: 'asc' } }))[0]!;
  });
  afterAll(() => workCentre.stop());

  const occupied = async () => {
    workCentre.sql.reset();
    const data = await graphqlData<Answer>(workCentre.url, GROUPS, {
      representations: [{ __typename: 'Offer', id: group.offer.id }],
    });
    const found = data._entities[0]!.workCentre.groups.find((g) => g.id === group.id)!;
    return { occupied: found.occupied, statements: workCentre.sql.count };
  };

  const add = async (periods: [string, string | null][]) => {
    const em = workCentre.orm.em.fork();
    for (const [startDate, endDate] of periods) {
      em.create(WorkPlacement, {
        id: randomUUID(),
        participantId: randomUUID(),
        offer: group.offer.id,
        group: group.id,
        hoursPerWeek: 20,
        startDate,
        endDate,
      } as never);
    }
    await em.flush();
  };

  it('counts a placement from its start day through its end day, and the same statements for many more', async () => {
    const before = await occupied();
    // Current: starts today, ends today. Not current: ended yesterday, starts tomorrow.
    await add([
      [TEST_TODAY, null],
      ['2026-01-05', TEST_TODAY],
      ['2026-01-05', '2026-11-22'],
      ['2026-11-24', null],
    ]);
    const after = await occupied();
    expect(after.occupied).toBe(before.occupied + 2);

    await add(Array.from({ length: 1000 }, (_, i) => ['2025-01-06', i % 10 ? '2025-06-30' : null] as [string, null]));
    const many = await occupied();
    expect(many.occupied).toBe(after.occupied + 100);
    expect(many.statements).toBe(before.statements);
  });
});
