/**
 * What a change of the graph would break for the clients: the registered documents (clients/persisted-documents.json)
 * that no longer validate against the new API schema, and the breaking changes from the previous API schema
 * (@graphql-inspector/core) to parts of the schema that a registered document uses. Each problem is a sentence an
 * operator acts on: which operation or field, what changed, what to do.
 */
import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';

export interface RegisteredDocument {
  /** The document's id (its SHA-256) in the file. */
  id: string;
  /** The first operation's name, as a person knows the document. */
  operation: string;
  document: DocumentNode;
}

export interface ChangeReport {
  /** Reasons to refuse the change. */
  problems: string[];
  /** Changes worth knowing that break no registered document. */
  notes: string[];
}

/** The registered documents of a persisted-documents file (`{ "<sha256>": "<document>" }`). */
export function readRegisteredDocuments(path: string): RegisteredDocument[] {
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return Object.entries(entries).map(([id, source]) => {
    const document = parse(source);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return { id, operation: operation?.name?.value ?? `(anonymous, ${id.slice(0, 12)})`, document };
  });
}

/**
 * What each registered document uses of `schema`, by schema coordinate: `Type` for every type it touches (input
 * types with all their fields, since a client may send any of them), `Type.field` for every field it selects, on
 * the interface and on each of its implementations. Value: the operations that use it.
 */
export function usageOf(schema: GraphQLSchema, documents: RegisteredDocument[]): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>();
  for (const { operation, document } of documents) {
    const use = (coordinate: string) => {
      const users = usage.get(coordinate) ?? new Set<string>();
      users.add(operation);
      usage.set(coordinate, users);
    };
    const useType = (type: GraphQLNamedType | undefined | null) => {
      if (!type || usage.get(type.name)?.has(operation)) return;
      use(type.name);
      if (isInputObjectType(type))
        for (const field of Object.values(type.getFields())) useType(getNamedType(field.type));
    };
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: () => {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!parent || !field) return;
          useType(parent);
          useType(getNamedType(field.type));
          use(`${parent.name}.${field.name}`);
          if (isInterfaceType(parent)) {
            for (const type of schema.getPossibleTypes(parent)) use(`${type.name}.${field.name}`);
          }
          for (const arg of field.args) useType(getNamedType(arg.type));
        },
        InlineFragment: () => useType(typeInfo.getType() && getNamedType(typeInfo.getType()!)),
        FragmentDefinition: () => useType(typeInfo.getType() && getNamedType(typeInfo.getType()!)),
        VariableDefinition: () => useType(typeInfo.getInputType() && getNamedType(typeInfo.getInputType()!)),
      }),
    );
  }
  return usage;
}

/**
 * The operations that use the part of `schema` a change's path (`Type`, `Type.field`, `Type.field.arg`,
 * `Enum.VALUE`, `Input.field`) names. Input types and enums count as a whole: a client may send or receive any part.
 */
function usersOf(schema: GraphQLSchema, usage: Map<string, Set<string>>, path: string): string[] {
  const [typeName, member] = path.split('.');
  const type = schema.getType(typeName);
  const wholeType = member === undefined || isInputObjectType(type) || isEnumType(type) || !isObjectLike(type);
  const users = usage.get(wholeType ? typeName : `${typeName}.${member}`);
  return users ? [...users].sort() : [];
}

const isObjectLike = (type: unknown) => isObjectType(type) || isInterfaceType(type);

const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * The problems of going from `previous` (the API schema clients see now; undefined for a graph not yet served) to
 * `next`, for the registered `documents`.
 */
export async function checkChange(
  previous: GraphQLSchema | undefined,
  next: GraphQLSchema,
  documents: RegisteredDocument[],
  documentsPath: string,
): Promise<ChangeReport> {
  const problems: string[] = [];
  const notes: string[] = [];
  for (const { id, operation, document } of documents) {
    const errors = validate(next, document);
    if (!errors.length) continue;
    problems.push(
      `Operation "${operation}" (registered document ${id.slice(0, 12)}… in ${documentsPath}) would stop working: ` +
        `${errors.map((e) => e.message).join(' ')} ` +
        'Keep what it uses in the subgraph, or first change the client, run `npm run documents` and deploy it.',
    );
  }
  if (!previous) return { problems, notes };
  const usage = usageOf(previous, documents);
  const changes: Change[] = await diff(previous, next, [DiffRule.considerUsage], {
    checkUsage: async (coordinates) =>
      coordinates.map(({ type, field, argument }) => {
        const path = [type, field, argument].filter(Boolean).join('.');
        return usersOf(previous, usage, path).length === 0;
      }),
  });
  for (const change of changes) {
    const where = change.path ? ` (${change.path})` : '';
    const message = change.message.replace(/ \(non-breaking based on usage\)$/, '');
    if (change.criticality.level === CriticalityLevel.Breaking) {
      const users = change.path ? usersOf(previous, usage, change.path) : [];
      problems.push(
        `Breaking change${where}: ${message}.` +
          (users.length ? ` Used by the registered operation(s) ${list(users)}.` : '') +
          ' Clients built on the current schema would get errors or wrong data. Make the change additive: keep ' +
          'the old field, argument or value (mark it @deprecated with what to use instead) until no registered ' +
          'document uses it.',
      );
    } else if (change.criticality.level === CriticalityLevel.Dangerous) {
      const why = change.criticality.isSafeBasedOnUsage ? ' No registered document uses it.' : '';
      notes.push(`${message}${where}.${why}`);
    }
  }
  return { problems, notes };
}
