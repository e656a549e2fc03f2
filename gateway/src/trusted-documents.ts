import { ErrorCode, type Caller } from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import type { RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseUrl } from 'node:url';

/**
 * Which callers may send only the front ends' registered operations: `off` (development) none; `only-for-public`
 * (production) anonymous callers, applicants and guardians, while staff may send any operation; `all` everyone.
 */
export type TrustedDocumentsMode = 'off' | 'only-for-public' | 'all';
export const TRUSTED_DOCUMENTS_MODES = ['off', 'only-for-public', 'all'] as const;

export interface TrustedDocumentsOptions {
  mode: TrustedDocumentsMode;
  /** sha256 (hex) of each document → its text, as `npm run documents` writes clients/persisted-documents.json. */
  documents: Record<string, string>;
}

/** Roles of people who use the public front ends; a caller with any other role is staff or a system. */
const PUBLIC_ROLES = new Set(['public', 'applicant', 'guardian']);

export function readTrustedDocuments(path: string): Record<string, string> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function refuse(res: Parameters<RequestHandler>[1], code: string, message: string) {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/** The parameters of a GET request that GraphQL over HTTP defines. */
const GET_PARAMETERS = new Set(['query', 'operationName', 'variables', 'extensions']);

/**
 * A GET request's parameters exactly as Apollo will read them: from the raw URL, as @as-integrations/express5 hands
 * it to Apollo (`url.parse(req.url).search`), not from Express's `req.query`, whose parser keeps only the first
 * 1,000 parameters, so `query` after 1,000 others was run by Apollo and never seen by this check. A parameter the
 * protocol does not define, or one given twice, is refused: there is then nothing for the two parsers to disagree on.
 */
function getParameters(url: string): { parameters: Record<string, string> } | { refusal: string } {
  const parameters = new URLSearchParams(parseUrl(url).search ?? '');
  const seen: Record<string, string> = {};
  for (const [name, value] of parameters) {
    const quoted = JSON.stringify(name.slice(0, 40));
    if (!GET_PARAMETERS.has(name)) {
      return {
        refusal:
          `Ukjent parameter ${quoted} i GET-forespørselen. / Unknown GET parameter ${quoted}: GraphQL over HTTP ` +
          'defines only query, operationName, variables and extensions.',
      };
    }
    if (name in seen) {
      return {
        refusal: `Parameteren ${quoted} er gitt flere ganger. / The GET parameter ${quoted} is given more than once.`,
      };
    }
    seen[name] = value;
  }
  return { parameters: seen };
}

/**
 * Express middleware after the body parser. A GET request is read from its URL as Apollo reads it, and refused with
 * BAD_REQUEST for a parameter GraphQL over HTTP does not define or a repeated one (see `getParameters`). A request that names a registered document by
 * `extensions.persistedQuery.sha256Hash` gets its text here, before Apollo sees it; a caller who must use
 * registered documents and sends any other text is refused with PERSISTED_QUERY_NOT_ALLOWED. Apollo's own
 * automatic persisted queries are off, so a client cannot register a document of its own.
 */
export function trustedDocumentsMiddleware(options: TrustedDocumentsOptions, logger: Logger): RequestHandler {
  const documents = new Map(Object.entries(options.documents));
  const restricted = (caller: Caller | undefined) =>
    options.mode === 'all' ||
    (options.mode === 'only-for-public' && (!caller || caller.roles.every((role) => PUBLIC_ROLES.has(role))));

  return (req, res, next) => {
    const caller = res.locals.caller as Caller | undefined;
    // POST bodies are objects (or arrays when batching is on); GET carries the same fields in the query string.
    const fromGet = req.method === 'GET';
    const fromUrl = fromGet ? getParameters(req.url) : undefined;
    if (fromUrl && 'refusal' in fromUrl) return refuse(res, ErrorCode.BAD_REQUEST, fromUrl.refusal);
    const raw: unknown = fromUrl ? fromUrl.parameters : req.body;
    const requests = (Array.isArray(raw) ? raw : [raw]).filter(
      (r): r is Record<string, unknown> => typeof r === 'object' && r !== null,
    );
    for (const request of requests) {
      let extensions = request.extensions;
      if (typeof extensions === 'string') {
        try {
          extensions = JSON.parse(extensions) as unknown;
        } catch {
          extensions = undefined;
        }
      }
      const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
      const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
      const query = typeof request.query === 'string' ? request.query : undefined;
      if (hash !== undefined) {
        const document = documents.get(hash);
        if (document === undefined) {
          return refuse(
            res,
            'PERSISTED_QUERY_NOT_FOUND',
            'Dokumentet er ikke registrert på denne gatewayen. / No registered document has this sha256Hash: ' +
              'deploy the gateway with the current clients/persisted-documents.json.',
          );
        }
        if (query !== undefined && query !== document) {
          return refuse(res, 'BAD_REQUEST', 'query and sha256Hash do not match.');
        }
        if (fromGet) {
          // Express 5's req.query is a getter; the GET handler of Apollo reads the query text from the URL.
          return refuse(res, 'BAD_REQUEST', 'Send a registered document by hash with POST.');
        }
        request.query = document;
        delete (extensions as Record<string, unknown>).persistedQuery;
        request.extensions = extensions;
        continue;
      }
      if (query !== undefined && restricted(caller) && !documents.has(sha256(query))) {
        logger.info('Refused an unregistered operation', { sub: caller?.sub ?? 'anonymous', mode: options.mode });
        return refuse(
          res,
          ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
          'Bare registrerte spørringer er tillatt uten innlogging som ansatt. / Only registered operations are ' +
            'accepted from this caller: send extensions.persistedQuery.sha256Hash of a document in ' +
            'clients/persisted-documents.json, or sign in as staff.',
        );
      }
    }
    next();
  };
}
