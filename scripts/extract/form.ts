/**
 * The fill-in self-evaluation form (项目支出绩效自评表, 部门整体支出绩效自评表):
 *
 *   项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *   年度资金总额     | 300        | 280        | 266.5      | 10   | 95.18% | 9.5
 *   …
 *   总分             | 100 | 93.5
 *
 * The budget row gives the budgets, the spending and the rate; the 总分 row's 得分 (not its
 * 分值, 100) is the self-score. When the row lost its empty cells (a space-separated row, one
 * cell per line), the values are placed in the columns in every order-keeping way that fits
 * their types; the printed rate decides between placements (spent ÷ budget must give it), and a
 * column whose value still depends on the placement is left null.
 */
import Big from 'big.js';
import type { Candidate } from './candidates.ts';
import type { Cell } from './cells.ts';
import { quoteOriginal, type Flow } from './flow.ts';
import type { Skipped } from './prose.ts';
import type { HeadlineField } from './schema.ts';
import { decimals } from '../../src/lib/data/numbers.ts';
import { GRADE_WORDS, readDecimal } from './values.ts';

type Column = 'initial' | 'final' | 'spent' | 'weight' | 'rate' | 'score';

const HEADER: readonly (readonly [RegExp, Column])[] = [
  [/^年初(?:预算|批复)(?:数|金额)?$/u, 'initial'],
  // A single 预算数 column is the budget the rate is computed against.
  [/^(?:(?:全年|调整后|年终)预算(?:数|金额)?|预算数)$/u, 'final'],
  [/^(?:全年|年度|预算|实际)?(?:执行数|执行金额|实际支出(?:数)?|支出数|决算数|支付数)$/u, 'spent'],
  [/^(?:分值|权重)$/u, 'weight'],
  [/^(?:预算)?执行率$/u, 'rate'],
  [/^得分$/u, 'score'],
];
const FIELD_OF: Partial<Record<Column, HeadlineField>> = {
  initial: 'budget_initial_wan',
  final: 'budget_final_wan',
  spent: 'spent_wan',
  rate: 'execution_rate_pct',
};
const ROW_LABEL = /资金总额|预算执行情况|项目资金|^合计$|^总计$|^总额$|年度资金|万元/u;
const VALUE_KINDS = new Set(['number', 'percent', 'placeholder', 'instruction']);

/** A header cell's column; a parenthesis (`（万元）`, `（A）`, `（B/A）`, `（%）`) does not count. */
function columnOf(cell: Cell): Column | null {
  const name = cell.norm.replace(/\([^()]*\)/gu, '');
  for (const [re, col] of HEADER) if (re.test(name)) return col;
  return null;
}

interface Header { columns: Column[]; cells: Cell[]; end: number }

/** The budget header: consecutive cells naming budget columns, with a spending and a budget column. */
function findHeader(stream: Cell[]): Header | null {
  for (let i = 0; i < stream.length; i++) {
    if (!columnOf(stream[i]!)) continue;
    const columns: Column[] = [];
    const cells: Cell[] = [];
    let j = i;
    for (; j < stream.length; j++) {
      const c = stream[j]!;
      if (c.kind === 'empty') continue;
      const col = columnOf(c);
      if (!col || columns.includes(col)) break;
      columns.push(col);
      cells.push(c);
    }
    if (columns.includes('spent') && (columns.includes('final') || columns.includes('initial')) && columns.length >= 3) return { columns, cells, end: j };
  }
  return null;
}

interface Slot { cell: Cell | null }

/** The value cells of the row after the header: in the label's row, or one per line. */
function dataRow(stream: Cell[], from: number): { label: Cell | null; slots: Cell[] } | null {
  let i = from;
  let label: Cell | null = null;
  let open = 0;
  for (let labels = 0; i < stream.length && labels < 3; i++) {
    const c = stream[i]!;
    if (c.kind === 'empty') continue;
    // A note on the header split over cells: `(20 分*执行率)`.
    const depth = open + (c.norm.match(/\(/gu)?.length ?? 0) - (c.norm.match(/\)/gu)?.length ?? 0);
    if (open > 0 || (c.norm.startsWith('(') && depth > 0)) { open = Math.max(depth, 0); continue; }
    if (c.kind === 'text' && ROW_LABEL.test(c.norm)) { label = c; labels++; continue; }
    break;
  }
  const first = stream[i];
  if (!first || !VALUE_KINDS.has(first.kind)) return null;
  if (label && label.explicit && label.count > 1 && label.line === first.line) {
    // Printed separators: every cell after the label counts, an empty one too.
    const row: Cell[] = [];
    for (let k = stream.indexOf(label) + 1; k < stream.length && stream[k]!.line === label.line; k++) {
      if (stream[k]!.kind === 'text') break;
      row.push(stream[k]!);
    }
    return { label, slots: row };
  }
  if (first.count > 1) {
    // A row: its cells from the first value on, stopping at a text cell (the next label).
    const row: Cell[] = [];
    for (let k = i; k < stream.length && stream[k]!.line === first.line; k++) {
      if (stream[k]!.kind === 'text') break;
      row.push(stream[k]!);
    }
    return { label, slots: row };
  }
  const slots: Cell[] = [];
  for (let k = i; k < stream.length && stream[k]!.count === 1 && VALUE_KINDS.has(stream[k]!.kind); k++) slots.push(stream[k]!);
  return { label, slots };
}

/** Every order-keeping placement of `k` values into `n` columns. */
function* placements(k: number, n: number, from = 0): Generator<number[]> {
  if (k === 0) { yield []; return; }
  for (let p = from; p <= n - k; p++) for (const rest of placements(k - 1, n, p + 1)) yield [p, ...rest];
}

type Assignment = Map<Column, Cell>;

/** Whether a placement fits the columns' types; and whether the printed rate confirms it. */
function check(assignment: Assignment, anyPercent: boolean): { fits: boolean; verified: boolean } {
  for (const [col, cell] of assignment) {
    if (cell.kind === 'percent' && col !== 'rate') return { fits: false, verified: false };
    if (col === 'rate' && cell.kind === 'number' && anyPercent) return { fits: false, verified: false };
  }
  const num = (col: Column) => {
    const c = assignment.get(col);
    return c && (c.kind === 'number' || c.kind === 'percent') ? readDecimal(c.raw) : null;
  };
  const weight = num('weight');
  const score = num('score');
  if (weight !== null && new Big(weight).gt(100)) return { fits: false, verified: false };
  if (score !== null && (new Big(score).gt(100) || (weight !== null && new Big(score).gt(weight)))) return { fits: false, verified: false };
  const rate = num('rate');
  const final = num('final');
  const spent = num('spent');
  if (rate !== null && final !== null && spent !== null && !new Big(final).eq(0)) {
    const computed = new Big(spent).times(100).div(final);
    // Printed rates are rounded or truncated to their last decimal.
    const tolerance = new Big(10).pow(-decimals(rate));
    return { fits: true, verified: computed.minus(rate).abs().lte(tolerance) };
  }
  return { fits: true, verified: false };
}

export interface FormFound {
  candidates: Candidate[];
  skipped: Skipped[];
  /** Doubts per field (an unfilled cell, an alignment the rate could not confirm) */
  doubts: Partial<Record<HeadlineField, string[]>>;
}

function addDoubt(found: FormFound, field: HeadlineField, doubt: string): void {
  (found.doubts[field] ??= []).push(doubt);
}

/** Candidates from the form's budget row and 总分 row. */
export function formFigures(flow: Flow, rows: Cell[][]): FormFound {
  const found: FormFound = { candidates: [], skipped: [], doubts: {} };
  const stream = rows.flat();
  const header = findHeader(stream);
  if (header) budgetRow(flow, stream, header, found);
  totalRow(flow, stream, header, found);
  return found;
}

function budgetRow(flow: Flow, stream: Cell[], header: Header, found: FormFound): void {
  const row = dataRow(stream, header.end);
  if (!row) return;
  const n = header.columns.length;
  let slots: Slot[] = row.slots.map((cell) => ({ cell: cell.kind === 'empty' ? null : cell }));
  const label = row.label;
  let assignments: Assignment[] = [];
  let how: string;
  const headerRow = header.cells[0]!;
  const dataFirst = row.slots[0];
  const sameGrid = headerRow.explicit && dataFirst?.explicit && header.cells.every((c) => c.line === headerRow.line) && dataFirst.count === headerRow.count;
  if (sameGrid) {
    // Both rows print every cell: the header's positions are the data's.
    const byIndex = new Map(row.slots.map((c) => [c.index, c]));
    const a: Assignment = new Map();
    header.cells.forEach((h, k) => {
      const c = byIndex.get(h.index);
      if (c && c.kind !== 'empty') a.set(header.columns[k]!, c);
    });
    assignments = [a];
    how = '按表头列位置对齐';
  } else {
    while (slots.length > n && slots.at(-1)!.cell === null) slots = slots.slice(0, -1);
    const tokens = slots.filter((s) => s.cell !== null).map((s) => s.cell!);
    if (slots.length === n) {
      const a: Assignment = new Map();
      slots.forEach((s, k) => { if (s.cell) a.set(header.columns[k]!, s.cell); });
      assignments = [a];
      how = '各列齐全，按顺序对齐';
    } else if (tokens.length <= n) {
      const anyPercent = tokens.some((t) => t.kind === 'percent');
      const fitting: { a: Assignment; verified: boolean }[] = [];
      for (const p of placements(tokens.length, n)) {
        const a: Assignment = new Map(p.map((col, k) => [header.columns[col]!, tokens[k]!]));
        const { fits, verified } = check(a, anyPercent);
        if (fits) fitting.push({ a, verified });
      }
      const verified = fitting.filter((f) => f.verified);
      assignments = (verified.length > 0 ? verified : fitting).map((f) => f.a);
      how = verified.length > 0 ? `有空单元格消失（${tokens.length}/${n} 列），按执行率核对后对齐` : `有空单元格消失（${tokens.length}/${n} 列），无法用执行率核对`;
    } else {
      how = '数值比表头列多，无法对齐';
    }
  }
  const where = `自评表“${label?.raw.replace(/\s+/gu, '') ?? '预算执行'}”行（第 ${(label ?? row.slots[0])?.line} 行）`;
  // A row of zeros is a form left at its defaults (the figures may stand in a 其中 row): no values.
  const amounts = row.slots.filter((c) => c.kind === 'number' || c.kind === 'percent').map((c) => readDecimal(c.raw));
  const zeros = amounts.filter((d) => d !== null && new Big(d).eq(0)).length;
  if (zeros >= 2 && amounts.length - zeros <= 1) {
    for (const col of header.columns) {
      const field = FIELD_OF[col];
      if (field) addDoubt(found, field, `${where}预算数、执行数均为 0，像是未填写的表格，未取值`);
    }
    return;
  }
  if (assignments.length === 0) {
    for (const col of header.columns) {
      const field = FIELD_OF[col];
      if (field) addDoubt(found, field, `${where}${how}，未取值`);
    }
    return;
  }
  for (const col of header.columns) {
    const field = FIELD_OF[col];
    if (!field) continue;
    const options = new Set(assignments.map((a) => a.get(col)?.start ?? -1));
    if (options.size > 1) {
      const values = [...new Set(assignments.map((a) => a.get(col)?.raw ?? '（空）'))].join(' / ');
      addDoubt(found, field, `${where}${how}；此列可能是 ${values}，未取值`);
      continue;
    }
    const cell = assignments[0]!.get(col);
    if (!cell) continue;
    if (cell.kind === 'instruction') { addDoubt(found, field, `${where}此格未填写（印有“${cell.raw}”）`); continue; }
    if (cell.kind === 'placeholder') continue;
    if (col === 'rate' && cell.kind !== 'percent' && cell.kind !== 'number') continue;
    const value = readDecimal(cell.raw);
    if (value === null) continue;
    const rangeStart = (label ?? row.slots[0]!).start;
    found.candidates.push({
      field,
      value,
      printed: cell.raw.replace(/\s+/gu, ''),
      quote: quoteOriginal(flow.source, flow.original, { start: Math.min(rangeStart, cell.start), end: cell.end }),
      tier: 3,
      rule: where,
      doubts: assignments.length > 1 || how.includes('无法') ? [`${where}${how}`] : [],
    });
  }
}

const TOTAL_LABEL = /^(?:总分|合计|总计)$/u;

/** The 总分 row of the scoring part: its last number is the 得分, its first the 分值 (100). */
function totalRow(flow: Flow, stream: Cell[], budget: Header | null, found: FormFound): void {
  for (let i = 0; i < stream.length; i++) {
    const label = stream[i]!;
    if (label.kind !== 'text' || !TOTAL_LABEL.test(label.norm)) continue;
    // The scoring header above: a 得分 column, not the budget header's, with a 分值 column near it.
    let scoreAt = -1;
    for (let k = i - 1; k >= 0; k--) if (stream[k]!.norm === '得分') { scoreAt = k; break; }
    // Without one, only a row of exactly the 分值 100 and a score reads as the total.
    const scoring = scoreAt >= 0 && !(budget && budget.cells.includes(stream[scoreAt]!)) && stream.slice(Math.max(0, scoreAt - 12), scoreAt).some((c) => /^(?:分值|权重|满分)$/u.test(c.norm));
    if (!scoring) {
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
      if ((GRADE_WORDS as readonly string[]).includes(c.norm)) grade = c;
      break;
    }
    const numbers = values.filter((c) => c.kind === 'number');
    const where = `自评表“${label.raw}”行（第 ${label.line} 行）`;
    const unfilled = values.find((c) => c.kind === 'instruction');
    if (unfilled) addDoubt(found, 'self_score', `${where}得分未填写（印有“${unfilled.raw}”）`);
    if (numbers.length === 1) {
      found.skipped.push({ field: 'self_score', note: `“${numbers[0]!.raw}”（${where}）：只有一个数，是分值还是得分无法判断` });
    } else if (numbers.length >= 2) {
      const first = readDecimal(numbers[0]!.raw)!;
      const last = numbers.at(-1)!;
      const score = readDecimal(last.raw);
      if (score !== null && new Big(score).lte(first) && new Big(first).lte(100)) {
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
