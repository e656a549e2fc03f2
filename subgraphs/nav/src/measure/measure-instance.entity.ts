import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { navMeasure } from './measure';
import { NavMeasureCode, NavMeasureInstanceStatus, NavStartType } from './measure.enums';

/**
 * A measure instance (gjennomføring): one provider's delivery of one NAV measure, e.g. VTA at Arba, with its
 * places. The counts of participants and waiting people are resolved in MeasureInstanceResolver.
 */
@ObjectType({
  description: 'A measure instance (gjennomføring): one provider delivering one NAV measure, e.g. VTA at Arba.',
})
@Entity({ tableName: 'measure_instance' })
export class NavMeasureInstance {
  @Field(() => ID, { description: "NAV's id of the measure instance." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'NAV\'s number of the instance, year/serial, e.g. "2016/104411".' })
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @Field(() => NavMeasureCode, { description: 'The measure delivered.' })
  @Enum({ items: () => NavMeasureCode, type: 'string', length: 40 })
  measureCode!: NavMeasureCode;

  @Field(() => String, {
    description: 'The provider that delivers it, by its provider id in the catalogue, e.g. "arba".',
  })
  @Property({ type: 'string', length: 64, index: true })
  providerOrganisation!: string;

  @Field(() => String, {
    nullable: true,
    description: "The provider's organisation number, which NAV uses; null until it is registered.",
  })
  @Property({ type: 'string', length: 9, nullable: true })
  organisationNumber: string | null = null;

  @Field(() => String, { description: 'Name of the instance, e.g. "Varig tilrettelagt arbeid, Arba Inkludering".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => NavMeasureInstanceStatus, { description: 'Whether the instance is running.' })
  @Enum({ items: () => NavMeasureInstanceStatus, type: 'string', length: 20 })
  status: NavMeasureInstanceStatus = NavMeasureInstanceStatus.GJENNOMFORES;

  @Field(() => NavStartType, { description: 'How participants start: continuously, together, or one by one.' })
  @Enum({ items: () => NavStartType, type: 'string', length: 20 })
  startType: NavStartType = NavStartType.LOPENDE;

  @Field(() => DateScalar, { description: 'First day of the instance.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the instance; null while open-ended.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => Int, { description: 'Places NAV has agreed with the provider (antallPlasser).' })
  @Property({ type: 'integer' })
  places!: number;

  @Field(() => Boolean, { description: 'Whether NAV can sign participants up now (åpen for påmelding).' })
  @Property({ type: 'boolean' })
  openForSignup = true;

  @Field(() => String, { nullable: true, description: 'Where participants meet (oppmøtested), e.g. "Bærum".' })
  @Property({ type: 'string', length: 200, nullable: true })
  placeOfAttendance: string | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'Estimated waiting time for a place, in weeks, as NAV publishes it; null when not published.',
  })
  @Property({ type: 'integer', nullable: true })
  estimatedWaitWeeks: number | null = null;

  /** The hub's catalogue offer this instance is delivered as; exposed as `offer`. */
  @Property({ type: 'uuid', nullable: true, index: true })
  offerId: string | null = null;

  /** What is waited for, in NAV's words, e.g. "VTA, Arba Inkludering (2016/104411)". */
  get description(): string {
    // NAV names instances "<measure>, <provider>"; the measure's short name replaces the first part.
    const comma = this.name.indexOf(', ');
    const provider = comma >= 0 ? this.name.slice(comma + 2) : this.name;
    return `${navMeasure(this.measureCode).shortName}, ${provider} (${this.number})`;
  }
}
