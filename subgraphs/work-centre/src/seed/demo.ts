import { WorkCentreTrade } from '../group/trade';

/** The work centre's provider id in the registry; its demo offers are the ones with this provider. */
export const WORK_CENTRE_PROVIDER_ID = 'baerum-arbeidssenter';

/** The four sites of the domain brief. */
export const seedSites = [
  { id: 'rud', name: 'Rud' },
  { id: 'woyen-gard', name: 'Wøyen gård' },
  { id: 'emma-hjorth', name: 'Emma Hjorth' },
  { id: 'personalkantinen', name: 'Personalkantinen' },
];

export interface SeedGroup {
  capacity: number;
  /** Invented names: demo data must never name a real person. */
  supervisors: string[];
  /** When the group's name is not the offer's Norwegian title. */
  name?: string;
  /** When the offer has no trade of its own. */
  trade?: WorkCentreTrade;
}

/**
 * One group per demo offer of the work centre, by offer key. The green-space group's capacity (5) and its two
 * supervisors are the domain brief's figures (end of 2021). Every other capacity is a demo value, not a figure
 * from the municipality, chosen to leave room beside the demo placements.
 */
export const seedGroups: Record<string, SeedGroup> = {
  'ba-kort': { capacity: 8, supervisors: ['Guri Tvetenstrand', 'Halvard Moen-Vik'] },
  'ba-ramme': { capacity: 6, supervisors: ['Borghild Sæterlie'] },
  'ba-keramikk': { capacity: 6, supervisors: ['Vemund Askerud'] },
  'ba-tekstil': { capacity: 6, supervisors: ['Ragnfrid Hovland'] },
  'ba-snekker': { capacity: 8, supervisors: ['Torgeir Bråtaas', 'Live Skaugum-Hval'] },
  'ba-personalkantinen': { capacity: 10, supervisors: ['Eldbjørg Nyhus', 'Kasper Fossheim'] },
  'ba-kaffebar': { capacity: 6, supervisors: ['Synnøve Kleveland'] },
  'ba-makulering': { capacity: 8, supervisors: ['Arnfinn Tjernsli'] },
  'ba-transport': { capacity: 8, supervisors: ['Odd-Einar Bjølstad', 'Tuva Rismyhr'] },
  'ba-gront': { capacity: 5, supervisors: ['Idun Flatebø', 'Severin Langedrag'] },
  'ba-graastua': { capacity: 6, supervisors: ['Marit Grønlund-Aas'] },
  // The training-candidate offer names no trade in the catalogue; its candidates train in food (a demo value).
  'ba-laerekandidat': {
    capacity: 6,
    supervisors: ['Jostein Kverneland'],
    name: 'Lærekandidatene',
    trade: WorkCentreTrade.FOOD,
  },
};

/** The training candidacy of the demo placement in the training-candidate offer (goal and end are demo values). */
export const seedTrainingCandidacies = [
  {
    placement: 'ba-11',
    goal: 'Kompetansebevis i kokkfaget: lage og servere enkle retter i kantine, og følge reglene for hygiene.',
    plannedEnd: '2027-06-30',
  },
];
