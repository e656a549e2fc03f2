import { periodCovers } from '@veiinn/kit';

type Period = { startDate: string; endDate: string | null };

/** How many of the placements are current on `day`: the group's occupied places that day. */
export function occupiedOn(placements: Period[], day: string): number {
  return placements.filter((p) => periodCovers(p.startDate, p.endDate, day)).length;
}
