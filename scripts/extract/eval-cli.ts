/**
 * npm run extract:eval [-- <folder>]
 *
 * Without a folder: the headline fields of the made-up fixtures (test/extract/eval) and of the
 * five real reports (their expected answers read from the curated data in data/), then the
 * complete drafts of the real reports part by part against their curated records.
 * With a folder: the headline fields of every `<case>.txt` there that has a
 * `<case>.expected.json` (a held-out set of texts the rules were not written against).
 *
 * Figures are reported, not asserted: the exit code is 0 unless a folder or an expected file is
 * broken (test/extract/ asserts them).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataError, decodeText, parseJson } from '../../src/lib/data/parse.ts';
import { extractReport, toJson } from './extract.ts';
import { formatReport, pct, table, type CaseResult } from './evaluate.ts';
import { expectedSchema } from './schema.ts';
import { seedCases, seedCompleteness } from './seeds.ts';

const label = (p: string) => relative(process.cwd(), p) || p;

/** The cases of a folder: `<case>.txt` beside `<case>.expected.json`. */
function folderCases(dir: string): CaseResult[] {
  if (!existsSync(dir)) throw new DataError(label(dir), null, null, 'folder not found');
  const results: CaseResult[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/u, '');
    const expectedPath = join(dir, `${name}.expected.json`);
    if (!existsSync(expectedPath)) {
      process.stderr.write(`warning: ${label(join(dir, file))}: no ${name}.expected.json; not evaluated\n`);
      continue;
    }
    const expected = parseJson(label(expectedPath), readFileSync(expectedPath, 'utf8'), expectedSchema).value;
    // Warnings (a GBK file, a byte-order mark) are what some cases are about: not repeated here.
    const x = extractReport(decodeText(label(join(dir, file)), readFileSync(join(dir, file)), []));
    results.push({ case: name, expected, got: toJson(x), layout: x.layout });
  }
  if (results.length === 0) throw new DataError(label(dir), null, null, 'no <case>.txt with a <case>.expected.json');
  return results;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
try {
  if (args.length > 1) {
    process.stderr.write('usage: npm run extract:eval [-- <folder>]\n');
    process.exit(2);
  }
  if (args[0]) {
    process.stdout.write(`Headline fields: ${label(resolve(args[0]))}\n\n${formatReport(folderCases(resolve(args[0])))}`);
  } else {
    const root = process.cwd();
    const fixtures = folderCases(join(root, 'test/extract/eval'));
    const seeds = seedCases(join(root, 'data'), root);
    process.stdout.write(`Headline fields: made-up fixtures (test/extract/eval; written alongside the rules)\n\n${formatReport(fixtures)}\n`);
    process.stdout.write(`Headline fields: the five real reports (data/sources, answers from the curated records)\n\n${formatReport(seeds.map((s) => s.result))}\n`);
    const parts = seedCompleteness(seeds);
    const names = [...new Set(parts.flatMap((p) => p.scores.map((s) => s.part)))];
    const sum = (part: string | null) => {
      const ss = parts.flatMap((p) => p.scores).filter((s) => part === null || s.part === part);
      return { values: ss.reduce((a, s) => a + s.values, 0), reproduced: ss.reduce((a, s) => a + s.reproduced, 0) };
    };
    const rows = [...names, null].map((n) => {
      const t = sum(n);
      return [n ?? 'all parts', ...parts.map((p) => { const s = p.scores.find((x) => x.part === n); return n === null ? `${p.scores.reduce((a, x) => a + x.reproduced, 0)}/${p.scores.reduce((a, x) => a + x.values, 0)}` : s ? `${s.reproduced}/${s.values}` : '—'; }), `${t.reproduced}/${t.values}`, pct(t.reproduced, t.values)];
    });
    const unsupported = parts.flatMap((p) => p.unsupported.map((u) => `  ${p.id}: ${u}`));
    process.stdout.write([
      'Complete drafts: values of the curated records (data/reports) the drafts reproduce, per part',
      '',
      ...table(['part', ...parts.map((p) => p.id.replace(/-\d{4}-(?:department|project)$/u, '')), 'all', 'share'], rows, true),
      '',
      unsupported.length === 0 ? 'Every drafted value is found in its quote and every quote in its text.' : `Drafted values not found in the text (${unsupported.length}):`,
      ...unsupported,
      '',
      'Values the drafts do not reproduce:',
      ...parts.flatMap((p) => p.scores.flatMap((s) => s.missing.map((m) => `  ${p.id}  ${s.part}  ${m}`))),
      '',
    ].join('\n'));
  }
} catch (e) {
  if (e instanceof DataError) {
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
