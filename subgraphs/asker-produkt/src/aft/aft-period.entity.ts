import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AskerProduktPlacement } from '../placement/placement.entity';

export enum AskerProduktWorkTraining {
  INTERNAL = 'INTERNAL',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(AskerProduktWorkTraining, {
  name: 'AskerProduktWorkTraining',
  description: 'Where an AFT participant trains during a period.',
  valuesConfig: {
    INTERNAL: { description: "In Asker Produkt's own departments." },
    EXTERNAL: { description: 'With an outside partner (a café, a shop, a kindergarten...).' },
  },
});

export enum AskerProduktPartnerKind {
  CAFE = 'CAFE',
  SHOP = 'SHOP',
  KINDERGARTEN = 'KINDERGARTEN',
  CANTEEN = 'CANTEEN',
  LAUNDRY = 'LAUNDRY',
  CAR_CARE = 'CAR_CARE',
  STABLE = 'STABLE',
}
registerEnumType(AskerProduktPartnerKind, {
  name: 'AskerProduktPartnerKind',
  description: 'The kind of outside partner an AFT participant trains with.',
  valuesConfig: {
    CAFE: { description: 'A café.' },
    SHOP: { description: 'A shop.' },
    KINDERGARTEN: { description: 'A kindergarten.' },
    CANTEEN: { description: 'A canteen.' },
    LAUNDRY: { description: 'A laundry.' },
    CAR_CARE: { description: 'Car care.' },
    STABLE: { description: 'A stable.' },
  },
});

export enum AskerProduktAftOutcome {
  WORK = 'WORK',
  EDUCATION = 'EDUCATION',
  OTHER = 'OTHER',
}
registerEnumType(AskerProduktAftOutcome, {
  name: 'AskerProduktAftOutcome',
  description: 'Where an AFT participant went when the measure ended; NAV requires over half to work or education.',
  valuesConfig: {
    WORK: { description: 'Moved on to work.' },
    EDUCATION: { description: 'Moved on to education.' },
    OTHER: { description: 'Anything else, e.g. another measure.' },
  },
});

/** A period of an AFT placement with one kind of work training; the last one carries the outcome when AFT ends. */
@ObjectType('AskerProduktAftPeriod', {
  description: 'A period of AFT with work training internal or external, and the outcome when the measure ended.',
})
@Entity({ tableName: 'aft_period' })
export class AskerProduktAftPeriod {
  @Field(() => ID, { description: 'Stable id of the period.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AskerProduktPlacement, { ref: true, fieldName: 'placement_id', index: true })
  placement!: Ref<AskerProduktPlacement>;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null while the period runs.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => AskerProduktWorkTraining, { description: 'Internal or external work training.' })
  @Enum({ items: () => AskerProduktWorkTraining, type: 'string', length: 32 })
  workTraining!: AskerProduktWorkTraining;

  @Field(() => AskerProduktPartnerKind, { nullable: true, description: "The outside partner's kind; null inside." })
  @Enum({ items: () => AskerProduktPartnerKind, type: 'string', length: 32, nullable: true })
  partnerKind: AskerProduktPartnerKind | null = null;

  @Field(() => AskerProduktAftOutcome, {
    nullable: true,
    description: 'Where the participant went, on the period AFT ended with; null otherwise or not yet recorded.',
  })
  @Enum({ items: () => AskerProduktAftOutcome, type: 'string', length: 32, nullable: true })
  outcome: AskerProduktAftOutcome | null = null;
}
