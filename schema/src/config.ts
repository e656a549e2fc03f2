/**
 * The supergraph configuration file (schema/supergraph.yaml): the list of subgraphs in the format of Apollo's
 * `rover supergraph compose --config`, which operators know, plus our own `x-veiinn` keys. Composition, `npm start`
 * and registration all read it, so there is one list of the graph's subgraphs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isMap, parseDocument, type Document } from 'yaml';

/** Where one subgraph's SDL comes from: a file beside the config, or the running subgraph's `_service { sdl }`. */
export type SchemaSource = { file: string } | { subgraphUrl: string };

export interface ConfiguredSubgraph {
  name: string;
  /** The URL the gateway calls (`routing_url`). */
  routingUrl: string;
  schema: SchemaSource;
  /** `x-veiinn.workspace`: one of this repository's subgraphs, whose SDL is built from its code. */
  workspace?: string;
  /** `x-veiinn.providerId`: the provider's id in the hub's registry. */
  providerId?: string;
}

export interface SupergraphConfig {
  /** Absolute path of the file read. */
  path: string;
  /** `federation_version`, e.g. `=2.14.4` (the composition version) or `2`. */
  federationVersion: string;
  subgraphs: ConfiguredSubgraph[];
  /** The parsed YAML, kept to write changes back with the file's comments and order. */
  document: Document;
}

/** The schema package's folder: the first folder above this file with a package.json (src/ or dist/src/). */
export function schemaPackageDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

export const defaultConfigPath = () => join(schemaPackageDir(), 'supergraph.yaml');

/** A subgraph name as composition and our environment variables (INTAKE_PORT, ...) accept it. */
export const SUBGRAPH_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const fail = (path: string, message: string): never => {
  throw new Error(`${path}: ${message}`);
};

/** Reads and checks the configuration; a mistake names the file and the key. */
export function parseConfig(text: string, path: string): SupergraphConfig {
  const document = parseDocument(text);
  if (document.errors.length) fail(path, document.errors.map((e) => e.message).join('; '));
  const raw = document.toJS() as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object') return fail(path, 'expected a mapping with `subgraphs`.');
  const federationVersion = String(raw.federation_version ?? '');
  if (!/^=?2(\.\d+){0,2}$/.test(federationVersion)) {
    fail(path, `federation_version should be 2 or =2.x.y (Federation 2), is "${federationVersion}".`);
  }
  const entries = raw.subgraphs;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) fail(path, '`subgraphs` should be a mapping.');
  const subgraphs: ConfiguredSubgraph[] = [];
  for (const [name, value] of Object.entries(entries as Record<string, unknown>)) {
    const at = `subgraphs.${name}`;
    if (!SUBGRAPH_NAME.test(name)) fail(path, `${at}: a name is lower-case letters, digits and single hyphens.`);
    const entry = (value ?? {}) as Record<string, unknown>;
    const routingUrl = entry.routing_url;
    if (typeof routingUrl !== 'string' || !/^https?:\/\//.test(routingUrl)) {
      fail(path, `${at}.routing_url should be an http(s) URL.`);
    }
    const schema = (entry.schema ?? {}) as Record<string, unknown>;
    let source: SchemaSource;
    if (typeof schema.file === 'string') source = { file: schema.file };
    else if (typeof schema.subgraph_url === 'string') source = { subgraphUrl: schema.subgraph_url };
    else source = fail(path, `${at}.schema should have \`file\` or \`subgraph_url\`.`);
    const ours = (entry['x-veiinn'] ?? {}) as Record<string, unknown>;
    for (const key of ['workspace', 'providerId'] as const) {
      if (ours[key] !== undefined && typeof ours[key] !== 'string') fail(path, `${at}.x-veiinn.${key} is a string.`);
    }
    subgraphs.push({
      name,
      routingUrl: routingUrl as string,
      schema: source,
      ...(ours.workspace !== undefined && { workspace: ours.workspace as string }),
      ...(ours.providerId !== undefined && { providerId: ours.providerId as string }),
    });
  }
  return { path, federationVersion, subgraphs, document };
}

export function readConfig(path = defaultConfigPath()): SupergraphConfig {
  const absolute = resolve(path);
  return parseConfig(readFileSync(absolute, 'utf8'), absolute);
}

/** Where a `file:` schema source lives: relative paths are relative to the config file, as for rover. */
export const schemaFilePath = (config: SupergraphConfig, file: string) =>
  isAbsolute(file) ? file : join(dirname(config.path), file);

/** The configuration text with `entry` added (or replacing the subgraph of that name, in its place). */
export function configWith(config: SupergraphConfig, entry: ConfiguredSubgraph): string {
  const document = config.document.clone();
  const node: Record<string, unknown> = {
    routing_url: entry.routingUrl,
    schema: 'file' in entry.schema ? { file: entry.schema.file } : { subgraph_url: entry.schema.subgraphUrl },
  };
  const ours = {
    ...(entry.workspace && { workspace: entry.workspace }),
    ...(entry.providerId && { providerId: entry.providerId }),
  };
  if (Object.keys(ours).length) node['x-veiinn'] = ours;
  document.setIn(['subgraphs', entry.name], document.createNode(node));
  return document.toString();
}

/** The configuration text without the subgraph `name`. */
export function configWithout(config: SupergraphConfig, name: string): string {
  const document = config.document.clone();
  const subgraphs = document.get('subgraphs');
  if (isMap(subgraphs)) subgraphs.delete(name);
  return document.toString();
}
