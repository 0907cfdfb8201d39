/**
 * Scoring the extractor's headline fields against expected answers.
 *
 * For every field an answer states (expected not null): `found` (the same value), `missed`
 * (null: the reviewer fills it in) or `wrong` (another value). For every field an answer says
 * is not stated (expected null): a value there is `invented`, the outcome that must not happen.
 * Fields an older answer leaves out (the optional ones of `expectedSchema`) are not scored.
 */
import Big from 'big.js';
import { simplified } from './fold.ts';
import { HEADLINE_FIELDS, type ExtractionJson, type Expected, type HeadlineField } from './schema.ts';

export interface Miss {
  case: string;
  field: HeadlineField;
  expected: string | number | null;
  got: string | number | null;
  kind: 'missed' | 'wrong' | 'invented';
}

export interface CaseResult {
  case: string;
  expected: Expected;
  got: ExtractionJson;
  /** The layout kind the extractor saw (extract.ts `layoutKind`) */
  layout: string;
}

/**
 * Numbers numerically; names and words with whitespace aside (`2020 年市级…` is `2020年市级…`),
 * the way the data build matches quotes: a space a PDF or a web page put inside a name is not
 * part of it. A grade is a category, not a quote: `優` printed in a traditional copy is the grade `优`
 * (names stay as printed, in their script).
 */
function equal(field: HeadlineField, a: string | number | null, b: string | number | null): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' && typeof b === 'number') return new Big(a).eq(b);
  const form = (s: string) => (field === 'grade' ? simplified(s) : s).replace(/\s+/gu, '');
  return typeof a === 'string' && typeof b === 'string' ? form(a) === form(b) : a === b;
}

/** The fields an answer scores: every headline field it has (older answers lack the optional ones). */
function scoredFields(e: Expected): HeadlineField[] {
  return HEADLINE_FIELDS.filter((f) => e[f] !== undefined);
}

/** The fields of one case that differ from the expected answer. */
export function missesOf(r: CaseResult): Miss[] {
  const out: Miss[] = [];
  for (const field of scoredFields(r.expected)) {
    const expected = r.expected[field] ?? null;
    const got = r.got[field];
    if (equal(field, expected, got)) continue;
    out.push({ case: r.case, field, expected, got, kind: expected === null ? 'invented' : got === null ? 'missed' : 'wrong' });
  }
  return out;
}

export interface FieldScore {
  field: HeadlineField | 'all fields';
  /** Values the answers state */
  stated: number;
  found: number;
  missed: number;
  wrong: number;
  /** Values where the answers state none */
  invented: number;
  /** Fields scored (stated or not) */
  total: number;
}

/**
 * The headline values issue 13 names (department, fiscal year, kind, budgets, spending, execution
 * rate, score, grade): every field but the project's name and the supervising department, which
 * the extractor drafts and `all fields` scores too.
 */
const ISSUE_FIELDS: readonly HeadlineField[] = HEADLINE_FIELDS.filter((f) => f !== 'project_name' && f !== 'supervising_department');

/** Per-field scores, and the sum over the fields, of a set of cases. */
function scores(results: readonly CaseResult[], fields: readonly HeadlineField[] = HEADLINE_FIELDS): FieldScore[] {
  const score = (field: FieldScore['field'], rs: readonly { r: CaseResult; f: HeadlineField }[]): FieldScore => {
    const s: FieldScore = { field, stated: 0, found: 0, missed: 0, wrong: 0, invented: 0, total: rs.length };
    for (const { r, f } of rs) {
      const expected = r.expected[f] ?? null;
      const got = r.got[f];
      if (expected === null) { if (got !== null) s.invented++; continue; }
      s.stated++;
      if (equal(f, expected, got)) s.found++;
      else if (got === null) s.missed++;
      else s.wrong++;
    }
    return s;
  };
  const pairs = results.flatMap((r) => scoredFields(r.expected).filter((f) => fields.includes(f)).map((f) => ({ r, f })));
  return [...fields.map((f) => score(f, pairs.filter((p) => p.f === f))).filter((s) => s.total > 0), score('all fields', pairs)];
}

export const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const show = (v: string | number | null) => (v === null ? 'null' : typeof v === 'string' ? JSON.stringify(v) : String(v));

/** A table with a header, right-aligned numbers and a rule before its last `total` rows (`true`: one). */
export function table(head: readonly string[], body: readonly (readonly string[])[], total: boolean | number = false): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = line(widths.map((w) => '-'.repeat(w)));
  const totals = total === true ? 1 : total === false ? 0 : total;
  return [line(head), rule, ...body.slice(0, body.length - totals).map(line), ...(totals > 0 ? [rule, ...body.slice(-totals).map(line)] : [])];
}

/** The headline figures `extract:eval` prints for a set of cases: per field, per layout kind, every miss. */
export function formatReport(results: readonly CaseResult[]): string {
  const rows = scores(results);
  const all = rows.at(-1)!;
  const issue = scores(results, ISSUE_FIELDS).at(-1)!;
  const fieldTable = table(
    ['field', 'stated', 'found', 'missed (null)', 'wrong', 'invented', 'recall'],
    rows.map((s) => [s.field, String(s.stated), String(s.found), String(s.missed), String(s.wrong), String(s.invented), pct(s.found, s.stated)]),
    true,
  );
  const layouts = [...new Set(results.map((r) => r.layout))].sort();
  const layoutTable = table(
    ['layout kind (as the extractor saw it)', 'cases', 'stated', 'found', 'wrong', 'invented', 'recall'],
    layouts.map((l) => {
      const s = scores(results.filter((r) => r.layout === l)).at(-1)!;
      return [l, String(results.filter((r) => r.layout === l).length), String(s.stated), String(s.found), String(s.wrong), String(s.invented), pct(s.found, s.stated)];
    }),
  );
  const misses = results.flatMap(missesOf);
  return [
    `${results.length} cases: headline recall ${all.found}/${all.stated} = ${pct(all.found, all.stated)} of the values the texts state; ${all.wrong} wrong, ${all.invented} invented`,
    `the issue's headline values (all fields but project_name and supervising_department): ${issue.found}/${issue.stated} = ${pct(issue.found, issue.stated)}; ${issue.wrong} wrong, ${issue.invented} invented`,
    '',
    ...fieldTable,
    '',
    ...layoutTable,
    '',
    misses.length === 0 ? 'No misses.' : `Misses (${misses.length}):`,
    ...misses.map((m) => `  ${m.kind.padEnd(8)}  ${m.field.padEnd(22)}  expected ${show(m.expected)}  got ${show(m.got)}  case ${m.case}`),
    '',
  ].join('\n');
}
