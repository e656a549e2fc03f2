import type { EntityManager } from '@mikro-orm/core';
import type { AuditMap, RetentionRule } from '@veiinn/kit';
import type { IntakeContext, IntakeSettings } from './context';
import type { OrganisationView, RowScope, RowScopeCore } from './access/row-scope';

/** A reference resolver of a federated entity type: how another subgraph's `{ id }` becomes the hub's row. */
type ReferenceResolver = { __resolveReference: (ref: { id: string }, ctx: IntakeContext) => unknown };

/**
 * One module of the hub (docs/architecture.md, "The hub's modules"): what it brings to the subgraph. `context.ts`,
 * `schema.ts` and the row scope fold these over `hubModules` (modules.ts), so a module is added in one place.
 */
export interface HubModule<Loaders extends object = object, Rules extends object = object> {
  name: string;
  /** The module's tables, for MikroORM. */
  entities: readonly (abstract new (...args: never[]) => object)[];
  /** Its per-request DataLoaders, merged into `ctx.loaders` (names must not clash across modules). */
  loaders?: (em: EntityManager, settings: Pick<IntakeSettings, 'today'>) => Loaders;
  // type-graphql takes resolver classes as plain functions.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: readonly Function[];
  /** Its types that describe one participant, and how each read of them goes to the audit log. */
  audit?: AuditMap;
  referenceResolvers?: Record<string, ReferenceResolver>;
  /** Its row rules, merged into `rowScope(ctx)`; they may use the rules of the modules below (through `scope`). */
  rowRules?: (scope: RowScope) => Rules;
  /**
   * What a provider's (or NAV's) scope sees of this module's rows, added to the organisation view in module order:
   * a module reads the ids the modules below have found and adds its own (and the participants they involve).
   */
  organisationView?: (em: EntityManager, view: OrganisationView, scope: RowScopeCore) => Promise<void>;
  /** The hooks the module raises for the modules above it (the handlers register in their own module files). */
  hooks?: readonly { name: string }[];
  /** Registers the module's handlers on the hooks of the modules below (see common/hook.ts). */
  registerHooks?: () => void;
  /** What of the module's data is removed once it has passed its time (retention.ts runs them). */
  retention?: readonly RetentionRule[];
}

/** A module's retention rule (docs/privacy.md, "Retention"); the runner is the kit's. */
export type { RetentionRule };

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every module's loaders, as one precise type (an intersection, so `ctx.loaders.x` keeps its DataLoader type). */
export type LoadersOf<M extends readonly HubModule[]> = Intersection<
  { [K in keyof M]: M[K] extends HubModule<infer L, object> ? L : never }[number]
>;

/** Every module's row rules, as one type. */
export type RowRulesOf<M extends readonly HubModule[]> = Intersection<
  { [K in keyof M]: M[K] extends HubModule<object, infer R> ? R : never }[number]
>;
