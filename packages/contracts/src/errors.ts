import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';

/** Error codes a client can rely on (`extensions.code`). Documented in docs/errors.md (the abuse limits' codes in docs/security.md). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FAILED_PRECONDITION: 'FAILED_PRECONDITION',
  /** No valid credentials: a bad, expired or foreign token (HTTP 401, before anything runs). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Valid credentials, but the caller's roles do not allow this (for the access rules of later work). */
  FORBIDDEN: 'FORBIDDEN',
  /** The operation is too deep, has too many aliases or root fields, or would cost too much (HTTP 400, not run). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Too many requests from this caller or address in the last minute (HTTP 429 with `Retry-After`). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Only registered (persisted) documents are accepted from this caller (HTTP 400). */
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
  /** The request body is larger than the server accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request is malformed as HTTP: unreadable JSON, a GET parameter GraphQL over HTTP does not define (HTTP 400). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The body's content type, charset or content-encoding is not one the server reads (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** A subgraph the operation needs did not answer (down, or refusing connections); `extensions.subgraph` names it. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A text for people in both languages: Norwegian bokmål first, and English. Errors carry it as
 * `message: "<nb> / <en>"` and as `extensions.messages: { nb, en }`, so a front end can show one language.
 */
export interface Bilingual {
  nb: string;
  en: string;
}

/** The one-string form of a bilingual text: `"<nb> / <en>"`. */
export const bilingualMessage = (text: Bilingual): string => `${text.nb} / ${text.en}`;

/** The one shape of every error a Veiinn process answers outside GraphQL execution, as GraphQL's own errors. */
export function errorBody(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** `message` and `extensions.messages` of an error for people. */
function messageOf(text: Bilingual) {
  return { message: bilingualMessage(text), messages: { nb: text.nb, en: text.en } };
}

/**
 * One problem with one input field, in both languages; `field` is the path inside the input object, e.g.
 * `guardians.0.phone`. The texts are what is wrong with the field, without its name: `{ nb: 'må fylles ut.',
 * en: 'must be filled in.' }`.
 */
export interface FieldProblem extends Bilingual {
  field: string;
}

/** A field problem as a client gets it in `extensions.fields`. */
export interface ExposedFieldProblem extends Bilingual {
  field: string;
  /** `"<nb> / <en>"`. */
  message: string;
}

/**
 * The text of a list of problems: one problem is one line (`givenName: må fylles ut.`); several read as a list
 * under "Dette må rettes:" / "Please correct:".
 */
export function problemsText(problems: FieldProblem[]): Bilingual {
  const line = (p: FieldProblem, lang: 'nb' | 'en') => `${p.field}: ${p[lang]}`;
  if (problems.length === 1) return { nb: line(problems[0]!, 'nb'), en: line(problems[0]!, 'en') };
  const list = (lang: 'nb' | 'en') => problems.map((p) => `\n- ${line(p, lang)}`).join('');
  return { nb: `Dette må rettes:${list('nb')}`, en: `Please correct:${list('en')}` };
}

/**
 * Invalid input. The message is for people; `extensions.fields` lets a form put each message beside its field.
 * Thrown before anything is written, so a rejected mutation changes nothing.
 */
export class UserInputError extends GraphQLError {
  constructor(public readonly problems: FieldProblem[]) {
    const { message, messages } = messageOf(problemsText(problems));
    const fields: ExposedFieldProblem[] = problems.map(({ field, nb, en }) => ({
      field,
      message: bilingualMessage({ nb, en }),
      nb,
      en,
    }));
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, messages, fields } });
  }
}

/** Norwegian names of the types a NOT_FOUND names, with the indefinite article: "et vedtak". */
const NOT_FOUND_NB: Record<string, string> = {
  Participant: 'en deltaker',
  Application: 'en søknad',
  Decision: 'et vedtak',
  Offer: 'et tilbud',
  Provider: 'en tilbyder',
  Transition: 'en overgang',
  TransitionStep: 'et steg i en overgang',
  FlowMeeting: 'et flytmøte',
  DayServicesGroup: 'en aktivitetsgruppe',
  DayServicesPlacement: 'en plass i dagtilbudet',
  WorkCentrePlacement: 'en plass ved arbeidssenteret',
  ArbaPlacement: 'en plass i Arba',
  ArbaVtaGoal: 'et mål',
  Guardianship: 'en vergemålsmelding',
};

export class NotFoundError extends GraphQLError {
  constructor(typeName: string, id: string) {
    const what = NOT_FOUND_NB[typeName] ?? `noe av typen ${typeName}`;
    const { message, messages } = messageOf({
      nb: `Det finnes ikke ${what} med id «${id}».`,
      en: `${typeName} with id "${id}" does not exist.`,
    });
    super(message, { extensions: { code: ErrorCode.NOT_FOUND, messages, typeName, id } });
  }
}

/** Someone else changed the record since the caller read it (optimistic lock), or a unique value is taken. */
export class ConflictError extends GraphQLError {
  constructor(text: Bilingual, extensions: Record<string, unknown> = {}) {
    const { message, messages } = messageOf(text);
    super(message, { extensions: { ...extensions, messages, code: ErrorCode.CONFLICT } });
  }
}

/**
 * The input is well-formed, but a rule of the domain forbids the change in the current state: a full group, a
 * period longer than the measure allows. `extensions.rule` names the rule, so a client can explain it.
 */
export class FailedPreconditionError extends GraphQLError {
  constructor(rule: string, text: Bilingual, extensions: Record<string, unknown> = {}) {
    const { message, messages } = messageOf(text);
    super(message, { extensions: { ...extensions, messages, rule, code: ErrorCode.FAILED_PRECONDITION } });
  }
}

const exposedCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.FAILED_PRECONDITION,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.RATE_LIMITED,
  ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  // Apollo Server's own codes for malformed requests are safe to show as they are.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorLogger {
  error(message: string, meta: Record<string, unknown>): void;
}

/**
 * Apollo Server `formatError`: known errors pass with their code; anything else is logged with a correlation id
 * and reaches the client only as "Internal error" with that id. No stack trace ever leaves the process.
 */
/**
 * Bokmål for the errors the GraphQL library and Apollo Server write in English only (a document that does not parse
 * or validate, a variable that does not coerce, a malformed request): said in general words before their English
 * text, which names the exact place and stays as it is. Errors of our own code are bilingual already (a " / " in the
 * message) and are left alone.
 */
const LIBRARY_MESSAGES_NB: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'Spørringen kan ikke leses: den har en skrivefeil (se hvor i den engelske teksten).',
  GRAPHQL_VALIDATION_FAILED:
    'Spørringen passer ikke med grafen: den spør etter noe som ikke finnes eller ikke kan spørres slik.',
  BAD_USER_INPUT: 'En variabel i forespørselen har en verdi som ikke kan brukes.',
  BAD_REQUEST: 'Forespørselen er ikke satt sammen slik GraphQL over HTTP krever.',
  PERSISTED_QUERY_NOT_FOUND: 'Den lagrede spørringen finnes ikke.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Lagrede spørringer tas ikke imot her.',
  OPERATION_RESOLUTION_FAILURE: 'Forespørselen sier ikke hvilken operasjon i dokumentet som skal kjøres.',
};

/** A library's English-only message with its bokmål before it, "nb / en", as every message of ours is. */
export function inBothLanguages(code: unknown, message: string): string {
  const nb = typeof code === 'string' ? LIBRARY_MESSAGES_NB[code] : undefined;
  return nb && !message.includes(' / ') ? `${nb} / ${message}` : message;
}

export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // An error a subgraph already masked keeps its reference, so the gateway and subgraph logs can be joined.
    const alreadyMasked =
      code === ErrorCode.INTERNAL_SERVER_ERROR && typeof formatted.extensions?.correlationId === 'string';
    if ((typeof code === 'string' && exposedCodes.has(code)) || alreadyMasked) {
      // Drop `stacktrace` and anything else the server may have attached in development.
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: inBothLanguages(code, formatted.message), extensions };
    }
    const correlationId = randomUUID();
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    logger.error('Unhandled error in GraphQL operation', {
      correlationId,
      path: formatted.path,
      error: original instanceof Error ? { message: original.message, stack: original.stack } : String(original),
    });
    return {
      message: `Intern feil. Referanse: ${correlationId} / Internal error. Reference: ${correlationId}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}
