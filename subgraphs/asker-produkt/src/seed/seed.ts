import type { EntityManager } from '@mikro-orm/core';
import { demoCatalogueEntry, demoOfferId, demoOffers, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { appendToFeed, offerSnapshot, type FeedChange } from '@veiinn/kit';
import {
  AskerProduktAftOutcome,
  AskerProduktAftPeriod,
  AskerProduktPartnerKind,
  AskerProduktWorkTraining,
} from '../aft/aft-period.entity';
import { AskerProduktDepartment } from '../department/department.entity';
import { AskerProduktGoal, AskerProduktGoalEvaluation } from '../goal/goal.entity';
import { AskerProduktOffer } from '../offer/offer.entity';
import { AskerProduktPlacement } from '../placement/placement.entity';
import { FULL_TIME_HOURS, placementChange } from '../placement/placement.service';
import { AFT_2022, VTA_2022, VTA_DEPARTMENTS } from './figures';

/*
 * The demo rows behind figures.ts: synthetic people only, known here by the stable ids of the demo world's id scheme
 * (`demoParticipantId('asker-…')`), never by name or identity number. They are not among the hub's demo
 * participants: the hub learns the placements from the feed.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const addWeeks = (day: string, weeks: number) => addDays(day, weeks * 7);

interface SeedPlacement {
  key: string;
  offer: 'asker-vta' | 'asker-aft';
  department: string | null;
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
}

/** The 42 in VTA on 31.12.2022 (8 of them hired in 2022), by department, and the 6 who left in 2022. */
export function vtaSeed(): SeedPlacement[] {
  const departments = [
    ...VTA_DEPARTMENTS.flatMap((d) => Array<string | null>(d.people).fill(d.id)),
    ...Array<string | null>(VTA_2022.departmentNotRecorded).fill(null),
  ];
  const current = departments.map((department, i) => ({
    key: `asker-v${pad(i + 1)}`,
    offer: 'asker-vta' as const,
    department,
    // Two share one place half-time each, so 42 people use the 41 places.
    hoursPerWeek: i < 2 ? FULL_TIME_HOURS / 2 : FULL_TIME_HOURS,
    startDate: i < VTA_2022.hired ? `2022-${pad(i + 2)}-01` : `${2008 + (i % 14)}-${pad((i % 12) + 1)}-01`,
    endDate: null,
  }));
  const left = Array.from({ length: VTA_2022.left }, (_, i) => ({
    key: `asker-v${pad(VTA_2022.people + i + 1)}`,
    offer: 'asker-vta' as const,
    department: VTA_DEPARTMENTS[i % VTA_DEPARTMENTS.length].id,
    hoursPerWeek: FULL_TIME_HOURS,
    startDate: `${2012 + i}-08-15`,
    endDate: `2022-${pad(i + 3)}-30`,
  }));
  return [...current, ...left];
}

/** AFT: 14 who ended in 2022 (9 to work or education: 64 %), after 51 weeks; and 10 who train now. */
export const AFT_ENDED = 14;
export const AFT_MOVED_ON = 9;
export const AFT_RUNNING = 10;
const PARTNERS = Object.values(AskerProduktPartnerKind);

export function aftSeed(): (SeedPlacement & {
  periods: Omit<AskerProduktAftPeriod, 'id' | 'placement'>[];
})[] {
  const ended = Array.from({ length: AFT_ENDED }, (_, i) => {
    const startDate = addWeeks('2021-01-11', i);
    const endDate = addWeeks(startDate, AFT_2022.averageWeeks);
    const outcome =
      i < AFT_MOVED_ON
        ? i % 3 === 2
          ? AskerProduktAftOutcome.EDUCATION
          : AskerProduktAftOutcome.WORK
        : AskerProduktAftOutcome.OTHER;
    const switchDay = addWeeks(startDate, AFT_2022.averageInternalWeeks);
    // Half go on from training in house to an outside partner; the others train in house to the end.
    const periods =
      i % 2 === 0
        ? [
            internal(startDate, addDays(switchDay, -1), null),
            external(PARTNERS[(i / 2) % PARTNERS.length], switchDay, endDate, outcome),
          ]
        : [internal(startDate, endDate, outcome)];
    return { key: `asker-a${pad(i + 1)}`, startDate, endDate, periods };
  });
  const running = Array.from({ length: AFT_RUNNING }, (_, i) => {
    const startDate = addWeeks('2022-06-06', i * 2);
    const periods =
      i < AFT_RUNNING / 2
        ? [internal(startDate, null, null)]
        : [
            internal(startDate, addDays(addWeeks(startDate, 12), -1), null),
            external(PARTNERS[i % PARTNERS.length], addWeeks(startDate, 12), null, null),
          ];
    return { key: `asker-a${pad(AFT_ENDED + i + 1)}`, startDate, endDate: null, periods };
  });
  return [...ended, ...running].map((p) => ({
    ...p,
    offer: 'asker-aft' as const,
    department: null,
    hoursPerWeek: FULL_TIME_HOURS,
  }));
}

function internal(startDate: string, endDate: string | null, outcome: AskerProduktAftOutcome | null) {
  return { startDate, endDate, workTraining: AskerProduktWorkTraining.INTERNAL, partnerKind: null, outcome };
}
function external(
  partnerKind: AskerProduktPartnerKind,
  startDate: string,
  endDate: string | null,
  outcome: AskerProduktAftOutcome | null,
) {
  return { startDate, endDate, workTraining: AskerProduktWorkTraining.EXTERNAL, partnerKind, outcome };
}

/** 27 goals of the first 27 VTA participants, evaluated in June and December 2022; 22 reached at the last (81.5 %). */
export const GOALS = 27;
export const GOALS_REACHED = 22;
const GOAL_TEXTS = [
  'Møte presis til arbeidstid tre dager på rad.',
  'Gjøre ferdig en arbeidsoppgave fra start til slutt på egen hånd.',
  'Si fra til arbeidslederen når noe er uklart.',
  'Lære å bruke en ny maskin trygt.',
];

/**
 * Fills an empty database with Asker Produkt's offers, departments and the rows above in one transaction, and
 * publishes every offer and placement on the feed. Does nothing (and returns false) when offers exist already.
 */
export async function seedDemoData(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(AskerProduktOffer, {})) > 0) return false;
    const offers = new Map(
      demoOffers
        .filter((seed) => seed.providerId === 'asker-produkt')
        .map((seed) => {
          const offer = tx.create(AskerProduktOffer, {
            id: demoOfferId(seed.key),
            catalogue: demoCatalogueEntry(seed),
            places: seed.places!,
          } as never);
          return [seed.key, offer];
        }),
    );
    const departments = new Map<string, AskerProduktDepartment>(
      VTA_DEPARTMENTS.map(({ id, name, nameEn }) => [
        id,
        tx.create(AskerProduktDepartment, { id, name, nameEn, offer: offers.get('asker-vta')! } as never),
      ]),
    );
    const placements: AskerProduktPlacement[] = [];
    const create = (seed: SeedPlacement) => {
      const offer = offers.get(seed.offer)!;
      const placement = tx.create(AskerProduktPlacement, {
        id: demoPlacementId(seed.key),
        participantId: demoParticipantId(seed.key),
        offer,
        department: seed.department ? departments.get(seed.department)! : null,
        measure: offer.measure,
        hoursPerWeek: seed.hoursPerWeek,
        startDate: seed.startDate,
        endDate: seed.endDate,
      } as never);
      placements.push(placement);
      return placement;
    };
    const vta = vtaSeed().map(create);
    for (const seed of aftSeed()) {
      const placement = create(seed);
      for (const period of seed.periods) tx.create(AskerProduktAftPeriod, { placement, ...period });
    }
    vta.slice(0, GOALS).forEach((placement, i) => {
      const goal = tx.create(AskerProduktGoal, {
        placement,
        description: GOAL_TEXTS[i % GOAL_TEXTS.length],
        setOn: '2022-01-10',
      } as never);
      tx.create(AskerProduktGoalEvaluation, { goal, date: '2022-06-15', reached: i % 2 === 0 } as never);
      tx.create(AskerProduktGoalEvaluation, { goal, date: '2022-12-15', reached: i < GOALS_REACHED } as never);
    });
    await tx.flush();
    const changes: FeedChange[] = [
      ...[...offers.values()].map((o) => ({
        type: 'offer' as const,
        id: o.id,
        version: o.version,
        data: offerSnapshot(o.catalogue, o.places),
      })),
      ...placements.map(placementChange),
    ];
    await appendToFeed(tx, changes);
    return true;
  });
}
