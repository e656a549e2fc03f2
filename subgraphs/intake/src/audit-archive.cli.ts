/**
 * `npm run audit:archive -w subgraphs/intake -- --before YYYY-MM-DD [--out file.jsonl --by "Name" --apply]`: the
 * sanctioned removal of old entries from the audit log (audit/audit-archive.ts). A dry run by default: it counts the
 * entries read before that day; `--apply` writes them to the file (which must not exist) and deletes them, with a
 * row in audit_archive naming the file and its SHA-256. Entries younger than five years are refused. On the hub's
 * own database, as `npm run retention` opens it.
 */
import 'reflect-metadata';
import { readSubgraphEnv, settableToday } from '@veiinn/kit';
import { resolve } from 'node:path';
import { archiveAuditLog } from './audit/audit-archive';
import { INTAKE_DEFAULT_PORT, INTAKE_SUBGRAPH_NAME, openIntakeDatabase } from './subgraph';

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

async function main() {
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const before = argument('--before');
  if (!before) throw new Error('--before YYYY-MM-DD says which entries go: those read before that day.');
  const out = argument('--out');
  const env = readSubgraphEnv(INTAKE_SUBGRAPH_NAME, { port: INTAKE_DEFAULT_PORT });
  const orm = await openIntakeDatabase({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
  try {
    const report = await archiveAuditLog(orm.em, {
      before,
      today: settableToday(),
      file: out && resolve(out),
      by: argument('--by') ?? process.env.USER ?? 'unknown',
      apply: process.argv.includes('--apply'),
    });
    console.log(
      report.applied
        ? `Archived ${report.entries} entries read before ${before} to ${report.file} (sha256 ${report.sha256}), and deleted them.`
        : `Dry run: ${report.entries} entries were read before ${before}; --apply --out <file> archives and deletes them.`,
    );
  } finally {
    await orm.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
