import { ConnectionArgs, ConnectionType, DateScalar, compareNorwegian, seesSmallCounts } from '@veiinn/kit';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { HubWriteAccess } from '../../access/write-rules';
import { paginateLean } from '../../common/lean';
import type { IntakeContext } from '../../context';
import { Provider } from '../provider/provider.entity';
import { Capacity, shownCapacity } from '../capacity/capacity';
import {
  FacetField,
  freePlacesByOffer,
  OfferFacetCount,
  OfferOrder,
  offerWhere,
  paginateOffersBy,
} from './catalogue-query';
import { Offer } from './offer.entity';
import { CatalogueSource } from './offer.enums';
import { CreateOfferInput, OfferFilter, UpdateOfferInput } from './offer.inputs';
import { nextApplicationDeadline } from './offer.rules';

import { createOffer, updateOffer } from './offer.use-cases';

@ObjectType({ description: 'A page of offers from the catalogue.' })
export class OfferConnection extends ConnectionType(Offer, 'Offer') {}

@ObjectType({
  description: 'The values in use in the catalogue, for building filters, with how many offers have each.',
})
export class OfferFacets {
  @Field(() => [String], { description: 'Trades in use, sorted.' })
  trades!: string[];

  @Field(() => [String], { description: 'Sites in use, sorted.' })
  sites!: string[];

  @Field(() => [OfferFacetCount], {
    description:
      'Offers per provider (`value` is the provider id), counted over the filter without its `providerIds`; most first, then by id.',
  })
  providerCounts!: OfferFacetCount[];

  @Field(() => [OfferFacetCount], {
    description: 'Offers per kind (`value` is the OfferKind), counted over the filter without its `kinds`; most first.',
  })
  kindCounts!: OfferFacetCount[];

  @Field(() => [OfferFacetCount], {
    description:
      'Offers per trade, counted over the filter without its `trade`; in Norwegian order. No trade is left out.',
  })
  tradeCounts!: OfferFacetCount[];

  @Field(() => [OfferFacetCount], {
    description:
      'Offers per site, counted over the filter without its `site`; in Norwegian order. No site is left out.',
  })
  siteCounts!: OfferFacetCount[];

  @Field(() => [OfferFacetCount], {
    description:
      'Offers per intake mode (`value` is the IntakeMode), counted over the filter without its `intakeMode`; most first.',
  })
  intakeModeCounts!: OfferFacetCount[];
}

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => OfferConnection, {
    description:
      'The common offer catalogue across all providers, by title unless `orderBy` says otherwise, with filters and cursor pagination.',
  })
  async offers(
    @Arg('filter', () => OfferFilter, {
      nullable: true,
      description: 'Conditions the offers must meet; all offers when left out.',
    })
    filter: OfferFilter | null,
    @Arg('orderBy', () => OfferOrder, {
      nullable: true,
      description: 'How to sort: by title in Norwegian order (default), most free places, or soonest deadline.',
    })
    orderBy: OfferOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { em, app }: IntakeContext,
  ): Promise<OfferConnection> {
    const needsFree = filter?.hasFreePlaces != null || orderBy === OfferOrder.FREE_PLACES;
    const free = needsFree ? await freePlacesByOffer(em, app.today()) : null;
    const where = offerWhere(filter, free);
    if (orderBy === OfferOrder.FREE_PLACES) {
      // Most free first; not published (null) after every count, even 0.
      return paginateOffersBy(em, where, page, (o) => {
        const n = free!.get(o.id) ?? null;
        return [n === null ? 1 : 0, -(n ?? 0), o.titleSort, o.id];
      });
    }
    if (orderBy === OfferOrder.NEXT_DEADLINE) {
      const today = app.today();
      return paginateOffersBy(em, where, page, (o) => [
        nextApplicationDeadline(o.intakeMode, today) ?? '9999-12-31',
        o.titleSort,
        o.id,
      ]);
    }
    return paginateLean(em, Offer, where, page, [{ titleSort: 'asc' }, { id: 'asc' }]);
  }

  @Query(() => Offer, { nullable: true, description: 'One offer by id; null when there is none with that id.' })
  async offer(
    @Arg('id', () => ID, { description: 'Id of the offer.' }) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<Offer | null> {
    return loaders.offer.load(id);
  }

  @Query(() => OfferFacets, {
    description:
      'Trades and sites in use in the catalogue, for filter menus, and per provider, kind, trade, site and intake mode how many offers the filter finds when that facet’s own condition is left out (so a menu shows what choosing another value would give).',
  })
  async offerFacets(
    @Arg('filter', () => OfferFilter, {
      nullable: true,
      description: 'The catalogue’s current filter; the counts of each facet leave out its own condition.',
    })
    filter: OfferFilter | null,
    @Ctx() { em, app }: IntakeContext,
  ): Promise<OfferFacets> {
    const rows = await em.find(Offer, { withdrawn: false }, { fields: ['trade', 'site'] });
    const distinct = (values: (string | null)[]) =>
      [...new Set(values.filter((v): v is string => v !== null))].sort(compareNorwegian);
    const free = filter?.hasFreePlaces != null ? await freePlacesByOffer(em, app.today()) : null;
    // One statement per facet, over the filter without that facet's own condition.
    const count = async (field: FacetField): Promise<OfferFacetCount[]> => {
      const offers = await em.find(Offer, offerWhere(filter, free, field), { fields: [field] });
      const counts = new Map<string, number>();
      for (const offer of offers) {
        const value = field === 'provider' ? offer.provider.id : offer[field];
        if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return [...counts].map(([value, n]) => ({ value, count: n }));
    };
    const byCount = (a: OfferFacetCount, b: OfferFacetCount) => b.count - a.count || compareNorwegian(a.value, b.value);
    const byValue = (a: OfferFacetCount, b: OfferFacetCount) => compareNorwegian(a.value, b.value);
    return {
      trades: distinct(rows.map((r) => r.trade)),
      sites: distinct(rows.map((r) => r.site)),
      providerCounts: (await count('provider')).sort(byCount),
      kindCounts: (await count('kind')).sort(byCount),
      tradeCounts: (await count('trade')).sort(byValue),
      siteCounts: (await count('site')).sort(byValue),
      intakeModeCounts: (await count('intakeMode')).sort(byCount),
    };
  }

  @FieldResolver(() => Provider, { description: 'The provider that offers it.' })
  async provider(@Root() offer: Offer, @Ctx() { loaders }: IntakeContext): Promise<Provider> {
    const provider = await loaders.provider.load(offer.provider.id);
    if (!provider) throw new Error(`Offer ${offer.id} refers to missing provider ${offer.provider.id}`);
    return provider;
  }

  @FieldResolver(() => Capacity, {
    description: "Places, how many are occupied, upcoming and free, and how many wait, from the providers' feeds.",
  })
  async capacity(@Root() offer: Offer, @Ctx() { loaders, caller }: IntakeContext): Promise<Capacity> {
    if (seesSmallCounts(caller)) return shownCapacity(await loaders.capacityByOffer.load(offer.id));
    return loaders.publicCapacity.load(`offer:${offer.id}`);
  }

  @FieldResolver(() => CatalogueSource, { description: 'Who keeps this catalogue entry.' })
  source(@Root() offer: Offer): CatalogueSource {
    return offer.feedVersion === null ? CatalogueSource.HUB : CatalogueSource.PROVIDER_FEED;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'The next application deadline (1 February) for main intake; null for continuous intake.',
  })
  nextApplicationDeadline(@Root() offer: Offer, @Ctx() { app }: IntakeContext): string | null {
    return nextApplicationDeadline(offer.intakeMode, app.today());
  }

  @Directive(HubWriteAccess.CATALOGUE)
  @Mutation(() => Offer, {
    description:
      'Adds an offer to the catalogue. Invalid input gives BAD_USER_INPUT with the fields; FORBIDDEN for provider staff or a partner system adding to another provider.',
  })
  createOffer(
    @Arg('input', () => CreateOfferInput, { description: 'The new offer.' }) input: CreateOfferInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Offer> {
    return createOffer(ctx, input);
  }

  @Directive(HubWriteAccess.CATALOGUE)
  @Mutation(() => Offer, {
    description:
      'Changes an offer. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT; FORBIDDEN for provider staff or a partner system changing another provider’s offer.',
  })
  updateOffer(
    @Arg('input', () => UpdateOfferInput, { description: 'The offer and the changes.' }) input: UpdateOfferInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Offer> {
    return updateOffer(ctx, input);
  }
}
