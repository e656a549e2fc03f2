// The person's copy of their data (the right of access): the whole answer of WebMyData (or WebMyWardData for a
// guardian's young person) with every page of who read it, as one JSON file, and the same as a readable document.
import { WebMyDataDocument, WebMyReadLogDocument, WebMyWardDataDocument } from '../../../../src/gql/graphql';
import { gql } from '../../graphql';

export interface MyCopy {
  /** When the copy was made (ISO 8601). */
  madeAt: string;
  /** Whose copy: the participant's id. */
  participantId: string;
  participant: Record<string, unknown>;
}

const PAGE = 100;

/** Every entry of who read the participant's data, page by page. */
async function wholeReadLog(participantId: string, signal?: AbortSignal): Promise<unknown[]> {
  const entries: unknown[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await gql(WebMyReadLogDocument, { participantId, first: PAGE, after }, signal);
    const log = page.participant?.readLog;
    if (!log) return entries;
    entries.push(...log.nodes);
    if (!log.pageInfo.hasNextPage || !log.pageInfo.endCursor) return entries;
    after = log.pageInfo.endCursor;
  }
}

/**
 * The copy of `participantId`'s data: the signed-in person's own (`own`), or a guardian's young person. Null when the
 * graph has none for this caller (not registered, or not theirs).
 */
export async function fetchMyCopy(participantId: string, own: boolean, signal?: AbortSignal): Promise<MyCopy | null> {
  const participant = own
    ? (await gql(WebMyDataDocument, {}, signal)).me.participant
    : (await gql(WebMyWardDataDocument, { participantId }, signal)).participant;
  if (!participant || participant.id !== participantId) return null;
  const readLog = await wholeReadLog(participantId, signal);
  return {
    madeAt: new Date().toISOString(),
    participantId,
    participant: { ...(participant as Record<string, unknown>), readLog },
  };
}

/** The file's name: whose copy and the day, e.g. "veiinn-mine-opplysninger-2026-12-04.json". */
export const copyFileName = (copy: MyCopy) => `veiinn-mine-opplysninger-${copy.madeAt.slice(0, 10)}.json`;

/** The JSON file's text: indented, so it can be read in any text editor too. */
export const copyFileText = (copy: MyCopy) => `${JSON.stringify(copy, null, 2)}\n`;

/** Keys the readable document leaves out: they point the system to things and say nothing to a person. */
const TECHNICAL = new Set(['__typename', 'id', 'version', 'cursor', 'participantId', 'requestId']);

export type Readable =
  | { kind: 'value'; key: string; value: string | number | boolean }
  | { kind: 'group'; key: string; items: Readable[] }
  | { kind: 'list'; key: string; items: Readable[][] };

/**
 * The copy as a tree a page can show: groups and lists of labelled values, without empty values (null, empty
 * lists) and without technical keys. The machine-readable file keeps everything.
 */
export function readable(value: Record<string, unknown>): Readable[] {
  const out: Readable[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (TECHNICAL.has(key) || inner === null || inner === undefined || inner === '') continue;
    if (Array.isArray(inner)) {
      const items = inner
        .filter((item) => item !== null && item !== undefined)
        .map((item) =>
          typeof item === 'object'
            ? readable(item as Record<string, unknown>)
            : [{ kind: 'value' as const, key, value: item as string }],
        )
        .filter((item) => item.length > 0);
      if (items.length > 0) out.push({ kind: 'list', key, items });
    } else if (typeof inner === 'object') {
      const items = readable(inner as Record<string, unknown>);
      if (items.length > 0) out.push({ kind: 'group', key, items });
    } else {
      out.push({ kind: 'value', key, value: inner as string | number | boolean });
    }
  }
  return out;
}

/** "desiredStartDate" → "desired start date": a label for a key the texts do not name. */
export const wordsOf = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (first) => first.toUpperCase());
