// The one sanctioned way entries leave the audit log (docs/privacy.md, "Retention"): entries older than the period
// the log is kept (five years by default) are written to a file for the archive, and then deleted together with a
// row in `audit_archive` that names the file and its SHA-256, in one transaction. The database refuses any other
// delete (see the AuditArchive migrations): the triggers let a row go only while a run in state DELETING covers it.
import type { EntityManager } from '@mikro-orm/core';
import { cutoffOf } from '@veiinn/kit';
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { AuditArchive, ArchiveState } from './audit-archive.entity';
import { AuditEntry } from './audit-entry.entity';

/** How long the log is kept before it may be archived: five years, the municipality's proposal. */
export const AUDIT_KEEP_DAYS = 1826;

export interface AuditArchiveReport {
  before: string;
  entries: number;
  applied: boolean;
  file?: string;
  sha256?: string;
}

/** Entries written to the file per read: the log may hold millions; the file is written as it is read. */
const PAGE = 5_000;

/**
 * Counts (a dry run) or archives and deletes the entries read before `before` (YYYY-MM-DD, start of that day in
 * UTC). Refused when `before` is later than `today` less the keeping period; the file must not exist yet.
 */
export async function archiveAuditLog(
  em: EntityManager,
  options: { before: string; today: string; file?: string; by: string; apply: boolean; keepDays?: number },
): Promise<AuditArchiveReport> {
  const before = new Date(`${options.before}T00:00:00Z`);
  const latest = cutoffOf(options.today, options.keepDays ?? AUDIT_KEEP_DAYS);
  if (Number.isNaN(before.getTime()) || before > latest) {
    throw new Error(
      `The log is kept ${options.keepDays ?? AUDIT_KEEP_DAYS} days: --before must be ${latest.toISOString().slice(0, 10)} or earlier.`,
    );
  }
  const entries = await em.fork().count(AuditEntry, { readAt: { $lt: before } });
  if (!options.apply) return { before: options.before, entries, applied: false };
  if (!options.file) throw new Error('--out names the file the archived entries are written to.');
  const sha256 = await writeArchiveFile(em.fork(), before, options.file);
  await em.fork().transactional(async (tx) => {
    const run = tx.create(AuditArchive, {
      before,
      entries,
      sha256: sha256.digest,
      file: options.file!,
      state: ArchiveState.DELETING,
      archivedBy: options.by,
      archivedAt: new Date(),
    });
    await tx.flush();
    const deleted = await tx.nativeDelete(AuditEntry, { readAt: { $lt: before } });
    if (deleted !== entries || sha256.lines !== entries) {
      throw new Error(`Counted ${entries} entries, wrote ${sha256.lines} and deleted ${deleted}: nothing was deleted.`);
    }
    run.state = ArchiveState.DONE;
  });
  return { before: options.before, entries, applied: true, file: options.file, sha256: sha256.digest };
}

/** Writes the entries read before `before` as JSON lines, oldest first, flushed to disk; returns the hash. */
async function writeArchiveFile(em: EntityManager, before: Date, file: string) {
  const hash = createHash('sha256');
  const fd = openSync(file, 'wx');
  let lines = 0;
  try {
    let after: { readAt: Date; id: string } | undefined;
    for (;;) {
      const page: AuditEntry[] = await em.find(
        AuditEntry,
        after
          ? {
              readAt: { $lt: before },
              $or: [{ readAt: { $gt: after.readAt } }, { readAt: after.readAt, id: { $gt: after.id } }],
            }
          : { readAt: { $lt: before } },
        { orderBy: { readAt: 'asc', id: 'asc' }, limit: PAGE },
      );
      for (const entry of page) {
        const line = `${JSON.stringify(entry)}\n`;
        hash.update(line);
        writeSync(fd, line);
        lines++;
      }
      em.clear();
      if (page.length < PAGE) break;
      after = page[page.length - 1];
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { digest: hash.digest('hex'), lines };
}
