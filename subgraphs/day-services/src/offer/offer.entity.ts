import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CatalogueEntry } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * One of the day services' offers (an activity house, a café), with the catalogue fields the hub publishes. The
 * catalogue fields stay out of this subgraph's GraphQL type: clients read them from the hub's `Offer`, and get the
 * day services' own detail (groups, places) through `Offer.dayServices`.
 */
@ObjectType('DayServicesOffer', {
  description: 'What the municipal day services (BKD) know about one of their offers: its activity groups and places.',
})
@Entity({ tableName: 'offer' })
export class DayServicesOffer {
  @Field(() => ID, { description: "Id of the offer, the same as the catalogue offer's id." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Embedded(() => CatalogueEntry, { prefix: false })
  catalogue!: CatalogueEntry;

  /**
   * Set whenever the offer's published state changes without a column of its own changing (its places are derived
   * from the groups), so that the row, and with it the version, moves.
   */
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Version of the offer; it moves when its catalogue fields or places change.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
