import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/lib/build/link-tree.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'link-tree-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = join(root, 'public');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('linkTree (the public folder into the built site)', () => {
  it('puts every file at its path, nested folders included, as the same file', () => {
    const from = tree({ 'favicon.svg': '<svg/>', 'data/reports/a.json': '{"a":1}', 'data/sources/a.txt': '文本' });
    const to = join(root, 'site');
    const n = linkTree(from, to);
    expect(n).toEqual({ linked: 3, copied: 0, kept: 0 });
    for (const p of ['favicon.svg', 'data/reports/a.json', 'data/sources/a.txt']) {
      expect(readFileSync(join(to, p), 'utf8')).toBe(readFileSync(join(from, p), 'utf8'));
      expect(statSync(join(to, p)).ino).toBe(statSync(join(from, p)).ino);
    }
  });

  it('leaves a file the build already wrote (the page wins over a public file of the same name)', () => {
    const from = tree({ 'data/index.html': 'public copy', 'robots.txt': 'r' });
    const to = join(root, 'site');
    mkdirSync(join(to, 'data'), { recursive: true });
    writeFileSync(join(to, 'data/index.html'), 'built page');
    expect(linkTree(from, to)).toEqual({ linked: 1, copied: 0, kept: 1 });
    expect(readFileSync(join(to, 'data/index.html'), 'utf8')).toBe('built page');
  });

  it('publishes what a symbolic link points to, as a file of its own, and follows linked folders', () => {
    const from = tree({ 'real/x.csv': 'a,b' });
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'y.txt'), 'y');
    symlinkSync(join(from, 'real/x.csv'), join(from, 'x-link.csv'));
    symlinkSync(outside, join(from, 'linked-folder'));
    const to = join(root, 'site');
    expect(linkTree(from, to)).toEqual({ linked: 2, copied: 1, kept: 0 });
    expect(lstatSync(join(to, 'x-link.csv')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(to, 'x-link.csv'), 'utf8')).toBe('a,b');
    expect(lstatSync(join(to, 'linked-folder')).isDirectory()).toBe(true);
    expect(readFileSync(join(to, 'linked-folder/y.txt'), 'utf8')).toBe('y');
  });

  it('keeps the built copy when the folder is later replaced, as build-data replaces it', () => {
    const from = tree({ 'data/a.json': 'old' });
    const to = join(root, 'site');
    linkTree(from, to);
    // build-data writes a new folder and swaps it in; it never writes into a published file.
    rmSync(join(from, 'data'), { recursive: true });
    mkdirSync(join(from, 'data'));
    writeFileSync(join(from, 'data/a.json'), 'new');
    expect(readFileSync(join(to, 'data/a.json'), 'utf8')).toBe('old');
  });
});
