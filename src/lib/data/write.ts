/**
 * Atomic output: every file is written into a fresh temporary folder beside the target, and
 * only when all of them are written do the folders replace the previous outputs. A failed
 * build leaves the previous output as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type FileMap = Map<string, string | Uint8Array>;

export function writeFoldersAtomically(outputs: ReadonlyMap<string, FileMap>): void {
  const staged: [tmp: string, target: string][] = [];
  try {
    for (const [target, files] of outputs) {
      const tmp = join(dirname(target), `.build-tmp-${target.split('/').pop()}`);
      rmSync(tmp, { recursive: true, force: true });
      // Staged before writing, so a write that fails half-way is cleaned up too.
      staged.push([tmp, target]);
      for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const path = join(tmp, rel);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
      mkdirSync(tmp, { recursive: true });
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
