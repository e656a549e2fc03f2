import { DATABASE_PACKAGES, packagesLoadedBy } from '@veiinn/testing';
import { join } from 'node:path';

// The gateway holds no data: its process must start without the ORM, a database driver or the schema builder the
// subgraphs use, which @veiinn/kit used to bring along (issue 16).
it('loads neither MikroORM, pg, libsql, type-graphql nor the kit', () => {
  const root = join(__dirname, '../..');
  const loaded = packagesLoadedBy(join(root, 'gateway/dist/src/index.js'), root);
  expect(loaded).toEqual(expect.arrayContaining(['@apollo/gateway', 'packages/contracts', 'packages/service']));
  expect(loaded.filter((name) => DATABASE_PACKAGES.includes(name))).toEqual([]);
});
