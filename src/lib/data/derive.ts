/**
 * Turns loaded, validated inputs into the published records: normalises printed values,
 * locates every quote in its source (a quote not found is an error), derives met / not met.
 */
import { DataError, type Warning } from './parse.ts';
import { negate, parseDecimal, percentOf, type Decimal } from './numbers.ts';
import { normaliseGrade, type Grade } from './grade.ts';
import { parseQuantity, type Quantity } from './quantity.ts';
import { cleanText, compact, toHalfWidth } from './text.ts';
import { FIGURE_KEYS, FIGURE_KINDS, figureNumber, type Figure, type FigureKey } from './schema.ts';
import type { LoadedReport } from './load.ts';
import type { BudgetLine, Indicator, ProvenanceRow, Report, Task, TracedText, TracedValue } from './model.ts';
import { runChecks } from './checks.ts';
import type { SourceText } from './provenance.ts';

export interface DerivedReport {
  report: Report;
  indicators: Indicator[];
  budgetLines: BudgetLine[];
  provenance: ProvenanceRow[];
}

/** Line of a quote in the source, or a DataError naming where the quote was written. */
function lineOfQuote(text: SourceText, quote: string, file: string, line: number | null, field: string, sourceFile: string): number {
  const at = text.locate(quote);
  if (!at) throw new DataError(file, line, field, `quote "${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}" not found in ${sourceFile}`);
  return at.line;
}

function figureValue(key: FigureKey, f: Figure): Decimal {
  const kind = FIGURE_KINDS[key];
  if (kind === 'grade') throw new Error('a grade is not a number');
  const d = figureNumber(kind, f.printed);
  return f.negative ? negate(d) : d;
}

function quantity(text: string | null, file: string, line: number, column: string): Quantity | null {
  if (text === null) return null;
  try {
    return parseQuantity(text);
  } catch (e) {
    throw new DataError(file, line, `column "${column}"`, e instanceof Error ? e.message : String(e));
  }
}

/**
 * Whether a result meets a target. A target printed without a comparator is read as a
 * minimum (performance targets are floors unless they say 以内/以下/控制在).
 * null when the two cannot be compared (no numbers, different units).
 */
export function computeMet(target: Quantity | null, actual: Quantity | null): boolean | null {
  if (!target || !actual) return null;
  if ((target.unit ?? '') !== (actual.unit ?? '') && target.unit !== null && actual.unit !== null) return null;
  const t = Number(target.value);
  const a = Number(actual.value);
  switch (target.comparator ?? '>=') {
    case '>=': return actual.comparator === '<' || actual.comparator === '<=' ? null : a >= t;
    case '>': return a > t || (a === t && actual.comparator === '>');
    case '<=': return actual.comparator === '>' || actual.comparator === '>=' ? null : a <= t;
    case '<': return a < t || (a === t && actual.comparator === '<');
    case '=': return actual.comparator === null || actual.comparator === '=' ? a === t : null;
  }
}

export function deriveReport(r: LoadedReport, warnings: Warning[]): DerivedReport {
  const { source, record, text } = r;
  const { record: recordLabel, source: srcLabel, indicators: indLabel, budgetLines: blLabel } = r.labels;
  const provenance: ProvenanceRow[] = [];
  const trace = (field: string, value: string, quote: string, line: number) =>
    provenance.push({ report_id: source.id, field, value, quote, source_file: source.file, line });

  const titleLine = text.locate(source.title)?.line ?? 1;
  trace('title', source.title, source.title, titleLine);

  // Figures
  const figures: Report['figures'] = {};
  let grade: TracedValue<Grade> | null = null;
  for (const key of FIGURE_KEYS) {
    const f = record.value.figures[key];
    if (!f) continue;
    const path = ['figures', key];
    const line = lineOfQuote(text, f.quote, recordLabel, record.lineOf([...path, 'quote']), `${path.join('.')}.quote`, srcLabel);
    if (key === 'grade') {
      grade = { value: normaliseGrade(f.printed)!, printed: f.printed, quote: f.quote, line, note: f.note ?? null };
      trace(key, grade.value, f.quote, line);
    } else {
      const value = figureValue(key, f);
      figures[key] = { value, printed: f.printed, quote: f.quote, line, note: f.note ?? null };
      trace(key, value, f.quote, line);
    }
  }

  const tasks: Task[] = record.value.tasks.map((t, i) => {
    const line = lineOfQuote(text, t.quote, recordLabel, record.lineOf(['tasks', i, 'quote']), `tasks.${i}.quote`, srcLabel);
    let funds: TracedValue | null = null;
    if (t.funds) {
      const fl = lineOfQuote(text, t.funds.quote, recordLabel, record.lineOf(['tasks', i, 'funds', 'quote']), `tasks.${i}.funds.quote`, srcLabel);
      funds = { value: figureNumber('amount', t.funds.printed), printed: t.funds.printed, quote: t.funds.quote, line: fl, note: t.funds.note ?? null };
      trace(`tasks[${i}].funds_wan`, funds.value, t.funds.quote, fl);
    }
    return { name: cleanText(t.name), funds, goal: t.goal && cleanText(t.goal), outcome: t.outcome && cleanText(t.outcome), quote: t.quote, line };
  });

  const texts = (kind: 'duties' | 'problems' | 'measures'): TracedText[] =>
    record.value[kind].map((item, i) => {
      const line = lineOfQuote(text, item.quote, recordLabel, record.lineOf([kind, i, 'quote']), `${kind}.${i}.quote`, srcLabel);
      trace(`${kind}[${i}]`, cleanText(item.text), item.quote, line);
      return { text: cleanText(item.text), quote: item.quote, line };
    });
  const duties = texts('duties');
  const problems = texts('problems');
  const measures = texts('measures');

  // Indicators
  const indicators: Indicator[] = r.indicators.map(({ line: rowLine, value: row }, i) => {
    for (const col of ['name', 'target_text', 'actual_text'] as const) {
      const v = row[col];
      if (v !== null && !text.contains(v)) throw new DataError(indLabel, rowLine, `column "${col}"`, `"${v}" not found in ${srcLabel}`);
    }
    for (const [part, whole] of [['target_quantity', 'target_text'], ['actual_quantity', 'actual_text']] as const) {
      const p = row[part];
      const w = row[whole];
      if (p !== null && (w === null || !w.replace(/\s+/gu, '').includes(p.replace(/\s+/gu, '')))) {
        throw new DataError(indLabel, rowLine, `column "${part}"`, `"${p}" is not part of ${whole} "${w ?? ''}"`);
      }
    }
    const line = lineOfQuote(text, row.quote, indLabel, rowLine, 'column "quote"', srcLabel);
    const target = quantity(row.target_quantity, indLabel, rowLine, 'target_quantity');
    const actual = quantity(row.actual_quantity, indLabel, rowLine, 'actual_quantity');
    // A result that repeats its target word for word (控制在预算内 → 控制在预算内) meets it.
    const sameWords = row.target_text !== null && row.actual_text !== null && target === null && compact(row.target_text) === compact(row.actual_text);
    const computed = sameWords ? true : computeMet(target, actual);
    if (row.stated_met !== null && computed !== null && row.stated_met !== computed) {
      warnings.push({ file: indLabel, line: rowLine, field: row.name, message: `the report says ${row.stated_met ? 'met' : 'not met'}, but ${row.actual_quantity} against ${row.target_quantity} is ${computed ? 'met' : 'not met'}` });
    }
    const met = row.stated_met ?? computed;
    const ind: Indicator = {
      report_id: source.id,
      index: i + 1,
      task: row.task && cleanText(row.task),
      level1: row.level1 && cleanText(row.level1),
      level2: row.level2 && cleanText(row.level2),
      name: cleanText(row.name),
      target_text: row.target_text && cleanText(row.target_text),
      actual_text: row.actual_text && cleanText(row.actual_text),
      target_value: target?.value ?? null,
      actual_value: actual?.value ?? null,
      unit: target?.unit ?? actual?.unit ?? null,
      comparator: target ? (target.comparator ?? '>=') : null,
      met,
      met_basis: row.stated_met !== null ? 'stated' : computed !== null ? 'computed' : null,
      reason: row.reason && cleanText(row.reason),
      weight: row.weight,
      score: row.score,
      legible: row.legible,
      note: row.note,
      quote: row.quote,
      line,
    };
    if (ind.target_value !== null) trace(`indicators[${i}].target_value`, ind.target_value, row.quote, line);
    if (ind.actual_value !== null) trace(`indicators[${i}].actual_value`, ind.actual_value, row.quote, line);
    if (ind.weight !== null) trace(`indicators[${i}].weight`, ind.weight, row.quote, line);
    if (ind.score !== null) trace(`indicators[${i}].score`, ind.score, row.quote, line);
    return ind;
  });

  // Budget lines
  const budgetLines: BudgetLine[] = r.budgetLines.map(({ line: rowLine, value: row }, i) => {
    const line = lineOfQuote(text, row.quote, blLabel, rowLine, 'column "quote"', srcLabel);
    // Values are canonical ("5278.33"); the quote may print thousands separators ("5,278.33").
    const quoteDigits = toHalfWidth(compact(row.quote)).replace(/,(?=\d{3}(?:\D|$))/gu, '');
    const amounts = ['initial_wan', 'adjustment_wan', 'final_wan', 'spent_wan', 'execution_rate_pct', 'adjustment_rate_pct', 'score'] as const;
    for (const col of amounts) {
      const v = row[col];
      if (v === null) continue;
      if (!quoteDigits.includes(v.replace(/^-/u, ''))) throw new DataError(blLabel, rowLine, `column "${col}"`, `${v} does not occur in its quote`);
      trace(`budget_lines[${i}].${col}`, v, row.quote, line);
    }
    return { report_id: source.id, name: cleanText(row.name), ...Object.fromEntries(amounts.map((c) => [c, row[c]])), quote: row.quote, line } as BudgetLine;
  });

  const performance = indicators.filter((i) => i.weight === null);
  const spent = figures.spent_wan?.value;
  const final = figures.budget_final_wan?.value;
  const report: Report = {
    id: source.id,
    department_id: source.department_id,
    fiscal_year: source.fiscal_year,
    title_year: source.title_year,
    kind: source.kind,
    project_name: record.value.project_name,
    title: cleanText(source.title),
    title_line: titleLine,
    filed_on: source.filed_on,
    source_file: source.file,
    source_sha256: source.sha256,
    figures,
    grade,
    execution_rate_computed_pct: spent && final ? percentOf(spent, final) : null,
    // Rows of a scoring table (分值/得分) are not target-against-result indicators.
    indicator_count: performance.length,
    indicators_met: performance.filter((i) => i.met === true).length,
    indicators_not_met: performance.filter((i) => i.met === false).length,
    tasks,
    duties,
    problems,
    measures,
    notes: record.value.notes,
    checks: [],
  };
  report.checks = runChecks(report, indicators, budgetLines);
  // A disagreement is the report's own: the warning points at the source line.
  for (const c of report.checks) {
    if (!c.ok) warnings.push({ file: srcLabel, line: c.line, field: c.field, message: `${c.label_en}: stated ${c.stated}, computed ${c.computed}` });
  }
  return { report, indicators, budgetLines, provenance };
}
