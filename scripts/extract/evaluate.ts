/**
 * Scoring the extractor against expected answers: per-field accuracy and every miss.
 *
 * A miss is either `missed` (null where the text states a value: the reviewer fills it in) or
 * `wrong` (a value that is not the expected one, including a value where the text states none:
 * the outcome that must not happen).
 */
import Big from 'big.js';
import { HEADLINE_FIELDS, type ExtractionJson, type Expected, type HeadlineField } from './schema.ts';

export interface Miss {
  case: string;
  field: HeadlineField;
  expected: string | number | null;
  got: string | number | null;
  kind: 'missed' | 'wrong';
}

export interface CaseResult {
  case: string;
  expected: Expected;
  got: ExtractionJson;
}

function equal(a: string | number | null, b: string | number | null): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' && typeof b === 'number') return new Big(a).eq(b);
  return a === b;
}

/** The fields of one case that differ from the expected answer. */
export function missesOf(r: CaseResult): Miss[] {
  const out: Miss[] = [];
  for (const field of HEADLINE_FIELDS) {
    const expected = r.expected[field];
    const got = r.got[field];
    if (equal(expected, got)) continue;
    out.push({ case: r.case, field, expected, got, kind: got === null ? 'missed' : 'wrong' });
  }
  return out;
}

export interface FieldScore {
  field: HeadlineField | 'all fields';
  correct: number;
  missed: number;
  wrong: number;
  total: number;
}

export function scores(results: readonly CaseResult[]): FieldScore[] {
  const misses = results.flatMap(missesOf);
  const score = (field: FieldScore['field'], ms: Miss[], total: number): FieldScore => ({
    field,
    correct: total - ms.length,
    missed: ms.filter((m) => m.kind === 'missed').length,
    wrong: ms.filter((m) => m.kind === 'wrong').length,
    total,
  });
  return [
    ...HEADLINE_FIELDS.map((f) => score(f, misses.filter((m) => m.field === f), results.length)),
    score('all fields', misses, results.length * HEADLINE_FIELDS.length),
  ];
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const show = (v: string | number | null) => (v === null ? 'null' : typeof v === 'string' ? JSON.stringify(v) : String(v));

/** The report `extract:eval` prints: the accuracy table, then every miss. */
export function formatReport(results: readonly CaseResult[]): string {
  const rows = scores(results);
  const head = ['field', 'correct', 'missed (null)', 'wrong', 'accuracy'];
  const body = rows.map((s) => [s.field, `${s.correct}/${s.total}`, String(s.missed), String(s.wrong), pct(s.correct, s.total)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const misses = results.flatMap(missesOf);
  return [
    `${results.length} cases, ${HEADLINE_FIELDS.length} fields each`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.slice(0, -1).map(line),
    line(widths.map((w) => '-'.repeat(w))),
    line(body.at(-1)!),
    '',
    misses.length === 0 ? 'No misses.' : `Misses (${misses.length}):`,
    ...misses.map((m) => `  ${m.kind.padEnd(6)}  ${m.field.padEnd(18)}  expected ${show(m.expected)}  got ${show(m.got)}  case ${m.case}`),
    '',
  ].join('\n');
}
