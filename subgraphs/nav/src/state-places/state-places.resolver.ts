import { StatCount, StatisticsPeriodInput, statisticsPeriods } from '@veiinn/kit';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { NavContext } from '../context';
import { NavStateVtaAllocation } from './state-vta-allocation.entity';
import { NavStateVtaPeriod } from './state-vta-period';
import { allocationAsOf, stateVtaUse, type StateVtaUse } from './state-vta-use';

/**
 * The use of the allocations a request listed, counted once for all of them: the list is one table for
 * suppression, whichever allocation's field asks first.
 */
const usesOfRequest = new WeakMap<
  NavContext,
  { allocations: NavStateVtaAllocation[]; use?: Promise<Map<string, StateVtaUse>> }
>();

@Resolver(() => NavStateVtaAllocation)
export class StatePlacesResolver {
  @Query(() => [NavStateVtaAllocation], {
    description: 'State VTA places at the disposal of each municipality, newest year first.',
  })
  async navStateVtaPlaces(@Ctx() ctx: NavContext): Promise<NavStateVtaAllocation[]> {
    const allocations = await ctx.em.find(
      NavStateVtaAllocation,
      {},
      { orderBy: { year: 'desc', municipality: 'asc' } },
    );
    usesOfRequest.set(ctx, { allocations });
    return allocations;
  }

  @FieldResolver(() => StatCount, {
    description:
      "NAV's VTA participations at the municipality running on the year's last day, or today while the year runs (its first day before it begins). Outside case work small counts are hidden.",
  })
  async inUse(@Root() allocation: NavStateVtaAllocation, @Ctx() ctx: NavContext): Promise<StatCount> {
    return (await this.useOf(allocation, ctx)).inUse;
  }

  @FieldResolver(() => StatCount, { description: 'places − inUse, not below 0; hidden with the same rules.' })
  async free(@Root() allocation: NavStateVtaAllocation, @Ctx() ctx: NavContext): Promise<StatCount> {
    return (await this.useOf(allocation, ctx)).free;
  }

  private async useOf(allocation: NavStateVtaAllocation, ctx: NavContext): Promise<StateVtaUse> {
    let entry = usesOfRequest.get(ctx);
    if (!entry) usesOfRequest.set(ctx, (entry = { allocations: [allocation] }));
    const today = ctx.app.today();
    entry.use ??= stateVtaUse(
      ctx.em,
      entry.allocations.map((a) => ({
        key: a.id,
        municipality: a.municipality,
        places: a.places,
        asOf: allocationAsOf(a.year, today),
      })),
      ctx.caller,
    );
    return (await entry.use).get(allocation.id)!;
  }

  @Query(() => [NavStateVtaPeriod], {
    description:
      "Each municipality's state VTA places by period, with those in use on each period's `asOf`; a period of a year without an allocation has no row. BAD_USER_INPUT for a bad period.",
  })
  async navStateVtaPlacesOverTime(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The periods counted.' }) input: StatisticsPeriodInput,
    @Ctx() { em, app, caller }: NavContext,
  ): Promise<NavStateVtaPeriod[]> {
    const periods = statisticsPeriods(input, app.today());
    if (!periods.length) return [];
    const years = [...new Set(periods.map((p) => Number(p.asOf.slice(0, 4))))];
    const allocations = await em.find(
      NavStateVtaAllocation,
      { year: { $in: years } },
      { orderBy: { municipality: 'asc' } },
    );
    const rows = periods.flatMap((period) =>
      allocations
        .filter((a) => a.year === Number(period.asOf.slice(0, 4)))
        .map((a) => ({
          key: `${period.label}:${a.municipality}`,
          municipality: a.municipality,
          places: a.places,
          period,
        })),
    );
    const use = await stateVtaUse(
      em,
      rows.map((r) => ({ ...r, asOf: r.period.asOf })),
      caller,
    );
    return rows.map((r) => ({
      period: r.period,
      municipality: r.municipality,
      places: r.places,
      inUse: use.get(r.key)!.inUse,
      free: use.get(r.key)!.free,
    }));
  }
}
