import type { MikroORM } from '@mikro-orm/core';
import { ErrorCode, type Logger } from '@veiinn/kit';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { ingestParticipantRecords } from './ingest';
import { ingestGuard, type IngestAuthOptions } from './ingest.auth';
import type { TopicLineSettings } from './topic-record';

export const INGEST_PATH = '/ingest/deltakere';
export const INGEST_CONTENT_TYPE = 'application/x-ndjson';
/** Largest import accepted in one request; a larger file is sent in parts. */
export const INGEST_BODY_LIMIT = 5 * 1024 * 1024;

const fail = (res: Response, status: number, message: string) =>
  res.status(status).json({ error: { code: ErrorCode.BAD_USER_INPUT, message } });

/**
 * `POST /ingest/deltakere`: JSON lines in the shape of NAV's participant topic, answered with an IngestReport.
 * The body is read only when it is declared as JSON lines, and never logged: it holds identity numbers. With `auth`
 * it takes only the identity provider's token for NAV's staff or NAV's system (see ./ingest.auth.ts).
 */
export function ingestRoutes(settings: TopicLineSettings, auth?: IngestAuthOptions) {
  return (app: Express, orm: MikroORM, logger: Logger) => {
    app.post(
      INGEST_PATH,
      // Before the body is read: a caller without the right sends no identity number into the process.
      ingestGuard(auth, logger),
      (req: Request, res: Response, next: NextFunction) => {
        if (!req.is(INGEST_CONTENT_TYPE)) {
          fail(res, 415, `Send the records as JSON lines with content-type ${INGEST_CONTENT_TYPE}.`);
          return;
        }
        next();
      },
      express.text({ type: INGEST_CONTENT_TYPE, limit: INGEST_BODY_LIMIT }),
      async (req: Request, res: Response) => {
        const text = typeof req.body === 'string' ? req.body : '';
        res.json(await ingestParticipantRecords(orm.em.fork(), text, settings, { logger }));
      },
      (error: { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
        if (error.type === 'entity.too.large') {
          fail(res, 413, `The import is larger than ${INGEST_BODY_LIMIT / 1024 / 1024} MB; send it in parts.`);
        } else if (error.status && error.status >= 400 && error.status < 500) {
          fail(res, error.status, 'The request body could not be read as UTF-8 text.');
        } else {
          const correlationId = randomUUID();
          logger.error('Import failed', { correlationId, error: String((error as Error).message ?? error) });
          res.status(500).json({
            error: {
              code: ErrorCode.INTERNAL_SERVER_ERROR,
              message: `Intern feil. Referanse: ${correlationId} / Internal error. Reference: ${correlationId}`,
              correlationId,
            },
          });
        }
      },
    );
  };
}
