import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ArbaArena } from '../arena/arena.entity';
import type { ArbaContext } from '../context';
import { ArbaSupervisorRatio } from '../supervisor/supervisor-ratio';
import { ArbaOffer } from './offer.entity';
import { OfferStub } from './offer.stub';
import { ArbaPlaceReservation } from './place-reservation.entity';

@Resolver(() => OfferStub)
export class OfferStubResolver {
  @FieldResolver(() => ArbaOffer, {
    nullable: true,
    description:
      "Arba's detail of the offer: places, reservations, arenas and staffing; null when the offer is not Arba's.",
  })
  arba(@Root() offer: OfferStub, @Ctx() { loaders }: ArbaContext): Promise<ArbaOffer | null> {
    return loaders.offer.load(offer.id);
  }
}

@Resolver(() => ArbaOffer)
export class OfferResolver {
  @FieldResolver(() => [ArbaPlaceReservation], {
    description: 'Places reserved for a municipality (18 VTA places for Asker); empty when none are.',
  })
  reservations(@Root() offer: ArbaOffer, @Ctx() { loaders }: ArbaContext): Promise<ArbaPlaceReservation[]> {
    return loaders.reservationsByOffer.load(offer.id);
  }

  @FieldResolver(() => [ArbaArena], {
    description: 'Arenas in use, by name: where the offer has participants today or its measure has supervisors.',
  })
  async arenas(@Root() offer: ArbaOffer, @Ctx() { loaders, app }: ArbaContext): Promise<ArbaArena[]> {
    if (!offer.measure) return [];
    const staffing = await loaders.staffing.load(app.today());
    return staffing.arenaRatios(offer.measure, offer.id).map((r) => r.arena!);
  }

  @FieldResolver(() => ArbaSupervisorRatio, {
    nullable: true,
    description:
      "Today's participants of the offer per supervisor of its measure, against the norm; null for catalogue-only offers.",
  })
  async supervisorRatio(
    @Root() offer: ArbaOffer,
    @Ctx() { loaders, app }: ArbaContext,
  ): Promise<ArbaSupervisorRatio | null> {
    if (!offer.measure) return null;
    return (await loaders.staffing.load(app.today())).ratio(offer.measure, { offerId: offer.id });
  }

  @FieldResolver(() => [ArbaSupervisorRatio], {
    description: 'The same ratio per arena in use, by arena name; empty for catalogue-only offers.',
  })
  async arenaSupervisorRatios(
    @Root() offer: ArbaOffer,
    @Ctx() { loaders, app }: ArbaContext,
  ): Promise<ArbaSupervisorRatio[]> {
    if (!offer.measure) return [];
    return (await loaders.staffing.load(app.today())).arenaRatios(offer.measure, offer.id);
  }
}
