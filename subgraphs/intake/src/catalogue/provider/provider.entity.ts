import { BeforeCreate, BeforeUpdate, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { LocalizedText, normalizeOptional, norwegianSortKey } from '@veiinn/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ProviderKind {
  COORDINATOR = 'COORDINATOR',
  MUNICIPAL_SERVICE = 'MUNICIPAL_SERVICE',
  MUNICIPAL_COMPANY = 'MUNICIPAL_COMPANY',
  STATE_AGENCY = 'STATE_AGENCY',
  PARTNER = 'PARTNER',
}
registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: 'What kind of organisation a provider is.',
  valuesConfig: {
    COORDINATOR: {
      description:
        'Coordinates intake and transitions but offers no places itself (the allocation office, Tildelingskontoret).',
    },
    MUNICIPAL_SERVICE: {
      description: 'A municipal service that offers places by administrative decision (vedtak), e.g. the day services.',
    },
    MUNICIPAL_COMPANY: { description: 'A company owned by a municipality, e.g. the labour-market company Arba.' },
    STATE_AGENCY: { description: 'A state agency, i.e. NAV, which grants VTA, VTAO and AFT.' },
    PARTNER: {
      description: 'An independent organisation that offers places in cooperation with the municipality or NAV.',
    },
  },
});

/** An organisation in the provider registry. The id is a stable slug that every subgraph uses as the key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An organisation that offers or coordinates adapted work and daily activity.' })
@Entity({ tableName: 'provider' })
export class Provider {
  @Field(() => ID, { description: 'Stable key, e.g. "baerum-arbeidssenter".' })
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Field(() => String, { description: 'Full name, e.g. "Bærum arbeidssenter".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** `norwegianSortKey(name)`: providers are listed by it and the id, in Norwegian order on both databases. */
  @Property({ type: 'string', length: 200, hidden: true, default: '' })
  nameSort!: string;

  /** Names in NFC, trimmed, and the name's sort key, whoever writes the row. */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeNames(): void {
    this.name = normalizeOptional(this.name);
    this.shortName = normalizeOptional(this.shortName);
    if (typeof this.name === 'string') this.nameSort = norwegianSortKey(this.name);
  }

  @Field(() => String, { description: 'Short name used in lists, e.g. "BA".' })
  @Property({ type: 'string', length: 40 })
  shortName!: string;

  @Field(() => ProviderKind, { description: 'What kind of organisation this is.' })
  @Enum({ items: () => ProviderKind, type: 'string', length: 32 })
  kind!: ProviderKind;

  @Field(() => String, { description: 'Municipality the organisation belongs to or is located in, e.g. "Bærum".' })
  @Property({ type: 'string', length: 80 })
  municipality!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Norwegian organisation number (9 digits) from the Central Coordinating Register; null until registered.',
  })
  @Property({ type: 'string', length: 9, nullable: true })
  organisationNumber: string | null = null;

  /**
   * Where the hub reads this provider's change feed (`GET …/feed`); null for a provider without its own subgraph,
   * whose offers the hub keeps itself. Not in the graph: only the feed status is.
   */
  @Property({ type: 'string', length: 500, nullable: true })
  feedUrl: string | null = null;

  /**
   * The provider's subgraph, by its name in the composition (schema/supergraph.yaml): the audience of the hub's
   * service tokens for its feed and its placement protocol; null for a provider the hub holds no token for.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  subgraph: string | null = null;

  @Property({ type: 'text' })
  descriptionNb!: string;

  @Property({ type: 'text' })
  descriptionEn!: string;

  @Field(() => LocalizedText, { description: 'What the organisation does, in plain language.' })
  get description(): LocalizedText {
    return { nb: this.descriptionNb, en: this.descriptionEn };
  }
}
