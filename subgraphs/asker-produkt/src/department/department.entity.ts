import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { AskerProduktOffer } from '../offer/offer.entity';

/**
 * A department of Asker Produkt's VTA (signs and wood, food and main kitchen, canteens, cleaning and laundry,
 * transport): the group a VTA participant works in, and the protocol's `groupId`.
 */
@ObjectType('AskerProduktDepartment', { description: "A department of Asker Produkt's VTA, where participants work." })
@Entity({ tableName: 'department' })
export class AskerProduktDepartment {
  @Field(() => ID, { description: 'Stable slug of the department, e.g. "skilt-og-tre".' })
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Field(() => String, { description: 'Name in Norwegian bokmål, e.g. "Skilt og tre".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'Name in English, e.g. "Signs and wood".' })
  @Property({ type: 'string', length: 120 })
  nameEn!: string;

  @ManyToOne(() => AskerProduktOffer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<AskerProduktOffer>;

  @Field(() => ID, { description: 'Id of the offer (VTA) the department belongs to.' })
  get offerId(): string {
    return this.offer.id;
  }
}
