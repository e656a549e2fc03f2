import { DateScalar, StatCount } from '@veiinn/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { FlowMeeting } from '../transition/transition.entity';
import { TransitionStatus } from '../transition/transition.enums';

@ObjectType({
  description:
    'The applications of one intake round submitted in a period, by what was decided on them by its last day (or today). Aggregates only, no person; outside case work small counts are hidden.',
})
export class IntakeRoundStatistics {
  @Field(() => String, {
    description:
      'The round\'s key: "MAIN-2027" (main intake with the deadline 1 February 2027), "NEWCOMER-2027" (newcomers to that main intake), or "CONTINUOUS" (continuous intake, Arba and NAV places).',
  })
  round!: string;

  @Field(() => String, { description: 'The round in bokmål, e.g. "Hovedopptak 2027"; translate by `round`.' })
  label!: string;

  @Field(() => StatCount, {
    description: 'Applications of the round submitted in the period: granted + rejected + waiting + undecided.',
  })
  submitted!: StatCount;

  @Field(() => StatCount, { description: 'Of them, granted a place (innvilget) by the period’s last day.' })
  granted!: StatCount;

  @Field(() => StatCount, { description: 'Of them, rejected (avslått) by the period’s last day.' })
  rejected!: StatCount;

  @Field(() => StatCount, { description: 'Of them, put on the waiting list (venteliste) by the period’s last day.' })
  waiting!: StatCount;

  @Field(() => StatCount, {
    description: 'Of them, with no decision by the period’s last day: still being assessed, or withdrawn before one.',
  })
  undecided!: StatCount;

  @Field(() => Int, {
    nullable: true,
    description:
      'Median days from submission (the day in Norway) to the decision, of those decided (nearest rank); null when fewer than 5 are decided or the round’s counts are hidden.',
  })
  medianDaysToDecision!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The 90th percentile of the same days (nearest rank); null as `medianDaysToDecision`.',
  })
  p90DaysToDecision!: number | null;
}

@ObjectType({ description: 'How many transitions on a flow meeting’s agenda got one outcome.' })
export class TransitionOutcomeCount {
  @Field(() => TransitionStatus, {
    description:
      'The outcome, as the transition’s status right after the meeting: AGREED, REJECTED, PROPOSED (postponed to a later meeting) or ON_AGENDA (no outcome recorded yet).',
  })
  status!: TransitionStatus;

  @Field(() => StatCount, { description: 'Transitions on the agenda with that outcome.' })
  count!: StatCount;
}

@ObjectType({
  description:
    'One flow meeting held in a period (its week begun), with the transitions on its agenda by outcome. Aggregates only; outside case work small counts are hidden.',
})
export class FlowMeetingStatistics {
  @Field(() => FlowMeeting, { description: 'The meeting (for the roles that may read flow meetings).' })
  meeting!: FlowMeeting;

  @Field(() => DateScalar, { description: 'The first day of the meeting’s week (its Monday).' })
  date!: string;

  @Field(() => Int, { description: 'The meeting’s ISO week, 18 or 41; readable by everyone, unlike `meeting`.' })
  week!: number;

  @Field(() => StatCount, { description: 'Transitions on the agenda: the sum of `byOutcome`.' })
  transitions!: StatCount;

  @Field(() => [TransitionOutcomeCount], {
    description:
      'The transitions by outcome, always the four of them in the order AGREED, REJECTED, PROPOSED, ON_AGENDA.',
  })
  byOutcome!: TransitionOutcomeCount[];
}
