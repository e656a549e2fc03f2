import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Caller } from '@veiinn/kit';
import { graphqlRequest } from '@veiinn/testing';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { InFlight } from '../src/collapse';
import { startTinyGraph, type TinyGraph, type TinySubgraph } from './tiny-graph';

/**
 * A subgraph that names its caller in every answer and holds each answer until the test lets it go, so that the
 * test's requests are all in flight at the gateway at once.
 */
function whoSubgraph(held: { requests: number; release: () => void; gate: Promise<void> }): TinySubgraph {
  const me = async (_: unknown, { note }: { note?: string }, context: { caller: Caller | null }) => {
    held.requests += 1;
    await held.gate;
    return { sub: context.caller?.sub ?? 'nobody', roles: context.caller?.roles ?? [], note };
  };
  return {
    name: 'who',
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

      type Query {
        me(note: String): Me!
      }

      type Mutation {
        touch(note: String): Me!
      }

      type Me {
        sub: String!
        roles: [String!]!
        note: String
      }
    ` as DocumentNode,
    resolvers: {
      Query: { me },
      Mutation: { touch: me },
    } as unknown as GraphQLResolverMap<unknown>,
  };
}

const ME = `query Me($note: String) { me(note: $note) { sub roles note } }`;
type MeData = { me: { sub: string; roles: string[]; note: string | null } };

describe('identical subgraph requests in flight share one fetch, never across callers', () => {
  let graph: TinyGraph;
  let held: { requests: number; release: () => void; gate: Promise<void> };
  const hold = () => {
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    Object.assign(held, { requests: 0, release, gate });
  };
  /** Lets the held answers go once `expected` requests reached the subgraph, or soon after the first if fewer come. */
  const releaseAt = async (expected: number) => {
    for (let waited = 0; held.requests < expected && waited < 1_000; waited += 10) {
      await new Promise((done) => setTimeout(done, 10));
      // Some time for the other requests to join the first, when they share it (held.requests stays at 1).
      if (held.requests >= 1 && waited >= 300) break;
    }
    held.release();
  };

  beforeAll(async () => {
    held = { requests: 0, release: () => undefined, gate: Promise.resolve() };
    graph = await startTinyGraph({}, undefined, { subgraphs: [whoSubgraph(held)], trust: true, signIn: true });
  });
  afterAll(() => graph.stop());
  beforeEach(() => {
    graph.fetches.length = 0;
    hold();
  });

  it('sends 8 identical anonymous queries as one subgraph fetch, and each gets the whole answer', async () => {
    const answers = Promise.all(
      Array.from({ length: 8 }, () => graphqlRequest<MeData>(graph.gatewayUrl, ME, { note: 'same' })),
    );
    await releaseAt(8);
    const results = await answers;
    expect(graph.fetches).toHaveLength(1);
    expect(held.requests).toBe(1);
    for (const result of results) {
      expect(result).toEqual({ status: 200, data: { me: { sub: 'anonymous', roles: ['public'], note: 'same' } } });
    }
    // Each its own copy: one answer changed by its receiver is not another's.
    results[0].data!.me.roles.push('changed');
    expect(results[1].data!.me.roles).toEqual(['public']);
  });

  it('does not share between different variables', async () => {
    const answers = Promise.all(['a', 'b'].map((note) => graphqlRequest<MeData>(graph.gatewayUrl, ME, { note })));
    await releaseAt(2);
    const results = await answers;
    expect(results.map((r) => r.data?.me.note)).toEqual(['a', 'b']);
    expect(graph.fetches).toHaveLength(2);
  });

  // Two signed-in callers with different rights and an anonymous one, all at once with the same query: three
  // fetches, and each answer names its own caller. Callers the subgraph cannot tell apart would share, which the
  // same user twice shows.
  it('never gives one caller the answer of another with other rights', async () => {
    const callers = [
      () => graph.as('case-worker').request<MeData>(ME, { note: 'same' }),
      () => graph.as('analyst').request<MeData>(ME, { note: 'same' }),
      () => graphqlRequest<MeData>(graph.gatewayUrl, ME, { note: 'same' }),
    ];
    const answers = Promise.all([...callers, ...callers].map((ask) => ask()));
    await releaseAt(3);
    const results = await answers;
    expect(results.map((r) => r.data?.me.roles)).toEqual([
      ['case-worker'],
      ['analyst'],
      ['public'],
      ['case-worker'],
      ['analyst'],
      ['public'],
    ]);
    expect(new Set(results.slice(0, 3).map((r) => r.data?.me.sub)).size).toBe(3);
    expect(held.requests).toBe(3);
  });

  it('never shares a mutation’s fetch, and keeps nothing once a fetch is done', async () => {
    const TOUCH = `mutation Touch($note: String) { touch(note: $note) { sub note } }`;
    const answers = Promise.all([1, 2, 3].map(() => graphqlRequest(graph.gatewayUrl, TOUCH, { note: 'same' })));
    await releaseAt(3);
    expect((await answers).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(held.requests).toBe(3);
    await graphqlRequest(graph.gatewayUrl, ME, { note: 'one' });
    await graphqlRequest(graph.gatewayUrl, ME, { note: 'one' });
    expect(graph.fetches).toHaveLength(5);
  });
});

describe('InFlight: one result per caller, copied only when shared', () => {
  const counting = () => {
    const counts = { freeze: 0, thaw: 0 };
    const inFlight = new InFlight<{ items: string[] }, string>({
      freeze: (value) => (counts.freeze++, JSON.stringify(value)),
      thaw: (frozen) => (counts.thaw++, JSON.parse(frozen) as { items: string[] }),
    });
    return { inFlight, counts };
  };
  const later = <T>(value: T) => {
    let finish!: () => void;
    const gate = new Promise<void>((done) => (finish = done));
    return { work: async () => (await gate, value), finish };
  };

  it('hands a result that one caller waited for over as it is', async () => {
    const { inFlight, counts } = counting();
    const value = { items: ['a'] };
    expect(await inFlight.run('k', async () => value).result).toBe(value);
    expect(counts).toEqual({ freeze: 0, thaw: 0 });
  });

  it('gives each of several callers a copy of its own, frozen once', async () => {
    const { inFlight, counts } = counting();
    const value = { items: ['a'] };
    const { work, finish } = later(value);
    const runs = [1, 2, 3].map(() => inFlight.run('k', work));
    expect(runs.map((r) => r.shared)).toEqual([false, true, true]);
    finish();
    const results = await Promise.all(runs.map((r) => r.result));
    results[0].items.push('changed');
    expect(results[1]).toEqual({ items: ['a'] });
    expect(results[2]).toEqual({ items: ['a'] });
    expect(results).not.toContain(value);
    expect(counts).toEqual({ freeze: 1, thaw: 3 });
  });

  it('forgets a key before any caller resumes: a run after the work ended starts new work', async () => {
    const { inFlight } = counting();
    let started = 0;
    const work = Promise.resolve({ items: ['first'] });
    const first = inFlight.run('k', () => (started++, work));
    // Runs at the first moment the work has ended, before the first caller has its result.
    const late = work.then(() => inFlight.run('k', async () => (started++, { items: ['second'] })));
    expect(inFlight.size).toBe(1);
    const second = await late;
    expect(second.shared).toBe(false);
    expect(await second.result).toEqual({ items: ['second'] });
    expect(await first.result).toEqual({ items: ['first'] });
    expect(started).toBe(2);
    expect(inFlight.size).toBe(0);
  });

  it('gives every caller the failure', async () => {
    const { inFlight } = counting();
    const { work, finish } = later(undefined);
    const failing = async () => {
      await work();
      throw new Error('down');
    };
    const runs = [1, 2].map(() => inFlight.run('k', failing));
    finish();
    for (const run of runs) await expect(run.result).rejects.toThrow('down');
    expect(inFlight.size).toBe(0);
  });
});
