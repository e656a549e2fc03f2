import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import type { IntakeContext } from '../../context';
import { Offer, Provider } from '../../catalogue';
import { Participant } from '../../people';
import { Placement, PlacementStatus, placementStatus } from './placement.entity';

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => Provider, { nullable: true, description: 'The provider where the place is.' })
  provider(@Root() placement: Placement, @Ctx() { loaders }: IntakeContext): Promise<Provider | null> {
    return loaders.provider.load(placement.providerId);
  }

  @FieldResolver(() => Offer, {
    nullable: true,
    description: 'The offer in the catalogue; null if the provider has not (yet) published it.',
  })
  offer(@Root() placement: Placement, @Ctx() { loaders }: IntakeContext): Promise<Offer | null> {
    return loaders.offer.load(placement.offerId);
  }

  @FieldResolver(() => Participant, { nullable: true, description: 'Whose place it is; null if unknown to the hub.' })
  participant(@Root() placement: Placement, @Ctx() ctx: IntakeContext): Promise<Participant | null> {
    return rowScope(ctx).participant(placement.participantId);
  }

  @FieldResolver(() => PlacementStatus, { description: 'Planned, active or ended, as of today.' })
  status(@Root() placement: Placement, @Ctx() { app }: IntakeContext): PlacementStatus {
    return placementStatus(placement, app.today());
  }
}
