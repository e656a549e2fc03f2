/**
 * `npm run register -- --name <n> --url <routing url> [--provider-id <id>] [--sdl <file>] [--config <path>]
 *   [--supergraph <path>] [--api <path>] [--documents <path>] [--dry-run]`
 * `npm run unregister -- --name <n> [same file options]`
 * Exit 0 when the change was written (or, with --dry-run, would be), 1 when it was refused: nothing is written then.
 */
import { parseArgs } from 'node:util';
import { registerSubgraph, unregisterSubgraph, type ChangeOutcome } from './register';

const USAGE =
  'Usage: npm run register -- --name <name> --url <routing url> [--provider-id <id>] [--sdl <file>] ' +
  '[--config <supergraph.yaml>] [--supergraph <supergraph.graphql>] [--api <api.graphql>] ' +
  '[--documents <persisted-documents.json>] [--dry-run]\n' +
  '       npm run unregister -- --name <name> [--config ...] [--supergraph ...] [--api ...] [--documents ...] [--dry-run]';

function report(action: string, name: string, outcome: ChangeOutcome, dryRun: boolean): number {
  for (const note of outcome.notes) console.log(`Note: ${note}`);
  if (!outcome.ok) {
    console.error(`Refused: ${action} "${name}" was not done, and nothing was written.`);
    for (const problem of outcome.problems) console.error(`- ${problem}`);
    return 1;
  }
  if (dryRun) {
    console.log(`Checked: ${action} "${name}" composes and breaks no registered document (dry run: nothing written).`);
    return 0;
  }
  for (const path of outcome.written) console.log(`Wrote ${path}`);
  for (const path of outcome.removed) console.log(`Removed ${path}`);
  console.log(`Done: ${action} "${name}". A running gateway takes the new supergraph within a second.`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        url: { type: 'string' },
        'provider-id': { type: 'string' },
        sdl: { type: 'string' },
        config: { type: 'string' },
        supergraph: { type: 'string' },
        api: { type: 'string' },
        documents: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const files = {
    config: values.config,
    supergraph: values.supergraph,
    api: values.api,
    documents: values.documents,
    dryRun: values['dry-run'],
  };
  const dryRun = values['dry-run'] ?? false;
  if (command === 'register' && values.name && values.url) {
    const outcome = await registerSubgraph({
      ...files,
      name: values.name,
      url: values.url,
      providerId: values['provider-id'],
      sdlFile: values.sdl,
    });
    return report('registering', values.name, outcome, dryRun);
  }
  if (command === 'unregister' && values.name) {
    return report('unregistering', values.name, await unregisterSubgraph({ ...files, name: values.name }), dryRun);
  }
  console.error(USAGE);
  return 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
