/**
 * The README linked ../shared/domain.md, which lives beside the repository on the team's machines and is absent in
 * a clone: the repository must stand alone. Every relative link in a Markdown file must reach a file inside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const repoRoot = join(__dirname, '..', '..');

/** The Markdown files git knows (node_modules and builds are not among them). */
const markdownFiles = execFileSync('git', ['ls-files', '*.md'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

/** Targets of `[text](target)` links, without their #anchor; web links and pure anchors left out. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

describe('links in the documentation', () => {
  it('reach only files inside the repository', () => {
    const problems: string[] = [];
    for (const file of markdownFiles) {
      for (const target of relativeLinks(readFileSync(join(repoRoot, file), 'utf8'))) {
        const path = resolve(repoRoot, dirname(file), target);
        const inside = !relative(repoRoot, path).startsWith('..');
        if (!inside) problems.push(`${file}: ${target} is outside the repository`);
        else if (!existsSync(path)) problems.push(`${file}: ${target} does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });
});
