import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CatalogueEntry } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ArbaMeasure } from '../common/enums';

/**
 * One of Arba's offers in the common catalogue (VTA, AFT, Ung i Jobb, apprenticeships). Arba owns the catalogue
 * fields and publishes them on its feed; the hub's `Offer` is built from them. The GraphQL type carries only what
 * is Arba's own detail; the catalogue text is read from the hub's `Offer`.
 */
@ObjectType('ArbaOffer', {
  description: "Arba's own detail of one of its offers: places, reservations, arenas and supervisor staffing.",
})
@Entity({ tableName: 'offer' })
export class ArbaOffer {
  @Field(() => ID, { description: 'Id of the offer, the same as the catalogue offer it details.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Embedded(() => CatalogueEntry, { prefix: false })
  catalogue!: CatalogueEntry;

  @Field(() => Int, {
    nullable: true,
    description: 'Places Arba has for the offer (VTA 114, AFT 129); null when the offer is not counted in places.',
  })
  @Property({ type: 'integer', nullable: true })
  places: number | null = null;

  @Field(() => Int, { description: 'Version for optimistic locking; the version published on the feed.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  /** VTA or AFT when the offer takes participations; null for catalogue-only offers (Ung i Jobb, apprenticeships). */
  @Field(() => ArbaMeasure, {
    nullable: true,
    description: 'The NAV measure delivered; null for offers that are catalogue only (Ung i Jobb, apprenticeships).',
  })
  get measure(): ArbaMeasure | null {
    const kind = this.catalogue.kind;
    return kind === 'VTA' ? ArbaMeasure.VTA : kind === 'AFT' ? ArbaMeasure.AFT : null;
  }
}
