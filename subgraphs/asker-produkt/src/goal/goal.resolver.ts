import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AskerProduktContext } from '../subgraph';
import { AskerProduktGoal, AskerProduktGoalEvaluation } from './goal.entity';

@Resolver(() => AskerProduktGoal)
export class GoalResolver {
  @FieldResolver(() => [AskerProduktGoalEvaluation], { description: 'Half-yearly evaluations, oldest first.' })
  evaluations(@Root() goal: AskerProduktGoal, @Ctx() { loaders }: AskerProduktContext) {
    return loaders.evaluationsByGoal.load(goal.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the latest evaluation found the goal reached; null before the first evaluation.',
  })
  async reached(@Root() goal: AskerProduktGoal, @Ctx() { loaders }: AskerProduktContext): Promise<boolean | null> {
    return (await loaders.evaluationsByGoal.load(goal.id)).at(-1)?.reached ?? null;
  }
}
