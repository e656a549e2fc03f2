import { printSubgraphSchema } from '@apollo/subgraph';
import { arba } from '@veiinn/subgraph-arba';
import { dayServices } from '@veiinn/subgraph-day-services';
import { createIntakeSchema } from '@veiinn/subgraph-intake';
import { nav } from '@veiinn/subgraph-nav';
import { workCentre } from '@veiinn/subgraph-work-centre';
import type { GraphQLSchema } from 'graphql';
import { relative } from 'node:path';
import { readConfig, schemaFilePath, type SupergraphConfig } from './config';
import { composeSdls, configuredSdls, federationVersionProblem, HEADER } from './compose-config';

/** How to build each of our own subgraphs' schema (pure functions: no database, no port), by workspace. */
const schemaBuilders: Record<string, () => Promise<GraphQLSchema>> = {
  'subgraphs/intake': createIntakeSchema,
  'subgraphs/day-services': dayServices.createSchema,
  'subgraphs/work-centre': workCentre.createSchema,
  'subgraphs/arba': arba.createSchema,
  'subgraphs/nav': nav.createSchema,
};

export interface Composition {
  /** File name relative to the config's folder (schema/) to content. */
  files: Record<string, string>;
  errors: string[];
}

/**
 * Prints the SDL of each of our own subgraphs (those with an `x-veiinn.workspace` in the config) from its code,
 * reads the others' SDL files (partners, written by `npm run register`), and composes the supergraph with Apollo's
 * composition, as the gateway will load it. Also prints the API schema for codegen.
 */
export async function composeSupergraph(config: SupergraphConfig = readConfig()): Promise<Composition> {
  const files: Record<string, string> = {};
  const versionProblem = federationVersionProblem(config);
  if (versionProblem) return { files, errors: [versionProblem] };
  const missing = config.subgraphs.filter((s) => s.workspace !== undefined && !schemaBuilders[s.workspace]);
  if (missing.length) {
    return { files, errors: missing.map((s) => `No schema builder for subgraph "${s.name}" (${s.workspace}).`) };
  }
  const sdls = await configuredSdls(config, async (subgraph) => {
    if (subgraph.workspace === undefined || !('file' in subgraph.schema)) return undefined;
    const sdl = printSubgraphSchema(await schemaBuilders[subgraph.workspace]());
    const name = relative(config.path.replace(/[^/]+$/, ''), schemaFilePath(config, subgraph.schema.file));
    files[name] = HEADER + sdl + '\n';
    return sdl;
  });
  const composed = composeSdls(sdls);
  if (!composed.ok) return { files, errors: composed.errors };
  files['supergraph.graphql'] = composed.graph.supergraph;
  files['api.graphql'] = composed.graph.api;
  return { files, errors: [] };
}
