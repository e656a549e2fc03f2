import type { FieldProblem } from '@veiinn/kit';

/** The largest capacity a group may have; far above any real group, it catches a typing error. */
export const MAX_GROUP_CAPACITY = 500;

export const GroupRule = {
  CAPACITY_BELOW_OCCUPANCY: 'CAPACITY_BELOW_OCCUPANCY',
} as const;

export function capacityProblems(capacity: number): FieldProblem[] {
  return Number.isInteger(capacity) && capacity >= 0 && capacity <= MAX_GROUP_CAPACITY
    ? []
    : [
        {
          field: 'capacity',
          nb: `må være et helt tall fra 0 til ${MAX_GROUP_CAPACITY}.`,
          en: `must be a whole number from 0 to ${MAX_GROUP_CAPACITY}.`,
        },
      ];
}

/** Free places: capacity less occupied, never below 0; null when the group has no fixed capacity. */
export function freePlaces(capacity: number | null, occupied: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - occupied);
}
