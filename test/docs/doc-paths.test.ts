/**
 * The docs name only files that exist: every repository path in backticks (`src/lib/data/`,
 * `scripts/build-data.ts`) and every relative link in README.md and docs/*.md is a file or
 * folder git tracks, or an output the build writes and git ignores (`src/generated/`,
 * `dist/`). Nothing outside the repository is named (no `../` out of it).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../workspace.ts';

// What git tracks, and new files it would track (not ignored): the files of a clone of this tree.
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const trackedDirs = new Set(tracked.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
const TOP = new Set(tracked.map((f) => f.split('/')[0]!));

/** A path git tracks, a folder holding tracked files, or one it ignores (a build output). */
function exists(path: string): boolean {
  const p = path.replace(/\/$/u, '');
  if (tracked.includes(p) || trackedDirs.has(p)) return true;
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: ROOT });
    return true;
  } catch {
    return false;
  }
}

/** Repository paths a Markdown text names: in backticks, and as relative link targets. */
export function namedPaths(markdown: string, docDir: string): { path: string; how: string }[] {
  const out: { path: string; how: string }[] = [];
  for (const m of markdown.matchAll(/`([^`\s<>*]+)`/gu)) {
    const s = m[1]!;
    if (!/^[\w.-]+(?:\/[\w.\-[\]]+)*\/?$/u.test(s)) continue;
    const first = s.split('/')[0]!;
    // A repository path starts with one of its top-level names (src/…, docs/…, package.json).
    if (TOP.has(first) && (s.includes('/') || tracked.includes(s))) out.push({ path: s, how: `\`${s}\`` });
  }
  for (const m of markdown.matchAll(/\]\(([^)\s]+)\)/gu)) {
    const target = m[1]!.split('#')[0]!;
    if (target === '' || /^[a-z]+:/iu.test(target)) continue;
    out.push({ path: relative(ROOT, normalize(join(ROOT, docDir, target))), how: `(${m[1]})` });
  }
  return out;
}

const docs = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('the docs name only files that exist', () => {
  it('finds paths to check (the scan is not empty)', () => {
    const all = docs.flatMap((d) => namedPaths(readFileSync(join(ROOT, d), 'utf8'), dirname(d)));
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(docs.map((d) => [d]))('%s', (doc) => {
    const missing = namedPaths(readFileSync(join(ROOT, doc), 'utf8'), dirname(doc))
      .filter(({ path }) => path.startsWith('..') || !exists(path))
      .map(({ path, how }) => `${how} → ${path}`);
    expect(missing).toEqual([]);
  });

  it('catches a named file that does not exist, and a link out of the repository', () => {
    const found = namedPaths('See `src/lib/nowhere.ts`, `npm test` and [the design](../shared/DESIGN.md).', '.');
    expect(found.map((f) => f.path)).toEqual(['src/lib/nowhere.ts', '../shared/DESIGN.md']);
    expect(found.filter(({ path }) => path.startsWith('..') || !exists(path))).toHaveLength(2);
  });
});
