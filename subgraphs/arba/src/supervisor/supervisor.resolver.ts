import { Access } from '@veiinn/kit';
import { Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { arbaScope, seesStaffNames } from '../access';
import { ArbaArena } from '../arena/arena.entity';
import { ArbaMeasure } from '../common/enums';
import type { ArbaContext } from '../context';
import { ArbaSupervisorRatio } from './supervisor-ratio';
import { ArbaSupervisor } from './supervisor.entity';

@Resolver(() => ArbaSupervisor)
export class SupervisorResolver {
  @Query(() => [ArbaSupervisorRatio], {
    description:
      'Participants per supervisor today, per measure (VTA, then AFT): first the whole measure (arena null), then ' +
      'each arena where it has participants or supervisors, by arena name.',
  })
  async arbaSupervisorRatios(@Ctx() { loaders, app }: ArbaContext): Promise<ArbaSupervisorRatio[]> {
    const staffing = await loaders.staffing.load(app.today());
    return Object.values(ArbaMeasure).flatMap((measure) => [staffing.ratio(measure), ...staffing.arenaRatios(measure)]);
  }

  @Directive(Access.STAFF_NAMES)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Full name; for the case worker and Arba's own staff only, null for anyone else (staff of other providers).",
  })
  name(@Root() supervisor: ArbaSupervisor, @Ctx() { caller, app }: ArbaContext): string | null {
    return seesStaffNames(arbaScope(caller, app)) ? supervisor.name : null;
  }

  @FieldResolver(() => ArbaArena, { description: 'The arena the supervisor works at.' })
  async arena(@Root() supervisor: ArbaSupervisor, @Ctx() { loaders }: ArbaContext): Promise<ArbaArena> {
    const arena = await loaders.arena.load(supervisor.arena.id);
    if (!arena) throw new Error(`Supervisor ${supervisor.id} refers to missing arena ${supervisor.arena.id}`);
    return arena;
  }
}
