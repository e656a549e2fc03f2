import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AFT_OUTCOME } from '../access';
import { ArbaParticipation } from '../participation/participation.entity';

export enum AftPeriodKind {
  INITIAL = 'INITIAL',
  EXTENSION = 'EXTENSION',
}
registerEnumType(AftPeriodKind, {
  name: 'ArbaAftPeriodKind',
  description: 'Which period of an AFT participation NAV granted.',
  valuesConfig: {
    INITIAL: { description: 'The first period, at most one year.' },
    EXTENSION: { description: 'The one extension allowed, at most one more year, right after the first period.' },
  },
});

/** A period of AFT that NAV granted: the initial year and at most one extension, two years in all. */
@Directive(AFT_OUTCOME)
@ObjectType('ArbaAftPeriod', { description: 'A granted period of an AFT participation.' })
@Entity({ tableName: 'aft_period' })
export class AftPeriod {
  @Field(() => ID, { description: 'Stable id of the period.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ArbaParticipation, { ref: true, fieldName: 'participation_id', index: true })
  participation!: Ref<ArbaParticipation>;

  @Field(() => AftPeriodKind, { description: 'Initial period or extension.' })
  @Enum({ items: () => AftPeriodKind, type: 'string', length: 32 })
  kind!: AftPeriodKind;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  @Property({ type: 'string', length: 10 })
  endDate!: string;
}
