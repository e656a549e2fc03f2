import { registerEnumType } from 'type-graphql';

/** The two NAV measures Arba delivers with participations of its own; Ung i Jobb and apprenticeships are catalogue only. */
export enum ArbaMeasure {
  VTA = 'VTA',
  AFT = 'AFT',
}
registerEnumType(ArbaMeasure, {
  name: 'ArbaMeasure',
  description: 'A NAV measure Arba delivers: the measure decides the rules of a participation and the supervisor norm.',
  valuesConfig: {
    VTA: {
      description: 'Permanent adapted work (varig tilrettelagt arbeid): no time limit, 5 participants per supervisor.',
    },
    AFT: {
      description:
        'Work preparatory training (arbeidsforberedende trening): one year, extendable once by a year; 6 participants per supervisor.',
    },
  },
});

/**
 * The municipality a participant's place is counted for. The database keeps the name as written ('Bærum'); the
 * GraphQL enum uses ASCII names.
 */
export enum ArbaMunicipality {
  BAERUM = 'Bærum',
  ASKER = 'Asker',
}
registerEnumType(ArbaMunicipality, {
  name: 'ArbaMunicipality',
  description: "The municipality whose share of Arba's places a participation uses.",
  valuesConfig: {
    BAERUM: { description: 'Bærum kommune, the owner: uses every place not reserved for another municipality.' },
    ASKER: { description: "Asker kommune, which has places reserved in Arba's VTA." },
  },
});
