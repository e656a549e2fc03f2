import { Access } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { Participant } from '../../people';
import { Provider } from '../../catalogue';
import { FlowMeeting, FlowMeetingItem, Transition } from './transition.entity';
import { CreateFlowMeetingInput } from './transition.inputs';

import { createFlowMeeting } from './flow-meeting.use-cases';
/** The provider registry's id of the allocation office, which coordinates the flow meetings. */
const ALLOCATION_OFFICE = 'tildelingskontoret';

@Resolver(() => FlowMeeting)
export class FlowMeetingResolver {
  @Query(() => FlowMeeting, { nullable: true, description: 'One flow meeting by id; null when there is none.' })
  flowMeeting(
    @Arg('id', () => ID, { description: 'Id of the flow meeting.' }) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<FlowMeeting | null> {
    return isUuid(id) ? loaders.flowMeeting.load(id) : Promise.resolve(null);
  }

  @Query(() => [FlowMeeting], { description: 'The flow meetings of a year, spring (week 18) first.' })
  flowMeetings(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { em }: IntakeContext,
  ): Promise<FlowMeeting[]> {
    return em.find(FlowMeeting, { year }, { orderBy: { week: 'asc' } });
  }

  @FieldResolver(() => Provider, {
    nullable: true,
    description: 'Who coordinates the meeting: the allocation office (Tildelingskontoret).',
  })
  coordinator(@Ctx() { loaders }: IntakeContext): Promise<Provider | null> {
    return loaders.provider.load(ALLOCATION_OFFICE);
  }

  @FieldResolver(() => [FlowMeetingItem], {
    description:
      'The agenda, in order, with each outcome once recorded: the items whose transition the caller may see.',
  })
  agenda(@Root() meeting: FlowMeeting, @Ctx() ctx: IntakeContext): Promise<FlowMeetingItem[]> {
    return rowScope(ctx).agendaOf(meeting.id);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => FlowMeeting, {
    description:
      'Creates the flow meeting of a year’s week 18 or 41, on the dates of the intake calendar. BAD_USER_INPUT for any other week or a year outside 2000-2100; FAILED_PRECONDITION FLOW_MEETING_IN_PAST when that week has ended (Oslo date); CONFLICT when that meeting exists, with its id in `extensions.flowMeetingId`.',
  })
  createFlowMeeting(
    @Arg('input', () => CreateFlowMeetingInput, { description: 'Year and week.' }) input: CreateFlowMeetingInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<FlowMeeting> {
    return createFlowMeeting(ctx, input);
  }
}

@Resolver(() => FlowMeetingItem)
export class FlowMeetingItemResolver {
  @FieldResolver(() => Transition, { description: 'The transition on the agenda.' })
  async transition(@Root() item: FlowMeetingItem, @Ctx() ctx: IntakeContext): Promise<Transition> {
    const transition = await rowScope(ctx).transition(item.transition.id);
    if (!transition) throw new Error(`Agenda item ${item.id} refers to missing transition`);
    return transition;
  }

  @FieldResolver(() => FlowMeeting, { description: 'The meeting.' })
  async flowMeeting(@Root() item: FlowMeetingItem, @Ctx() { loaders }: IntakeContext): Promise<FlowMeeting> {
    const meeting = await loaders.flowMeeting.load(item.flowMeeting.id);
    if (!meeting) throw new Error(`Agenda item ${item.id} refers to missing meeting`);
    return meeting;
  }
}

@Resolver(() => Participant)
export class ParticipantTransitionsResolver {
  @FieldResolver(() => [Transition], {
    description:
      'The participant’s transitions between offers, oldest first: for provider staff those involving their provider, for NAV’s staff those involving a state place.',
  })
  transitions(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<Transition[]> {
    return rowScope(ctx).transitionsOf(participant.id);
  }
}
