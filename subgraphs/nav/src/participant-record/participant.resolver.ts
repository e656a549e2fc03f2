import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '../common/ids';
import { osloDate } from '../common/nav-time';
import type { NavContext } from '../context';
import { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavParticipantStatus } from './participant-record.enums';
import { NavParticipantRecord } from './participant-record.entity';
import { NavParticipant, NavWaitingListEntry, NavWaitingPosition, ParticipantStub } from './participant.stub';

const sinceOf = (record: NavParticipantRecord) => record.waitingSince ?? osloDate(record.statusAt);

@Resolver(() => ParticipantStub)
export class ParticipantResolver {
  @Directive('@requires(fields: "navRef")')
  @FieldResolver(() => NavParticipant, {
    nullable: true,
    description: "NAV's records of the participant; null when the hub has no identity number to match them by.",
  })
  nav(@Root() participant: ParticipantStub): NavParticipant | null {
    return participant.navRef ? { personRef: participant.navRef } : null;
  }
}

@Resolver(() => NavParticipant)
export class NavParticipantResolver {
  @FieldResolver(() => [NavParticipantRecord], { description: 'Participations in NAV measures, newest status first.' })
  records(@Root() person: NavParticipant, @Ctx() { loaders }: NavContext): Promise<NavParticipantRecord[]> {
    return loaders.recordsByPersonRef.load(person.personRef);
  }

  @FieldResolver(() => [NavWaitingPosition], { description: 'The waiting lists the participant is on, with places.' })
  async waitingLists(@Root() person: NavParticipant, @Ctx() { loaders }: NavContext): Promise<NavWaitingPosition[]> {
    const records = await loaders.recordsByPersonRef.load(person.personRef);
    const waiting = records.filter((r) => r.status === NavParticipantStatus.VENTELISTE);
    const lists = await Promise.all(waiting.map((r) => loaders.waitingList.load(r.measureInstance.id)));
    return waiting.map((record, i) => ({
      measureInstanceId: record.measureInstance.id,
      since: sinceOf(record),
      position: lists[i].findIndex((r) => r.id === record.id) + 1,
      waitingCount: lists[i].length,
    }));
  }
}

@Resolver(() => NavWaitingPosition)
export class WaitingPositionResolver {
  @FieldResolver(() => NavMeasureInstance, { description: 'The measure instance waited for.' })
  async measureInstance(
    @Root() position: NavWaitingPosition,
    @Ctx() { loaders }: NavContext,
  ): Promise<NavMeasureInstance> {
    const instance = await loaders.measureInstance.load(position.measureInstanceId);
    if (!instance) throw new Error(`Waiting position refers to missing measure instance ${position.measureInstanceId}`);
    return instance;
  }

  @Query(() => [NavWaitingListEntry], {
    description: 'The waiting list of a measure instance, longest waiting first; empty for an unknown instance.',
  })
  async navWaitingList(
    @Arg('measureInstanceId', () => ID, { description: "NAV's id of the measure instance." })
    measureInstanceId: string,
    @Ctx() { loaders }: NavContext,
  ): Promise<NavWaitingListEntry[]> {
    if (!isUuid(measureInstanceId)) return [];
    const list = await loaders.waitingList.load(measureInstanceId.toLowerCase());
    return list.map((record, i) => ({ position: i + 1, since: sinceOf(record), recordId: record.id }));
  }
}
