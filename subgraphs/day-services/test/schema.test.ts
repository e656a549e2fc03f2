import { isEnumType, isInputObjectType, isObjectType, isScalarType, printSchema, type GraphQLNamedType } from 'graphql';
import { dayServices } from '../src/subgraph';

/** Types the federation machinery adds to every subgraph schema; they are not part of the day services' contract. */
const isFederationType = (type: GraphQLNamedType) =>
  type.name.startsWith('__') ||
  type.name.startsWith('link__') ||
  type.name.startsWith('federation__') ||
  ['_Any', '_Entity', '_Service', 'String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name);

/** Shared with other subgraphs on purpose: the hub's entities, the kit's text type and scalars. */
const SHARED = ['Offer', 'Placement', 'LocalizedText', 'Date', 'DateTime', 'Query', 'Mutation'];

describe('the day-services schema', () => {
  it('prefixes every type, query and mutation of its own with DayServices, so nothing collides in the graph', async () => {
    const schema = await dayServices.createSchema();
    const own = Object.values(schema.getTypeMap()).filter((t) => !isFederationType(t) && !SHARED.includes(t.name));
    expect(own.map((t) => t.name).filter((name) => !name.startsWith('DayServices'))).toEqual([]);
    const queries = Object.keys(schema.getQueryType()!.getFields()).filter((f) => !f.startsWith('_'));
    expect(queries.sort()).toEqual(['dayServicesGroups', 'dayServicesPlacements']);
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual([
      'changeDayServicesPlacementDays',
      'endDayServicesPlacement',
      'setDayServicesGroupCapacity',
      'startDayServicesPlacement',
    ]);
    // The hub's entities get one field each, and keep only their key otherwise.
    for (const entity of ['Offer', 'Placement']) {
      const type = schema.getType(entity);
      expect(isObjectType(type) && Object.keys(type.getFields())).toEqual(['id', 'dayServices']);
    }
  });

  it('describes every type, field, argument and enum value a client sees', async () => {
    const schema = await dayServices.createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isFederationType(type)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isScalarType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('uses whole numbers and dates where it means them', async () => {
    const sdl = printSchema(await dayServices.createSchema());
    expect(sdl).toMatch(/daysPerWeek: Int!/);
    expect(sdl).toMatch(/startDate: Date!/);
    expect(sdl).toMatch(/capacity: Int\n/);
    expect(sdl).not.toMatch(/: Float/);
  });
});
