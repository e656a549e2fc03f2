import { OptimisticLockError, type FilterQuery } from '@mikro-orm/core';
import {
  ConflictError,
  ConnectionArgs,
  ConnectionType,
  DateScalar,
  FailedPreconditionError,
  isUuid,
  NotFoundError,
  paginate,
  UserInputError,
  compareNorwegian,
} from '@veiinn/kit';
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
import { HubWriteAccess, requireOwnProvider } from '../access/write-rules';
import { searchTerms, searchTextOf } from '../common/search';
import type { IntakeContext } from '../context';
import { Provider } from '../provider/provider.entity';
import { Capacity } from '../capacity/capacity';
import { Offer } from './offer.entity';
import { CatalogueSource } from './offer.enums';
import { CreateOfferInput, OfferFilter, UpdateOfferInput } from './offer.inputs';
import {
  defaultsForKind,
  easyReadInputProblems,
  nextApplicationDeadline,
  validateOffer,
  type OfferFields,
} from './offer.rules';

@ObjectType({ description: 'A page of offers from the catalogue.' })
export class OfferConnection extends ConnectionType(Offer, 'Offer') {}

@ObjectType({ description: 'The values in use in the catalogue, for building filters.' })
export class OfferFacets {
  @Field(() => [String], { description: 'Trades in use, sorted.' })
  trades!: string[];

  @Field(() => [String], { description: 'Sites in use, sorted.' })
  sites!: string[];
}

function fieldsOf(offer: Offer): OfferFields {
  return {
    kind: offer.kind,
    title: offer.title,
    description: offer.description,
    eligibility: offer.eligibility,
    trade: offer.trade,
    site: offer.site,
    hoursPerWeek: offer.hoursPerWeek,
    places: offer.places,
  };
}

function assign(offer: Offer, input: Partial<CreateOfferInput>): void {
  if (input.kind != null) offer.kind = input.kind;
  if (input.title) [offer.titleNb, offer.titleEn] = [input.title.nb.trim(), input.title.en.trim()];
  if (input.description)
    [offer.descriptionNb, offer.descriptionEn] = [input.description.nb.trim(), input.description.en.trim()];
  if (input.easyRead) [offer.easyReadNb, offer.easyReadEn] = [input.easyRead.nb.trim(), input.easyRead.en.trim()];
  if (input.eligibility)
    [offer.eligibilityNb, offer.eligibilityEn] = [input.eligibility.nb.trim(), input.eligibility.en.trim()];
  if (input.trade !== undefined) offer.trade = input.trade?.trim() || null;
  if (input.site !== undefined) offer.site = input.site?.trim() || null;
  if (input.hoursPerWeek !== undefined) offer.hoursPerWeek = input.hoursPerWeek;
  if (input.places !== undefined) offer.places = input.places;
  if (input.intakeMode != null) offer.intakeMode = input.intakeMode;
  if (input.decidedBy != null) offer.decidedBy = input.decidedBy;
  if (input.openForApplications != null) offer.openForApplications = input.openForApplications;
}

function refreshSearchText(offer: Offer, provider: Provider): void {
  offer.searchText = searchTextOf([
    offer.titleNb,
    offer.titleEn,
    offer.descriptionNb,
    offer.descriptionEn,
    offer.trade,
    offer.site,
    provider.name,
    provider.shortName,
  ]);
}

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => OfferConnection, {
    description: 'The common offer catalogue across all providers, by title, with filters and cursor pagination.',
  })
  async offers(
    @Arg('filter', () => OfferFilter, {
      nullable: true,
      description: 'Conditions the offers must meet; all offers when left out.',
    })
    filter: OfferFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { em }: IntakeContext,
  ): Promise<OfferConnection> {
    const where: FilterQuery<Offer> = { withdrawn: false };
    if (filter?.providerIds?.length) where.provider = { $in: filter.providerIds };
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter?.trade != null) where.trade = filter.trade;
    if (filter?.site != null) where.site = filter.site;
    if (filter?.intakeMode != null) where.intakeMode = filter.intakeMode;
    if (filter?.openForApplications != null) where.openForApplications = filter.openForApplications;
    const terms = searchTerms(filter?.search);
    if (terms.length) where.$and = terms.map((term) => ({ searchText: { $like: `%${term}%` } }));
    return paginate(em, Offer, where, page, [{ titleSort: 'asc' }, { id: 'asc' }]);
  }

  @Query(() => Offer, { nullable: true, description: 'One offer by id; null when there is none with that id.' })
  async offer(
    @Arg('id', () => ID, { description: 'Id of the offer.' }) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<Offer | null> {
    return loaders.offer.load(id);
  }

  @Query(() => OfferFacets, { description: 'Trades and sites in use in the catalogue, for filter menus.' })
  async offerFacets(@Ctx() { em }: IntakeContext): Promise<OfferFacets> {
    const rows = await em.find(Offer, { withdrawn: false }, { fields: ['trade', 'site'] });
    const distinct = (values: (string | null)[]) =>
      [...new Set(values.filter((v): v is string => v !== null))].sort(compareNorwegian);
    return { trades: distinct(rows.map((r) => r.trade)), sites: distinct(rows.map((r) => r.site)) };
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
  capacity(@Root() offer: Offer, @Ctx() { loaders }: IntakeContext): Promise<Capacity> {
    return loaders.capacityByOffer.load(offer.id);
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
  async createOffer(
    @Arg('input', () => CreateOfferInput, { description: 'The new offer.' }) input: CreateOfferInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Offer> {
    await requireOwnProvider(ctx, input.providerId, { no: 'legge til tilbud', en: 'add offers' });
    return ctx.em.transactional(async (tx) => {
      const provider = await tx.findOne(Provider, { id: input.providerId });
      const offer = new Offer();
      offer.provider = tx.getReference(Provider, input.providerId, { wrapped: true });
      Object.assign(offer, defaultsForKind(input.kind));
      assign(offer, input);
      const problems = [...validateOffer(fieldsOf(offer)), ...easyReadInputProblems(input.easyRead)];
      if (!provider)
        problems.unshift({
          field: 'providerId',
          nb: `det finnes ingen tilbyder med id «${input.providerId}».`,
          en: `no provider has the id "${input.providerId}".`,
        });
      if (problems.length) throw new UserInputError(problems);
      refreshSearchText(offer, provider!);
      tx.persist(offer);
      return offer;
    });
  }

  @Directive(HubWriteAccess.CATALOGUE)
  @Mutation(() => Offer, {
    description:
      'Changes an offer. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT; FORBIDDEN for provider staff or a partner system changing another provider’s offer.',
  })
  async updateOffer(
    @Arg('input', () => UpdateOfferInput, { description: 'The offer and the changes.' }) input: UpdateOfferInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Offer> {
    const id = input.offerId;
    try {
      return await ctx.em.transactional(async (tx) => {
        // Not a UUID: not one of ours (and PostgreSQL's uuid column would refuse the comparison).
        const offer = isUuid(id) ? await tx.findOne(Offer, { id }, { populate: ['provider', 'searchText'] }) : null;
        if (!offer) throw new NotFoundError('Offer', id);
        await requireOwnProvider(ctx, offer.provider.id, { no: 'endre tilbud', en: 'change offers' });
        if (offer.feedVersion !== null) {
          throw new FailedPreconditionError('OWNED_BY_PROVIDER', {
            nb: `Tilbudet publiseres av ${offer.provider.getEntity().name} i deres eget system. Endre det der.`,
            en: `Offer ${id} is published by ${offer.provider.getEntity().name} through its own subgraph; change it there.`,
          });
        }
        if (input.expectedVersion != null && input.expectedVersion !== offer.version) {
          throw new ConflictError(
            {
              nb: `Tilbudet er endret siden versjon ${input.expectedVersion}. Nå er det versjon ${offer.version}. Les det på nytt.`,
              en: `Offer ${id} has changed since version ${input.expectedVersion}; it is now version ${offer.version}.`,
            },
            {
              currentVersion: offer.version,
            },
          );
        }
        const { expectedVersion: _v, offerId: _id, ...changes } = input;
        assign(offer, changes as Partial<CreateOfferInput>);
        const problems = [...validateOffer(fieldsOf(offer)), ...easyReadInputProblems(input.easyRead)];
        if (problems.length) throw new UserInputError(problems);
        refreshSearchText(offer, offer.provider.getEntity());
        return offer;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError)
        throw new ConflictError({
          nb: `Tilbudet ble endret av noen andre samtidig. Les det på nytt.`,
          en: `Offer ${id} was changed by someone else at the same time; read it again.`,
        });
      throw error;
    }
  }
}
