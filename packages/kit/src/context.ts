import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { requestIdentityOf, type Caller } from '@veiinn/contracts';

/**
 * What every resolver gets: a fresh identity map for this request only, the request's DataLoaders
 * (so batching and caching never leak between requests or callers), the process's settings and services,
 * an id for the logs, and the caller the gateway vouched for.
 */
export interface RequestContext<Loaders, App = unknown> {
  em: EntityManager;
  loaders: Loaders;
  app: App;
  requestId: string;
  /** Who is asking, verified from the gateway's token; null when the subgraph runs without service trust. */
  caller: Caller | null;
}

export type LoaderFactory<Loaders> = (em: EntityManager) => Loaders;

/**
 * The one factory that makes a request context. `requestId` is what the request came with (the gateway's
 * `x-request-id`); it is used only when well formed, as anyone who reaches a subgraph directly can send any header.
 */
export function createContextFactory<Loaders, App>(orm: MikroORM, createLoaders: LoaderFactory<Loaders>, app: App) {
  return (requestId?: string, caller: Caller | null = null): RequestContext<Loaders, App> => {
    const em = orm.em.fork();
    return { em, loaders: createLoaders(em), app, requestId: requestIdentityOf(requestId).requestId, caller };
  };
}
