import { DATABASE_PACKAGES, packagesLoadedBy } from '@veiinn/testing';
import { join } from 'node:path';

// The dev issuer signs tokens for demo users and stores nothing: it must start without the ORM, a database driver or
// the schema builder, which @veiinn/kit (through the demo data too) used to bring along (issue 16).
it('loads neither MikroORM, pg, libsql, type-graphql nor the kit', () => {
  const root = join(__dirname, '../..');
  const loaded = packagesLoadedBy(join(root, 'issuer/dist/src/index.js'), root);
  expect(loaded).toEqual(expect.arrayContaining(['jose', 'packages/contracts', 'packages/demo-data']));
  expect(loaded.filter((name) => DATABASE_PACKAGES.includes(name))).toEqual([]);
});
