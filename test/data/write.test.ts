import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalPath, recoverInterrupted, writeFoldersAtomically, type FileMap } from '../../src/lib/data/write.ts';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), `write-test-${process.pid}-`));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const files = (entries: Record<string, string>): FileMap => new Map(Object.entries(entries));
const read = (...p: string[]) => readFileSync(join(tmp, ...p), 'utf8');

describe('writeFoldersAtomically', () => {
  it('writes every folder, nested files included, and leaves no temporary folder', () => {
    writeFoldersAtomically(new Map([
      [join(tmp, 'gen'), files({ 'site-data.json': '{}\n' })],
      [join(tmp, 'public/data'), files({ 'reports.csv': 'id\n', 'reports/a.json': '[]\n' })],
    ]));
    expect(read('gen/site-data.json')).toBe('{}\n');
    expect(read('public/data/reports/a.json')).toBe('[]\n');
    expect(readdirSync(tmp).sort()).toEqual(['gen', 'public']);
    expect(readdirSync(join(tmp, 'public'))).toEqual(['data']);
  });

  it('replaces the previous output whole: a file no longer produced is gone', () => {
    mkdirSync(join(tmp, 'out'));
    writeFileSync(join(tmp, 'out/old.csv'), 'old\n');
    writeFoldersAtomically(new Map([[join(tmp, 'out'), files({ 'new.csv': 'new\n' })]]));
    expect(readdirSync(join(tmp, 'out'))).toEqual(['new.csv']);
  });

  it('on a write that fails half-way, leaves every previous folder as it was and no temporary folder', () => {
    mkdirSync(join(tmp, 'a'));
    writeFileSync(join(tmp, 'a/keep.txt'), 'a\n');
    mkdirSync(join(tmp, 'b'));
    writeFileSync(join(tmp, 'b/keep.txt'), 'b\n');
    // "x" is written as a file, then needed as a folder: the second write fails.
    const failing = new Map([
      [join(tmp, 'a'), files({ 'new.txt': 'new\n' })],
      [join(tmp, 'b'), files({ x: 'file\n', 'x/y': 'nested\n' })],
    ]);
    expect(() => writeFoldersAtomically(failing)).toThrow();
    expect(read('a/keep.txt')).toBe('a\n');
    expect(existsSync(join(tmp, 'a/new.txt'))).toBe(false);
    expect(read('b/keep.txt')).toBe('b\n');
    expect(readdirSync(tmp).sort()).toEqual(['a', 'b']);
  });

  it('writes a commit marker before the first swap and removes it after the last', () => {
    const targets = [join(tmp, 'gen'), join(tmp, 'pub')];
    const seen: boolean[] = [];
    writeFoldersAtomically(new Map([[targets[0]!, files({ a: '1' })], [targets[1]!, files({ b: '2' })]]), {
      beforeCommit: () => seen.push(existsSync(journalPath(targets))),
      afterSwap: () => seen.push(existsSync(journalPath(targets))),
    });
    expect(seen).toEqual([false, true, true]);
    expect(existsSync(journalPath(targets))).toBe(false);
  });

  it('recovers a write interrupted after the marker by completing every swap, and one before it by discarding the staged folders', () => {
    const targets = [join(tmp, 'gen'), join(tmp, 'pub')];
    const write = (v: string, stop: 'beforeCommit' | 'afterSwap') => {
      try {
        writeFoldersAtomically(new Map([[targets[0]!, files({ v })], [targets[1]!, files({ v })]]), { [stop]: () => { throw new Error('killed'); } });
      } catch { /* the kill */ }
    };
    writeFoldersAtomically(new Map([[targets[0]!, files({ v: 'old' })], [targets[1]!, files({ v: 'old' })]]));
    write('new', 'afterSwap');
    expect([read('gen/v'), read('pub/v')]).toEqual(['new', 'old']);
    expect(recoverInterrupted(targets)).toBe('completed');
    expect([read('gen/v'), read('pub/v')]).toEqual(['new', 'new']);
    write('newer', 'beforeCommit');
    expect(recoverInterrupted(targets)).toBe('discarded');
    expect([read('gen/v'), read('pub/v')]).toEqual(['new', 'new']);
    expect(readdirSync(tmp).sort()).toEqual(['gen', 'pub']);
    expect(recoverInterrupted(targets)).toBe('clean');
  });
});
