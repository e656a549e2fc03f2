/**
 * The application list as the allocation office works it (issue 17): the filter (status, round, kind and provider of
 * the offers applied for, words of the applicant's name), an order (name in Norwegian order, submitted, deadline,
 * status) and the count of each status over the same filter without its status. A bounded number of statements
 * whatever the page: the choices matching kind or provider (if asked), the matching applications' sort keys, the
 * applicants' name keys (when sorting by name) and the page's rows; sorted in memory, as the catalogue's orders
 * that the database cannot sort by (one municipality's applications).
 */
import { Cursor, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import {
  compareSortKeys,
  type Connection,
  ConnectionArgs,
  DEFAULT_PAGE_SIZE,
  UserInputError,
  validateConnectionArgs,
} from '@veiinn/kit';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { findLean } from '../../common/lean';
import { searchTerms } from '../../common/search';
import { Participant } from '../../people';
import { Application, ApplicationChoice } from './application.entity';
import { ApplicationStatus } from './application.enums';
import type { ApplicationFilter } from './application.inputs';
import { isUuid } from './application.rules';

export enum ApplicationOrderField {
  NAME = 'NAME',
  SUBMITTED_AT = 'SUBMITTED_AT',
  DEADLINE = 'DEADLINE',
  STATUS = 'STATUS',
}
registerEnumType(ApplicationOrderField, {
  name: 'ApplicationOrderField',
  description: 'What the application list is sorted by. Ties are broken by the submission time, then the id.',
  valuesConfig: {
    NAME: { description: 'The applicant’s family name, then given name, in Norwegian order (æ, ø, å after z).' },
    SUBMITTED_AT: { description: 'When the application was submitted; drafts (not submitted) last.' },
    DEADLINE: {
      description: 'The main-intake deadline (1 February of `intakeYear`); continuous intake (no deadline) last.',
    },
    STATUS: {
      description: 'Where the application is in its course: draft, submitted, under assessment, decided, withdrawn.',
    },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending. Rows without a value (no deadline, not submitted) stay last either way.',
  valuesConfig: {
    ASC: { description: 'Ascending: A to Å, oldest or soonest first, the course’s order.' },
    DESC: { description: 'Descending: Å to A, newest or latest first, the course backwards.' },
  },
});

@InputType({ description: 'How to sort the application list.' })
export class ApplicationOrder {
  @Field(() => ApplicationOrderField, { description: 'What to sort by.' })
  field!: ApplicationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending (default) or descending.' })
  direction: OrderDirection = OrderDirection.ASC;
}

@ObjectType({ description: 'How many applications have one status, among those a filter finds.' })
export class ApplicationStatusCount {
  @Field(() => ApplicationStatus, { description: 'The status.' })
  status!: ApplicationStatus;

  @Field(() => Int, { description: 'Applications with this status that meet the filter’s other conditions.' })
  count!: number;
}

/** The statuses in the order of an application's course (the STATUS order and the counts' order). */
export const STATUS_ORDER: ApplicationStatus[] = [
  ApplicationStatus.DRAFT,
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.UNDER_ASSESSMENT,
  ApplicationStatus.DECIDED,
  ApplicationStatus.WITHDRAWN,
];

/** The main-intake deadline of an application: 1 February of its intake year; null for continuous intake. */
export function applicationDeadline(intakeYear: number | null): string | null {
  return intakeYear === null ? null : `${intakeYear}-02-01`;
}

/**
 * The filter as a query (without its status when `omitStatus`), and-ed with the caller's row scope. Kind and
 * provider match any offer applied for (one statement over the choices); the name words must all occur in the
 * applicant's name (as the participant search matches).
 */
export async function applicationListWhere(
  em: EntityManager,
  filter: ApplicationFilter | null | undefined,
  scope: FilterQuery<Application>,
  omitStatus = false,
): Promise<FilterQuery<Application>> {
  const where: FilterQuery<Application> & Record<string, unknown> = {};
  const and: FilterQuery<Application>[] = [scope];
  if (!omitStatus && filter?.status?.length) where.status = { $in: filter.status };
  if (filter?.participantId != null)
    where.participant = isUuid(filter.participantId) ? filter.participantId : { $in: [] };
  if (filter?.round != null) where.round = filter.round;
  if (filter?.kind != null || filter?.providerId != null) {
    const offer: Record<string, unknown> = {};
    if (filter.kind != null) offer.kind = filter.kind;
    if (filter.providerId != null) offer.provider = filter.providerId;
    const choices = await em.find(ApplicationChoice, { offer } as FilterQuery<ApplicationChoice>, {
      fields: ['application'],
    });
    where.id = { $in: [...new Set(choices.map((c) => c.application.id))] };
  }
  for (const term of searchTerms(filter?.search)) and.push({ participant: { searchText: { $like: `%${term}%` } } });
  return { $and: [where, ...and] } as FilterQuery<Application>;
}

/** The count of every status (zeros too, in the course's order) over `where`: one statement. */
export async function statusCounts(
  em: EntityManager,
  where: FilterQuery<Application>,
): Promise<ApplicationStatusCount[]> {
  const rows = await em.find(Application, where, { fields: ['status'] });
  const counts = new Map<ApplicationStatus, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

type Key = (string | number)[];

/** The sort key of one application: [missing value last (never reversed), the value, submitted, id]. */
function keyOf(
  row: Pick<Application, 'id' | 'status' | 'submittedAt' | 'intakeYear'>,
  field: ApplicationOrderField,
  names: Map<string, string>,
  participantId: string,
): Key {
  const submitted = row.submittedAt ? new Date(row.submittedAt).toISOString() : '';
  const tail = [submitted, row.id];
  switch (field) {
    case ApplicationOrderField.NAME:
      return [0, names.get(participantId) ?? '', ...tail];
    case ApplicationOrderField.SUBMITTED_AT:
      return [submitted ? 0 : 1, submitted, row.id];
    case ApplicationOrderField.DEADLINE: {
      const deadline = applicationDeadline(row.intakeYear);
      return [deadline ? 0 : 1, deadline ?? '', ...tail];
    }
    case ApplicationOrderField.STATUS:
      return [0, STATUS_ORDER.indexOf(row.status), ...tail];
  }
}

/** Compares two keys: the first part always ascending (missing values last), the rest in `direction`. */
export function compareKeys(a: Key, b: Key, direction: OrderDirection): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    let c = typeof x === 'number' && typeof y === 'number' ? x - y : compareSortKeys(String(x), String(y));
    if (i > 0 && direction === OrderDirection.DESC) c = -c;
    if (c !== 0) return c;
  }
  return 0;
}

/** A page of the applications `where` finds, in `order`, with cursors of the sort keys (as `paginateOffersBy`). */
export async function paginateApplicationsBy(
  em: EntityManager,
  where: FilterQuery<Application>,
  args: ConnectionArgs,
  order: ApplicationOrder,
): Promise<Connection<Application>> {
  const problems = validateConnectionArgs(args);
  if (problems.length) throw new UserInputError(problems);
  const rows = await em.find(Application, where, {
    fields: ['id', 'status', 'submittedAt', 'intakeYear', 'participant'],
  });
  const names = new Map<string, string>();
  if (order.field === ApplicationOrderField.NAME && rows.length) {
    const people = await em.find(
      Participant,
      { id: { $in: [...new Set(rows.map((r) => r.participant.id))] } },
      { fields: ['id', 'familyNameSort', 'givenNameSort'] },
    );
    for (const p of people) names.set(p.id, `${p.familyNameSort}\u0000${p.givenNameSort}`);
  }
  const direction = order.direction ?? OrderDirection.ASC;
  const compare = (a: Key, b: Key) => compareKeys(a, b, direction);
  const keyed = rows
    .map((row) => ({ id: row.id, key: keyOf(row, order.field, names, row.participant.id) }))
    .sort((a, b) => compare(a.key, b.key));
  const decode = (cursor: string, field: 'after' | 'before') => {
    let value: unknown;
    try {
      value = Cursor.decode(cursor);
    } catch {
      value = null;
    }
    if (!Array.isArray(value) || (keyed[0] && value.length !== keyed[0].key.length))
      throw new UserInputError([
        {
          field,
          nb: 'er en peker fra en annen sortering. Start fra første side når du endrer sorteringen.',
          en: 'is a cursor from another order; start from the first page when you change the order.',
        },
      ]);
    return value as Key;
  };
  let from = 0;
  let to = keyed.length;
  if (args.after != null) {
    const after = decode(args.after, 'after');
    from = keyed.findIndex((k) => compare(k.key, after) > 0);
    if (from < 0) from = keyed.length;
  }
  if (args.before != null) {
    const before = decode(args.before, 'before');
    const index = keyed.findIndex((k) => compare(k.key, before) >= 0);
    to = index < 0 ? keyed.length : index;
  }
  const backward = args.last != null || args.before != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const slice = backward ? keyed.slice(Math.max(from, to - size), to) : keyed.slice(from, Math.min(to, from + size));
  const start = slice.length ? keyed.indexOf(slice[0]!) : from;
  const loaded = slice.length ? await findLean(em, Application, { id: { $in: slice.map((k) => k.id) } }) : [];
  const byId = new Map(loaded.map((a) => [a.id, a]));
  const edges = slice.map((k) => ({ cursor: Cursor.encode(k.key), node: byId.get(k.id)! }));
  const nodes = edges.map((e) => e.node);
  return {
    edges,
    nodes,
    totalCount: keyed.length,
    pageInfo: {
      hasNextPage: start + slice.length < keyed.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
