import { Access, ConnectionArgs } from '@veiinn/kit';
import { Arg, Args, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { requireCaseWorker } from '../../access/write-rules';
import type { IntakeContext } from '../../context';
import { Application } from './application.entity';
import { ApplicationFilter } from './application.inputs';
import { ApplicationConnection } from './application.resolver';
import { isUuid } from './application.rules';
import {
  ApplicationOrder,
  ApplicationOrderField,
  ApplicationStatusCount,
  applicationListWhere,
  OrderDirection,
  paginateApplicationsBy,
  statusCounts,
} from './application.worklist';

@ObjectType({ description: 'The allocation office’s worklist: a page of applications and the count of each status.' })
export class ApplicationWorklist {
  @Field(() => ApplicationConnection, { description: 'The page, in the order asked; `totalCount` counts the filter.' })
  applications!: ApplicationConnection;

  @Field(() => [ApplicationStatusCount], {
    description:
      'Every status, in the order of the course, with how many the filter finds when its `status` is left out.',
  })
  statusCounts!: ApplicationStatusCount[];
}

/** The allocation office's own entries to applications (issue 17): refused by the gateway to every other role. */
@Resolver(() => Application)
export class ApplicationWorklistResolver {
  @Directive(Access.CASE_WORKER)
  @Query(() => ApplicationWorklist, {
    description:
      'The allocation office’s worklist (case workers only): a page of applications as `applications` gives it, and the count of each status over the same filter without its `status`, for the status filter’s menu.',
  })
  async applicationWorklist(
    @Arg('filter', () => ApplicationFilter, {
      nullable: true,
      description: 'Conditions the applications must meet; all when left out.',
    })
    filter: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, {
      nullable: true,
      description: 'How to sort; by submission time, oldest first, when left out.',
    })
    orderBy: ApplicationOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<ApplicationWorklist> {
    requireCaseWorker(ctx.caller, { no: 'se arbeidslisten over søknader', en: 'see the worklist of applications' });
    const reader = ctx.em.fork();
    const scope = await rowScope(ctx).applicationWhere();
    const where = await applicationListWhere(reader, filter, scope);
    const order = orderBy ?? { field: ApplicationOrderField.SUBMITTED_AT, direction: OrderDirection.ASC };
    return {
      applications: await paginateApplicationsBy(reader, where, page, order),
      statusCounts: await statusCounts(reader, await applicationListWhere(reader, filter, scope, true)),
    };
  }

  @Directive(Access.CASE_WORKER)
  @Query(() => Application, {
    nullable: true,
    description:
      'One application as the allocation office’s case (case workers only; everyone else is refused, so the case page is never answered to another role); null for an unknown id.',
  })
  async applicationCase(
    @Arg('id', () => ID, { description: 'Id of the application.' }) id: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Application | null> {
    requireCaseWorker(ctx.caller, { no: 'se saken', en: 'see the case' });
    return isUuid(id) ? rowScope(ctx).application(id) : null;
  }
}
