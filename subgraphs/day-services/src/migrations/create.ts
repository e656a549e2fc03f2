/** `npm run migration:create -w subgraphs/day-services [-- name]`: writes the next migration for both dialects. */
import 'reflect-metadata';
import { createMigrations } from '@veiinn/kit';
import { join } from 'node:path';
import { dayServices } from '../subgraph';
import { dayServicesMigrations } from '.';

createMigrations({
  entities: dayServices.entities,
  migrations: dayServicesMigrations,
  srcDir: join(__dirname, '..', '..', '..', 'src', 'migrations'),
  name: process.argv[2],
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
