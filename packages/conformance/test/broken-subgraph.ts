import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { MikroORM } from '@mikro-orm/core';
import {
  createSubgraphServer,
  FEED_PROTOCOL,
  PLACEMENT_PROTOCOL,
  PLACEMENT_PROTOCOL_HEADER,
  type FeedEventDto,
  type SubgraphServerOptions,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import express, { type Express } from 'express';
import { parse } from 'graphql';
import { randomUUID } from 'node:crypto';

/**
 * How a partner's subgraph can get the contract wrong, in two tiny subgraphs on the kit's own server (no database),
 * so that each check of the suite is seen to fail:
 * - `careless`: no service trust, an Offer that clashes with the hub's and does not resolve, no descriptions, a feed
 *   that is open to anyone, out of order, different on every read, with a version going backwards and an event the
 *   hub rejects, and an HTML page for an unknown route.
 * - `wrong-keys`: trusts keys that are not the gateway's or the hub's, speaks another feed protocol, and answers a
 *   body that is not JSON with an HTML 500.
 * - `forgetful` and `lax`: the placement protocol's writes got wrong, in memory, beside a feed of one offer.
 *   `forgetful` remembers no key (every request places anew), publishes no placement and keeps the version when the
 *   extent changes; `lax` is idempotent but takes any `expectedVersion` and answers OPEN to an end with a day.
 */
export type Breakage = 'careless' | 'wrong-keys' | 'forgetful' | 'lax';

const carelessTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  type Offer @key(fields: "id") {
    id: ID!
    title: Int
  }

  type Query {
    hello: String
  }
`);

const describedTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  type Query {
    "A greeting."
    hello: String
  }
`);

const offerData = {
  kind: 'VTA',
  title: { nb: 'Snekkerverksted', en: 'Carpentry workshop' },
  description: { nb: 'Arbeid med tre.', en: 'Work with wood.' },
  eligibility: { nb: 'Uføretrygd.', en: 'Disability benefit.' },
  trade: null,
  site: null,
  hoursPerWeek: 30,
  intakeMode: 'CONTINUOUS',
  decidedBy: 'NAV',
  places: 4,
  openForApplications: true,
};

const event = (sequence: number, version: number, more: Partial<FeedEventDto> = {}): FeedEventDto => ({
  sequence,
  type: 'offer',
  id: 'tiny-offer',
  version,
  occurredAt: '2026-11-23T10:00:00.000Z',
  data: offerData,
  ...more,
});

/** 4 before 5 would be in order; 5 comes first. Version 3 then 2 of one offer. The event at 4 has no real time. */
const carelessEvents: FeedEventDto[] = [
  event(1, 1),
  event(2, 3),
  event(3, 2),
  event(5, 4),
  event(4, 5, { occurredAt: 'yesterday' }),
];

/** The feed of a `careless` subgraph: `after` and `limit` as the protocol says, but each read stamps its own time. */
function carelessFeed(app: Express) {
  app.get('/feed', (req, res) => {
    const after = Number(req.query.after ?? 0);
    const limit = Number(req.query.limit ?? 200);
    const readAt = process.hrtime.bigint().toString();
    const events = carelessEvents
      .filter((e) => e.sequence > after)
      .slice(0, limit)
      .map((e) => ({ ...e, data: { ...e.data, readAt } }));
    res.json({ protocol: FEED_PROTOCOL, head: 5, events });
  });
  // A placement protocol that takes anything from anyone and says "placed".
  app.post(['/placements', '/placements/:id/end', '/placements/:id/extent'], (_req, res) => {
    res.status(200).json({ placementId: 'tiny-placement', status: 'CREATED' });
  });
  // Terms for anyone, in a shape of its own.
  app.get('/placements/terms', (_req, res) => {
    res.json({ protocol: PLACEMENT_PROTOCOL, needs: 'everything', groups: [] });
  });
  // Express's own kind of answer, which the kit's server would have replaced with JSON.
  app.use((req, res, next) => {
    if (/^\/(graphql|health|metrics|feed)(\/|$)/.test(req.path)) return next();
    res.status(404).type('html').send('<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>');
  });
}

/** A placement protocol in memory with the faults of `breakage` (see `Breakage`), beside a feed of one offer. */
function sloppyPlacements(breakage: 'forgetful' | 'lax') {
  return (app: Express) => {
    const answered = new Map<string, { body: string; answer: object }>();
    const versions = new Map<string, number>();
    app.get('/feed', (req, res) => {
      const events = Number(req.query.after ?? 0) < 1 ? [event(1, 1)] : [];
      res.json({ protocol: FEED_PROTOCOL, head: 1, events });
    });
    app.use('/placements', (_req, res, next) => {
      res.setHeader(PLACEMENT_PROTOCOL_HEADER, PLACEMENT_PROTOCOL);
      next();
    });
    app.get('/placements/terms', (_req, res) => {
      res.json({
        protocol: PLACEMENT_PROTOCOL,
        needs: { group: false, daysPerWeek: false, hoursPerWeek: true },
        groups: [],
      });
    });
    /** Answers a write; `lax` answers a repeated key with its first answer, whatever the body. */
    const write =
      (status: number, work: (id: string) => { id: string; status: string; version: number }) =>
      (req: express.Request, res: express.Response) => {
        const key = String(req.body?.idempotencyKey);
        const earlier = answered.get(key);
        if (breakage === 'lax' && earlier) return void res.status(200).json(earlier.answer);
        const done = work(String(req.params.id ?? randomUUID()));
        const answer = {
          protocol: PLACEMENT_PROTOCOL,
          placementId: done.id,
          status: done.status,
          version: done.version,
        };
        answered.set(key, { body: JSON.stringify(req.body), answer });
        res.status(status).json(answer);
      };
    app.post(
      '/placements',
      express.json(),
      write(201, (id) => {
        versions.set(id, 1);
        return { id, status: 'CREATED', version: 1 };
      }),
    );
    app.post(
      '/placements/:id/extent',
      express.json(),
      write(200, (id) => {
        const version = (versions.get(id) ?? 1) + (breakage === 'lax' ? 1 : 0);
        versions.set(id, version);
        return { id, status: 'CHANGED', version };
      }),
    );
    app.post(
      '/placements/:id/end',
      express.json(),
      write(200, (id) => ({ id, status: breakage === 'lax' ? 'OPEN' : 'ENDED', version: versions.get(id) ?? 1 })),
    );
  };
}

function wrongKeysRoutes(app: Express) {
  app.get('/feed', (_req, res) => {
    res.json({ protocol: 'veiinn-feed/0', head: 0, events: [] });
  });
  // Reads the body itself and answers a crash page when it is not JSON; the kit's parser then leaves it be.
  app.post('/graphql', express.raw({ type: () => true }), (req, res, next) => {
    try {
      req.body = JSON.parse((req.body as Buffer).toString('utf8'));
      next();
    } catch {
      res.status(500).type('html').send('<html><body><pre>SyntaxError: Unexpected token</pre></body></html>');
    }
  });
}

/** A broken subgraph on a free port; `wrong-keys` trusts `strangerTrust` (keys of another graph). */
export async function startBrokenSubgraph(
  breakage: Breakage,
  strangerTrust?: SubgraphTrustOptions,
): Promise<{ url: string; stop(): Promise<void> }> {
  const careless = breakage === 'careless';
  const resolvers = careless
    ? { Query: { hello: () => 'hei' }, Offer: { __resolveReference: () => null } }
    : { Query: { hello: () => 'hei' } };
  const options: SubgraphServerOptions<unknown, unknown> = {
    name: `broken-${breakage}`,
    schema: buildSubgraphSchema({
      typeDefs: careless ? carelessTypeDefs : describedTypeDefs,
      resolvers: resolvers as unknown as GraphQLResolverMap<unknown>,
    }),
    // The kit's server forks an EntityManager per request; nothing here touches a database.
    // /health/ready asks the connection for `select 1`, which it answers.
    orm: { em: { fork: () => ({}), getConnection: () => ({ execute: async () => [] }) } } as unknown as MikroORM,
    createLoaders: () => ({}),
    app: {},
    routes:
      breakage === 'forgetful' || breakage === 'lax'
        ? sloppyPlacements(breakage)
        : careless
          ? carelessFeed
          : wrongKeysRoutes,
    ...(breakage === 'wrong-keys' && { trust: strangerTrust }),
  };
  return createSubgraphServer(options).listen(0);
}
