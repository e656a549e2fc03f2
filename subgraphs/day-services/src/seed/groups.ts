import { stableId } from '@veiinn/kit';

/** A demo activity group; its id is `demoGroupId(key)`, the key is what demo placements name as their `group`. */
export interface SeedGroup {
  key: string;
  /** Key of the demo offer the group belongs to. */
  offer: string;
  name: string;
  description: [nb: string, en: string];
  capacity: number;
}

export const demoGroupId = (key: string) => stableId('day-services-group', key);

/** The groups of Bjørnegård aktivitetshus and café Binna. The capacities are demo values, not published figures. */
export const seedGroups: SeedGroup[] = [
  {
    key: 'kreativ',
    offer: 'bjornegard',
    name: 'Kreativt verksted',
    description: [
      'Maling, tegning, keramikk og annet håndarbeid i eget tempo.',
      'Painting, drawing, ceramics and other crafts at your own pace.',
    ],
    capacity: 8,
  },
  {
    key: 'tur',
    offer: 'bjornegard',
    name: 'Tur og friluft',
    description: [
      'Turer i nærområdet, bålkos og aktivitet ute i all slags vær.',
      'Walks in the neighbourhood, campfires and outdoor activity in all weathers.',
    ],
    capacity: 8,
  },
  {
    key: 'kafe',
    offer: 'binna',
    name: 'Kafédrift',
    description: [
      'Servering, baking og kundekontakt i kafeen Binna.',
      'Serving, baking and customer contact in the café Binna.',
    ],
    capacity: 6,
  },
];
