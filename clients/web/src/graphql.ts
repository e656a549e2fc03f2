// The app's only way to the graph: each operation goes as the sha256 of its registered text
// (clients/persisted-documents.json, the gateway's trusted documents) with its variables, never as query text.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';
import persistedHashes from 'virtual:persisted-hashes';

/** A message in both languages, as the gateway's errors carry it in `extensions.messages`. */
export interface Bilingual {
  nb: string;
  en: string;
}

/** One field's problem of a BAD_USER_INPUT (`extensions.fields`), to put beside the field in a form. */
export interface FieldProblem extends Bilingual {
  /** The input field, as the mutation's input names it (e.g. `givenName`, `workTrials.0.place`). */
  field: string;
}

/** A refused request: the error code (e.g. BAD_USER_INPUT) and a message a person can read, in both languages. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly code: string,
    readonly messages: Bilingual,
    readonly status?: number,
    /** BAD_USER_INPUT: each field's problem; empty otherwise. */
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${code}: ${messages.en}`);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLError {
  message?: string;
  extensions?: { code?: string; messages?: Partial<Bilingual>; fields?: Partial<FieldProblem>[]; subgraph?: string };
}

const NETWORK: Bilingual = {
  nb: 'Vi får ikke kontakt med tjenesten. Sjekk nettet og prøv igjen.',
  en: 'We cannot reach the service. Check your connection and try again.',
};

/** The gateway's message as two languages: its `messages`, else its "<nb> / <en>" text, else the same text twice. */
function bilingual(error: GraphQLError): Bilingual {
  const { nb, en } = error.extensions?.messages ?? {};
  if (nb && en) return { nb, en };
  const text = error.message ?? 'Ukjent feil / Unknown error';
  const [first, ...rest] = text.split(' / ');
  return rest.length > 0 ? { nb: first, en: rest.join(' / ') } : { nb: text, en: text };
}

function operationName(document: TypedDocumentNode<unknown, never>): string {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  if (!operation?.name) throw new Error('An operation sent by the web app needs a name.');
  return operation.name.value;
}

export interface RequestOptions {
  /** The gateway's /graphql URL. */
  url: string;
  /** Operation name → hash; the registered documents by default. */
  hashes?: Record<string, string>;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** The signed-in person's access token, sent as a bearer token; none for the public. */
  accessToken?: string;
}

/**
 * Where a partial answer says which services' parts are missing: a plain key, so it survives TanStack Query's
 * structural sharing (which copies own enumerable keys), and one no operation's data can have.
 */
const MISSING_KEY = '__veiinnMissing';

/** The services whose parts of this answer are missing (they did not answer in time); empty for a whole answer. */
export function missingParts(data: unknown): string[] {
  const missing = (data as Record<string, unknown> | null | undefined)?.[MISSING_KEY];
  return Array.isArray(missing) ? (missing as string[]) : [];
}

/**
 * Runs a registered operation. Throws GraphQLRequestError for any error the gateway returns (the first one) and for
 * a network failure (code NETWORK_ERROR), except in an answer whose only errors are services that did not answer
 * (SUBGRAPH_UNAVAILABLE): its data is what the rest of the graph had, and the page shows it with a notice of what
 * is missing (`missingParts`) rather than nothing at all.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions,
): Promise<TResult> {
  const name = operationName(document as TypedDocumentNode<unknown, never>);
  const sha256Hash = (options.hashes ?? persistedHashes)[name];
  if (!sha256Hash) {
    throw new Error(`${name} is not in clients/persisted-documents.json: run npm run documents.`);
  }
  const body = JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(options.url, {
      method: 'POST',
      // application/json makes the browser ask first (CORS preflight), which the gateway's CSRF check requires.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.accessToken && { authorization: `Bearer ${options.accessToken}` }),
      },
      body,
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError('NETWORK_ERROR', NETWORK);
  }
  let payload: { data?: TResult | null; errors?: GraphQLError[] };
  try {
    payload = (await response.json()) as typeof payload;
  } catch {
    throw new GraphQLRequestError(
      response.ok ? 'BAD_RESPONSE' : `HTTP_${response.status}`,
      {
        nb: `Tjenesten svarte med en feil (${response.status}). Prøv igjen senere.`,
        en: `The service answered with an error (${response.status}). Try again later.`,
      },
      response.status,
    );
  }
  const errors = payload.errors ?? [];
  if (payload.data != null && errors.length > 0 && errors.every((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')) {
    const services = [...new Set(errors.map((e) => e.extensions?.subgraph).filter((s): s is string => !!s))];
    return { ...payload.data, [MISSING_KEY]: services };
  }
  const first = errors[0];
  if (first) {
    const fields = (first.extensions?.fields ?? []).filter(
      (problem): problem is FieldProblem =>
        typeof problem.field === 'string' && typeof problem.nb === 'string' && typeof problem.en === 'string',
    );
    throw new GraphQLRequestError(
      first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      bilingual(first),
      response.status,
      fields.map(({ field, nb, en }) => ({ field, nb, en })),
    );
  }
  if (payload.data == null) {
    throw new GraphQLRequestError(
      'BAD_RESPONSE',
      { nb: 'Tomt svar fra tjenesten.', en: 'Empty answer from the service.' },
      response.status,
    );
  }
  return payload.data;
}

/** Where the app finds the graph and the sign-in. */
export interface AppConfig {
  gatewayUrl: string;
  /** The OpenID Connect issuer (ID-porten in production, the development issuer here). */
  issuerUrl: string;
  clientId: string;
}

let config: Promise<AppConfig> | undefined;

/** VITE_GATEWAY_URL/VITE_ISSUER_URL/VITE_CLIENT_ID when built with them (`npm run dev`), else /config.json. */
export function getConfig(): Promise<AppConfig> {
  config ??= import.meta.env.VITE_GATEWAY_URL
    ? Promise.resolve({
        gatewayUrl: import.meta.env.VITE_GATEWAY_URL as string,
        issuerUrl: (import.meta.env.VITE_ISSUER_URL as string | undefined) ?? 'http://localhost:4010',
        clientId: (import.meta.env.VITE_CLIENT_ID as string | undefined) ?? 'veiinn-web',
      })
    : fetch('/config.json').then((response) => response.json() as Promise<AppConfig>);
  return config;
}

/** How `gql` learns the signed-in person's token and tells the sign-in that the gateway refused it. */
export interface Session {
  accessToken(): string | undefined;
  refused(): void;
}

let session: Session = { accessToken: () => undefined, refused: () => undefined };

/** Set by the AuthProvider: the token lives in its memory only. */
export function setSession(next: Session) {
  session = next;
}

/**
 * `request` against the configured gateway with the signed-in person's token, for TanStack Query's functions. A
 * refused token (401, UNAUTHENTICATED) ends the session in the app, which then asks the person to sign in again.
 */
export async function gql<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const { gatewayUrl } = await getConfig();
  const accessToken = session.accessToken();
  try {
    return await request(document, variables, { url: gatewayUrl, signal, accessToken });
  } catch (error) {
    if (
      accessToken &&
      error instanceof GraphQLRequestError &&
      (error.status === 401 || error.code === 'UNAUTHENTICATED')
    ) {
      session.refused();
    }
    throw error;
  }
}
