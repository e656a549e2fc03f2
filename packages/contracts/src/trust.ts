import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { KeyObject, randomUUID, sign, verify, type webcrypto } from 'node:crypto';
import { ErrorCode } from './errors';
import type { SigningKey } from './keys';
import type { RedisSettings } from './redis-settings';

/**
 * Who is asking, as the gateway verified it: what the row-level rules of later work decide on. `null` in a request
 * context means the subgraph runs without service trust (tests, or a subgraph called directly in development).
 */
export interface Caller {
  /** Subject: the user's or the partner system's id at the issuer; `anonymous` for a caller without a token. */
  sub: string;
  roles: string[];
  /** For provider staff: the provider (intake's provider id) they work for. */
  providerId?: string;
  /** For an applicant or a guardian: the participants they may act for. */
  participantIds?: string[];
  /** For a partner system: its organisation number, and the scopes it was granted (space-separated, as OAuth). */
  orgno?: string;
  scope?: string;
  /**
   * Set when a service (not the gateway) makes the call on someone's behalf: the `sub` of the person or system the
   * service acts for. The service itself is `sub`, with the role `service`.
   */
  actingFor?: string;
  /**
   * For a citizen signed in with ID-porten: their national identity number (`pid`), and the level of assurance
   * (`acr`). The gateway passes them to the hub only (the hub finds the caller's own participant by it); other
   * subgraphs never receive them.
   */
  pid?: string;
  acr?: string;
  /**
   * Set by the hub from `pid`, never read from a token: the keyed pseudonym (`personRef`) of the caller's own
   * identity number, which is how the hub's rows name a signed-in guardian.
   */
  personRef?: string;
}

/** A caller that sent no token: the public role only. */
// Frozen down to the roles array: it is one object shared by every anonymous request of the process.
export const ANONYMOUS_CALLER: Caller = Object.freeze({
  sub: 'anonymous',
  roles: Object.freeze(['public']) as string[],
});

/** Header that carries the gateway's signed statement of the caller to a subgraph. */
export const CALLER_HEADER = 'x-veiinn-caller';
/** `iss` of the gateway's internal tokens. */
export const GATEWAY_ISSUER = 'veiinn-gateway';
/** JWT `typ` of internal tokens, so that a token meant for something else cannot pass as one. */
export const CALLER_TOKEN_TYPE = 'veiinn-caller+jwt';
/** An internal token lives for one request; a minute allows for slow subgraphs and small clock drift. */
export const CALLER_TOKEN_TTL_SECONDS = 60;
/** Clock drift tolerated between the signer and the verifier of an internal token. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** A request whose credentials are missing or wrong. The message says what to do (Norwegian, then English). */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/** The body of an HTTP 401: a GraphQL response with one error, so GraphQL clients show it like any other. */
export function unauthenticatedBody(message: string) {
  return { errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] };
}

/** The body of an HTTP 403: a GraphQL response with one FORBIDDEN error. */
export function forbiddenBody(message: string) {
  return { errors: [{ message, extensions: { code: ErrorCode.FORBIDDEN } }] };
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The caller a verified token describes; refuses claims of the wrong shape rather than guessing. */
export function callerFromClaims(payload: JWTPayload): Caller {
  const { sub, roles, providerId, participantIds, orgno, scope, actingFor, pid, acr } = payload as JWTPayload &
    Record<string, unknown>;
  if (typeof sub !== 'string' || sub === '' || !isStringArray(roles)) {
    throw new AuthenticationError(
      'Tokenet mangler «sub» eller «roles». / The token lacks a "sub" or a "roles" claim (an array of strings).',
    );
  }
  if (
    (providerId !== undefined && typeof providerId !== 'string') ||
    (participantIds !== undefined && !isStringArray(participantIds)) ||
    (orgno !== undefined && typeof orgno !== 'string') ||
    (scope !== undefined && typeof scope !== 'string') ||
    (actingFor !== undefined && typeof actingFor !== 'string') ||
    (acr !== undefined && typeof acr !== 'string')
  ) {
    throw new AuthenticationError(
      'Tokenet har ugyldige felt. / The token has a "providerId", "participantIds", "orgno", "scope" or "acr" claim of the wrong type.',
    );
  }
  // Eleven digits, as ID-porten gives it; whether it is a valid (and, outside production, synthetic) number is the
  // hub's to say, where it is used.
  if (pid !== undefined && (typeof pid !== 'string' || !/^\d{11}$/.test(pid))) {
    throw new AuthenticationError(
      'Tokenet har et ugyldig fødselsnummer («pid»). / The token\'s "pid" claim must be a national identity number of 11 digits.',
    );
  }
  return {
    sub,
    roles,
    ...(providerId !== undefined && { providerId }),
    ...(participantIds !== undefined && { participantIds }),
    ...(orgno !== undefined && { orgno }),
    ...(scope !== undefined && { scope }),
    ...(actingFor !== undefined && { actingFor }),
    ...(pid !== undefined && { pid }),
    ...(acr !== undefined && { acr }),
  };
}

/** The subgraphs that receive a citizen's `pid` and `acr` in the caller token: the hub, which owns identity numbers. */
export const PID_AUDIENCES: readonly string[] = ['intake'];

/** The caller as a subgraph `audience` may see it: without the identity number unless it is the hub. */
export function callerFor(audience: string, caller: Caller): Caller {
  if (PID_AUDIENCES.includes(audience) || (caller.pid === undefined && caller.acr === undefined)) return caller;
  const { pid: _pid, acr: _acr, personRef: _personRef, ...rest } = caller;
  return rest;
}

/**
 * Turns a failed verification into a message a person can act on. `expected` names what this verifier wants, so
 * a wrong issuer or audience says which one was expected.
 */
export function describeTokenError(
  error: unknown,
  expected: { issuer: string; audience: string; algorithms: string[] },
): string {
  if (error instanceof AuthenticationError) return error.message;
  if (error instanceof errors.JWTExpired) {
    if (error.claim === 'iat') {
      return 'Tokenet er for gammelt; hent et nytt. / The token was issued too long ago ("iat"); get a new one.';
    }
    return 'Innloggingen er utløpt; logg inn på nytt. / The token has expired; get a new one.';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'nbf':
        return 'Tokenet gjelder ikke ennå; sjekk klokken. / The token is not valid yet ("nbf" is in the future); check the clock of the issuer.';
      case 'iat':
        if (error.reason === 'check_failed') {
          return 'Tokenet er utstedt fram i tid; sjekk klokken. / The token claims to be issued in the future ("iat"); check the clock of the issuer.';
        }
        return 'Tokenet mangler et gyldig utstedelsestidspunkt. / The token lacks a numeric "iat" claim (when it was issued).';
      case 'iss':
        return `Tokenet er utstedt av en ukjent utsteder. / The token's issuer is not trusted; expected "${expected.issuer}".`;
      case 'aud':
        return `Tokenet er ikke ment for denne tjenesten. / The token is not meant for this service; expected audience "${expected.audience}".`;
      default:
        return `Tokenet er ugyldig («${error.claim}»). / The token's "${error.claim}" claim is invalid: ${error.reason}.`;
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return `Tokenet er signert med en algoritme som ikke godtas. / The token's signature algorithm is not accepted; use one of ${expected.algorithms.join(', ')}.`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'Tokenets signatur stemmer ikke med noen kjent nøkkel. / The token is not signed by a trusted key; get a new token from the issuer.';
  }
  if (error instanceof errors.JWKSTimeout || (error instanceof Error && /fetch|ECONNREFUSED/i.test(error.message))) {
    return 'Nøklene for å sjekke tokenet kunne ikke hentes; prøv igjen. / The keys to check the token could not be fetched; try again shortly.';
  }
  return 'Tokenet kan ikke leses. / The token is malformed: expected a signed JWT (three base64url parts separated by dots).';
}

/** Where a verifier finds a signer's public key: its JWKS URL (`/internal-jwks.json`), or the key itself. */
export interface TrustedKeys {
  jwksUrl?: string;
  publicKey?: JWK;
}

/** Another Veiinn service whose calls a subgraph accepts besides the gateway's, e.g. the hub placing a decision. */
export interface TrustedService extends TrustedKeys {
  /** The `iss` the service signs with: `veiinn-<subgraph name>`, e.g. `veiinn-intake` (see `serviceIssuer`). */
  issuer: string;
}

/**
 * Whom a subgraph trusts: the gateway (its JWKS URL or public key), and optionally services that call it directly
 * with a token of their own, each checked against its own keys and issuer.
 */
export interface SubgraphTrustOptions extends TrustedKeys {
  services?: TrustedService[];
  /**
   * Where used internal tokens are remembered (default: this process's `ReplayCache`). Replicas of a subgraph share
   * one in Redis (`SharedState.replayCache`), or a token one of them accepted would pass at another.
   */
  replayCache?: ReplayStore;
  /** Redis for the replay cache (env REDIS_URL); `startSubgraph` opens it and sets `replayCache`. */
  redis?: RedisSettings;
}

/** The issuer name a Veiinn service signs its calls to other subgraphs with. */
export const serviceIssuer = (subgraphName: string) => `veiinn-${subgraphName}`;

function keySet(trusted: TrustedKeys, whose: string): JWTVerifyGetKey {
  if (trusted.jwksUrl) return createRemoteJWKSet(new URL(trusted.jwksUrl));
  if (trusted.publicKey) return createLocalJWKSet({ keys: [trusted.publicKey] });
  throw new Error(`Service trust needs the ${whose}'s "jwksUrl" or "publicKey".`);
}

/** How many accepted internal tokens a process remembers at most, to refuse them a second time. */
export const REPLAY_CACHE_SIZE = 100_000;

/**
 * The internal tokens (`iss` + `jti`) this process has accepted and that have not expired yet. An internal token is
 * good for one request: its `jti` is remembered until its `exp` (plus the clock tolerance), and a second use is
 * refused. One cache for the process, so a token accepted at /graphql is not taken again at another route either.
 * Bounded: expired entries are dropped first; past the bound the oldest go (they are the nearest to expiring).
 */
export class ReplayCache {
  private readonly seen = new Map<string, number>();
  constructor(private readonly maxEntries = REPLAY_CACHE_SIZE) {}

  /** Remembers the token; false if it was already seen and has not expired. `expiresAt` in ms since the epoch. */
  accept(key: string, expiresAt: number, now = Date.now()): boolean {
    const known = this.seen.get(key);
    if (known !== undefined && known > now) return false;
    this.seen.delete(key);
    this.prune(now);
    this.seen.set(key, expiresAt);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Drops the expired entries at the front, then the oldest while full. Amortised O(1) per token. */
  private prune(now: number) {
    // Insertion order is nearly expiry order: every token lives the same minute.
    for (const [key, expiresAt] of this.seen) {
      if (expiresAt > now && this.seen.size < this.maxEntries) break;
      this.seen.delete(key);
    }
  }
}

/**
 * What `createCallerVerifier` remembers tokens in: this process's `ReplayCache`, or Redis (shared-state.ts of
 * @veiinn/service).
 */
export interface ReplayStore {
  /** False if the token (`iss` + `jti`) was accepted before and has not expired; `expiresAt` in ms since the epoch. */
  accept(key: string, expiresAt: number): boolean | Promise<boolean>;
}

const processReplayCache = new ReplayCache();

/**
 * Verifies the gateway's internal token for the subgraph `audience` (the subgraph's name): signed by the gateway's
 * key, issued by the gateway, for this subgraph, not expired. Resolves with the caller it names. With
 * `servicesOnly`, only the trusted services' tokens pass (e.g. the change feed, which the gateway never reads).
 */
export function createCallerVerifier(
  audience: string,
  trust: SubgraphTrustOptions,
  {
    servicesOnly = false,
    replayCache = trust.replayCache ?? processReplayCache,
  }: { servicesOnly?: boolean; replayCache?: ReplayStore } = {},
) {
  // Each signer is checked against its own keys: a service's key can never pass for the gateway's, or the reverse.
  const signers = new Map<string, JWTVerifyGetKey>();
  if (!servicesOnly) signers.set(GATEWAY_ISSUER, keySet(trust, 'gateway'));
  for (const service of trust.services ?? []) signers.set(service.issuer, keySet(service, service.issuer));
  const fallbackIssuer = signers.keys().next().value;
  return async (token: string | undefined): Promise<Caller> => {
    if (fallbackIssuer === undefined) {
      throw new AuthenticationError(
        'Ingen tjeneste har tilgang her. / No service is trusted to call this route (set <NAME>_TRUSTED_SERVICES).',
      );
    }
    let issuer = fallbackIssuer;
    try {
      // Only to choose which keys to check with; nothing in the token is believed before the signature is.
      const claimed: unknown = token
        ? JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).iss
        : undefined;
      if (typeof claimed === 'string' && signers.has(claimed)) issuer = claimed;
    } catch {
      // Malformed: the verification below says so.
    }
    const keys = signers.get(issuer)!;
    const expected = { issuer, audience, algorithms: CALLER_TOKEN_ALGORITHMS };
    if (!token) {
      throw new AuthenticationError(
        servicesOnly
          ? `Bare betrodde tjenester har tilgang. / This route answers only trusted Veiinn services (header ${CALLER_HEADER} is missing).`
          : `Kall må gå via gatewayen. / This subgraph answers only requests from the gateway (header ${CALLER_HEADER} is missing).`,
      );
    }
    let payload: JWTPayload;
    let caller: Caller;
    try {
      payload = await verifyCallerJwt(token, keys, { issuer, audience });
      caller = callerFromClaims(payload);
    } catch (error) {
      throw new AuthenticationError(describeTokenError(error, expected));
    }
    // Checked after the signature: only a signer's own token can use up a `jti`.
    if (typeof payload.jti !== 'string' || payload.jti === '') {
      throw new AuthenticationError(
        'Tokenet mangler «jti». / The internal token lacks a "jti" claim: every internal token is for one request.',
      );
    }
    const expiresAt = (payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000;
    // The in-memory cache answers at once; only the shared one (Redis) is awaited.
    const accepted = replayCache.accept(`${issuer}\n${payload.jti}`, expiresAt);
    if (!(typeof accepted === 'boolean' ? accepted : await accepted)) {
      throw new AuthenticationError(
        'Tokenet er allerede brukt. / This internal token was already used: each one is good for one request (same "jti").',
      );
    }
    return caller;
  };
}

/** What an internal token must be, besides its signature: jose's `jwtVerify` options, which `verifyCallerJwt` keeps. */
const CALLER_TOKEN_ALGORITHMS = ['EdDSA', 'ES256'];
const CALLER_TOKEN_RULES = {
  algorithms: CALLER_TOKEN_ALGORITHMS,
  typ: CALLER_TOKEN_TYPE,
  requiredClaims: ['exp', 'iat'],
  // A token that claims a longer life than the gateway gives is not the gateway's.
  maxTokenAge: CALLER_TOKEN_TTL_SECONDS + 5,
  clockTolerance: CLOCK_TOLERANCE_SECONDS,
};

/** jose's comparison of `typ`: case-insensitive, `application/` optional. */
const normalizeTyp = (value: string) => value.toLowerCase().replace(/^application\//, '');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Verifies an internal token as jose's `jwtVerify(token, keys, { issuer, audience, ...CALLER_TOKEN_RULES })` does,
 * with the same checks in the same order and the same errors (so `describeTokenError` says the same), but checks the
 * signature with node's crypto synchronously: jose verifies through a promisified `crypto.verify`, a trip to the
 * thread pool that, with its own checks around it, cost about twice the signature (about 200 µs of every subgraph
 * request, 100 of them the signature). The keys are still jose's key set (local or remote JWKS), which chooses the key
 * by `kid` and `alg` and imports each key once. One difference: a token with a `crit` header is refused; jose would
 * take `crit: ["b64"]` with `b64: true`, which no Veiinn signer sends.
 */
export async function verifyCallerJwt(
  token: string,
  keys: JWTVerifyGetKey,
  { issuer, audience }: { issuer: string; audience: string },
): Promise<JWTPayload> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new errors.JWSInvalid('Invalid Compact JWS');
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8'));
  } catch {
    throw new errors.JWSInvalid('JWS Protected Header is invalid');
  }
  if (!isPlainObject(header)) throw new errors.JWSInvalid('JWS Protected Header is invalid');
  if (header.crit !== undefined) throw new errors.JWSInvalid('Extension Header Parameters are not accepted');
  const { alg } = header;
  if (typeof alg !== 'string' || !alg) {
    throw new errors.JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  }
  if (!CALLER_TOKEN_RULES.algorithms.includes(alg)) {
    throw new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  }
  const key = await keys(header as never, {
    payload: encodedPayload,
    protected: encodedHeader,
    signature: encodedSignature,
  });
  if (!(key instanceof KeyObject) || key.type !== 'public') {
    throw new TypeError('Invalid key for this operation: expected a public KeyObject');
  }
  // The key must be of the algorithm's type, as jose's check: an Ed25519 key for EdDSA, a P-256 key for ES256.
  const eddsa = alg === 'EdDSA';
  if (
    eddsa
      ? key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'ed448'
      : key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1'
  ) {
    throw new TypeError(`Invalid key for this operation: not a key for ${alg}`);
  }
  let verified: boolean;
  try {
    const data = Buffer.from(`${encodedHeader}.${encodedPayload}`);
    const signature = Buffer.from(encodedSignature, 'base64url');
    verified = eddsa
      ? verify(null, data, key, signature)
      : verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    verified = false;
  }
  if (!verified) throw new errors.JWSSignatureVerificationFailed();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch {
    // Refused just below.
  }
  if (!isPlainObject(payload)) throw new errors.JWTInvalid('JWT Claims Set must be a top-level JSON object');
  return checkCallerClaims(header, payload, { issuer, audience });
}

/** jose's claim checks (lib/jwt_claims_set.js) for CALLER_TOKEN_RULES, in its order and with its errors. */
function checkCallerClaims(
  header: Record<string, unknown>,
  payload: JWTPayload,
  { issuer, audience }: { issuer: string; audience: string },
): JWTPayload {
  const { typ, requiredClaims, maxTokenAge, clockTolerance: tolerance } = CALLER_TOKEN_RULES;
  if (typeof header.typ !== 'string' || normalizeTyp(header.typ) !== normalizeTyp(typ)) {
    throw new errors.JWTClaimValidationFailed('unexpected "typ" JWT header value', payload, 'typ', 'check_failed');
  }
  // jose's order: iss, aud, iat (maxTokenAge), then the required claims from the last.
  for (const claim of new Set([...requiredClaims, 'iat', 'aud', 'iss'].reverse())) {
    if (!(claim in payload)) {
      throw new errors.JWTClaimValidationFailed(`missing required "${claim}" claim`, payload, claim, 'missing');
    }
  }
  if (payload.iss !== issuer) {
    throw new errors.JWTClaimValidationFailed('unexpected "iss" claim value', payload, 'iss', 'check_failed');
  }
  const aud = payload.aud as unknown;
  if (!(typeof aud === 'string' ? aud === audience : Array.isArray(aud) && aud.includes(audience))) {
    throw new errors.JWTClaimValidationFailed('unexpected "aud" claim value', payload, 'aud', 'check_failed');
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.iat !== 'number') {
    throw new errors.JWTClaimValidationFailed('"iat" claim must be a number', payload, 'iat', 'invalid');
  }
  if (payload.nbf !== undefined) {
    if (typeof payload.nbf !== 'number') {
      throw new errors.JWTClaimValidationFailed('"nbf" claim must be a number', payload, 'nbf', 'invalid');
    }
    if (payload.nbf > now + tolerance) {
      throw new errors.JWTClaimValidationFailed('"nbf" claim timestamp check failed', payload, 'nbf', 'check_failed');
    }
  }
  if (payload.exp !== undefined) {
    if (typeof payload.exp !== 'number') {
      throw new errors.JWTClaimValidationFailed('"exp" claim must be a number', payload, 'exp', 'invalid');
    }
    if (payload.exp <= now - tolerance) {
      throw new errors.JWTExpired('"exp" claim timestamp check failed', payload, 'exp', 'check_failed');
    }
  }
  const age = now - payload.iat;
  if (age - tolerance > maxTokenAge) {
    throw new errors.JWTExpired(
      '"iat" claim timestamp check failed (too far in the past)',
      payload,
      'iat',
      'check_failed',
    );
  }
  if (age < 0 - tolerance) {
    throw new errors.JWTClaimValidationFailed(
      '"iat" claim timestamp check failed (it should be in the past)',
      payload,
      'iat',
      'check_failed',
    );
  }
  return payload;
}

/**
 * A signed statement of who the caller is, for one request to the subgraph `audience` (sign a new one per request:
 * a subgraph refuses a token it has accepted before): the gateway's for every
 * request it forwards, or a service's (`issuer: serviceIssuer(name)`) for a call it makes itself.
 */
export function signCallerToken(
  key: SigningKey,
  {
    audience,
    caller,
    requestId,
    issuer = GATEWAY_ISSUER,
  }: { audience: string; caller: Caller; requestId: string; issuer?: string },
): Promise<string> {
  const { sub, ...claims } = caller;
  const issuedAt = Math.floor(Date.now() / 1000);
  return signCompactJwt(key, CALLER_TOKEN_TYPE, {
    ...claims,
    requestId,
    // Unique per token: the verifier refuses a `jti` it has accepted before, so a token is used for one request.
    jti: randomUUID(),
    iss: issuer,
    aud: audience,
    sub,
    iat: issuedAt,
    exp: issuedAt + CALLER_TOKEN_TTL_SECONDS,
  });
}

/** Each key's protected header, encoded once: it is the same in every token the key signs. */
const encodedHeaders = new WeakMap<SigningKey, Map<string, string>>();

/**
 * A compact JWS of `payload`, as jose's SignJWT makes it (and its verifiers check), signed with node's crypto
 * directly. The gateway signs one token per subgraph request; jose's builder spent twice as long around the signature
 * as the signature itself (about 55 µs of 80), which was a sixth of the gateway's CPU on the participant path.
 */
async function signCompactJwt(key: SigningKey, typ: string, payload: Record<string, unknown>): Promise<string> {
  let headers = encodedHeaders.get(key);
  if (!headers) encodedHeaders.set(key, (headers = new Map()));
  let header = headers.get(typ);
  if (header === undefined) {
    header = Buffer.from(JSON.stringify({ alg: key.alg, kid: key.kid, typ })).toString('base64url');
    headers.set(typ, header);
  }
  const signingInput = `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  const privateKey =
    key.privateKey instanceof KeyObject
      ? key.privateKey
      : KeyObject.from(key.privateKey as unknown as webcrypto.CryptoKey);
  const signature =
    key.alg === 'EdDSA'
      ? sign(null, Buffer.from(signingInput), privateKey)
      : // JWS wants ES256's signature as r || s (IEEE P1363), not node's default DER.
        sign('sha256', Buffer.from(signingInput), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** Where a route that a person or a partner system calls directly (not through the graph) checks their tokens. */
export interface IdentityProviderOptions extends TrustedKeys, IdentityTokenRules {
  /** `iss` of the identity provider's tokens (the gateway's GATEWAY_JWT_ISSUER). */
  issuer: string;
  /** `aud` the tokens must name: the route's own, never the gateway's (a token for the graph does not pass). */
  audience: string;
  /** Accepted signature algorithms (default ES256, RS256, as the gateway); symmetric ones and `none` never. */
  algorithms?: string[];
}

/** What a token of the identity provider may claim about time, beyond a valid signature. */
export interface IdentityTokenRules {
  /**
   * Longest life a token may claim (`exp - iat`), in seconds. A token that is good for years is a stolen key's
   * token or a misconfigured issuer's; either way it is refused. Default `IDENTITY_TOKEN_MAX_LIFETIME_SECONDS`.
   */
  maxLifetimeSeconds?: number;
  /** Clock drift tolerated between the issuer and us, in seconds (default `IDENTITY_TOKEN_CLOCK_TOLERANCE_SECONDS`). */
  clockToleranceSeconds?: number;
}

/**
 * Two hours: the dev issuer gives one, ID-porten's access tokens live minutes, Entra ID's 60–90 minutes. An operator
 * whose identity provider gives longer sets GATEWAY_JWT_MAX_LIFETIME_SECONDS.
 */
export const IDENTITY_TOKEN_MAX_LIFETIME_SECONDS = 7_200;
/** Half a minute of drift: enough for servers kept by NTP, far too little to pass a token "issued" tomorrow. */
export const IDENTITY_TOKEN_CLOCK_TOLERANCE_SECONDS = 30;

/** The role only our own services carry between themselves; subgraphs let it read everything, the audit skips it. */
const SERVICE_ROLE = 'service';

/**
 * Subjects no identity provider may give a person or a partner: `anonymous` is the caller without a token (a token
 * with it would read as nobody in the audit log), and `veiinn-…` are our own services (`veiinn-gateway`,
 * `serviceIssuer(name)`).
 */
export function isReservedSubject(sub: string): boolean {
  return sub === ANONYMOUS_CALLER.sub || sub.startsWith('veiinn-');
}

/**
 * The refusals every token of the identity provider passes through after its signature, issuer and audience: a life
 * longer than `maxLifetimeSeconds`, a reserved subject, and the role `service` claimed as a role or as an OAuth
 * scope (roles and scopes are separate namespaces, and `service` comes from neither).
 */
function checkIdentityClaims(payload: JWTPayload, caller: Caller, maxLifetimeSeconds: number): void {
  const lifetime = payload.exp! - payload.iat!;
  if (lifetime > maxLifetimeSeconds) {
    throw new AuthenticationError(
      `Tokenet varer for lenge (${lifetime} s, høyst ${maxLifetimeSeconds} s). / The token claims a lifetime of ` +
        `${lifetime} s ("exp" - "iat"), longer than the ${maxLifetimeSeconds} s accepted; get a token from the ` +
        'identity provider, which issues shorter ones.',
    );
  }
  if (isReservedSubject(caller.sub)) {
    throw new AuthenticationError(
      `Tokenet har et reservert subjekt («${caller.sub}»). / The token's subject "${caller.sub}" is reserved ` +
        '(the anonymous caller, or one of our own services) and never given at sign-in.',
    );
  }
  const scopes = caller.scope?.split(/\s+/) ?? [];
  if (caller.roles.includes(SERVICE_ROLE) || scopes.includes(SERVICE_ROLE)) {
    throw new AuthenticationError(
      'Tokenet har rollen «service», som bare våre egne tjenester har. / The token carries the role "service", ' +
        'which is reserved for our own services and never given at sign-in (as a role or as a scope).',
    );
  }
}

/**
 * Verifies a bearer token of the identity provider and resolves with the caller it names: signature (asymmetric
 * algorithms only), issuer, audience, `exp`, `iat` and `sub` present, `nbf` and `iat` not in the future beyond the
 * clock tolerance, then `checkIdentityClaims`. Throws AuthenticationError with a message a person can act on.
 */
export async function verifyIdentityToken(
  token: string,
  keys: JWTVerifyGetKey,
  expected: { issuer: string; audience: string; algorithms: string[] },
  rules: IdentityTokenRules = {},
): Promise<Caller> {
  const maxLifetimeSeconds = rules.maxLifetimeSeconds ?? IDENTITY_TOKEN_MAX_LIFETIME_SECONDS;
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms: expected.algorithms,
      requiredClaims: ['exp', 'iat', 'sub'],
      // Also refuses an `iat` in the future (beyond the tolerance): a token "issued" later than now is forged or
      // comes from an issuer whose clock is wrong.
      maxTokenAge: maxLifetimeSeconds,
      clockTolerance: rules.clockToleranceSeconds ?? IDENTITY_TOKEN_CLOCK_TOLERANCE_SECONDS,
    });
    const caller = callerFromClaims(payload);
    checkIdentityClaims(payload, caller, maxLifetimeSeconds);
    return caller;
  } catch (error) {
    throw new AuthenticationError(describeTokenError(error, expected));
  }
}

/** Signature algorithms never accepted from an identity provider: a shared secret, or no signature at all. */
export const NEVER_ACCEPTED_ALGORITHMS = /^(none|HS\d+)$/i;

/**
 * Verifies a bearer JWT of the identity provider (`verifyIdentityToken`) from an Authorization header and resolves
 * with the caller it names. Throws AuthenticationError with a message a person can act on.
 */
export function createIdentityVerifier(options: IdentityProviderOptions) {
  const algorithms = (options.algorithms ?? ['ES256', 'RS256']).filter((alg) => !NEVER_ACCEPTED_ALGORITHMS.test(alg));
  const keys = keySet(options, 'identity provider');
  const expected = { issuer: options.issuer, audience: options.audience, algorithms };
  return async (authorization: string | undefined): Promise<Caller> => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) {
      throw new AuthenticationError(
        'Innlogging kreves. / This route needs a bearer token (header "Authorization: Bearer <token>").',
      );
    }
    return verifyIdentityToken(match[1]!, keys, expected, options);
  };
}
