import { Access } from '@veiinn/kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { maySeeStaffNames } from '../access';
import type { WorkCentreContext } from '../context';
import { WorkSupervisor } from './supervisor.entity';

@Resolver(() => WorkSupervisor)
export class WorkSupervisorResolver {
  @Directive(Access.STAFF_NAMES)
  @FieldResolver(() => String, {
    name: 'name',
    nullable: true,
    description:
      "Full name; null unless the caller is the allocation office or the work centre's own staff or system " +
      "(staff names are not public, and another provider's staff do not see them).",
  })
  name(@Root() supervisor: WorkSupervisor, @Ctx() { caller, app }: WorkCentreContext): string | null {
    return maySeeStaffNames(caller, app) ? supervisor.name : null;
  }
}
