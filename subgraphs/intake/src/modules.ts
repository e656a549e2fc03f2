import { installRowRules } from './access/row-scope';
import { auditModule } from './audit/module';
import { caseworkModule } from './casework/module';
import { catalogueModule } from './catalogue/module';
import type { HubModule } from './hub-module';
import { networkModule } from './network/module';
import { peopleModule } from './people/module';
import { statisticsModule } from './statistics/module';

/**
 * The hub's modules, lowest first: each may use the public files (`index.ts`) of those before it, never of those
 * after it (docs/architecture.md, "The hub's modules"). Order matters twice: the organisation view is built in
 * this order (a module reads the ids of the ones below), and hook handlers run in it.
 */
export const hubModules = [
  catalogueModule,
  peopleModule,
  auditModule,
  networkModule,
  caseworkModule,
  statisticsModule,
] as const;

/** Composes the hub once per process: row rules into the row scope, hook handlers onto their hooks. */
function compose(modules: readonly HubModule[]): void {
  installRowRules(modules);
  for (const module of modules) module.registerHooks?.();
}

compose(hubModules);
