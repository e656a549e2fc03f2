import { Access, DateScalar } from '@veiinn/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { NAV_WAITING_LIST } from '../access';

/**
 * The hub's participant, as a stub with its key. `navRef` is the hub's pseudonym of the person's national identity
 * number: inaccessible to clients, declared here as external so the gateway fetches it from the hub and hands it
 * to `nav` (`@requires`). The adapter never sees the number itself.
 */
@Directive('@key(fields: "id")')
@ObjectType('Participant', {
  description: 'A participant: a person who applies for, or has, a place in adapted work or daily activity.',
})
export class ParticipantStub {
  @Field(() => ID, { description: 'Stable id of the participant, used across all providers.' })
  id!: string;

  @Directive('@external')
  @Field(() => String, {
    nullable: true,
    // The hub's own description, so composition has one text for the field.
    description: 'Pseudonym for matching NAV records; internal to the graph.',
  })
  navRef!: string | null;
}

/** What NAV knows of one person; carries the pseudonym only to resolve its fields, never as a field. */
@Directive(Access.NAV_RECORDS)
@ObjectType({ description: "What NAV's records say about a participant: participations and waiting lists." })
export class NavParticipant {
  personRef!: string;
}

/** One person's place on one waiting list. */
@Directive(Access.NAV_RECORDS)
@ObjectType({ description: "A participant's place on the waiting list of one measure instance." })
export class NavWaitingPosition {
  measureInstanceId!: string;

  @Field(() => DateScalar, { description: 'On the waiting list since this day.' })
  since!: string;

  @Field(() => Int, { description: 'Place in the queue: 1 is the person who has waited longest.' })
  position!: number;

  @Field(() => Int, { description: 'How many people wait for this measure instance in all.' })
  waitingCount!: number;
}

/** One entry of a measure instance's waiting list, without the person. */
@Directive(NAV_WAITING_LIST)
@ObjectType({ description: 'One entry of a waiting list, without the person: place in the queue and since when.' })
export class NavWaitingListEntry {
  @Field(() => Int, { description: 'Place in the queue: 1 has waited longest.' })
  position!: number;

  @Field(() => DateScalar, { description: 'On the waiting list since this day.' })
  since!: string;

  @Field(() => ID, { description: 'Id of the participant record (deltaker) in NAV.' })
  recordId!: string;
}
