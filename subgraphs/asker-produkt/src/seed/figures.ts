/**
 * Asker Produkt's published figures for 2022, the ground truth of the seed (seed.ts builds rows that give them;
 * test/seed.test.ts checks that they do). Figures kept only as reported, which no row here could give, are marked.
 */

/** The day the seed describes: 31 December 2022. */
export const SEED_DAY = '2022-12-31';

/**
 * VTA by department. The source says "sum 42" for these, but they add to 39: the seed has 42 VTA people, 39 in
 * these departments and 3 whose department is not recorded (`department` null).
 */
export const VTA_DEPARTMENTS = [
  { id: 'skilt-og-tre', name: 'Skilt og tre', nameEn: 'Signs and wood', people: 19 },
  { id: 'mat-og-hovedkjokken', name: 'Mat og hovedkjøkken', nameEn: 'Food and main kitchen', people: 9 },
  { id: 'kantiner', name: 'Kantiner', nameEn: 'Canteens', people: 5 },
  { id: 'renhold-og-vaskeri', name: 'Renhold og vaskeri', nameEn: 'Cleaning and laundry', people: 4 },
  { id: 'transport', name: 'Transport', nameEn: 'Transport', people: 2 },
] as const;

export const VTA_2022 = {
  places: 41,
  /** In VTA on 31.12.2022: 41 places shared by 42 people, two of them half-time on one place. */
  people: 42,
  /** 42 less the 39 of the departments above. */
  departmentNotRecorded: 3,
  hired: 8,
  left: 6,
  /** Reported only: the share of possible VTA hours used in 2022. */
  hoursUsedPercent: 91.45,
} as const;

export const AFT_2022 = {
  places: 12,
  /** Ended in 2022 to work or education, of all who ended; NAV requires over 50 %. */
  movedOnPercent: 64,
  /** Reported only: had a plan within four weeks. */
  planWithinFourWeeksPercent: 100,
  /** Reported only: work training internal / external. */
  internalPercent: 46,
  externalPercent: 54,
  /** Average weeks in the measure, and of them internal; the seed's ended participants follow these. */
  averageWeeks: 51,
  averageInternalWeeks: 30,
} as const;

/** Reported only: the staff, none of whom the subgraph keeps. */
export const STAFF_2022 = { permanentFte: 21, consultants: 1, supervisors: 11 } as const;

/** Goals evaluated twice a year; the share reached at the last evaluation of 2022. */
export const GOALS_2022 = { reachedPercent: 81.5 } as const;
