const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * NAV's ids are UUIDs and so are the columns that hold them. Ids from elsewhere (another subgraph's, a typo) are
 * checked first: PostgreSQL refuses to compare a uuid column with text that is not one.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
