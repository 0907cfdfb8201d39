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
import { ISSUE_SCOPE, type PartScore } from './completeness.ts';
import { seedCases, seedCompleteness, type SeedCompleteness } from './seeds.ts';

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

/**
 * The complete drafts of the real reports against their curated records: (a) the values the
 * text states, per part and report; (b) the issue's scope (headline figures, indicator rows,
 * budget lines, problems, measures); (c) the curated English apart, which the text does not state.
 */
function completeDrafts(parts: readonly SeedCompleteness[]): string {
  const names = [...new Set(parts.flatMap((p) => p.scores.map((s) => s.part)))];
  const of = (ss: readonly PartScore[]) => ({
    values: ss.reduce((a, s) => a + s.values, 0), reproduced: ss.reduce((a, s) => a + s.reproduced, 0),
    translations: ss.reduce((a, s) => a + s.translations, 0), translated: ss.reduce((a, s) => a + s.translated, 0), untranslated: ss.reduce((a, s) => a + s.untranslated, 0),
  });
  const scoresOf = (inPart: (part: string) => boolean, p?: SeedCompleteness) => (p ? [p] : parts).flatMap((x) => x.scores).filter((s) => inPart(s.part));
  type Sum = ReturnType<typeof of>;
  const rowsOf = (count: (t: Sum) => number, cell: (t: Sum) => string, total: (t: Sum) => string[], totals: readonly (readonly [string, (part: string) => boolean])[]) =>
    [...names.filter((n) => count(of(scoresOf((x) => x === n))) > 0).map((n) => [n, (x: string) => x === n] as const), ...totals].map(([n, inPart]) => {
      const t = of(scoresOf(inPart));
      return [n, ...parts.map((p) => { const s = of(scoresOf(inPart, p)); return count(s) === 0 ? '—' : cell(s); }), cell(t), ...total(t)];
    });
  const all = ['all parts', () => true] as const;
  const scope = ['issue scope', (x: string) => ISSUE_SCOPE.includes(x)] as const;
  const head = ['part', ...parts.map((p) => p.id.replace(/-\d{4}-(?:department|project)$/u, ''))];
  const stated = rowsOf((t) => t.values, (t) => `${t.reproduced}/${t.values}`, (t) => [pct(t.reproduced, t.values)], [all, scope]);
  const english = rowsOf((t) => t.translations, (t) => `${t.translated}/${t.translations}`, (t) => [pct(t.translated, t.translations), String(t.untranslated)], [all]);
  const a = of(scoresOf(() => true));
  const b = of(scoresOf((x) => ISSUE_SCOPE.includes(x)));
  const unsupported = parts.flatMap((p) => p.unsupported.map((u) => `  ${p.id}: ${u}`));
  return [
    'Complete drafts: the curated records (data/reports) against the drafts of their texts',
    '',
    `(a) values the text states (every field but the translations, *_en): ${a.reproduced}/${a.values} = ${pct(a.reproduced, a.values)} reproduced`,
    `(b) the issue's scope (${ISSUE_SCOPE.join(', ')}): ${b.reproduced}/${b.values} = ${pct(b.reproduced, b.values)} reproduced`,
    `(c) translations apart: ${a.translated}/${a.translations} = ${pct(a.translated, a.translations)} of the curated English proposed equal (from the glossary); ${a.untranslated} marked UNTRANSLATED by the draft`,
    '',
    'Values the text states, reproduced per part',
    '',
    ...table([...head, 'all', 'share'], stated, 2),
    '',
    'Translations (*_en, a glossary term\'s English where the record relies on the glossary), proposed equal per part',
    '',
    ...table([...head, 'all', 'share', 'UNTRANSLATED'], english, true),
    '',
    unsupported.length === 0 ? 'Every drafted value is found in its quote and every quote in its text.' : `Drafted values not found in the text (${unsupported.length}):`,
    ...unsupported,
    '',
    'Values the text states that the drafts do not reproduce:',
    ...parts.flatMap((p) => p.scores.flatMap((s) => s.missing.map((m) => `  ${p.id}  ${s.part}  ${m}`))),
    '',
  ].join('\n');
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
    process.stdout.write(completeDrafts(seedCompleteness(seeds)));
  }
} catch (e) {
  if (e instanceof DataError) {
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
