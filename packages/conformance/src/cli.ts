#!/usr/bin/env node
// `npm run conformance -- --url http://127.0.0.1:4004/graphql [...]`: the suite against a running subgraph, printed
// as a checklist; the exit code is 1 when a check fails, 2 when the command itself is used wrongly.
import { loadOrCreateSigningKey, type SigningAlgorithm, type SigningKey } from '@veiinn/kit';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EntityRef } from './federation';
import { formatReport } from './report';
import { defaultHubSchemaPath, runConformance } from './suite';

const USAGE = `Usage: npm run conformance -- --url <subgraph /graphql URL> [options]

  --url <url>            the subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4004/graphql
  --feed-url <url>       its change feed (default: /feed beside /graphql)
  --key <file>           the gateway's signing key (GATEWAY_INTERNAL_KEY_PATH, data/gateway-internal-key.json)
  --hub-key <file>       the hub's service key (INTAKE_SERVICE_KEY_PATH, data/intake-service-key.json)
  --provider-id <id>     the provider's id in the hub, resolved as a Provider when the subgraph has that entity
  --name <name>          the subgraph's name, the audience of its tokens (default: from its /health/live)
  --entity <Type:id>     an entity to resolve besides the ones the feed names (repeatable)
  --hub-schema <file>    the hub's subgraph schema (default: schema/intake.graphql)
  --max-events <n>       read at most n feed events (default 2000)
  --writes               also place, change and end a synthetic participant's placement (in 2099, idempotency
                         key conformance:<uuid>) to check placing, refusals and idempotency; only against a
                         test environment, as it writes into your system
  --restart-command <c>  a shell command that restarts the subgraph; the suite then waits for /health/ready and
                         checks that the feed's cursor holds

Without --key and --hub-key the checks that need them are "not checked"; give both for a full run.`;

/** A key file as the gateway and the hub write them (`{ alg, privateJwk }`, mode 0600), read and never created. */
async function readKey(path: string): Promise<SigningKey> {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { alg?: SigningAlgorithm };
  return loadOrCreateSigningKey(resolve(path), file.alg ?? 'EdDSA', { create: false });
}

function entityRef(text: string): EntityRef {
  const at = text.indexOf(':');
  if (at < 1 || at === text.length - 1) throw new Error(`--entity ${text}: expected Type:id, e.g. Offer:arba-vta`);
  return { typename: text.slice(0, at), id: text.slice(at + 1) };
}

/** Runs `command` with the shell, its output on our stderr (stdout is the checklist); a failure is the check's reason. */
function restartWith(command: string | undefined): (() => Promise<void>) | undefined {
  if (!command) return undefined;
  return () =>
    new Promise((done, failed) => {
      const child = spawn(command, { shell: true, stdio: ['ignore', 2, 2] });
      child.on('error', failed);
      child.on('exit', (code, signal) =>
        code === 0 ? done() : failed(new Error(`--restart-command exited with ${signal ?? `code ${code}`}`)),
      );
    });
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        url: { type: 'string' },
        'feed-url': { type: 'string' },
        key: { type: 'string' },
        'hub-key': { type: 'string' },
        'provider-id': { type: 'string' },
        name: { type: 'string' },
        entity: { type: 'string', multiple: true },
        'hub-schema': { type: 'string' },
        'max-events': { type: 'string' },
        writes: { type: 'boolean' },
        'restart-command': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.url) {
    console.error(`--url is required.\n\n${USAGE}`);
    return 2;
  }
  const maxEvents = values['max-events'] === undefined ? undefined : Number(values['max-events']);
  if (maxEvents !== undefined && !(Number.isSafeInteger(maxEvents) && maxEvents > 0)) {
    console.error('--max-events must be a whole number above 0.');
    return 2;
  }
  let report;
  try {
    report = await runConformance({
      url: values.url,
      feedUrl: values['feed-url'],
      name: values.name,
      gatewayKey: values.key ? await readKey(values.key) : undefined,
      hubKey: values['hub-key'] ? await readKey(values['hub-key']) : undefined,
      providerId: values['provider-id'],
      entities: (values.entity ?? []).map(entityRef),
      hubSdl: readFileSync(values['hub-schema'] ?? defaultHubSchemaPath(), 'utf8'),
      maxFeedEvents: maxEvents,
      writes: values.writes,
      restart: restartWith(values['restart-command']),
    });
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  console.log(formatReport(report));
  return report.passed ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
