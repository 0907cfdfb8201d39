/**
 * npm run extract:eval -- <folder>
 *
 * Runs the extractor on every `<case>.txt` of the folder that has a `<case>.expected.json`, and
 * prints per-field accuracy and every miss (field, expected, got, case). Accuracy is reported,
 * not asserted: the exit code is 0 unless the folder or an expected file is broken
 * (test/extract/ asserts the evaluation set).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataError, decodeText, parseJson } from '../../src/lib/data/parse.ts';
import { extractReport, toJson } from './extract.ts';
import { formatReport, type CaseResult } from './evaluate.ts';
import { expectedSchema } from './schema.ts';

const folder = process.argv.slice(2).find((a) => a !== '--');
if (!folder) {
  process.stderr.write('usage: npm run extract:eval -- <folder>\n');
  process.exit(2);
}
const dir = resolve(folder);
const label = (p: string) => relative(process.cwd(), p) || p;

try {
  if (!existsSync(dir)) throw new DataError(label(dir), null, null, 'folder not found');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const results: CaseResult[] = [];
  for (const file of texts) {
    const name = file.replace(/\.txt$/u, '');
    const expectedPath = join(dir, `${name}.expected.json`);
    if (!existsSync(expectedPath)) {
      process.stderr.write(`warning: ${label(join(dir, file))}: no ${name}.expected.json; not evaluated\n`);
      continue;
    }
    const expected = parseJson(label(expectedPath), readFileSync(expectedPath, 'utf8'), expectedSchema).value;
    // Warnings (a GBK file, a byte-order mark) are what some cases are about: not repeated here.
    const text = decodeText(label(join(dir, file)), readFileSync(join(dir, file)), []);
    results.push({ case: name, expected, got: toJson(extractReport(text)) });
  }
  if (results.length === 0) throw new DataError(label(dir), null, null, 'no <case>.txt with a <case>.expected.json');
  process.stdout.write(formatReport(results));
} catch (e) {
  if (e instanceof DataError) {
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
