import { Access, conflictOnRace, expectVersion, NotFoundError, UserInputError } from '@veiinn/kit';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { HubWriteAccess, requireActingFor } from '../../access/write-rules';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { Participant } from '../../people';
import { Placement } from '../../network';
import { Transition } from '../transition/transition.entity';
import { textProblem } from '../transition/transition.rules';
import { CareerPlan } from './career-plan.entity';

/** How the texts of a conflict name a career plan: it has no id of its own to show (one per participant). */
const CAREER_PLAN = { nb: 'Karriereplanen', en: 'The career plan', it: 'den' } as const;

@Directive(Access.PERSONAL)
@ObjectType({ description: 'A participant’s path over time: every placement, and the transitions between them.' })
export class Career {
  @Field(() => [Placement], {
    description: 'Every placement in the hub’s index, at any provider and of any status, oldest first.',
  })
  placements!: Placement[];

  @Field(() => [Transition], { description: 'The transitions between offers, oldest first.' })
  transitions!: Transition[];
}

@InputType({ description: 'A participant’s career plan; each wish replaces the one stored (null clears it).' })
export class SetCareerPlanInput {
  @Field(() => ID, { description: 'Id of the participant.' })
  participantId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The plan’s `version` you read; refused with CONFLICT if it changed since. Leave out for a new plan.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Short-term wishes, at most 2000 characters.' })
  shortTermWishes?: string | null;

  @Field(() => String, { nullable: true, description: 'Long-term wishes, at most 2000 characters.' })
  longTermWishes?: string | null;

  @Field(() => String, { nullable: true, description: 'Education wishes, at most 2000 characters.' })
  educationWishes?: string | null;
}

@Resolver(() => Participant)
export class ParticipantCareerResolver {
  @FieldResolver(() => Career, { description: 'The participant’s placements over time with the transitions.' })
  async career(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<Career> {
    const scope = rowScope(ctx);
    const [placements, transitions] = await Promise.all([
      scope.placementsOf(participant.id),
      scope.transitionsOf(participant.id),
    ]);
    return { placements, transitions };
  }

  @FieldResolver(() => CareerPlan, {
    nullable: true,
    description: 'The career plan (karriereplan); null until set, and for NAV’s staff (not shared with NAV).',
  })
  careerPlan(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<CareerPlan | null> {
    return rowScope(ctx).careerPlanOf(participant.id);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => CareerPlan, {
    description:
      'Sets a participant’s career plan: the allocation office, or the participant or a guardian for their own (FORBIDDEN otherwise). NOT_FOUND for an unknown participant, BAD_USER_INPUT naming every field, CONFLICT for a stale expectedVersion.',
  })
  async setCareerPlan(
    @Arg('input', () => SetCareerPlanInput, { description: 'The plan.' }) input: SetCareerPlanInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<CareerPlan> {
    const { em } = ctx;
    await requireActingFor(ctx, input.participantId, { no: 'endre karriereplanen', en: 'change the career plan' });
    const fields = ['shortTermWishes', 'longTermWishes', 'educationWishes'] as const;
    const problems = fields.map((f) => textProblem(f, input[f], false)).filter((p) => p != null);
    if (problems.length) throw new UserInputError(problems);
    return conflictOnRace(
      CAREER_PLAN,
      () =>
        em.transactional(async (tx) => {
          const participant = isUuid(input.participantId)
            ? await tx.findOne(Participant, { id: input.participantId })
            : null;
          if (!participant) throw new NotFoundError('Participant', input.participantId);
          const plan =
            (await tx.findOne(CareerPlan, { participant: participant.id })) ??
            tx.create(CareerPlan, { participant, updatedAt: new Date() } as never);
          expectVersion(plan, input.expectedVersion, CAREER_PLAN);
          for (const f of fields) plan[f] = input[f]?.trim() || null;
          plan.updatedAt = new Date();
          return plan;
        }),
      ['version', 'unique'],
    );
  }
}
