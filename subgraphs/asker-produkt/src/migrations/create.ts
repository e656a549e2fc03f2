/** `npm run migration:create -w subgraphs/asker-produkt [-- name]`: writes the next migration for both dialects. */
import 'reflect-metadata';
import { createMigrations } from '@veiinn/kit';
import { join } from 'node:path';
import { askerProduktEntities } from '../subgraph';
import { askerProduktMigrations } from '.';

createMigrations({
  entities: askerProduktEntities,
  migrations: askerProduktMigrations,
  srcDir: join(__dirname, '..', '..', '..', 'src', 'migrations'),
  name: process.argv[2],
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
