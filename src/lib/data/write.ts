/**
 * Atomic output: every file is written into a fresh temporary folder beside the target, and
 * only when all of them are written do the folders replace the previous outputs. A failed
 * build leaves the previous output as it was.
 *
 * Files may be given lazily (an iterable of entries) and a file's content as an iterable of
 * string chunks, so a large corpus is streamed to disk instead of held in memory at once.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type FileContent = string | Uint8Array | Iterable<string>;
export type FileMap = Map<string, FileContent>;
/** Files of one output folder: a map (written in path order) or entries produced one by one. */
export type FileEntries = FileMap | Iterable<readonly [string, FileContent]>;

function writeContent(path: string, content: FileContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    writeFileSync(path, content);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const chunk of content) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

export function writeFoldersAtomically(outputs: ReadonlyMap<string, FileEntries>): void {
  const staged: [tmp: string, target: string][] = [];
  try {
    for (const [target, files] of outputs) {
      const tmp = join(dirname(target), `.build-tmp-${target.split('/').pop()}`);
      rmSync(tmp, { recursive: true, force: true });
      // Staged before writing, so a write that fails half-way is cleaned up too.
      staged.push([tmp, target]);
      mkdirSync(tmp, { recursive: true });
      const made = new Set<string>([tmp]);
      const entries = files instanceof Map ? [...files].sort(([a], [b]) => (a < b ? -1 : 1)) : files;
      for (const [rel, content] of entries) {
        const path = join(tmp, rel);
        const dir = dirname(path);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeContent(path, content);
      }
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  for (const [tmp, target] of staged) {
    const old = `${tmp}-old`;
    rmSync(old, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  }
}
