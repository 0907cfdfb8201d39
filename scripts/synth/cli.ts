/**
 * npm run synth -- --departments N --years Y --seed S --out <dir> [--reports R]
 *
 * Writes a synthetic corpus in the project's data layout (docs/benchmark.md): real
 * administrative names and codes, made-up reports whose every quote is in their text, each
 * text's first line saying it is synthetic. Never into data/: synthetic reports are not
 * published. Build a site from it with `DATA_DIR=<dir> npm run build`.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { synthCorpus, writeCorpus } from './index.ts';

const { values } = parseArgs({
  options: {
    departments: { type: 'string' },
    years: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    reports: { type: 'string' },
    out: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`synth: ${message}`);
  process.exit(1);
}
const int = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d+$/u.test(v) || Number(v) < 1) fail(`--${name} must be a positive whole number, got "${v}"`);
  return Number(v);
};

if (!values.out) fail('--out <dir> is required');
const started = performance.now();
const options = { departments: int('departments', values.departments), years: int('years', values.years) ?? 5, seed: Number(values.seed), reports: int('reports', values.reports) };
if (!/^\d+$/u.test(values.seed)) fail(`--seed must be a whole number, got "${values.seed}"`);
try {
  const corpus = synthCorpus(options);
  writeCorpus(values.out, corpus, options);
  console.log(`synth: ${corpus.departments.length} departments, ${corpus.reports.length} reports → ${relative(process.cwd(), values.out) || values.out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
