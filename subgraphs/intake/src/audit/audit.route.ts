import type { MikroORM } from '@mikro-orm/core';
import { ErrorCode, UserInputError, type Logger, type SubgraphTrustOptions } from '@veiinn/kit';
import express, { type Express } from 'express';
import { gatewayOnly } from '../common/gateway-only';
import { appendAuditEntries } from './audit.store';
import { MAX_AUDIT_ENTRIES, parseAuditEntries } from './audit.rules';

/**
 * `POST /audit`: the gateway appends the reads of one client request to the audit log, in one statement, before
 * it lets the data go to the client (fail closed: without a 201 here the client gets no data). Body
 * `{ "entries": AuditRecord[] }`; answers 201 `{ "recorded": n }`. With service trust, only the gateway's own token
 * (caller `veiinn-gateway`, role `service`, audience `intake`) is accepted: 401 without a valid token, 403 for any
 * other caller (a person's token forwarded by the gateway included). Without trust (tests, development) it is open.
 */
export function auditRoutes(app: Express, orm: MikroORM, logger: Logger, trust?: SubgraphTrustOptions): void {
  const guard = gatewayOnly(trust, logger, {
    forbidden: 'Bare gatewayen skriver i loggen. / Only the gateway may write the audit log.',
    refused: 'Refused an audit write',
  });
  // Room for MAX_AUDIT_ENTRIES entries of a few hundred bytes each.
  app.post('/audit', guard, express.json({ limit: MAX_AUDIT_ENTRIES * 500 }), async (req, res) => {
    const parsed = parseAuditEntries(req.body);
    if ('problems' in parsed) {
      const { message, extensions } = new UserInputError(parsed.problems);
      res.status(400).json({ errors: [{ message, extensions }] });
      return;
    }
    try {
      await appendAuditEntries(orm, parsed.entries);
      res.status(201).json({ recorded: parsed.entries.length });
    } catch (error) {
      logger.error('Audit write failed', { error: String(error) });
      res.status(500).json({
        errors: [{ message: 'Intern feil. / Internal error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
      });
    }
  });
}
