/**
 * An offer's places: the sum of its groups' capacities, or null ("not published") when a group has no capacity
 * or the offer has no groups yet, since then nobody knows how many it can take.
 */
export function placesOf(groups: { capacity: number | null }[]): number | null {
  if (groups.length === 0 || groups.some((g) => g.capacity === null)) return null;
  return groups.reduce((sum, g) => sum + g.capacity!, 0);
}
