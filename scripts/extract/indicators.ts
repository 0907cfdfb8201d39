/**
 * Indicator rows (绩效指标) from a report's tables, in the columns of
 * `<report-id>.indicators.csv`. A draft for review: rows whose columns had to be inferred (a
 * table without printed separators) carry an UNCERTAIN note.
 */
import { INDICATOR_COLUMNS } from '../../src/lib/data/schema.ts';
import { parseQuantity } from '../../src/lib/data/quantity.ts';
import type { Cell } from './cells.ts';
import { readingText } from './fold.ts';
import { quoteOriginal, type Flow } from './flow.ts';
import type { IndicatorDraft } from './schema.ts';

type Column = 'task' | 'level1' | 'level2' | 'name' | 'nameTarget' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

const HEADER: readonly (readonly [RegExp, Column])[] = [
  [/^主要任务$/u, 'task'],
  [/^一级指标$/u, 'level1'],
  [/^二级指标$/u, 'level2'],
  [/^(?:三级指标|指标名称|绩效指标名称|具体指标)$/u, 'name'],
  [/^关键指标及目标值$/u, 'nameTarget'],
  [/^(?:年度指标值|预期值|目标值|指标值|年度目标值|预期指标值|计划目标值|预期目标值)$/u, 'target'],
  [/^(?:实际完成值|实现值|实际值|完成值|指标完成情况|实际完成情况|全年实际值)$/u, 'actual'],
  [/^(?:分值|权重)$/u, 'weight'],
  [/^得分$/u, 'score'],
  [/偏差原因|未能实现|未完成原因|原因分析/u, 'reason'],
];

/** 一级指标 and 二级指标 names, a points note such as `（50分）` aside. */
const LEVEL1 = /^(?:(?:产出|效益|满意度|成本|效果|影响)指标|满意度)(?:\([^()]*\))?$/u;
const LEVEL2 = /^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)指标(?:\([^()]*\))?$/u;
const TOTAL = /^(?:总分|合计|总计)$/u;

function columnOf(norm: string): Column | null {
  for (const [re, col] of HEADER) if (re.test(norm)) return col;
  return null;
}

type Draft = Omit<IndicatorDraft, 'line'> & { line: number };

function emptyRow(line: number): Draft {
  return { ...(Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c, ''])) as Record<(typeof INDICATOR_COLUMNS)[number], string>), line };
}

/** The single-quantity part of a target or result, as printed; '' when it has none or several. */
function quantityOf(text: string): string {
  const t = text.trim().replace(/[。.,，;；]+$/u, '');
  if (t === '') return '';
  try {
    parseQuantity(t);
    return t;
  } catch {
    return '';
  }
}

function statedMet(text: string): string {
  if (/未达到|未完成|未实现|没有达到/u.test(text)) return 'false';
  if (/已?达到(?:了)?预期|达到目标|完成目标|已达到/u.test(text)) return 'true';
  return '';
}

function finish(flow: Flow, row: Draft, from: number, to: number, note: string): IndicatorDraft {
  const q = quoteOriginal(flow.source, flow.original, { start: from, end: to });
  row.target_quantity = quantityOf(row.target_text);
  row.actual_quantity = quantityOf(row.actual_text);
  row.stated_met = statedMet(row.actual_text);
  row.legible = 'true';
  row.note = note;
  row.quote = q.quote.replace(/\s+/gu, ' ');
  row.line = q.line;
  if (row.reason.replace(/[/／\s无-]/gu, '') === '') row.reason = '';
  if (!/^\d+(?:\.\d+)?$/u.test(row.weight)) row.weight = '';
  if (!/^\d+(?:\.\d+)?$/u.test(row.score)) row.score = '';
  return row;
}

/** Indicator rows of every table with a printed indicator header. */
export function extractIndicators(flow: Flow, rows: Cell[][]): IndicatorDraft[] {
  const out: IndicatorDraft[] = [];
  for (let r = 0; r < rows.length; r++) {
    const header = rows[r]!;
    const cols = header.map((c) => columnOf(c.norm));
    const has = (c: Column) => cols.includes(c);
    if (header.length >= 3 && header[0]!.explicit && (has('name') || has('nameTarget')) && (has('target') || has('actual') || has('score') || has('nameTarget'))) {
      r = explicitTable(flow, rows, r, cols, out);
      continue;
    }
  }
  if (out.length === 0) out.push(...streamTable(flow, rows));
  return out;
}

/** A table whose rows print their separators: cells are placed by their position under the header. */
function explicitTable(flow: Flow, rows: Cell[][], headerAt: number, cols: (Column | null)[], out: IndicatorDraft[]): number {
  const at = (c: Column) => cols.indexOf(c);
  const nameAt = at('name') >= 0 ? at('name') : at('nameTarget');
  // Of several 分值 columns (one per level), the one after the name is the indicator's.
  const weightAt = cols.findIndex((c, i) => c === 'weight' && i > nameAt);
  let level1 = '';
  let level2 = '';
  let task = '';
  let r = headerAt + 1;
  for (; r < rows.length; r++) {
    const row = rows[r]!;
    if (!row[0]!.explicit) break;
    const cell = (i: number) => (i >= 0 ? (row.find((c) => c.index === i)?.raw ?? '') : '');
    const firstText = row.find((c) => c.kind !== 'empty');
    if (firstText && TOTAL.test(firstText.norm)) break;
    // A repeated header (a table continued on the next page).
    if (row.filter((c) => columnOf(c.norm) !== null).length >= 2) continue;
    if (cell(at('level1'))) level1 = cell(at('level1'));
    if (cell(at('level2'))) level2 = cell(at('level2'));
    if (cell(at('task')) && !/^\d+$/u.test(cell(at('task')))) task = cell(at('task'));
    let name = cell(nameAt);
    if (!name) continue;
    const d = emptyRow(row[0]!.line);
    if (cols[nameAt] === 'nameTarget') {
      // Matched in the reading form (⽬标值 is 目标值), cut from the printed one: same length.
      const m = /^(?<name>.+?)[,，]\s*目\s*标\s*值\s*为\s*[“"](?<target>.+)[”"]\s*[。.]?$/dsu.exec(readingText(name));
      if (m) {
        const [ts, te] = m.indices!.groups!.target!;
        d.target_text = name.slice(ts, te);
        name = name.slice(0, m.groups!.name!.length);
      }
    }
    d.task = task;
    d.level1 = level1;
    d.level2 = level2;
    d.name = name;
    if (!d.target_text) d.target_text = cell(at('target'));
    d.actual_text = cell(at('actual'));
    d.weight = cell(weightAt);
    d.score = cell(at('score'));
    d.reason = cell(at('reason'));
    const filled = row.filter((c) => c.kind !== 'empty');
    out.push(finish(flow, d, filled[0]!.start, filled.at(-1)!.end, ''));
  }
  return r - 1;
}

const STREAM_NOTE = 'UNCERTAIN: 表格没有印出分隔符（逐格一行或空格分隔），各列为推断，请对照原文核对';

/**
 * A table without printed separators (one cell per line, or space-separated with vanished
 * empty cells): rows are found by the level vocabulary and the shape of the values.
 */
function streamTable(flow: Flow, rows: Cell[][]): IndicatorDraft[] {
  const stream = rows.flat();
  // The header: consecutive cells naming at least a name, a target and a result column.
  let start = -1;
  for (let i = 0; i < stream.length && start < 0; i++) {
    const names = new Set<Column>();
    let j = i;
    while (j < stream.length && columnOf(stream[j]!.norm)) names.add(columnOf(stream[j++]!.norm)!);
    if (names.has('name') && names.has('target') && names.has('actual')) start = j;
  }
  if (start < 0) return [];
  const out: IndicatorDraft[] = [];
  let level1 = '';
  let level2 = '';
  let i = start;
  const isValue = (c: Cell) => c.kind !== 'text' || /^[≥≤><]|\d/u.test(c.norm);
  while (i < stream.length) {
    const c = stream[i]!;
    if (TOTAL.test(c.norm) || (c.kind === 'text' && c.norm.length > 40)) break;
    if (LEVEL1.test(c.norm)) { level1 = c.raw; level2 = ''; i++; continue; }
    if (LEVEL2.test(c.norm)) { level2 = c.raw; i++; continue; }
    if (c.kind === 'empty' || !/[\u4e00-\u9fff]/u.test(c.norm) || isValue(c)) { i++; continue; }
    // A name, then its values up to the next name, level or total.
    const name = c;
    const values: Cell[] = [];
    let k = i + 1;
    for (; k < stream.length; k++) {
      const v = stream[k]!;
      if (v.kind === 'empty') continue;
      if (TOTAL.test(v.norm) || LEVEL1.test(v.norm) || LEVEL2.test(v.norm)) break;
      if (!isValue(v)) {
        // A text after the values is the reason, unless values follow it (the next row's name).
        const next = stream[k + 1];
        if (values.length >= 2 && next && !isValue(next)) { values.push(v); k++; }
        else if (values.length >= 2 && !next) { values.push(v); k++; }
        break;
      }
      values.push(v);
    }
    const d = emptyRow(name.line);
    d.level1 = level1;
    d.level2 = level2;
    d.name = name.raw;
    const plain = (v: Cell | undefined) => !!v && v.kind === 'number';
    const texts = [...values];
    const reason = texts.length > 0 && !isValue(texts.at(-1)!) ? texts.pop()! : null;
    // Trailing plain numbers are 分值 and 得分; the cells before them the target and the result.
    const points: Cell[] = [];
    while (points.length < 2 && texts.length > 1 && plain(texts.at(-1))) points.unshift(texts.pop()!);
    d.target_text = texts[0]?.raw ?? '';
    d.actual_text = texts.slice(1).map((t) => t.raw).join(' ');
    if (points.length === 2) { d.weight = points[0]!.raw; d.score = points[1]!.raw; }
    d.reason = reason?.raw ?? '';
    const last = [name, ...values].at(-1)!;
    out.push(finish(flow, d, name.start, last.end, STREAM_NOTE));
    i = k;
  }
  return out;
}
