/**
 * The right of access (GDPR art. 15): `WebMyData` asks the graph for everything it holds about the signed-in person,
 * through the gateway and so through each subgraph's own rules. Its fragment is not written by hand: it is the whole
 * tree of fields below `Participant` in the API schema, walked here, so a field added anywhere below a participant
 * (in any subgraph) is in the person's copy once `npm run my-data` is run, and a test fails until it is.
 * `--check` fails when the committed document differs from the walk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  print,
  validate,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { clientsDir } from './persisted-documents';

export const myDataPath = join(clientsDir, 'src', 'web', 'my-data.graphql');

/**
 * Types that are about the catalogue, not the person: the copy names them (id and what a person reads), and does
 * not walk into them. Everything else below a participant is walked whole.
 */
export const REFERENCES: Record<string, string> = {
  Offer: 'id title { nb en } kind',
  Provider: 'id name',
  FlowMeeting: 'id year week startDate',
  DayServicesGroup: 'id name',
  WorkCentreGroup: 'id name',
  WorkCentreSite: 'id name',
  ArbaArena: 'id name',
  NavMeasureInstance: 'id name',
  NavMeasure: 'code name',
};

/** Fields left out of the copy, each with why: what a person's copy must not or need not hold. */
export const LEFT_OUT: Record<string, string> = {
  'Participant.version': 'a lock counter, nothing about the person',
  'Participant.fullName': 'the given and family name are in the copy',
  'Participant.readLog': 'paged apart: the download asks WebMyReadLog page by page and adds every entry',
};

/** Fields with arguments, and the argument text the copy asks them with (each alias once). */
export const WITH_ARGUMENTS: Record<string, { alias: string; args: string }[]> = {
  'Decision.letter': [
    { alias: 'letterNb', args: '(language: NB)' },
    { alias: 'letterEn', args: '(language: EN)' },
  ],
};

function fieldSelections(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  path: string[],
  depth: number,
  problems: string[],
): string[] {
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    const coordinate = `${type.name}.${field.name}`;
    if (LEFT_OUT[coordinate]) continue;
    const named = getNamedType(field.type);
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const calls = WITH_ARGUMENTS[coordinate] ?? [{ alias: '', args: '' }];
    if (required.length > 0 && !WITH_ARGUMENTS[coordinate]) {
      problems.push(
        `${coordinate} needs arguments (${required.map((arg) => arg.name).join(', ')}): add it to WITH_ARGUMENTS or LEFT_OUT`,
      );
      continue;
    }
    if (named.name.endsWith('Connection') && !WITH_ARGUMENTS[coordinate]) {
      problems.push(`${coordinate} is paged (${named.name}): page it apart and list it in LEFT_OUT with why`);
      continue;
    }
    for (const { alias, args } of calls) {
      const head = `${indent}${alias ? `${alias}: ` : ''}${field.name}${args}`;
      if (isLeafType(named)) {
        lines.push(head);
        continue;
      }
      const inner = selectionOf(schema, named, [...path, coordinate], depth + 1, problems);
      if (inner !== undefined) lines.push(`${head} {`, ...inner, `${indent}}`);
    }
  }
  return lines;
}

/** The object types `Participant` has a field of: the copy gives each whole there. */
function topLevel(schema: GraphQLSchema): Set<string> {
  const participant = schema.getType('Participant') as GraphQLObjectType;
  return new Set(Object.values(participant.getFields()).map((field) => getNamedType(field.type).name));
}

/** The selection of a composite type: a reference's few fields, or the whole type (each possible type of an abstract one). */
function selectionOf(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  path: string[],
  depth: number,
  problems: string[],
): string[] | undefined {
  const indent = '  '.repeat(depth);
  if (REFERENCES[type.name]) return [`${indent}${REFERENCES[type.name]}`];
  // The participant again (an application's participant), a type already on the way here (a decision's
  // application's decision), or one the participant lists itself (a transition's decision, which is in
  // `Participant.decisions`): the copy has it whole elsewhere, so here only what points to it.
  const elsewhere =
    type.name === 'Participant' ||
    path.some((coordinate) => coordinate.startsWith(`${type.name}.`)) ||
    (path.length > 1 && topLevel(schema).has(type.name));
  if (elsewhere && isObjectType(type) && type.getFields().id) return [`${indent}id`];
  if (path.length > 12) {
    problems.push(`${path.join(' > ')}: deeper than 12 levels; is a type missing from REFERENCES?`);
    return undefined;
  }
  if (isAbstractType(type)) {
    return [
      `${indent}__typename`,
      ...schema
        .getPossibleTypes(type)
        .flatMap((possible) => [
          `${indent}... on ${possible.name} {`,
          ...fieldSelections(schema, possible, path, depth + 1, problems),
          `${indent}}`,
        ]),
    ];
  }
  if (isObjectType(type)) return fieldSelections(schema, type, path, depth, problems);
  if (isEnumType(type)) return undefined;
  problems.push(`${path.join(' > ')}: cannot select ${type.name}`);
  return undefined;
}

/** The document `WebMyData`, from the API schema's text. Throws, listing them, on fields the walk cannot take. */
export function buildMyDataDocument(sdl: string): string {
  const schema = buildSchema(sdl);
  const participant = schema.getType('Participant');
  if (!isObjectType(participant)) throw new Error('The API schema has no Participant type.');
  const problems: string[] = [];
  const body = fieldSelections(schema, participant, [], 1, problems);
  if (problems.length > 0) throw new Error(`The copy of a person's data cannot be made:\n${problems.join('\n')}`);
  const text = [
    'query WebMyData {',
    '  me {',
    '    birthDate',
    '    participant {',
    '      ...WebMyDataParticipant',
    '    }',
    '  }',
    '}',
    '',
    // A guardian's young person, one at a time: both in one operation would cost more than the gateway allows.
    'query WebMyWardData($participantId: ID!) {',
    '  participant(id: $participantId) {',
    '    ...WebMyDataParticipant',
    '  }',
    '}',
    '',
    'fragment WebMyDataParticipant on Participant {',
    ...body,
    '}',
  ].join('\n');
  const document = parse(text);
  const invalid = validate(schema, document);
  if (invalid.length > 0) throw new Error(`WebMyData does not fit the schema:\n${invalid.join('\n')}`);
  return [
    '# Generated by `npm run my-data` (clients/tools/my-data.ts) from schema/api.graphql: do not edit by hand.',
    '# The right of access: everything the graph holds about the signed-in person, or about a guardian’s young person.',
    print(document),
    '',
  ].join('\n');
}

export const apiSchemaPath = join(clientsDir, '..', 'schema', 'api.graphql');

if (require.main === module) {
  const document = buildMyDataDocument(readFileSync(apiSchemaPath, 'utf8'));
  if (process.argv.includes('--check')) {
    if (readFileSync(myDataPath, 'utf8') !== document) {
      console.error('clients/src/web/my-data.graphql is stale: run npm run my-data');
      process.exit(1);
    }
  } else {
    writeFileSync(myDataPath, document);
    console.log(`Wrote ${myDataPath}`);
  }
}
