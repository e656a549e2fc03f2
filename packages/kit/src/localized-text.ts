import { Directive, Field, InputType, ObjectType } from 'type-graphql';

/**
 * Text shown to applicants and guardians, in Norwegian bokmål first and English. `@shareable` because every
 * subgraph that describes something to the public uses the same type.
 */
@Directive('@shareable')
@ObjectType({ description: 'A text in Norwegian bokmål (`nb`, shown first) and English (`en`).' })
export class LocalizedText {
  @Field(() => String, { description: 'Norwegian bokmål.' })
  nb!: string;

  @Field(() => String, { description: 'English.' })
  en!: string;
}

@InputType({ description: 'A text in Norwegian bokmål and English; both are required.' })
export class LocalizedTextInput {
  @Field(() => String, { description: 'Norwegian bokmål.' })
  nb!: string;

  @Field(() => String, { description: 'English.' })
  en!: string;
}
