import { printSubgraphSchema } from '@apollo/subgraph';
import { graphql, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { defineProviderSubgraph, hubEntityStub, type HubEntityStub } from '../src';

/** A provider with one field on the hub's `Offer`, as every provider of the graph has. */
function tinyProvider(name: string, field: string, options: { envPrefix?: string } = {}) {
  const OfferStub = hubEntityStub('Offer');

  @ObjectType(`${field}Detail`, { description: 'What the provider knows of an offer.' })
  class Detail {
    @Field(() => String, { description: 'Id of the offer it details.' })
    offerId!: string;
  }

  @Resolver(() => OfferStub)
  class OfferFieldResolver {
    @FieldResolver(() => Detail, { name: field, description: "The provider's detail." })
    detail(@Root() offer: HubEntityStub): Detail {
      return { offerId: offer.id };
    }

    // type-graphql wants a query somewhere in every schema it builds.
    @Query(() => String, { name: `${field}Ping`, description: 'Answers pong.' })
    ping(): string {
      return 'pong';
    }
  }

  return defineProviderSubgraph({
    name,
    providerId: `${name}-id`,
    defaultPort: 4100,
    ...options,
    entities: [],
    migrations: { sqlite: [], postgresql: [] },
    resolvers: [OfferFieldResolver],
    hubStubs: [OfferStub],
    createLoaders: () => ({}),
  });
}

const offerFields = (schema: GraphQLSchema) =>
  Object.keys((schema.getType('Offer') as GraphQLObjectType).getFields()).sort();

describe('defineProviderSubgraph', () => {
  const sheltered = tinyProvider('sheltered-work', 'shelteredWork');

  describe('readEnv', () => {
    it('prefixes the variables with the name and falls back to the defaults', () => {
      const env = sheltered.readEnv({});
      expect(sheltered.envPrefix).toBe('SHELTERED_WORK');
      expect(env).toMatchObject({
        port: 4100,
        sqlitePath: 'data/sheltered-work.sqlite',
        providerId: 'sheltered-work-id',
      });
      expect(env).not.toHaveProperty('orgno');
      expect(env.settings).toEqual({ providerId: 'sheltered-work-id' });
    });

    it('reads <PREFIX>_PROVIDER_ID and <PREFIX>_ORGNO beside the kit variables, into the settings start takes', () => {
      const env = sheltered.readEnv({
        SHELTERED_WORK_PORT: '5100',
        SHELTERED_WORK_PROVIDER_ID: 'another',
        SHELTERED_WORK_ORGNO: '100000017',
      });
      expect(env).toMatchObject({ port: 5100, providerId: 'another', orgno: '100000017' });
      expect(env.settings).toEqual({ providerId: 'another', orgno: '100000017' });
    });

    it('takes a given prefix instead of the name', () => {
      const partner = tinyProvider('partner', 'partner', { envPrefix: 'ACME' });
      const env = partner.readEnv({ ACME_PORT: '5200', ACME_PROVIDER_ID: 'acme', PARTNER_PORT: '1' });
      expect(env).toMatchObject({ port: 5200, providerId: 'acme', sqlitePath: 'data/partner.sqlite' });
    });

    it('refuses an organisation number that is not nine digits, naming the variable', () => {
      expect(() => sheltered.readEnv({ SHELTERED_WORK_ORGNO: '12345' })).toThrow(
        /SHELTERED_WORK_ORGNO must be nine digits/,
      );
    });
  });

  it('has default settings with the provider id and today in Norway', () => {
    expect(sheltered.defaultSettings.providerId).toBe('sheltered-work-id');
    expect(sheltered.defaultSettings.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("puts the hub's stub in the schema with the hub's wording, and resolves any id to it", async () => {
    const schema = await sheltered.createSchema();
    expect(printSubgraphSchema(schema)).toContain(
      '"""\nAn offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba").\n"""\ntype Offer',
    );
    const result = await graphql({
      schema,
      source:
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { id shelteredWork { offerId } } } }',
      variableValues: { r: [{ __typename: 'Offer', id: 'any-offer' }] },
    });
    expect(result).toEqual({ data: { _entities: [{ id: 'any-offer', shelteredWork: { offerId: 'any-offer' } }] } });
  });

  // Regression: type-graphql keeps a class's fields in global metadata. With one stub class shared by the
  // providers, the first schema built gave its field to the stub, and every provider built after it got that field
  // too (compose and the gateway's tests build all providers in one process).
  it("keeps each provider's fields on its own stub when several are built in one process", async () => {
    const other = tinyProvider('other-work', 'otherWork');
    expect(offerFields(await sheltered.createSchema())).toEqual(['id', 'shelteredWork']);
    expect(offerFields(await other.createSchema())).toEqual(['id', 'otherWork']);
  });
});
