import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from a namespace and a key, the same in every process. Seeds use it so the
 * hub and each provider agree on the ids of demo records without sharing a database.
 */
export function stableId(namespace: string, key: string): string {
  const hash = createHash('sha1').update(`veiinn:${namespace}:${key}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` is shaped like a UUID. Checked before an id reaches a uuid column: the gateway sends a subgraph
 * every id of a shared type, other providers' among them (some are slugs), and PostgreSQL rejects comparing a
 * uuid column with text that is not one.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An id as a uuid column stores it (lower case, as PostgreSQL prints it), or null when it cannot be a UUID. */
export function asUuid(id: string): string | null {
  return isUuid(id) ? id.toLowerCase() : null;
}
