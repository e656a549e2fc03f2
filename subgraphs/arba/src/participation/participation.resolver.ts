import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import {
  AFT_OUTCOME,
  ARBA_WRITE,
  arbaScope,
  PROVIDER_DETAIL,
  providerDetailOnly,
  requireArbaWrite,
  seesParticipation,
} from '../access';
import { ArbaArena } from '../arena/arena.entity';
import type { ArbaContext } from '../context';
import { ArbaParticipation } from './participation.entity';
import {
  ArbaChangeParticipationHoursInput,
  ArbaEndParticipationInput,
  ArbaStartParticipationInput,
} from './participation.inputs';
import { changeHoursFromToday, endParticipation, startParticipation } from './participation.service';
import { withVersionCheck } from './participation.target';
import { PlacementStub } from './placement.stub';

@Resolver(() => PlacementStub)
export class PlacementStubResolver {
  @Directive(AFT_OUTCOME)
  @FieldResolver(() => ArbaParticipation, {
    nullable: true,
    description:
      "Arba's detail of the placement; null when the placement is not at Arba, or when the caller may not see it: " +
      "Arba's own staff and the case worker see every one, an applicant or guardian their own, NAV's staff AFT " +
      'placements only (periods and outcome), staff of other providers none.',
  })
  async arba(
    @Root() placement: PlacementStub,
    @Ctx() { loaders, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation | null> {
    const participation = await loaders.participation.load(placement.id);
    return participation && seesParticipation(arbaScope(caller, app), participation) ? participation : null;
  }
}

@Resolver(() => ArbaParticipation)
export class ParticipationResolver {
  @Directive(PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @FieldResolver(() => ArbaArena, { description: 'The arena the participant works or trains at.' })
  async arena(@Root() participation: ArbaParticipation, @Ctx() { loaders }: ArbaContext): Promise<ArbaArena> {
    const arena = await loaders.arena.load(participation.arena.id);
    if (!arena) throw new Error(`Placement ${participation.id} refers to missing arena ${participation.arena.id}`);
    return arena;
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => ArbaParticipation, {
    description:
      'Starts a participation in VTA or AFT (AFT gets its initial period of one year). Unknown ids give BAD_USER_INPUT; ' +
      'a full offer, or one whose free places are reserved for another municipality, gives FAILED_PRECONDITION ' +
      'NO_FREE_PLACE; a participant already placed in the measure from that day FAILED_PRECONDITION ALREADY_PLACED.',
  })
  async startArbaParticipation(
    @Arg('input', () => ArbaStartParticipationInput, { description: 'Who starts where, and when.' })
    input: ArbaStartParticipationInput,
    @Ctx() { em, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation> {
    requireArbaWrite(caller, app, { no: 'starte en deltakelse', en: 'start a participation' });
    return em.transactional((tx) => startParticipation(tx, input));
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => ArbaParticipation, {
    description:
      'Ends a participation. Unknown id gives NOT_FOUND; a stale expectedVersion CONFLICT; an end before the start, ' +
      'a missing AFT outcome or an end after the granted AFT periods BAD_USER_INPUT; an ended one FAILED_PRECONDITION ALREADY_ENDED. ' +
      'endDate null takes back the end of an ended participation (the hub undoing a transition’s end).',
  })
  async endArbaParticipation(
    @Arg('input', () => ArbaEndParticipationInput, { description: 'Which placement ends, when, and how.' })
    input: ArbaEndParticipationInput,
    @Ctx() { em, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation> {
    requireArbaWrite(caller, app, { no: 'avslutte en deltakelse', en: 'end a participation' });
    return withVersionCheck(input.participationId, () => em.transactional((tx) => endParticipation(tx, input)));
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => ArbaParticipation, {
    description:
      "Changes a participation's agreed hours a week, from today (or from its start, when it starts later). Unknown id " +
      'gives NOT_FOUND; a stale expectedVersion CONFLICT; hours out of range BAD_USER_INPUT; an ended one ' +
      'FAILED_PRECONDITION ALREADY_ENDED.',
  })
  async changeArbaParticipationHours(
    @Arg('input', () => ArbaChangeParticipationHoursInput, { description: 'Which placement, and its new hours.' })
    input: ArbaChangeParticipationHoursInput,
    @Ctx() { em, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation> {
    requireArbaWrite(caller, app, { no: 'endre timene til en deltakelse', en: "change a participation's hours" });
    return withVersionCheck(input.participationId, () =>
      em.transactional((tx) => changeHoursFromToday(tx, input, app.today())),
    );
  }
}
