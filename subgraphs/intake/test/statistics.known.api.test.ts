import { Role } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Placement } from '../src/network/placement/placement.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { OFFERS, seedStatistics, TODAY } from './statistics.scenario';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * Capacity statistics over time against known answers (docs/statistics.md, "The test scenario"): two years of
 * placements and waiting entries at Arba and Asker Produkt, counted by hand, asked for as a case worker (who sees
 * every count). Then the hub's day moves on and things change, and the months already counted answer the same.
 */
const CAPACITY = /* GraphQL */ `
  query ($period: StatisticsPeriodInput!, $groupBy: StatisticsGrouping!) {
    capacityStatistics(period: $period, groupBy: $groupBy) {
      asOf
      groupBy
      periods {
        label
        start
        end
        asOf
      }
      rows {
        ...row
      }
      totals {
        ...row
      }
      freshness {
        feeds
        eventsBehind
      }
    }
  }
  fragment row on CapacityStatisticsRow {
    period {
      label
      asOf
    }
    group {
      key
      label
      kind
      provider {
        id
      }
    }
    places
    occupied {
      value
      suppressed
    }
    upcoming {
      value
      suppressed
    }
    free {
      value
      suppressed
    }
    waiting {
      value
      suppressed
    }
    started {
      value
      suppressed
    }
    ended {
      value
      suppressed
    }
  }
`;
const WAITING_TIME = /* GraphQL */ `
  query ($period: StatisticsPeriodInput!) {
    waitingTimeStatistics(period: $period) {
      period {
        label
        asOf
      }
      kind
      waiting {
        value
        suppressed
      }
      medianDays
      p90Days
      leftForPlace {
        value
        suppressed
      }
    }
  }
`;
const CAPACITY_TODAY = `{ provider(id: "arba") { capacity { places occupied upcoming free waiting suppressed } } }`;

type Count = { value: number | null; suppressed: boolean };
interface Row {
  period: { label: string; asOf: string };
  group: { key: string; label: string; kind: string | null; provider: { id: string } | null };
  places: number | null;
  occupied: Count;
  upcoming: Count;
  free: Count;
  waiting: Count;
  started: Count;
  ended: Count;
}
interface Answer {
  capacityStatistics: { asOf: string; periods: { label: string }[]; rows: Row[]; totals: Row[] };
}
interface WaitingRow {
  period: { label: string };
  kind: string | null;
  waiting: Count;
  medianDays: number | null;
  p90Days: number | null;
  leftForPlace: Count;
}

/** A row's figures as plain numbers, for comparing with the hand-counted answers. */
const figures = (r: Row) => ({
  places: r.places,
  occupied: r.occupied.value,
  upcoming: r.upcoming.value,
  free: r.free.value,
  waiting: r.waiting.value,
  started: r.started.value,
  ended: r.ended.value,
});

describe('capacity statistics: known answers', () => {
  let intake: TrustedTestIntake;
  let day = TODAY;
  const caseWorker = () => intake.as({ sub: 'saksbehandler-1', roles: [Role.CASE_WORKER] });
  const ask = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await caseWorker()<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const monthly = (groupBy: string, from = '2025-01-01', to = '2026-12-31') =>
    ask<Answer>(CAPACITY, { period: { from, to, interval: 'MONTH' }, groupBy });
  const row = (answer: Answer, label: string, key: string) =>
    [...answer.capacityStatistics.rows, ...answer.capacityStatistics.totals].find(
      (r) => r.period.label === label && r.group.key === key,
    )!;

  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: () => day });
    await seedStatistics(intake.orm.em.fork());
  });
  afterAll(() => intake.stop());

  it("counts Arba's months as counted by hand", async () => {
    const answer = await monthly('PROVIDER');
    const s = answer.capacityStatistics;
    expect(s.asOf).toBe(TODAY);
    // Periods after today are left out: January 2025 to November 2026.
    expect(s.periods).toHaveLength(23);
    expect(s.periods.at(-1)).toMatchObject({ label: '2026-11' });
    expect(figures(row(answer, '2025-01', 'arba'))).toEqual({
      places: 243,
      occupied: 100,
      upcoming: 60,
      free: 83,
      waiting: 0,
      started: 100,
      ended: 0,
    });
    expect(figures(row(answer, '2025-06', 'arba'))).toEqual({
      places: 243,
      occupied: 160,
      upcoming: 0,
      free: 83,
      waiting: 12,
      started: 0,
      ended: 10,
    });
    expect(figures(row(answer, '2025-07', 'arba'))).toEqual({
      places: 243,
      occupied: 150,
      upcoming: 20,
      free: 73,
      waiting: 12,
      started: 0,
      ended: 0,
    });
    expect(figures(row(answer, '2025-08', 'arba'))).toEqual({
      places: 243,
      occupied: 170,
      upcoming: 0,
      free: 73,
      waiting: 8,
      started: 20,
      ended: 0,
    });
    expect(figures(row(answer, '2026-01', 'arba'))).toEqual({
      places: 243,
      occupied: 110,
      upcoming: 70,
      free: 63,
      waiting: 8,
      started: 0,
      ended: 60,
    });
    expect(figures(row(answer, '2026-02', 'arba'))).toEqual({
      places: 243,
      occupied: 180,
      upcoming: 0,
      free: 63,
      waiting: 8,
      started: 70,
      ended: 0,
    });
    // The running month is counted on today.
    expect(row(answer, '2026-11', 'arba').period.asOf).toBe(TODAY);
    expect(figures(row(answer, '2026-11', 'arba'))).toEqual({
      places: 243,
      occupied: 180,
      upcoming: 3,
      free: 60,
      waiting: 17,
      started: 2,
      ended: 2,
    });
    expect(figures(row(answer, '2026-11', 'total'))).toMatchObject({ occupied: 218, upcoming: 3, waiting: 17 });
    // Groups by label: Arba before Asker Produkt; nothing hidden for a case worker.
    const november = s.rows.filter((r) => r.period.label === '2026-11').map((r) => r.group.key);
    expect(november.indexOf('arba')).toBeLessThan(november.indexOf('asker-produkt'));
    expect(s.rows.some((r) => r.occupied.suppressed || r.waiting.suppressed)).toBe(false);
  });

  it('equals Capacity for today', async () => {
    const answer = await monthly('PROVIDER', '2026-11-01', '2026-11-30');
    const today = await ask<{ provider: { capacity: Record<string, unknown> } }>(CAPACITY_TODAY, {});
    const november = figures(row(answer, '2026-11', 'arba'));
    expect(today.provider.capacity).toEqual({
      places: november.places,
      occupied: november.occupied,
      upcoming: november.upcoming,
      free: november.free,
      waiting: november.waiting,
      suppressed: false,
    });
  });

  it('counts kinds and years', async () => {
    const byKind = await monthly('KIND', '2026-11-01', '2026-11-30');
    expect(figures(row(byKind, '2026-11', 'VTA'))).toEqual({
      places: 155,
      occupied: 148,
      upcoming: 3,
      free: 4,
      waiting: 17,
      started: 0,
      ended: 0,
    });
    expect(figures(row(byKind, '2026-11', 'AFT'))).toEqual({
      places: 141,
      occupied: 70,
      upcoming: 0,
      free: 71,
      waiting: 0,
      started: 2,
      ended: 2,
    });
    const yearly = await ask<Answer>(CAPACITY, {
      period: { from: '2025-01-01', to: '2025-12-31', interval: 'YEAR' },
      groupBy: 'PROVIDER',
    });
    expect(figures(row(yearly, '2025', 'arba'))).toEqual({
      places: 243,
      occupied: 170,
      upcoming: 0,
      free: 73,
      waiting: 8,
      started: 180,
      ended: 10,
    });
    // H's 12 end on 31 December, the day the year is counted on: still occupied that day, and ended in the year.
    expect(figures(row(yearly, '2025', 'asker-produkt'))).toEqual({
      places: 53,
      occupied: 50,
      upcoming: 0,
      free: 3,
      waiting: 0,
      started: 50,
      ended: 12,
    });
  });

  it('counts waiting times by kind', async () => {
    const { waitingTimeStatistics: rows } = await ask<{ waitingTimeStatistics: WaitingRow[] }>(WAITING_TIME, {
      period: { from: '2025-01-01', to: '2026-12-31', interval: 'YEAR' },
    });
    const at = (label: string, kind: string | null) => rows.find((r) => r.period.label === label && r.kind === kind)!;
    const plain = (r: WaitingRow) => ({
      waiting: r.waiting.value,
      medianDays: r.medianDays,
      p90Days: r.p90Days,
      leftForPlace: r.leftForPlace.value,
    });
    // 2025, counted on 31 December: W1's 8 since 1 March (305 days); W2's 4 left in August for a place.
    expect(plain(at('2025', 'VTA'))).toEqual({ waiting: 8, medianDays: 305, p90Days: 305, leftForPlace: 4 });
    // 2026, counted today: W3's 3 (69 days), W5's 6 (175 days), W1's 8 (632 days): of 17, the median is the 9th
    // and the 90th percentile the 16th.
    expect(plain(at('2026', 'VTA'))).toEqual({ waiting: 17, medianDays: 175, p90Days: 632, leftForPlace: 0 });
    // W4: 6 on a list that names no offer, since 15 January.
    expect(plain(at('2026', null))).toEqual({ waiting: 6, medianDays: 312, p90Days: 312, leftForPlace: 0 });
    expect(plain(at('2026', 'AFT'))).toEqual({ waiting: 0, medianDays: null, p90Days: null, leftForPlace: 0 });
  });

  it('answers a past month the same after the day moves on and things change', async () => {
    const before = await monthly('PROVIDER');
    const beforeWaiting = await ask<{ waitingTimeStatistics: WaitingRow[] }>(WAITING_TIME, {
      period: { from: '2025-01-01', to: '2026-12-31', interval: 'MONTH' },
    });
    day = '2026-12-10';
    const em = intake.orm.em.fork();
    // A placement ends, one is added (known from today), a waiting entry leaves for a place.
    const open = await em.findOneOrFail(Placement, { offerId: OFFERS.arbaVta, endDate: null, startDate: '2025-01-06' });
    open.endDate = '2026-12-05';
    em.create(Placement, {
      id: randomUUID(),
      providerId: 'arba',
      offerId: OFFERS.arbaVta,
      participantId: randomUUID(),
      startDate: '2026-12-14',
      endDate: null,
      indexedOn: day,
      feedVersion: 1,
      updatedAt: new Date(),
    });
    const waiting = await em.findOneOrFail(WaitingEntry, { offerId: OFFERS.arbaVta, leftOn: null });
    Object.assign(waiting, { leftOn: '2026-12-09', leftReason: 'DELTAR' });
    await em.flush();
    const after = await monthly('PROVIDER');
    const afterWaiting = await ask<{ waitingTimeStatistics: WaitingRow[] }>(WAITING_TIME, {
      period: { from: '2025-01-01', to: '2026-12-31', interval: 'MONTH' },
    });
    // Months that had ended before the first answer: January 2025 to October 2026.
    const finished = (label: string) => label <= '2026-10';
    const pick = (answer: Answer) =>
      [...answer.capacityStatistics.rows, ...answer.capacityStatistics.totals].filter((r) => finished(r.period.label));
    expect(pick(after)).toEqual(pick(before));
    expect(pick(before)).toHaveLength(22 * 7); // the six providers with offers and the total, for 22 months
    const pickWaiting = (rows: WaitingRow[]) => rows.filter((r) => finished(r.period.label));
    expect(pickWaiting(afterWaiting.waitingTimeStatistics)).toEqual(pickWaiting(beforeWaiting.waitingTimeStatistics));
    // The change is seen where it belongs: in December the new one is upcoming (C has started), one ended, one left.
    const december = figures(row(after, '2026-12', 'arba'));
    expect(december).toMatchObject({ upcoming: 1, started: 3, ended: 1, waiting: 16 });
    day = TODAY;
  });
});
