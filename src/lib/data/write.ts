/**
 * Atomic output: every file is written into a fresh temporary folder beside the target, and
 * only when all of them are written do the folders replace the previous outputs, together (a
 * commit marker lets the next build finish a swap a kill interrupted). A failed build leaves
 * the previous output as it was.
 *
 * Files may be given lazily (an iterable of entries) and a file's content as an iterable of
 * string chunks, so a large corpus is streamed to disk instead of held in memory at once.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

/** A swap to carry out: the staged folder, the output it replaces, where the previous one goes. */
interface Swap { tmp: string; target: string; old: string }

/**
 * The commit marker of one set of outputs: written (atomically, by rename) once every folder
 * is staged, removed once every folder is in place. Its name depends on the outputs, so two
 * builds with other outputs never share one.
 */
export function journalPath(targets: readonly string[]): string {
  const hash = createHash('sha256').update(targets.join('\n')).digest('hex').slice(0, 8);
  return join(dirname(targets[0] ?? '.'), `.build-journal-${hash}.tmp`);
}

function stagedPaths(target: string): Swap {
  const tmp = join(dirname(target), `.build-tmp-${basename(target)}`);
  return { tmp, target, old: `${tmp}-old` };
}

/** Puts staged folders in place. Safe to repeat after a kill at any point. */
function swapAll(swaps: readonly Swap[], afterSwap?: (target: string) => void): void {
  for (const { tmp, target, old } of swaps) {
    if (!existsSync(tmp)) continue; // already in place
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) {
      rmSync(old, { recursive: true, force: true });
      renameSync(target, old);
    }
    renameSync(tmp, target);
    afterSwap?.(target);
  }
  for (const { old } of swaps) rmSync(old, { recursive: true, force: true });
}

/**
 * Finishes or undoes what a build killed half-way left behind. With a commit marker, every
 * folder had been staged: the swaps are completed, so the outputs are all new. Without one,
 * nothing had been swapped: the staged folders are removed, so the outputs are all previous.
 */
export function recoverInterrupted(targets: readonly string[]): 'completed' | 'discarded' | 'clean' {
  const journal = journalPath(targets);
  const swaps = targets.map(stagedPaths);
  if (existsSync(journal)) {
    const recorded = JSON.parse(readFileSync(journal, 'utf8')) as Swap[];
    swapAll(recorded);
    rmSync(journal, { force: true });
    return 'completed';
  }
  rmSync(`${journal}.new`, { force: true });
  const left = swaps.filter((s) => existsSync(s.tmp) || existsSync(s.old));
  for (const { tmp, target, old } of left) {
    rmSync(tmp, { recursive: true, force: true });
    // Without a marker no swap had started, so a previous output moved aside cannot be: kept safe all the same.
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    rmSync(old, { recursive: true, force: true });
  }
  return left.length > 0 ? 'discarded' : 'clean';
}

/**
 * Writes every folder of `outputs` so that they change together or not at all: each is
 * staged beside its target, then a commit marker is written, then the staged folders replace
 * the targets and the marker is removed. A build killed before the marker leaves the previous
 * outputs; one killed after it is completed by the next build (recoverInterrupted). A failed
 * write leaves the previous outputs as they were.
 *
 * The hooks run at the moments a kill would hurt most (tests kill the process there): before the
 * marker, after it, and after each folder is swapped.
 */
export interface WriteHooks { beforeCommit?: () => void; afterCommit?: () => void; afterSwap?: (target: string) => void }

export function writeFoldersAtomically(outputs: ReadonlyMap<string, FileEntries>, hooks: WriteHooks = {}): void {
  const targets = [...outputs.keys()];
  recoverInterrupted(targets);
  const staged: Swap[] = [];
  try {
    for (const [target, files] of outputs) {
      const swap = stagedPaths(target);
      rmSync(swap.tmp, { recursive: true, force: true });
      // Staged before writing, so a write that fails half-way is cleaned up too.
      staged.push(swap);
      mkdirSync(swap.tmp, { recursive: true });
      const made = new Set<string>([swap.tmp]);
      const entries = files instanceof Map ? [...files].sort(([a], [b]) => (a < b ? -1 : 1)) : files;
      for (const [rel, content] of entries) {
        const path = join(swap.tmp, rel);
        const dir = dirname(path);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeContent(path, content);
      }
    }
  } catch (e) {
    for (const { tmp } of staged) rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  hooks.beforeCommit?.();
  const journal = journalPath(targets);
  writeFileSync(`${journal}.new`, JSON.stringify(staged));
  renameSync(`${journal}.new`, journal);
  hooks.afterCommit?.();
  swapAll(staged, hooks.afterSwap);
  rmSync(journal, { force: true });
}
