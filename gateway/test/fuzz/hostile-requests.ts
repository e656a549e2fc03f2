/**
 * Hostile and malformed HTTP requests for the fuzz test, drawn from a seeded generator so a failing run can be
 * repeated exactly (`FUZZ_SEED`). Three sources: broken transport (methods, content types, charsets, encodings,
 * bodies that are not JSON or not GraphQL), broken GraphQL (the project's own documents cut, spliced and bloated;
 * fragment bombs, deep nesting, directive floods), and operations built from the API schema with hostile argument
 * values (impossible dates, huge and odd strings, ids of every shape), which reach the resolvers when a valid
 * token comes with them.
 */
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same requests. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;

export interface HostileRequest {
  /** Which kind of request, for the report. */
  kind: string;
  method: string;
  /** Path and query string, appended to the target's origin. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const root = join(__dirname, '..', '..', '..');
const apiSchema: GraphQLSchema = buildSchema(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
/** The front ends' registered documents: real operations to cut and splice. */
export const knownDocuments: string[] = Object.values(
  JSON.parse(readFileSync(join(root, 'clients', 'persisted-documents.json'), 'utf8')) as Record<string, string>,
);

/** Strings that have broken parsers, databases and loggers elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\t\u0007\u001b[31m',
  'Åse Ørnvik Ærlig',
  'A\u030Ase',
  '😀'.repeat(60),
  '\uD800',
  "'; drop table participant; --",
  '%s%s%s%n',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  'x'.repeat(5000),
  'null',
  '0',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
];
const NASTY_DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '',
  '2026-1-1',
  '2026-11-23T25:00',
  'today',
];
const NASTY_IDS = [
  '',
  'x',
  '00000000-0000-0000-0000-000000000000',
  '7f0c1a2e-1111-4aaa-8bbb-123456789abc',
  "1' or '1'='1",
  'a'.repeat(300),
];
const NASTY_NUMBERS = [0, -1, 1, 2 ** 31, -(2 ** 31) - 1, 1.5, 1e308, Number.MAX_SAFE_INTEGER];

/** A hostile value for an input type: mostly of the right shape, sometimes of the wrong one. */
function valueFor(type: GraphQLInputType, random: Random, depth = 0): unknown {
  if (random.chance(0.05)) return random.pick([null, 'wrong', 42, [], {}, true]);
  if (isNonNullType(type)) return valueFor(type.ofType, random, depth);
  if (isListType(type)) {
    return Array.from({ length: random.pick([0, 1, 2, 3, 50]) }, () => valueFor(type.ofType, random, depth + 1));
  }
  if (isEnumType(type)) return random.chance(0.85) ? random.pick(type.getValues()).value : 'NO_SUCH_VALUE';
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (depth > 3) break;
      if (isNonNullType(field.type) || random.chance(0.6)) value[field.name] = valueFor(field.type, random, depth + 1);
    }
    if (random.chance(0.1)) value.notAField = 'x';
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return random.pick(NASTY_NUMBERS);
      case 'Boolean':
        return random.chance(0.5);
      case 'ID':
        return random.pick(NASTY_IDS);
      case 'Date':
      case 'DateTime':
        return random.pick(NASTY_DATES);
      default:
        return random.pick(NASTY_STRINGS);
    }
  }
  return null;
}

/** A selection of `type`'s fields without arguments, two levels down. */
function selectionOf(type: GraphQLObjectType, random: Random, depth: number): string {
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((a) => !isNonNullType(a.type)));
  const chosen = fields.filter(() => random.chance(0.4)).slice(0, 8);
  const parts = chosen.flatMap((field) => {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return [field.name];
    if (depth >= 2) return [];
    return [`${field.name} { __typename ${selectionOf(named, random, depth + 1)} }`];
  });
  return parts.join(' ');
}

/** An operation on one root field of the API schema, with its arguments as variables of hostile values. */
export function schemaOperation(random: Random): { query: string; variables: Record<string, unknown> } {
  const rootType = random.chance(0.5) ? apiSchema.getMutationType()! : apiSchema.getQueryType()!;
  const field: GraphQLField<unknown, unknown> = random.pick(Object.values(rootType.getFields()));
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && random.chance(0.5)) continue;
    declarations.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = valueFor(arg.type, random);
  }
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ` { __typename ${selectionOf(named, random, 0)} }` : '';
  const keyword = rootType === apiSchema.getMutationType() ? 'mutation' : 'query';
  const query = `${keyword} Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

/** A GraphQL document that is broken, bloated or built to cost: what a parser, validator or limit must refuse. */
function hostileDocument(random: Random): string {
  const known = random.pick(knownDocuments);
  switch (random.int(9)) {
    case 0: // cut short
      return known.slice(0, random.int(known.length));
    case 1: {
      // a character changed
      const at = random.int(known.length);
      return (
        known.slice(0, at) + random.pick(['{', '}', '(', ')', '$', '@', '"', '\\', '\u0000', '…']) + known.slice(at + 1)
      );
    }
    case 2: // two documents spliced
      return known + '\n' + random.pick(knownDocuments);
    case 3: {
      // a fragment bomb: each fragment spreads the next twice
      const levels = 10 + random.int(40);
      const fragments = Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : '__typename'} }`,
      );
      return `query Bomb { ...F0 }\n${fragments.join('\n')}`;
    }
    case 4: // deep nesting
      return `{ ${'offers { edges { node { provider { '.repeat(5 + random.int(40))}id${' } } } }'.repeat(5 + random.int(40))} }`;
    case 5: // many aliases
      return `{ ${Array.from({ length: 50 + random.int(500) }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    case 6: // a directive flood
      return `query D($x: Boolean = true) { __typename ${'@include(if: $x) '.repeat(10 + random.int(300))} }`;
    case 7: // random bytes as text
      return Array.from({ length: random.int(400) }, () => String.fromCharCode(random.int(0x3000))).join('');
    default: // a long run of tokens
      return `{ ${'__typename '.repeat(500 + random.int(5000))} }`;
  }
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/graphql-response+json'];
const ODD_TYPES = [
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=no-such',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
  '*/*',
];
const ODD_ENCODINGS = ['gzip', 'deflate', 'br', 'compress', 'bogus', 'identity, gzip'];

/** A GraphQL POST to `path`, JSON of a random shape: an operation (hostile or from the schema), a batch, or junk. */
function graphqlPost(random: Random, path: string, headers: Record<string, string>): HostileRequest {
  let body: unknown;
  let kind: string;
  switch (random.int(6)) {
    case 0:
    case 1: {
      body = schemaOperation(random);
      kind = 'schema operation';
      break;
    }
    case 2:
      body = { query: hostileDocument(random), operationName: random.chance(0.2) ? 'NoSuchName' : undefined };
      kind = 'hostile document';
      break;
    case 3:
      body = { query: random.pick(knownDocuments), variables: random.pick([null, 1, 'x', [], { id: NASTY_IDS }]) };
      kind = 'bad variables';
      break;
    case 4:
      body = random.pick([
        [],
        [{ query: '{ __typename }' }, { query: '{ __typename }' }],
        null,
        42,
        'query',
        { query: 42 },
        { query: ['{ __typename }'] },
        { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } },
        { extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } },
        { query: '{ __typename }', variables: '{' },
        { query: 'subscription S { __typename }' },
        { query: 'query A { __typename } query B { __typename }' },
      ]);
      kind = 'odd JSON';
      break;
    default:
      body = { query: '{ __typename }', variables: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`) };
      kind = 'deep variables';
  }
  return {
    kind,
    method: 'POST',
    path,
    headers: { 'content-type': random.pick(JSON_TYPES), ...headers },
    body: JSON.stringify(body),
  };
}

/** A request whose transport is wrong: method, media type, charset, encoding, body, query string. */
function brokenTransport(random: Random, path: string, headers: Record<string, string>): HostileRequest {
  switch (random.int(7)) {
    case 0:
      return {
        kind: 'odd method',
        method: random.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND']),
        path,
        headers,
      };
    case 1:
      return {
        kind: 'odd media type',
        method: 'POST',
        path,
        headers: { 'content-type': random.pick(ODD_TYPES), ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      };
    case 2:
      return {
        kind: 'odd encoding',
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', 'content-encoding': random.pick(ODD_ENCODINGS), ...headers },
        body: random.chance(0.5)
          ? JSON.stringify({ query: '{ __typename }' })
          : new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2]),
      };
    case 3:
      return {
        kind: 'not JSON',
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
        body: random.pick(['', '{', '{"query":', 'nul', '\u0000\u0001', '{"query":"{ __typename }"}}', "{'query':1}"]),
      };
    case 4: {
      const params = random.pick([
        `query=${encodeURIComponent(random.pick(knownDocuments))}`,
        `query=%7B__typename%7D&${Array.from({ length: 1100 }, (_, i) => `p${i}=1`).join('&')}`,
        'query=%7B__typename%7D&query=%7B__typename%7D',
        `query=${encodeURIComponent('mutation { __typename }')}`,
        'variables=%7B&query=%7B__typename%7D',
        'extensions=%7B%22persistedQuery%22%3A1%7D',
        'query[a]=1&query[b]=2',
        '%zz=1',
        `query=${encodeURIComponent(hostileDocument(random))}`,
      ]);
      return {
        kind: 'GET',
        method: 'GET',
        path: `${path}?${params}`,
        headers: { 'apollo-require-preflight': 'true', ...headers },
      };
    }
    case 5:
      return {
        kind: 'large body',
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1_100_000) } }),
      };
    default:
      return {
        kind: 'odd headers',
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/json',
          'x-request-id': random.pick(['', 'x'.repeat(5000), '../../etc', 'ok-id', '\t', 'é']),
          authorization: random.pick(['Bearer', 'Bearer a.b.c', 'Basic x', `Bearer ${'x'.repeat(4000)}`, 'bearer  ']),
          'x-veiinn-caller': random.pick(['', 'a.b.c', 'x'.repeat(3000)]),
          ...headers,
        },
        body: JSON.stringify({ query: '{ __typename }' }),
      };
  }
}

/** One hostile request to `/graphql` (or `path`), with the given headers (e.g. a valid token) added. */
export function hostileGraphQLRequest(random: Random, headers: Record<string, string> = {}, path = '/graphql') {
  return random.chance(0.6) ? graphqlPost(random, path, headers) : brokenTransport(random, path, headers);
}

/** One hostile request to a route beside /graphql: the feeds, letters, imports, audit, unknown paths, the issuer's. */
export function hostileRouteRequest(
  random: Random,
  routes: string[],
  headers: Record<string, string> = {},
): HostileRequest {
  const route = random.pick(routes);
  const suffix = random.pick([
    '',
    '?after=-1',
    '?after=abc&limit=1e9',
    '?limit=0',
    `?after=${Number.MAX_SAFE_INTEGER}`,
    '?after=1&after=2',
    '/../../etc/passwd',
    '/%',
  ]);
  const path = route.replace(':id', encodeURIComponent(random.pick(NASTY_IDS)) || 'x') + suffix;
  if (random.chance(0.5)) return { kind: `route GET`, method: 'GET', path, headers };
  return {
    ...brokenTransport(random, path, headers),
    kind: 'route POST',
    ...(random.chance(0.5) && {
      method: 'POST',
      headers: { 'content-type': random.pick(['application/json', 'application/x-ndjson', 'text/plain']), ...headers },
      body: random.pick([
        '',
        '{"entries":[{"requestId":"x"}]}',
        '{"user":"case-worker"}',
        '{"user":"no-such-user"}',
        '{"user":{"$ne":null}}',
        `${JSON.stringify({ personident: '01010112345' })}\n{`,
        '[]',
      ]),
    }),
  };
}
