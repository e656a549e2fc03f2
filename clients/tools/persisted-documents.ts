/**
 * The front ends' operations as trusted documents: `npm run documents` writes clients/persisted-documents.json, a
 * map from the sha256 (hex) of each operation's text to that text, in the shape graphql-codegen's client preset
 * gives its persisted documents. The text is the operation followed by the fragments it uses, each printed by
 * graphql-js, so the hash depends on the documents only, not on their comments or layout. The gateway accepts
 * `extensions.persistedQuery.sha256Hash` for these, and in production takes nothing else from the public.
 * `--check` fails when the committed file differs from the documents.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Kind, parse, print, visit, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** clients/, whether this runs compiled (clients/dist/tools) or from source under ts-jest (clients/tools). */
export const clientsDir = basename(dirname(__dirname)) === 'dist' ? join(__dirname, '..', '..') : join(__dirname, '..');
export const manifestPath = join(clientsDir, 'persisted-documents.json');

/** Every operation under clients/src, with its fragments, by the sha256 of its text; sorted by operation name. */
export function buildPersistedDocuments(srcDir = join(clientsDir, 'src')): Record<string, string> {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  const operations: OperationDefinitionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of files) {
    for (const definition of parse(readFileSync(join(srcDir, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
      else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  /** The names of the fragments a node spreads, directly or through other fragments. */
  const used = (node: OperationDefinitionNode | FragmentDefinitionNode, into = new Set<string>()) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (into.has(name) || !fragment) return;
        into.add(name);
        used(fragment, into);
      },
    });
    return into;
  };
  const entries = operations
    .sort((a, b) => (a.name?.value ?? '').localeCompare(b.name?.value ?? ''))
    .map((operation) => {
      const text = [operation, ...[...used(operation)].sort().map((name) => fragments.get(name)!)]
        .map((definition) => print(definition))
        .join('\n\n');
      return [createHash('sha256').update(text).digest('hex'), text] as const;
    });
  return Object.fromEntries(entries);
}

export const formatManifest = (documents: Record<string, string>) => `${JSON.stringify(documents, null, 2)}\n`;

if (require.main === module) {
  const fresh = formatManifest(buildPersistedDocuments());
  if (process.argv.includes('--check')) {
    const committed = readFileSync(manifestPath, 'utf8');
    if (committed !== fresh) {
      console.error('clients/persisted-documents.json is stale: run `npm run documents` and commit it.');
      process.exit(1);
    }
    console.log('clients/persisted-documents.json is current.');
  } else {
    writeFileSync(manifestPath, fresh);
    console.log(
      `Wrote ${Object.keys(JSON.parse(fresh) as object).length} documents to clients/persisted-documents.json`,
    );
  }
}
