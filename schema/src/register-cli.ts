/**
 * `npm run register -- --name <n> --url <routing url> [--provider-id <id>] [--sdl <file>] [--config <path>]
 *   [--supergraph <path>] [--api <path>] [--documents <path>] [--hub-url <url> [--provider-file <json>]
 *   [--feed-url <url>]] [--dry-run]`
 * `npm run unregister -- --name <n> [same file options] [--hub-url <url>]`
 * Exit 0 when the change was written (or, with --dry-run, would be), 1 when it was refused: nothing is written then.
 * With --hub-url, the hub is told to follow (or stop following) the provider's feed, and the subgraph's name (the
 * audience of its tokens for the provider's feed and placements), with the bearer token in
 * VEIINN_HUB_TOKEN (a case worker's or a service's; an environment variable keeps it out of `ps` and shell history).
 */
import { loadOrCreateSigningKey } from '@veiinn/contracts';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { feedUrlOf, hubProvider, setHubProvider, type HubConnection } from './hub-registration';
import { registerSubgraph, unregisterSubgraph, type ChangeOutcome } from './register';

const USAGE =
  'Usage: npm run register -- --name <name> --url <routing url> [--provider-id <id>] [--sdl <file> | --key <gateway key file>] ' +
  '[--config <supergraph.yaml>] [--supergraph <supergraph.graphql>] [--api <api.graphql>] ' +
  '[--documents <persisted-documents.json>] [--hub-url <graphql url> [--provider-file <json>] [--feed-url <url>]] ' +
  '[--dry-run]\n' +
  '       npm run unregister -- --name <name> [--config ...] [--supergraph ...] [--api ...] [--documents ...] ' +
  '[--hub-url <graphql url>] [--dry-run]\n' +
  'With --hub-url, VEIINN_HUB_TOKEN must hold a bearer token of a case worker or a service.';

/** The hub to tell, when --hub-url is given; the token comes from the environment. */
function hubOf(url: string | undefined): HubConnection | undefined {
  if (!url) return undefined;
  const token = process.env.VEIINN_HUB_TOKEN;
  if (!token) throw new Error('--hub-url needs VEIINN_HUB_TOKEN: a bearer token of a case worker or a service.');
  return { url, token };
}

/** The hub's part comes after the graph's: a failure there leaves a graph change that registering again repeats. */
async function tellHub(
  hub: HubConnection,
  providerId: string,
  { feedUrl, subgraph }: { feedUrl: string | null; subgraph: string | null },
  organisation?: object,
) {
  try {
    console.log(await setHubProvider(hub, providerId, feedUrl, organisation as Record<string, unknown>, subgraph));
    return 0;
  } catch (error) {
    console.error(
      `The graph is changed, but the hub was not told: ${(error as Error).message} ` +
        'Fix that and run the same command again (the graph part then changes nothing).',
    );
    return 1;
  }
}

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
        key: { type: 'string' },
        config: { type: 'string' },
        supergraph: { type: 'string' },
        api: { type: 'string' },
        documents: { type: 'string' },
        'hub-url': { type: 'string' },
        'provider-file': { type: 'string' },
        'feed-url': { type: 'string' },
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
  const hub = hubOf(values['hub-url']);
  if (command === 'register' && values.name && values.url) {
    const providerId = values['provider-id'];
    const organisation = values['provider-file']
      ? JSON.parse(readFileSync(values['provider-file'], 'utf8'))
      : undefined;
    if (hub && !providerId) {
      console.error('--hub-url tells the hub about a provider: give its --provider-id too.');
      return 1;
    }
    // Before anything is written: a hub that cannot take the provider refuses the whole registration.
    if (hub && providerId && !organisation && !(await hubProvider(hub, providerId))) {
      console.error(
        `Refused: the hub has no provider "${providerId}", and nothing was written. Pass --provider-file <json> ` +
          'with its name, shortName, kind, municipality and description { nb en } (docs/partners.md).',
      );
      return 1;
    }
    const outcome = await registerSubgraph({
      ...files,
      name: values.name,
      url: values.url,
      providerId,
      sdlFile: values.sdl,
      ...(values.key && { introspectionKey: await loadOrCreateSigningKey(values.key, 'EdDSA', { create: false }) }),
    });
    const code = report('registering', values.name, outcome, dryRun);
    if (code || dryRun || !providerId) return code;
    if (!hub) {
      console.log(
        `Note: the hub was not told about provider "${providerId}" (no --hub-url): it follows no feed of it yet.`,
      );
      return 0;
    }
    const feedUrl = values['feed-url'] ?? feedUrlOf(values.url);
    return tellHub(hub, providerId, { feedUrl, subgraph: values.name }, organisation);
  }
  if (command === 'unregister' && values.name) {
    const providerId =
      values['provider-id'] ?? readConfig(values.config).subgraphs.find((s) => s.name === values.name)?.providerId;
    const code = report(
      'unregistering',
      values.name,
      await unregisterSubgraph({ ...files, name: values.name }),
      dryRun,
    );
    if (code || dryRun || !hub || !providerId) return code;
    return tellHub(hub, providerId, { feedUrl: null, subgraph: null });
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
