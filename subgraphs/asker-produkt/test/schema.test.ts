import { isObjectType, type GraphQLSchema } from 'graphql';
import { createAskerProduktSchema } from '../src/subgraph';

const federationInternal = (name: string) => /^(_|link__|federation__)/.test(name) || name === 'FieldSet';

// Descriptions on every type and field: the conformance suite checks them (packages/conformance/test/providers.test.ts).
describe("Asker Produkt's subgraph schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createAskerProduktSchema();
  });

  it('prefixes its own types and root fields with AskerProdukt, so nothing collides in the supergraph', () => {
    const shared = ['Query', 'Offer', 'Placement', 'Date', 'String', 'Int', 'Float', 'Boolean', 'ID'];
    const own = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__') && !federationInternal(n));
    expect(own.filter((n) => !shared.includes(n) && !n.startsWith('AskerProdukt'))).toEqual([]);
    const roots = Object.keys(schema.getQueryType()!.getFields()).filter((n) => !federationInternal(n));
    expect(roots).toEqual(['askerProduktDepartments']);
    expect(schema.getMutationType()).toBeFalsy();
  });

  it("adds one nullable field to the hub's Offer and Placement, which are keyed stubs", () => {
    for (const [name, detail] of [
      ['Offer', 'AskerProduktOffer'],
      ['Placement', 'AskerProduktPlacement'],
    ]) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is missing`);
      expect(Object.keys(type.getFields())).toEqual(['id', 'askerProdukt']);
      expect(String(type.getFields().askerProdukt.type)).toBe(detail);
      expect(type.astNode?.directives?.map((d) => d.name.value)).toContain('key');
    }
  });
});
