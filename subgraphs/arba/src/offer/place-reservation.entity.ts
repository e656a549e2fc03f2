import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ArbaMunicipality } from '../common/enums';
import { ArbaOffer } from './offer.entity';

/**
 * Places of an offer kept for one municipality: of Arba's 114 VTA places, 18 are reserved for Asker kommune, and
 * Bærum uses the rest. Other municipalities' participations may not take reserved places.
 */
@ObjectType('ArbaPlaceReservation', {
  description: "Places of an Arba offer reserved for one municipality's residents.",
})
@Entity({ tableName: 'place_reservation' })
@Unique({ properties: ['offer', 'municipality'] })
export class ArbaPlaceReservation {
  @Field(() => ID, { description: 'Stable id of the reservation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ArbaOffer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<ArbaOffer>;

  @Field(() => ArbaMunicipality, { description: 'The municipality the places are kept for.' })
  @Enum({ items: () => ArbaMunicipality, type: 'string', length: 32 })
  municipality!: ArbaMunicipality;

  @Field(() => Int, { description: 'Number of places reserved.' })
  @Property({ type: 'integer' })
  places!: number;
}
