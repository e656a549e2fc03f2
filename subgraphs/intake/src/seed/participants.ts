import { GuardianRelation } from '../participant/participant.entity';

/**
 * Synthetic participants: invented names, and identity numbers made by `syntheticIdentityNumber`
 * (month + 80), which can never be a real person's. Contact details use reserved example domains and
 * the 000 test prefix.
 */
export const seedParticipants: {
  givenName: string;
  familyName: string;
  birthDate: string;
  phone?: string;
  guardian?: { name: string; relation: GuardianRelation; phone: string };
}[] = [
  {
    givenName: 'Sindre',
    familyName: 'Fjellvang',
    birthDate: '2008-03-14',
    guardian: { name: 'Kari Fjellvang', relation: GuardianRelation.PARENT, phone: '00012301' },
  },
  {
    givenName: 'Mira',
    familyName: 'Holtebakk',
    birthDate: '2007-11-02',
    guardian: { name: 'Per Holtebakk', relation: GuardianRelation.PARENT, phone: '00012302' },
  },
  { givenName: 'Jonas', familyName: 'Lindemo', birthDate: '2008-06-21', phone: '00012303' },
  {
    givenName: 'Ingrid',
    familyName: 'Solbekk',
    birthDate: '1996-01-30',
    phone: '00012304',
    guardian: { name: 'Anne Verge', relation: GuardianRelation.APPOINTED_GUARDIAN, phone: '00012305' },
  },
  { givenName: 'Tobias', familyName: 'Ørnvik', birthDate: '1989-09-09', phone: '00012306' },
  {
    givenName: 'Amalie',
    familyName: 'Bråthen-Lie',
    birthDate: '2001-04-17',
    guardian: { name: 'Siri Bråthen', relation: GuardianRelation.OTHER_RELATIVE, phone: '00012307' },
  },
  { givenName: 'Emil', familyName: 'Kvernstad', birthDate: '1993-12-12', phone: '00012308' },
  {
    givenName: 'Nora',
    familyName: 'Åsheim',
    birthDate: '2008-08-08',
    guardian: { name: 'Lars Åsheim', relation: GuardianRelation.PARENT, phone: '00012309' },
  },
  { givenName: 'Henrik', familyName: 'Tollefsrud', birthDate: '1985-05-25', phone: '00012310' },
  { givenName: 'Sofie', familyName: 'Myrvold', birthDate: '1999-02-28', phone: '00012311' },
  {
    givenName: 'Aksel',
    familyName: 'Grønnåsen',
    birthDate: '2007-07-07',
    guardian: { name: 'Hanne Grønnåsen', relation: GuardianRelation.PARENT, phone: '00012312' },
  },
  { givenName: 'Ylva', familyName: 'Stensrud', birthDate: '1991-10-19', phone: '00012313' },
];
