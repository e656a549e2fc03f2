// `node scripts/hub-shape.mjs`: the shape rules of the hub (issue 13) — no source file over 300 lines and no
// function over 80 lines in subgraphs/intake/src, so each file and use case can be read in one sitting.
// Generated migrations are exempt (machine-written SQL). Prints each breach; exits 1 when there is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'subgraphs', 'intake', 'src');
export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 80;

const exempt = (path) => /\/migrations\/(sqlite|postgresql)\//.test(path);
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });

/** Every breach of the shape rules, as `path:line what`. */
export function hubShapeBreaches() {
  const breaches = [];
  for (const path of walk(src).filter((p) => !exempt(p))) {
    const text = readFileSync(path, 'utf8');
    const name = relative(root, path);
    const lines = text.split('\n').length;
    if (lines > MAX_FILE_LINES) breaches.push(`${name}: ${lines} lines (at most ${MAX_FILE_LINES})`);
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
        const span = end - start + 1;
        if (span > MAX_FUNCTION_LINES) {
          const label = node.name ? node.name.getText(file) : ts.SyntaxKind[node.kind];
          breaches.push(`${name}:${start + 1}: ${label} is ${span} lines (at most ${MAX_FUNCTION_LINES})`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return breaches;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const breaches = hubShapeBreaches();
  for (const breach of breaches) console.log(breach);
  console.log(breaches.length ? `${breaches.length} breaches of the hub's shape rules` : 'The hub keeps its shape.');
  process.exit(breaches.length ? 1 : 0);
}
