import { Role, type Caller } from '@veiinn/kit';
import { differencingAttack, type KnownRelation } from '@veiinn/testing';
import { demoOfferId } from '@veiinn/demo-data';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { OfferKind } from '../src/catalogue/offer/offer.enums';
import { Placement } from '../src/network/placement/placement.entity';
import { OFFERS, seedStatistics, TODAY } from './statistics.scenario';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * Small counts outside case work (docs/security.md, "Small counts"): as an analyst and as the public, no count of 1
 * to 4 people is given, and the differencing attack (packages/testing, exact rationals, written apart from the
 * server's engine) solves no hidden cell from the answers and what anyone knows about them: totals are the sums of
 * the providers and of the kinds, each provider and kind the sum of its provider × kind cells (never shown), a
 * period's occupied is the last one's plus started less ended, free + occupied + upcoming = places.
 */
const CAPACITY = /* GraphQL */ `
  query ($period: StatisticsPeriodInput!, $groupBy: StatisticsGrouping!) {
    capacityStatistics(period: $period, groupBy: $groupBy) {
      rows {
        ...row
      }
      totals {
        ...row
      }
    }
  }
  fragment row on CapacityStatisticsRow {
    period {
      label
    }
    group {
      key
    }
    places
    occupied {
      value
      suppressed
      reason
    }
    upcoming {
      value
      suppressed
      reason
    }
    free {
      value
      suppressed
      reason
    }
    waiting {
      value
      suppressed
      reason
    }
    started {
      value
      suppressed
      reason
    }
    ended {
      value
      suppressed
      reason
    }
  }
`;
const WAITING_TIME = /* GraphQL */ `
  query ($period: StatisticsPeriodInput!) {
    waitingTimeStatistics(period: $period) {
      period {
        label
      }
      kind
      waiting {
        value
        suppressed
      }
      medianDays
      leftForPlace {
        value
        suppressed
      }
    }
  }
`;
const PEOPLE = ['occupied', 'upcoming', 'waiting', 'started', 'ended'] as const;
type Measure = (typeof PEOPLE)[number] | 'free';
type Count = { value: number | null; suppressed: boolean; reason?: string | null };
type Row = { period: { label: string }; group: { key: string }; places: number | null } & Record<Measure, Count>;
type Answer = { capacityStatistics: { rows: Row[]; totals: Row[] } };
type WaitingRow = {
  period: { label: string };
  kind: string | null;
  waiting: Count;
  medianDays: number | null;
  leftForPlace: Count;
};

const PERIOD = { from: '2025-10-01', to: '2026-12-31', interval: 'MONTH' };
const analyst: Caller = { sub: 'analytiker-1', roles: [Role.ANALYST] };
const publicCaller: Caller = { sub: 'anonymous', roles: [Role.PUBLIC] };
const caseWorker: Caller = { sub: 'saksbehandler-1', roles: [Role.CASE_WORKER] };

/** Every count of people in an answer, anywhere in it. */
function peopleCounts(value: unknown, key = ''): number[] {
  if (Array.isArray(value)) return value.flatMap((v) => peopleCounts(v, key));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('suppressed' in record && 'value' in record) return key === 'free' ? [] : [record.value as number];
    return Object.entries(record).flatMap(([k, v]) => peopleCounts(v, k));
  }
  if (typeof value === 'number' && PEOPLE.includes(key as never)) return [value];
  return [];
}
const small = (values: (number | null)[]) => values.filter((v) => v !== null && v > 0 && v < 5);

describe('small counts in statistics', () => {
  let intake: TrustedTestIntake;
  let pairs: { provider: string; kind: string }[];
  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: TODAY });
    await seedStatistics(intake.orm.em.fork(), { small: true });
    // A kind shared by a provider with one kind (Aurora, made a youth programme here) and one with several (Arba):
    // Arba's youth cell is then the kind's less Aurora's, a latent cell the sums alone pin down.
    const em = intake.orm.em.fork();
    await em.nativeUpdate(Offer, { id: demoOfferId('aurora') }, { kind: OfferKind.YOUTH_PROGRAMME });
    for (let i = 0; i < 2; i++) {
      em.create(Placement, {
        id: `youth-${i}`,
        providerId: 'arba',
        offerId: demoOfferId('arba-ung-i-jobb'),
        participantId: `youth-participant-${i}`,
        startDate: '2026-03-02',
        endDate: null,
        indexedOn: '2026-02-02',
        feedVersion: 1,
        updatedAt: new Date(),
      });
    }
    for (let i = 0; i < 9; i++) {
      em.create(Placement, {
        id: `aurora-${i}`,
        providerId: 'aurora-verksted',
        offerId: demoOfferId('aurora'),
        participantId: `aurora-participant-${i}`,
        startDate: '2025-09-01',
        endDate: null,
        indexedOn: '2025-08-04',
        feedVersion: 1,
        updatedAt: new Date(),
      });
    }
    await em.flush();
    const offers = await intake.orm.em.fork().find(Offer, {});
    pairs = [...new Set(offers.map((o) => `${o.provider.id}|${o.kind}`))].map((pair) => {
      const [provider, kind] = pair.split('|');
      return { provider, kind };
    });
  });
  afterAll(() => intake.stop());

  const ask = async <T>(caller: Caller, query: string, variables: Record<string, unknown>) => {
    const response = await intake.as(caller)<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const statistics = (caller: Caller, groupBy: string) => ask<Answer>(caller, CAPACITY, { period: PERIOD, groupBy });

  /**
   * The attack over one caller's answers: PROVIDER and KIND of the same periods, their totals, and the waiting
   * times (whose kinds' waiting are KIND's), with the relations rebuilt from the answers and the catalogue.
   */
  async function attack(caller: Caller) {
    const [byProvider, byKind, waitingTimes, truth] = await Promise.all([
      statistics(caller, 'PROVIDER'),
      statistics(caller, 'KIND'),
      ask<{ waitingTimeStatistics: WaitingRow[] }>(caller, WAITING_TIME, { period: PERIOD }),
      statistics(caseWorker, 'PROVIDER'),
    ]);
    // The totals are the same whichever grouping is asked for.
    expect(byKind.capacityStatistics.totals).toEqual(byProvider.capacityStatistics.totals);
    const cells = new Map<string, number | null>();
    const labels = [...new Set(byProvider.capacityStatistics.totals.map((r) => r.period.label))];
    const cellOf = (row: Row, level: string) => (row.group.key === 'total' ? 'total' : `${level}:${row.group.key}`);
    const add = (rows: Row[], level: string) => {
      for (const row of rows) {
        const cell = cellOf(row, level);
        for (const m of [...PEOPLE, 'free'] as const) {
          if (m === 'free' && row.places === null) continue;
          cells.set(`${row.period.label}|${cell}|${m}`, row[m].value);
        }
        if (row.places !== null) cells.set(`${row.period.label}|${cell}|places`, row.places);
      }
    };
    add(byProvider.capacityStatistics.rows, 'p');
    add(byKind.capacityStatistics.rows, 'k');
    add(byProvider.capacityStatistics.totals, 'p');
    for (const label of labels) {
      for (const { provider, kind } of pairs) {
        for (const m of PEOPLE) cells.set(`${label}|pk:${provider}:${kind}|${m}`, null);
      }
    }
    const relations: KnownRelation[] = [];
    const sum = (total: string, parts: string[]): KnownRelation => ({
      terms: [{ key: total, coef: -1 }, ...parts.map((key) => ({ key, coef: 1 }))],
    });
    const providers = [...new Set(byProvider.capacityStatistics.rows.map((r) => r.group.key))];
    const kinds = [...new Set(byKind.capacityStatistics.rows.map((r) => r.group.key))];
    const levels = ['total', ...providers.map((p) => `p:${p}`), ...kinds.map((k) => `k:${k}`)];
    labels.forEach((label, index) => {
      const key = (cell: string, m: string) => `${label}|${cell}|${m}`;
      for (const m of PEOPLE) {
        relations.push(
          sum(
            key('total', m),
            providers.map((p) => key(`p:${p}`, m)),
          ),
        );
        relations.push(
          sum(
            key('total', m),
            kinds.map((k) => key(`k:${k}`, m)),
          ),
        );
        for (const p of providers) {
          relations.push(
            sum(
              key(`p:${p}`, m),
              pairs.filter((x) => x.provider === p).map((x) => key(`pk:${p}:${x.kind}`, m)),
            ),
          );
        }
        for (const k of kinds) {
          relations.push(
            sum(
              key(`k:${k}`, m),
              pairs.filter((x) => x.kind === k).map((x) => key(`pk:${x.provider}:${k}`, m)),
            ),
          );
        }
      }
      // free + occupied + upcoming = places wherever free is not held at 0 (the true figures say where).
      for (const row of truth.capacityStatistics.rows.filter((r) => r.period.label === label)) {
        const cell = `p:${row.group.key}`;
        if (row.places === null || row.places - row.occupied.value! - row.upcoming.value! < 0) continue;
        relations.push({
          terms: [
            { key: key(cell, 'free'), coef: 1 },
            { key: key(cell, 'occupied'), coef: 1 },
            { key: key(cell, 'upcoming'), coef: 1 },
            { key: key(cell, 'places'), coef: -1 },
          ],
        });
      }
      // Adjacent periods: occupied(t) = occupied(t − 1) + started(t) − ended(t), at every level.
      if (index > 0) {
        const previous = labels[index - 1];
        for (const cell of [...levels, ...pairs.map((x) => `pk:${x.provider}:${x.kind}`)]) {
          relations.push({
            terms: [
              { key: key(cell, 'occupied'), coef: 1 },
              { key: `${previous}|${cell}|occupied`, coef: -1 },
              { key: key(cell, 'started'), coef: -1 },
              { key: key(cell, 'ended'), coef: 1 },
            ],
          });
        }
      }
    });
    // The waiting times' kinds are KIND's waiting; the rows without a kind and left for a place stand alone.
    for (const row of waitingTimes.waitingTimeStatistics) {
      const key = `${row.period.label}|wt:${row.kind}|waiting`;
      cells.set(key, row.waiting.value);
      cells.set(`${row.period.label}|wt:${row.kind}|left`, row.leftForPlace.value);
      if (row.kind !== null) relations.push(sum(key, [`${row.period.label}|k:${row.kind}|waiting`]));
    }
    return { cells, relations, byProvider, answers: [byProvider, byKind, waitingTimes] };
  }

  it.each([
    ['an analyst', analyst],
    ['the public', publicCaller],
  ])('gives %s no count of 1 to 4 and nothing the differencing attack can solve', async (_, caller) => {
    const { cells, relations, byProvider, answers } = await attack(caller);
    expect(small(answers.flatMap((a) => peopleCounts(a)))).toEqual([]);
    const hidden = [...cells.values()].filter((v) => v === null).length;
    // Not vacuous: the scenario's small groups are hidden, with complements.
    expect(hidden).toBeGreaterThan(0);
    // A provider × kind cell may be solved when it is the provider's or the kind's own (one kind, one provider), but
    // never to a small count; every other hidden cell must stay unsolved.
    const solved = [...differencingAttack(cells, relations)].filter(
      ([key, value]) => !key.includes('|pk:') || (value > 0 && value < 5),
    );
    expect(solved).toEqual([]);
    // A hidden count says why, in both languages, and never how small it is.
    const anyHidden = byProvider.capacityStatistics.rows.find((r) => r.occupied.suppressed)!;
    expect(anyHidden.occupied).toMatchObject({ value: null, suppressed: true });
    expect(anyHidden.occupied.reason).toMatch(/under 5 personer.*under 5 people/s);
  });

  it('hides the same cells whichever grouping is asked for', async () => {
    const totals = async (groupBy: string) => (await statistics(analyst, groupBy)).capacityStatistics.totals;
    const total = await totals('TOTAL');
    expect(await totals('PROVIDER')).toEqual(total);
    expect(await totals('KIND')).toEqual(total);
    expect((await statistics(analyst, 'TOTAL')).capacityStatistics.rows).toEqual(total);
  });

  it('refuses OFFER grouping outside case work, in both languages', async () => {
    for (const caller of [analyst, publicCaller]) {
      const response = await intake.as(caller)(CAPACITY, { period: PERIOD, groupBy: 'OFFER' });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'groupBy', nb: expect.stringMatching(/saksbehandlere/), en: expect.stringMatching(/case workers/) },
        ],
      });
    }
    const mine = await ask<Answer>(caseWorker, CAPACITY, { period: PERIOD, groupBy: 'OFFER' });
    expect(small(peopleCounts(mine))).not.toEqual([]);
  });

  it('refuses a bad period with a bilingual error, not a server error', async () => {
    const response = await intake.as(analyst)(CAPACITY, {
      period: { from: '2026-12-01', to: '2026-01-01', interval: 'MONTH' },
      groupBy: 'PROVIDER',
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
  });
});

const CATALOGUE = /* GraphQL */ `
  {
    offers(first: 100) {
      nodes {
        id
        kind
        provider {
          id
        }
        capacity {
          ...capacity
        }
      }
    }
    capacityOverview {
      provider {
        id
      }
      places
      occupied
      upcoming
      free
      waiting
      suppressed
    }
  }
  fragment capacity on Capacity {
    places
    occupied
    upcoming
    free
    waiting
    suppressed
    hasFreePlaces
  }
`;
type Capacity = {
  places: number | null;
  occupied: number | null;
  upcoming: number | null;
  free: number | null;
  waiting: number | null;
  suppressed: boolean;
  hasFreePlaces?: boolean;
};
type Catalogue = {
  offers: { nodes: { id: string; kind: string; provider: { id: string }; capacity: Capacity }[] };
  capacityOverview: ({ provider: { id: string } } & Capacity)[];
};

describe('small counts in current capacity', () => {
  let intake: TrustedTestIntake;
  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: TODAY });
    await seedStatistics(intake.orm.em.fork(), { small: true });
  });
  afterAll(() => intake.stop());

  const catalogue = async (caller: Caller) => {
    const response = await intake.as(caller)<Catalogue>(CATALOGUE);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it('hides waiting 1 to 4 from the public on the catalogue page and the overview, and the attack solves none', async () => {
    const [seen, truth] = [await catalogue(publicCaller), await catalogue(caseWorker)];
    // The case worker sees the small counts the public must not.
    const trueBaKort = truth.offers.nodes.find(
      (n) => n.provider.id === 'baerum-arbeidssenter' && n.capacity.waiting === 1,
    );
    expect(trueBaKort).toBeDefined();
    const counts = (c: Capacity) => [c.occupied, c.upcoming, c.waiting];
    expect(
      small([...seen.offers.nodes.flatMap((n) => counts(n.capacity)), ...seen.capacityOverview.flatMap(counts)]),
    ).toEqual([]);
    expect(seen.offers.nodes.find((n) => n.id === trueBaKort!.id)!.capacity).toMatchObject({
      waiting: null,
      suppressed: true,
    });
    // The relations: a provider's counts are the sums over its offers (the catalogue page lists them all), and an
    // offer's or provider's free + occupied + upcoming = places where free is not held at 0.
    const cells = new Map<string, number | null>();
    const relations: KnownRelation[] = [];
    const put = (cell: string, c: Capacity) => {
      for (const m of ['occupied', 'upcoming', 'waiting'] as const) cells.set(`${cell}|${m}`, c[m]);
      if (c.places !== null) {
        cells.set(`${cell}|free`, c.free);
        cells.set(`${cell}|places`, c.places);
      }
    };
    for (const n of seen.offers.nodes) put(`o:${n.id}`, n.capacity);
    for (const p of seen.capacityOverview) put(`p:${p.provider.id}`, p);
    const truthOf = new Map([
      ...truth.offers.nodes.map((n) => [`o:${n.id}`, n.capacity] as const),
      ...truth.capacityOverview.map((p) => [`p:${p.provider.id}`, p as Capacity] as const),
    ]);
    for (const p of seen.capacityOverview) {
      const offers = seen.offers.nodes.filter((n) => n.provider.id === p.provider.id);
      for (const m of ['occupied', 'upcoming', 'waiting'] as const) {
        relations.push({
          terms: [
            { key: `p:${p.provider.id}|${m}`, coef: -1 },
            ...offers.map((o) => ({ key: `o:${o.id}|${m}`, coef: 1 })),
          ],
        });
      }
      const withPlaces = offers.filter((o) => o.capacity.places !== null);
      if (withPlaces.length) {
        relations.push({
          terms: [
            { key: `p:${p.provider.id}|free`, coef: -1 },
            ...withPlaces.map((o) => ({ key: `o:${o.id}|free`, coef: 1 })),
          ],
        });
      }
    }
    for (const [cell, c] of truthOf) {
      if (c.places === null || c.places - c.occupied! - c.upcoming! < 0) continue;
      relations.push({
        terms: [
          { key: `${cell}|free`, coef: 1 },
          { key: `${cell}|occupied`, coef: 1 },
          { key: `${cell}|upcoming`, coef: 1 },
          { key: `${cell}|places`, coef: -1 },
        ],
      });
    }
    expect([...differencingAttack(cells, relations)]).toEqual([]);
  });

  it('keeps hasFreePlaces and FREE_PLACES on the true free places', async () => {
    // A yes or no per offer reveals no count (docs/security.md): the public's filter is the true one, even where the
    // number of free places is hidden from them.
    const truth = await catalogue(caseWorker);
    const trulyFree = truth.offers.nodes.filter((n) => (n.capacity.free ?? 0) > 0).map((n) => n.id);
    expect(trulyFree).toContain(OFFERS.arbaVta); // 114 places, 110 occupied, 3 upcoming: 1 free
    const ids = async (caller: Caller, args: string) =>
      (
        await intake.as(caller)<{ offers: { nodes: { id: string }[] } }>(
          `{ offers(first: 100, ${args}) { nodes { id } } }`,
        )
      ).data!.offers.nodes.map((n) => n.id);
    expect((await ids(publicCaller, 'filter: { hasFreePlaces: true }')).sort()).toEqual(trulyFree.sort());
    expect(await ids(publicCaller, 'orderBy: FREE_PLACES')).toEqual(await ids(caseWorker, 'orderBy: FREE_PLACES'));
    // And the card's yes or no: Capacity.hasFreePlaces is the true one, where the number is hidden too.
    const seen = await catalogue(publicCaller);
    expect(seen.offers.nodes.filter((n) => n.capacity.hasFreePlaces).map((n) => n.id)).toEqual(
      truth.offers.nodes.filter((n) => (n.capacity.free ?? 0) > 0).map((n) => n.id),
    );
    expect(seen.offers.nodes.find((n) => n.id === OFFERS.arbaVta)!.capacity).toMatchObject({ hasFreePlaces: true });
  });
});
