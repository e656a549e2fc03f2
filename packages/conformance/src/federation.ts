import { composeServices } from '@apollo/composition';
import { Kind, parse, type DefinitionNode, type DocumentNode } from 'graphql';
import type { FeedSeen } from './feed';
import { excerpt, HUB_NAME, type GraphQLBody, type Probe } from './probe';
import { fail, notChecked, run, type CheckResult } from './result';

/** An entity to resolve by its key, e.g. `{ typename: 'Offer', id: '…' }`. */
export interface EntityRef {
  typename: string;
  id: string;
}

export interface FederationOptions {
  /** The hub's subgraph schema (schema/intake.graphql), which the subgraph must compose with. */
  hubSdl: string;
  /** Entities to resolve besides the ones the feed names (and the provider itself). */
  entities?: EntityRef[];
  /** The provider's id in the hub: resolved as a `Provider` when the subgraph has that entity. */
  providerId?: string;
}

/** Entities tried per type: enough to see the resolver work for more than one, few enough to stay quick. */
const PER_TYPE = 5;

/** The types of a schema that carry `@key(fields: "…")`, with their key fields. */
export function keyedTypes(document: DocumentNode): Map<string, string> {
  const keyed = new Map<string, string>();
  for (const definition of document.definitions) {
    if (!isObjectType(definition)) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key' && directive.name.value !== 'federation__key') continue;
      const fields = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
      if (fields?.kind === Kind.STRING) keyed.set(definition.name.value, fields.value.trim());
    }
  }
  return keyed;
}

const isObjectType = (d: DefinitionNode) =>
  d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION;

/** The ids to resolve per entity type: from the feed's records (not the deleted ones), the provider, the given. */
function idsToTry(seen: FeedSeen | null, options: FederationOptions): Map<string, string[]> {
  const ids = new Map<string, Set<string>>();
  const add = (typename: string, id: unknown) => {
    if (typeof id !== 'string' || id === '') return;
    const set = ids.get(typename) ?? new Set<string>();
    ids.set(typename, set);
    set.add(id);
  };
  for (const ref of options.entities ?? []) add(ref.typename, ref.id);
  if (options.providerId) add('Provider', options.providerId);
  const latest = new Map<string, (typeof seen & object)['events'][number]>();
  for (const event of seen?.events ?? []) latest.set(`${event.type} ${event.id}`, event);
  for (const event of latest.values()) {
    if (event.data === null) continue;
    if (event.type === 'offer') add('Offer', event.id);
    if (event.type === 'placement') {
      add('Placement', event.id);
      add('Offer', event.data['offerId']);
      add('Participant', event.data['participantId']);
    }
    if (event.type === 'waiting' || event.type === 'nav-grant') {
      add('Offer', event.data['offerId']);
      add('Participant', event.data['participantId']);
    }
  }
  return new Map([...ids].map(([typename, set]) => [typename, [...set].slice(0, PER_TYPE)]));
}

/**
 * Federation: `_service { sdl }` answers, the SDL composes with the hub's schema, and `_entities` resolves each
 * entity the subgraph shares with the hub by key, for ids the subgraph itself publishes. Returns the SDL.
 */
export async function checkFederation(
  probe: Probe,
  results: CheckResult[],
  seen: FeedSeen | null,
  options: FederationOptions,
): Promise<string | null> {
  let sdl: string | null = null;
  let document: DocumentNode | null = null;
  await run(results, 'federation', 'federation.service', '_service { sdl } answers', async () => {
    const answer = await probe.graphql({ query: '{ _service { sdl } }' });
    if (answer.status === 401 && !probe.hasGatewayKey) {
      return notChecked('the subgraph refused a request without the gateway’s token; give --key');
    }
    const body = answer.json as GraphQLBody | undefined;
    const service = body?.data?.['_service'] as { sdl?: unknown } | undefined;
    if (answer.status !== 200 || typeof service?.sdl !== 'string' || !service.sdl.trim()) {
      return fail(`{ _service { sdl } } got HTTP ${answer.status}: ${excerpt(answer.text)}`);
    }
    try {
      document = parse(service.sdl);
    } catch (error) {
      return fail(`the SDL does not parse: ${(error as Error).message}`);
    }
    sdl = service.sdl;
    return `${service.sdl.length} characters of SDL`;
  });

  const hub = parse(options.hubSdl);
  await run(results, 'federation', 'federation.composes', 'composes with the hub’s schema', async () => {
    if (!document) return notChecked('no SDL to compose (see above)');
    if (probe.name === HUB_NAME) return fail(`the subgraph is named "${HUB_NAME}", the hub's own name`);
    const composed = composeServices([
      { name: HUB_NAME, url: `http://${HUB_NAME}.invalid/graphql`, typeDefs: hub },
      { name: probe.name, url: probe.url, typeDefs: document },
    ]);
    if (composed.errors?.length) {
      const messages = composed.errors.slice(0, 2).map((e) => e.message.replace(/\s+/g, ' '));
      return fail(`${composed.errors.length} composition errors: ${messages.join(' | ')}`);
    }
    return `"${HUB_NAME}" + "${probe.name}" compose`;
  });

  if (!document) return sdl;
  const hubKeys = keyedTypes(hub);
  const shared = [...keyedTypes(document)].filter(([typename]) => hubKeys.has(typename));
  const ids = idsToTry(seen, options);
  for (const [typename, fields] of shared) {
    await run(results, 'federation', `federation.entities.${typename}`, `_entities resolves ${typename} by id`, () =>
      checkEntities(probe, typename, fields, ids.get(typename) ?? []),
    );
  }
  if (!shared.length) {
    await run(results, 'federation', 'federation.entities', '_entities resolves the shared entities', async () =>
      fail(`no type with @key is shared with the hub (${[...hubKeys.keys()].slice(0, 4).join(', ')}, …)`),
    );
  }
  return sdl;
}

async function checkEntities(probe: Probe, typename: string, fields: string, ids: string[]): Promise<string> {
  if (fields !== 'id') return notChecked(`the key of ${typename} is "${fields}", not "id"`);
  if (!ids.length) {
    return notChecked(`the feed names no ${typename}; give one with --entity ${typename}:<id>`);
  }
  const answer = await probe.graphql({
    query: `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on ${typename} { id } } }`,
    variables: { representations: ids.map((id) => ({ __typename: typename, id })) },
  });
  const body = answer.json as GraphQLBody | undefined;
  if (answer.status !== 200 || !body || body.errors?.length) {
    return fail(`_entities for ${ids.length} ${typename} got HTTP ${answer.status}: ${excerpt(answer.text)}`);
  }
  const entities = body.data?.['_entities'];
  if (!Array.isArray(entities) || entities.length !== ids.length) {
    return fail(`_entities gave ${Array.isArray(entities) ? entities.length : 'no list'} for ${ids.length} ids`);
  }
  for (const [index, id] of ids.entries()) {
    const entity = entities[index] as { __typename?: unknown; id?: unknown } | null;
    if (entity?.__typename !== typename || entity.id !== id) {
      return fail(`${typename} ${id} resolved to ${JSON.stringify(entity)}`);
    }
  }
  return `${ids.length} ${typename} resolved (${ids[0]}${ids.length > 1 ? ', …' : ''})`;
}
