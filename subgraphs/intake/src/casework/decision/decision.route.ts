import type { EntityManager, MikroORM } from '@mikro-orm/core';
import {
  AuditCategory,
  AuthenticationError,
  CALLER_HEADER,
  createCallerVerifier,
  errorBody,
  ErrorCode,
  forbiddenBody,
  unauthenticatedBody,
  type Caller,
  type Logger,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import type { Express, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { isUuid } from '../application/application.rules';
import { recordHubRead } from '../../audit';
import { createIntakeLoaders, type IntakeSettings } from '../../context';
import { withOwnParticipant } from '../../people';
import { Decision } from './decision.entity';
import { LetterLanguage } from './decision.enums';
import { decisionLetter, letterText } from './decision.letter';
import { letterFacts } from './decision.facts';

/** The hub's subgraph name: the audience of the gateway's tokens it accepts (INTAKE_SUBGRAPH_NAME, kept here to avoid a cycle). */
const INTAKE_AUDIENCE = 'intake';
type CallerVerifier = ReturnType<typeof createCallerVerifier>;
/** How the audit log names a letter read (its `operationName`). */
export const LETTER_OPERATION = 'GET /decisions/:id/letter';
const LETTER_AUDIT_FAILED =
  'Lesingen kunne ikke loggføres, så brevet holdes tilbake; prøv igjen. / The read could not be written to the audit log, so the letter is withheld; try again.';

/**
 * `GET /decisions/:id/letter?lang=nb|en`: the decision letter as plain text (UTF-8), for printing or sending. The same
 * letter as `Decision.letter` in the graph, built from the same facts.
 */
/** Who may read a decision's letter: the allocation office, or the applicant or a guardian of its participant. */
function mayReadLetter(caller: Caller, participantId: string): boolean {
  if (caller.roles.includes('case-worker')) return true;
  return (
    (caller.roles.includes('applicant') || caller.roles.includes('guardian')) &&
    (caller.participantIds ?? []).includes(participantId)
  );
}

/**
 * With service trust (`trust`), the route answers only with the gateway's caller token for `intake` (header
 * `x-veiinn-caller`, as /graphql): 401 without one, 403 for a caller who may not read this participant's letter.
 */
export function decisionLetterRoutes(
  app: Express,
  orm: MikroORM,
  settings: IntakeSettings,
  logger: Logger,
  trust?: SubgraphTrustOptions,
): void {
  const verifyCaller = trust && createCallerVerifier(INTAKE_AUDIENCE, trust);
  app.get('/decisions/:id/letter', async (req, res) => {
    let caller = await gatewayCaller(req, res, verifyCaller, logger);
    if (caller === undefined) return;
    // A citizen's identity number names their own participant, as at /graphql.
    if (caller) caller = await withOwnParticipant(caller, orm.em, settings.personRefKey);
    const lang = String(req.query['lang'] ?? 'nb').toUpperCase();
    if (lang !== LetterLanguage.NB && lang !== LetterLanguage.EN) {
      res
        .status(400)
        .json(
          errorBody(ErrorCode.BAD_USER_INPUT, 'lang må være nb eller en. / lang must be nb or en.', { field: 'lang' }),
        );
      return;
    }
    try {
      const em = orm.em.fork();
      const id = req.params.id;
      const decision = await readableDecision(em, id, caller, res);
      if (!decision) return;
      const language = lang as LetterLanguage;
      const letter = decisionLetter(await letterFacts(decision, createIntakeLoaders(em, settings), language), language);
      if (!(await auditedRead(req, res, orm, logger, caller, decision))) return;
      res
        .status(200)
        .type('text/plain; charset=utf-8')
        .set('content-language', language === LetterLanguage.NB ? 'nb' : 'en')
        .send(letterText(letter));
    } catch (error) {
      const correlationId = randomUUID();
      logger.error('Decision letter failed', { correlationId, error: String(error) });
      res
        .status(500)
        .json(
          errorBody(
            ErrorCode.INTERNAL_SERVER_ERROR,
            `Intern feil. Referanse: ${correlationId} / Internal error. Reference: ${correlationId}`,
            { correlationId },
          ),
        );
    }
  });
}

/** The caller the gateway's token names (null without service trust); undefined once 401 has been answered. */
async function gatewayCaller(
  req: Request,
  res: Response,
  verifyCaller: CallerVerifier | undefined,
  logger: Logger,
): Promise<Caller | null | undefined> {
  let caller: Caller | null = null;
  if (verifyCaller) {
    try {
      caller = await verifyCaller(req.header(CALLER_HEADER));
    } catch (error) {
      const message = error instanceof AuthenticationError ? error.message : String(error);
      logger.warn('Refused a decision letter without a valid caller token', { message });
      res.status(401).json(unauthenticatedBody(message));
      return undefined;
    }
  }
  return caller;
}

/** The decision, when the caller may read its letter; otherwise null, with 404 or 403 answered. */
async function readableDecision(
  em: EntityManager,
  id: string,
  caller: Caller | null,
  res: Response,
): Promise<Decision | null> {
  const decision = isUuid(id) ? await em.findOne(Decision, { id }) : null;
  // Only the allocation office learns that an id is unknown; anyone else gets the same 403 as for another
  // participant's decision, so the route cannot be used to probe which decisions exist.
  if (!decision && (!caller || caller.roles.includes('case-worker'))) {
    res
      .status(404)
      .json(errorBody(ErrorCode.NOT_FOUND, `Fant ikke vedtaket «${id}». / No decision has the id "${id}".`));
    return null;
  }
  if (!decision || (caller && !mayReadLetter(caller, decision.participant.id))) {
    res
      .status(403)
      .json(
        forbiddenBody(
          'Du har ikke tilgang til dette vedtaket. / Only the allocation office, or the applicant or a guardian of the participant, may read this letter.',
        ),
      );
    return null;
  }
  return decision;
}

/** Whether the read is in the audit log; when it cannot be written, 503 is answered and the letter withheld. */
async function auditedRead(
  req: Request,
  res: Response,
  orm: MikroORM,
  logger: Logger,
  caller: Caller | null,
  decision: Decision,
): Promise<boolean> {
  // The letter is personal data of the participant (category APPLICATIONS): the read is in the audit log before
  // the letter leaves, or the letter does not leave (fail closed, as the gateway does for the graph).
  const requestId = req.header('x-request-id') || randomUUID();
  try {
    await recordHubRead(orm, {
      caller,
      participantId: decision.participant.id,
      category: AuditCategory.APPLICATIONS,
      operationName: LETTER_OPERATION,
      requestId: requestId.slice(0, 100),
    });
  } catch (error) {
    const correlationId = randomUUID();
    logger.error('Audit log write failed; the decision letter is withheld', {
      correlationId,
      requestId,
      error: String(error),
    });
    res.status(503).json({
      errors: [{ message: LETTER_AUDIT_FAILED, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId } }],
    });
    return false;
  }
  return true;
}
