import { LocalizedTextInput } from '@veiinn/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DecisionAuthority, IntakeMode, OfferKind } from './offer.enums';

@InputType({ description: 'Narrows the catalogue. All given conditions must hold; lists match any of their values.' })
export class OfferFilter {
  @Field(() => [ID], { nullable: true, description: 'Only offers of these providers.' })
  providerIds?: string[] | null;

  @Field(() => [OfferKind], { nullable: true, description: 'Only offers of these kinds.' })
  kinds?: OfferKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only offers in this trade (exact value, as listed by `offerFacets`).',
  })
  trade?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only offers at this site (exact value, as listed by `offerFacets`).',
  })
  site?: string | null;

  @Field(() => IntakeMode, { nullable: true, description: 'Only offers with this intake mode.' })
  intakeMode?: IntakeMode | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only offers that are (true) or are not (false) open for applications.',
  })
  openForApplications?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only offers that have (true) or have not (false) free places today, as `capacity.free` counts them; an offer without published places has none.',
  })
  hasFreePlaces?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Free text: every word must occur in the title, description, trade, site or provider name (case-insensitive).',
  })
  search?: string | null;
}

@InputType({ description: 'A new offer in the catalogue.' })
export class CreateOfferInput {
  @Field(() => ID, { description: 'Provider that offers it (a provider id, e.g. "baerum-arbeidssenter").' })
  providerId!: string;

  @Field(() => OfferKind, { description: 'Kind of offer; decides the defaults of intakeMode and decidedBy.' })
  kind!: OfferKind;

  @Field(() => LocalizedTextInput, { description: 'Title, at most 120 characters in each language.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, {
    description: 'What the offer contains, in plain language; at most 2000 characters each.',
  })
  description!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, {
    description:
      'Easy-read text (lettlest) of the description: short sentences in common words, one idea per sentence; 40–80 words and at most 800 characters in each language.',
  })
  easyRead!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'Who may apply; at most 2000 characters each.' })
  eligibility!: LocalizedTextInput;

  @Field(() => String, { description: 'Trade or field of work, e.g. "Mat"; at most 80 characters.', nullable: true })
  trade?: string | null;

  @Field(() => String, { description: 'Where it takes place, e.g. "Rud"; at most 80 characters.', nullable: true })
  site?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Hours a week in a full place (more than 0, at most 37.5; at most 30 for ADAPTED_WORK).',
  })
  hoursPerWeek?: number | null;

  @Field(() => IntakeMode, {
    nullable: true,
    description: 'Defaults by kind: MAIN for municipal kinds, CONTINUOUS for NAV measures.',
  })
  intakeMode?: IntakeMode | null;

  @Field(() => DecisionAuthority, {
    nullable: true,
    description: 'Defaults by kind: ALLOCATION_OFFICE for municipal kinds, NAV for VTA, VTAO and AFT.',
  })
  decidedBy?: DecisionAuthority | null;

  @Field(() => Int, { nullable: true, description: 'Number of places (0 or more); leave out when not published.' })
  places?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether applications are accepted now (default true).' })
  openForApplications?: boolean | null;
}

@InputType({ description: 'Changes to an offer. Only the fields given are changed; null clears an optional field.' })
export class UpdateOfferInput {
  @Field(() => ID, { description: 'Id of the offer to change.' })
  offerId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you read; the update is refused with CONFLICT if the offer changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => OfferKind, { description: 'New kind.', nullable: true })
  kind?: OfferKind | null;

  @Field(() => LocalizedTextInput, { description: 'New title in both languages.', nullable: true })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { description: 'New description in both languages.', nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, {
    description: 'New easy-read text in both languages (40–80 words and at most 800 characters each).',
    nullable: true,
  })
  easyRead?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { description: 'New text on who may apply, in both languages.', nullable: true })
  eligibility?: LocalizedTextInput | null;

  @Field(() => String, { description: 'New trade; null clears it.', nullable: true })
  trade?: string | null;

  @Field(() => String, { description: 'New site; null clears it.', nullable: true })
  site?: string | null;

  @Field(() => Float, { description: 'New hours a week in a full place; null clears it.', nullable: true })
  hoursPerWeek?: number | null;

  @Field(() => IntakeMode, { description: 'New intake mode.', nullable: true })
  intakeMode?: IntakeMode | null;

  @Field(() => DecisionAuthority, { description: 'New decision authority.', nullable: true })
  decidedBy?: DecisionAuthority | null;

  @Field(() => Int, { description: 'New number of places; null when not published.', nullable: true })
  places?: number | null;

  @Field(() => Boolean, { description: 'Open or close the offer for applications.', nullable: true })
  openForApplications?: boolean | null;
}
