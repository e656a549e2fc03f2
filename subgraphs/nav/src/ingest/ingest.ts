import { ref, type EntityManager } from '@mikro-orm/core';
import { appendToFeed, isRace, FeedRecordType, type FeedChange, type Logger } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { osloDate } from '../common/nav-time';
import { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavExtentPeriod, NavParticipantRecord } from '../participant-record/participant-record.entity';
import { NEVER_WAITING, nextWaitingState, sameSnapshot, waitingSnapshot } from '../participant-record/waiting';
import {
  IngestRejectionCode,
  parseTopicLine,
  type ParticipantRecordData,
  type TopicLine,
  type TopicLineSettings,
} from './topic-record';
import { currentGrant, grantChange } from './nav-grant';

export interface IngestRejection {
  /** Line number in the import, counted from 1 (blank lines count too, so an editor finds the line). */
  line: number;
  /** The record's key when it could be read. */
  key: string | null;
  code: IngestRejectionCode;
  /** What is wrong and what to do, for a person; never contains the identity number. */
  reason: string;
}

/** What an import did: records stored, already known, older than what is stored, deleted, and rejected. */
export interface IngestReport {
  accepted: number;
  unchanged: number;
  stale: number;
  deleted: number;
  rejected: IngestRejection[];
}

/** What became of a line that was not rejected. */
export type IngestLineOutcome = 'accepted' | 'unchanged' | 'stale' | 'deleted';

/** A line read without a rejection: its number, the record's key and what became of it. */
export interface IngestLine {
  line: number;
  key: string;
  outcome: IngestLineOutcome;
}

type Outcome = IngestLineOutcome | { code: IngestRejectionCode; reason: string };

export interface IngestOptions {
  logger?: Logger;
  /** The arrival time of tombstones; replaceable in tests. */
  now?: () => Date;
  /**
   * Where to list every line that was not rejected, in the order of the file: the graph's import shows NAV's staff
   * what was taken. The route and the CLI answer with counts only, so a 5 MB import does not answer with its size.
   */
  lines?: IngestLine[];
}

function sameContent(record: NavParticipantRecord, extent: NavExtentPeriod[], data: ParticipantRecordData): boolean {
  const comparable = (r: Omit<ParticipantRecordData, 'id' | 'changedAt'>) =>
    JSON.stringify([
      r.measureInstanceId,
      r.personRef,
      r.startDate,
      r.endDate,
      r.status,
      r.statusReason,
      r.statusReasonText,
      r.statusAt.getTime(),
      r.registeredAt.getTime(),
      r.source,
      r.extent.map((e) => [e.percent, e.daysPerWeek, e.validFrom]),
    ]);
  const stored = {
    measureInstanceId: record.measureInstance.id,
    personRef: record.personRef ?? '',
    startDate: record.startDate,
    endDate: record.endDate,
    status: record.status,
    statusReason: record.statusReason,
    statusReasonText: record.statusReasonText,
    statusAt: record.statusAt,
    registeredAt: record.registeredAt,
    source: record.source,
    extent,
  };
  return comparable(stored) === comparable(data);
}

/**
 * An outcome that writes nothing (unchanged, stale, rejected). The identity map is cleared so that the
 * transaction's closing flush has nothing to compare or write for this line.
 */
function readOnly(tx: EntityManager, outcome: Outcome): Outcome {
  tx.clear();
  return outcome;
}

/**
 * A tombstone: the record is marked deleted and loses its pseudonym; a record that was waiting leaves the feed, and a
 * granted record's grant is withdrawn (a null `nav-grant` event).
 */
async function applyTombstone(tx: EntityManager, key: string, now: Date): Promise<Outcome> {
  const record = await tx.findOne(NavParticipantRecord, { id: key }, { populate: ['measureInstance'] });
  if (!record || record.deletedAt) return readOnly(tx, 'unchanged');
  const wasWaiting = record.waitingSince !== null;
  const wasGranted = currentGrant(record, record.measureInstance.getEntity()) !== null;
  for (const period of await tx.find(NavExtentPeriod, { record: key })) tx.remove(period);
  Object.assign(record, { deletedAt: now, personRef: null, ...NEVER_WAITING });
  await tx.flush();
  const changes: FeedChange[] = [];
  if (wasWaiting) changes.push({ type: FeedRecordType.WAITING, id: record.id, version: record.version, data: null });
  // A grant NAV deleted is withdrawn; the reader keeps what it had, marked as removed at the source.
  if (wasGranted) changes.push({ type: FeedRecordType.NAV_GRANT, id: record.id, version: record.version, data: null });
  await appendToFeed(tx, changes);
  return 'deleted';
}

/**
 * One record: the newest change wins. A record older than the stored one, or than the tombstone that deleted it,
 * is stale; the same record again is unchanged. A change of the record's waiting state, and of NAV's grant of a
 * state place (./nav-grant.ts), is published on the feed in the same transaction.
 */
async function applyValue(tx: EntityManager, data: ParticipantRecordData): Promise<Outcome> {
  const instance = await tx.findOne(NavMeasureInstance, { id: data.measureInstanceId });
  if (!instance) {
    return readOnly(tx, {
      code: 'UNKNOWN_MEASURE_INSTANCE',
      reason: `gjennomforingId ${data.measureInstanceId} is not a measure instance known to the adapter; check the id, or register the instance before its participants.`,
    });
  }
  const stored = await tx.findOne(NavParticipantRecord, { id: data.id }, { populate: ['measureInstance'] });
  const extent = stored ? await tx.find(NavExtentPeriod, { record: data.id }, { orderBy: { validFrom: 'asc' } }) : [];
  if (stored) {
    const changed = data.changedAt.getTime();
    if (changed < stored.changedAt.getTime()) return readOnly(tx, 'stale');
    if (stored.deletedAt && changed <= stored.deletedAt.getTime()) return readOnly(tx, 'stale');
    if (!stored.deletedAt && changed === stored.changedAt.getTime() && sameContent(stored, extent, data)) {
      return readOnly(tx, 'unchanged');
    }
  }
  const live = stored && !stored.deletedAt ? stored : null;
  const before = live ? waitingSnapshot(live, live.personRef, live.measureInstance.getEntity()) : null;
  const grantBefore = live ? currentGrant(live, live.measureInstance.getEntity()) : null;
  const record: NavParticipantRecord = stored ?? tx.create(NavParticipantRecord, { id: data.id } as never);
  const waiting = nextWaitingState(record, data.status, data.statusReason, osloDate(data.statusAt));
  Object.assign(record, {
    measureInstance: ref(instance),
    personRef: data.personRef,
    startDate: data.startDate,
    endDate: data.endDate,
    status: data.status,
    statusReason: data.statusReason,
    statusReasonText: data.statusReasonText,
    statusAt: data.statusAt,
    registeredAt: data.registeredAt,
    changedAt: data.changedAt,
    source: data.source,
    deletedAt: null,
    ...waiting,
  });
  for (const period of extent) tx.remove(period);
  for (const period of data.extent) tx.create(NavExtentPeriod, { record, ...period } as never);
  await tx.flush();
  const after = waitingSnapshot(record, record.personRef, instance);
  const grant = grantChange(grantBefore, record, instance);
  const changes: FeedChange[] = [];
  if (after && !sameSnapshot(before, after)) {
    changes.push({ type: FeedRecordType.WAITING, id: record.id, version: record.version, data: after });
  }
  if (grant) changes.push({ type: FeedRecordType.NAV_GRANT, id: record.id, version: record.version, data: grant });
  await appendToFeed(tx, changes);
  return 'accepted';
}

/** Applies one checked line in its own transaction; two imports of one record at once retry, so neither is lost. */
async function applyLine(em: EntityManager, line: TopicLine & { kind: 'value' | 'tombstone' }, now: Date) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional(
        (tx) => (line.kind === 'tombstone' ? applyTombstone(tx, line.key, now) : applyValue(tx, line.record)),
        { clear: true },
      );
    } catch (error) {
      const race = isRace(error, ['version', 'unique']);
      if (!race || attempt >= 3) throw error;
    }
  }
}

/**
 * Imports records in the shape of NAV's compacted participant topic: JSON lines `{ "key": ..., "value": ... }`,
 * value null for a tombstone. Each line is applied in its own transaction with its feed events, so one bad line
 * never blocks the rest; the seed uses this same path. Identity numbers are never logged or stored.
 */
export async function ingestParticipantRecords(
  em: EntityManager,
  text: string,
  settings: TopicLineSettings,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const report: IngestReport = { accepted: 0, unchanged: 0, stale: 0, deleted: 0, rejected: [] };
  const lines = text.split(/\r?\n/);
  for (const [index, content] of lines.entries()) {
    if (content.trim() === '') continue;
    const line = index + 1;
    const parsed = parseTopicLine(content, settings);
    let outcome: Outcome;
    try {
      outcome =
        parsed.kind === 'rejected'
          ? { code: parsed.code, reason: parsed.reason }
          : await applyLine(em, parsed, options.now?.() ?? new Date());
    } catch (error) {
      // Inside a caller's transaction (the seed) a failed statement may have spoiled it: the caller must know.
      if (em.getTransactionContext()) throw error;
      const correlationId = randomUUID();
      options.logger?.error('Could not store a participant record', {
        correlationId,
        line,
        error: error instanceof Error ? error.message : String(error),
      });
      const reason = `The record could not be stored; send it again later. Reference: ${correlationId}.`;
      outcome = { code: 'INTERNAL_ERROR', reason };
    }
    // A long import would otherwise keep every record it touched in memory.
    if (!em.getTransactionContext()) em.clear();
    if (typeof outcome === 'string') {
      report[outcome]++;
      if (parsed.kind !== 'rejected') options.lines?.push({ line, key: parsed.key, outcome });
    } else {
      report.rejected.push({ line, key: parsed.key, ...outcome });
      options.logger?.warn('Rejected a participant record', { line, key: parsed.key, code: outcome.code });
    }
  }
  options.logger?.info('Imported participant records', {
    accepted: report.accepted,
    unchanged: report.unchanged,
    stale: report.stale,
    deleted: report.deleted,
    rejected: report.rejected.length,
  });
  return report;
}
