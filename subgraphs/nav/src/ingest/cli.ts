/**
 * `node dist/src/ingest/cli.js <file.jsonl> [--url http://127.0.0.1:4005] [--token <jwt>]` (or `npm run ingest -w subgraphs/nav --
 * <file>`): posts an export of NAV's participant topic to the adapter and prints the report. Exits 0 when every
 * line was taken, 2 when some were rejected (the report says which and why), 1 when the import failed. The token
 * (`--token`, or NAV_INGEST_TOKEN) is the identity provider's, for audience `veiinn-nav-ingest`; needed when the
 * adapter checks its callers.
 */
import { NAV_DEFAULT_PORT } from '../constants';
import { postIngestFile } from './ingest.client';

const USAGE = `Usage: ingest <file.jsonl> [--url http://127.0.0.1:${NAV_DEFAULT_PORT}] [--token <jwt>] (or NAV_INGEST_TOKEN)`;

export function parseIngestArgs(argv: string[]): { file: string; url: string; token?: string } | string {
  let url = `http://127.0.0.1:${NAV_DEFAULT_PORT}`;
  let token: string | undefined;
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
    else if (argv[i].startsWith('-')) return `Unknown option ${argv[i]}.\n${USAGE}`;
    else files.push(argv[i]);
  }
  if (files.length !== 1) return USAGE;
  return { file: files[0], url, ...(token && { token }) };
}

async function main(): Promise<number> {
  const args = parseIngestArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return 1;
  }
  const report = await postIngestFile(args.file, args.url, args.token ?? process.env.NAV_INGEST_TOKEN);
  console.log(JSON.stringify(report, null, 2));
  return report.rejected.length ? 2 : 0;
}

if (require.main === module) {
  main()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
