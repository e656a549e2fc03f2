import type { MikroORM } from '@mikro-orm/core';
import { isAudited, type AuditRecord, type Caller } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';

/** The hub's subgraph name, as the audit log names the subgraph that served a read. */
const HUB_SUBGRAPH = 'intake';

const COLUMNS = [
  'id',
  'participant_id',
  'reader_sub',
  'roles',
  'category',
  'read_at',
  'operation_name',
  'request_id',
  'subgraph',
] as const;

/**
 * Appends entries to `audit_entry` in one INSERT, whatever their number: the rows travel as one JSON parameter, so
 * a read of a thousand participants costs the hub one statement (and no limit on bound parameters applies). One
 * statement is one transaction: all entries are written, or none. The only write path of the table; nothing
 * updates or deletes it (and triggers refuse it).
 */
export async function appendAuditEntries(orm: MikroORM, records: AuditRecord[]): Promise<void> {
  const postgres = orm.config.getDriver().constructor.name === 'PostgreSqlDriver';
  const rows = records.map((r) => ({
    id: randomUUID(),
    participant_id: r.participantId.toLowerCase(),
    reader_sub: r.sub,
    roles: r.roles.join(' '),
    category: r.category,
    // MikroORM keeps dates in SQLite as milliseconds since the epoch; PostgreSQL casts ISO text to timestamptz.
    read_at: postgres ? new Date(r.at).toISOString() : new Date(r.at).getTime(),
    operation_name: r.operationName,
    request_id: r.requestId,
    subgraph: r.subgraph,
  }));
  const connection = orm.em.getConnection();
  if (postgres) {
    const types = ['uuid', 'text', 'text', 'text', 'text', 'timestamptz', 'text', 'text', 'text'];
    await connection.execute(
      `insert into "audit_entry" (${COLUMNS.map((c) => `"${c}"`).join(', ')}, "recorded_at")
       select ${COLUMNS.map((c) => `e."${c}"`).join(', ')}, now()
       from json_to_recordset(?::json) as e(${COLUMNS.map((c, i) => `"${c}" ${types[i]}`).join(', ')})`,
      [JSON.stringify(rows)],
    );
  } else {
    await connection.execute(
      `insert into \`audit_entry\` (${COLUMNS.map((c) => `\`${c}\``).join(', ')}, \`recorded_at\`)
       select ${COLUMNS.map((c) => `json_extract(value, '$.${c}')`).join(', ')}, ?
       from json_each(?)`,
      [Date.now(), JSON.stringify(rows)],
    );
  }
}

/**
 * Records one read the hub served itself (a plain HTTP route beside /graphql, such as a decision letter), through
 * the same single write path as the gateway's entries. Nothing is recorded for a caller the audit skips (service
 * trust off, or one of our own services): see the kit's `isAudited`. Throws if the write fails, so the caller of
 * this function can withhold the data (fail closed).
 */
export async function recordHubRead(
  orm: MikroORM,
  read: Omit<AuditRecord, 'sub' | 'roles' | 'at' | 'subgraph'> & { caller: Caller | null },
): Promise<boolean> {
  const { caller, ...rest } = read;
  if (!isAudited(caller)) return false;
  await appendAuditEntries(orm, [
    { ...rest, sub: caller.sub, roles: [...caller.roles], at: new Date().toISOString(), subgraph: HUB_SUBGRAPH },
  ]);
  return true;
}
