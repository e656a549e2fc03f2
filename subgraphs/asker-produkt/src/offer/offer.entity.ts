import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CatalogueEntry } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The two NAV measures Asker Produkt delivers; NAV grants both (tilsagn). */
export enum AskerProduktMeasure {
  VTA = 'VTA',
  AFT = 'AFT',
}
registerEnumType(AskerProduktMeasure, {
  name: 'AskerProduktMeasure',
  description: 'A NAV measure Asker Produkt delivers.',
  valuesConfig: {
    VTA: { description: 'Permanent adapted work (varig tilrettelagt arbeid), in one of the departments.' },
    AFT: { description: 'Work preparatory training (arbeidsforberedende trening), internal or with outside partners.' },
  },
});

/**
 * One of Asker Produkt's offers in the common catalogue (VTA, AFT), with the id the hub's demo catalogue uses.
 * Asker Produkt owns the catalogue fields and publishes them on its feed; the hub's `Offer` is built from them.
 */
@ObjectType('AskerProduktOffer', {
  description: "Asker Produkt's own detail of one of its offers: places and departments.",
})
@Entity({ tableName: 'offer' })
export class AskerProduktOffer {
  @Field(() => ID, { description: 'Id of the offer, the same as the catalogue offer it details.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Embedded(() => CatalogueEntry, { prefix: false })
  catalogue!: CatalogueEntry;

  @Field(() => Int, { description: 'Places NAV has granted (VTA 41, AFT 12), counted in full-time places.' })
  @Property({ type: 'integer' })
  places!: number;

  @Field(() => Int, { description: 'Version for optimistic locking; the version published on the feed.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => AskerProduktMeasure, { description: 'VTA or AFT, from the kind of the catalogue entry.' })
  get measure(): AskerProduktMeasure {
    return this.catalogue.kind === 'AFT' ? AskerProduktMeasure.AFT : AskerProduktMeasure.VTA;
  }
}
