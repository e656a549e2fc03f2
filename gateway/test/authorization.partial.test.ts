import { generateSigningKey, jwksOf, type RunningServer, type SigningKey } from '@veiinn/kit';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer, type GatewayOptions, type SubgraphFetch } from '../src/gateway';
import { MAX_REFUSAL_ERRORS } from '../src/partial';
import {
  composeFixture,
  fixtureBookings,
  fixtureTokens,
  startFixtureSubgraphs,
  type FixtureSubgraph,
} from './authorization.fixtures';

const ISSUER = 'http://authorization-partial-test-issuer.invalid';

/**
 * Partial refusals (issue 15, as Apollo Router does them): a real gateway over the two fixture subgraphs answers
 * the fields a caller may see, nulls each refused place with an error at its response path (list positions
 * included), follows GraphQL's non-null rules, and asks no subgraph for a refused field. The whole operation is
 * still refused when nothing would be left to run, and for a refused root field of a mutation.
 */
describe('partial refusals at the gateway', () => {
  let dir: string;
  let people: FixtureSubgraph;
  let rooms: FixtureSubgraph;
  const gateways: RunningServer[] = [];
  let identityKey: SigningKey;
  const fetches: SubgraphFetch[] = [];
  let partialUrl: string;
  /** The gateway's log lines about refusals: each refusal is logged as an attempt, partial or whole. */
  const refusalLog: Record<string, unknown>[] = [];
  const logger = {
    debug: () => undefined,
    info: (message: string, meta?: Record<string, unknown>) => {
      if (message === 'Operation refused by the access rules') refusalLog.push(meta ?? {});
    },
    warn: () => undefined,
    error: () => undefined,
  };

  const startGateway = async (options: Partial<GatewayOptions> = {}) => {
    const gateway = await createGatewayServer({
      supergraphPath: join(dir, 'supergraph.graphql'),
      onSubgraphFetch: (fetch) => fetches.push(fetch),
      signIn: { jwks: jwksOf(identityKey), issuer: ISSUER },
      logger,
      ...options,
    }).listen(0);
    gateways.push(gateway);
    return gateway.url;
  };

  beforeAll(async () => {
    ({ people, rooms } = await startFixtureSubgraphs());
    dir = mkdtempSync(join(tmpdir(), 'veiinn-partial-'));
    writeFileSync(join(dir, 'supergraph.graphql'), composeFixture({ people: people.url, rooms: rooms.url }));
    identityKey = await generateSigningKey('ES256');
    partialUrl = await startGateway();
  });

  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await people?.stop();
    await rooms?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const tokenFor = (sub: string, roles: string[]) => fixtureTokens(identityKey, ISSUER)(sub, roles);

  interface Answer {
    status: number;
    body: { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] };
    subgraphs: string[];
  }

  async function send(query: string, roles?: string[], url = partialUrl): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (roles) headers.authorization = `Bearer ${await tokenFor(`user-${roles.join('-')}`, roles)}`;
    const before = fetches.length;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    return {
      status: response.status,
      body: (await response.json()) as Answer['body'],
      subgraphs: [...new Set(fetches.slice(before).map((f) => f.subgraph))].sort(),
    };
  }

  const pathsAndCodes = (answer: Answer) =>
    answer.body.errors?.map((e) => [e.path, (e.extensions as { code: string }).code]);

  it('answers the allowed fields and nulls the refused one, with FORBIDDEN at its path and status 200', async () => {
    const query = '{ hello who: me { sub } participant(id: "p1") { name identityNumber } }';
    const answer = await send(query, ['provider-staff']);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      hello: 'hei',
      who: { sub: 'someone' },
      participant: { name: 'Ada Test', identityNumber: null },
    });
    expect(answer.body.errors).toEqual([
      {
        message:
          'Du har ikke tilgang til «participant.identityNumber». / You may not see "participant.identityNumber".',
        locations: [{ line: 1, column: 54 }],
        path: ['participant', 'identityNumber'],
        extensions: {
          code: 'FORBIDDEN',
          messages: {
            nb: 'Du har ikke tilgang til «participant.identityNumber».',
            en: 'You may not see "participant.identityNumber".',
          },
          coordinate: 'Participant.identityNumber',
          requires: { authenticated: false, scopes: [[['case-worker']]], policies: [] },
        },
      },
    ]);
  });

  it('logs each refusal as an attempt, partial or whole, as before', async () => {
    refusalLog.length = 0;
    await send('query Mixed { hello participant(id: "p1") { identityNumber } }', ['provider-staff']);
    await send('query Whole { audit }', ['analyst']);
    expect(refusalLog).toEqual([
      expect.objectContaining({
        operationName: 'Mixed',
        roles: ['provider-staff'],
        coordinates: ['Participant.identityNumber'],
        partial: true,
      }),
      expect.objectContaining({ operationName: 'Whole', roles: ['analyst'], coordinates: ['Query.audit'] }),
    ]);
    expect(refusalLog[1]).not.toHaveProperty('partial');
  });

  it('gives one error per concrete path, list positions included', async () => {
    const answer = await send('{ participants { id identityNumber } }', ['provider-staff']);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ participants: [{ id: 'p1', identityNumber: null }] });
    expect(pathsAndCodes(answer)).toEqual([[['participants', 0, 'identityNumber'], 'FORBIDDEN']]);
  });

  it('asks no subgraph for a refused field, and the subgraph it would have needed not at all', async () => {
    // Allowed, the participant's name comes from `people`; refused (the type's rule), only `rooms` is asked.
    expect((await send('{ rooms { id participant { id name } } }', ['case-worker'])).subgraphs).toEqual([
      'people',
      'rooms',
    ]);
    const answer = await send('{ rooms { id participant { id name } } }', ['analyst']);
    expect(answer.subgraphs).toEqual(['rooms']);
    expect(answer.body.data).toEqual({ rooms: [{ id: 'b1', participant: null }] });
    expect(pathsAndCodes(answer)).toEqual([[['rooms', 0, 'participant'], 'FORBIDDEN']]);
    expect(answer.status).toBe(200);
  });

  it('refuses only where a fragment selected the field, on the objects of its type', async () => {
    const answer = await send('{ things { id ... on Participant { identityNumber } ... on Room { label } } }', [
      'provider-staff',
    ]);
    // The room has no `identityNumber` key at all: the field was never selected on it.
    expect(answer.body.data).toEqual({
      things: [
        { id: 'p1', identityNumber: null },
        { id: 'r1', label: 'Room 1' },
      ],
    });
    expect(pathsAndCodes(answer)).toEqual([[['things', 0, 'identityNumber'], 'FORBIDDEN']]);
    const anonymous = await send('{ hello things { id ... on Room { label } } }');
    // `things` returns participants too, which anonymous may not see: the whole non-null root field is refused.
    expect(anonymous.status).toBe(403);
    const rooms = await send('{ hello search { ... on Room { id label } } }', ['analyst']);
    // Participant is a member of the union: an analyst may not select `search` at all (the type's rule).
    expect(rooms.status).toBe(403);
  });

  it('nulls the nearest nullable parent of a refused non-null field', async () => {
    const answer = await send('{ hello booking { id code } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ hello: 'hei', booking: null });
    expect(pathsAndCodes(answer)).toEqual([[['booking', 'code'], 'UNAUTHENTICATED']]);
    // Non-null all the way up (`rooms: [Booking!]!`): `data` itself is null, with the error still at its place.
    const up = await send('{ hello rooms { id code } }');
    expect(up.body).toEqual({ data: null, errors: [expect.objectContaining({ path: ['rooms', 0, 'code'] })] });
  });

  it('keeps a selection set valid when every field in it is refused', async () => {
    const answer = await send('{ hello booking { code } }');
    expect(answer.body.data).toEqual({ hello: 'hei', booking: null });
    const nested = await send('{ participant(id: "p1") { identityNumber } }', ['provider-staff']);
    expect(nested.body.data).toEqual({ participant: { identityNumber: null } });
    expect(nested.status).toBe(200);
  });

  it('runs the rest when a variable is used only by the refused field, and keeps aliases and field order', async () => {
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor('user-analyst', ['analyst'])}`,
    };
    const response = await fetch(partialUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'query ($id: ID!) { first: hello who: participant(id: $id) { name } last: hello __typename }',
        variables: { id: 'p1' },
      }),
    });
    const body = (await response.json()) as Answer['body'];
    expect(response.status).toBe(200);
    expect(JSON.stringify(body.data)).toBe(
      JSON.stringify({ first: 'hei', who: null, last: 'hei', __typename: 'Query' }),
    );
    expect(body.errors?.map((e) => e.path)).toEqual([['who']]);
  });

  it('refuses the whole operation when every root field is refused, or a refused root field is non-null', async () => {
    const anonymous = await send('{ me { sub } }');
    expect({ status: anonymous.status, data: anonymous.body.data }).toEqual({ status: 401, data: undefined });
    const roles = await send('{ participant(id: "p1") { name } audit }', ['analyst']);
    expect({ status: roles.status, data: roles.body.data }).toEqual({ status: 403, data: undefined });
    const nonNull = await send('{ hello participants { id } }', ['analyst']);
    expect({ status: nonNull.status, data: nonNull.body.data, subgraphs: nonNull.subgraphs }).toEqual({
      status: 403,
      data: undefined,
      subgraphs: [],
    });
  });

  it('never runs a refused root field of a mutation, nor the rest of that mutation', async () => {
    const before = fixtureBookings.count;
    const answer = await send('mutation { book { id } decide(id: "p1") }', ['provider-staff']);
    // `book` is open to anyone, but not run: a write runs whole or not at all.
    expect(fixtureBookings.count).toBe(before);
    expect({ status: answer.status, data: answer.body.data, subgraphs: answer.subgraphs }).toEqual({
      status: 403,
      data: undefined,
      subgraphs: [],
    });
  });

  it('runs an allowed mutation once and withholds only the refused part of its answer', async () => {
    const before = fixtureBookings.count;
    const answer = await send('mutation { book { id participant { id name } } }');
    expect(fixtureBookings.count).toBe(before + 1);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ book: { id: 'b2', participant: null } });
    expect(pathsAndCodes(answer)).toEqual([[['book', 'participant'], 'FORBIDDEN']]);
    expect(answer.subgraphs).toEqual(['rooms']);
  });

  it('never lends one caller the query plan of another for the same document', async () => {
    // The gateway keeps query plans by the document's hash: the filtered document must have a hash of its own, or
    // the refused caller would run the allowed caller's plan (and the subgraph would read the refused field).
    const query = '{ rooms { participant { id name } } }';
    const full = { rooms: [{ participant: { id: 'p1', name: 'Ada Test' } }] };
    for (let round = 0; round < 2; round++) {
      const allowed = await send(query, ['case-worker']);
      expect({ data: allowed.body.data, subgraphs: allowed.subgraphs }).toEqual({
        data: full,
        subgraphs: ['people', 'rooms'],
      });
      const refused = await send(query, ['analyst']);
      expect({ data: refused.body.data, subgraphs: refused.subgraphs }).toEqual({
        data: { rooms: [{ participant: null }] },
        subgraphs: ['rooms'],
      });
    }
  });

  it('bounds the errors of one answer', async () => {
    const aliases = Array.from({ length: MAX_REFUSAL_ERRORS + 5 }, (_, i) => `a${i}: identityNumber`).join(' ');
    const roomy = await startGateway({ limits: { maxAliases: 1_000, maxCost: 100_000 } });
    const answer = await send(`{ participant(id: "p1") { id ${aliases} } }`, ['provider-staff'], roomy);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toHaveLength(MAX_REFUSAL_ERRORS + 1);
    expect(answer.body.errors?.at(-1)).toMatchObject({ extensions: { code: 'FORBIDDEN', omitted: 5 } });
  });

  it('refuses every mixed operation whole in reject mode', async () => {
    const rejectUrl = await startGateway({ authorization: { mode: 'reject' } });
    const query = '{ hello participant(id: "p1") { name identityNumber } }';
    const answer = await send(query, ['provider-staff'], rejectUrl);
    expect({ status: answer.status, data: answer.body.data, subgraphs: answer.subgraphs }).toEqual({
      status: 403,
      data: undefined,
      subgraphs: [],
    });
    expect(pathsAndCodes(answer)).toEqual([[['participant', 'identityNumber'], 'FORBIDDEN']]);
  });
});
