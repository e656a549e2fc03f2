import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Makes a new provider subgraph from the template in ../template: the provider kit's one call
 * (`defineProviderSubgraph`), an offer with groups, placements, the change feed and the placement protocol, with
 * migrations for SQLite and PostgreSQL. As generated it passes the conformance suite; the partner then replaces
 * the demo offer and adds their own domain.
 */

export interface NewProvider {
  /** The subgraph's name in the supergraph: lower-case letters, digits and single hyphens (`aurora-verksted`). */
  name: string;
  /** The provider's id in the hub (the same form, at most 64 characters). */
  providerId: string;
  /** The organisation's name as people read it (`Aurora verksted`). */
  title: string;
  /** Its default port. */
  port: number;
  /** Where to write it; must not exist yet. */
  dir: string;
  /**
   * The repository it joins as a workspace (root package.json and tsconfig.json get it), or null for a folder of
   * its own outside any repository, whose `tsconfig.json` then extends `tsconfigBase`.
   */
  repoRoot: string | null;
  /** With `repoRoot` null: the TypeScript base configuration to extend (the kit's settings: decorators, Node16). */
  tsconfigBase?: string;
}

/** A mistake in what was asked, in words the person acts on (the CLI prints it and exits 2). */
export class NewProviderError extends Error {}

// From src/ (tests) or dist/src/ (the command): the package's template folder.
const TEMPLATE = [join(__dirname, '..', 'template'), join(__dirname, '..', '..', 'template')].find((d) =>
  existsSync(d),
)!;
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
// The title goes into string literals and descriptions of the generated code: no quotes, backslashes or markup.
const TITLE = /^[\p{L}\p{N}][\p{L}\p{N} .,&()-]*$/u;

/** What is wrong with the options, one line each; empty when nothing is. */
export function newProviderProblems(options: Omit<NewProvider, 'repoRoot' | 'tsconfigBase'>): string[] {
  const problems: string[] = [];
  if (!NAME.test(options.name) || options.name.length > 40) {
    problems.push(`--name "${options.name}": lower-case letters, digits and single hyphens, at most 40, e.g. aurora.`);
  }
  if (!NAME.test(options.providerId) || options.providerId.length > 64) {
    problems.push(`--provider-id "${options.providerId}": lower-case letters, digits and single hyphens, at most 64.`);
  }
  if (!TITLE.test(options.title) || options.title.length > 80) {
    problems.push(`--title "${options.title}": letters, digits, spaces and . , & ( ) -, at most 80.`);
  }
  if (!Number.isInteger(options.port) || options.port < 1024 || options.port > 65535) {
    problems.push(`--port ${options.port}: a whole number from 1024 to 65535.`);
  }
  if (existsSync(options.dir)) problems.push(`--dir ${options.dir} exists already: choose a new folder.`);
  return problems;
}

const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, c: string) => c.toUpperCase());

/** The template's placeholders and what each becomes. */
function placeholders(options: NewProvider, dir: string): Record<string, string> {
  const Name = pascal(options.name);
  const toRepo = options.repoRoot ? relative(dir, options.repoRoot).split(sep).join('/') : null;
  const base = toRepo ? `${toRepo}/tsconfig.base.json` : resolve(options.tsconfigBase ?? '');
  return {
    __name__: options.name,
    __Name__: Name,
    __nameCamel__: Name[0].toLowerCase() + Name.slice(1),
    __PREFIX__: options.name.toUpperCase().replace(/-/g, '_'),
    __providerId__: options.providerId,
    __port__: String(options.port),
    __title__: options.title,
    __tsconfigBase__: base,
    __references__: toRepo ? `,\n  "references": [{ "path": "${toRepo}/packages/kit" }]` : '',
  };
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(
    /__(name|Name|nameCamel|PREFIX|providerId|port|title|tsconfigBase|references)__/g,
    (m) => values[m],
  );
}

function templateFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templateFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Adds the new folder to the repository's npm workspaces and TypeScript project references. */
export function joinWorkspace(repoRoot: string, dir: string): void {
  const path = relative(repoRoot, dir).split(sep).join('/');
  const update = (file: string, change: (json: Record<string, unknown>) => void) => {
    const full = join(repoRoot, file);
    const json = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(full, `${JSON.stringify(json, null, 2)}\n`);
  };
  update('package.json', (json) => {
    const workspaces = json.workspaces as string[];
    if (!workspaces.includes(path)) workspaces.push(path);
  });
  update('tsconfig.json', (json) => {
    const references = json.references as { path: string }[];
    if (!references.some((r) => r.path === path)) references.push({ path });
  });
}

/**
 * Writes the new subgraph, whole or not at all: into a temporary folder beside `dir`, renamed into place at the
 * end. Returns the files written, relative to `dir`.
 */
export function generateProvider(options: NewProvider): string[] {
  const problems = newProviderProblems(options);
  if (problems.length) throw new NewProviderError(problems.join('\n'));
  const dir = resolve(options.dir);
  const staging = `${dir}.partial-${process.pid}`;
  const values = placeholders(options, dir);
  const written: string[] = [];
  try {
    for (const source of templateFiles(TEMPLATE)) {
      const target = fill(relative(TEMPLATE, source), values).replace(/\.tmpl$/, '');
      mkdirSync(dirname(join(staging, target)), { recursive: true });
      writeFileSync(join(staging, target), fill(readFileSync(source, 'utf8'), values));
      written.push(target.split(sep).join('/'));
    }
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (options.repoRoot) joinWorkspace(options.repoRoot, dir);
  return written.sort();
}
