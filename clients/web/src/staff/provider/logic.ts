// The provider workspace's rules, as pure functions (test/provider.test.ts): which provider the signed-in person
// works for, which of the participants' placements are theirs and in which phase, what is due for follow-up at Arba,
// and how the forms read what a person types.

/** The providers whose own subgraph the workspace knows, by the token's `providerId`. */
export type ProviderKind = 'dayServices' | 'workCentre' | 'arba';

export const PROVIDER_KINDS: Record<string, ProviderKind> = {
  'baerum-kommunale-dagtilbud': 'dayServices',
  'baerum-arbeidssenter': 'workCentre',
  arba: 'arba',
};

export const providerKind = (providerId: string | undefined): ProviderKind | null =>
  (providerId && PROVIDER_KINDS[providerId]) || null;

/** Placements ending within this many days are "ending soon". */
export const ENDING_SOON_DAYS = 56;
/** AFT periods ending within this many days are on the follow-up page. */
export const AFT_ENDING_SOON_DAYS = 90;

/** Now, starting (planned) or ending soon. */
export type Phase = 'now' | 'starting' | 'ending';
export const PHASES: Phase[] = ['now', 'starting', 'ending'];

/** A YYYY-MM-DD day `days` after `day`. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Today in Norway, YYYY-MM-DD. */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function phaseOf(placement: { status: string; endDate?: string | null }, today: string): Phase {
  if (placement.status === 'PLANNED') return 'starting';
  if (placement.endDate && placement.endDate <= addDays(today, ENDING_SOON_DAYS)) return 'ending';
  return 'now';
}

/** One row of the home page's table: a participant's placement at our provider. */
export interface ParticipantRow {
  participantId: string;
  placementId: string;
  fullName: string;
  offer: { nb: string; en: string } | null;
  group: string | null;
  startDate: string;
  endDate: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  phase: Phase;
}

interface PlacementLike {
  id: string;
  status: string;
  startDate: string;
  endDate?: string | null;
  participant?: { id: string; fullName: string } | null;
  offer?: { title: { nb: string; en: string } } | null;
}

/** What the provider's own detail says of a placement: its group (or arena) and extent; null when it says nothing. */
export interface Detail {
  group: string | null;
  daysPerWeek?: number | null;
  hoursPerWeek?: number | null;
}

/**
 * The rows of our provider's current and planned placements (the hub's `ownPlacements`), with the provider's own
 * detail; a placement whose participant the hub does not know is left out (there is no one to name).
 */
export function ourRows<P extends PlacementLike>(
  placements: P[],
  today: string,
  detail: (placement: P) => Detail | null,
): ParticipantRow[] {
  const rows: ParticipantRow[] = [];
  for (const placement of placements) {
    const participant = placement.participant;
    if (!participant) continue;
    if (placement.status !== 'ACTIVE' && placement.status !== 'PLANNED') continue;
    const own = detail(placement);
    rows.push({
      participantId: participant.id,
      placementId: placement.id,
      fullName: participant.fullName,
      offer: placement.offer?.title ?? null,
      group: own?.group ?? null,
      startDate: placement.startDate,
      endDate: placement.endDate ?? null,
      daysPerWeek: own?.daysPerWeek ?? null,
      hoursPerWeek: own?.hoursPerWeek ?? null,
      phase: phaseOf(placement, today),
    });
  }
  return rows;
}

/** The rows shown for the URL's `vis` (one phase, or all when empty) and `q` (every word in the name). */
export function filterRows(rows: ParticipantRow[], phase: string, search: string): ParticipantRow[] {
  const words = search.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!phase || row.phase === phase) && words.every((word) => row.fullName.toLocaleLowerCase('nb').includes(word)),
  );
}

export const countByPhase = (rows: ParticipantRow[]): Record<Phase, number> => ({
  now: rows.filter((row) => row.phase === 'now').length,
  starting: rows.filter((row) => row.phase === 'starting').length,
  ending: rows.filter((row) => row.phase === 'ending').length,
});

export const PAGE_SIZE = 50;

/** The rows of page `page` (1-based) and how many pages there are (at least 1); a page past the end shows the last. */
export function pageOf<T>(rows: T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}

/**
 * Hours a week as a person types them ("22,5" or "22.5"): a number more than 0 and at most `max`, at most two
 * decimals; null when it is not one.
 */
export function readHours(text: string, max: number): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(trimmed)) return null;
  const hours = Number(trimmed);
  return hours > 0 && hours <= max ? hours : null;
}

/** A whole number between `min` and `max` as typed; null when it is not one. */
export function readWhole(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** A real day written YYYY-MM-DD (as a date field gives it); null otherwise. */
export function readDay(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  return addDays(text, 0) === text ? text : null;
}

/** The most hours a week each provider keeps: the work centre a full position of 30, Arba a full week of 37.5. */
export const MAX_HOURS: Record<'workCentre' | 'arba', number> = { workCentre: 30, arba: 37.5 };

interface ArbaFollowUpPlacement {
  id: string;
  status: string;
  participant?: { id: string; fullName: string } | null;
  arba?: {
    measure: string;
    endDate?: string | null;
    aftGrantedUntil?: string | null;
    outcome?: string | null;
    goals: { id: string; description: string; nextEvaluationDue: string; evaluationDue: boolean }[];
  } | null;
}

export interface DueGoal {
  participantId: string;
  placementId: string;
  fullName: string;
  goalId: string;
  description: string;
  due: string;
}

/** VTA goals whose half-yearly evaluation is due (today or earlier), of running placements, the longest due first. */
export function dueGoals(placements: ArbaFollowUpPlacement[]) {
  const goals: DueGoal[] = [];
  for (const placement of placements) {
    const participant = placement.participant;
    if (placement.status === 'ENDED' || !placement.arba || !participant) continue;
    for (const goal of placement.arba.goals) {
      if (!goal.evaluationDue) continue;
      goals.push({
        participantId: participant.id,
        placementId: placement.id,
        fullName: participant.fullName,
        goalId: goal.id,
        description: goal.description,
        due: goal.nextEvaluationDue,
      });
    }
  }
  return goals.sort((a, b) => a.due.localeCompare(b.due) || a.fullName.localeCompare(b.fullName, 'nb'));
}

export interface AftRow {
  participantId: string;
  placementId: string;
  fullName: string;
  /** The last granted day (running), or the last day (ended). */
  until: string;
  outcome: string | null;
}

/**
 * AFT at Arba: running participations whose granted periods end within AFT_ENDING_SOON_DAYS (soonest first), and
 * those that ended within the last year with their outcome (latest first).
 */
export function aftFollowUp(
  placements: ArbaFollowUpPlacement[],
  today: string,
): { endingSoon: AftRow[]; ended: AftRow[] } {
  const endingSoon: AftRow[] = [];
  const ended: AftRow[] = [];
  const soon = addDays(today, AFT_ENDING_SOON_DAYS);
  const yearAgo = addDays(today, -365);
  for (const placement of placements) {
    const { arba, participant } = placement;
    if (!arba || arba.measure !== 'AFT' || !participant) continue;
    const base = { participantId: participant.id, placementId: placement.id, fullName: participant.fullName };
    if (arba.endDate && arba.endDate < today) {
      if (arba.endDate >= yearAgo) ended.push({ ...base, until: arba.endDate, outcome: arba.outcome ?? null });
    } else {
      const until = arba.endDate ?? arba.aftGrantedUntil;
      if (until && until <= soon) endingSoon.push({ ...base, until, outcome: null });
    }
  }
  endingSoon.sort((a, b) => a.until.localeCompare(b.until));
  ended.sort((a, b) => b.until.localeCompare(a.until));
  return { endingSoon, ended };
}

/** Where the placement page of a row is. */
export const placementPath = (participantId: string, placementId: string) =>
  `/tilbyder/deltakere/${encodeURIComponent(participantId)}/plasser/${encodeURIComponent(placementId)}`;
