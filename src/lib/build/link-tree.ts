/**
 * Puts a folder tree into another folder as hard links where the file system allows them, else
 * as copies; a file already at a path is left as it is (the build's own page wins over a public
 * file of the same name, as when Vite copied the public folder first). The site build uses it
 * for Astro's public folder: at 15,000 reports the open-data downloads are about 1.4 GB in
 * 30,000 files, which Vite copied byte by byte into every build; a hard link writes no bytes.
 * Node's fs.cpSync has no hard-link mode, hence this walk.
 *
 * A linked file is the same file as its original. That is safe here because build-data never
 * writes into a published folder: it writes a new one beside it and swaps it in
 * (src/lib/data/write.ts), so the built site keeps the files it was built with.
 */
import { constants, copyFileSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LinkCount {
  linked: number;
  copied: number;
  /** files left as they were because the target already had one */
  kept: number;
}

/** Every file under `from` appears at the same path under `to`; symbolic links are followed. */
export function linkTree(from: string, to: string, count: LinkCount = { linked: 0, copied: 0, kept: 0 }): LinkCount {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const kind = entry.isSymbolicLink() ? statSync(source) : entry;
    if (kind.isDirectory()) {
      linkTree(source, target, count);
      continue;
    }
    if (!kind.isFile()) continue;
    // A link to a symbolic link would publish the link, not the file: those are copied.
    count[entry.isSymbolicLink() ? copyNew(source, target) : linkOrCopy(source, target)]++;
  }
  return count;
}

type Outcome = 'linked' | 'copied' | 'kept';

function linkOrCopy(source: string, target: string): Outcome {
  try {
    linkSync(source, target);
    return 'linked';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'kept';
    // Another file system, or one without links: a copy, as Vite made.
    if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') return copyNew(source, target);
    throw e;
  }
}

/** A copy unless the target exists. */
function copyNew(source: string, target: string): Outcome {
  try {
    copyFileSync(source, target, constants.COPYFILE_EXCL);
    return 'copied';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'kept';
    throw e;
  }
}
