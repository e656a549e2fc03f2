/** `npm run migration:create -w subgraphs/work-centre [-- name]`: writes the next migration for both dialects. */
import 'reflect-metadata';
import { createMigrations } from '@veiinn/kit';
import { join } from 'node:path';
import { workCentre } from '../subgraph';
import { workCentreMigrations } from '.';

createMigrations({
  entities: workCentre.entities,
  migrations: workCentreMigrations,
  srcDir: join(__dirname, '..', '..', '..', 'src', 'migrations'),
  name: process.argv[2],
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
