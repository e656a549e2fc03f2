import { appendToFeed, DateScalar, NotFoundError, UserInputError, normalizeText, normalizeOptional } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ARBA_WRITE, PROVIDER_DETAIL, providerDetailOnly, requireArbaWrite } from '../access';
import { ArbaMeasure } from '../common/enums';
import { isUuid } from '../common/ids';
import type { ArbaContext, ArbaLoaders } from '../context';
import { ArbaParticipation } from '../participation/participation.entity';
import { assertRunning, findTarget } from '../participation/participation.target';
import { VtaGoal, VtaGoalEvaluation } from './goal.entity';
import { ArbaEvaluateVtaGoalInput, ArbaSetVtaGoalInput } from './goal.inputs';
import { evaluationProblems, goalDescriptionProblems, nextEvaluationDue } from './goal.rules';

@Resolver(() => ArbaParticipation)
export class PlacementGoalsResolver {
  @Directive(PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @FieldResolver(() => [VtaGoal], {
    description: 'Individual goals of a VTA participant, oldest first; empty for AFT.',
  })
  goals(@Root() participation: ArbaParticipation, @Ctx() { loaders }: ArbaContext): Promise<VtaGoal[]> {
    return loaders.goalsByParticipation.load(participation.id);
  }
}

async function dueDate(goal: VtaGoal, loaders: ArbaLoaders): Promise<string> {
  const evaluations = await loaders.evaluationsByGoal.load(goal.id);
  return nextEvaluationDue(
    goal.setOn,
    evaluations.map((e) => e.date),
  );
}

@Resolver(() => VtaGoal)
export class GoalResolver {
  @FieldResolver(() => [VtaGoalEvaluation], { description: 'Evaluations so far, oldest first.' })
  evaluations(@Root() goal: VtaGoal, @Ctx() { loaders }: ArbaContext): Promise<VtaGoalEvaluation[]> {
    return loaders.evaluationsByGoal.load(goal.id);
  }

  @FieldResolver(() => DateScalar, {
    description: 'When the goal is next to be evaluated: six months after the last evaluation, or after it was set.',
  })
  nextEvaluationDue(@Root() goal: VtaGoal, @Ctx() { loaders }: ArbaContext): Promise<string> {
    return dueDate(goal, loaders);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the next evaluation is due today or was due earlier.' })
  async evaluationDue(@Root() goal: VtaGoal, @Ctx() { loaders, app }: ArbaContext): Promise<boolean> {
    return (await dueDate(goal, loaders)) <= app.today();
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => VtaGoal, {
    description:
      'Sets a new individual goal for a running VTA placement, dated today. Unknown placement gives NOT_FOUND; an AFT ' +
      'placement or an empty description BAD_USER_INPUT; an ended placement FAILED_PRECONDITION ALREADY_ENDED.',
  })
  async setArbaVtaGoal(
    @Arg('input', () => ArbaSetVtaGoalInput, { description: 'The placement and the goal.' }) input: ArbaSetVtaGoalInput,
    @Ctx() { em, app, caller }: ArbaContext,
  ): Promise<VtaGoal> {
    requireArbaWrite(caller, app, { no: 'sette et VTA-mål', en: 'set a VTA goal' });
    return em.transactional(async (tx) => {
      const participation = await findTarget(tx, input.participationId);
      const problems = goalDescriptionProblems(input.description);
      if (participation.measure !== ArbaMeasure.VTA) {
        problems.unshift({
          field: 'participationId',
          nb: 'er en AFT-plass. Egne mål er for VTA.',
          en: 'is an AFT placement; individual goals are for VTA.',
        });
      }
      if (problems.length) throw new UserInputError(problems);
      assertRunning(participation);
      const goal = tx.create(VtaGoal, {
        participation,
        description: normalizeText(input.description),
        setOn: app.today(),
      });
      await tx.flush();
      // Goals are not part of a placement's feed snapshot: nothing the hub holds changed.
      await appendToFeed(tx, []);
      return goal;
    });
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => VtaGoal, {
    description:
      'Records an evaluation of an individual VTA goal. Unknown goal gives NOT_FOUND; a date before the goal was set, ' +
      'in the future or after the placement ended, or a note that is too long, BAD_USER_INPUT.',
  })
  async evaluateArbaVtaGoal(
    @Arg('input', () => ArbaEvaluateVtaGoalInput, { description: 'The goal and the evaluation.' })
    input: ArbaEvaluateVtaGoalInput,
    @Ctx() { em, app, caller }: ArbaContext,
  ): Promise<VtaGoal> {
    requireArbaWrite(caller, app, { no: 'evaluere et VTA-mål', en: 'evaluate a VTA goal' });
    return em.transactional(async (tx) => {
      const goal = isUuid(input.goalId)
        ? await tx.findOne(VtaGoal, { id: input.goalId }, { populate: ['participation'] })
        : null;
      if (!goal) throw new NotFoundError('ArbaVtaGoal', input.goalId);
      const problems = evaluationProblems(input, goal, goal.participation.getEntity().endDate, app.today());
      if (problems.length) throw new UserInputError(problems);
      tx.create(VtaGoalEvaluation, {
        goal,
        date: input.date,
        result: input.result,
        note: normalizeOptional(input.note) || null,
      });
      await tx.flush();
      await appendToFeed(tx, []);
      return goal;
    });
  }
}
