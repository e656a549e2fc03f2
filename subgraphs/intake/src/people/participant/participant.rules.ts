import { textProblems, type FieldProblem } from '@veiinn/kit';
import type { GuardianInput } from './participant.inputs';

export const MAX_GUARDIANS = 4;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Eight digits (Norwegian), or + and 8-15 digits (international); spaces are removed first. */
const PHONE = /^(\d{8}|\+\d{8,15})$/;

export function normalizePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '');
}

function checkName(problems: FieldProblem[], field: string, value: string | null | undefined, max: number) {
  problems.push(...textProblems(field, value, { max }));
}

function checkContact(problems: FieldProblem[], prefix: string, email?: string | null, phone?: string | null) {
  if (email != null && (email.length > 254 || !EMAIL.test(email.trim()))) {
    problems.push({
      field: `${prefix}email`,
      nb: 'er ikke en e-postadresse (som navn@eksempel.no).',
      en: 'is not an e-mail address (like navn@eksempel.no).',
    });
  }
  if (phone != null && !PHONE.test(normalizePhone(phone))) {
    problems.push({
      field: `${prefix}phone`,
      nb: 'må ha 8 sifre, eller starte med + og landskoden.',
      en: 'must be 8 digits, or start with + and the country code.',
    });
  }
}

export interface ParticipantFields {
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  guardians: GuardianInput[];
}

/** All problems with a participant as it would be after a create or update; empty when it may be saved. */
export function validateParticipant(p: ParticipantFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkName(problems, 'givenName', p.givenName, 100);
  checkName(problems, 'familyName', p.familyName, 100);
  checkContact(problems, '', p.email, p.phone);
  if (p.guardians.length > MAX_GUARDIANS) {
    problems.push({
      field: 'guardians',
      nb: `høyst ${MAX_GUARDIANS} verger eller pårørende.`,
      en: `at most ${MAX_GUARDIANS} guardians or next of kin.`,
    });
  }
  p.guardians.forEach((g, i) => {
    checkName(problems, `guardians.${i}.name`, g.name, 200);
    if (g.email == null && g.phone == null) {
      problems.push({
        field: `guardians.${i}`,
        nb: 'skriv minst et telefonnummer eller en e-postadresse.',
        en: 'give at least a phone number or an e-mail address.',
      });
    }
    checkContact(problems, `guardians.${i}.`, g.email, g.phone);
  });
  return problems;
}
