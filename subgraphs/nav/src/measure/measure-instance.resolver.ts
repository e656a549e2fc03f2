import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { NAV_STAFF_ONLY, requireNavStaff } from '../access';
import { NavParticipantStatus } from '../participant-record/participant-record.enums';
import { NavParticipantRecord } from '../participant-record/participant-record.entity';
import { isUuid } from '../common/ids';
import type { NavContext } from '../context';
import { NavMeasure, navMeasure } from './measure';
import { NavMeasureCode } from './measure.enums';
import { NavMeasureInstance } from './measure-instance.entity';
import { OfferStub } from './offer.stub';

@ObjectType({ description: 'How many live records of a measure instance are in one NAV status.' })
export class NavStatusCount {
  @Field(() => NavParticipantStatus, { description: 'The status.' })
  status!: NavParticipantStatus;

  @Field(() => Int, { description: 'Live records in that status.' })
  count!: number;
}

@Resolver(() => NavMeasureInstance)
export class MeasureInstanceResolver {
  @Query(() => [NavMeasureInstance], { description: 'Measure instances (gjennomføringer), by number.' })
  navMeasureInstances(
    @Arg('measureCode', () => NavMeasureCode, { nullable: true, description: 'Only instances of this measure.' })
    measureCode: NavMeasureCode | null,
    @Arg('providerOrganisation', () => String, {
      nullable: true,
      description: 'Only instances delivered by this provider (its provider id, e.g. "arba").',
    })
    providerOrganisation: string | null,
    @Ctx() { em }: NavContext,
  ): Promise<NavMeasureInstance[]> {
    const where: FilterQuery<NavMeasureInstance> = {};
    if (measureCode != null) where.measureCode = measureCode;
    if (providerOrganisation != null) where.providerOrganisation = providerOrganisation;
    return em.find(NavMeasureInstance, where, { orderBy: { number: 'asc' } });
  }

  @Query(() => NavMeasureInstance, {
    nullable: true,
    description: 'One measure instance by id; null when there is none with that id.',
  })
  async navMeasureInstance(
    @Arg('id', () => ID, { description: "NAV's id of the measure instance." }) id: string,
    @Ctx() { loaders }: NavContext,
  ): Promise<NavMeasureInstance | null> {
    return isUuid(id) ? loaders.measureInstance.load(id.toLowerCase()) : null;
  }

  @FieldResolver(() => NavMeasure, { description: 'The measure delivered, with its name and Arena code.' })
  measure(@Root() instance: NavMeasureInstance): NavMeasure {
    return navMeasure(instance.measureCode);
  }

  @FieldResolver(() => OfferStub, {
    nullable: true,
    description: 'The catalogue offer the instance is delivered as; null when it has none in the catalogue.',
  })
  offer(@Root() instance: NavMeasureInstance): OfferStub | null {
    return instance.offerId ? { id: instance.offerId } : null;
  }

  @FieldResolver(() => Int, { description: 'Records with status DELTAR: places in use.' })
  async participants(@Root() instance: NavMeasureInstance, @Ctx() { loaders }: NavContext): Promise<number> {
    return (await loaders.placeCounts.load(instance.id)).participants;
  }

  @FieldResolver(() => Int, { description: 'Records with status VENTELISTE: people on the waiting list.' })
  async waiting(@Root() instance: NavMeasureInstance, @Ctx() { loaders }: NavContext): Promise<number> {
    return (await loaders.placeCounts.load(instance.id)).waiting;
  }

  @FieldResolver(() => Int, { description: 'Places not in use: places minus participants, never below 0.' })
  async freePlaces(@Root() instance: NavMeasureInstance, @Ctx() { loaders }: NavContext): Promise<number> {
    return Math.max(0, instance.places - (await loaders.placeCounts.load(instance.id)).participants);
  }

  @Directive(NAV_STAFF_ONLY)
  @FieldResolver(() => [NavStatusCount], {
    description:
      "Live records by NAV status (applied, assessed, waiting, starting, taking part, ended …), for NAV's staff: " +
      'statuses without records are left out. Refused with FORBIDDEN for anyone else.',
  })
  async statusCounts(@Root() instance: NavMeasureInstance, @Ctx() { loaders, caller }: NavContext) {
    requireNavStaff(caller, { nb: 'se tiltakenes deltakere etter status', en: "see a measure's records by status" });
    return loaders.statusCounts.load(instance.id);
  }

  @Directive(NAV_STAFF_ONLY)
  @FieldResolver(() => [NavParticipantRecord], {
    description:
      "The instance's live records, newest status first, for NAV's staff: NAV's record ids, statuses, dates and " +
      'extent, never the person (the adapter keeps a pseudonym only). Refused with FORBIDDEN for anyone else.',
  })
  async records(@Root() instance: NavMeasureInstance, @Ctx() { loaders, caller }: NavContext) {
    requireNavStaff(caller, { nb: 'se deltakerne i et tiltak', en: "see a measure instance's records" });
    return loaders.recordsByInstance.load(instance.id);
  }
}
