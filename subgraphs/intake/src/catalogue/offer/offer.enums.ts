import { registerEnumType } from 'type-graphql';

export enum OfferKind {
  ACTIVITY = 'ACTIVITY',
  ADAPTED_WORK = 'ADAPTED_WORK',
  VTA = 'VTA',
  VTAO = 'VTAO',
  AFT = 'AFT',
  TRAINING_CANDIDATE = 'TRAINING_CANDIDATE',
  APPRENTICESHIP = 'APPRENTICESHIP',
  YOUTH_PROGRAMME = 'YOUTH_PROGRAMME',
}
registerEnumType(OfferKind, {
  name: 'OfferKind',
  description: 'The kind of offer. The kind decides who grants a place and how intake works by default.',
  valuesConfig: {
    ACTIVITY: { description: 'Daily activity (aktivitetstilbud), granted by the allocation office.' },
    ADAPTED_WORK: {
      description:
        'Municipal adapted work (tilrettelagt arbeid), up to 30 hours a week, granted by the allocation office.',
    },
    VTA: { description: 'Permanent adapted work in a sheltered company (varig tilrettelagt arbeid), granted by NAV.' },
    VTAO: { description: 'Permanent adapted work in an ordinary business (VTA i ordinær virksomhet), granted by NAV.' },
    AFT: { description: 'Work preparatory training (arbeidsforberedende trening): time-limited, granted by NAV.' },
    TRAINING_CANDIDATE: {
      description:
        'Training candidate (lærekandidat): a simplified apprenticeship ending in a certificate of competence.',
    },
    APPRENTICESHIP: { description: 'Apprenticeship (lærling) ending in a trade certificate.' },
    YOUTH_PROGRAMME: { description: 'A programme for young people, e.g. Ung i Jobb at Arba.' },
  },
});

export enum IntakeMode {
  MAIN = 'MAIN',
  CONTINUOUS = 'CONTINUOUS',
}
registerEnumType(IntakeMode, {
  name: 'IntakeMode',
  description: 'How applications are taken in.',
  valuesConfig: {
    MAIN: { description: 'Main intake (hovedopptak) once a year, with the application deadline 1 February.' },
    CONTINUOUS: { description: 'Continuous intake (løpende inntak): apply at any time.' },
  },
});

export enum DecisionAuthority {
  ALLOCATION_OFFICE = 'ALLOCATION_OFFICE',
  NAV = 'NAV',
  PROVIDER = 'PROVIDER',
}
registerEnumType(DecisionAuthority, {
  name: 'DecisionAuthority',
  description: 'Who decides whether an applicant gets a place.',
  valuesConfig: {
    ALLOCATION_OFFICE: {
      description: 'The municipal allocation office (Tildelingskontoret), by administrative decision (vedtak).',
    },
    NAV: { description: 'NAV, by a decision on the participant (tilsagn/vedtak).' },
    PROVIDER: { description: 'The provider itself, e.g. when it hires an apprentice.' },
  },
});

export enum CatalogueSource {
  HUB = 'HUB',
  PROVIDER_FEED = 'PROVIDER_FEED',
}
registerEnumType(CatalogueSource, {
  name: 'CatalogueSource',
  description: 'Who keeps a catalogue entry.',
  valuesConfig: {
    HUB: { description: 'The allocation office keeps it in the hub, for a provider without its own subgraph.' },
    PROVIDER_FEED: {
      description: "The provider publishes it from its own subgraph; the hub mirrors it from the provider's feed.",
    },
  },
});
