import {
  ANONYMOUS_CALLER,
  CALLER_HEADER,
  errorBody,
  ErrorCode,
  signCallerToken,
  type Caller,
  type SigningKey,
} from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import type { RequestHandler } from 'express';
import { parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { AccessRules } from './access-directives';
import { findRefusals, refusalCode, refusalErrors, type AccessPolicy } from './authorization';

/** The graph's counterpart of the route: the gateway's access rules of `Decision.letter` are checked on it. */
const LETTER_DOCUMENT = parse('query DecisionLetter($id: ID!) { decision(id: $id) { letter { title } } }');

export interface LetterRouteOptions {
  /** The hub's base URL (no `/graphql`), learnt from its data source when not given. */
  hubUrl: () => string | undefined;
  /** The API schema and access rules the gateway serves now; undefined before the first schema is loaded. */
  current: () => { schema: GraphQLSchema; rules: AccessRules } | undefined;
  policies: Readonly<Record<string, AccessPolicy>>;
  internalKey: SigningKey;
  logger: Logger;
  /** How long the hub may take (default 10 s). */
  timeoutMs?: number;
}

/**
 * `GET /decisions/:id/letter?lang=nb|en` at the gateway: the decision letter as plain text, under the same rules as
 * the graph's `Decision.letter`. The gateway signs the caller in (run before this handler) and checks its access
 * rules for the field; the hub's own route (subgraphs/intake/src/casework/decision/decision.route.ts) then applies its row
 * rules (the allocation office, or the applicant or a guardian of that participant) and writes the read to the audit
 * log before the letter leaves. The gateway forwards with its signed caller token, as it does for the graph.
 */
export function letterRoute(options: LetterRouteOptions): RequestHandler {
  return async (req, res) => {
    const caller = res.locals.caller as Caller;
    const requestId = res.locals.requestId as string;
    const current = options.current();
    const hubUrl = options.hubUrl();
    if (!current || !hubUrl) {
      res
        .status(503)
        .json(
          errorBody(
            ErrorCode.INTERNAL_SERVER_ERROR,
            'Gatewayen har ikke lastet grafen ennå; prøv igjen straks. / The gateway has not loaded its graph yet; retry shortly.',
          ),
        );
      return;
    }
    // A letter is always someone's personal data: without a token the fix is to sign in (the graph would say 403,
    // since the field also needs a role; a route can say what to do).
    if (caller.sub === ANONYMOUS_CALLER.sub) {
      res.setHeader('www-authenticate', 'Bearer');
      res
        .status(401)
        .json(
          errorBody(
            ErrorCode.UNAUTHENTICATED,
            'Logg inn for å lese vedtaksbrevet (Authorization: Bearer <token>). / Sign in to read the decision letter: send Authorization: Bearer <token>.',
          ),
        );
      return;
    }
    const operation = LETTER_DOCUMENT.definitions[0] as OperationDefinitionNode;
    const refusals = findRefusals(current.schema, LETTER_DOCUMENT, operation, current.rules, caller, {
      policies: options.policies,
      variables: { id: String(req.params.id) },
    });
    if (refusals.length) {
      // The graph's own answer for the same refusal: 401 when signing in is all that is missing, else 403.
      const code = refusalCode(refusals, caller);
      res.status(code === ErrorCode.UNAUTHENTICATED ? 401 : 403).json({ errors: refusalErrors(refusals, caller) });
      return;
    }
    const url = new URL(`${hubUrl}/decisions/${encodeURIComponent(String(req.params.id))}/letter`);
    if (typeof req.query.lang === 'string') url.searchParams.set('lang', req.query.lang);
    try {
      const answer = await fetch(url, {
        headers: {
          [CALLER_HEADER]: await signCallerToken(options.internalKey, { audience: 'intake', caller, requestId }),
          'x-request-id': requestId,
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const type = answer.headers.get('content-type') ?? '';
      const body = await answer.text();
      if (answer.status === 200) {
        res.status(200).type(type || 'text/plain; charset=utf-8');
        const language = answer.headers.get('content-language');
        if (language) res.set('content-language', language);
        res.send(body);
        return;
      }
      // The hub's JSON errors for the caller (400, 403, 404) and its 503 when the read could not be audited (the
      // letter withheld, "try again") pass on as they are. A 401 means the hub does not trust this gateway: the
      // operator's problem, answered 502 below like any other failure.
      const passOn = (answer.status >= 400 && answer.status < 500 && answer.status !== 401) || answer.status === 503;
      if (passOn && /json/.test(type)) {
        res.status(answer.status).type(type).send(body);
        return;
      }
      throw new Error(`the hub answered ${answer.status}: ${body.slice(0, 200)}`);
    } catch (error) {
      options.logger.error('Decision letter through the gateway failed', { requestId, error: String(error) });
      res
        .status(502)
        .json(
          errorBody(
            ErrorCode.INTERNAL_SERVER_ERROR,
            'Brevet kunne ikke hentes; prøv igjen. / The letter could not be fetched from the hub; try again.',
            { requestId },
          ),
        );
    }
  };
}
