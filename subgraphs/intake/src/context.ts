import { DEVELOPMENT_PERSON_REF_KEY, settableToday, type RequestContext } from '@veiinn/kit';
import type { EntityManager } from '@mikro-orm/core';
import { createProviderClient, type ProviderClient } from './casework/provider-client/provider-client';
import type { LoadersOf, RowRulesOf } from './hub-module';
import { hubModules } from './modules';

/** The entities of the intake database, listed for MikroORM: every module's. */
export const intakeEntities = hubModules.flatMap((m) => [...m.entities]);

type HubModules = typeof hubModules;

/** Every module's loaders, one intersection, so each `ctx.loaders.x` keeps its own DataLoader type. */
export type IntakeLoaders = LoadersOf<HubModules>;

/** Every module's row rules, merged into `rowScope(ctx)` (access/row-scope.ts). */
export type IntakeRowRules = RowRulesOf<HubModules>;

/** Per-request DataLoaders: every entity lookup and child list of the intake subgraph goes through one. */
export function createIntakeLoaders(em: EntityManager, app: Pick<IntakeSettings, 'today'>): IntakeLoaders {
  return Object.assign({}, ...hubModules.map((m) => m.loaders?.(em, app) ?? {}));
}

/** Settings of the intake process, the same for every request. */
export interface IntakeSettings {
  /** Accept real national identity numbers; off everywhere but production, so demo data stays synthetic. */
  allowRealIdentityNumbers: boolean;
  /** Today's date in Norway (YYYY-MM-DD); replaceable so tests can fix the day. */
  today: () => string;
  /** Key of the identity-number pseudonym shared with the NAV adapter (VEIINN_PERSON_REF_KEY). */
  personRefKey: string;
  /**
   * Asks providers' subgraphs for the placements of granted decisions. `startIntakeSubgraph` gives it the hub's
   * service token (see `providerCallHeaders` in subgraph.ts); tests may replace it.
   */
  providerClient: ProviderClient;
}

export const defaultIntakeSettings: IntakeSettings = {
  allowRealIdentityNumbers: false,
  today: () => settableToday(),
  personRefKey: DEVELOPMENT_PERSON_REF_KEY,
  providerClient: createProviderClient(),
};

export type IntakeContext = RequestContext<IntakeLoaders, IntakeSettings>;
