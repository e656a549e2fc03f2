import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { LocalizedText, normalizeOptional, norwegianSortKey } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DayServicesOffer } from '../offer/offer.entity';

/**
 * An activity group within one offer (e.g. "Tur og friluft" at Bjørnegård). A placement is always in one group, and
 * the offer's places are the sum of its groups' capacities. `occupied` and `free` are resolved in GroupResolver.
 */
@ObjectType('DayServicesGroup', {
  description: 'An activity group of the municipal day services (BKD), within one offer, with its capacity.',
})
@Entity({ tableName: 'activity_group' })
export class ActivityGroup {
  @Field(() => ID, { description: 'Stable id of the group.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DayServicesOffer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<DayServicesOffer>;

  @Field(() => String, { description: 'Name of the group, e.g. "Kreativt verksted".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  /** `norwegianSortKey(name)`: groups are listed by it and the id, in Norwegian order on both databases. */
  @Property({ type: 'string', length: 120, hidden: true, default: '' })
  nameSort: Opt<string> = '';

  /** The name in NFC, trimmed, and its sort key, whoever writes the row (seed, feeds, mutations). */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeName(): void {
    this.name = normalizeOptional(this.name);
    if (typeof this.name === 'string') this.nameSort = norwegianSortKey(this.name);
  }

  @Property({ type: 'text' })
  descriptionNb!: string;

  @Property({ type: 'text' })
  descriptionEn!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How many participants the group has room for; null when the group has no fixed capacity.',
  })
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it as `expectedVersion` when changing the capacity.',
  })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => LocalizedText, { description: 'What the group does, in plain language.' })
  get description(): LocalizedText {
    return { nb: this.descriptionNb, en: this.descriptionEn };
  }
}
