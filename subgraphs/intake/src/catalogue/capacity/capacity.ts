import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Places and their use, for one offer or summed over a provider.' })
export class Capacity {
  @Field(() => Int, { nullable: true, description: 'Places published by the provider; null when not published.' })
  places!: number | null;

  @Field(() => Int, { description: 'Placements current today.' })
  occupied!: number;

  @Field(() => Int, { description: 'Placements decided that start later: taken, though not yet in use.' })
  upcoming!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Places neither occupied nor taken by an upcoming placement (never below 0); null when places are not published.',
  })
  free!: number | null;

  @Field(() => Int, { description: 'People on a waiting list for it now.' })
  waiting!: number;
}

/** An offer's capacity before counting: nothing used. */
export const emptyCapacity = (places: number | null): Capacity => ({
  places,
  occupied: 0,
  upcoming: 0,
  free: places,
  waiting: 0,
});

/** The places left, from the counts. */
export function withFree(c: Capacity): Capacity {
  return { ...c, free: c.places === null ? null : Math.max(c.places - c.occupied - c.upcoming, 0) };
}

/** A provider's capacity: the sum over its catalogue offers (places over those that publish them). */
export function sumCapacity(capacities: Capacity[]): Capacity {
  const total = capacities.reduce(
    (sum, c) => ({
      places: c.places === null ? sum.places : (sum.places ?? 0) + c.places,
      occupied: sum.occupied + c.occupied,
      upcoming: sum.upcoming + c.upcoming,
      free: c.free === null ? sum.free : (sum.free ?? 0) + c.free,
      waiting: sum.waiting + c.waiting,
    }),
    { places: null, occupied: 0, upcoming: 0, free: null, waiting: 0 } as Capacity,
  );
  return total;
}
