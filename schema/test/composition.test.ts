import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLInputObjectType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../src/compose';

describe('composed schema', () => {
  it('composes without errors, and the committed files in schema/ are what a fresh composition gives', async () => {
    const { files, errors } = await composeSupergraph();
    expect(errors).toEqual([]);
    expect(Object.keys(files).sort()).toEqual([
      'api.graphql',
      'arba.graphql',
      'day-services.graphql',
      'intake.graphql',
      'nav.graphql',
      'supergraph.graphql',
      'work-centre.graphql',
    ]);
    for (const [name, content] of Object.entries(files)) {
      // On failure: run `npm run compose` and commit schema/.
      expect({ file: name, content: readFileSync(join(__dirname, '..', name), 'utf8') }).toEqual({
        file: name,
        content,
      });
    }
  });

  it('pins one federation version for the whole graph', async () => {
    const { files } = await composeSupergraph();
    expect(files['intake.graphql']).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(files['api.graphql']).not.toMatch(/join__|link__|_entities|_service/);
  });
});

describe('API schema documentation', () => {
  it('describes every type, field, argument and enum value a client sees', async () => {
    const { files } = await composeSupergraph();
    const schema = buildSchema(files['api.graphql']);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  // updateApplicationDraft, updateOffer and updateParticipant took (id, input) and setProviderFeed
  // (providerId, feedUrl), unlike every other mutation: one shape for all, the changed record's id inside `input`.
  it('gives every mutation of every subgraph exactly one argument, a required input', async () => {
    const { files } = await composeSupergraph();
    const api = buildSchema(files['api.graphql']);
    const odd = Object.values(api.getMutationType()!.getFields())
      .filter(
        (field) => field.args.length !== 1 || field.args[0].name !== 'input' || !isNonNullType(field.args[0].type),
      )
      .map((field) => `${field.name}(${field.args.map((a) => a.name).join(', ')})`);
    expect(odd).toEqual([]);
    const idOf = (input: string) => Object.keys((api.getType(input) as GraphQLInputObjectType).getFields())[0];
    expect({
      UpdateApplicationDraftInput: idOf('UpdateApplicationDraftInput'),
      UpdateOfferInput: idOf('UpdateOfferInput'),
      UpdateParticipantInput: idOf('UpdateParticipantInput'),
      SetProviderFeedInput: idOf('SetProviderFeedInput'),
    }).toEqual({
      UpdateApplicationDraftInput: expect.any(String),
      UpdateOfferInput: 'offerId',
      UpdateParticipantInput: 'participantId',
      SetProviderFeedInput: 'providerId',
    });
    expect(Object.keys((api.getType('UpdateApplicationDraftInput') as GraphQLInputObjectType).getFields())).toContain(
      'applicationId',
    );
  });
});
