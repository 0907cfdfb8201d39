/**
 * Saving a reviewed draft into the data folder: all its files or none.
 *
 * Refused, with nothing written, while the data build finds any problem in the data folder
 * with the draft in it, and when the report exists already unless the save says so and gives
 * the reason (the reason of a correction is published: docs/data-format.md).
 *
 * Atomic as the data build's own output is (src/lib/data/write.ts): every file is first written
 * into a staging folder inside the data folder (same file system, so a rename moves it), then a
 * commit marker listing the moves is written, then each file is renamed over its target and the
 * marker removed. A save killed before the marker leaves the data folder as it was; one killed
 * after it is finished by the next review (`recoverSave`). write.ts swaps whole folders, which
 * cannot be done to a data folder that is a git work tree, hence the file-by-file moves here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkFiles, draftFiles, putFiles, type CheckResult } from './check.ts';
import type { ReviewDraft, ReviewSource } from './draft.ts';

const STAGING = '.review-staging';
const MARKER = '.review-commit.json';

export interface SaveRequest {
  /** Replace a report that is already in the data folder */
  overwrite?: boolean;
  /** Why (the commit message; required to overwrite) */
  reason?: string;
}

export type SaveResult =
  | { status: 'refused'; code: 'problems' | 'exists' | 'reason'; problems: string[]; warnings: string[] }
  | { status: 'saved'; written: string[]; warnings: string[]; git: { committed: boolean; message: string }; build: { ok: boolean; output: string } };

/** Finishes (marker present) or undoes (no marker) a save that was killed half-way. */
export function recoverSave(dataDir: string): 'completed' | 'discarded' | 'clean' {
  const marker = join(dataDir, MARKER);
  const staging = join(dataDir, STAGING);
  if (existsSync(marker)) {
    const moves = JSON.parse(readFileSync(marker, 'utf8')) as string[];
    for (const rel of moves) if (existsSync(join(staging, rel))) { mkdirSync(dirname(join(dataDir, rel)), { recursive: true }); renameSync(join(staging, rel), join(dataDir, rel)); }
    rmSync(marker, { force: true });
    rmSync(staging, { recursive: true, force: true });
    return 'completed';
  }
  rmSync(`${marker}.new`, { force: true });
  if (!existsSync(staging)) return 'clean';
  rmSync(staging, { recursive: true, force: true });
  return 'discarded';
}

/** Hooks where tests stop a save to see what is left: after staging, after the marker. */
export interface SaveHooks { afterStage?: () => void; afterMarker?: () => void }

/** Writes `files` into `dataDir`: staged, marked, moved (see the file's comment). */
function writeFilesAtomically(dataDir: string, files: ReadonlyMap<string, string | Uint8Array>, hooks: SaveHooks = {}): void {
  recoverSave(dataDir);
  const staging = join(dataDir, STAGING);
  try {
    putFiles(staging, files);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  hooks.afterStage?.();
  const marker = join(dataDir, MARKER);
  writeFileSync(`${marker}.new`, JSON.stringify([...files.keys()]));
  renameSync(`${marker}.new`, marker);
  hooks.afterMarker?.();
  recoverSave(dataDir);
}

function insideGit(dir: string): boolean {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--is-inside-work-tree'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Commits exactly the files written, with the reason as the message (docs: the corrections
 * record reads it). Outside git, says the change must be committed with its reason.
 */
function commit(dataDir: string, paths: string[], message: string): { committed: boolean; message: string } {
  if (!insideGit(dataDir)) return { committed: false, message: `The data folder is not in a git work tree: commit ${paths.join(', ')} with the message “${message.split('\n')[0]}”.` };
  execFileSync('git', ['-C', dataDir, 'add', '--', ...paths], { stdio: 'ignore' });
  execFileSync('git', ['-C', dataDir, 'commit', '-q', '-m', message, '--', ...paths], { stdio: 'ignore' });
  return { committed: true, message: `Committed ${paths.length} files: ${message.split('\n')[0]}` };
}

/** `npm run build:data` on the data folder (DATA_DIR as given), its output as printed. */
function runDataBuild(root: string, dataDir: string, external: boolean): { ok: boolean; output: string } {
  const env = { ...process.env, ...(external ? { DATA_DIR: dataDir } : {}) };
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build-data.ts')], { cwd: root, env, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

export interface SaveContext { dataDir: string; labelRoot: string; root: string; external: boolean; hooks?: SaveHooks; build?: boolean }

/** Checks, then writes, commits and builds; or refuses and writes nothing. */
export function saveDraft(draft: ReviewDraft, source: ReviewSource, req: SaveRequest, ctx: SaveContext): SaveResult {
  const exists = existsSync(join(ctx.dataDir, 'reports', `${draft.id}.json`));
  const reason = req.reason?.trim() ?? '';
  if (exists && !req.overwrite) {
    return { status: 'refused', code: 'exists', problems: [`reports/${draft.id}.json is already in the data folder: saving replaces it. Say so, and give the reason for the change (it is published with the correction).`], warnings: [] };
  }
  if (exists && reason === '') return { status: 'refused', code: 'reason', problems: ['A change to a published report needs its reason (it is published with the correction).'], warnings: [] };
  let files;
  let checked: CheckResult;
  try {
    files = draftFiles(draft, source, ctx.dataDir);
    checked = checkFiles(ctx.dataDir, files, ctx.labelRoot);
  } catch (e) {
    checked = { problems: [e instanceof Error ? e.message : String(e)], warnings: [] };
  }
  if (!files || checked.problems.length > 0) return { status: 'refused', code: 'problems', problems: checked.problems, warnings: checked.warnings };
  writeFilesAtomically(ctx.dataDir, files, ctx.hooks);
  const paths = [...files.keys()];
  const pdf = source.pdf ? `\n\nSource-PDF: ${source.pdf.file} sha256 ${source.pdf.sha256}` : '';
  const message = `${exists ? reason : `Add report ${draft.id}${reason ? `\n\n${reason}` : ''}`}${pdf}`;
  const git = commit(ctx.dataDir, paths, message);
  const build = ctx.build === false ? { ok: true, output: '' } : runDataBuild(ctx.root, ctx.dataDir, ctx.external);
  return { status: 'saved', written: paths, warnings: checked.warnings, git, build };
}
