import { stableId, type OfferKindCode } from '@veiinn/contracts';
import { demoEasyRead } from './easy-read';

/**
 * The catalogue of the domain brief. Place counts are the brief's figures; where the brief gives none, `places`
 * stays null ("not published") rather than an invented number. Sites are set only where the municipality's own
 * newsletter places a group; trades follow the work centre's four fields (Design, Tre, Mat, Service).
 */
export interface DemoOffer {
  /** Short stable name; the offer's id is `demoOfferId(key)` in every subgraph. */
  key: string;
  providerId: string;
  kind: OfferKindCode;
  title: [nb: string, en: string];
  description: [nb: string, en: string];
  /** Easy-read text (lettlest) of the description, 40–80 words each: short sentences, common words. */
  easyRead: [nb: string, en: string];
  eligibility?: [nb: string, en: string];
  trade?: string;
  site?: string;
  hoursPerWeek?: number;
  places?: number;
}

const BA_ELIGIBILITY: [string, string] = [
  'Voksne med funksjonsnedsettelser som mottar uføretrygd eller arbeidsavklaringspenger. Søk innen hovedopptaket 1. februar.',
  'Adults with disabilities who receive disability benefit or work assessment allowance. Apply by the main intake deadline, 1 February.',
];
const ACTIVITY_ELIGIBILITY: [string, string] = [
  'Voksne som trenger et tilrettelagt dagtilbud. Søk til Tildelingskontoret innen hovedopptaket 1. februar.',
  'Adults who need an adapted day service. Apply to the allocation office by the main intake deadline, 1 February.',
];
const VTA_ELIGIBILITY: [string, string] = [
  'Personer som mottar, eller snart vil motta, uføretrygd og trenger tett oppfølging. NAV vurderer og gir tilsagn; inntaket er løpende.',
  'People who receive, or soon will receive, disability benefit and need close follow-up. NAV assesses and grants a place; intake is continuous.',
];
const AFT_ELIGIBILITY: [string, string] = [
  'Personer med nedsatt arbeidsevne som trenger kartlegging og arbeidstrening. NAV gir tilsagn; inntaket er løpende.',
  'People with reduced work capacity who need mapping and work training. NAV grants a place; intake is continuous.',
];

type OfferWithoutEasyRead = Omit<DemoOffer, 'easyRead'>;

function baGroup(
  key: string,
  title: [string, string],
  description: [string, string],
  trade: string,
  site?: string,
): OfferWithoutEasyRead {
  return {
    key,
    providerId: 'baerum-arbeidssenter',
    kind: 'ADAPTED_WORK',
    title,
    description,
    eligibility: BA_ELIGIBILITY,
    trade,
    site,
    hoursPerWeek: 30,
  };
}

const catalogue: OfferWithoutEasyRead[] = [
  {
    key: 'bjornegard',
    providerId: 'baerum-kommunale-dagtilbud',
    kind: 'ACTIVITY',
    title: ['Bjørnegård aktivitetshus', 'Bjørnegård activity house'],
    description: [
      'Et lavterskel aktivitetshus med kafeen Binna. Her kan du være med på matlaging, baking og arbeidspraksis sammen med Lyset i hverdagen.',
      'A low-threshold activity house with the café Binna: cooking courses, baking and work practice together with Lyset i hverdagen.',
    ],
    eligibility: ACTIVITY_ELIGIBILITY,
    trade: 'Mat',
    site: 'Bjørnegård',
  },
  {
    key: 'binna',
    providerId: 'baerum-kommunale-dagtilbud',
    kind: 'ACTIVITY',
    title: ['Kafé Binna', 'Café Binna'],
    description: [
      'Arbeidspraksis i kafeen på Bjørnegård: servering, baking og matlagingskurs.',
      'Work practice in the café at Bjørnegård: serving, baking and cooking courses.',
    ],
    eligibility: ACTIVITY_ELIGIBILITY,
    trade: 'Mat',
    site: 'Bjørnegård',
  },
  {
    key: 'aurora',
    providerId: 'aurora-verksted',
    kind: 'ACTIVITY',
    title: ['Aktivitet og arbeid på Aurora verksted', 'Activity and work at Aurora verksted'],
    description: [
      'Kjøpte plasser med aktivitet og arbeid hos samarbeidspartneren Aurora verksted.',
      'Purchased places with activity and work at the partner Aurora verksted.',
    ],
    eligibility: ACTIVITY_ELIGIBILITY,
  },
  baGroup(
    'ba-kort',
    ['Kortavdelingen', 'Card department'],
    [
      'Design og produksjon av kort, blant annet julekort til marked og butikk.',
      'Design and production of cards, among them Christmas cards for markets and the shop.',
    ],
    'Design',
  ),
  baGroup(
    'ba-ramme',
    ['Rammeavdelingen', 'Framing'],
    [
      'Innramming av bilder for kunder, mest kommunale tjenester.',
      'Framing pictures for customers, mostly municipal services.',
    ],
    'Design',
  ),
  baGroup(
    'ba-keramikk',
    ['Keramikkverkstedet', 'Ceramics workshop'],
    [
      'Produksjon av keramikk for salg, blant annet i Gråstua.',
      'Making ceramics for sale, among other places in the shop Gråstua.',
    ],
    'Design',
    'Emma Hjorth',
  ),
  baGroup(
    'ba-tekstil',
    ['Tekstilverkstedet', 'Textile workshop'],
    [
      'Søm og toving av tekstilprodukter, blant annet fikleputer og sitteputer.',
      'Sewing and felting textile products such as fidget cushions and seat pads.',
    ],
    'Design',
    'Wøyen gård',
  ),
  baGroup(
    'ba-snekker',
    ['Snekkerverkstedet', 'Carpentry workshop'],
    [
      'Snekring av trevarer for salg og på bestilling, som tapasbrett og fluktstoler.',
      'Woodwork for sale and to order, such as serving boards and deck chairs.',
    ],
    'Tre',
  ),
  baGroup(
    'ba-personalkantinen',
    ['Personalkantinen', 'Staff canteen'],
    ['Matlaging og servering i kommunens personalkantine.', "Cooking and serving in the municipality's staff canteen."],
    'Mat',
    'Personalkantinen',
  ),
  baGroup(
    'ba-kaffebar',
    ['Kaffebaren', 'Coffee bar'],
    ['Kaffebar med servering og kundekontakt.', 'A coffee bar with serving and customer contact.'],
    'Mat',
  ),
  baGroup(
    'ba-makulering',
    ['Digitalt lager, retur og makulering', 'Digital storage, returns and shredding'],
    [
      'Lager og retur av utstyr, og sikker sletting og makulering av data.',
      'Storage and returns of equipment, and secure data erasure and shredding.',
    ],
    'Service',
  ),
  baGroup(
    'ba-transport',
    ['Transport- og servicegruppen', 'Transport and service group'],
    [
      'Utendørs arbeid: vedproduksjon, utkjøring av ved og gressklipping.',
      'Outdoor work: firewood production, firewood delivery and mowing.',
    ],
    'Service',
    'Wøyen gård',
  ),
  baGroup(
    'ba-gront',
    ['Grøntgruppa', 'Green-space group'],
    [
      'Grøntfag: stell av uteområder og grønne oppdrag for kommunen og private.',
      'Green-space work: looking after outdoor areas for the municipality and private customers.',
    ],
    'Service',
    'Emma Hjorth',
  ),
  baGroup(
    'ba-graastua',
    ['Gråstua butikk', 'The shop Gråstua'],
    ['Butikken som selger det arbeidssenteret lager.', 'The shop that sells what the work centre makes.'],
    'Service',
  ),
  {
    key: 'ba-laerekandidat',
    providerId: 'baerum-arbeidssenter',
    kind: 'TRAINING_CANDIDATE',
    title: ['Lærekandidat ved Bærum arbeidssenter', 'Training candidate at Bærum arbeidssenter'],
    description: [
      'Forenklet læreløp som ender med kompetansebevis: to år i skole og to år opplæring i bedrift.',
      'A simplified apprenticeship ending in a certificate of competence: two years at school and two years of training at work.',
    ],
    eligibility: BA_ELIGIBILITY,
  },
  {
    key: 'arba-vta',
    providerId: 'arba',
    kind: 'VTA',
    title: ['Varig tilrettelagt arbeid (VTA) i Arba', 'Permanent adapted work (VTA) at Arba'],
    description: [
      'Fast, tilrettelagt arbeid med tett oppfølging, uten tidsbegrensning. Du blir ansatt i Arba. Arenaer: montering, pakking og jobbfrukt, arbeidslag hos Carpe Diem, Miljøstasjonen ISI, bruktbutikk, grafisk og barnehage. 18 av plassene er avsatt til Asker kommune.',
      'Permanent adapted work with close follow-up and no time limit; you are employed by Arba. Arenas: assembly, packing and fruit delivery, a work team at Carpe Diem, the ISI recycling station, a second-hand shop, graphics and a kindergarten. 18 of the places are reserved for Asker municipality.',
    ],
    eligibility: VTA_ELIGIBILITY,
    places: 114,
  },
  {
    key: 'arba-aft',
    providerId: 'arba',
    kind: 'AFT',
    title: ['Arbeidsforberedende trening (AFT) i Arba', 'Work preparatory training (AFT) at Arba'],
    description: [
      'Kartlegging, opplæring og arbeidstrening, internt i Arba og i lokale bedrifter. Tiltaket varer i ett år og kan forlenges med ett år til; i snitt ni måneder i Arba.',
      'Mapping, training and work practice, at Arba and in local businesses. The measure lasts one year and can be extended by one more; nine months on average at Arba.',
    ],
    eligibility: AFT_ELIGIBILITY,
    places: 129,
  },
  {
    key: 'arba-ung-i-jobb',
    providerId: 'arba',
    kind: 'YOUTH_PROGRAMME',
    title: ['Ung i Jobb', 'Ung i Jobb (youth in work)'],
    description: [
      'Et program for unge som vil i arbeid; omtrent 100 ungdommer i året.',
      'A programme for young people who want to work; about 100 youths a year.',
    ],
    eligibility: [
      'Ungdom som trenger hjelp til å komme i arbeid, etter avtale med NAV.',
      'Young people who need help to find work, by arrangement with NAV.',
    ],
  },
  {
    key: 'arba-laerling',
    providerId: 'arba',
    kind: 'APPRENTICESHIP',
    title: ['Lærlingplass i Arba', 'Apprenticeship at Arba'],
    description: ['Læretid i Arba som ender med fagbrev.', 'An apprenticeship at Arba ending in a trade certificate.'],
    eligibility: [
      'Elever som har fullført skoledelen av et yrkesfaglig løp.',
      'Pupils who have completed the school part of a vocational programme.',
    ],
  },
  {
    key: 'nav-vtao',
    providerId: 'nav-baerum',
    kind: 'VTAO',
    title: ['VTA i ordinær virksomhet', 'VTA in an ordinary business'],
    description: [
      'Tilrettelagt arbeid i en vanlig bedrift. Arbeidsgiveren ansetter deg, og NAV følger opp.',
      'Adapted work in an ordinary company. The employer hires you, and NAV follows up.',
    ],
    eligibility: VTA_ELIGIBILITY,
  },
  {
    key: 'asker-vta',
    providerId: 'asker-produkt',
    kind: 'VTA',
    title: ['Varig tilrettelagt arbeid (VTA) i Asker Produkt', 'Permanent adapted work (VTA) at Asker Produkt'],
    description: [
      'VTA i avdelingene skilt og tre, mat og hovedkjøkken, kantiner, renhold og vaskeri, og transport.',
      'VTA in the departments signs and wood, food and main kitchen, canteens, cleaning and laundry, and transport.',
    ],
    eligibility: VTA_ELIGIBILITY,
    site: 'Solbråveien 32a, Asker',
    places: 41,
  },
  {
    key: 'asker-aft',
    providerId: 'asker-produkt',
    kind: 'AFT',
    title: ['Arbeidsforberedende trening (AFT) i Asker Produkt', 'Work preparatory training (AFT) at Asker Produkt'],
    description: [
      'AFT med arbeidstrening internt og hos eksterne partnere som kafeer, butikker, barnehager, kantiner, vaskerier, bilpleie og staller.',
      'AFT with work training in house and with outside partners such as cafés, shops, kindergartens, canteens, laundries, car care and stables.',
    ],
    eligibility: AFT_ELIGIBILITY,
    site: 'Solbråveien 32a, Asker',
    places: 12,
  },
];

/** The catalogue, each offer with its easy-read text; an offer without one fails at load, not in a page. */
export const demoOffers: DemoOffer[] = catalogue.map((offer) => {
  const easyRead = demoEasyRead[offer.key];
  if (!easyRead) throw new Error(`Demo offer "${offer.key}" has no easy-read text in easy-read.ts`);
  return { ...offer, easyRead };
});

/** The id every subgraph gives the demo offer with this key. */
export const demoOfferId = (key: string) => stableId('offer', key);

/** The demo offer with this key; throws for an unknown key, so a typo in seed data fails at once. */
export function demoOffer(key: string): DemoOffer {
  const offer = demoOffers.find((o) => o.key === key);
  if (!offer) throw new Error(`No demo offer "${key}"`);
  return offer;
}

/** Providers that publish their own offers from their own subgraph; the hub keeps the offers of the others. */
export const providersPublishingOffers = ['baerum-kommunale-dagtilbud', 'baerum-arbeidssenter', 'arba'];
