import { Cursor, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import {
  compareSortKeys,
  type Connection,
  ConnectionArgs,
  DEFAULT_PAGE_SIZE,
  UserInputError,
  validateConnectionArgs,
} from '@veiinn/kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { searchTerms } from '../../common/search';
import { Port } from '../../common/hook';
import { findLean } from '../../common/lean';
import { Offer } from './offer.entity';
import type { OfferFilter } from './offer.inputs';

/** How the catalogue is sorted; every order ends with the title in Norwegian order and the id, so pages are stable. */
export enum OfferOrder {
  TITLE = 'TITLE',
  FREE_PLACES = 'FREE_PLACES',
  NEXT_DEADLINE = 'NEXT_DEADLINE',
}
registerEnumType(OfferOrder, {
  name: 'OfferOrder',
  description: 'How the catalogue is sorted. Ties are broken by title (Norwegian order: æ, ø, å after z), then id.',
  valuesConfig: {
    TITLE: { description: 'By title in Norwegian alphabetical order (the default).' },
    FREE_PLACES: {
      description:
        'Most free places first (as `capacity.free` counts them today); offers without published places last.',
    },
    NEXT_DEADLINE: {
      description:
        'Soonest application deadline first (`nextApplicationDeadline`); offers with continuous intake (no deadline) last.',
    },
  },
});

@ObjectType({ description: 'One value of a catalogue facet and how many offers have it.' })
export class OfferFacetCount {
  @Field(() => String, {
    description:
      'The value, as the filter takes it: a provider id, an OfferKind or IntakeMode name, or a trade or site.',
  })
  value!: string;

  @Field(() => Int, { description: 'Offers with this value that meet the other conditions of the filter.' })
  count!: number;
}

/**
 * Free places per offer today, as `Capacity.free` counts them (places less placements current or upcoming, never
 * below 0; null when places are not published), for every offer in the catalogue: two statements.
 */
export async function freePlacesByOffer(em: EntityManager, today: string): Promise<Map<string, number | null>> {
  const offers = await em.find(Offer, { withdrawn: false }, { fields: ['id', 'places'] });
  const takenBy = await placementsNotEndedByOffer.ask(em, today);
  return new Map(
    offers.map((o) => [o.id, o.places === null ? null : Math.max(o.places - (takenBy.get(o.id) ?? 0), 0)]),
  );
}

/**
 * Placements current or upcoming on `today`, counted by offer: the placement index is the network module's, which
 * answers (network/module.ts), so the catalogue need not import it.
 */
export const placementsNotEndedByOffer = new Port<(em: EntityManager, today: string) => Promise<Map<string, number>>>(
  'placementsNotEndedByOffer',
);

export type FacetField = 'provider' | 'kind' | 'trade' | 'site' | 'intakeMode';

/** The filter as a query, without the condition on `omit` (a facet counts over the other conditions). */
export function offerWhere(
  filter: OfferFilter | null | undefined,
  free: Map<string, number | null> | null,
  omit?: FacetField,
): FilterQuery<Offer> {
  const where: FilterQuery<Offer> & Record<string, unknown> = { withdrawn: false };
  if (omit !== 'provider' && filter?.providerIds?.length) where.provider = { $in: filter.providerIds };
  if (omit !== 'kind' && filter?.kinds?.length) where.kind = { $in: filter.kinds };
  if (omit !== 'trade' && filter?.trade != null) where.trade = filter.trade;
  if (omit !== 'site' && filter?.site != null) where.site = filter.site;
  if (omit !== 'intakeMode' && filter?.intakeMode != null) where.intakeMode = filter.intakeMode;
  if (filter?.openForApplications != null) where.openForApplications = filter.openForApplications;
  if (filter?.hasFreePlaces != null && free) {
    const withFree = [...free].filter(([, n]) => n !== null && n > 0).map(([id]) => id);
    where.id = filter.hasFreePlaces ? { $in: withFree } : { $nin: withFree };
  }
  const terms = searchTerms(filter?.search);
  if (terms.length) where.$and = terms.map((term) => ({ searchText: { $like: `%${term}%` } }));
  return where;
}

/**
 * A page of offers in an order the database cannot sort by (free places are counted today), as `paginate` pages:
 * the same cursors' form, `first`/`after` and `last`/`before`. Sorts the matching offers' keys in memory (the
 * catalogue is one municipality's offers) and loads only the page's offers: a bounded number of statements.
 */
export async function paginateOffersBy(
  em: EntityManager,
  where: FilterQuery<Offer>,
  args: ConnectionArgs,
  key: (offer: Pick<Offer, 'id' | 'titleSort' | 'places' | 'intakeMode'>) => (string | number)[],
): Promise<Connection<Offer>> {
  const problems = validateConnectionArgs(args);
  if (problems.length) throw new UserInputError(problems);
  const rows = await em.find(Offer, where, { fields: ['id', 'titleSort', 'places', 'intakeMode'] });
  const compare = (a: (string | number)[], b: (string | number)[]) => {
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareSortKeys(String(x), String(y));
      if (c !== 0) return c;
    }
    return 0;
  };
  const keyed = rows.map((offer) => ({ id: offer.id, key: key(offer) })).sort((a, b) => compare(a.key, b.key));
  const width = keyed[0]?.key.length;
  const decode = (cursor: string, field: 'after' | 'before') => {
    const value = Cursor.decode(cursor) as (string | number)[];
    // A cursor of another order (another number of keys) would point nowhere in this one.
    if (width !== undefined && value.length !== width)
      throw new UserInputError([
        {
          field,
          nb: 'er en peker fra en annen sortering. Start fra første side når du endrer sorteringen.',
          en: 'is a cursor from another order; start from the first page when you change the order.',
        },
      ]);
    return value;
  };
  let from = 0;
  let to = keyed.length;
  if (args.after != null) {
    const after = decode(args.after, 'after');
    from = keyed.findIndex((k) => compare(k.key, after) > 0);
    if (from < 0) from = keyed.length;
  }
  if (args.before != null) {
    const before = decode(args.before, 'before');
    const index = keyed.findIndex((k) => compare(k.key, before) >= 0);
    to = index < 0 ? keyed.length : index;
  }
  const backward = args.last != null || args.before != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const slice = backward ? keyed.slice(Math.max(from, to - size), to) : keyed.slice(from, Math.min(to, from + size));
  const start = keyed.indexOf(slice[0]);
  const loaded = slice.length ? await findLean(em, Offer, { id: { $in: slice.map((k) => k.id) } }) : [];
  const byId = new Map(loaded.map((o) => [o.id, o]));
  const edges = slice.map((k) => ({ cursor: Cursor.encode(k.key), node: byId.get(k.id)! }));
  const nodes = edges.map((e) => e.node);
  return {
    edges,
    nodes,
    totalCount: keyed.length,
    pageInfo: {
      hasNextPage: (slice.length ? start + slice.length : from) < keyed.length,
      hasPreviousPage: (slice.length ? start : from) > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
