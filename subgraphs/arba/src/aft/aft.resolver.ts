import { appendToFeed, UserInputError } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ARBA_WRITE, requireArbaWrite } from '../access';
import { ArbaMeasure } from '../common/enums';
import type { ArbaContext } from '../context';
import { placementChange } from '../participation/participation.feed';
import { ArbaParticipation } from '../participation/participation.entity';
import { assertRunning, findTarget, withVersionCheck } from '../participation/participation.target';
import { AftPeriod } from './aft-period.entity';
import { ArbaExtendAftPeriodInput } from './aft.inputs';
import { extensionOf } from './aft.rules';

@Resolver(() => ArbaParticipation)
export class AftResolver {
  @FieldResolver(() => [AftPeriod], {
    description: 'The periods NAV granted, in order: for AFT the initial year and any extension; empty for VTA.',
  })
  aftPeriods(@Root() participation: ArbaParticipation, @Ctx() { loaders }: ArbaContext): Promise<AftPeriod[]> {
    return loaders.periodsByParticipation.load(participation.id);
  }

  @Directive(ARBA_WRITE)
  @Mutation(() => ArbaParticipation, {
    description:
      'Extends an AFT participation once, from the day after the initial period, by at most a year. Unknown id gives ' +
      'NOT_FOUND; a stale expectedVersion CONFLICT; a VTA placement BAD_USER_INPUT; FAILED_PRECONDITION with rule ' +
      'AFT_ONE_EXTENSION for a second extension and AFT_MAX_DURATION beyond a year (two years in all).',
  })
  async extendArbaAftPeriod(
    @Arg('input', () => ArbaExtendAftPeriodInput, { description: 'Which placement, and until when.' })
    input: ArbaExtendAftPeriodInput,
    @Ctx() { em, caller, app }: ArbaContext,
  ): Promise<ArbaParticipation> {
    requireArbaWrite(caller, app, { no: 'forlenge en AFT-periode', en: 'extend an AFT period' });
    return withVersionCheck(input.participationId, () =>
      em.transactional(async (tx) => {
        const participation = await findTarget(tx, input.participationId, input.expectedVersion);
        if (participation.measure !== ArbaMeasure.AFT) {
          throw new UserInputError([
            {
              field: 'participationId',
              nb: 'er en VTA-plass. Bare AFT har perioder som kan forlenges.',
              en: 'is a VTA placement; only AFT has periods to extend.',
            },
          ]);
        }
        assertRunning(participation);
        const periods = await tx.find(AftPeriod, { participation: participation.id });
        const extension = extensionOf(periods, input.endDate);

        tx.create(AftPeriod, { participation, ...extension });
        // Changes the row, so the version moves; the placement is published with it.
        participation.aftGrantedUntil = extension.endDate;
        await tx.flush();
        await appendToFeed(tx, [placementChange(participation)]);
        return participation;
      }),
    );
  }
}
