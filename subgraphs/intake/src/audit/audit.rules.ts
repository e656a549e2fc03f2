import {
  AUDIT_CATEGORIES,
  hasRole,
  isAuditSubject,
  isWellFormedRequestId,
  Role,
  type AuditRecord,
  type Caller,
  type FieldProblem,
} from '@veiinn/kit';

/**
 * Most entries one `POST /audit` may carry: one client request's reads, with room to spare (1000 participants, the
 * most one lookup returns, each read in every category at every provider is about 8000).
 */
export const MAX_AUDIT_ENTRIES = 20_000;

/**
 * Who may read a participant's audit log (docs/security.md): the participant or a guardian of theirs, and the
 * privacy officer; nobody else, not even the case worker. Everyone when service trust is off (`caller === null`).
 */
export function mayReadAuditLog(caller: Caller | null, participantId: string): boolean {
  if (caller === null || hasRole(caller, Role.PRIVACY_OFFICER)) return true;
  return hasRole(caller, Role.APPLICANT, Role.GUARDIAN) && (caller.participantIds ?? []).includes(participantId);
}

const text = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** Checks the body of `POST /audit`; returns the entries, or the problems (and nothing is written). */
export function parseAuditEntries(body: unknown): { entries: AuditRecord[] } | { problems: FieldProblem[] } {
  const entries = (body as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_AUDIT_ENTRIES) {
    return {
      problems: [
        {
          field: 'entries',
          nb: `må være en liste med 1 til ${MAX_AUDIT_ENTRIES} oppføringer.`,
          en: `must be a list of 1 to ${MAX_AUDIT_ENTRIES} entries.`,
        },
      ],
    };
  }
  const problems: FieldProblem[] = [];
  entries.forEach((raw: Record<string, unknown> | null, i) => {
    // Only the gateway posts here; the Norwegian text is short, the English one says what the gateway must send.
    const at = (field: string, en: string) => problems.push({ field: `entries.${i}.${field}`, nb: 'er ugyldig.', en });
    const e = raw ?? {};
    if (!text(e.sub, 200)) at('sub', 'must be a text of 1 to 200 characters.');
    const roles = e.roles;
    if (!Array.isArray(roles) || roles.length > 20 || !roles.every((r) => text(r, 64) && !/\s/.test(r))) {
      at('roles', 'must be a list of at most 20 role names without spaces.');
    }
    if (typeof e.participantId !== 'string' || !isAuditSubject(e.participantId)) {
      at('participantId', 'must be a UUID, or nav-record: and a UUID.');
    }
    if (!AUDIT_CATEGORIES.includes(e.category as never)) {
      at('category', `must be one of ${AUDIT_CATEGORIES.join(', ')}.`);
    }
    if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at))) at('at', 'must be an ISO 8601 date and time.');
    if (e.operationName !== null && !text(e.operationName, 200)) {
      at('operationName', 'must be null or a text of 1 to 200 characters.');
    }
    // The gateway sends only ids it checked or made (packages/kit/src/request-id.ts); nothing else belongs here.
    if (!isWellFormedRequestId(e.requestId)) {
      at('requestId', 'must be 1 to 64 letters, digits, ".", "_", ":" or "-".');
    }
    if (!text(e.subgraph, 64)) at('subgraph', 'must be a text of 1 to 64 characters.');
  });
  return problems.length ? { problems } : { entries: entries as AuditRecord[] };
}
