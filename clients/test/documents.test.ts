import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  buildSchema,
  GraphQLError,
  Kind,
  parse,
  print,
  Source,
  validate,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import * as generated from '../src';

const repoRoot = join(__dirname, '..', '..');
const srcDir = join(repoRoot, 'clients', 'src');

/** One .graphql file: its path relative to the repository root (for messages) and its text. */
interface DocumentFile {
  name: string;
  body: string;
}

/** A problem in one file, as `file:line:column message`. */
type Problem = string;

function loadApiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(repoRoot, 'schema', 'api.graphql'), 'utf8'));
}

function loadDocumentFiles(): DocumentFile[] {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({
      name: relative(repoRoot, join(srcDir, file)).split(sep).join('/'),
      body: readFileSync(join(srcDir, file), 'utf8'),
    }));
}

function describeError(error: GraphQLError, fallbackFile: string): Problem {
  // Each file is parsed as its own Source, so an error's location names the file it comes from.
  const location = error.locations?.[0];
  const where = error.source && location ? `${error.source.name}:${location.line}:${location.column}` : fallbackFile;
  return `${where} ${error.message}`;
}

/**
 * Validates the files as codegen sees them: one document, so that a fragment defined in one file can be spread in
 * another, and operation and fragment names must be unique across all files.
 */
function validateDocuments(schema: GraphQLSchema, files: DocumentFile[]): Problem[] {
  const problems: Problem[] = [];
  const definitions: DefinitionNode[] = [];
  for (const file of files) {
    try {
      definitions.push(...parse(new Source(file.body, file.name)).definitions);
    } catch (error) {
      problems.push(error instanceof GraphQLError ? describeError(error, file.name) : `${file.name} ${String(error)}`);
    }
  }
  if (problems.length) return problems;
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
  return validate(schema, document).map((error) => describeError(error, '(all documents)'));
}

describe('client documents', () => {
  const schema = loadApiSchema();
  const files = loadDocumentFiles();

  it('finds the documents under clients/src', () => {
    // An empty glob would make the validation below pass vacuously.
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'clients/src/catalogue/catalogue-search.graphql',
        'clients/src/catalogue/offer-facets.graphql',
        'clients/src/participants/participant-lookup.graphql',
      ]),
    );
  });

  it('are valid against the committed API schema', () => {
    expect(validateDocuments(schema, files)).toEqual([]);
  });

  it('name every operation, since codegen derives the exported document and type names from it', () => {
    const anonymous = files.flatMap((file) =>
      parse(file.body)
        .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && !d.name)
        .map(() => file.name),
    );
    expect(anonymous).toEqual([]);
  });

  it('match the committed generated documents (run `npm run codegen` after changing a .graphql file)', () => {
    const exported = generated as unknown as Record<string, DocumentNode | undefined>;
    const stale = files.flatMap((file) =>
      parse(file.body).definitions.flatMap((definition) => {
        if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) return [];
        const name = definition.name.value;
        const committed = exported[`${name}Document`]?.definitions.find(
          (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
        );
        return committed && print(committed) === print(definition) ? [] : [`${file.name}: ${name}`];
      }),
    );
    expect(stale).toEqual([]);
  });

  describe('the validator', () => {
    it('reports a field that does not exist, with the file and position', () => {
      const bad = { name: 'clients/src/bad/bad.graphql', body: 'query Bad {\n  offers {\n    totalPages\n  }\n}\n' };
      expect(validateDocuments(schema, [...files, bad])).toEqual([
        'clients/src/bad/bad.graphql:3:5 Cannot query field "totalPages" on type "OfferConnection". Did you mean "totalCount"?',
      ]);
    });

    it('reports a fragment spread whose fragment is defined nowhere', () => {
      const bad = {
        name: 'clients/src/bad/bad.graphql',
        body: 'query Bad {\n  offer(id: "1") {\n    ...Missing\n  }\n}\n',
      };
      expect(validateDocuments(schema, [bad])).toEqual(['clients/src/bad/bad.graphql:3:8 Unknown fragment "Missing".']);
    });

    it('reports a syntax error with the file', () => {
      const bad = { name: 'clients/src/bad/bad.graphql', body: 'query Bad {\n  offers {\n' };
      expect(validateDocuments(schema, [bad])).toEqual([
        expect.stringMatching(/^clients\/src\/bad\/bad\.graphql:3:1 Syntax Error/),
      ]);
    });
  });
});
