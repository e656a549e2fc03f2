/**
 * `npm run ingest -w subgraphs/nav -- <file.jsonl> [--url http://127.0.0.1:4005] [--token <jwt>] [--strict] [--json]`
 * (or `node dist/src/ingest/cli.js …`): posts an export of NAV's participant topic to the adapter and prints what it
 * did: records accepted, unchanged, stale and deleted, and each rejected line with its number and why.
 *
 * The file is found from where you ran the command: npm runs a workspace's script inside the workspace, so a
 * relative path is resolved against npm's INIT_CWD (the folder `npm run` was started in), not subgraphs/nav.
 *
 * Exit code: 0 when the import ran, even when some lines were rejected: a rejected record is data for NAV to fix and
 * send again (the report says which line and why), not a failure of the import, and a scheduled job should not turn
 * red for it. With `--strict`, 2 when any line was rejected (for a pipeline that must stop on bad data). 1 when the
 * import could not run: no such file, an unreadable file, the adapter unreachable or refusing the request.
 * The token (`--token`, or NAV_INGEST_TOKEN) is the identity provider's, for audience `veiinn-nav-ingest`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NAV_DEFAULT_PORT } from '../constants';
import type { IngestReport } from './ingest';
import { postIngestBody } from './ingest.client';

const USAGE =
  `Bruk / usage: ingest <file.jsonl> [--url http://127.0.0.1:${NAV_DEFAULT_PORT}] [--token <jwt>] [--strict] [--json]\n` +
  "  --token   the identity provider's token for audience veiinn-nav-ingest (or NAV_INGEST_TOKEN)\n" +
  '  --strict  exit 2 when any line is rejected (default: 0, the rejected lines are in the report)\n' +
  '  --json    print the report as JSON instead of the summary';

export interface IngestArgs {
  file: string;
  url: string;
  token?: string;
  strict?: boolean;
  json?: boolean;
}

export function parseIngestArgs(argv: string[]): IngestArgs | string {
  let url = `http://127.0.0.1:${NAV_DEFAULT_PORT}`;
  let token: string | undefined;
  let strict = false;
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') {
      if (!argv[i + 1]) return `--url needs a value.\n${USAGE}`;
      url = argv[++i];
    } else if (argv[i].startsWith('--url=')) url = argv[i].slice('--url='.length);
    else if (argv[i] === '--token') {
      if (!argv[i + 1]) return `--token needs a value.\n${USAGE}`;
      token = argv[++i];
    } else if (argv[i].startsWith('--token=')) token = argv[i].slice('--token='.length);
    else if (argv[i] === '--strict') strict = true;
    else if (argv[i] === '--json') json = true;
    else if (argv[i].startsWith('-')) return `Unknown option ${argv[i]}.\n${USAGE}`;
    else files.push(argv[i]);
  }
  if (files.length !== 1) return USAGE;
  return { file: files[0], url, ...(token && { token }), ...(strict && { strict }), ...(json && { json }) };
}

/** Where the file is: relative to the folder the user ran npm in (INIT_CWD), else to the current folder. */
export function resolveIngestFile(file: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(env.INIT_CWD || cwd, file);
}

/** Why a file cannot be read, in bokmål and English, with what to do. */
export function unreadableFileMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') {
    return (
      `Finner ikke filen ${path}. / No such file: ${path}.\n` +
      'En relativ sti leses fra mappen du kjørte npm i. / A relative path is read from the folder you ran npm in.'
    );
  }
  if (code === 'EISDIR') return `${path} er en mappe, ikke en fil. / ${path} is a folder, not a file.`;
  if (code === 'EACCES' || code === 'EPERM') {
    return `Har ikke lov til å lese ${path}. / Not allowed to read ${path}: check the file's permissions.`;
  }
  return `Kan ikke lese ${path}. / Cannot read ${path}: ${code ?? String(error)}.`;
}

/** The report for a person: the counts, then every rejected line with its number, code and reason. */
export function formatIngestReport(report: IngestReport, file: string): string {
  const lines = [
    `Import av ${file} / import of ${file}:`,
    `  tatt inn / accepted:       ${report.accepted}`,
    `  uendret / unchanged:       ${report.unchanged}`,
    `  eldre enn lagret / stale:  ${report.stale}`,
    `  slettet / deleted:         ${report.deleted}`,
    `  avvist / rejected:         ${report.rejected.length}`,
  ];
  if (report.rejected.length) {
    lines.push('', 'Avviste linjer (rett dem og send dem på nytt) / rejected lines (fix them and send them again):');
    for (const rejection of report.rejected) {
      lines.push(
        `  linje / line ${rejection.line}${rejection.key ? ` (${rejection.key})` : ''}: ${rejection.code}: ${rejection.reason}`,
      );
    }
  }
  return lines.join('\n');
}

/** Runs the command; returns its exit code. `out` and `err` are the console's by default (tests pass their own). */
export async function runIngest(
  argv: string[],
  { env = process.env, out = console.log, err = console.error } = {},
): Promise<number> {
  const args = parseIngestArgs(argv);
  if (typeof args === 'string') {
    err(args);
    return 1;
  }
  const path = resolveIngestFile(args.file, env);
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch (error) {
    err(unreadableFileMessage(path, error));
    return 1;
  }
  let report: IngestReport;
  try {
    report = await postIngestBody(body, args.url, args.token ?? env.NAV_INGEST_TOKEN);
  } catch (error) {
    err(
      `Importen kunne ikke kjøres. / The import could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  out(args.json ? JSON.stringify(report, null, 2) : formatIngestReport(report, path));
  return args.strict && report.rejected.length ? 2 : 0;
}

if (require.main === module) {
  runIngest(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
