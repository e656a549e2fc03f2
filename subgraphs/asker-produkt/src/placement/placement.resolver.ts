import { Access } from '@veiinn/kit';
import { Ctx, Directive, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import { AskerProduktAftPeriod } from '../aft/aft-period.entity';
import { AskerProduktDepartment } from '../department/department.entity';
import { AskerProduktGoal } from '../goal/goal.entity';
import type { AskerProduktContext } from '../subgraph';
import { AFT_OUTCOME, providerDetailOnly, readsPlacement } from './placement.access';
import { AskerProduktPlacement } from './placement.entity';
import { PlacementStub } from './placement.stub';

@Resolver(() => PlacementStub)
export class PlacementStubResolver {
  @Directive(AFT_OUTCOME)
  @FieldResolver(() => AskerProduktPlacement, {
    nullable: true,
    description:
      "Asker Produkt's detail of the placement; null when it is not theirs, or when the caller may not see it " +
      "(the allocation office, Asker Produkt's own staff and system, the participant or their guardian; NAV's staff " +
      'AFT placements only, for their periods and outcome).',
  })
  async askerProdukt(
    @Root() placement: PlacementStub,
    @Ctx() { loaders, caller, app }: AskerProduktContext,
  ): Promise<AskerProduktPlacement | null> {
    const found = await loaders.placement.load(placement.id);
    return found && readsPlacement(caller, app, found) ? found : null;
  }
}

/** The lists below a placement: reached only through `Placement.askerProdukt`, so its row rule covers them. */
@Resolver(() => AskerProduktPlacement)
export class PlacementResolver {
  @Directive(Access.PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @FieldResolver(() => AskerProduktDepartment, {
    nullable: true,
    description: 'The VTA department the participant works in; null for AFT and when not recorded.',
  })
  department(@Root() placement: AskerProduktPlacement, @Ctx() { loaders }: AskerProduktContext) {
    return placement.department ? loaders.department.load(placement.department.id) : null;
  }

  @FieldResolver(() => [AskerProduktAftPeriod], { description: 'AFT periods, oldest first; empty for VTA.' })
  aftPeriods(@Root() placement: AskerProduktPlacement, @Ctx() { loaders }: AskerProduktContext) {
    return loaders.periodsByPlacement.load(placement.id);
  }

  @Directive(Access.PROVIDER_DETAIL)
  @UseMiddleware(providerDetailOnly)
  @FieldResolver(() => [AskerProduktGoal], { description: 'Individual goals, oldest first.' })
  goals(@Root() placement: AskerProduktPlacement, @Ctx() { loaders }: AskerProduktContext) {
    return loaders.goalsByPlacement.load(placement.id);
  }
}
