/**
 * The audit log's one sanctioned removal (docs/privacy.md, "Retention"): entries older than five years are written
 * to a file, and deleted with a row naming the file and its hash, in one transaction. Any other delete or change is
 * refused by the database itself, before and after a run; the archive's own rows can only be marked done.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AuditArchive } from '../src/audit/audit-archive.entity';
import { archiveAuditLog } from '../src/audit/audit-archive';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { appendAuditEntries } from '../src/audit/audit.store';
import { startTestIntake, type TestIntake } from './support';

const TODAY = '2026-12-06';

describe('archiving the audit log', () => {
  let intake: TestIntake;
  let folder: string;
  const participantId = randomUUID();
  const read = (at: string) => ({
    sub: 'case-worker',
    roles: ['case-worker'],
    participantId,
    category: 'PATH' as const,
    at,
    operationName: 'ParticipantPath',
    requestId: randomUUID(),
    subgraph: 'intake',
  });

  beforeAll(async () => {
    intake = await startTestIntake({ today: TODAY });
    folder = mkdtempSync(join(tmpdir(), 'veiinn-audit-archive-'));
    await appendAuditEntries(intake.orm, [
      read('2020-03-01T09:00:00.000Z'),
      read('2021-06-30T23:59:59.000Z'),
      read('2021-12-02T08:00:00.000Z'),
      read('2026-11-30T12:00:00.000Z'),
    ]);
  });
  afterAll(async () => {
    await intake?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const entries = async () =>
    (await intake.orm.em.fork().find(AuditEntry, { participantId }, { orderBy: { readAt: 'asc' } })).map((e) =>
      e.readAt.toISOString(),
    );
  const sql = (statement: string) => intake.orm.em.getConnection().execute(statement);

  it('refuses any delete or change of an entry outside an archive run', async () => {
    await expect(sql(`delete from audit_entry where participant_id = '${participantId}'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      sql(`update audit_entry set reader_sub = 'someone' where participant_id = '${participantId}'`),
    ).rejects.toThrow(/append-only/);
    expect(await entries()).toHaveLength(4);
  });

  it('refuses to archive entries younger than five years', async () => {
    await expect(
      archiveAuditLog(intake.orm.em, { before: '2022-06-01', today: TODAY, by: 'Test', apply: false }),
    ).rejects.toThrow(/kept 1826 days: --before must be 2021-12-06 or earlier/);
  });

  it('counts in a dry run and changes nothing', async () => {
    const report = await archiveAuditLog(intake.orm.em, {
      before: '2021-12-01',
      today: TODAY,
      by: 'Test',
      apply: false,
    });
    expect(report).toEqual({ before: '2021-12-01', entries: 2, applied: false });
    expect(await entries()).toHaveLength(4);
  });

  it('writes the old entries to the file and deletes them, with a run naming the file and its hash', async () => {
    const file = join(folder, 'audit-before-2021-12-01.jsonl');
    const report = await archiveAuditLog(intake.orm.em, {
      before: '2021-12-01',
      today: TODAY,
      file,
      by: 'Personvernombudet',
      apply: true,
    });
    const bytes = readFileSync(file);
    const lines = bytes
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { readAt: string; participantId: string });
    expect(lines.map((line) => [line.participantId, line.readAt])).toEqual([
      [participantId, '2020-03-01T09:00:00.000Z'],
      [participantId, '2021-06-30T23:59:59.000Z'],
    ]);
    expect(report).toMatchObject({
      entries: 2,
      applied: true,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(await entries()).toEqual(['2021-12-02T08:00:00.000Z', '2026-11-30T12:00:00.000Z']);
    const runs = await intake.orm.em.fork().find(AuditArchive, {});
    expect(runs).toEqual([
      expect.objectContaining({
        entries: 2,
        sha256: report.sha256,
        file,
        state: 'DONE',
        archivedBy: 'Personvernombudet',
      }),
    ]);
    // The file is not written over by a second run.
    await expect(
      archiveAuditLog(intake.orm.em, { before: '2021-12-01', today: TODAY, file, by: 'Test', apply: true }),
    ).rejects.toThrow(/EEXIST/);
  });

  it('still refuses other deletes afterwards, and keeps the runs for good', async () => {
    await expect(sql(`delete from audit_entry where participant_id = '${participantId}'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`delete from audit_archive`)).rejects.toThrow(/append-only/);
    await expect(sql(`update audit_archive set entries = 0`)).rejects.toThrow(/append-only/);
    expect(await entries()).toHaveLength(2);
  });
});
