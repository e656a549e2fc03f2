import { registerEnumType } from 'type-graphql';

/** NAV's participant status (DeltakerStatus.Type), all 13 values. */
export enum NavParticipantStatus {
  KLADD = 'KLADD',
  UTKAST_TIL_PAMELDING = 'UTKAST_TIL_PAMELDING',
  AVBRUTT_UTKAST = 'AVBRUTT_UTKAST',
  SOKT_INN = 'SOKT_INN',
  VURDERES = 'VURDERES',
  VENTELISTE = 'VENTELISTE',
  VENTER_PA_OPPSTART = 'VENTER_PA_OPPSTART',
  DELTAR = 'DELTAR',
  HAR_SLUTTET = 'HAR_SLUTTET',
  FULLFORT = 'FULLFORT',
  AVBRUTT = 'AVBRUTT',
  IKKE_AKTUELL = 'IKKE_AKTUELL',
  FEILREGISTRERT = 'FEILREGISTRERT',
}
registerEnumType(NavParticipantStatus, {
  name: 'NavParticipantStatus',
  description: "A participant record's status in NAV (DeltakerStatus), in NAV's words.",
  valuesConfig: {
    KLADD: { description: 'A draft NAV has not shared with the person yet (kladd).' },
    UTKAST_TIL_PAMELDING: { description: 'A draft sign-up shared with the person for approval.' },
    AVBRUTT_UTKAST: { description: 'A draft sign-up that was withdrawn. Final.' },
    SOKT_INN: { description: 'Applied for a place (søkt inn).' },
    VURDERES: { description: 'Being assessed by the provider (vurderes).' },
    VENTELISTE: { description: 'On the waiting list of this measure instance (venteliste).' },
    VENTER_PA_OPPSTART: { description: 'Has a place and waits for the start date (venter på oppstart).' },
    DELTAR: { description: 'Takes part (deltar): uses one of the instance’s places.' },
    HAR_SLUTTET: { description: 'Has left (har sluttet); how VTA and AFT places end. Final.' },
    FULLFORT: { description: 'Completed a course with a common start (fullført). Final.' },
    AVBRUTT: { description: 'Stopped before the end (avbrutt). Final.' },
    IKKE_AKTUELL: { description: 'Not relevant any more, never started (ikke aktuell). Final.' },
    FEILREGISTRERT: { description: 'Registered by mistake (feilregistrert). Final.' },
  },
});

/** Statuses after which nothing more happens on a record. */
export const FINAL_STATUSES: ReadonlySet<NavParticipantStatus> = new Set([
  NavParticipantStatus.AVBRUTT,
  NavParticipantStatus.AVBRUTT_UTKAST,
  NavParticipantStatus.FEILREGISTRERT,
  NavParticipantStatus.FULLFORT,
  NavParticipantStatus.HAR_SLUTTET,
  NavParticipantStatus.IKKE_AKTUELL,
]);

/** The only statuses that may carry a reason (aarsak). */
export const STATUSES_WITH_REASON: ReadonlySet<NavParticipantStatus> = new Set([
  NavParticipantStatus.HAR_SLUTTET,
  NavParticipantStatus.IKKE_AKTUELL,
  NavParticipantStatus.AVBRUTT,
  NavParticipantStatus.AVBRUTT_UTKAST,
]);

/** NAV's reason for a status (DeltakerStatus.Aarsak), all 11 values. */
export enum NavStatusReason {
  SYK = 'SYK',
  FATT_JOBB = 'FATT_JOBB',
  TRENGER_ANNEN_STOTTE = 'TRENGER_ANNEN_STOTTE',
  FIKK_IKKE_PLASS = 'FIKK_IKKE_PLASS',
  IKKE_MOTT = 'IKKE_MOTT',
  ANNET = 'ANNET',
  AVLYST_KONTRAKT = 'AVLYST_KONTRAKT',
  UTDANNING = 'UTDANNING',
  SAMARBEIDET_MED_ARRANGOREN_ER_AVBRUTT = 'SAMARBEIDET_MED_ARRANGOREN_ER_AVBRUTT',
  KRAV_IKKE_OPPFYLT = 'KRAV_IKKE_OPPFYLT',
  KURS_FULLT = 'KURS_FULLT',
}
registerEnumType(NavStatusReason, {
  name: 'NavStatusReason',
  description: 'Why a record got its status (aarsak); only with HAR_SLUTTET, IKKE_AKTUELL, AVBRUTT and AVBRUTT_UTKAST.',
  valuesConfig: {
    SYK: { description: 'Ill (syk).' },
    FATT_JOBB: { description: 'Got a job (fått jobb).' },
    TRENGER_ANNEN_STOTTE: { description: 'Needs other support (trenger annen støtte).' },
    FIKK_IKKE_PLASS: { description: 'Did not get a place (fikk ikke plass).' },
    IKKE_MOTT: { description: 'Did not turn up (ikke møtt).' },
    ANNET: { description: 'Another reason, described in free text (annet).' },
    AVLYST_KONTRAKT: { description: "NAV's contract with the provider was cancelled (avlyst kontrakt)." },
    UTDANNING: { description: 'Started education (utdanning).' },
    SAMARBEIDET_MED_ARRANGOREN_ER_AVBRUTT: {
      description: 'The cooperation with the provider was broken off (samarbeidet med arrangøren er avbrutt).',
    },
    KRAV_IKKE_OPPFYLT: { description: 'Did not meet the requirements of the measure (krav ikke oppfylt).' },
    KURS_FULLT: { description: 'The course was full (kurs fullt).' },
  },
});

/** Which NAV system the record came from. */
export enum NavRecordSource {
  ARENA = 'ARENA',
  KOMET = 'KOMET',
}
registerEnumType(NavRecordSource, {
  name: 'NavRecordSource',
  description: 'The NAV system a participant record came from (kilde).',
  valuesConfig: {
    ARENA: { description: "NAV's old case system Arena." },
    KOMET: { description: "NAV's new participant solution (team Komet)." },
  },
});
