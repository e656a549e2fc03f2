import {
  CatalogueSearchDocument,
  OfferFacetsDocument,
  ParticipantLookupDocument,
  ParticipantSearchDocument,
  type CatalogueSearchQuery,
} from '@veiinn/clients';
import { graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from './support';

describe('the federated graph through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  /** Sends an operation with its own request id and returns the result with the subgraph fetches it caused. */
  async function traced<TData, TVariables>(
    document: Parameters<typeof graphqlRequest<TData, TVariables>>[1],
    variables?: TVariables,
  ) {
    const requestId = randomUUID();
    const result = await graph.as('case-worker').request<TData, TVariables>(document, variables, {
      'x-request-id': requestId,
    });
    return { ...result, subgraphs: graph.fetches.filter((f) => f.requestId === requestId).map((f) => f.subgraph) };
  }

  it('pages through the catalogue with filters, in one fetch to the intake subgraph per page', async () => {
    const titles: string[] = [];
    let after: string | null | undefined = null;
    let total = 0;
    do {
      const page: { errors?: unknown; subgraphs: string[]; data?: CatalogueSearchQuery | null } = await traced(
        CatalogueSearchDocument,
        { filter: { kinds: ['ADAPTED_WORK'], trade: 'Service' }, first: 2, after },
      );
      expect(page.errors).toBeUndefined();
      expect(page.subgraphs).toEqual(['intake']);
      const offers = page.data!.offers;
      total = offers.totalCount;
      titles.push(...offers.edges.map((e) => e.node.title.nb));
      expect(offers.edges.every((e) => e.node.provider.shortName === 'BA' && e.node.hoursPerWeek === 30)).toBe(true);
      after = offers.pageInfo.hasNextPage ? offers.pageInfo.endCursor : undefined;
    } while (after);
    expect(total).toBe(4);
    expect(titles.sort()).toEqual(
      ['Digitalt lager, retur og makulering', 'Grøntgruppa', 'Gråstua butikk', 'Transport- og servicegruppen'].sort(),
    );
  });

  it('returns the facets and the participants, found by name and looked up by id', async () => {
    const facets = await traced(OfferFacetsDocument);
    expect(facets.data?.offerFacets.trades).toEqual(['Design', 'Mat', 'Service', 'Tre']);

    const search = await traced(ParticipantSearchDocument, { search: 'fjellvang', first: 5 });
    expect(search.subgraphs).toEqual(['intake']);
    const [edge] = search.data!.participants.edges;
    expect(edge.node).toMatchObject({ fullName: 'Sindre Fjellvang' });

    const lookup = await traced(ParticipantLookupDocument, { id: edge.node.id });
    expect(lookup.data?.participant).toMatchObject({
      fullName: 'Sindre Fjellvang',
      birthDate: '2008-03-14',
      guardians: [{ name: 'Kari Fjellvang', relation: 'PARENT' }],
    });
  });

  it("passes a subgraph's input errors to the client with code and fields, and no stack trace", async () => {
    const result = await traced(
      'mutation { updateOffer(input: { offerId: "00000000-0000-0000-0000-000000000000", places: -1 }) { id } }',
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', typeName: 'Offer' } });
    const bad = await traced(CatalogueSearchDocument, { first: 0 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    expect(JSON.stringify([result, bad])).not.toMatch(/stacktrace/);
  });

  it('reports its health and the supergraph it serves', async () => {
    const response = await fetch(graph.gatewayUrl.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', supergraph: { hash: graph.supergraphState.hash } });
  });
});
