import { DateScalar, LocalizedText, UserInputError } from '@veiinn/kit';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { IntakeEventKind, intakeCalendar } from './intake-calendar';

registerEnumType(IntakeEventKind, {
  name: 'IntakeEventKind',
  description: 'A kind of event in the yearly intake calendar (årshjul).',
  valuesConfig: {
    INFORMATION_MEETING: { description: 'The joint information meeting for pupils, guardians and teachers (week 39).' },
    OPEN_DAYS: { description: 'Open days at the providers before the deadline (weeks 2-4).' },
    APPLICATION_DEADLINE: { description: 'The main-intake deadline, 1 February.' },
    FLOW_MEETING: { description: 'A flow meeting (dynamisk flyt) on moves between offers, in weeks 18 and 41.' },
  },
});

@ObjectType({ description: 'One event in the yearly intake calendar (årshjul).' })
export class IntakeCalendarEvent {
  @Field(() => IntakeEventKind, { description: 'What kind of event.' })
  kind!: IntakeEventKind;

  @Field(() => LocalizedText, { description: 'Title, e.g. "Søknadsfrist for hovedopptaket".' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What happens, in plain language.' })
  description!: LocalizedText;

  @Field(() => DateScalar, { description: 'First day (YYYY-MM-DD).' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day (YYYY-MM-DD); the same as the first for a one-day event.' })
  endDate!: string;
}

@Resolver()
export class IntakeCalendarResolver {
  @Query(() => DateScalar, {
    description:
      'The hub’s day in Norway (YYYY-MM-DD): the day its deadlines and flow meetings go by (e.g. whether a meeting’s week has begun), so a page says what the hub will do rather than what the device’s clock says.',
  })
  today(@Ctx() ctx: IntakeContext): string {
    return ctx.app.today();
  }

  @Query(() => [IntakeCalendarEvent], {
    description:
      'The intake calendar of the main intake with the deadline 1 February `year`, by date: the information meeting the autumn before, open days, the deadline, and the flow meetings of that year.',
  })
  intakeCalendar(
    @Arg('year', () => Int, { description: 'The year of the application deadline, e.g. 2027.' }) year: number,
  ): IntakeCalendarEvent[] {
    if (year < 2000 || year > 2100)
      throw new UserInputError([{ field: 'year', nb: 'må være fra 2000 til 2100.', en: 'must be from 2000 to 2100.' }]);
    return intakeCalendar(year);
  }
}
