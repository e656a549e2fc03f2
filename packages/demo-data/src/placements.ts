import { stableId } from '@veiinn/contracts';

/**
 * Who has a place where in the demo world, as of November 2026. Each provider's seed takes its own rows; the hub
 * learns of them through the providers' feeds, so occupied places in the catalogue come from these rows.
 * `group` names a group in the provider's own seed (day services, work centre); `arena` an arena at Arba.
 */
export interface DemoPlacement {
  key: string;
  participant: string;
  offer: string;
  group?: string;
  arena?: string;
  startDate: string;
  endDate?: string;
  hoursPerWeek?: number;
  daysPerWeek?: number;
}

export const demoPlacementId = (key: string) => stableId('placement', key);

const day = (key: string, participant: string, offer: string, group: string, daysPerWeek: number, startDate: string) =>
  ({ key, participant, offer, group, daysPerWeek, startDate }) satisfies DemoPlacement;
const work = (key: string, participant: string, offer: string, hoursPerWeek: number, startDate: string) =>
  ({ key, participant, offer, group: offer, hoursPerWeek, startDate }) satisfies DemoPlacement;
const arba = (key: string, participant: string, offer: string, arena: string, startDate: string, endDate?: string) =>
  ({ key, participant, offer, arena, hoursPerWeek: 30, startDate, endDate }) satisfies DemoPlacement;

export const demoPlacements: DemoPlacement[] = [
  // Bærum kommunale dagtilbud: Bjørnegård and café Binna. p03 splits the week with the ceramics workshop.
  day('bkd-01', 'p01', 'bjornegard', 'kreativ', 3, '2025-08-18'),
  day('bkd-02', 'p02', 'bjornegard', 'tur', 4, '2025-08-18'),
  day('bkd-03', 'p03', 'bjornegard', 'kreativ', 2, '2026-08-17'),
  day('bkd-04', 'p04', 'bjornegard', 'kreativ', 5, '2019-01-07'),
  day('bkd-06', 'p06', 'bjornegard', 'tur', 5, '2021-08-16'),
  day('bkd-08', 'p08', 'bjornegard', 'kreativ', 3, '2026-08-17'),
  day('bkd-13', 'p13', 'bjornegard', 'tur', 5, '2015-03-02'),
  day('bkd-14', 'p14', 'bjornegard', 'tur', 5, '2018-09-03'),
  day('bkd-09', 'p09', 'binna', 'kafe', 3, '2022-01-10'),
  day('bkd-10', 'p10', 'binna', 'kafe', 4, '2023-08-14'),
  day('bkd-15', 'p15', 'binna', 'kafe', 5, '2017-06-01'),
  // Bærum arbeidssenter. The green-space group at Emma Hjorth had 5 permanent workers at the end of 2021: full.
  work('ba-16', 'p16', 'ba-gront', 30, '2016-08-15'),
  work('ba-17', 'p17', 'ba-gront', 30, '2018-01-08'),
  work('ba-18', 'p18', 'ba-gront', 25, '2019-08-12'),
  work('ba-19', 'p19', 'ba-gront', 30, '2020-03-02'),
  work('ba-20', 'p20', 'ba-gront', 20, '2021-08-16'),
  work('ba-21', 'p21', 'ba-kort', 20, '2020-08-17'),
  work('ba-22', 'p22', 'ba-kort', 30, '2022-08-15'),
  work('ba-23', 'p23', 'ba-keramikk', 30, '2014-08-18'),
  work('ba-03', 'p03', 'ba-keramikk', 15, '2026-08-17'),
  work('ba-24', 'p24', 'ba-snekker', 30, '2012-01-09'),
  work('ba-25', 'p25', 'ba-snekker', 25, '2023-01-09'),
  work('ba-26', 'p26', 'ba-personalkantinen', 30, '2019-08-12'),
  work('ba-27', 'p27', 'ba-personalkantinen', 20, '2024-08-12'),
  work('ba-28', 'p28', 'ba-makulering', 30, '2017-01-09'),
  work('ba-05', 'p05', 'ba-makulering', 25, '2010-08-16'),
  work('ba-11', 'p11', 'ba-laerekandidat', 30, '2025-08-18'),
  // p29 moved from the carpentry workshop to VTA at Arba: the old place ended, the new one started.
  { ...work('ba-29', 'p29', 'ba-snekker', 30, '2019-08-12'), endDate: '2025-06-30' },
  // Arba: VTA (114 places) and AFT (129 places; one year, extendable by one more).
  arba('arba-29', 'p29', 'arba-vta', 'montering', '2025-08-04'),
  arba('arba-30', 'p30', 'arba-vta', 'montering', '2016-02-01'),
  arba('arba-31', 'p31', 'arba-vta', 'pakking-jobbfrukt', '2018-05-02'),
  arba('arba-32', 'p32', 'arba-vta', 'pakking-jobbfrukt', '2021-09-01'),
  arba('arba-33', 'p33', 'arba-vta', 'carpe-diem', '2020-01-06'),
  arba('arba-34', 'p34', 'arba-vta', 'carpe-diem', '2022-03-01'),
  arba('arba-35', 'p35', 'arba-vta', 'isi', '2019-10-01'),
  arba('arba-36', 'p36', 'arba-vta', 'isi', '2023-04-11'),
  arba('arba-37', 'p37', 'arba-vta', 'bruktbutikk', '2017-08-14'),
  arba('arba-38', 'p38', 'arba-vta', 'grafisk', '2024-01-08'),
  arba('arba-39', 'p39', 'arba-vta', 'barnehage', '2024-09-02'),
  arba('arba-40', 'p40', 'arba-vta', 'montering', '2026-02-02'),
  arba('arba-41', 'p41', 'arba-aft', 'montering', '2026-01-05'),
  arba('arba-42', 'p42', 'arba-aft', 'lokale-bedrifter', '2025-03-03'),
  arba('arba-43', 'p43', 'arba-aft', 'lokale-bedrifter', '2025-01-06', '2025-10-03'),
  arba('arba-44', 'p44', 'arba-aft', 'grafisk', '2026-04-13'),
  arba('arba-45', 'p45', 'arba-aft', 'lokale-bedrifter', '2026-06-01'),
  arba('arba-46', 'p46', 'arba-aft', 'bruktbutikk', '2026-09-07'),
];

/** The demo placements at one provider's offers, given the offer keys of that provider. */
export function demoPlacementsFor(offerKeys: string[]): DemoPlacement[] {
  const keys = new Set(offerKeys);
  return demoPlacements.filter((p) => keys.has(p.offer));
}
