import { addDays, Role, type Caller } from '@veiinn/kit';
import { Placement } from '../src/network/placement/placement.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { fillPlacements } from './statistics.scale';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * The dashboard's requests run a fixed number of SQL statements whatever the size of the index: 10, 1 000 and
 * 10 000 placements over three years, monthly (36 periods), as a case worker and as an analyst (whose answer is
 * suppressed over the whole table, in memory).
 */
const TODAY = '2026-11-23';
const DASHBOARD = /* GraphQL */ `
  query ($period: StatisticsPeriodInput!) {
    capacityStatistics(period: $period, groupBy: PROVIDER) {
      rows {
        period {
          label
        }
        group {
          key
          label
        }
        places
        occupied {
          value
        }
        upcoming {
          value
        }
        free {
          value
        }
        waiting {
          value
        }
        started {
          value
        }
        ended {
          value
        }
      }
      totals {
        occupied {
          value
        }
      }
      freshness {
        feeds
        eventsBehind
        oldestReadToEndAt
      }
    }
    waitingTimeStatistics(period: $period) {
      kind
      waiting {
        value
      }
      medianDays
      p90Days
      leftForPlace {
        value
      }
    }
  }
`;
const PERIOD = { from: addDays(TODAY, -3 * 365 + 1), to: TODAY, interval: 'MONTH' };
const callers: [string, Caller][] = [
  ['case worker', { sub: 'saksbehandler-1', roles: [Role.CASE_WORKER] }],
  ['analyst', { sub: 'analytiker-1', roles: [Role.ANALYST] }],
];

describe('statistics: statements per request', () => {
  let intake: TrustedTestIntake;
  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: TODAY });
    const em = intake.orm.em.fork();
    await em.nativeDelete(Placement, {});
    await em.nativeDelete(WaitingEntry, {});
  }, 60_000);
  afterAll(() => intake.stop());

  const count = async (caller: Caller) => {
    intake.sql.reset();
    const started = Date.now();
    const response = await intake.as(caller)(DASHBOARD, { period: PERIOD });
    expect(response.errors).toBeUndefined();
    return { statements: intake.sql.count, ms: Date.now() - started };
  };

  it('runs as many statements with 10 000 placements as with 10', async () => {
    const counts: Record<string, number[]> = {};
    let filled = 0;
    for (const n of [10, 1_000, 10_000]) {
      await fillPlacements(intake.orm.em.fork(), filled, n, TODAY);
      filled = n;
      for (const [who, caller] of callers) {
        await count(caller); // the first request warms the connection and the caches
        const { statements, ms } = await count(caller);
        (counts[who] ??= []).push(statements);
        console.log(`${n} placements, ${who}: ${statements} statements, ${ms} ms`);
      }
    }
    for (const who of Object.keys(counts)) expect(new Set(counts[who]).size).toBe(1);
    // capacityStatistics: offers, placements and waiting by period, the feeds; waitingTimeStatistics: offers,
    // waiting, left (7: the group's names come with the offers).
    expect(counts['case worker'][0]).toBeLessThanOrEqual(8);
  }, 300_000);
});
