import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    const messages = {
      nb: `Datoen må være en dag i kalenderen skrevet ÅÅÅÅ-MM-DD, ikke ${JSON.stringify(value)}.`,
      en: `Date must be a calendar date written as YYYY-MM-DD, got ${JSON.stringify(value)}.`,
    };
    throw new GraphQLError(`${messages.nb} / ${messages.en}`, { extensions: { code: 'BAD_USER_INPUT', messages } });
  }
  return value;
}

/**
 * A calendar date without time or zone, as `YYYY-MM-DD`. Kept as a string end to end: start dates, deadlines
 * and birth dates are days in Norway, and a JavaScript Date would shift them across midnight in UTC.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time of day, written as YYYY-MM-DD (ISO 8601), e.g. "2027-02-01".',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Datoen må skrives ÅÅÅÅ-MM-DD. / Date must be a string written as YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});

function serializeDateTime(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}.`);
}

/** A point in time, serialized as an ISO 8601 string in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time as an ISO 8601 string in UTC, e.g. "2027-01-15T09:30:00.000Z".',
  serialize: serializeDateTime,
  parseValue: (value) => new Date(serializeDateTime(value)),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Tidspunktet må skrives etter ISO 8601. / DateTime must be an ISO 8601 string.');
    return new Date(serializeDateTime(ast.value));
  },
});
