import { Access } from '@veiinn/kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { Offer } from '../../catalogue';
import { Participant } from '../../people';
import { NavGrant, NavGrantChange } from './nav-grant.entity';

@Resolver(() => NavGrant)
export class NavGrantResolver {
  @FieldResolver(() => Offer, { nullable: true, description: 'The offer granted; null if not in the catalogue.' })
  offer(@Root() grant: NavGrant, @Ctx() { loaders }: IntakeContext): Promise<Offer | null> {
    return grant.offerId ? loaders.offer.load(grant.offerId) : Promise.resolve(null);
  }

  @FieldResolver(() => [NavGrantChange], {
    description: 'Every change of the grant as it reached the hub, oldest first: granted, moved on, withdrawn.',
  })
  history(@Root() grant: NavGrant, @Ctx() { loaders }: IntakeContext): Promise<NavGrantChange[]> {
    return loaders.navGrantHistory.load(grant.id);
  }
}

@Resolver(() => Participant)
export class ParticipantNavGrantsResolver {
  @Directive(Access.NAV_RECORDS)
  @FieldResolver(() => [NavGrant], {
    description:
      'NAV’s grants of state places (VTA, AFT, VTAO) to the participant, as the NAV adapter reports them, withdrawn ones included; oldest status first.',
  })
  async navGrants(@Root() participant: Participant, @Ctx() { loaders }: IntakeContext): Promise<NavGrant[]> {
    return participant.personRef ? loaders.navGrantsByPersonRef.load(participant.personRef) : [];
  }
}
