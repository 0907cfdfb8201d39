/**
 * Where tests write, so that runs and suites never share an output: every folder a test
 * creates carries the process id of the run that made it (`test/output/<name>-<pid>/`, or a
 * fresh folder under the system's temporary folder), and the data the unit suite reads is
 * built once per run into a folder of its own (test/global-setup.ts), never the checkout's
 * src/generated/.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `test/output/<name>-<pid>` (not created): for outputs a person may want to look at. */
export function outputDir(name: string): string {
  return join(ROOT, 'test/output', `${name}-${process.pid}`);
}

/** A new empty folder `<tmp>/<name>-<pid>-XXXXXX`. */
export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `${name}-${process.pid}-`));
}

/** The environment that points the data layer at a data folder and a work folder of its own (src/lib/data/locations.ts). */
export function dataEnv(workDir: string): { DATA_DIR: string; DATA_WORK_DIR: string } {
  return { DATA_DIR: join(ROOT, 'data'), DATA_WORK_DIR: workDir };
}
