/**
 * The unit suite's one data build: data/ is built once per run, before any test, into a work
 * folder of this run (test/output/unit-data-<pid>/), and test/setup.ts points every test file
 * at it. No test reads the checkout's src/generated/, so a build running beside the suite
 * (another suite, `npm run dev`, a second run) cannot change what a test reads halfway.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, dataEnv, outputDir } from './workspace.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The work folder holding this run's build of data/ (generated/ and public/) */
    dataWorkDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const work = outputDir('unit-data');
  rmSync(work, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-data.ts'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...dataEnv(work) },
  });
  if (r.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`the data build for the tests failed:\n${r.stderr}`);
  }
  project.provide('dataWorkDir', work);
  return () => rmSync(work, { recursive: true, force: true });
}
