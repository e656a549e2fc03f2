import { GuardianRelation } from '../src/people/participant/participant.entity';
import { validateParticipant, type ParticipantFields } from '../src/people/participant/participant.rules';

const valid: ParticipantFields = {
  givenName: 'Sindre',
  familyName: 'Fjellvang',
  email: 'sindre@example.org',
  phone: '000 12 301',
  guardians: [{ name: 'Kari Fjellvang', relation: GuardianRelation.PARENT, phone: '+4700012302' }],
};

describe('participant rules', () => {
  it('accepts a complete participant', () => {
    expect(validateParticipant(valid)).toEqual([]);
  });

  it('reports each bad field with its path', () => {
    const problems = validateParticipant({
      ...valid,
      givenName: '',
      email: 'not-an-address',
      phone: '12',
      guardians: [
        { name: 'Kari', relation: GuardianRelation.PARENT },
        { name: '', relation: GuardianRelation.OTHER, email: 'x@' },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'givenName',
      'email',
      'phone',
      'guardians.0',
      'guardians.1.name',
      'guardians.1.email',
    ]);
  });

  it('allows at most four guardians', () => {
    const guardian = valid.guardians[0];
    expect(validateParticipant({ ...valid, guardians: Array(5).fill(guardian) }).map((p) => p.field)).toEqual([
      'guardians',
    ]);
  });
});
