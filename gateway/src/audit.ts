import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  AUDIT_CATEGORIES,
  AUDIT_EXTENSION,
  AUDIT_WRITER,
  CALLER_HEADER,
  ErrorCode,
  signCallerToken,
  type AuditCategory,
  type AuditRecord,
  type Caller,
  type SigningKey,
} from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import { randomUUID } from 'node:crypto';
import { countAuditWrite } from './metrics';

/** Where the gateway writes the audit log. */
export interface AuditOptions {
  /**
   * The hub's `POST /audit` URL. Default: the hub's (`intake`) subgraph URL with `/graphql` replaced by `/audit`.
   */
  url?: string;
  /** How long one write may take before the request fails closed (default 5 s). */
  timeoutMs?: number;
}

/** The hub: the subgraph that keeps the audit log, and the audience of the gateway's token for it. */
const HUB = 'intake';

interface AuditedContext {
  requestId?: string;
  caller?: Caller;
}

type DidReceiveResponse = NonNullable<RemoteGraphQLDataSource<AuditedContext>['didReceiveResponse']>;

/** The most client requests, and entries, that go to the hub in one write (see `writeTogether`). */
const MAX_REQUESTS_PER_WRITE = 100;
const MAX_ENTRIES_PER_WRITE = 5_000;

/** The message a client gets instead of data whose read could not be logged (Norwegian, then English). */
export const AUDIT_FAILED_MESSAGE =
  'Lesingen kunne ikke loggføres, så opplysningene holdes tilbake; prøv igjen. / The read could not be written to the audit log, so its data is withheld; try again.';

/**
 * The gateway's half of the audit log: every subgraph reports the reads of personal data it served for one client
 * request (`extensions.veiinnAudit`, taken out here so a client never sees it); before the response leaves, all of
 * them go to the hub in one `POST /audit`, with who asked (the verified caller), when and through which operation.
 * Fail closed: if that write fails, the client gets an error instead of the data.
 */
export function createAuditTrail(
  options: AuditOptions & { internalKey: SigningKey; logger: Logger; hubDown?: () => boolean },
) {
  let hubUrl: string | undefined = options.url;
  const pending = new WeakMap<object, Map<string, AuditRecord>>();

  interface Batch {
    requests: AuditRecord[][];
    entryCount: number;
    /** Settles when the batch is written, with the requests whose entries could not be written, and why. */
    written: Promise<Map<AuditRecord[], unknown>>;
    settle: (outcome: Promise<Map<AuditRecord[], unknown>>) => void;
  }
  const queue: Batch[] = [];
  let writing = false;

  const isRead = (value: unknown): value is { participantId: string; category: AuditCategory } =>
    typeof (value as { participantId?: unknown })?.participantId === 'string' &&
    AUDIT_CATEGORIES.includes((value as { category?: unknown }).category as AuditCategory);

  return {
    /** Learns the hub's URL from the data source the gateway builds for it (unless `url` was given). */
    subgraph(name: string, url: string | undefined): void {
      if (name === HUB && url && !options.url) hubUrl = url.replace(/\/graphql\/?$/, '/audit');
    },

    /** How many reads this client request has still to write (the response cache never keeps such an answer). */
    pendingFor(context: object): number {
      return pending.get(context)?.size ?? 0;
    },

    /** The data sources' hook: keeps a subgraph's reported reads for the client request, and strips them. */
    didReceiveResponse(subgraph: string): DidReceiveResponse {
      return ({ response, context }) => {
        const reported = response.extensions?.[AUDIT_EXTENSION];
        if (reported === undefined) return response;
        const { [AUDIT_EXTENSION]: _taken, ...extensions } = response.extensions!;
        const caller = context.caller;
        if (Array.isArray(reported) && caller) {
          let entries = pending.get(context);
          if (!entries) pending.set(context, (entries = new Map()));
          const at = new Date().toISOString();
          for (const read of reported.filter(isRead)) {
            const key = `${subgraph}\u0000${read.participantId}\u0000${read.category}`;
            if (entries.has(key)) continue;
            entries.set(key, {
              sub: caller.sub,
              roles: caller.roles,
              participantId: read.participantId,
              category: read.category,
              at,
              operationName: null, // filled in from the client's operation when written
              requestId: context.requestId ?? randomUUID(),
              subgraph,
            });
          }
        }
        return { ...response, extensions: Object.keys(extensions).length ? extensions : undefined };
      };
    },

    /** Writes the request's reads before its response leaves; replaces the data with an error if it cannot. */
    plugin(): ApolloServerPlugin<AuditedContext> {
      return {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response, operationName, request }) {
              const entries = pending.get(contextValue);
              if (!entries?.size) return;
              pending.delete(contextValue);
              const name = operationName ?? request.operationName ?? null;
              const body = { entries: [...entries.values()].map((e) => ({ ...e, operationName: name })) };
              try {
                await writeTogether(body.entries);
                countAuditWrite('written');
              } catch (error) {
                countAuditWrite('failed');
                const correlationId = randomUUID();
                options.logger.error('Audit log write failed; the response is withheld', {
                  correlationId,
                  requestId: contextValue.requestId,
                  entries: body.entries.length,
                  error: String(error),
                });
                if (response.body.kind === 'single') {
                  response.body.singleResult = {
                    errors: [
                      {
                        message: AUDIT_FAILED_MESSAGE,
                        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
                      },
                    ],
                  };
                }
                response.http.status = 503;
              }
            },
          };
        },
      };
    },
  };

  /**
   * Group commit: the entries of requests that finish while a write is on its way go together in the next write,
   * and each request waits for the write that carries its own entries, so an answer still leaves only after its
   * reads are durable. Under load this is one signature, one POST and one INSERT for many requests instead of one
   * each. If a write of several requests' entries is refused, each request's entries are tried alone, so one
   * request's bad entry never withholds another's answer.
   */
  async function writeTogether(entries: AuditRecord[]): Promise<void> {
    let batch = queue.at(-1);
    if (!batch || batch.requests.length >= MAX_REQUESTS_PER_WRITE || batch.entryCount >= MAX_ENTRIES_PER_WRITE) {
      let settle!: Batch['settle'];
      const written = new Promise<Map<AuditRecord[], unknown>>((resolve) => (settle = resolve));
      queue.push((batch = { requests: [], entryCount: 0, written, settle }));
    }
    batch.requests.push(entries);
    batch.entryCount += entries.length;
    pump();
    const failed = await batch.written;
    if (failed.has(entries)) throw failed.get(entries);
  }

  function pump(): void {
    if (writing) return;
    const batch = queue.shift();
    if (!batch) return;
    writing = true;
    const outcome = writeBatch(batch.requests);
    batch.settle(outcome);
    void outcome
      .catch(() => undefined)
      .finally(() => {
        writing = false;
        pump();
      });
  }

  /** Writes the requests' entries in one POST; if that fails, each request's alone. Resolves with those that failed. */
  async function writeBatch(requests: AuditRecord[][]): Promise<Map<AuditRecord[], unknown>> {
    if (requests.length > 1) {
      try {
        await write({ entries: requests.flat() });
        return new Map();
      } catch {
        // Below: which request's entries it was.
      }
    }
    const failed = new Map<AuditRecord[], unknown>();
    await Promise.all(requests.map((entries) => write({ entries }).catch((error) => failed.set(entries, error))));
    return failed;
  }

  async function write(body: { entries: AuditRecord[] }): Promise<void> {
    if (!hubUrl) throw new Error('The hub (intake) has no URL to write the audit log to.');
    if (options.hubDown?.()) throw new Error("The hub's circuit is open: it has failed too often to be called now.");
    const requestId = randomUUID();
    const token = await signCallerToken(options.internalKey, { audience: HUB, caller: AUDIT_WRITER, requestId });
    const answer = await fetch(hubUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, [CALLER_HEADER]: token },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    if (answer.status !== 201) throw new Error(`POST ${hubUrl} answered ${answer.status}: ${await answer.text()}`);
  }
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
