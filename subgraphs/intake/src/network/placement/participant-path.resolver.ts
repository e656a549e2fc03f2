import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import type { IntakeContext } from '../../context';
import { Participant } from '../../people';
import { WaitingEntry } from '../waiting/waiting-entry.entity';
import { Placement, PlacementStatus, placementStatus } from './placement.entity';

/** The participant's path and waiting lists: fields the network adds to people's Participant. */
@Resolver(() => Participant)
export class ParticipantPathResolver {
  @FieldResolver(() => [Placement], {
    description:
      "The participant's path: every placement at every provider, past, current and planned, oldest first. Each provider's own detail is in its field on Placement (and refused by that provider where the caller may not see it).",
  })
  async placements(
    @Root() participant: Participant,
    @Arg('status', () => [PlacementStatus], {
      nullable: true,
      description: 'Only placements with these statuses; all when left out.',
    })
    status: PlacementStatus[] | null,
    @Ctx() ctx: IntakeContext,
  ): Promise<Placement[]> {
    const all = await rowScope(ctx).placementsOf(participant.id);
    const { app } = ctx;
    return status?.length ? all.filter((p) => status.includes(placementStatus(p, app.today()))) : all;
  }

  @FieldResolver(() => [WaitingEntry], {
    description:
      'Waiting lists the participant is or was on, across providers, oldest first. Provider staff see their own provider’s lists only, NAV’s staff those for state places.',
  })
  async waitingLists(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<WaitingEntry[]> {
    return rowScope(ctx).waitingOf(participant.id);
  }
}
