import { requiresAnyRole, Role } from '@veiinn/kit';
import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import type { IntakeContext } from '../../context';
import { Placement } from '../../network';
import { Decision } from './decision.entity';
import { DecisionOutcome } from './decision.enums';

/** The provider's own view (the provider workspace, a partner's system): its own provider only. */
const OWN_PROVIDER = requiresAnyRole(Role.PROVIDER_STAFF, Role.PARTNER_SYSTEM);

@Resolver()
export class OwnGrantsResolver {
  @Directive(OWN_PROVIDER)
  @Query(() => [Decision], {
    description:
      "Places granted in the caller's own provider's offers (decisions on applications) that the provider has not started: no placement linked to the decision, and none of the participant's in that offer in the hub's index that has not ended. For the provider's staff and system only, who start them (e.g. VTA or AFT after NAV's grant); by start date.",
  })
  async ownGrantsToStart(@Ctx() ctx: IntakeContext): Promise<Decision[]> {
    const scope = rowScope(ctx);
    const providers = await scope.ownProviders();
    if (providers.length === 0) return [];
    const offers = (await Promise.all(providers.map((id) => ctx.loaders.offersByProvider.load(id)))).flat();
    const offerIds = offers.map((offer) => offer.id);
    if (offerIds.length === 0) return [];
    const decisions = await ctx.em.find(
      Decision,
      { outcome: DecisionOutcome.GRANTED, offer: { $in: offerIds }, transition: null, placementId: null },
      { orderBy: { startDate: 'asc', id: 'asc' } },
    );
    if (decisions.length === 0) return [];
    const today = ctx.app.today();
    const placed = await ctx.em.find(Placement, {
      offerId: { $in: offerIds },
      participantId: { $in: [...new Set(decisions.map((d) => d.participant.id))] },
    });
    const running = new Set(
      placed.filter((p) => p.endDate === null || p.endDate >= today).map((p) => `${p.participantId}|${p.offerId}`),
    );
    const open = decisions.filter((d) => !running.has(`${d.participant.id}|${d.offer!.id}`));
    // The row rule as everywhere: only participants in the provider's scope (who applied for its offers, ...).
    const seen = await Promise.all(open.map((d) => scope.seesParticipant(d.participant.id)));
    return open.filter((_, i) => seen[i]);
  }
}
