/**
 * `npm run review` as a person starts it, for the browser tests: the command run from the
 * project root on a data folder of the test's own (DATA_DIR), resolved once it prints its
 * address. Its output is kept for the assertions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { buildEnv } from './harness.ts';
import { ROOT } from '../workspace.ts';

export interface ReviewRun { child: ChildProcess; origin: string; output: string[] }

export function startReviewCli(input: string, dataDir: string, workDir: string): Promise<ReviewRun> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/review/cli.ts', input], {
    cwd: ROOT, env: buildEnv({ DATA_DIR: dataDir, DATA_WORK_DIR: workDir }), stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr?.on('data', (b: Buffer) => output.push(b.toString()));
  return new Promise<ReviewRun>((resolve, reject) => {
    child.stdout?.on('data', (b: Buffer) => {
      output.push(b.toString());
      const m = /open (http:\/\/127\.0\.0\.1:\d+)\//u.exec(output.join(''));
      if (m) resolve({ child, origin: m[1]!, output });
    });
    child.on('exit', (code) => reject(new Error(`review exited ${code}: ${output.join('')}`)));
  });
}
