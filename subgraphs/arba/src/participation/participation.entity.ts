import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { AFT_OUTCOME, PROVIDER_DETAIL, providerDetailOnly } from '../access';
import { ArbaArena } from '../arena/arena.entity';
import { ArbaMeasure, ArbaMunicipality } from '../common/enums';
import { ArbaOffer } from '../offer/offer.entity';

export enum ArbaAftOutcome {
  WORK = 'WORK',
  EDUCATION = 'EDUCATION',
  OTHER = 'OTHER',
}
registerEnumType(ArbaAftOutcome, {
  name: 'ArbaAftOutcome',
  description:
    'Where an AFT participant went when the measure ended; NAV expects over half to go on to work or education.',
  valuesConfig: {
    WORK: { description: 'Moved on to work.' },
    EDUCATION: { description: 'Moved on to education.' },
    OTHER: { description: 'Anything else, e.g. another measure or illness.' },
  },
});

/**
 * One participant's place in Arba's VTA or AFT: at one arena, counted for one municipality. The hub's `Placement`
 * has the same id, learnt from the feed. The participant is the hub's, known here by id only.
 *
 * Access: the type is for the provider detail's readers and NAV's staff (`AFT_OUTCOME`); the fields NAV may not see
 * say `PROVIDER_DETAIL` and refuse NAV's staff here too (`providerDetailOnly`). Which rows a caller gets is decided
 * where a participation is reached (`Placement.arba`), see src/access.ts.
 */
@Directive(AFT_OUTCOME)
@ObjectType('ArbaPlacement', {
  description: "Arba's detail of a placement in VTA or AFT: arena, municipality, hours, AFT periods and VTA goals.",
})
@Entity({ tableName: 'participation' })
export class ArbaParticipation {
  @Field(() => ID, { description: "Id of the placement, the same as the hub's `Placement`." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: "The hub's participant id." })
  @Property({ type: 'uuid', index: true })
  participantId!: string;

  @ManyToOne(() => ArbaOffer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<ArbaOffer>;

  @ManyToOne(() => ArbaArena, { ref: true, fieldName: 'arena_id', index: true })
  arena!: Ref<ArbaArena>;

  @Field(() => ArbaMeasure, { description: 'VTA or AFT, from the kind of the offer.' })
  @Enum({ items: () => ArbaMeasure, type: 'string', length: 32 })
  measure!: ArbaMeasure;

  @Directive(PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @Field(() => ArbaMunicipality, { description: 'The municipality whose places the participation uses.' })
  @Enum({ items: () => ArbaMunicipality, type: 'string', length: 32 })
  municipality: ArbaMunicipality = ArbaMunicipality.BAERUM;

  @Directive(PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @Field(() => Float, { description: 'Agreed hours of work or training a week.' })
  @Property({ type: 'double' })
  hoursPerWeek!: number;

  @Field(() => DateScalar, { description: 'First day.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null while the participation runs.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => ArbaAftOutcome, {
    nullable: true,
    description: 'Where an AFT participant went at the end; null while running, and always null for VTA.',
  })
  @Enum({ items: () => ArbaAftOutcome, type: 'string', length: 32, nullable: true })
  outcome: ArbaAftOutcome | null = null;

  /**
   * AFT: the last day of the periods NAV granted (the initial year, or the extension); null for VTA. Kept on the
   * participation so that granting an extension changes the row, and with it the version a caller read.
   */
  @Field(() => DateScalar, {
    nullable: true,
    description: 'AFT: the last day of the periods NAV granted, initial year and extension; null for VTA.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  aftGrantedUntil: string | null = null;

  @Directive(PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when changing.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => ID, { description: 'Id of the offer (VTA or AFT) the placement is in.' })
  get offerId(): string {
    return this.offer.id;
  }
}
