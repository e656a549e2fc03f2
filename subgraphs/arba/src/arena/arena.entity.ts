import { BeforeCreate, BeforeUpdate, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { normalizeOptional, norwegianSortKey } from '@veiinn/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ArbaMeasure } from '../common/enums';

export enum ArbaArenaKind {
  INTERNAL = 'INTERNAL',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(ArbaArenaKind, {
  name: 'ArbaArenaKind',
  description: 'Whether an arena is run by Arba itself or is work at another company.',
  valuesConfig: {
    INTERNAL: { description: "In Arba's own production or services, e.g. Miljøstasjonen ISI." },
    EXTERNAL: { description: 'At another company, e.g. the work team at Carpe Diem or practice in local businesses.' },
  },
});

/** A place of work where Arba's participants work and train (arbeidsarena), named by a slug. */
@ObjectType('ArbaArena', { description: 'A work arena at Arba, e.g. assembly or the second-hand shop.' })
@Entity({ tableName: 'arena' })
export class ArbaArena {
  @Field(() => ID, { description: 'Slug of the arena, e.g. "montering".' })
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Field(() => String, { description: 'Name in Norwegian, e.g. "Miljøstasjonen ISI".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  /** `norwegianSortKey(name)`: arenas are listed by it and the id, in Norwegian order on both databases. */
  @Property({ type: 'string', length: 120, hidden: true, default: '' })
  nameSort: Opt<string> = '';

  /** The name in NFC, trimmed, and its sort key, whoever writes the row (seed, feeds, mutations). */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeName(): void {
    this.name = normalizeOptional(this.name);
    if (typeof this.name === 'string') this.nameSort = norwegianSortKey(this.name);
  }

  @Field(() => ArbaArenaKind, { description: 'Internal (run by Arba) or external (at another company).' })
  @Enum({ items: () => ArbaArenaKind, type: 'string', length: 32 })
  kind!: ArbaArenaKind;

  @Field(() => ArbaMeasure, {
    nullable: true,
    description: 'The only measure that uses the arena (AFT for practice in local businesses); null when both do.',
  })
  @Enum({ items: () => ArbaMeasure, type: 'string', length: 32, nullable: true })
  onlyFor: ArbaMeasure | null = null;
}
