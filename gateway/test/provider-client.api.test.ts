/**
 * The hub's provider client on the real providers of the whole graph (issue 16): what a placement needs and the
 * groups come from each provider's `GET /placements/terms`, and an extent changes through
 * `POST /placements/{id}/extent`, with the hub's service token for the subgraph stored on the provider's row, and
 * reaches the hub's index through the provider's feed.
 */
import { demoOfferId } from '@veiinn/demo-data';
import {
  createProviderClient,
  placingProvider,
  Placement,
  Provider,
  providerCallHeaders,
} from '@veiinn/subgraph-intake';
import { startTestGraph, type TestGraph } from './support';

describe("the hub's provider client against the providers' placement protocol", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  const client = () => createProviderClient({ headers: providerCallHeaders(graph.hubKey) });
  const providerRow = async (id: string) => {
    const row = await graph.intake.orm.em.fork().findOneOrFail(Provider, { id });
    return placingProvider(row)!;
  };

  it('reads each provider’s terms: the needs and groups it states, unknown without the hub’s token', async () => {
    const workCentre = await providerRow('baerum-arbeidssenter');
    expect(workCentre.subgraph).toBe('work-centre');
    const terms = await client().termsOf(workCentre);
    expect(terms).toMatchObject({ kind: 'known', needs: { group: true, daysPerWeek: false, hoursPerWeek: true } });
    const groups = terms.kind === 'known' ? terms.groups : [];
    expect(groups.every((g) => typeof g.offerId === 'string')).toBe(true);
    expect(groups.map((g) => g.offerId)).toContain(demoOfferId('ba-kort'));
    const arba = await client().termsOf(await providerRow('arba'));
    expect(arba.kind === 'known' && arba.groups.every((g) => g.offerId === null)).toBe(true);
    // NAV serves no placement protocol: it takes no placements from the hub, which is told so rather than left unsure.
    expect(await client().termsOf(await providerRow('nav-baerum'))).toEqual({ kind: 'none' });
    // Without a token the provider refuses, and the hub knows nothing rather than guessing.
    expect(await createProviderClient().termsOf(workCentre)).toMatchObject({ kind: 'unknown' });
  });

  it('changes the hours of a work-centre placement, repeats by the key, and refuses a stale version', async () => {
    const em = graph.intake.orm.em.fork();
    const placement = await em.findOneOrFail(
      Placement,
      { providerId: 'baerum-arbeidssenter', endDate: null },
      { orderBy: { id: 'asc' } },
    );
    const workCentre = await providerRow('baerum-arbeidssenter');
    const hours = placement.hoursPerWeek === 12 ? 14 : 12;
    const request = {
      placementId: placement.id,
      hoursPerWeek: hours,
      daysPerWeek: null,
      from: placement.startDate,
      expectedVersion: placement.feedVersion,
      idempotencyKey: `test-extent:${placement.id}:v${placement.feedVersion}`,
    };
    expect(await client().changeExtent(workCentre, request)).toEqual({ kind: 'changed' });
    expect(await client().changeExtent(workCentre, request)).toEqual({ kind: 'changed' });
    expect(await client().changeExtent(workCentre, { ...request, idempotencyKey: 'test-extent:stale' })).toMatchObject({
      kind: 'refused',
      code: 'CONFLICT',
    });
    expect((await graph.intake.follower.syncAll()).filter((s) => s.error)).toEqual([]);
    const seen = await graph.intake.orm.em.fork().findOneOrFail(Placement, { id: placement.id });
    expect([seen.hoursPerWeek, seen.feedVersion]).toEqual([hours, placement.feedVersion + 1]);
  });

  it('cannot place at a provider without a subgraph on its row', () => {
    expect(placingProvider({ id: 'aurora-verksted', feedUrl: 'http://127.0.0.1:9/feed', subgraph: null })).toBeNull();
  });
});
