import { Entity, Enum, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { WorkCentreTrade } from '../group/trade';
import { WorkPlacement } from '../placement/placement.entity';

/**
 * A training candidacy (lærekandidat) that goes with one placement: a simplified apprenticeship ending in a
 * certificate of competence (kompetansebevis), at most 2 years of training after 2 years of school.
 */
// One person's plan: read only through a placement the caller may see (the same rows, docs/security.md).
@Directive(Access.PROVIDER_DETAIL)
@ObjectType('WorkCentreTrainingCandidacy', {
  description:
    'A training candidacy (lærekandidat): training at work towards a certificate of competence (kompetansebevis).',
})
@Entity({ tableName: 'training_candidacy' })
export class TrainingCandidacy {
  @Field(() => ID, { description: 'Stable id of the training candidacy.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => WorkPlacement, { owner: true, ref: true, fieldName: 'placement_id', deleteRule: 'cascade' })
  placement!: Ref<WorkPlacement>;

  @Field(() => WorkCentreTrade, { description: 'The trade the candidate trains in.' })
  @Enum({ items: () => WorkCentreTrade, type: 'string', length: 16 })
  trade!: WorkCentreTrade;

  @Field(() => String, {
    description: 'The goal: what the certificate of competence (kompetansebevis) will say the candidate masters.',
  })
  @Property({ type: 'text' })
  goal!: string;

  @Field(() => DateScalar, { description: 'First day of training at the work centre.' })
  @Property({ type: 'string', length: 10 })
  trainingStart!: string;

  @Field(() => DateScalar, { description: 'Planned last day of training: at most 2 years after the start.' })
  @Property({ type: 'string', length: 10 })
  plannedEnd!: string;
}
