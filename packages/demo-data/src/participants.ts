import { stableId, syntheticIdentityNumber } from '@veiinn/contracts';

/**
 * Synthetic participants: invented names, and identity numbers made by `syntheticIdentityNumber`
 * (month + 80), which can never be a real person's. Contact details use reserved example domains and
 * the 000 test prefix.
 */
export interface DemoParticipant {
  /** p01, p02, ...: the key seeds use; the id is `demoParticipantId(key)` everywhere. */
  key: string;
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  /** Synthetic (month + 80): never a real person's number. */
  identityNumber: string;
  phone?: string;
  guardian?: { name: string; relation: 'PARENT' | 'APPOINTED_GUARDIAN' | 'OTHER_RELATIVE'; phone: string };
}

type Person = Omit<DemoParticipant, 'key' | 'id' | 'identityNumber'>;

/** Twelve people written out by hand, with guardians where a young applicant would have one. */
const namedPeople: Person[] = [
  {
    givenName: 'Sindre',
    familyName: 'Fjellvang',
    birthDate: '2008-03-14',
    guardian: { name: 'Kari Fjellvang', relation: 'PARENT', phone: '00012301' },
  },
  {
    givenName: 'Mira',
    familyName: 'Holtebakk',
    birthDate: '2007-11-02',
    guardian: { name: 'Per Holtebakk', relation: 'PARENT', phone: '00012302' },
  },
  { givenName: 'Jonas', familyName: 'Lindemo', birthDate: '2008-06-21', phone: '00012303' },
  {
    givenName: 'Ingrid',
    familyName: 'Solbekk',
    birthDate: '1996-01-30',
    phone: '00012304',
    guardian: { name: 'Anne Verge', relation: 'APPOINTED_GUARDIAN', phone: '00012305' },
  },
  { givenName: 'Tobias', familyName: 'Ørnvik', birthDate: '1989-09-09', phone: '00012306' },
  {
    givenName: 'Amalie',
    familyName: 'Bråthen-Lie',
    birthDate: '2001-04-17',
    guardian: { name: 'Siri Bråthen', relation: 'OTHER_RELATIVE', phone: '00012307' },
  },
  { givenName: 'Emil', familyName: 'Kvernstad', birthDate: '1993-12-12', phone: '00012308' },
  {
    givenName: 'Nora',
    familyName: 'Åsheim',
    birthDate: '2008-08-08',
    guardian: { name: 'Lars Åsheim', relation: 'PARENT', phone: '00012309' },
  },
  { givenName: 'Henrik', familyName: 'Tollefsrud', birthDate: '1985-05-25', phone: '00012310' },
  { givenName: 'Sofie', familyName: 'Myrvold', birthDate: '1999-02-28', phone: '00012311' },
  {
    givenName: 'Aksel',
    familyName: 'Grønnåsen',
    birthDate: '2007-07-07',
    guardian: { name: 'Hanne Grønnåsen', relation: 'PARENT', phone: '00012312' },
  },
  { givenName: 'Ylva', familyName: 'Stensrud', birthDate: '1991-10-19', phone: '00012313' },
];

// Invented combinations of common Norwegian names, to give the providers enough people to fill groups.
const GIVEN = [
  'Leah',
  'Filip',
  'Ella',
  'Magnus',
  'Selma',
  'Oskar',
  'Frida',
  'Isak',
  'Hedda',
  'Sander',
  'Tiril',
  'Mats',
];
const FAMILY = ['Bakkerud', 'Eikeland', 'Furuholmen', 'Haugsrud'];

const generatedPeople: Person[] = FAMILY.flatMap((familyName, f) =>
  Array.from({ length: 9 }, (_, g) => {
    const n = f * 9 + g;
    const year = 1975 + ((n * 7) % 30);
    const month = String(1 + (n % 12)).padStart(2, '0');
    const day = String(1 + ((n * 5) % 28)).padStart(2, '0');
    const givenName = GIVEN[(g + f * 3) % GIVEN.length];
    return { givenName, familyName, birthDate: `${year}-${month}-${day}`, phone: `0003${String(n).padStart(4, '0')}` };
  }),
);

/** The demo world's 48 participants: p01-p12 by hand, p13-p48 generated. */
export const demoParticipants: DemoParticipant[] = [...namedPeople, ...generatedPeople].map((person, i) => {
  const key = `p${String(i + 1).padStart(2, '0')}`;
  return {
    key,
    id: demoParticipantId(key),
    ...person,
    identityNumber: syntheticIdentityNumber(person.birthDate, 100 + i * 7),
  };
});

export function demoParticipantId(key: string): string {
  return stableId('participant', key);
}

/**
 * The demo guardian who signs in with ID-porten (the issuer's `guardian`): Kari Fjellvang, parent of Sindre (p01),
 * with her own synthetic identity number. The allocation office has confirmed the guardianship in the demo world,
 * so she sees Sindre's case as he would.
 */
export const demoGuardianSignIn = {
  participantKey: 'p01',
  identityNumber: syntheticIdentityNumber('1978-05-09', 200),
  confirmedAt: '2026-08-15T10:00:00.000Z',
} as const;
