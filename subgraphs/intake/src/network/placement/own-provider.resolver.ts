import { isUuid, requiresAnyRole, Role } from '@veiinn/kit';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { Provider } from '../../catalogue';
import type { IntakeContext } from '../../context';
import { Placement, PlacementStatus, placementStatus } from './placement.entity';

/** The provider's own view (the provider workspace, a partner's system): its own provider only, never anyone else's. */
const OWN_PROVIDER = requiresAnyRole(Role.PROVIDER_STAFF, Role.PARTNER_SYSTEM);

@Resolver()
export class OwnProviderResolver {
  @Directive(OWN_PROVIDER)
  @Query(() => Provider, {
    nullable: true,
    description:
      "The provider the caller works for (provider staff: the token's provider; a partner system: by organisation number); null when the registry has none. For provider staff and partner systems only.",
  })
  async ownProvider(@Ctx() ctx: IntakeContext): Promise<Provider | null> {
    const [providerId] = await rowScope(ctx).ownProviders();
    return providerId ? ctx.loaders.provider.load(providerId) : null;
  }

  @Directive(OWN_PROVIDER)
  @Query(() => [Placement], {
    description:
      "The placements at the caller's own provider (as `ownProvider`), by start and id: for the provider's staff and system only. Each has the provider's own detail in its field.",
  })
  async ownPlacements(
    @Arg('status', () => [PlacementStatus], {
      nullable: true,
      description: 'Only placements with these statuses (as of today); all when left out.',
    })
    status: PlacementStatus[] | null,
    @Arg('participantId', () => ID, {
      nullable: true,
      description: "Only this participant's placements; all when left out.",
    })
    participantId: string | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Placement[]> {
    const providers = await rowScope(ctx).ownProviders();
    if (providers.length === 0 || (participantId != null && !isUuid(participantId))) return [];
    const rows = await ctx.em.find(
      Placement,
      { providerId: { $in: providers }, ...(participantId != null && { participantId: participantId.toLowerCase() }) },
      { orderBy: { startDate: 'asc', id: 'asc' } },
    );
    const today = ctx.app.today();
    return status?.length ? rows.filter((p) => status.includes(placementStatus(p, today))) : rows;
  }
}
