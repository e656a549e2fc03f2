import type { SigningKey } from '@veiinn/kit';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkDescriptions } from './descriptions';
import { checkErrorContract } from './error-contract';
import { checkFeed, checkFeedRestart } from './feed';
import { checkFederation, type EntityRef } from './federation';
import { excerpt, Probe } from './probe';
import { checkPlacement } from './placement';
import { GROUPS, run, type CheckResult } from './result';
import { checkTrust } from './trust';

export interface ConformanceOptions {
  /** The subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4004/graphql. */
  url: string;
  /** Its change feed (default: `/feed` beside /graphql). */
  feedUrl?: string;
  /** The subgraph's name, the audience of its tokens (default: what its /health/live says). */
  name?: string;
  /** The gateway's signing key: with it the suite sends requests as the gateway does. */
  gatewayKey?: SigningKey;
  /** The hub's service key: with it the suite reads the feed as the hub does. */
  hubKey?: SigningKey;
  /** The provider's id in the hub (resolved as a `Provider` entity when the subgraph shares that type). */
  providerId?: string;
  /** Entities to resolve besides those the feed names. */
  entities?: EntityRef[];
  /** The hub's subgraph schema (default: schema/intake.graphql of this repository). */
  hubSdl?: string;
  /** At most this many feed events are read (default 2000). */
  maxFeedEvents?: number;
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /**
   * Place, change and end a synthetic participant's placement through the placement protocol (in 2099, with the
   * idempotency key `conformance:<uuid>`). Only against a test environment: it writes into the partner's system.
   */
  writes?: boolean;
  /**
   * Restarts the subgraph (the CLI's `--restart-command`); with it the suite checks that the feed's cursor holds
   * after a restart, waiting for /health/ready first.
   */
  restart?: () => Promise<void>;
}

export interface ConformanceReport {
  url: string;
  name: string;
  results: CheckResult[];
  /** No check failed (some may not have been checked). */
  passed: boolean;
}

/** schema/intake.graphql, found upwards from this file (it runs from src under jest, from dist/src otherwise). */
export function defaultHubSchemaPath(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'schema', 'intake.graphql');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('schema/intake.graphql not found above ' + __dirname + '; give the hub schema (--hub-schema)');
}

/** The subgraph's name from its /health/live (the kit's server answers `{ status, subgraph }`). */
async function nameOf(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(new URL('/health/live', url), { signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  const name = (() => {
    try {
      return (JSON.parse(text) as { subgraph?: unknown }).subgraph;
    } catch {
      return undefined;
    }
  })();
  if (typeof name !== 'string' || !name) {
    throw new Error(`GET /health/live does not name the subgraph (${excerpt(text)}); give its name (--name)`);
  }
  return name;
}

/**
 * Runs the whole suite against a running subgraph and returns every check's result, in the checklist's order.
 * Without `writes` the suite only reads (queries, the feed, refused requests): it never writes to the subgraph.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const results: CheckResult[] = [];
  let name = options.name;
  if (!name) {
    const found = await run(results, 'federation', 'federation.name', 'the subgraph names itself', async () => {
      name = await nameOf(options.url, timeoutMs);
      return `"${name}" (its /health/live)`;
    });
    if (found.status !== 'pass') return { url: options.url, name: '?', results, passed: false };
    // Only a failure is worth a line of its own: a pass is implied by every check below.
    results.pop();
  }
  const feedUrl = options.feedUrl ?? options.url.replace(/\/graphql\/?$/, '') + '/feed';
  const probe = new Probe(options.url, feedUrl, name!, { gateway: options.gatewayKey, hub: options.hubKey }, timeoutMs);

  await checkTrust(probe, results);
  const seen = await checkFeed(probe, results, { maxEvents: options.maxFeedEvents });
  const sdl = await checkFederation(probe, results, seen, {
    hubSdl: options.hubSdl ?? readFileSync(defaultHubSchemaPath(), 'utf8'),
    entities: options.entities,
    providerId: options.providerId,
  });
  await checkErrorContract(probe, results);
  await checkDescriptions(sdl, results);
  await checkPlacement(probe, results, { writes: options.writes, seen });
  // Last, so that the feed it reads again holds the placement events of the writes too.
  await checkFeedRestart(probe, results, options.restart, { maxEvents: options.maxFeedEvents });

  const order = Object.keys(GROUPS);
  results.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  return { url: options.url, name: name!, results, passed: results.every((r) => r.status !== 'fail') };
}
