import {
  Access,
  ConflictError,
  onRace,
  seesSmallCounts,
  NotFoundError,
  textProblems,
  UserInputError,
  type FieldProblem,
} from '@veiinn/kit';
import {
  Arg,
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
import { rowScope } from '../../access/row-scope';
import { requireCaseWorker } from '../../access/write-rules';
import { Capacity, shownCapacity, sumCapacity } from '../capacity/capacity';
import type { IntakeContext } from '../../context';
import { FeedStatus } from './feed-status';
import { Offer } from '../offer/offer.entity';
import { Provider } from './provider.entity';
import { RegisterProviderInput, SetProviderFeedInput } from './provider.inputs';

@ObjectType({ description: "One provider's capacity over all its offers in the catalogue." })
export class ProviderCapacity extends Capacity {
  @Field(() => Provider, { description: 'The provider counted.' })
  provider!: Provider;
}

function feedUrlProblems(url: string | null | undefined, field = 'feedUrl'): FieldProblem[] {
  if (url == null) return [];
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return [];
  } catch {
    // falls through to the problem below
  }
  return [
    {
      field,
      nb: 'må være en http- eller https-adresse, for eksempel «https://subgraph.example.no/feed».',
      en: 'must be an http or https URL, e.g. "https://subgraph.example.no/feed".',
    },
  ];
}

/** A subgraph name as composition accepts it (schema/src/config.ts, SUBGRAPH_NAME), at most 64 characters. */
const SUBGRAPH_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function subgraphProblems(subgraph: string | null | undefined): FieldProblem[] {
  if (subgraph == null || (SUBGRAPH_NAME.test(subgraph) && subgraph.length <= 64)) return [];
  return [
    {
      field: 'subgraph',
      nb: 'må være navnet på en subgraf: små bokstaver, sifre og enkle bindestreker, høyst 64 tegn.',
      en: 'must be the name of a subgraph: lower-case letters, digits and single hyphens, at most 64.',
    },
  ];
}

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => [Provider], { description: 'All organisations in the provider registry, by name.' })
  async providers(@Ctx() { em }: IntakeContext): Promise<Provider[]> {
    return em.find(Provider, {}, { orderBy: { nameSort: 'asc', id: 'asc' } });
  }

  @Query(() => Provider, { nullable: true, description: 'One provider by id; null when there is none with that id.' })
  async provider(
    @Arg('id', () => ID, { description: 'Id of the provider, e.g. "arba".' }) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<Provider | null> {
    return loaders.provider.load(id);
  }

  @Query(() => [ProviderCapacity], {
    description:
      'Capacity per provider across the catalogue, for dashboards: aggregates only, no person. Every provider in the registry, by name; one without offers or placements has zeros (and `places` null when none is published). Outside case work counts of 1 to 4 people, and what they could be worked out from, are hidden (`suppressed`).',
  })
  async capacityOverview(@Ctx() ctx: IntakeContext): Promise<ProviderCapacity[]> {
    const providers = await ctx.em.find(Provider, {}, { orderBy: { nameSort: 'asc', id: 'asc' } });
    const capacities = await Promise.all(providers.map((p) => this.capacity(p, ctx)));
    return providers.map((p, i) => Object.assign(new ProviderCapacity(), capacities[i], { provider: p }));
  }

  @FieldResolver(() => Capacity, { description: "Capacity summed over the provider's offers." })
  async capacity(@Root() provider: Provider, @Ctx() { loaders, caller }: IntakeContext): Promise<Capacity> {
    if (!seesSmallCounts(caller)) return loaders.publicCapacity.load(`provider:${provider.id}`);
    const offers = await loaders.offersByProvider.load(provider.id);
    return shownCapacity(sumCapacity(await Promise.all(offers.map((o) => loaders.capacityByOffer.load(o.id)))));
  }

  @Directive(Access.FEED_STATUS)
  @FieldResolver(() => FeedStatus, {
    nullable: true,
    description:
      "How far the hub has read the provider's change feed; null for a provider without one, and for provider staff of another provider.",
  })
  async feed(@Root() provider: Provider, @Ctx() ctx: IntakeContext): Promise<FeedStatus | null> {
    return (await rowScope(ctx).seesFeed(provider.id)) ? ctx.loaders.feedStatus.load(provider.id) : null;
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Provider, {
    description:
      'Adds an organisation to the registry. With a feed URL the hub starts following its feed: a provider joins by registration, not by code.',
  })
  async registerProvider(
    @Arg('input', () => RegisterProviderInput, { description: 'The organisation.' }) input: RegisterProviderInput,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<Provider> {
    requireCaseWorker(caller, { no: 'registrere tilbydere', en: 'register providers' });
    const problems: FieldProblem[] = [];
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.id) || input.id.length > 64) {
      problems.push({
        field: 'id',
        nb: 'kan bare ha små bokstaver, sifre og enkle bindestreker, høyst 64 tegn.',
        en: 'must be lower-case letters, digits and single hyphens, at most 64.',
      });
    }
    for (const [field, value, max] of [
      ['name', input.name, 200],
      ['shortName', input.shortName, 40],
      ['municipality', input.municipality, 80],
    ] as const) {
      problems.push(...textProblems(field, value, { max }));
    }
    if (input.organisationNumber != null && !/^\d{9}$/.test(input.organisationNumber)) {
      problems.push({ field: 'organisationNumber', nb: 'må ha 9 sifre.', en: 'must be 9 digits.' });
    }
    for (const lang of ['nb', 'en'] as const) {
      problems.push(...textProblems(`description.${lang}`, input.description[lang], { max: 2000, multiline: true }));
    }
    problems.push(...feedUrlProblems(input.feedUrl), ...subgraphProblems(input.subgraph));
    if (problems.length) throw new UserInputError(problems);
    const taken = () =>
      new ConflictError(
        {
          nb: `En tilbyder med id «${input.id}» er allerede registrert.`,
          en: `A provider with the id "${input.id}" is already registered.`,
        },
        { field: 'id' },
      );
    // Two registrations of one id at once: the primary key decides, and the loser is told it is taken.
    return onRace(
      ['unique'],
      () =>
        em.transactional(async (tx) => {
          if (await tx.count(Provider, { id: input.id })) throw taken();
          return tx.create(Provider, {
            id: input.id,
            name: input.name.trim(),
            shortName: input.shortName.trim(),
            kind: input.kind,
            municipality: input.municipality.trim(),
            organisationNumber: input.organisationNumber ?? null,
            descriptionNb: input.description.nb.trim(),
            descriptionEn: input.description.en.trim(),
            feedUrl: input.feedUrl ?? null,
            subgraph: input.subgraph ?? null,
          } as never);
        }),
      taken,
    );
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Provider, {
    description:
      "Sets or removes (null) the URL of a provider's change feed, and its subgraph when given. Unknown id gives NOT_FOUND.",
  })
  async setProviderFeed(
    @Arg('input', () => SetProviderFeedInput, { description: 'The provider and its feed URL.' })
    input: SetProviderFeedInput,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<Provider> {
    const { providerId } = input;
    const feedUrl = input.feedUrl ?? null;
    requireCaseWorker(caller, { no: 'endre tilbyderes strømmer', en: "set providers' feeds" });
    const problems = [...feedUrlProblems(feedUrl), ...subgraphProblems(input.subgraph)];
    if (problems.length) throw new UserInputError(problems);
    return em.transactional(async (tx) => {
      const provider = await tx.findOne(Provider, { id: providerId });
      if (!provider) throw new NotFoundError('Provider', providerId);
      provider.feedUrl = feedUrl;
      if (input.subgraph !== undefined) provider.subgraph = input.subgraph;
      return provider;
    });
  }

  @FieldResolver(() => [Offer], { description: "The provider's offers in the catalogue, by title." })
  async offers(@Root() provider: Provider, @Ctx() { loaders }: IntakeContext): Promise<Offer[]> {
    return loaders.offersByProvider.load(provider.id);
  }
}
