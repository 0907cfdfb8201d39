/**
 * Turns loaded, validated inputs into the published records: normalises printed values,
 * locates every quote in its source (a quote not found is an error), derives met / not met.
 */
import { DataError, Problems, type Warning } from './parse.ts';
import { negate, percentOf, type Decimal } from './numbers.ts';
import { normaliseGrade, type Grade } from './grade.ts';
import { parseQuantity, type Quantity } from './quantity.ts';
import { cleanText, compact } from './text.ts';
import { EXECUTION_RATE_BOUNDS, FIGURE_KEYS, FIGURE_KINDS, figureNumber, type Figure, type FigureKey } from './schema.ts';
import { QuoteNumbers, numberTokens } from './tokens.ts';
import type { LoadedReport } from './load.ts';
import type { BudgetLine, Indicator, Outcome, ProvenanceRow, Report, Task, TracedText, TracedValue } from './model.ts';
import { runChecks } from './checks.ts';
import { countIndicators } from './status.ts';
import type { SourceText } from './provenance.ts';
import { Glossary } from './glossary.ts';
import { UNTRANSLATED, needsTranslation, translationProblem } from './translation.ts';

export interface DerivedReport {
  report: Report;
  indicators: Indicator[];
  budgetLines: BudgetLine[];
  outcomes: Outcome[];
  provenance: ProvenanceRow[];
}

const short = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 60)}…` : quote);

/**
 * Line of a quote in the source. A quote not found, or found more than once without a `line`
 * saying which, is a problem named where the quote was written; null then.
 */
function lineOfQuote(
  text: SourceText, quote: string, at: { file: string; line: number | null; field: string }, sourceFile: string, problems: Problems,
  declared?: number,
): number | null {
  const all = text.locateAll(quote);
  if (all.length === 0) {
    problems.add(at.file, at.line, at.field, `quote "${short(quote)}" not found in ${sourceFile}`);
    return null;
  }
  const lines = all.map((l) => l.line);
  if (declared !== undefined) {
    if (lines.includes(declared)) return declared;
    problems.add(at.file, at.line, at.field, `quote "${short(quote)}" does not start on line ${declared} of ${sourceFile} (it starts on line ${lines.join(', ')})`);
    return null;
  }
  if (all.length > 1) {
    problems.add(at.file, at.line, at.field, `quote "${short(quote)}" occurs ${all.length} times in ${sourceFile} (lines ${lines.join(', ')}): quote more of it${at.field.startsWith('column') ? '' : ', or give its "line"'}`);
    return null;
  }
  return lines[0]!;
}

function figureValue(key: FigureKey, f: Figure): Decimal {
  const kind = FIGURE_KINDS[key];
  if (kind === 'grade') throw new Error('a grade is not a number');
  const d = figureNumber(kind, f.printed);
  return f.negative ? negate(d) : d;
}

function quantity(text: string | null, at: { file: string; line: number | null; field: string }, problems: Problems): Quantity | null {
  if (text === null) return null;
  return problems.attempt(() => {
    try {
      return parseQuantity(text);
    } catch (e) {
      throw new DataError(at.file, at.line, at.field, e instanceof Error ? e.message : String(e));
    }
  }, null);
}

/**
 * Words a budget line's quote must hold for each column: the quote of an initial budget says
 * 年初, that of an adjustment 调增/调减 … A value at the very end of its quote is a table cell,
 * whose label is in the table's header, and needs none.
 */
const BUDGET_LINE_WORDS = {
  initial_wan: ['年初'],
  adjustment_wan: ['调增', '调减', '调整', '追加', '压减', '减少', '增加'],
  final_wan: ['调整后', '全年预算', '年度预算', '预算数', '全部调减', '全额调减'],
  spent_wan: ['支出', '执行数', '使用'],
  funds_wan: ['资金', '经费'],
  execution_rate_pct: ['执行率', '完成预算', '支出率'],
  adjustment_rate_pct: ['调整率'],
  score: ['得分', '评分'],
} as const;
/** A 0 the report states in words: a budget cut in full (全部调减), nothing spent (无法支出). */
const ZERO_WORDS: Partial<Record<keyof typeof BUDGET_LINE_WORDS, readonly string[]>> = {
  final_wan: ['全部调减', '全额调减', '全部收回'],
  spent_wan: ['无法支出', '未支出', '未发生支出', '没有支出', '零支出'],
};
const saysAny = (quote: string, words: readonly string[] | undefined) => words !== undefined && words.some((w) => compact(quote).includes(w));
const LINE_UNITS: Record<keyof typeof BUDGET_LINE_WORDS, string | null> = {
  initial_wan: '万元', adjustment_wan: '万元', final_wan: '万元', spent_wan: '万元', funds_wan: '万元',
  execution_rate_pct: '%', adjustment_rate_pct: '%', score: '分',
};

/**
 * Whether a result meets a target. A target printed without a comparator is read as a
 * minimum (performance targets are floors unless they say 以内/以下/控制在).
 * null when the two cannot be compared (no numbers, different units). A unit damaged by OCR
 * (`≥5 ↑` against `7 个`) does not stop the comparison: the numbers are legible, and the
 * row's own other unit (or none) is all the text says.
 */
export function computeMet(target: Quantity | null, actual: Quantity | null): boolean | null {
  if (!target || !actual) return null;
  const bothLegible = target.unitLegible && actual.unitLegible;
  if (bothLegible && (target.unit ?? '') !== (actual.unit ?? '') && target.unit !== null && actual.unit !== null) return null;
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

/** An English text as pages show it: one line, single spaces. */
const cleanEnglish = (en: string) => en.replace(/\s+/gu, ' ').trim();

export function deriveReport(r: LoadedReport, warnings: Warning[], glossary = new Glossary([])): DerivedReport {
  const problems = new Problems();
  const { source, record, text } = r;
  const { record: recordLabel, source: srcLabel, indicators: indLabel, budgetLines: blLabel } = r.labels;
  /**
   * The English of a text: the curated one (it must be English and keep the original's numbers),
   * else the glossary's for a text that is a recurring term, else the text itself when it has
   * no Chinese to translate ("100%"), else null: not translated yet.
   */
  const english = (zh: string | null, en: string | null | undefined, at: { file: string; line: number | null; field: string }): string | null => {
    const given = en?.trim() ? en : null;
    if (zh === null || zh.trim() === '') {
      if (given !== null) problems.add(at.file, at.line, at.field, 'an English text without its original: the Chinese beside it is empty');
      return null;
    }
    const term = glossary.lookup(zh);
    const fallback = term?.en ?? (needsTranslation(zh) ? null : zh);
    if (given === null) return fallback;
    if (given.startsWith(UNTRANSLATED)) {
      warnings.push({ ...at, message: `"${UNTRANSLATED} …" is a draft's placeholder, not a translation: write the English or leave it out (the page shows the Chinese)` });
      return fallback;
    }
    const wrong = translationProblem(zh, given);
    if (wrong) {
      problems.add(at.file, at.line, at.field, wrong);
      return null;
    }
    if (term && cleanEnglish(given) !== term.en) warnings.push({ ...at, message: `"${cleanEnglish(given)}" is not the glossary's English for ${term.zh}, "${term.en}" (data/glossary.csv): use it, or change the glossary` });
    return cleanEnglish(given);
  };
  const inRecordEn = (path: (string | number)[]) => ({ file: recordLabel, line: record.lineOf(path), field: path.join('.') });
  const inCsv = (file: string, line: number, col: string) => ({ file, line, field: `column "${col}"` });
  const provenance: ProvenanceRow[] = [];
  const trace = (field: string, value: string, quote: string, line: number) =>
    provenance.push({ report_id: source.id, field, value, quote, source_file: source.file, line });
  const inRecord = (path: (string | number)[]) => ({ file: recordLabel, line: record.lineOf(path), field: path.join('.') });
  const locate = (quote: string, path: (string | number)[], declared?: number) => lineOfQuote(text, quote, inRecord(path), srcLabel, problems, declared);
  const warnAbove = (value: Decimal, bound: number | undefined, file: string, line: number | null, field: string) => {
    if (bound !== undefined && Number(value) > bound) warnings.push({ file, line, field, message: `${value}% is above ${bound}%: a rate this high is rare; check it against the source` });
  };

  const titleLine = text.locate(source.title)?.line ?? 1;
  trace('title', source.title, source.title, titleLine);

  // Figures
  const figures: Report['figures'] = {};
  let grade: TracedValue<Grade> | null = null;
  for (const key of FIGURE_KEYS) {
    const f = record.value.figures[key];
    if (!f) continue;
    const line = locate(f.quote, ['figures', key, 'quote'], f.line);
    if (line === null) continue;
    if (key === 'grade') {
      grade = { value: normaliseGrade(f.printed)!, printed: f.printed, quote: f.quote, line, note: f.note ?? null, note_en: english(f.note ?? null, f.note_en, inRecordEn(['figures', key, 'note_en'])) };
      trace(key, grade.value, f.quote, line);
    } else {
      const value = figureValue(key, f);
      figures[key] = { value, printed: f.printed, quote: f.quote, line, note: f.note ?? null, note_en: english(f.note ?? null, f.note_en, inRecordEn(['figures', key, 'note_en'])) };
      trace(key, value, f.quote, line);
      if (FIGURE_KINDS[key] === 'rate') warnAbove(value, EXECUTION_RATE_BOUNDS.warnAbove, recordLabel, record.lineOf(['figures', key, 'printed']), `figures.${key}.printed`);
    }
  }

  // Budget lines (read before the tasks: a task line gives its task the funds)
  const budgetLines: BudgetLine[] = [];
  r.budgetLines.forEach(({ line: rowLine, value: row }, i) => {
    const at = (col: string) => ({ file: blLabel, line: rowLine, field: `column "${col}"` });
    const line = lineOfQuote(text, row.quote, at('quote'), srcLabel, problems);
    const amounts = ['initial_wan', 'adjustment_wan', 'final_wan', 'spent_wan', 'funds_wan', 'execution_rate_pct', 'adjustment_rate_pct', 'score'] as const;
    if (row.kind === 'project' && row.funds_wan !== null) problems.add(blLabel, rowLine, 'column "funds_wan"', 'funds_wan is for task lines (kind task); a project line states its budget and spending');
    const numbers = new QuoteNumbers(row.quote);
    for (const col of amounts) {
      const v = row[col];
      if (v === null) continue;
      const zeroInWords = /^0(?:\.0+)?$/u.test(v) && saysAny(row.quote, ZERO_WORDS[col]);
      const wrong = zeroInWords ? null : numbers.take(v, LINE_UNITS[col]);
      if (wrong) problems.add(blLabel, rowLine, `column "${col}"`, wrong);
      else if (!zeroInWords && !endsWithValue(row.quote, v) && !saysAny(row.quote, BUDGET_LINE_WORDS[col])) {
        problems.add(blLabel, rowLine, `column "${col}"`, `the quote does not say what ${v} is: the quote of ${col} must say ${BUDGET_LINE_WORDS[col].join(' or ')}`);
      } else if (line !== null) trace(`budget_lines[${i}].${col}`, v, row.quote, line);
    }
    if (row.execution_rate_pct !== null) warnAbove(row.execution_rate_pct, EXECUTION_RATE_BOUNDS.warnAbove, blLabel, rowLine, 'column "execution_rate_pct"');
    if (line === null) return;
    const name = cleanText(row.name);
    budgetLines.push({ report_id: source.id, name, name_en: english(name, row.name_en, inCsv(blLabel, rowLine, 'name_en')), kind: row.kind, ...Object.fromEntries(amounts.map((c) => [c, row[c]])), quote: row.quote, line } as BudgetLine);
  });
  const taskLines = new Map(budgetLines.filter((b) => b.kind === 'task' && b.funds_wan !== null).map((b) => [compact(b.name), b]));

  const tasks: Task[] = [];
  record.value.tasks.forEach((t, i) => {
    const line = locate(t.quote, ['tasks', i, 'quote'], t.line);
    let funds: TracedValue | null = null;
    const fromLine = taskLines.get(compact(cleanText(t.name)));
    if (t.funds && fromLine) {
      problems.add(recordLabel, record.lineOf(['tasks', i, 'funds']), `tasks.${i}.funds`, `the funds of "${t.name}" are also a task line of ${blLabel} (source line ${fromLine.line}): state them once, in the budget lines`);
    } else if (t.funds) {
      const fl = locate(t.funds.quote, ['tasks', i, 'funds', 'quote'], t.funds.line);
      if (fl !== null) {
        funds = {
          value: figureNumber('amount', t.funds.printed), printed: t.funds.printed, quote: t.funds.quote, line: fl,
          note: t.funds.note ?? null, note_en: english(t.funds.note ?? null, t.funds.note_en, inRecordEn(['tasks', i, 'funds', 'note_en'])),
        };
        trace(`tasks[${i}].funds_wan`, funds.value, t.funds.quote, fl);
      }
    } else if (fromLine) {
      funds = { value: fromLine.funds_wan!, printed: fromLine.funds_wan!, quote: fromLine.quote, line: fromLine.line, note: null, note_en: null };
    }
    const name = cleanText(t.name);
    const goal = t.goal && cleanText(t.goal);
    const outcome = t.outcome && cleanText(t.outcome);
    const en = (zh: string | null, given: string | undefined, key: string) => english(zh, given, inRecordEn(['tasks', i, key]));
    if (line !== null) {
      tasks.push({ name, name_en: en(name, t.name_en, 'name_en'), funds, goal, goal_en: en(goal, t.goal_en, 'goal_en'), outcome, outcome_en: en(outcome, t.outcome_en, 'outcome_en'), quote: t.quote, line });
    }
  });

  const texts = (kind: 'duties' | 'problems' | 'measures' | 'restructuring'): TracedText[] =>
    record.value[kind].flatMap((item, i) => {
      const line = locate(item.quote, [kind, i, 'quote'], item.line);
      if (line === null) return [];
      const zh = cleanText(item.text);
      trace(`${kind}[${i}]`, zh, item.quote, line);
      return [{ text: zh, text_en: english(zh, item.text_en, inRecordEn([kind, i, 'text_en'])), quote: item.quote, line }];
    });
  const duties = texts('duties');
  const problemsListed = texts('problems');
  const measures = texts('measures');
  const restructuring = texts('restructuring');

  /**
   * Target and result of an indicator or outcome: each text found in the source, each
   * quantity part of its text, each value standing in the quote that holds it.
   */
  const targetAndResult = (
    row: { target_text: string | null; actual_text: string | null; target_quantity: string | null; actual_quantity: string | null; quote: string; target_quote: string | null },
    at: (part: string) => { file: string; line: number | null; field: string },
  ) => {
    for (const col of ['target_text', 'actual_text'] as const) {
      const v = row[col];
      if (v !== null && !text.contains(v)) problems.add(at(col).file, at(col).line, at(col).field, `"${v}" not found in ${srcLabel}`);
    }
    let ok = true;
    const partOf = (part: 'target_quantity' | 'actual_quantity', whole: 'target_text' | 'actual_text'): boolean => {
      const p = row[part];
      const w = row[whole];
      if (p === null || (w !== null && compact(w).includes(compact(p)))) return true;
      problems.add(at(part).file, at(part).line, at(part).field, `"${p}" is not part of ${whole} "${w ?? ''}"`);
      ok = false;
      return false;
    };
    // A quantity that is not part of its text is reported once, not again as a number missing from the quote.
    const target = partOf('target_quantity', 'target_text') ? quantity(row.target_quantity, at('target_quantity'), problems) : null;
    const actual = partOf('actual_quantity', 'actual_text') ? quantity(row.actual_quantity, at('actual_quantity'), problems) : null;
    // Target and result each take a number of their own from the quote that holds them.
    const resultNumbers = new QuoteNumbers(row.quote);
    const stands = (q: Quantity | null, quote: string, part: string) => {
      if (!q) return;
      const wrong = (quote === row.quote ? resultNumbers : new QuoteNumbers(quote)).take(q.value, q.unit);
      if (wrong) {
        problems.add(at(part).file, at(part).line, at(part).field, wrong);
        ok = false;
      }
    };
    // The result first: a quote is the result's, and a target sharing it needs a number of its own.
    stands(actual, row.quote, 'actual_quantity');
    stands(target, row.target_quote ?? row.quote, row.target_quote !== null ? 'target_quote' : 'target_quantity');
    return { target, actual, ok };
  };

  // Indicators
  const indicators: Indicator[] = [];
  r.indicators.forEach(({ line: rowLine, value: row }, i) => {
    const at = (col: string) => ({ file: indLabel, line: rowLine, field: `column "${col}"` });
    if (!text.contains(row.name)) problems.add(indLabel, rowLine, 'column "name"', `"${row.name}" not found in ${srcLabel}`);
    const { target, actual } = targetAndResult(row, at);
    const line = lineOfQuote(text, row.quote, at('quote'), srcLabel, problems);
    const targetLine = row.target_quote !== null ? lineOfQuote(text, row.target_quote, at('target_quote'), srcLabel, problems) : null;
    const scoreNumbers = new QuoteNumbers(row.quote);
    for (const col of ['weight', 'score'] as const) {
      const v = row[col];
      const wrong = v !== null ? scoreNumbers.take(v, null) : null;
      if (wrong) problems.add(indLabel, rowLine, `column "${col}"`, wrong);
    }
    if (line === null || (row.target_quote !== null && targetLine === null)) return;
    // A result that repeats its target word for word (控制在预算内 → 控制在预算内) meets it.
    const sameWords = row.target_text !== null && row.actual_text !== null && target === null && compact(row.target_text) === compact(row.actual_text);
    const computed = sameWords ? true : computeMet(target, actual);
    if (row.stated_met !== null && computed !== null && row.stated_met !== computed) {
      warnings.push({ file: indLabel, line: rowLine, field: row.name, message: `the report says ${row.stated_met ? 'met' : 'not met'}, but ${row.actual_quantity} against ${row.target_quantity} is ${computed ? 'met' : 'not met'}` });
    }
    const met = row.stated_met ?? computed;
    const cleaned = {
      task: row.task && cleanText(row.task),
      level1: row.level1 && cleanText(row.level1),
      level2: row.level2 && cleanText(row.level2),
      name: cleanText(row.name),
      target_text: row.target_text && cleanText(row.target_text),
      actual_text: row.actual_text && cleanText(row.actual_text),
      reason: row.reason && cleanText(row.reason),
      note: row.note,
    };
    const en = (col: keyof typeof cleaned) => english(cleaned[col], row[`${col}_en`], inCsv(indLabel, rowLine, `${col}_en`));
    const unit = target?.unit ?? null;
    const ind: Indicator = {
      report_id: source.id,
      index: i + 1,
      task: cleaned.task,
      task_en: en('task'),
      level1: cleaned.level1,
      level1_en: en('level1'),
      level2: cleaned.level2,
      level2_en: en('level2'),
      name: cleaned.name,
      name_en: en('name'),
      target_text: cleaned.target_text,
      target_text_en: en('target_text'),
      actual_text: cleaned.actual_text,
      actual_text_en: en('actual_text'),
      target_value: target?.value ?? null,
      actual_value: actual?.value ?? null,
      unit: target?.unit ?? null,
      actual_unit: actual?.unit ?? null,
      unit_legible: (target?.unitLegible ?? true) && (actual?.unitLegible ?? true),
      unit_en: english(unit, null, inCsv(indLabel, rowLine, 'target_quantity')),
      comparator: target ? (target.comparator ?? '>=') : null,
      met,
      met_basis: row.stated_met !== null ? 'stated' : computed !== null ? 'computed' : null,
      reason: cleaned.reason,
      reason_en: en('reason'),
      weight: row.weight,
      score: row.score,
      legible: row.legible,
      note: cleaned.note,
      note_en: en('note'),
      quote: row.quote,
      line,
      target_quote: row.target_quote,
      target_line: targetLine,
    };
    if (ind.target_value !== null) trace(`indicators[${i}].target_value`, ind.target_value, row.target_quote ?? row.quote, targetLine ?? line);
    if (ind.actual_value !== null) trace(`indicators[${i}].actual_value`, ind.actual_value, row.quote, line);
    if (ind.weight !== null) trace(`indicators[${i}].weight`, ind.weight, row.quote, line);
    if (ind.score !== null) trace(`indicators[${i}].score`, ind.score, row.quote, line);
    indicators.push(ind);
  });

  // Outcomes stated in prose
  const outcomes: Outcome[] = [];
  record.value.outcomes.forEach((o, i) => {
    const at = (part: string) => inRecord(['outcomes', i, part]);
    const linked = o.indicator === undefined ? null : indicators.find((ind) => compact(ind.name) === compact(cleanText(o.indicator!)));
    if (o.indicator !== undefined && !linked) problems.add(at('indicator').file, at('indicator').line, at('indicator').field, `no indicator named "${o.indicator}" in ${indLabel}`);
    const { target, actual } = targetAndResult({ ...o, target_quote: o.target_quote ?? null }, at);
    const line = locate(o.quote, ['outcomes', i, 'quote'], o.line);
    const targetLine = o.target_quote !== undefined ? locate(o.target_quote, ['outcomes', i, 'target_quote'], o.target_line) : line;
    if (line === null || targetLine === null) return;
    const hasTarget = o.target_text !== null;
    const name = cleanText(o.name);
    const targetText = o.target_text && cleanText(o.target_text);
    const actualText = o.actual_text && cleanText(o.actual_text);
    const unit = target?.unit ?? actual?.unit ?? null;
    const out: Outcome = {
      report_id: source.id,
      index: i + 1,
      name,
      name_en: english(name, o.name_en, inRecordEn(['outcomes', i, 'name_en'])),
      target_text: targetText,
      target_text_en: english(targetText, o.target_text_en, inRecordEn(['outcomes', i, 'target_text_en'])),
      actual_text: actualText,
      actual_text_en: english(actualText, o.actual_text_en, inRecordEn(['outcomes', i, 'actual_text_en'])),
      target_value: target?.value ?? null,
      actual_value: actual?.value ?? null,
      unit,
      unit_en: english(unit, null, inRecordEn(['outcomes', i, 'target_quantity'])),
      quote: o.quote,
      line,
      target_quote: hasTarget ? (o.target_quote ?? o.quote) : null,
      target_line: hasTarget ? targetLine : null,
      indicator_index: linked?.index ?? null,
      note: o.note ?? null,
      note_en: english(o.note ?? null, o.note_en, inRecordEn(['outcomes', i, 'note_en'])),
    };
    if (out.target_value !== null) trace(`outcomes[${i}].target_value`, out.target_value, out.target_quote!, out.target_line!);
    if (out.actual_value !== null) trace(`outcomes[${i}].actual_value`, out.actual_value, o.quote, line);
    outcomes.push(out);
  });

  // The report's own texts in English (before the check, so a wrong translation is reported with the rest).
  const projectNameEn = english(record.value.project_name, record.value.project_name_en, inRecordEn(['project_name_en']));
  const titleEn = english(cleanText(source.title), source.title_en, { file: r.labels.sources, line: r.sourceLine, field: 'column "title_en"' });
  const notesEn = record.value.notes.map((n, i) => (typeof n === 'string' ? english(n, null, inRecordEn(['notes', i])) : english(n.text, n.text_en, inRecordEn(['notes', i, 'text_en']))));

  problems.check();

  const counts = countIndicators(indicators);
  const spent = figures.spent_wan?.value;
  const final = figures.budget_final_wan?.value;
  const report: Report = {
    id: source.id,
    department_id: source.department_id,
    fiscal_year: source.fiscal_year,
    title_year: source.title_year,
    kind: source.kind,
    project_name: record.value.project_name,
    project_name_en: projectNameEn,
    title: cleanText(source.title),
    title_en: titleEn,
    title_line: titleLine,
    filed_on: source.filed_on,
    source_file: source.file,
    source_sha256: source.sha256,
    original_url: source.original_url,
    retrieved_on: source.retrieved_on,
    figures,
    grade,
    execution_rate_computed_pct: spent && final ? percentOf(spent, final) : null,
    // Rows of a scoring table (分值/得分) are not target-against-result indicators.
    indicator_count: counts.listed,
    indicators_met: counts.met,
    indicators_not_met: counts.not_met,
    indicators_not_assessed: counts.not_assessed,
    tasks,
    duties,
    problems: problemsListed,
    measures,
    restructuring,
    notes: record.value.notes.map((n) => (typeof n === 'string' ? n : n.text)),
    notes_en: notesEn,
    checks: [],
  };
  report.checks = runChecks(report, indicators, budgetLines, outcomes);
  // A disagreement is the report's own: the warning points at the source line.
  for (const c of report.checks) {
    if (!c.ok) warnings.push({ file: srcLabel, line: c.line, field: c.field, message: c.sides === 'table-text' ? `${c.label_en}: indicator table ${c.stated_en}, text ${c.computed_en}` : `${c.label_en}: stated ${c.stated_en}, computed ${c.computed_en}` });
  }
  return { report, indicators, budgetLines, outcomes, provenance };
}

/** Whether `value` is the last number of the quote, with nothing after it: a table cell. */
function endsWithValue(quote: string, value: string): boolean {
  const last = numberTokens(quote).at(-1);
  return last !== undefined && last.value === value.replace(/^-/u, '') && last.after === '';
}
