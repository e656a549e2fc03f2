/** `npm run migration:create -w subgraphs/nav [-- name]`: writes the next migration for both dialects. */
import 'reflect-metadata';
import { createMigrations } from '@veiinn/kit';
import { join } from 'node:path';
import { nav } from '../subgraph';
import { navMigrations } from '.';

createMigrations({
  entities: nav.entities,
  migrations: navMigrations,
  srcDir: join(__dirname, '..', '..', '..', 'src', 'migrations'),
  name: process.argv[2],
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
