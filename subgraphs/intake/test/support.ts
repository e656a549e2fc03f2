import { demoOfferId, demoOffers, providersPublishingOffers } from '@veiinn/demo-data';
import { kindDefaults, type FeedEventDto, type OfferSnapshot } from '@veiinn/kit';
import { createSqlCounter, createTestDatabase, type SqlCounter } from '@veiinn/testing';
import { applyFeedEvents } from '../src/feed/apply';
import { Provider } from '../src/provider/provider.entity';
import { startIntakeSubgraph, type RunningIntake, type StartIntakeOptions } from '../src/subgraph';

export interface TestIntake extends RunningIntake {
  sql: SqlCounter;
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
  options: { seed?: boolean; today?: string | (() => string); catalogue?: boolean } & Pick<
    StartIntakeOptions,
    'feedUrls'
  > = {},
): Promise<TestIntake> {
  const database = await createTestDatabase('intake');
  const sql = createSqlCounter();
  const running = await startIntakeSubgraph({
    database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath, onQuery: sql.onQuery },
    seedDemoData: options.seed ?? true,
    feedUrls: options.feedUrls,
    followFeeds: false,
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
