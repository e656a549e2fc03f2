const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `id` is a UUID. Offers, placements and participants are identified by UUIDs; other subgraphs' ids reach
 * this one through the gateway, and PostgreSQL refuses to compare a uuid column with anything else, so a malformed
 * id is answered ("not ours") without asking the database.
 */
export const isUuid = (id: string) => UUID.test(id);
