import { demoGuardianSignIn, demoParticipantId, demoParticipants } from '@veiinn/demo-data';
import { syntheticIdentityNumber } from '@veiinn/contracts';

/** The roles of "who may see what". `public` is a caller without a token, so no demo user has it. */
export type Role =
  | 'applicant'
  | 'guardian'
  | 'case-worker'
  | 'provider-staff'
  | 'nav-staff'
  | 'analyst'
  | 'privacy-officer'
  | 'partner-system';

/** One demo user: the id to ask `POST /token` for, and the claims its token carries. All of them are invented. */
export interface DemoUser {
  id: string;
  /** Who this is, for the README and `GET /users`. */
  description: string;
  roles: Role[];
  participantIds?: string[];
  /** Intake's provider id, for provider staff. */
  providerId?: string;
  /** Partner systems (client-credentials-like): the scopes granted and the organisation number. */
  scope?: string;
  orgno?: string;
  /**
   * For a citizen signed in as with ID-porten: the national identity number (`pid`, always synthetic here, month +
   * 80), the assurance level (`acr`) and the methods (`amr`). Staff and partner systems have none.
   */
  pid?: string;
  acr?: string;
  amr?: string[];
}

/** ID-porten's claims for a citizen at the highest level of assurance (as with BankID). */
const citizen = (pid: string) => ({ pid, acr: 'idporten-loa-high', amr: ['BankID'] });

const participant = (key: string) => {
  const person = demoParticipants.find((p) => p.key === key);
  if (!person) throw new Error(`No demo participant ${key}`);
  return person;
};

const applicant = participant('p07');
const ward = participant('p01');

/**
 * A synthetic organisation number: Norwegian ones begin with 8 or 9, so this one can never be a real organisation's.
 */
export const DEMO_PARTNER_ORGNO = '100000001';

/**
 * NAV's organisation number in development (synthetic, as DEMO_PARTNER_ORGNO): the `nav-import` system's `orgno`,
 * and the NAV_INGEST_ORGNO that `npm start` and docker-compose.yml give the NAV adapter, which then takes an import
 * only from a partner system of this organisation.
 */
export const DEMO_NAV_ORGNO = '100000002';

export const demoUsers: DemoUser[] = [
  {
    id: 'applicant',
    description: `Søker / applicant: ${applicant.givenName} ${applicant.familyName} (demo participant p07)`,
    roles: ['applicant'],
    participantIds: [demoParticipantId('p07')],
    ...citizen(applicant.identityNumber),
  },
  {
    id: 'guardian',
    description: `Foresatt / guardian: ${ward.guardian?.name ?? 'guardian'} of ${ward.givenName} ${ward.familyName} (p01)`,
    roles: ['guardian'],
    participantIds: [demoParticipantId(demoGuardianSignIn.participantKey)],
    ...citizen(demoGuardianSignIn.identityNumber),
  },
  // Citizens who have never been in touch with the municipality: a `pid` and a role, and no participant yet.
  {
    id: 'citizen-new-applicant',
    description: 'Ny søker / new applicant: Tiril Nyland, born 2008-09-05, not yet a participant',
    roles: ['applicant'],
    ...citizen(syntheticIdentityNumber('2008-09-05', 300)),
  },
  {
    id: 'citizen-new-applicant-2',
    description: 'Ny søker / new applicant: Eirik Bråten, born 2007-01-23, not yet a participant',
    roles: ['applicant'],
    ...citizen(syntheticIdentityNumber('2007-01-23', 300)),
  },
  {
    id: 'citizen-new-guardian',
    description: 'Ny foresatt / new guardian: Hanne Nyland, born 1980-02-17, applying on behalf of a young person',
    roles: ['guardian'],
    ...citizen(syntheticIdentityNumber('1980-02-17', 300)),
  },
  {
    id: 'case-worker',
    description: 'Saksbehandler / case worker at the allocation office (Tildelingskontoret)',
    roles: ['case-worker'],
  },
  {
    id: 'provider-staff-day-services',
    description: 'Ansatt / staff at Bærum kommunale dagtilbud (BKD)',
    roles: ['provider-staff'],
    providerId: 'baerum-kommunale-dagtilbud',
  },
  {
    id: 'provider-staff-work-centre',
    description: 'Ansatt / staff at Bærum arbeidssenter (BA)',
    roles: ['provider-staff'],
    providerId: 'baerum-arbeidssenter',
  },
  {
    id: 'provider-staff-arba',
    description: 'Ansatt / staff at Arba Inkludering',
    roles: ['provider-staff'],
    providerId: 'arba',
  },
  { id: 'nav-staff', description: 'Veileder / adviser at NAV Bærum', roles: ['nav-staff'] },
  { id: 'analyst', description: 'Analytiker / analyst: capacity and statistics, no personal data', roles: ['analyst'] },
  { id: 'privacy-officer', description: 'Personvernombud / privacy officer', roles: ['privacy-officer'] },
  {
    id: 'partner-system',
    description: `Partnersystem / a partner's system (client credentials), organisation number ${DEMO_PARTNER_ORGNO}`,
    roles: ['partner-system'],
    scope: 'offers:read capacity:read',
    orgno: DEMO_PARTNER_ORGNO,
  },
  {
    id: 'nav-import',
    description: `NAVs system / NAV's system importing the participant topic (client credentials, scope nav:ingest), organisation number ${DEMO_NAV_ORGNO}`,
    roles: ['partner-system'],
    scope: 'nav:ingest',
    orgno: DEMO_NAV_ORGNO,
  },
];
