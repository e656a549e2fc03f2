import { Access } from '@veiinn/kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { NavGrant } from '../../network';
import { Decision } from './decision.entity';

// Casework's, not the network's: the grant is the network's row, the decision casework's, and casework is above.
@Resolver(() => Decision)
export class DecisionNavGrantResolver {
  @Directive(Access.NAV_RECORDS)
  @FieldResolver(() => NavGrant, {
    nullable: true,
    description:
      'NAV’s decisions: the grant the decision was read from, as it stands now (a later withdrawal shows here, not on the decision); null for the allocation office’s.',
  })
  navGrant(@Root() decision: Decision, @Ctx() { loaders }: IntakeContext): Promise<NavGrant | null> {
    return decision.navGrantId ? loaders.navGrant.load(decision.navGrantId) : Promise.resolve(null);
  }
}
