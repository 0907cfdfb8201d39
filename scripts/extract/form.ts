/**
 * The fill-in self-evaluation form (项目支出绩效自评表, 部门整体支出绩效自评表):
 *
 *   项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *   年度资金总额     | 300        | 280        | 266.5      | 10   | 95.18% | 9.5
 *   …
 *   总分             | 100 | 93.5
 *
 * The money row gives the budgets, the spending and the rate (money.ts reads it in every
 * layout); the 总分 row's 得分 (not its 分值, 100) is the self-score.
 */
import Big from 'big.js';
import type { Candidate } from './candidates.ts';
import type { Cell } from './cells.ts';
import { dumpedColumns } from './dumped.ts';
import { quoteOriginal, type Flow } from './flow.ts';
import { linearise, originalSpan, type Linear } from './linear.ts';
import { moneyHeaders, readFundedRow, readMoneyRow } from './money.ts';
import type { Skipped } from './prose.ts';
import type { HeadlineField } from './schema.ts';
import { GRADE_WORDS, readDecimal } from './values.ts';

export interface FormFound {
  candidates: Candidate[];
  skipped: Skipped[];
  /** Doubts per field (an unfilled cell, an alignment the rate could not confirm) */
  doubts: Partial<Record<HeadlineField, string[]>>;
  /** The form has a money header: its row is where the budget, spending and rate are printed */
  hasMoneyRow: boolean;
}

function addDoubt(found: FormFound, field: HeadlineField, doubt: string): void {
  (found.doubts[field] ??= []).push(doubt);
}

/** The fields a money row gives. */
const MONEY_ROW_FIELDS: ReadonlySet<HeadlineField> = new Set(['budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct']);

/** Candidates from the form's money row (money.ts) and 总分 row. */
export function formFigures(flow: Flow, rows: Cell[][]): FormFound {
  const found: FormFound = { candidates: [], skipped: [], doubts: {}, hasMoneyRow: false };
  const stream = rows.flat();
  const lin = linearise(rows, flow.reading);
  const headers = moneyHeaders(lin);
  found.hasMoneyRow = headers.length > 0;
  const headerCells = new Set(headers.flatMap((h) => h.labels.map((l) => lin.cell[l.start]!)));
  for (const header of headers) {
    const row = readMoneyRow(flow, lin, header);
    if (!row) continue;
    // A row of zeros is a form left at its defaults (the figures may stand in a 其中 row): no values.
    const amounts = row.numbers.map((t) => readDecimal(t.replace(/万元$|万$|元$/u, '')));
    const zeros = amounts.filter((d) => d !== null && new Big(d).eq(0)).length;
    // (not a budget with nothing spent of it, `2380.91 0 0` under 全年预算数 全年执行数 执行率: the rate agrees)
    const budgeted = row.values.some((v) => (v.field === 'budget_final_wan' || v.field === 'budget_initial_wan') && v.candidate && !new Big(v.candidate.value).eq(0));
    if (zeros >= 2 && amounts.length - zeros <= 1 && !budgeted) {
      // The year's own funds may be filled in beneath it, the other sources empty: that row is the money.
      const funded = readFundedRow(flow, lin, header);
      for (const v of funded ?? []) if (v.candidate) found.candidates.push(v.candidate);
      for (const v of row.values) if (!funded?.some((f) => f.field === v.field)) addDoubt(found, v.field, `${row.where}预算数、执行数均为 0，像是未填写的表格，未取值`);
      continue;
    }
    for (const v of row.values) {
      if (v.candidate) found.candidates.push(v.candidate);
      if (v.doubt) addDoubt(found, v.field, v.doubt);
    }
  }
  // (a form dumped column by column: its money columns each under its head, when no money row was read)
  if (!found.candidates.some((c) => MONEY_ROW_FIELDS.has(c.field))) {
    const dumped = dumpedColumns(flow);
    found.candidates.push(...dumped);
    if (dumped.length > 0) found.hasMoneyRow = true;
  }
  totalRow(flow, stream, headerCells, found);
  if (!found.candidates.some((c) => c.field === 'self_score')) runTogetherTotal(flow, lin, found);
  return found;
}

const TOTAL_LABEL = /^(?:总分|合计|总计|得分合计|合计得分)$/u;

/**
 * A form flattened to text prints its 总分 row as `总分100100` or `总分10096.5`: the 分值 100,
 * then the 得分 run into it. Read only after a scoring header (分值 … 得分) and when the digits
 * after the 100 are one score of at most 100 that starts with no 0 (so the cut is the only one).
 */
const RUN_TOGETHER_TOTAL = /总分[:¦\n]?100(?<score>100|[1-9]\d?(?:\.\d{1,2})?|0)(?![\d.%])/gu;
/** `总分96.5` under a scoring header with a 得分 column and no 分值 column: the score alone. */
// (not a sentence's full marks, `总分100分,其中投入20分得18分…`)
const SCORE_ONLY_TOTAL = /总分[:¦\n]?(?<alone>100|[1-9]\d?(?:\.\d{1,2})?)(?![\d.%¦\n])(?=[\u4e00-\u9fff])(?!分[,，。;；、])/gu;
function runTogetherTotal(flow: Flow, lin: Linear, found: FormFound): void {
  for (const m of [...lin.text.matchAll(RUN_TOGETHER_TOTAL), ...lin.text.matchAll(SCORE_ONLY_TOTAL)]) {
    const before = lin.text.slice(Math.max(0, m.index - 1500), m.index);
    // The scoring header: 得分 (not the money header's `得分(20分*执行率)`), with a 分值 column for `总分100…`, without one for `总分96`.
    const header = before.search(/得分(?!\(\d+分\*)(?![\s\S]*得分(?!\(\d+分\*))/u);
    const weighted = header >= 0 && /分值|权重|满分/u.test(before.slice(Math.max(0, header - 80), header));
    if (header < 0 || (m.groups!.alone !== undefined) === weighted) continue;
    const score = m.groups!.score ?? m.groups!.alone!;
    const from = m.index + m[0].length - score.length;
    const span = originalSpan(lin, from, m.index + m[0].length, flow.original);
    const where = `自评表“总分”行（第 ${flow.lineAtOffset(lin.origin[m.index]!)} 行）`;
    found.candidates.push({
      field: 'self_score', value: readDecimal(score)!, printed: flow.original.slice(span.start, span.end).replace(/\s+/gu, ''),
      quote: quoteOriginal(flow.source, flow.original, { start: lin.origin[m.index]!, end: span.end }),
      tier: 3, rule: where, doubts: [m.groups!.alone ? `${where}评分表只有“得分”列，总分行的数按得分读` : `${where}分值 100 与得分连在一起（“${m[0].replace(/^总分[:¦\n]?/u, '')}”），按 100 之后的数读得分`],
    });
  }
}

/** A 分值 and a 得分 one space apart, read as one cell (`100 100.00`, `100分 95.5分`): two numbers, not a number in groups. */
const SCORE_PAIR = /^(\d{1,3}(?:\.\d+)?)分? (\d{1,3}(?:\.\d+)?)分?$/u;

/** The 总分 row of the scoring part: its last number is the 得分, its first the 分值 (100). */
function totalRow(flow: Flow, stream: Cell[], budgetCells: ReadonlySet<Cell>, found: FormFound): void {
  for (let i = 0; i < stream.length; i++) {
    const label = stream[i]!;
    if (label.kind !== 'text' || !TOTAL_LABEL.test(label.norm)) continue;
    // The scoring header above: a 得分 column, not the budget header's, with a 分值 column near it.
    let scoreAt = -1;
    for (let k = i - 1; k >= 0; k--) if (stream[k]!.norm === '得分') { scoreAt = k; break; }
    // Without one, only a row of exactly the 分值 100 and a score reads as the total.
    const scoreHeader = scoreAt >= 0 && !budgetCells.has(stream[scoreAt]!);
    const weighted = scoreHeader && stream.slice(Math.max(0, scoreAt - 12), scoreAt).some((c) => /^(?:分值|权重|满分)$/u.test(c.norm));
    // A scoring table with a 得分 column and no 分值 column (the Hubei form): its total row prints the score alone.
    const scoreOnly = scoreHeader && !weighted;
    const scoring = weighted;
    // (a 得分合计 row is a block's subtotal unless it totals the whole, its 分值 100)
    const ownRow = stream.slice(i + 1).filter((c) => (c.line === label.line || label.count === 1) && c.kind === 'number');
    if (/得分/u.test(label.norm) && ownRow[0]?.norm !== '100') continue;
    if (!scoring && !scoreOnly) {
      const row = stream.slice(i + 1).filter((c) => c.line === label.line || label.count === 1).slice(0, 3).filter((c) => c.kind !== 'empty');
      if (label.count < 3 || row.length !== 2 || row[0]!.norm !== '100' || row[1]!.kind !== 'number') continue;
    }
    const values: Cell[] = [];
    let grade: Cell | null = null;
    for (let k = i + 1; k < stream.length; k++) {
      const c = stream[k]!;
      if (label.count > 1 ? c.line !== label.line : c.count > 1) break;
      if (c.kind === 'empty' || c.kind === 'placeholder') continue;
      if (c.kind === 'number' || c.kind === 'instruction') { values.push(c); continue; }
      // (a 分值 and a 得分 with their 分, `100分 95.5分`, read as a text cell)
      if (SCORE_PAIR.test(c.raw)) { values.push({ ...c, kind: 'number' }); continue; }
      if ((GRADE_WORDS as readonly string[]).includes(c.norm)) grade = c;
      break;
    }
    const numbers = values.filter((c) => c.kind === 'number').flatMap((c) => {
      const parts = SCORE_PAIR.exec(c.raw);
      return parts ? [{ ...c, raw: parts[1]!, norm: parts[1]!, end: c.start + parts[1]!.length }, { ...c, raw: parts[2]!, norm: parts[2]! }] : [c];
    });
    const where = `自评表“${label.raw}”行（第 ${label.line} 行）`;
    const unfilled = values.find((c) => c.kind === 'instruction');
    if (unfilled) addDoubt(found, 'self_score', `${where}得分未填写（印有“${unfilled.raw}”）`);
    if (numbers.length === 1 && scoreOnly) {
      const only = numbers[0]!;
      const score = readDecimal(only.norm);
      if (score !== null && new Big(score).lte(100)) {
        found.candidates.push({
          field: 'self_score', value: score, printed: only.raw.replace(/\s+|分$/gu, ''),
          quote: quoteOriginal(flow.source, flow.original, { start: label.start, end: only.end }),
          tier: 3, rule: where, doubts: [`${where}：评分表只有“得分”列、没有“分值”列，总分行的数按得分读`],
        });
      }
    } else if (numbers.length === 1) {
      found.skipped.push({ field: 'self_score', note: `“${numbers[0]!.raw}”（${where}）：只有一个数，是分值还是得分无法判断` });
    } else if (numbers.length >= 2) {
      // (read in the reading form, where an OCR's `1OO` is 100; printed as the original has it)
      const first = readDecimal(numbers[0]!.norm);
      const last = numbers.at(-1)!;
      const score = readDecimal(last.norm);
      if (score !== null && first !== null && new Big(score).lte(first) && new Big(first).lte(100)) {
        found.candidates.push({
          field: 'self_score', value: score, printed: last.raw.replace(/\s+|分$/gu, ''),
          quote: quoteOriginal(flow.source, flow.original, { start: label.start, end: last.end }),
          tier: 3, rule: where, doubts: [],
        });
      } else {
        found.skipped.push({ field: 'self_score', note: `“${last.raw}”（${where}）：大于分值 ${first}` });
      }
    }
    if (grade) {
      found.candidates.push({
        field: 'grade', value: grade.norm, printed: grade.raw.replace(/\s+/gu, ''),
        quote: quoteOriginal(flow.source, flow.original, { start: label.start, end: grade.end }),
        tier: 3, rule: where, doubts: [],
      });
    }
  }
}
