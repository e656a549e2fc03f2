import {
  ANONYMOUS_CALLER,
  CALLER_HEADER,
  serviceIssuer,
  signCallerToken,
  type Caller,
  type SigningKey,
} from '@veiinn/kit';
import { randomUUID } from 'node:crypto';

/** What one HTTP exchange gave: the status, the content type, and the body as text and (when it is JSON) parsed. */
export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body; undefined when the body is not JSON. */
  json: unknown;
  /** The `x-veiinn-protocol` header (the placement protocol names itself there), or null. */
  protocol: string | null;
}

/** Whose token a request carries: none, the gateway's, the hub's, or a token given as it is. */
export type Credentials = 'none' | 'gateway' | 'hub' | { token: string };

/** A GraphQL response, as far as the checks read it. */
export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/** The hub's subgraph name: the issuer of its service tokens is `serviceIssuer(HUB_NAME)`. */
export const HUB_NAME = 'intake';

/**
 * How the checks reach the subgraph under test: its /graphql and /feed, with the tokens the gateway and the hub
 * would send. Each token is signed afresh, because a subgraph refuses a token it has accepted before.
 */
export class Probe {
  constructor(
    readonly url: string,
    readonly feedUrl: string,
    /** The subgraph's name: the audience of every token. */
    readonly name: string,
    private readonly keys: { gateway?: SigningKey; hub?: SigningKey },
    private readonly timeoutMs: number,
  ) {}

  get hasGatewayKey(): boolean {
    return this.keys.gateway !== undefined;
  }

  get hasHubKey(): boolean {
    return this.keys.hub !== undefined;
  }

  /** The header that carries `credentials`, signed now. */
  async headers(credentials: Credentials): Promise<Record<string, string>> {
    const token = await this.tokenFor(credentials);
    return token ? { [CALLER_HEADER]: token } : {};
  }

  /** A fresh token of the gateway or the hub, for `audience` (default: the subgraph under test). */
  async tokenFor(credentials: Credentials, audience = this.name): Promise<string | undefined> {
    if (credentials === 'none') return undefined;
    if (typeof credentials === 'object') return credentials.token;
    const key = this.keys[credentials];
    // Without the key the request goes out bare; the check that needed it says so.
    if (!key) return undefined;
    // The gateway names the person it forwards; an anonymous caller is the least a subgraph must answer.
    const caller: Caller =
      credentials === 'gateway' ? { ...ANONYMOUS_CALLER, roles: [...ANONYMOUS_CALLER.roles] } : hubCaller;
    return signCallerToken(key, {
      audience,
      caller,
      requestId: randomUUID(),
      ...(credentials === 'hub' && { issuer: serviceIssuer(HUB_NAME) }),
    });
  }

  /** Posts a GraphQL request to /graphql. */
  async graphql(
    body: { query: string; variables?: Record<string, unknown> } | string,
    credentials: Credentials = 'gateway',
  ): Promise<Answer> {
    return this.send(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.headers(credentials)) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  /** Reads `GET /feed?after=&limit=`. */
  async feed(after: number | string, limit: number | string, credentials: Credentials = 'hub'): Promise<Answer> {
    const url = new URL(this.feedUrl);
    url.searchParams.set('after', String(after));
    url.searchParams.set('limit', String(limit));
    return this.send(url.href, { headers: await this.headers(credentials) });
  }

  /** Posts JSON to a plain HTTP route, e.g. the placement protocol's. */
  async post(url: string, body: unknown, credentials: Credentials): Promise<Answer> {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.headers(credentials)) },
      body: JSON.stringify(body),
    });
  }

  async get(url: string, credentials: Credentials = 'gateway'): Promise<Answer> {
    return this.send(url, { headers: await this.headers(credentials) });
  }

  private async send(url: string, init: RequestInit): Promise<Answer> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
      json,
      protocol: response.headers.get('x-veiinn-protocol'),
    };
  }
}

/** The hub as it reads a feed or places a decision: the service itself, with the role `service`. */
const hubCaller: Caller = { sub: HUB_NAME, roles: ['service'] };

/** The first lines of a body, for a reason that shows what came instead of what was expected. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat || '(empty body)';
}

/** Is the answer JSON by its content type and its body? */
export function isJson(answer: Answer): boolean {
  return /^application\/(graphql-response\+)?json/i.test(answer.contentType) && answer.json !== undefined;
}
