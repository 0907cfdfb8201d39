/** Builds the site once for all browser tests, into test/output/e2e/site. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildEnv } from './harness.ts';

export const SITE_DIR = 'test/output/e2e/site';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD) return;
  rmSync(SITE_DIR, { recursive: true, force: true });
  execFileSync('npm', ['run', 'build', '--', '--outDir', SITE_DIR], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv({ BASE_PATH: '/' }) });
}
