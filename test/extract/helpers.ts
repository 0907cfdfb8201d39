/** Paths and runners shared by the extractor's tests. */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText, parseJson } from '../../src/lib/data/parse.ts';
import { expectedSchema, type Expected } from '../../scripts/extract/schema.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The evaluation set: `<case>.txt` + `<case>.expected.json` */
const EVAL = join(ROOT, 'test/extract/eval');

export interface EvalCase {
  name: string;
  bytes: Buffer;
  text: string;
  expected: Expected;
}

/** Every case of the evaluation set, decoded (GB18030/GBK too) and with its expected answer. */
export function evalCases(): EvalCase[] {
  return readdirSync(EVAL)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/u, '');
      const bytes = readFileSync(join(EVAL, f));
      const expectedFile = `test/extract/eval/${name}.expected.json`;
      return {
        name,
        bytes,
        text: decodeText(f, bytes, []),
        expected: parseJson(expectedFile, readFileSync(join(ROOT, expectedFile), 'utf8'), expectedSchema).value,
      };
    });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script of scripts/ with tsx, from the project root. */
export function runScript(script: string, args: readonly string[]): Run {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
