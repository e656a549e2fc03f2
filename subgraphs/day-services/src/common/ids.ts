const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a key of this subgraph's tables, which are all UUIDs. */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * An id given by a caller as this subgraph stores it (UUIDs in lower case, as PostgreSQL prints them), or null
 * when it cannot be one of ours.
 */
export const asUuid = (id: string): string | null => (isUuid(id) ? id.toLowerCase() : null);
