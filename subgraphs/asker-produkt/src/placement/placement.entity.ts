import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Access } from '@veiinn/kit';
import { Directive, Field, Float, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { AskerProduktDepartment } from '../department/department.entity';
import { AskerProduktMeasure, AskerProduktOffer } from '../offer/offer.entity';
import { AFT_OUTCOME, providerDetailOnly } from './placement.access';

/**
 * One participant's place in Asker Produkt's VTA or AFT. The hub's `Placement` has the same id, learnt from the
 * feed; the participant is the hub's, known here by id only. A VTA placement is in a department (or none recorded).
 * NAV's staff read AFT placements for their periods and outcome; the fields marked `PROVIDER_DETAIL` refuse them.
 */
@Directive(AFT_OUTCOME)
@ObjectType('AskerProduktPlacement', {
  description: "Asker Produkt's detail of a placement in VTA or AFT: department, hours, AFT periods and goals.",
})
@Entity({ tableName: 'placement' })
export class AskerProduktPlacement {
  @Field(() => ID, { description: "Id of the placement, the same as the hub's `Placement`." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: "The hub's participant id." })
  @Property({ type: 'uuid', index: true })
  participantId!: string;

  @ManyToOne(() => AskerProduktOffer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<AskerProduktOffer>;

  /** Null for AFT, and for the VTA participants whose department is not recorded. */
  @ManyToOne(() => AskerProduktDepartment, { ref: true, fieldName: 'department_id', index: true, nullable: true })
  department: Ref<AskerProduktDepartment> | null = null;

  @Field(() => AskerProduktMeasure, { description: 'VTA or AFT, from the offer.' })
  @Enum({ items: () => AskerProduktMeasure, type: 'string', length: 32 })
  measure!: AskerProduktMeasure;

  @Directive(Access.PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @Field(() => Float, { description: 'Agreed hours of work or training a week; 37.5 is one full place.' })
  @Property({ type: 'double' })
  hoursPerWeek!: number;

  @Field(() => DateScalar, { description: 'First day.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null while the placement runs.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Directive(Access.PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @Field(() => Int, { description: 'Version for optimistic locking; the version published on the feed.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => ID, { description: 'Id of the offer (VTA or AFT) the placement is in.' })
  get offerId(): string {
    return this.offer.id;
  }
}
