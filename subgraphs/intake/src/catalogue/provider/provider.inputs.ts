import { LocalizedTextInput } from '@veiinn/kit';
import { Field, ID, InputType } from 'type-graphql';
import { ProviderKind } from './provider.entity';

@InputType({ description: 'A new organisation for the provider registry.' })
export class RegisterProviderInput {
  @Field(() => ID, { description: 'Stable key: lower-case letters, digits and hyphens, e.g. "asker-produkt".' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Short name for lists.' })
  shortName!: string;

  @Field(() => ProviderKind, { description: 'What kind of organisation it is.' })
  kind!: ProviderKind;

  @Field(() => String, { description: 'Municipality it belongs to or is located in.' })
  municipality!: string;

  @Field(() => String, { nullable: true, description: 'Organisation number, 9 digits.' })
  organisationNumber?: string | null;

  @Field(() => LocalizedTextInput, { description: 'What the organisation does, in plain language.' })
  description!: LocalizedTextInput;

  @Field(() => String, {
    nullable: true,
    description:
      "URL of the provider's change feed (http or https, ending in /feed); the hub follows it from the next round.",
  })
  feedUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The provider\'s subgraph, by its name in the composition (e.g. "asker-produkt"): the hub\'s service tokens for its feed and placements name it as their audience.',
  })
  subgraph?: string | null;
}

@InputType({ description: "Setting or removing the URL of a provider's change feed." })
export class SetProviderFeedInput {
  @Field(() => ID, { description: 'Id of the provider, e.g. "arba".' })
  providerId!: string;

  @Field(() => String, { nullable: true, description: 'The feed URL, or null to stop following.' })
  feedUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The provider\'s subgraph, by its name in the composition (e.g. "asker-produkt"): the hub\'s service tokens for its feed and placements name it as their audience. Left out: unchanged; null: none.',
  })
  subgraph?: string | null;
}
