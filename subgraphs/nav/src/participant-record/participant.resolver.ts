import { Access } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '../common/ids';
import { osloDate } from '../common/nav-time';
import type { NavContext } from '../context';
import { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavParticipantStatus } from './participant-record.enums';
import { NavParticipantRecord } from './participant-record.entity';
import { NavParticipant, NavWaitingListEntry, NavWaitingPosition, ParticipantStub } from './participant.stub';
import { NAV_WAITING_LIST, navScope, seesRecordsOf } from '../access';

const sinceOf = (record: NavParticipantRecord) => record.waitingSince ?? osloDate(record.statusAt);

@Resolver(() => ParticipantStub)
export class ParticipantResolver {
  @Directive('@requires(fields: "navRef")')
  @Directive(Access.NAV_RECORDS)
  @FieldResolver(() => NavParticipant, {
    nullable: true,
    description:
      "NAV's records of the participant; null when the hub has no identity number to match them by, or when the " +
      'caller may not see them: NAV staff and the case worker see everyone’s, an applicant or guardian their own, ' +
      'provider staff and the analyst no one’s.',
  })
  nav(@Root() participant: ParticipantStub, @Ctx() { caller }: NavContext): NavParticipant | null {
    if (!participant.navRef || !seesRecordsOf(navScope(caller), participant.id)) return null;
    return { personRef: participant.navRef };
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

  @Directive(NAV_WAITING_LIST)
  @Query(() => [NavWaitingListEntry], {
    description:
      'The waiting list of a measure instance, longest waiting first; empty for an unknown instance. Entry by entry ' +
      'for NAV staff and the case worker; an applicant or guardian gets an empty list here (the adapter knows people ' +
      'by pseudonym only) and finds their own position under `Participant.nav.waitingLists`. How many wait is public: ' +
      '`NavMeasureInstance.waiting`.',
  })
  async navWaitingList(
    @Arg('measureInstanceId', () => ID, { description: "NAV's id of the measure instance." })
    measureInstanceId: string,
    @Ctx() { loaders, caller }: NavContext,
  ): Promise<NavWaitingListEntry[]> {
    if (!isUuid(measureInstanceId) || navScope(caller).kind !== 'all') return [];
    const list = await loaders.waitingList.load(measureInstanceId.toLowerCase());
    return list.map((record, i) => ({ position: i + 1, since: sinceOf(record), recordId: record.id }));
  }
}
