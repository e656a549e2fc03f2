const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `id` is shaped like a UUID. Checked before an id reaches a uuid column: PostgreSQL rejects a malformed
 * uuid with an error, and ids of other providers (slugs among them) arrive through the gateway.
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
