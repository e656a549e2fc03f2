import {
  appendToFeed,
  conflictOnRace,
  expectVersion,
  FailedPreconditionError,
  NotFoundError,
  UserInputError,
} from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PROVIDER_WRITE, requireProviderWrite } from '@veiinn/kit';
import { asUuid } from '../common/ids';
import type { DayServicesContext } from '../context';
import { offerChange } from '../feed/changes';
import { lockOffer } from '../offer/offer.lock';
import { OfferStub, offerStub } from '../offer/offer.stub';
import { placesOf } from '../offer/offer.rules';
import { ActivityPlacement } from '../placement/placement.entity';
import { ActivityGroup } from './group.entity';
import { GroupCapacityInput } from './group.inputs';
import { capacityProblems, freePlaces, GroupRule } from './group.rules';

@Resolver(() => ActivityGroup)
export class GroupResolver {
  @Query(() => [ActivityGroup], { description: 'All activity groups of the municipal day services, by name.' })
  async dayServicesGroups(@Ctx() { em }: DayServicesContext): Promise<ActivityGroup[]> {
    return em.find(ActivityGroup, {}, { orderBy: { nameSort: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => OfferStub, { description: 'The offer the group belongs to.' })
  offer(@Root() group: ActivityGroup): OfferStub {
    return offerStub(group.offer.id);
  }

  @FieldResolver(() => Int, { description: 'Placements in the group that are current today.' })
  occupied(@Root() group: ActivityGroup, @Ctx() { loaders, app }: DayServicesContext): Promise<number> {
    return loaders.occupancy.load({ groupId: group.id, day: app.today() });
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Places free today: capacity less occupied, never below 0; null when the group has no capacity.',
  })
  async free(@Root() group: ActivityGroup, @Ctx() { loaders, app }: DayServicesContext): Promise<number | null> {
    if (group.capacity === null) return null;
    return freePlaces(group.capacity, await loaders.occupancy.load({ groupId: group.id, day: app.today() }));
  }

  @Directive(PROVIDER_WRITE)
  @Mutation(() => ActivityGroup, {
    description:
      "Sets a group's capacity, and with it the offer's places: for the allocation office and BKD's own staff and " +
      'system; anyone else gets FORBIDDEN. Unknown id gives NOT_FOUND; a stale expectedVersion ' +
      'gives CONFLICT; a capacity below the placements current or starting later gives FAILED_PRECONDITION with ' +
      'rule CAPACITY_BELOW_OCCUPANCY.',
  })
  async setDayServicesGroupCapacity(
    @Arg('input', () => GroupCapacityInput, { description: 'The group and its new capacity.' })
    input: GroupCapacityInput,
    @Ctx() { em, app, caller }: DayServicesContext,
  ): Promise<ActivityGroup> {
    requireProviderWrite(caller, app, { no: 'endre kapasiteten til en gruppe', en: "change a group's capacity" });
    const id = asUuid(input.groupId) ?? input.groupId;
    const name = { nb: 'Gruppen', en: `Group ${id}`, it: 'den' } as const;
    return conflictOnRace(name, () =>
      em.transactional(async (tx) => {
        const found = asUuid(id) ? await tx.findOne(ActivityGroup, { id }) : null;
        if (!found) throw new NotFoundError('DayServicesGroup', id);
        const offer = (await lockOffer(tx, found.offer.id))!;
        // Read again under the lock: a change committed meanwhile shows as CONFLICT, with the version now stored.
        const group = await tx.findOneOrFail(ActivityGroup, { id }, { refresh: true });
        expectVersion(group, input.expectedVersion, name);
        const problems = capacityProblems(input.capacity);
        if (problems.length) throw new UserInputError(problems);
        if (input.capacity === group.capacity) return group;

        // Placements that have not ended by today: the current ones and those that start later.
        const today = app.today();
        const taken = await tx.count(ActivityPlacement, {
          group: id,
          $or: [{ endDate: null }, { endDate: { $gte: today } }],
        });
        if (input.capacity < taken) {
          throw new FailedPreconditionError(
            GroupRule.CAPACITY_BELOW_OCCUPANCY,
            {
              nb: `Gruppen «${group.name}» har ${taken} plasser som er i gang eller starter senere. Den kan ikke ha bare ${input.capacity} plasser.`,
              en: `The group "${group.name}" has ${taken} placements that are current or start later; its capacity cannot be ${input.capacity}.`,
            },
            { occupied: taken },
          );
        }

        const groups = await tx.find(ActivityGroup, { offer: offer.id });
        const placesBefore = placesOf(groups);
        group.capacity = input.capacity;
        const placesChanged = placesOf(groups) !== placesBefore;
        // The offer's places are derived, so touch the row: its version moves with what the feed publishes.
        if (placesChanged) offer.updatedAt = new Date();
        await tx.flush();
        if (placesChanged) await appendToFeed(tx, [offerChange(offer, groups)]);
        return group;
      }),
    );
  }
}
