import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';

/**
 * The packages a fresh Node process loads when it requires `entry` (a built file): each npm package by name, each of
 * our workspaces by its folder (`packages/kit`). In a child process, so that what jest and the test itself loaded
 * does not count; `root` is the repository, where the workspaces are.
 */
export function packagesLoadedBy(entry: string, root: string): string[] {
  const script = `require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const files = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
  const names = new Set<string>();
  for (const file of files) {
    const parts = file.split(sep);
    const at = parts.lastIndexOf('node_modules');
    if (at >= 0) names.add(parts[at + 1].startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1]);
    else names.add(relative(root, file).split(sep).slice(0, 2).join('/'));
  }
  return [...names].sort();
}

/** What a process without a database of its own must never load (docs/architecture.md, "Packages"). */
export const DATABASE_PACKAGES = ['@mikro-orm/core', 'pg', 'libsql', '@libsql/client', 'type-graphql', 'packages/kit'];
