import type { EntityManager } from '@mikro-orm/core';
import {
  byIdLoader,
  childrenLoader,
  defineProviderSubgraph,
  type AuditMap,
  type ProviderSettings,
  type RequestContext,
} from '@veiinn/kit';
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

export const ASKER_PRODUKT_SUBGRAPH_NAME = 'asker-produkt';
export const ASKER_PRODUKT_DEFAULT_PORT = 4006;
/** Asker Produkt's provider id in the hub's registry (packages/demo-data/src/providers.ts). */
export const ASKER_PRODUKT_DEFAULT_PROVIDER_ID = 'asker-produkt';

/** Asker Produkt's own entities; the kit adds its outbox and idempotency tables. */
const ownEntities = [
  AskerProduktOffer,
  AskerProduktDepartment,
  AskerProduktPlacement,
  AskerProduktAftPeriod,
  AskerProduktGoal,
  AskerProduktGoalEvaluation,
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
export type AskerProduktSettings = ProviderSettings;
export type AskerProduktContext = RequestContext<AskerProduktLoaders, AskerProduktSettings>;

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

/** Asker Produkt AS: VTA by department and AFT, with its change feed and the placement protocol. */
export const askerProdukt = defineProviderSubgraph({
  name: ASKER_PRODUKT_SUBGRAPH_NAME,
  providerId: ASKER_PRODUKT_DEFAULT_PROVIDER_ID,
  defaultPort: ASKER_PRODUKT_DEFAULT_PORT,
  entities: ownEntities,
  migrations: askerProduktMigrations,
  resolvers: [OfferStubResolver, OfferResolver, PlacementStubResolver, PlacementResolver, GoalResolver],
  hubStubs: [OfferStub, PlacementStub],
  audit: askerProduktAudit,
  createLoaders: createAskerProduktLoaders,
  seed: seedDemoData,
  placements: askerProduktPlacements,
});

// The names the tests and the conformance suite import.
export const askerProduktEntities = askerProdukt.entities;
export const askerProduktDefinition = askerProdukt.definition;
export const createAskerProduktSchema = askerProdukt.createSchema;
export const openAskerProduktDatabase = askerProdukt.openDatabase;
export const startAskerProduktSubgraph = askerProdukt.start;
