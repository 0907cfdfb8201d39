/**
 * Builds the site once for all browser tests, into a folder of this run:
 * test/output/e2e-<pid>/site, its data built into test/output/e2e-<pid>/data (DATA_DIR=data/
 * with a work folder of its own), so the run neither reads nor rewrites the checkout's
 * src/generated/ and public/data/, and two runs never share an output. `SITE_DIR` is decided
 * in the main process and reaches the test workers through the environment they inherit.
 *
 * To look at or reuse a build: `E2E_SITE_DIR=<dir>` builds there and keeps it;
 * with `E2E_SKIP_BUILD=1` as well, the tests run against what is already there.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildEnv } from './harness.ts';
import { dataEnv, outputDir } from '../workspace.ts';

const chosen = process.env.E2E_SITE_DIR;
process.env.E2E_SITE_DIR ??= join(outputDir('e2e'), 'site');
export const SITE_DIR: string = process.env.E2E_SITE_DIR;

export default function setup(): (() => void) | undefined {
  if (process.env.E2E_SKIP_BUILD) return undefined;
  rmSync(SITE_DIR, { recursive: true, force: true });
  const work = join(dirname(SITE_DIR), 'data');
  execFileSync('npm', ['run', 'build', '--', '--outDir', SITE_DIR], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv({ BASE_PATH: '/', ...dataEnv(work) }) });
  return chosen ? undefined : () => rmSync(dirname(SITE_DIR), { recursive: true, force: true });
}
