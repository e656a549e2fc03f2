/** `npm run migration:create -w subgraphs/intake [-- name]`: writes the next migration for both dialects. */
import 'reflect-metadata';
import { createMigrations } from '@veiinn/kit';
import { join } from 'node:path';
import { intakeEntities } from '../context';
import { intakeMigrations } from '.';

createMigrations({
  entities: intakeEntities,
  migrations: intakeMigrations,
  srcDir: join(__dirname, '..', '..', '..', 'src', 'migrations'),
  name: process.argv[2],
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
