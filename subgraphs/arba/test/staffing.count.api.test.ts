import { demoOfferId } from '@veiinn/demo-data';
import { graphqlData } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ArbaMeasure } from '../src/common/enums';
import { ArbaParticipation } from '../src/participation/participation.entity';
import { startTestArba, TEST_TODAY, type TestArba } from './support';

/**
 * Staffing is counted by the database (supervisor/supervisor-ratio.ts `loadStaffing`): a participation is current
 * from its start day through its end day, as `periodCovers`; and an offer's staffing costs as many statements with a
 * thousand participations more as before.
 */
const STAFFING = /* GraphQL */ `
  query Staffing($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offer {
        arba {
          supervisorRatio {
            participants
            supervisors
          }
          arenaSupervisorRatios {
            arena {
              id
            }
            participants
          }
        }
      }
    }
  }
`;
type Ratio = { participants: number; supervisors: number };
type Answer = {
  _entities: { arba: { supervisorRatio: Ratio; arenaSupervisorRatios: (Ratio & { arena: { id: string } })[] } }[];
};

describe("Arba's staffing, counted", () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  const staffing = async () => {
    arba.sql.reset();
    const data = await graphqlData<Answer>(arba.url, STAFFING, {
      representations: [{ __typename: 'Offer', id: demoOfferId('arba-aft') }],
    });
    return { ...data._entities[0]!.arba, statements: arba.sql.count };
  };

  const add = async (periods: [string, string | null][]) => {
    const em = arba.orm.em.fork();
    for (const [startDate, endDate] of periods) {
      em.create(ArbaParticipation, {
        id: randomUUID(),
        participantId: randomUUID(),
        offer: demoOfferId('arba-aft'),
        arena: 'isi',
        measure: ArbaMeasure.AFT,
        hoursPerWeek: 30,
        startDate,
        endDate,
      } as never);
    }
    await em.flush();
  };

  it('counts a participation from its start day through its end day, and the same statements for many more', async () => {
    const before = await staffing();
    const isiBefore = before.arenaSupervisorRatios.find((r) => r.arena.id === 'isi')?.participants ?? 0;
    // Current: starts today, ends today. Not current: ended yesterday, starts tomorrow.
    await add([
      [TEST_TODAY, null],
      ['2026-01-05', TEST_TODAY],
      ['2026-01-05', '2026-11-22'],
      ['2026-11-24', null],
    ]);
    const after = await staffing();
    expect(after.supervisorRatio.participants).toBe(before.supervisorRatio.participants + 2);
    expect(after.supervisorRatio.supervisors).toBe(before.supervisorRatio.supervisors);
    expect(after.arenaSupervisorRatios.find((r) => r.arena.id === 'isi')!.participants).toBe(isiBefore + 2);

    await add(
      Array.from({ length: 1000 }, (_, i) => [TEST_TODAY, i % 2 ? null : '2026-12-31'] as [string, string | null]),
    );
    const many = await staffing();
    expect(many.supervisorRatio.participants).toBe(after.supervisorRatio.participants + 1000);
    expect(many.statements).toBe(before.statements);
  });
});
