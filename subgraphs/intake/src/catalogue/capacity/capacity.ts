import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Places and their use, for one offer or summed over a provider. Outside case work a count of 1 to 4 people, and any figure it could be worked out from, is hidden (null, `suppressed` true; docs/security.md, "Small counts").',
})
export class Capacity {
  @Field(() => Int, { nullable: true, description: 'Places published by the provider; null when not published.' })
  places!: number | null;

  @Field(() => Int, { nullable: true, description: 'Placements current today; null when hidden (`suppressed`).' })
  occupied!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Placements decided that start later: taken, though not yet in use; null when hidden (`suppressed`).',
  })
  upcoming!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Places neither occupied nor taken by an upcoming placement (never below 0); null when places are not published, or when hidden because it would reveal a hidden count (`suppressed`).',
  })
  free!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'People on a waiting list for it now; null when hidden (`suppressed`).',
  })
  waiting!: number | null;

  @Field(() => Boolean, {
    description:
      'Whether a place is free today (`free` above 0), also when the number is hidden: a yes or no reveals no count of people (as the `hasFreePlaces` filter).',
  })
  hasFreePlaces!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether any figure here is hidden to protect small numbers of people (counts from 1 to 4 outside case work, and what they could be worked out from).',
  })
  suppressed!: boolean;
}

/** Capacity as counted, before any figure is hidden: every count known. */
export interface CountedCapacity {
  places: number | null;
  occupied: number;
  upcoming: number;
  free: number | null;
  waiting: number;
}

/** An offer's capacity before counting: nothing used. */
export const emptyCapacity = (places: number | null): CountedCapacity => ({
  places,
  occupied: 0,
  upcoming: 0,
  free: places,
  waiting: 0,
});

/** The places left, from the counts. */
export function withFree(c: CountedCapacity): CountedCapacity {
  return { ...c, free: c.places === null ? null : Math.max(c.places - c.occupied - c.upcoming, 0) };
}

/** A provider's capacity: the sum over its catalogue offers (places over those that publish them). */
export function sumCapacity(capacities: CountedCapacity[]): CountedCapacity {
  return capacities.reduce<CountedCapacity>(
    (sum, c) => ({
      places: c.places === null ? sum.places : (sum.places ?? 0) + c.places,
      occupied: sum.occupied + c.occupied,
      upcoming: sum.upcoming + c.upcoming,
      free: c.free === null ? sum.free : (sum.free ?? 0) + c.free,
      waiting: sum.waiting + c.waiting,
    }),
    { places: null, occupied: 0, upcoming: 0, free: null, waiting: 0 },
  );
}

/** Whether a place is free: a yes or no, given to everyone. */
export const hasFreePlaces = (c: CountedCapacity): boolean => c.free !== null && c.free > 0;

/** Counted capacity as given to a caller who sees small counts: nothing hidden. */
export const shownCapacity = (c: CountedCapacity): Capacity => ({
  ...c,
  hasFreePlaces: hasFreePlaces(c),
  suppressed: false,
});
