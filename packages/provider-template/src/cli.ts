#!/usr/bin/env node
/**
 * `npm run new-provider -- --name aurora --provider-id aurora-verksted --title "Aurora verksted"`: a new provider
 * subgraph in subgraphs/<name>, joined to the repository's workspaces. Exit 0 when written, 2 for a mistake in the
 * options (nothing written).
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { generateProvider, NewProviderError } from './generate';

const USAGE =
  'Usage: npm run new-provider -- --name <subgraph-name> --provider-id <hub provider id> --title "<name>" ' +
  '[--port <port>] [--dir <folder>] [--outside-repo --tsconfig-base <file>]';

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        'provider-id': { type: 'string' },
        title: { type: 'string' },
        port: { type: 'string', default: '4020' },
        dir: { type: 'string' },
        'outside-repo': { type: 'boolean', default: false },
        'tsconfig-base': { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.name || !values['provider-id'] || !values.title) {
    console.error(`--name, --provider-id and --title are needed.\n${USAGE}`);
    return 2;
  }
  // npm runs scripts from the repository's root; INIT_CWD is where the person typed the command.
  const repoRoot = resolve(__dirname, '..', '..', '..', '..');
  const dir = values.dir
    ? resolve(process.env.INIT_CWD ?? process.cwd(), values.dir)
    : join(repoRoot, 'subgraphs', values.name);
  try {
    const files = generateProvider({
      name: values.name,
      providerId: values['provider-id'],
      title: values.title,
      port: Number(values.port),
      dir,
      repoRoot: values['outside-repo'] ? null : repoRoot,
      tsconfigBase: values['tsconfig-base'],
    });
    console.log(`Wrote ${files.length} files in ${dir}.`);
    console.log(
      [
        'Next:',
        '  npm install                      # links the new workspace',
        `  npm run build -w ${dir}`,
        `  npm run conformance -- --url http://127.0.0.1:${values.port}/graphql --key … --hub-key … --provider-id ${values['provider-id']}`,
        '  Then ask the operator to register it: docs/partners.md, "How a partner joins".',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof NewProviderError)) throw error;
    console.error(`${error.message}\nNothing was written.`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
