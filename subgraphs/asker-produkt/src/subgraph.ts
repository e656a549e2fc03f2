import type { EntityManager, MikroORM } from '@mikro-orm/core';
import {
  buildFederatedSchema,
  byIdLoader,
  childrenLoader,
  feedEntities,
  openDatabase,
  placementProtocolEntities,
  startSubgraph,
  type AuditMap,
  type ProviderIdentity,
  type RequestContext,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDatabaseOptions,
  type SubgraphDefinition,
} from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { AskerProduktAftPeriod } from './aft/aft-period.entity';
import { AskerProduktDepartment } from './department/department.entity';
import { AskerProduktGoal, AskerProduktGoalEvaluation } from './goal/goal.entity';
import { GoalResolver } from './goal/goal.resolver';
import { askerProduktMigrations } from './migrations';
import { AskerProduktOffer } from './offer/offer.entity';
import { OfferResolver, OfferStubResolver } from './offer/offer.resolver';
import { OfferStub } from './offer/offer.stub';
import { AskerProduktPlacement } from './placement/placement.entity';
import { askerProduktPlacements } from './placement/placement.protocol';
import { PlacementResolver, PlacementStubResolver } from './placement/placement.resolver';
import { PlacementStub } from './placement/placement.stub';
import { seedDemoData } from './seed/seed';

/*
 * The whole frame of Asker Produkt's subgraph in one file (entities, loaders, settings, schema, definition), so that
 * moving it onto a shared kit call later touches this file only. main.ts binds the port.
 */

export const ASKER_PRODUKT_SUBGRAPH_NAME = 'asker-produkt';
export const ASKER_PRODUKT_DEFAULT_PORT = 4006;
/** Asker Produkt's provider id in the hub's registry (packages/demo-data/src/providers.ts). */
export const ASKER_PRODUKT_DEFAULT_PROVIDER_ID = 'asker-produkt';

/** The entities of Asker Produkt's database, with the kit's outbox and idempotency tables. */
export const askerProduktEntities = [
  AskerProduktOffer,
  AskerProduktDepartment,
  AskerProduktPlacement,
  AskerProduktAftPeriod,
  AskerProduktGoal,
  AskerProduktGoalEvaluation,
  ...feedEntities,
  ...placementProtocolEntities,
];

/** Per-request DataLoaders: every lookup and child list of the subgraph goes through one. */
export function createAskerProduktLoaders(em: EntityManager) {
  // Five departments: one request reads them all once, whichever field asks first.
  let all: Promise<AskerProduktDepartment[]> | undefined;
  const departments = () => (all ??= em.find(AskerProduktDepartment, {}, { orderBy: { name: 'asc', id: 'asc' } }));
  return {
    departments,
    offer: byIdLoader(em, AskerProduktOffer, { uuidKeys: true }),
    placement: byIdLoader(em, AskerProduktPlacement, { uuidKeys: true }),
    department: byIdLoader(em, AskerProduktDepartment),
    departmentsByOffer: childrenLoader(em, AskerProduktDepartment, 'offer', (d) => d.offer.id, { name: 'asc' }),
    periodsByPlacement: childrenLoader(em, AskerProduktAftPeriod, 'placement', (p) => p.placement.id, {
      startDate: 'asc',
      id: 'asc',
    }),
    goalsByPlacement: childrenLoader(em, AskerProduktGoal, 'placement', (g) => g.placement.id, {
      setOn: 'asc',
      id: 'asc',
    }),
    evaluationsByGoal: childrenLoader(em, AskerProduktGoalEvaluation, 'goal', (e) => e.goal.id, {
      date: 'asc',
      id: 'asc',
    }),
  };
}
export type AskerProduktLoaders = ReturnType<typeof createAskerProduktLoaders>;

/** Which provider this is, for the row rules: whose staff and partner system see its participants. */
export type AskerProduktSettings = ProviderIdentity;
export type AskerProduktContext = RequestContext<AskerProduktLoaders, AskerProduktSettings>;

type Reference = { id: string };
type OfPlacement = { placement?: { unwrap(): { participantId?: string } } };
const ofPlacement = (row: OfPlacement) => row.placement?.unwrap().participantId;

/** Everything below a placement describes one participant: every read of it goes to the audit log. */
export const askerProduktAudit: AuditMap = {
  AskerProduktPlacement: {
    category: 'PROVIDER_DETAIL',
    participantId: (p: { participantId: string }) => p.participantId,
  },
  AskerProduktAftPeriod: { category: 'PROVIDER_DETAIL', participantId: ofPlacement },
  AskerProduktGoal: { category: 'PROVIDER_DETAIL', participantId: ofPlacement },
  AskerProduktGoalEvaluation: { category: 'PROVIDER_DETAIL' },
};

/** The subgraph's schema, without database or port. The hub's `Offer` and `Placement` resolve to their key. */
export function createAskerProduktSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [OfferStubResolver, OfferResolver, PlacementStubResolver, PlacementResolver, GoalResolver],
    orphanedTypes: [OfferStub, PlacementStub],
    referenceResolvers: {
      Offer: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
      Placement: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
    },
    audit: askerProduktAudit,
  });
}

/** Asker Produkt AS: VTA by department and AFT, with its change feed and the placement protocol. */
export const askerProduktDefinition: SubgraphDefinition<AskerProduktLoaders> = {
  name: ASKER_PRODUKT_SUBGRAPH_NAME,
  entities: askerProduktEntities,
  migrations: askerProduktMigrations,
  createSchema: createAskerProduktSchema,
  createLoaders: createAskerProduktLoaders,
  seed: seedDemoData,
  feed: true,
  placements: askerProduktPlacements,
};

/** Opens (and on first use creates and migrates) the database, without serving it. */
export function openAskerProduktDatabase(options: SubgraphDatabaseOptions): Promise<MikroORM> {
  return openDatabase({ ...options, entities: askerProduktEntities, migrations: askerProduktMigrations });
}

export interface StartAskerProduktOptions extends Omit<StartSubgraphOptions<AskerProduktSettings>, 'app'> {
  settings?: Partial<AskerProduktSettings>;
}

/** Opens the database, seeds it if asked and empty, and serves the subgraph. `stop()` closes both. */
export function startAskerProduktSubgraph(options: StartAskerProduktOptions): Promise<RunningSubgraph> {
  const { settings, ...rest } = options;
  return startSubgraph(askerProduktDefinition, {
    ...rest,
    app: { providerId: ASKER_PRODUKT_DEFAULT_PROVIDER_ID, ...settings },
  });
}
