import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives, type IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { auditSchema } from './audit';
import { DateScalar, DateTimeScalar, type AuditMap } from '@veiinn/contracts';

/**
 * The Apollo Federation version every Veiinn subgraph speaks, pinned here once. v2.9 brings the access
 * directives (`@authenticated`, `@requiresScopes`, `@policy`) the graph will use for sign-in and roles.
 */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.9';

/** The federation directives a subgraph may use; imported in one `@link` so that no subgraph pins its own. */
export const FEDERATION_IMPORTS = [
  '@key',
  '@shareable',
  '@external',
  '@requires',
  '@provides',
  '@override',
  '@inaccessible',
  '@tag',
  '@interfaceObject',
  '@authenticated',
  '@requiresScopes',
  '@policy',
] as const;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type name; each should go through a DataLoader. */
  referenceResolvers?: IResolvers;
  /** The types whose fields describe one participant, and how: every read of them goes to the audit log. */
  audit?: AuditMap;
}

/**
 * Builds a federated subgraph schema from type-graphql resolvers: type-graphql makes the types, @apollo/subgraph
 * adds `_entities`/`_service` and the federation `@link`. Pure: no database, no port, so the server, the
 * composition script and tests all call the same function.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Subgraphs may lack a Query type of their own; @apollo/subgraph adds one.
    skipCheck: true,
    validate: false,
  });
  const link = `extend schema @link(url: "${FEDERATION_SPEC_URL}", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(', ')}])`;
  const typeDefs = gql`
    ${link}
    ${printSchemaWithDirectives(typeGraphqlSchema)}
  `;
  const resolvers = createResolversMap(typeGraphqlSchema) as IResolvers;
  for (const [typeName, fields] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) };
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  return options.audit ? auditSchema(schema, options.audit) : schema;
}

export { DateScalar, DateTimeScalar };
