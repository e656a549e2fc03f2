import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Where an archive run stands: DELETING only inside its own transaction, DONE once committed. */
export const ArchiveState = { DELETING: 'DELETING', DONE: 'DONE' } as const;

/**
 * One sanctioned removal of old entries from the audit log (docs/privacy.md, "Retention"): the entries read before
 * `before` were written to `file` (JSON lines, `sha256` of its bytes) and then deleted, in one transaction with this
 * row. The log's triggers refuse every other delete: they let a row go only while a run in state DELETING covers it,
 * and such a row is visible only to the run's own transaction. Kept for good: the log says what left it, and when.
 */
@Entity({ tableName: 'audit_archive' })
export class AuditArchive {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Entries read before this instant went. */
  @Property({ type: 'Date' })
  before!: Date;

  @Property({ type: 'integer' })
  entries!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 500 })
  file!: string;

  @Property({ type: 'string', length: 16 })
  state!: string;

  @Property({ type: 'Date' })
  archivedAt: Date = new Date();

  /** Who ran it (the operator's name, from the command line). */
  @Property({ type: 'string', length: 200 })
  archivedBy!: string;
}
