import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ArbaContext } from '../context';
import { ArbaSupervisorRatio } from '../supervisor/supervisor-ratio';
import { ArbaSupervisor } from '../supervisor/supervisor.entity';
import { ArbaArena } from './arena.entity';

@Resolver(() => ArbaArena)
export class ArenaResolver {
  @Query(() => [ArbaArena], { description: "Arba's work arenas, by name." })
  async arbaArenas(@Ctx() { loaders, app }: ArbaContext): Promise<ArbaArena[]> {
    return (await loaders.staffing.load(app.today())).arenas;
  }

  @FieldResolver(() => [ArbaSupervisor], { description: 'Supervisors at the arena, by name.' })
  supervisors(@Root() arena: ArbaArena, @Ctx() { loaders }: ArbaContext): Promise<ArbaSupervisor[]> {
    return loaders.supervisorsByArena.load(arena.id);
  }

  @FieldResolver(() => [ArbaSupervisorRatio], {
    description:
      'Participants per supervisor at the arena today, one per measure with participants or supervisors there.',
  })
  async supervisorRatios(
    @Root() arena: ArbaArena,
    @Ctx() { loaders, app }: ArbaContext,
  ): Promise<ArbaSupervisorRatio[]> {
    return (await loaders.staffing.load(app.today())).ratiosAt(arena);
  }
}
