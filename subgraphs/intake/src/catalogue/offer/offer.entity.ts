import { BeforeCreate, BeforeUpdate, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { LocalizedText, normalizeOptional, norwegianSortKey } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Provider } from '../provider/provider.entity';
import { DecisionAuthority, IntakeMode, OfferKind } from './offer.enums';

/**
 * One offer in the common catalogue: a kind of place at one provider, described for applicants.
 * The provider field and the next deadline are resolved in OfferResolver.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba").' })
@Entity({ tableName: 'offer' })
export class Offer {
  @Field(() => ID, { description: 'Stable id of the offer.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Provider, { ref: true, fieldName: 'provider_id', index: true })
  provider!: Ref<Provider>;

  @Field(() => OfferKind, { description: 'Kind of offer; decides who grants a place.' })
  @Enum({ items: () => OfferKind, type: 'string', length: 32, index: true })
  kind!: OfferKind;

  @Property({ type: 'string', length: 120 })
  titleNb!: string;

  @Property({ type: 'string', length: 120 })
  titleEn!: string;

  /** `norwegianSortKey(titleNb)`: the catalogue lists by it and the id, in Norwegian order on both databases. */
  @Property({ type: 'string', length: 120, hidden: true, default: '' })
  titleSort!: string;

  /** Texts in NFC, trimmed, and the title's sort key, whoever writes the row (resolvers, seed, feeds). */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeTexts(): void {
    this.titleNb = normalizeOptional(this.titleNb);
    this.titleEn = normalizeOptional(this.titleEn);
    this.descriptionNb = normalizeOptional(this.descriptionNb);
    this.descriptionEn = normalizeOptional(this.descriptionEn);
    this.easyReadNb = normalizeOptional(this.easyReadNb);
    this.easyReadEn = normalizeOptional(this.easyReadEn);
    this.eligibilityNb = normalizeOptional(this.eligibilityNb);
    this.eligibilityEn = normalizeOptional(this.eligibilityEn);
    this.trade = normalizeOptional(this.trade);
    this.site = normalizeOptional(this.site);
    if (typeof this.titleNb === 'string') this.titleSort = norwegianSortKey(this.titleNb);
  }

  @Property({ type: 'text' })
  descriptionNb!: string;

  @Property({ type: 'text' })
  descriptionEn!: string;

  /** Easy-read text (lettlest); rows made before it existed got the description (the migration's backfill). */
  @Property({ type: 'text', default: '' })
  easyReadNb!: string;

  @Property({ type: 'text', default: '' })
  easyReadEn!: string;

  @Property({ type: 'text' })
  eligibilityNb!: string;

  @Property({ type: 'text' })
  eligibilityEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Trade or field of work (fagområde), e.g. "Mat" or "Tre"; null for activity without one.',
  })
  @Property({ type: 'string', length: 80, nullable: true, index: true })
  trade: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the offer takes place, e.g. "Rud" or "Emma Hjorth"; null when it varies.',
  })
  @Property({ type: 'string', length: 80, nullable: true, index: true })
  site: string | null = null;

  @Field(() => Float, {
    nullable: true,
    description: 'Hours a week in a full place; null when the offer is counted in days or varies.',
  })
  @Property({ type: 'double', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => IntakeMode, { description: 'Main intake with a deadline, or continuous intake.' })
  @Enum({ items: () => IntakeMode, type: 'string', length: 32 })
  intakeMode!: IntakeMode;

  @Field(() => DecisionAuthority, { description: 'Who decides on applications for this offer.' })
  @Enum({ items: () => DecisionAuthority, type: 'string', length: 32 })
  decidedBy!: DecisionAuthority;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of places the provider has for this offer; null when not published.',
  })
  @Property({ type: 'integer', nullable: true })
  places: number | null = null;

  @Field(() => Boolean, { description: 'Whether applications are accepted now.' })
  @Property({ type: 'boolean' })
  openForApplications = true;

  /**
   * The provider's version of this offer when it came from the provider's change feed (the provider owns it and
   * the hub only mirrors it); null for an offer the hub keeps itself, for a provider without its own subgraph.
   */
  @Property({ type: 'integer', nullable: true })
  feedVersion: number | null = null;

  /** The provider deleted the offer from its feed: kept for placements that refer to it, hidden from the catalogue. */
  @Property({ type: 'boolean' })
  withdrawn = false;

  /** Lower-cased title, description, trade, site and provider name, for free-text search on every database. */
  @Property({ type: 'text', lazy: true })
  searchText!: string;

  @Field(() => Date, { description: 'When the offer was added to the catalogue.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the offer was last changed.' })
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when updating.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => LocalizedText, { description: 'Title, e.g. "Grøntgruppa på Emma Hjorth".' })
  get title(): LocalizedText {
    return { nb: this.titleNb, en: this.titleEn };
  }

  @Field(() => LocalizedText, {
    description: 'What the offer contains, in plain language for applicants and guardians.',
  })
  get description(): LocalizedText {
    return { nb: this.descriptionNb, en: this.descriptionEn };
  }

  @Field(() => LocalizedText, {
    description:
      'Easy-read text (lettlest): a short version of the description in simple words, for people with an intellectual disability — short sentences, common words, one idea per sentence; 40–80 words in each language. Owned by whoever owns the description. An offer from before easy-read texts existed shows its description until its owner writes one.',
  })
  get easyRead(): LocalizedText {
    return { nb: this.easyReadNb, en: this.easyReadEn };
  }

  @Field(() => LocalizedText, { description: 'Who may apply.' })
  get eligibility(): LocalizedText {
    return { nb: this.eligibilityNb, en: this.eligibilityEn };
  }
}
