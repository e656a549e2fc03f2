/**
 * `npm run retention -w subgraphs/intake [-- --apply] [--json]`: what of the hub's data has passed its time
 * (retention.ts). A dry run by default: it counts and changes nothing; `--apply` removes it. On the hub's own
 * database: INTAKE_DATABASE_URL, or INTAKE_SQLITE_PATH (default data/intake.sqlite), a relative path read from the
 * folder you ran npm in (npm's INIT_CWD), as `npm start` there opens it.
 */
import 'reflect-metadata';
import { readSubgraphEnv, settableToday } from '@veiinn/kit';
import { describeRetention, runRetention } from './retention';
import { INTAKE_DEFAULT_PORT, INTAKE_SUBGRAPH_NAME, openIntakeDatabase } from './subgraph';

async function main() {
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const env = readSubgraphEnv(INTAKE_SUBGRAPH_NAME, { port: INTAKE_DEFAULT_PORT });
  const orm = await openIntakeDatabase({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
  try {
    const report = await runRetention(orm.em, { today: settableToday(), apply: process.argv.includes('--apply') });
    console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : describeRetention(report));
  } finally {
    await orm.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
