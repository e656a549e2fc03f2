/**
 * Registering and unregistering a subgraph in a supergraph configuration: compose the new set of subgraphs, check
 * what the change breaks for the clients (change-checks.ts), and only then write the SDL file, the configuration, the
 * API schema and the supergraph, each by write-and-rename so that the gateway (which polls the supergraph file)
 * never reads half a file. The supergraph is written last: the gateway takes the change only once all is in place.
 */
import { Supergraph } from '@apollo/federation-internals';
import { CALLER_HEADER, signCallerToken, type SigningKey } from '@veiinn/contracts';
import type { GraphQLSchema } from 'graphql';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { checkChange, readRegisteredDocuments } from './change-checks';
import {
  composeSdls,
  configuredSdls,
  federationVersionProblem,
  introspectSdl,
  registeredHeader,
  type SubgraphSdl,
} from './compose-config';
import {
  configWith,
  configWithout,
  defaultConfigPath,
  readConfig,
  schemaFilePath,
  schemaPackageDir,
  SUBGRAPH_NAME,
  type ConfiguredSubgraph,
  type SupergraphConfig,
} from './config';

export interface GraphFiles {
  /** The supergraph configuration (default schema/supergraph.yaml). */
  config?: string;
  /** The supergraph file the gateway serves (default: supergraph.graphql beside the configuration). */
  supergraph?: string;
  /** The API schema file (default: api.graphql beside the configuration). */
  api?: string;
  /** The clients' registered documents (default clients/persisted-documents.json in this repository). */
  documents?: string;
  /** Check only: write nothing. */
  dryRun?: boolean;
}

export interface RegisterOptions extends GraphFiles {
  name: string;
  /** The routing URL: where the gateway calls the subgraph. */
  url: string;
  /** The provider's id in the hub, for a provider's subgraph. */
  providerId?: string;
  /** A file with the subgraph's SDL; without it the SDL is asked from `url` (`_service { sdl }`). */
  sdlFile?: string;
  /**
   * The gateway's signing key, to ask a subgraph with service trust on for its SDL as the gateway does: it answers
   * `_service { sdl }` only with the gateway's token.
   */
  introspectionKey?: SigningKey;
}

export interface ChangeOutcome {
  ok: boolean;
  /** Why the change was refused (empty when ok). */
  problems: string[];
  /** Changes worth knowing that break nothing registered. */
  notes: string[];
  /** The files written, in order (none when refused or on a dry run). */
  written: string[];
  /** The files removed (unregister: the subgraph's SDL file). */
  removed: string[];
}

const refused = (problems: string[], notes: string[] = []): ChangeOutcome => ({
  ok: false,
  problems,
  notes,
  written: [],
  removed: [],
});

/** Writes beside the target and renames over it: a reader sees the old file or the new one, never a part. */
export function writeAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temporary, content);
  try {
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}

/**
 * Runs `work` while holding `<config>.lock`: two registrations at once would each write the configuration they
 * read, and the second would drop the first's subgraph. A lock left by a crashed run is named, for the operator.
 */
async function underLock(configPath: string, work: () => Promise<ChangeOutcome>): Promise<ChangeOutcome> {
  const lock = `${resolve(configPath)}.lock`;
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = readFileSync(lock, 'utf8').trim();
    return refused([
      `Another registration is under way on ${configPath} (${lock}, ${holder || 'no pid'}). Wait until it ends; ` +
        'if that process is gone, delete the lock file and run the command again.',
    ]);
  }
  try {
    writeSync(fd, `pid ${process.pid}\n`);
    closeSync(fd);
    return await work();
  } finally {
    unlinkSync(lock);
  }
}

interface Paths {
  config: SupergraphConfig;
  supergraph: string;
  api: string;
  documents: string;
}

function pathsOf(files: GraphFiles): Paths {
  const config = readConfig(files.config);
  const folder = dirname(config.path);
  return {
    config,
    supergraph: resolve(files.supergraph ?? join(folder, 'supergraph.graphql')),
    api: resolve(files.api ?? join(folder, 'api.graphql')),
    documents: resolve(files.documents ?? join(schemaPackageDir(), '..', 'clients', 'persisted-documents.json')),
  };
}

/** The API schema clients see now: the one of the supergraph the gateway serves. */
function previousApiSchema(supergraphPath: string): GraphQLSchema | undefined {
  if (!existsSync(supergraphPath)) return undefined;
  // The access features (@authenticated, @requiresScopes) are the gateway's own business (it splits them off before
  // Apollo sees the file); for the API schema every feature may stay.
  const supergraph = Supergraph.build(readFileSync(supergraphPath, 'utf8'), { supportedFeatures: null });
  return supergraph.apiSchema().toGraphQLJSSchema();
}

/** Composes `sdls`, checks the change against what clients use, and writes `files` then the supergraph. */
async function change(
  paths: Paths,
  sdls: SubgraphSdl[],
  configText: string,
  files: { path: string; content: string }[],
  remove: string[],
  dryRun: boolean | undefined,
): Promise<ChangeOutcome> {
  const composed = composeSdls(sdls);
  if (!composed.ok) {
    return refused(
      composed.errors.map(
        (error) =>
          `Composition fails: ${error.replace(/\.?$/, '.')} Fix the subgraph's schema (or the others it conflicts with) and try again.`,
      ),
    );
  }
  if (!existsSync(paths.documents)) {
    return refused([
      `No registered documents at ${paths.documents}: without them the change cannot be checked. Pass --documents.`,
    ]);
  }
  const report = await checkChange(
    previousApiSchema(paths.supergraph),
    composed.graph.apiSchema,
    readRegisteredDocuments(paths.documents),
    paths.documents,
  );
  if (report.problems.length) return refused(report.problems, report.notes);
  const outcome: ChangeOutcome = { ok: true, problems: [], notes: report.notes, written: [], removed: [] };
  if (dryRun) return outcome;
  const writes = [
    ...files,
    { path: paths.config.path, content: configText },
    { path: paths.api, content: composed.graph.api },
    { path: paths.supergraph, content: composed.graph.supergraph },
  ];
  for (const { path, content } of writes) {
    writeAtomically(path, content);
    outcome.written.push(path);
  }
  for (const path of remove) {
    if (existsSync(path)) unlinkSync(path);
    outcome.removed.push(path);
  }
  return outcome;
}

/** Adds the subgraph `name` to the graph, or replaces its SDL and routing URL when it is already registered. */
export async function registerSubgraph(options: RegisterOptions): Promise<ChangeOutcome> {
  const { name, url } = options;
  if (!SUBGRAPH_NAME.test(name)) {
    return refused([`--name "${name}": a subgraph name is lower-case letters, digits and single hyphens.`]);
  }
  if (!/^https?:\/\/[^/]/.test(url)) return refused([`--url "${url}": the routing URL must be http(s)://…`]);
  return underLock(options.config ?? defaultConfigPath(), () => register(options));
}

async function register(options: RegisterOptions): Promise<ChangeOutcome> {
  const { name, url, providerId } = options;
  const paths = pathsOf(options);
  const { config } = paths;
  const versionProblem = federationVersionProblem(config);
  if (versionProblem) return refused([versionProblem]);
  const existing = config.subgraphs.find((s) => s.name === name);
  if (existing?.workspace !== undefined) {
    return refused([
      `"${name}" is one of this repository's own subgraphs (${existing.workspace}): change its code and run ` +
        '`npm run compose` instead.',
    ]);
  }
  let sdl: string;
  let source: string;
  if (options.sdlFile) {
    sdl = readFileSync(options.sdlFile, 'utf8');
    source = basename(options.sdlFile);
  } else {
    const headers: Record<string, string> = options.introspectionKey
      ? {
          [CALLER_HEADER]: await signCallerToken(options.introspectionKey, {
            audience: name,
            caller: { sub: 'veiinn-register', roles: [] },
            requestId: randomUUID(),
          }),
        }
      : {};
    sdl = await introspectSdl(url, headers);
    source = `${url} (_service { sdl })`;
  }
  const file = existing && 'file' in existing.schema ? existing.schema.file : `./${name}.graphql`;
  const entry: ConfiguredSubgraph = { name, routingUrl: url, schema: { file }, ...(providerId && { providerId }) };
  const others = await configuredSdls({ ...config, subgraphs: config.subgraphs.filter((s) => s.name !== name) });
  const mine: SubgraphSdl = { name, url, sdl };
  // In its place when it is registered already, else last: the supergraph changes no more than needed.
  const at = existing ? config.subgraphs.indexOf(existing) : others.length;
  const sdls = [...others.slice(0, at), mine, ...others.slice(at)];
  return change(
    paths,
    sdls,
    configWith(config, entry),
    [{ path: schemaFilePath(config, file), content: registeredHeader(source) + sdl.trimEnd() + '\n' }],
    [],
    options.dryRun,
  );
}

/** Takes the subgraph `name` out of the graph, checked as a registration is. */
export async function unregisterSubgraph(options: GraphFiles & { name: string }): Promise<ChangeOutcome> {
  return underLock(options.config ?? defaultConfigPath(), () => unregister(options));
}

async function unregister(options: GraphFiles & { name: string }): Promise<ChangeOutcome> {
  const paths = pathsOf(options);
  const { config } = paths;
  const existing = config.subgraphs.find((s) => s.name === options.name);
  if (!existing) {
    const known = config.subgraphs.map((s) => s.name).join(', ');
    return refused([`No subgraph "${options.name}" in ${config.path} (it has ${known}).`]);
  }
  if (existing.workspace !== undefined) {
    return refused([
      `"${existing.name}" is one of this repository's own subgraphs (${existing.workspace}): it leaves the graph ` +
        'by a change of the code, not by unregistering.',
    ]);
  }
  const rest = { ...config, subgraphs: config.subgraphs.filter((s) => s !== existing) };
  const versionProblem = federationVersionProblem(config);
  if (versionProblem) return refused([versionProblem]);
  const sdls = await configuredSdls(rest);
  // Only a file that registration wrote: one an operator keeps by hand is theirs to delete.
  const file = 'file' in existing.schema ? schemaFilePath(config, existing.schema.file) : undefined;
  const remove = file && existsSync(file) && readFileSync(file, 'utf8').startsWith(registeredHeader('')) ? [file] : [];
  return change(paths, sdls, configWithout(config, existing.name), [], remove, options.dryRun);
}
