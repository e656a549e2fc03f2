import { getNamedType, isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { arba } from '../src/subgraph';

/** Types and fields that @apollo/subgraph and the federation spec add; not Arba's to name or describe. */
const federationInternal = (name: string) => /^(_|link__|federation__)/.test(name) || name === 'FieldSet';
const BUILT_IN = ['String', 'Int', 'Float', 'Boolean', 'ID'];

describe("Arba's subgraph schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await arba.createSchema();
  });

  const ownTypes = () =>
    Object.values(schema.getTypeMap()).filter(
      (t) => !t.name.startsWith('__') && !federationInternal(t.name) && !BUILT_IN.includes(t.name),
    );

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes()) {
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (federationInternal(field.name)) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('prefixes every type and root field with Arba, so nothing collides in the supergraph', () => {
    // The kit's statistics shapes are shared by every subgraph that owns a figure (@shareable, identical).
    const statistics = ['StatisticsPeriod', 'StatCount', 'StatShare', 'StatisticsPeriodInput', 'StatisticsInterval'];
    const shared = ['Query', 'Mutation', 'Offer', 'Placement', 'Date', ...statistics];
    expect(
      ownTypes()
        .map((t) => t.name)
        .filter((n) => !shared.includes(n) && !n.startsWith('Arba')),
    ).toEqual([]);
    const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) => Object.keys(t.getFields()));
    expect(roots.filter((name) => !federationInternal(name) && !/arba/i.test(name))).toEqual([]);
    expect(roots.filter((name) => !federationInternal(name)).sort()).toEqual([
      'arbaAftOutcomeStatistics',
      'arbaArenas',
      'arbaSupervisorRatios',
      'arbaVtaGoalStatistics',
      'changeArbaParticipationHours',
      'endArbaParticipation',
      'evaluateArbaVtaGoal',
      'extendArbaAftPeriod',
      'setArbaVtaGoal',
      'startArbaParticipation',
    ]);
  });

  it("adds one nullable field to the hub's Offer and Placement, which are keyed stubs", () => {
    for (const [name, detail] of [
      ['Offer', 'ArbaOffer'],
      ['Placement', 'ArbaPlacement'],
    ]) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is missing`);
      expect(Object.keys(type.getFields())).toEqual(['id', 'arba']);
      expect(String(type.getFields().id.type)).toBe('ID!');
      expect(String(type.getFields().arba.type)).toBe(detail);
      expect(type.astNode?.directives?.map((d) => d.name.value)).toContain('key');
    }
    const entity = schema.getType('_Entity');
    expect(
      entity && 'getTypes' in entity
        ? entity
            .getTypes()
            .map((t) => t.name)
            .sort()
        : [],
    ).toEqual(['Offer', 'Placement']);
  });

  it('uses explicit scalars: dates as Date, counts as Int, ratios and hours as Float', () => {
    const typeOf = (type: string, field: string) => {
      const t = schema.getType(type);
      if (!isObjectType(t)) throw new Error(type);
      return getNamedType(t.getFields()[field].type).name;
    };
    expect(typeOf('ArbaPlacement', 'startDate')).toBe('Date');
    expect(typeOf('ArbaVtaGoal', 'nextEvaluationDue')).toBe('Date');
    expect(typeOf('ArbaSupervisorRatio', 'participants')).toBe('Int');
    expect(typeOf('ArbaSupervisorRatio', 'participantsPerSupervisor')).toBe('Float');
    expect(typeOf('ArbaPlacement', 'hoursPerWeek')).toBe('Float');
  });
});
