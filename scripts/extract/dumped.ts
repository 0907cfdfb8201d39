/**
 * A form whose table a conversion dumped column by column, one cell a line: first the column of row labels
 * (`年度资金总额` / `其中：当年财政拨款` / `上年结转资金` / `其他资金`), then each money column as its head and its
 * cells under it (`年初预算数` / `200.00` / `200.00` / `0.00` / `0.00`, `全年预算数` / `180.00` / …). The first cell under a
 * head is the total row's. Only when the form's other readers found no money row: a head directly over a number,
 * after the row labels, at least two such columns.
 *
 * Hand-written: it reads the order of a form's own cells, which no table library sees in a text.
 */
import Big from 'big.js';
import type { Candidate } from './candidates.ts';
import { quoteOriginal, type Flow } from './flow.ts';
import type { HeadlineField } from './schema.ts';
import { readDecimal, toWan } from './values.ts';

/** The column of the row labels: the total's, then a source's or a breakdown's. */
const TOTAL_LABEL = /^(?:年度)?(?:财政)?(?:项目)?资金总额$/u;
const PART_LABEL = /^(?:其中[:：]?)?(?:(?:本年|当年|本级)?财政拨款|上年结转(?:资金)?|其他资金|一般公共预算(?:拨款)?|政府性基金(?:拨款)?|财政专户管理资金|单位资金|按(?:收入|支出)性质分[:：]?|基本支出|项目支出)$/u;
/** Any cell of that column, the money's own label over it too (`项目资金（万元）`, `年度预算申请（万元）`). */
export const isRowLabelCell = (cell: string) => /^(?:项目资金|年度预算申请|资金情况)(?:\((?:万元|元)\))?$/u.test(cell) || TOTAL_LABEL.test(cell) || PART_LABEL.test(cell);
/** The money columns' heads, by the field their total cell gives. */
const HEADS: readonly [RegExp, HeadlineField][] = [
  [/^年初预算(?:数|金额)?$/u, 'budget_initial_wan'],
  [/^(?:全年|调整后)预算(?:数|金额)?$/u, 'budget_final_wan'],
  [/^(?:全年)?执行(?:数|金额)$|^实际支出(?:数)?$/u, 'spent_wan'],
  [/^执行率$/u, 'execution_rate_pct'],
];
const AMOUNT = /^-?\d[\d,]*(?:\.\d+)?$/u;
const RATE = /^\d+(?:\.\d+)?%$/u;

type Line = ReturnType<Flow['viewLines']>[number];

/** The money columns' first cells as candidates, or none when the text is no such form. */
export function dumpedColumns(flow: Flow): Candidate[] {
  const lines = flow.viewLines();
  const total = lines.findIndex((l, i) => TOTAL_LABEL.test(l.text) && PART_LABEL.test(lines[i + 1]?.text ?? ''));
  if (total < 0) return [];
  // (the unit from the label over the row labels, `项目资金（万元）`, `年度预算申请（万元）`)
  const above = lines.slice(Math.max(0, total - 3), total).map((l) => l.text).join('');
  const unit = /\(元\)/u.test(above) ? '元' : /\(万元\)/u.test(above) ? '万元' : null;
  if (unit === null) return [];
  const found: { field: HeadlineField; head: Line; cell: Line }[] = [];
  for (let i = total + 1; i < Math.min(lines.length - 1, total + 80); i++) {
    const head = HEADS.find(([re]) => re.test(lines[i]!.text));
    if (!head) continue;
    const cell = lines[i + 1]!;
    const rate = head[1] === 'execution_rate_pct';
    if (!(rate ? RATE : AMOUNT).test(cell.text)) continue;
    if (!found.some((f) => f.field === head[1])) found.push({ field: head[1], head: lines[i]!, cell });
  }
  if (found.filter((f) => f.field !== 'execution_rate_pct').length < 2) return [];
  const where = '自评表“年度资金总额”行（表格按列印出，每列第一格）';
  const out: Candidate[] = [];
  for (const f of found) {
    const raw = readDecimal(f.cell.text.replace(/%$/u, ''));
    if (raw === null) continue;
    const value = f.field === 'execution_rate_pct' || unit === '万元' ? raw : toWan(raw, unit);
    const start = flow.originalRange({ start: f.head.start, end: f.head.start + 1 }).start;
    const end = flow.originalRange({ start: f.cell.start, end: f.cell.start + f.cell.text.length }).end;
    out.push({
      field: f.field, value, printed: flow.printed({ start: f.cell.start, end: f.cell.start + f.cell.text.length }),
      quote: quoteOriginal(flow.source, flow.original, { start, end }), tier: 3, rule: where,
      doubts: [`${where}：表格的各列先后印出，取每列表头下的第一格`],
      ...(f.field !== 'execution_rate_pct' && unit === '元' ? { unit } : {}),
    });
  }
  // (the rate printed agrees with spending over the budget, or there is nothing to check)
  const [budget, spent, rate] = (['budget_final_wan', 'spent_wan', 'execution_rate_pct'] as const).map((k) => out.find((c) => c.field === k));
  if (budget && spent && rate && !new Big(budget.value).eq(0) && new Big(spent.value).div(budget.value).times(100).minus(rate.value).abs().gt(0.6)) return [];
  return out;
}
