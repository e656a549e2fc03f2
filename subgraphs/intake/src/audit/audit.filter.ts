import type { FilterQuery } from '@mikro-orm/core';
import { AuditCategory, DateScalar, Role, type FieldProblem } from '@veiinn/kit';
import { Field, InputType } from 'type-graphql';
import type { AuditEntry } from './audit-entry.entity';

@InputType('AuditLogFilter', {
  description: 'Which entries of the log to list; every field left out matches every entry, and they all must hold.',
})
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Only reads by this reader (`readerSub`, exactly).' })
  readerSub?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only reads by a reader who had this role at the time, e.g. "case-worker" or "nav-staff".',
  })
  role?: string | null;

  @Field(() => AuditCategory, { nullable: true, description: 'Only reads of this kind of data.' })
  category?: AuditCategory | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only reads on or after this day (Norwegian time).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only reads on or before this day (Norwegian time).' })
  to?: string | null;
}

const ROLES: readonly string[] = Object.values(Role);

const osloWall = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
/** Oslo's offset from UTC at the instant `t`, in milliseconds. */
function osloOffset(t: number): number {
  const parts = Object.fromEntries(osloWall.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(t / 1000) * 1000;
}

/** The instant a day (YYYY-MM-DD) begins in Norway; midnight is never in a daylight-saving gap there. */
export function osloStartOfDay(day: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`);
  const guess = wall - osloOffset(wall);
  return new Date(wall - osloOffset(guess));
}

/** The day after `day` (YYYY-MM-DD). */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** What is wrong with a filter, per field, so a bad filter reads nothing. */
export function auditFilterProblems(filter: AuditLogFilter | null | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!filter) return problems;
  if (filter.role != null && !ROLES.includes(filter.role)) {
    problems.push({
      field: 'filter.role',
      nb: `må være en av rollene ${ROLES.join(', ')}.`,
      en: `must be one of the roles ${ROLES.join(', ')}.`,
    });
  }
  if (filter.readerSub != null && (filter.readerSub.trim() === '' || filter.readerSub.length > 200)) {
    problems.push({ field: 'filter.readerSub', nb: 'må ha 1 til 200 tegn.', en: 'must have 1 to 200 characters.' });
  }
  if (filter.from && filter.to && filter.to < filter.from) {
    problems.push({ field: 'filter.to', nb: 'kan ikke være før fra-datoen.', en: 'cannot be before the from date.' });
  }
  return problems;
}

/**
 * The filter as a condition on `audit_entry`, beside the participant. One query whatever the filter: the roles are
 * stored space-separated, so a role matches the whole column or one word of it (the role is one of the known roles,
 * checked above, so it holds no LIKE wildcard).
 */
export function auditFilterWhere(
  participantId: string,
  filter: AuditLogFilter | null | undefined,
): FilterQuery<AuditEntry> {
  const where: Record<string, unknown> = { participantId: participantId.toLowerCase() };
  if (!filter) return where;
  if (filter.readerSub != null) where.readerSub = filter.readerSub;
  if (filter.category != null) where.category = filter.category;
  if (filter.role != null) {
    const role = filter.role;
    where.$or = [
      { roles: role },
      { roles: { $like: `${role} %` } },
      { roles: { $like: `% ${role}` } },
      { roles: { $like: `% ${role} %` } },
    ];
  }
  if (filter.from || filter.to) {
    where.readAt = {
      ...(filter.from && { $gte: osloStartOfDay(filter.from) }),
      ...(filter.to && { $lt: osloStartOfDay(nextDay(filter.to)) }),
    };
  }
  return where;
}
