import { registerEnumType } from 'type-graphql';

/** NAV's measure codes (Tiltakskode), kept in NAV's words so the adapter needs no second translation later. */
export enum NavMeasureCode {
  VARIG_TILRETTELAGT_ARBEID_SKJERMET = 'VARIG_TILRETTELAGT_ARBEID_SKJERMET',
  ARBEIDSFORBEREDENDE_TRENING = 'ARBEIDSFORBEREDENDE_TRENING',
  VTAO = 'VTAO',
  TILRETTELAGT_ARBEID_ORDINAER = 'TILRETTELAGT_ARBEID_ORDINAER',
}
registerEnumType(NavMeasureCode, {
  name: 'NavMeasureCode',
  description: "A NAV measure (tiltak), by NAV's own code (Tiltakskode).",
  valuesConfig: {
    VARIG_TILRETTELAGT_ARBEID_SKJERMET: {
      description: 'VTA: permanent adapted work in a sheltered company (Arena code VASV).',
    },
    ARBEIDSFORBEREDENDE_TRENING: {
      description: 'AFT: work preparatory training, time-limited (Arena code ARBFORB).',
    },
    VTAO: {
      description: 'VTAO: permanent adapted work in an ordinary business, old code (Arena code VATIAROR).',
    },
    TILRETTELAGT_ARBEID_ORDINAER: {
      description: 'Adapted work in an ordinary business, which replaces VTAO (no Arena code).',
    },
  },
});

/** The status of a measure instance (gjennomføring) in NAV. */
export enum NavMeasureInstanceStatus {
  GJENNOMFORES = 'GJENNOMFORES',
  AVSLUTTET = 'AVSLUTTET',
  AVBRUTT = 'AVBRUTT',
  AVLYST = 'AVLYST',
}
registerEnumType(NavMeasureInstanceStatus, {
  name: 'NavMeasureInstanceStatus',
  description: 'Whether a measure instance (gjennomføring) is running, in NAV’s words.',
  valuesConfig: {
    GJENNOMFORES: { description: 'Running (gjennomføres).' },
    AVSLUTTET: { description: 'Ended as planned (avsluttet).' },
    AVBRUTT: { description: 'Stopped after it started (avbrutt).' },
    AVLYST: { description: 'Cancelled before it started (avlyst).' },
  },
});

/** How participants start in a measure instance. */
export enum NavStartType {
  LOPENDE = 'LOPENDE',
  FELLES = 'FELLES',
  ENKELTPLASS = 'ENKELTPLASS',
}
registerEnumType(NavStartType, {
  name: 'NavStartType',
  description: 'How participants start in a measure instance (oppstartstype).',
  valuesConfig: {
    LOPENDE: { description: 'Continuous start (løpende): each participant starts when a place is free; VTA and AFT.' },
    FELLES: { description: 'Common start (felles): a class starts together on one date.' },
    ENKELTPLASS: { description: 'A single place bought for one participant (enkeltplass).' },
  },
});
