import type { EntityManager } from '@mikro-orm/core';
import { FeedRecordType, settableToday, type FeedEventDto } from '@veiinn/kit';
import type { Provider } from '../../catalogue';
import { Participant } from '../../people';
import { APPLIERS, type Applier, type PageContext } from './appliers';
import { isProblem, isText } from './checks';
import { FeedRejection } from './feed.entities';

/** What one page did: events applied, events ignored (older than what the hub has, or of an unknown type), rejected. */
export interface ApplySummary {
  applied: number;
  ignored: number;
  rejected: number;
}

type Rows = Map<string, { id: string }>;

/**
 * Applies one page of a provider's feed to the hub's catalogue and indexes, inside the caller's transaction.
 * Newest version wins: an event whose version is not newer than what the hub holds is ignored, so a page applied
 * twice changes nothing. Existing rows are read in one query per record type, however long the page.
 */
export async function applyFeedEvents(
  em: EntityManager,
  provider: Provider,
  events: FeedEventDto[],
  today: string = settableToday(),
): Promise<ApplySummary> {
  const summary: ApplySummary = { applied: 0, ignored: 0, rejected: 0 };
  const rowsByType = await loadRows(em, events);
  const page: PageContext = { em, provider, today, participantByRef: await participantsByRef(em, events) };
  const reject = (event: FeedEventDto, reason: string) => {
    summary.rejected++;
    em.persist(
      em.create(FeedRejection, {
        providerId: provider.id,
        sequence: event.sequence,
        type: String(event.type).slice(0, 32),
        recordId: String(event.id).slice(0, 64),
        reason,
        rejectedAt: new Date(),
      }),
    );
  };
  for (const event of events) {
    if (!isText(event.id, 64) || !Number.isSafeInteger(event.version) || event.version < 1) {
      reject(event, 'id (at most 64 characters) and a positive whole version are required');
      continue;
    }
    if (event.data !== null && (typeof event.data !== 'object' || Array.isArray(event.data))) {
      reject(event, 'data must be an object, or null for a deletion');
      continue;
    }
    const applier = APPLIERS.get(event.type);
    // A type from a newer protocol version: skipped, so providers can add types before the hub knows them.
    const outcome = applier ? await applyOne(applier, page, rowsByType.get(event.type)!, event) : 'ignored';
    if (outcome === 'applied' || outcome === 'ignored') summary[outcome]++;
    else reject(event, outcome.problem);
  }
  return summary;
}

/** One event through its applier's steps: the owner, newest version wins, a deletion, the check, the write. */
async function applyOne<Row extends { id: string }, Snapshot>(
  applier: Applier<Row, Snapshot>,
  page: PageContext,
  rows: Map<string, Row>,
  event: FeedEventDto,
): Promise<'applied' | 'ignored' | { problem: string }> {
  const refused = applier.refuse?.(page.provider) ?? null;
  if (refused) return { problem: refused };
  const existing = rows.get(event.id);
  if (existing && applier.owner(existing) !== page.provider.id) {
    return { problem: `${applier.label} ${event.id} belongs to provider ${applier.owner(existing)}` };
  }
  const held = existing ? applier.version(existing) : null;
  if (held !== null && event.version <= held) return 'ignored';
  if (event.data === null && applier.remove) {
    applier.remove(page, existing, event, rows);
    return 'applied';
  }
  const snapshot = event.data === null ? null : applier.check(event.data);
  if (snapshot !== null && isProblem(snapshot)) return snapshot;
  const row = await applier.write(page, existing, snapshot, event);
  if (row) rows.set(row.id, row);
  return 'applied';
}

/** The rows the page's events name, by type and id: one query per record type that occurs, one after another. */
async function loadRows(em: EntityManager, events: FeedEventDto[]): Promise<Map<string, Rows>> {
  const rowsByType = new Map<string, Rows>();
  for (const [type, applier] of APPLIERS) {
    const ids = [...new Set(events.filter((e) => e.type === type).map((e) => e.id))];
    const rows: { id: string }[] = ids.length ? await applier.load(em, ids) : [];
    rowsByType.set(type, new Map(rows.map((r) => [r.id, r])));
  }
  return rowsByType;
}

/** The participants the page's waiting entries and NAV grants name by `personRef`, as participant ids. */
async function participantsByRef(em: EntityManager, events: FeedEventDto[]): Promise<Map<string, string>> {
  const refs = [
    ...new Set(
      events
        .filter(
          (e) =>
            (e.type === FeedRecordType.WAITING || e.type === FeedRecordType.NAV_GRANT) &&
            e.data &&
            typeof e.data['personRef'] === 'string',
        )
        .map((e) => e.data!['personRef'] as string),
    ),
  ];
  const people = refs.length
    ? await em.find(Participant, { personRef: { $in: refs } }, { fields: ['id', 'personRef'] })
    : [];
  return new Map(people.map((p) => [p.personRef!, p.id]));
}
