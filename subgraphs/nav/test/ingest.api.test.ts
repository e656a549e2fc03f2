import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { parseIngestArgs } from '../src/ingest/cli';
import { postIngestFile } from '../src/ingest/ingest.client';
import { arbaAft, changed, topicLine, tombstone } from './fixtures';
import { startTestNav, type TestNav } from './support';

describe('POST /ingest/deltakere', () => {
  let nav: TestNav;
  beforeAll(async () => {
    nav = await startTestNav();
  });
  afterAll(() => nav.stop());

  const stored = (id: string) => nav.orm.em.fork().findOne(NavParticipantRecord, { id });

  it('accepts new records, and the same records again are unchanged', async () => {
    const participating = topicLine({
      gjennomforingId: arbaAft.id,
      startDato: '2026-09-07',
      deltakelsesmengder: [{ deltakelsesprosent: 80, dagerPerUke: 4, gyldigFra: '2026-09-07' }],
    });
    const lines = [topicLine(), changed(participating, 'DELTAR', '2026-09-07T08:00:00')];
    const first = await nav.ingest(lines);
    expect(first).toEqual({
      status: 200,
      body: { accepted: 2, unchanged: 0, stale: 0, deleted: 0, rejected: [] },
    });
    const again = await nav.ingest(lines);
    expect(again.body).toEqual({ accepted: 0, unchanged: 2, stale: 0, deleted: 0, rejected: [] });
    // Unchanged means untouched: the version did not move. (On SQLite, MikroORM takes a datetime loaded from the
    // database for a change; without care the closing flush of the import wrote the record back as version 2.)
    expect((await stored(lines[1].key))?.version).toBe(1);
  });

  it('applies the newest change and ignores an older one delivered after it (out of order)', async () => {
    const waiting = topicLine({ at: '2026-09-01T10:00:00' });
    const started = changed(waiting, 'DELTAR', '2026-10-05T09:00:00', { startDato: '2026-10-05' });
    expect((await nav.ingest([started])).body.accepted).toBe(1);
    // The older record arrives late: it must not put the person back on the waiting list.
    expect((await nav.ingest([waiting])).body).toMatchObject({ accepted: 0, stale: 1 });
    const record = await stored(waiting.key);
    expect(record).toMatchObject({ status: 'DELTAR', startDate: '2026-10-05', version: 1 });
    // A newer change wins again.
    const left = changed(started, 'HAR_SLUTTET', '2026-12-01T09:00:00', {
      aarsak: 'FATT_JOBB',
      sluttDato: '2026-11-30',
    });
    expect((await nav.ingest([left])).body.accepted).toBe(1);
    expect(await stored(waiting.key)).toMatchObject({ status: 'HAR_SLUTTET', statusReason: 'FATT_JOBB', version: 2 });
  });

  it('marks a record deleted on a tombstone; an older value after it is stale, a newer one brings it back', async () => {
    const line = topicLine({ at: '2020-01-10T10:00:00' });
    await nav.ingest([line]);
    expect((await nav.ingest([tombstone(line.key)])).body).toMatchObject({ deleted: 1 });
    const deleted = await stored(line.key);
    expect(deleted?.deletedAt).toBeInstanceOf(Date);
    expect(deleted?.personRef).toBeNull();
    // The same tombstone again, and one for a record never seen, change nothing.
    expect((await nav.ingest([tombstone(line.key), tombstone(randomUUID())])).body).toMatchObject({
      deleted: 0,
      unchanged: 2,
    });
    // Older than the tombstone's arrival (now): stale, even though it is newer than the stored record.
    expect((await nav.ingest([changed(line, 'VENTELISTE', '2020-02-01T10:00:00')])).body).toMatchObject({ stale: 1 });
    expect((await stored(line.key))?.deletedAt).not.toBeNull();
    const revived = changed(line, 'VENTELISTE', '2099-01-01T10:00:00');
    expect((await nav.ingest([revived])).body).toMatchObject({ accepted: 1 });
    expect(await stored(line.key)).toMatchObject({ deletedAt: null, status: 'VENTELISTE' });
  });

  const rejections: [string, () => unknown, string][] = [
    ['malformed JSON', () => '{"key": "1", "value": {', 'MALFORMED_JSON'],
    ['a missing field', () => topicLine({ registrertDato: undefined as never }), 'INVALID_RECORD'],
    ['key different from value.id', () => ({ ...topicLine(), key: randomUUID() }), 'KEY_MISMATCH'],
    ['an unknown gjennomforingId', () => topicLine({ gjennomforingId: randomUUID() }), 'UNKNOWN_MEASURE_INSTANCE'],
    ['an invalid personIdent', () => topicLine({ personIdent: '01010112345' }), 'INVALID_PERSON_IDENT'],
    ['an unknown status', () => changed(topicLine(), 'PAUSET', '2026-09-02T10:00:00'), 'UNKNOWN_STATUS'],
    [
      'an unknown reason',
      () => changed(topicLine(), 'AVBRUTT', '2026-09-02T10:00:00', { aarsak: 'LEI' }),
      'UNKNOWN_REASON',
    ],
    [
      'a reason with a status that has none',
      () => changed(topicLine(), 'VENTELISTE', '2026-09-02T10:00:00', { aarsak: 'SYK' }),
      'REASON_NOT_ALLOWED',
    ],
    [
      'ANNET without text',
      () => changed(topicLine(), 'AVBRUTT', '2026-09-02T10:00:00', { aarsak: 'ANNET' }),
      'REASON_TEXT_REQUIRED',
    ],
    ['slutt before start', () => topicLine({ startDato: '2026-05-01', sluttDato: '2026-04-01' }), 'END_BEFORE_START'],
  ];
  it.each(rejections)('rejects %s with its code, and stores and publishes nothing', async (_name, make, code) => {
    const before = await nav.snapshot();
    const line = make();
    const { status, body } = await nav.ingest(typeof line === 'string' ? line : [line as object]);
    expect(status).toBe(200);
    expect(body).toMatchObject({ accepted: 0, unchanged: 0, stale: 0, deleted: 0 });
    const key = typeof line === 'string' ? null : (line as { key: string }).key;
    expect(body.rejected).toEqual([{ line: 1, key, code, reason: expect.any(String) }]);
    expect(await nav.snapshot()).toBe(before);
  });

  it('rejects a bad change to a stored record and leaves the record as it was', async () => {
    const line = topicLine();
    await nav.ingest([line]);
    const before = await nav.snapshot();
    const bad = changed(line, 'DELTAR', '2026-10-01T10:00:00', { aarsak: 'SYK' });
    expect((await nav.ingest([bad])).body.rejected).toMatchObject([{ key: line.key, code: 'REASON_NOT_ALLOWED' }]);
    expect(await nav.snapshot()).toBe(before);
  });

  it('reports each bad line by number and still takes the good ones around it', async () => {
    const good = [topicLine(), topicLine()];
    const text = [
      JSON.stringify(good[0]),
      '',
      'not json',
      JSON.stringify(topicLine({ personIdent: '1' })),
      JSON.stringify(good[1]),
    ].join('\n');
    const { body } = await nav.ingest(text);
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r) => [r.line, r.code])).toEqual([
      [3, 'MALFORMED_JSON'],
      [4, 'INVALID_PERSON_IDENT'],
    ]);
    expect(await stored(good[1].key)).not.toBeNull();
  });

  it('refuses a body that is not declared as JSON lines (415) and one over 5 MB (413), changing nothing', async () => {
    const before = await nav.snapshot();
    const wrongType = await nav.ingest([topicLine()], 'application/json');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    const huge = `${JSON.stringify(topicLine())}\n${' '.repeat(5 * 1024 * 1024)}`;
    const tooLarge = await nav.ingest(huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    expect(await nav.snapshot()).toBe(before);
  });

  describe('the ingest CLI', () => {
    let folder: string;
    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'nav-ingest-'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('reads its arguments', () => {
      expect(parseIngestArgs(['a.jsonl'])).toEqual({ file: 'a.jsonl', url: 'http://127.0.0.1:4005' });
      expect(parseIngestArgs(['a.jsonl', '--url', 'http://nav:1'])).toEqual({ file: 'a.jsonl', url: 'http://nav:1' });
      expect(parseIngestArgs([])).toMatch(/usage/i);
      expect(parseIngestArgs(['a.jsonl', '--force'])).toMatch(/Unknown option/);
      expect(parseIngestArgs(['a.jsonl', '--token', 'eyJ.a.b'])).toEqual({
        file: 'a.jsonl',
        url: 'http://127.0.0.1:4005',
        token: 'eyJ.a.b',
      });
      expect(parseIngestArgs(['a.jsonl', '--token'])).toMatch(/--token needs a value/);
    });

    it('posts a file and returns the report', async () => {
      const file = join(folder, 'records.jsonl');
      writeFileSync(file, [topicLine(), topicLine()].map((l) => JSON.stringify(l)).join('\n') + '\n');
      expect(await postIngestFile(file, nav.baseUrl)).toMatchObject({ accepted: 2, rejected: [] });
    });

    const cli = join(__dirname, '..', 'dist', 'src', 'ingest', 'cli.js');
    const navFolder = join(__dirname, '..');
    /** Runs the program as `npm run ingest -w subgraphs/nav` does: inside the workspace, INIT_CWD where npm ran. */
    const runCli = (args: string[], initCwd: string) =>
      promisify(execFile)(process.execPath, [cli, ...args], {
        cwd: navFolder,
        env: { ...process.env, INIT_CWD: initCwd },
      })
        .then((done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }))
        .catch((e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          stdout: e.stdout,
          stderr: e.stderr,
        }));

    // A partly rejected import used to exit 2, which npm turned into five lines of errors after a good report: the
    // rejected lines are NAV's data to fix, not a crash of the import.
    it('ends a partly rejected import with a summary of accepted and rejected lines, and exit code 0', async () => {
      writeFileSync(join(folder, 'mixed.jsonl'), [JSON.stringify(topicLine()), '{'].join('\n'));
      const run = await runCli(['mixed.jsonl', '--url', nav.baseUrl], folder);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/accepted:\s+1/);
      expect(run.stdout).toMatch(/rejected:\s+1/);
      expect(run.stdout).toContain('line 2: MALFORMED_JSON');
    });

    it('exits 2 on rejected lines with --strict, and prints the JSON report with --json', async () => {
      writeFileSync(join(folder, 'strict.jsonl'), [JSON.stringify(topicLine()), '{'].join('\n'));
      const run = await runCli(['strict.jsonl', '--url', nav.baseUrl, '--strict', '--json'], folder);
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout)).toMatchObject({ accepted: 1, rejected: [{ line: 2, code: 'MALFORMED_JSON' }] });
    });

    // npm runs a workspace's script inside the workspace: `npm run ingest -w subgraphs/nav -- export.jsonl` from the
    // repository's root looked for subgraphs/nav/export.jsonl and said only ENOENT.
    it('reads a relative path from the folder npm was run in (INIT_CWD), not the workspace', async () => {
      writeFileSync(join(folder, 'export.jsonl'), `${JSON.stringify(topicLine())}\n`);
      const run = await runCli(['export.jsonl', '--url', nav.baseUrl], folder);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(/accepted:\s+1/);
    });

    it('says in bokmål and English that a file is missing, and exits 1', async () => {
      const run = await runCli(['no-such-export.jsonl', '--url', nav.baseUrl], folder);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Finner ikke filen ${join(folder, 'no-such-export.jsonl')}`);
      expect(run.stderr).toContain(`No such file: ${join(folder, 'no-such-export.jsonl')}`);
      expect(run.stderr).not.toContain('ENOENT');
    });

    it('exits 1 with a clear message when the adapter does not answer', async () => {
      writeFileSync(join(folder, 'one.jsonl'), `${JSON.stringify(topicLine())}\n`);
      const run = await runCli(['one.jsonl', '--url', 'http://127.0.0.1:9'], folder);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('The import could not run');
    });
  });
});

// docs/nav-import.md points a newcomer at this file; it must keep importing cleanly against the demo data.
describe('the example import (subgraphs/nav/examples/deltakere.jsonl)', () => {
  it('imports every record on the demo data, through the ingest route', async () => {
    const nav = await startTestNav({ seed: true });
    try {
      const file = join(__dirname, '..', 'examples', 'deltakere.jsonl');
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim());
      const report = await postIngestFile(file, nav.baseUrl);
      expect(report).toEqual({ accepted: lines.length, unchanged: 0, stale: 0, deleted: 0, rejected: [] });
    } finally {
      await nav.stop();
    }
  });
});
