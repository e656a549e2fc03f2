import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoOfferId, demoOffers, providersPublishingOffers } from '@veiinn/demo-data';
import {
  CALLER_HEADER,
  generateSigningKey,
  kindDefaults,
  signCallerToken,
  type Caller,
  type FeedEventDto,
  type OfferSnapshot,
  type SigningKey,
} from '@veiinn/kit';
import {
  createSqlCounter,
  createTestDatabase,
  graphqlRequest,
  type GraphQLResponse,
  type SqlCounter,
} from '@veiinn/testing';
import { applyFeedEvents } from '../src/network/feed/apply';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { startIntakeSubgraph, type RunningIntake, type StartIntakeOptions } from '../src/subgraph';

export interface TestIntake extends RunningIntake {
  sql: SqlCounter;
}

/** Queries the hub as one caller, with a caller token signed as the gateway signs it. */
export type CallerClient = <TData = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<TData>>;

export interface TrustedTestIntake extends TestIntake {
  /** A client for `caller`, as the gateway would forward its requests (service trust on, as in `npm start`). */
  as(caller: Caller): CallerClient;
}

/**
 * The intake subgraph with service trust on: every request needs a caller token of a gateway key made for this test,
 * so `context.caller` is the caller the test names, and the hub's row and write rules apply as behind the gateway.
 */
export async function startTrustedTestIntake(
  options: Parameters<typeof startTestIntake>[0] = {},
): Promise<TrustedTestIntake> {
  const key: SigningKey = await generateSigningKey('EdDSA');
  const intake = await startTestIntake({ ...options, trust: { publicKey: key.publicJwk } });
  return {
    ...intake,
    as: (caller) => async (query, variables) => {
      const token = await signCallerToken(key, { audience: 'intake', caller, requestId: randomUUID() });
      return graphqlRequest(intake.url, query, variables, { [CALLER_HEADER]: token });
    },
  };
}

/** The demo offers of providers with their own subgraph, as their feeds would carry them (version 1). */
export function demoOfferEvents(providerId: string): FeedEventDto[] {
  return demoOffers
    .filter((o) => o.providerId === providerId)
    .map((o, i) => {
      const data: OfferSnapshot = {
        kind: o.kind,
        title: { nb: o.title[0], en: o.title[1] },
        description: { nb: o.description[0], en: o.description[1] },
        easyRead: { nb: o.easyRead[0], en: o.easyRead[1] },
        eligibility: { nb: o.eligibility?.[0] ?? '', en: o.eligibility?.[1] ?? '' },
        trade: o.trade ?? null,
        site: o.site ?? null,
        hoursPerWeek: o.hoursPerWeek ?? null,
        ...kindDefaults(o.kind),
        places: o.places ?? null,
        openForApplications: true,
      };
      return {
        sequence: i + 1,
        type: 'offer',
        id: demoOfferId(o.key),
        version: 1,
        occurredAt: new Date().toISOString(),
        data: data as unknown as Record<string, unknown>,
      };
    });
}

/**
 * Starts the real intake subgraph on a free port over a fresh database of the dialect under test. The hub does not
 * follow feeds here; with `catalogue` (default on) the providers' demo offers are applied through the hub's own
 * feed code, as if their feeds had delivered them, so the catalogue is the whole demo catalogue.
 */
export async function startTestIntake(
  options: {
    seed?: boolean;
    today?: string | (() => string);
    catalogue?: boolean;
    /** How long a query may wait for a database connection (SQLite has one); the kit's default when absent. */
    acquireTimeoutMillis?: number;
  } & Pick<StartIntakeOptions, 'feedUrls' | 'trust'> = {},
): Promise<TestIntake> {
  const database = await createTestDatabase('intake');
  const sql = createSqlCounter();
  const running = await startIntakeSubgraph({
    database: {
      databaseUrl: database.databaseUrl,
      sqlitePath: database.sqlitePath,
      onQuery: sql.onQuery,
      acquireTimeoutMillis: options.acquireTimeoutMillis,
    },
    seedDemoData: options.seed ?? true,
    feedUrls: options.feedUrls,
    followFeeds: false,
    trust: options.trust,
    // A function lets a test move the day, e.g. across an application deadline.
    settings:
      typeof options.today === 'function'
        ? { today: options.today }
        : options.today
          ? { today: () => options.today as string }
          : {},
  });
  if ((options.seed ?? true) && (options.catalogue ?? true)) {
    await running.orm.em.fork().transactional(async (tx) => {
      for (const providerId of providersPublishingOffers) {
        await applyFeedEvents(tx, await tx.findOneOrFail(Provider, { id: providerId }), demoOfferEvents(providerId));
      }
    });
  }
  return {
    ...running,
    sql,
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}

/** One call the hub made to a fake provider: the mutation's field and its input. */
export interface ProviderCall {
  field: string;
  input: Record<string, unknown>;
}

/** How the fake provider answers the next placement call. */
export type FakeProviderMode = 'create' | 'group-full' | 'down';

export interface FakeProvider {
  /** The URL to register as the provider's feed; the hub derives `/graphql` on the same origin from it. */
  feedUrl: string;
  calls: ProviderCall[];
  mode: FakeProviderMode;
  /** Ids the fake gave the placements it created, in order. */
  created: string[];
  /** What the fake's placements need, as its terms (`GET /placements/terms`) say. */
  needs: { group: boolean; daysPerWeek: boolean; hoursPerWeek: boolean };
  /**
   * The groups the fake's terms list (a read, not in `calls`), as `{ id, offerId }`; by default the two test groups
   * in every offer. Set `offerId` to null for groups shared by all offers (Arba's arenas).
   */
  groups: { id: string; offerId: string | null }[] | null;
  /** Reads of the fake's terms. */
  termsReads: number;
  stop(): Promise<void>;
}

/** The groups a fake provider lists by default: in every offer. */
export const FAKE_GROUPS = ['c0ffee00-0000-4000-8000-000000000001', 'c0ffee00-0000-4000-8000-000000000002'];

/**
 * A stand-in for a provider's subgraph on a free port, so the hub's real HTTP client can be tested without the
 * provider's database: it answers any placement mutation, or the placement protocol's routes, as told (created,
 * GROUP_FULL, or a dropped connection).
 */
export async function startFakeProvider(
  needs: FakeProvider['needs'] = { group: true, daysPerWeek: true, hoursPerWeek: false },
): Promise<FakeProvider> {
  const fake: FakeProvider = {
    feedUrl: '',
    calls: [],
    mode: 'create',
    created: [],
    needs,
    groups: null,
    termsReads: 0,
    stop: async () => undefined,
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (fake.mode === 'down') {
        req.socket.destroy();
        return;
      }
      if (req.url === '/placements/terms') {
        // The provider's terms: what its placements need, and its groups, each with its offer.
        fake.termsReads++;
        const offerIds = [...new Set(demoOffers.map((o) => demoOfferId(o.key)))];
        const groups = fake.groups ?? FAKE_GROUPS.flatMap((id) => offerIds.map((offerId) => ({ id, offerId })));
        const terms = { protocol: 'veiinn-placement/1', needs: fake.needs, groups };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(terms));
        return;
      }
      if (req.url?.startsWith('/placements')) {
        // The placement protocol (veiinn-placement/1): recorded as its route, with the body as sent.
        const input = JSON.parse(body) as Record<string, unknown>;
        const end = /^\/placements\/([^/]+)\/end$/.exec(req.url);
        fake.calls.push({ field: `POST ${req.url}`, input });
        if (fake.mode === 'group-full') {
          const error = {
            message: 'The group "Kreativt verksted" is full: all 8 places are taken from 2027-01-04.',
            extensions: { code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL', groupId: input['groupId'] },
          };
          res.writeHead(409, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [error] }));
          return;
        }
        const placementId = end ? decodeURIComponent(end[1]!) : randomUUID();
        if (!end) fake.created.push(placementId);
        const answer = { protocol: 'veiinn-placement/1', placementId, status: end ? 'ENDED' : 'CREATED', version: 1 };
        res.writeHead(end ? 200 : 201, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
        return;
      }
      const { query, variables } = JSON.parse(body) as { query: string; variables: { input: Record<string, unknown> } };
      const field = /\{\s*(\w+)\(/.exec(query)?.[1] ?? '';
      fake.calls.push({ field, input: variables.input });
      const answer =
        fake.mode === 'group-full'
          ? {
              errors: [
                {
                  message: 'The group "Kreativt verksted" is full: all 8 places are taken from 2027-01-04.',
                  extensions: { code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL', groupId: variables.input['groupId'] },
                },
              ],
              data: null,
            }
          : { data: { [field]: { id: randomUUID() } } };
      if ('data' in answer && answer.data) fake.created.push((answer.data[field] as { id: string }).id);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.feedUrl = `http://127.0.0.1:${port}/feed`;
  fake.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}
