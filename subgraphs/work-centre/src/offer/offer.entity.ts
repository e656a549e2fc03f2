import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CatalogueEntry } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * One of the work centre's offers in the common catalogue. The work centre owns the catalogue fields (published
 * on the feed as `offer` events); the graph shows only the work centre's own detail here, through `Offer.workCentre`.
 * Groups, sites and places are resolved in WorkCentreOfferResolver.
 */
@ObjectType('WorkCentreOffer', {
  description: "Bærum arbeidssenter's detail on one of its offers: the work groups and the sites where they work.",
})
@Entity({ tableName: 'offer' })
export class WorkCentreOffer {
  @Field(() => ID, { description: "Id of the offer, the same as the catalogue offer's id." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Embedded(() => CatalogueEntry, { prefix: false })
  entry!: CatalogueEntry;

  @Field(() => Int, { description: 'Version of the offer; it moves when its catalogue fields or places change.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
