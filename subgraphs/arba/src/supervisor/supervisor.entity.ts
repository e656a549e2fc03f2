import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { normalizeOptional, norwegianSortKey } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { ArbaArena } from '../arena/arena.entity';
import { ArbaMeasure } from '../common/enums';

/** A supervisor (arbeidsleder) who follows the participants of one measure at one arena. */
@ObjectType('ArbaSupervisor', { description: 'A supervisor (arbeidsleder) at an Arba arena.' })
@Entity({ tableName: 'supervisor' })
export class ArbaSupervisor {
  @Field(() => ID, { description: 'Stable id of the supervisor.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Full name: a field for staff only, resolved in SupervisorResolver (`name`). */
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** `norwegianSortKey(name)`: supervisors are listed by it and the id, in Norwegian order on both databases. */
  @Property({ type: 'string', length: 200, hidden: true, default: '' })
  nameSort: Opt<string> = '';

  /** The name in NFC, trimmed, and its sort key, whoever writes the row (seed, feeds, mutations). */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeName(): void {
    this.name = normalizeOptional(this.name);
    if (typeof this.name === 'string') this.nameSort = norwegianSortKey(this.name);
  }

  @ManyToOne(() => ArbaArena, { ref: true, fieldName: 'arena_id', index: true })
  arena!: Ref<ArbaArena>;

  @Field(() => ArbaMeasure, { description: 'The measure whose participants the supervisor follows.' })
  @Enum({ items: () => ArbaMeasure, type: 'string', length: 32 })
  measure!: ArbaMeasure;
}
