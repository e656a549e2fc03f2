/** `npm run migration:create -w subgraphs/arba [-- name]`: writes the next migration for both dialects. */
import 'reflect-metadata';
import { createMigrations } from '@veiinn/kit';
import { join } from 'node:path';
import { arba } from '../subgraph';
import { arbaMigrations } from '.';

createMigrations({
  entities: arba.entities,
  migrations: arbaMigrations,
  srcDir: join(__dirname, '..', '..', '..', 'src', 'migrations'),
  name: process.argv[2],
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
