/**
 * `npm run compose`: writes schema/*.graphql from the subgraphs listed in schema/supergraph.yaml (ours built from
 * their code, partners' from the SDL files registration wrote), by the same composition as `npm run register`.
 * `npm run compose:check`: fails when a committed file differs from a fresh composition.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { composeSupergraph } from './compose';
import { readConfig } from './config';

/** The folder of schema/supergraph.yaml, where its SDL files and the supergraph live. */
const schemaDir = dirname(readConfig().path);

async function main(check: boolean): Promise<number> {
  const { files, errors } = await composeSupergraph();
  if (errors.length) {
    console.error(`Composition failed:\n- ${errors.join('\n- ')}`);
    return 1;
  }
  const stale = Object.entries(files).filter(([name, content]) => {
    const path = join(schemaDir, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== content;
  });
  if (check) {
    if (stale.length) {
      console.error(
        `Out of date in schema/: ${stale.map(([n]) => n).join(', ')}. Run \`npm run compose\` and commit the result.`,
      );
      return 1;
    }
    console.log('schema/ is up to date.');
    return 0;
  }
  for (const [name, content] of stale) writeFileSync(join(schemaDir, name), content);
  console.log(
    stale.length ? `Wrote schema/${stale.map(([n]) => n).join(', schema/')}` : 'schema/ was already up to date.',
  );
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
