/**
 * Indicator rows (绩效指标) from a report's tables, in the columns of
 * `<report-id>.indicators.csv`. A draft for review: rows whose columns had to be inferred (a
 * table without printed separators) carry an UNCERTAIN note.
 */
import { INDICATOR_COLUMNS } from '../../src/lib/data/schema.ts';
import { parseQuantity } from '../../src/lib/data/quantity.ts';
import type { Cell } from './cells.ts';
import { readingText } from './fold.ts';
import { quoteOriginal, type Flow, type Quote } from './flow.ts';
import { proseIndicators } from './prose-indicators.ts';
import { singleQuantity } from './quantities.ts';
import type { IndicatorDraft } from './schema.ts';

type Column = 'number' | 'task' | 'goal' | 'outcome' | 'funds' | 'level1' | 'level2' | 'name' | 'nameTarget' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

const HEADER: readonly (readonly [RegExp, Column])[] = [
  [/^(?:序号|编号|号)$/u, 'number'],
  [/^(?:主要任务|任务名称|工作任务)$/u, 'task'],
  [/^(?:预期目标|任务目标)$/u, 'goal'],
  [/^(?:目标完成情况|任务完成情况)$/u, 'outcome'],
  [/^(?:任务涉及资金|涉及资金|任务资金|任务金额)(?:\((?:万元|元)\))?$/u, 'funds'],
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

/** A header cell's column; its characters in another order (a PDF that shuffled a spread-out cell, `主任要务`) count too. */
function columnOf(norm: string): Column | null {
  for (const [re, col] of HEADER) if (re.test(norm)) return col;
  if (norm.length >= 4 && norm.length <= 8) {
    const sorted = [...norm].sort().join('');
    for (const label of ['主要任务', '目标完成情况', '任务涉及资金', '关键指标及目标值', '指标完成情况']) {
      if ([...label].sort().join('') === sorted) return columnOf(label);
    }
  }
  return null;
}

type Draft = Omit<IndicatorDraft, 'line'> & { line: number };

function emptyRow(line: number): Draft {
  return { ...(Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c, ''])) as Record<(typeof INDICATOR_COLUMNS)[number], string>), line };
}

/** A measure word, a unit or a symbol standing for one (`↑` an OCR made of 个): a target that is all quantity. */
const PLAIN_UNIT = /^(?:[^\u4e00-\u9fff]*|%|个工作日|工作日|人次|家次|场次|万m²|万平方米|平方米|m²|万元|亿元|元|[个家次场人项宗份本册部期条篇天户吨米亩台套批件所座辆周名])$/u;

/** The single-quantity part of a target or result, as printed; '' when it has none or several. */
function quantityOf(text: string): string {
  const t = text.trim().replace(/[。.,，;；]+$/u, '');
  if (t === '') return '';
  try {
    const q = parseQuantity(t);
    if (q.unit === null || PLAIN_UNIT.test(q.unit)) return t;
  } catch {
    // not one quantity as a whole: look inside
  }
  return singleQuantity(t);
}

/** What the report says of an indicator: 达到 (true), 未达到 (false), or nothing. */
function statedMet(text: string): string {
  const t = readingText(text).replace(/\s+/gu, '');
  if (/未达到|未完成|未实现|没有达到|未达标/u.test(t)) return 'false';
  if (/达到(?:了)?预期|达到目标|完成目标|已达到|超额完成/u.test(t)) return 'true';
  return '';
}

/**
 * The reason a result gives for a miss: the sentence after `未达到预期目标。`, else the clauses
 * that start with 因 / 由于 / 受 before it.
 */
function statedReason(text: string): string {
  const t = text.trim();
  const read = readingText(t);
  const miss = /未\s*达\s*到\s*预\s*期\s*目\s*标\s*[。.]?/u.exec(read);
  if (!miss) return '';
  const after = t.slice(miss.index + miss[0].length).trim();
  if (after !== '') return after;
  const clauses = [...read.slice(0, miss.index).matchAll(/[^，,;；。]+/gu)];
  const from = clauses.findIndex((c) => /^\s*(?:因|由于|受)/u.test(c[0]));
  if (from < 0) return '';
  const start = clauses[from]!.index;
  return t.slice(start, miss.index).replace(/[，,;；\s]+$/u, '');
}

function finish(flow: Flow, row: Draft, from: number, to: number, note: string): IndicatorDraft {
  const q = quoteOriginal(flow.source, flow.original, { start: from, end: to });
  row.target_quantity = quantityOf(row.target_text);
  row.actual_quantity = quantityOf(row.actual_text);
  if (row.reason.replace(/[/／\s无-]/gu, '') === '') row.reason = '';
  // A result that says so, or a reason printed in the 未能实现预期值的原因 column.
  row.stated_met = statedMet(row.actual_text) || (row.reason !== '' ? 'false' : '');
  if (row.stated_met === 'false' && row.reason === '') {
    row.reason = statedReason(row.actual_text);
    // A reason printed after `未达到预期目标。` is the reason, not part of the result.
    const miss = /未\s*达\s*到\s*预\s*期\s*目\s*标\s*[。.]?/u.exec(readingText(row.actual_text));
    if (miss && row.reason !== '' && row.actual_text.slice(miss.index + miss[0].length).trim() === row.reason) row.actual_text = row.actual_text.slice(0, miss.index + miss[0].length).trim();
  }
  row.legible = 'true';
  row.note = note;
  row.quote = q.quote.replace(/\s+/gu, ' ');
  row.line = q.line;
  if (!/^\d+(?:\.\d+)?$/u.test(row.weight)) row.weight = '';
  if (!/^\d+(?:\.\d+)?$/u.test(row.score)) row.score = '';
  return row;
}

/** A main task of a department report with the funds it involves, its goal and outcome (tasks of the record). */
export interface TaskDraft {
  name: string;
  /** 任务涉及资金 as printed, with the quote that holds it */
  funds: { printed: string; quote: Quote } | null;
  goal: string | null;
  outcome: string | null;
  quote: Quote;
}

export interface IndicatorsFound {
  rows: IndicatorDraft[];
  tasks: TaskDraft[];
}

/** Indicator rows of every table with a printed indicator header; the tasks such a table lists; indicators stated in prose. */
export function extractIndicators(flow: Flow, rows: Cell[][]): IndicatorsFound {
  const out: IndicatorDraft[] = [];
  const tableTasks: TableTask[] = [];
  for (let r = 0; r < rows.length; r++) {
    const header = rows[r]!;
    const cols = header.map((c) => columnOf(c.norm));
    const has = (c: Column) => cols.includes(c);
    if (header.length >= 3 && header[0]!.explicit && (has('name') || has('nameTarget')) && (has('target') || has('actual') || has('score') || has('nameTarget'))) {
      r = explicitTable(flow, rows, r, cols, out, tableTasks);
      continue;
    }
  }
  if (out.length === 0) out.push(...streamTable(flow, rows));
  const listed = proseTaskList(flow);
  const tasks = namedTasks(flow, tableTasks, listed);
  // Indicators named under a task in the prose take its name.
  for (const row of out) {
    const t = tableTasks.find((x) => x.rows.includes(row));
    if (t) row.task = tasks[tableTasks.indexOf(t)]?.name ?? row.task;
  }
  for (const t of listed) if (t.outcome !== null && !tasks.some((x) => x.name === t.name)) tasks.push(t);
  for (const p of proseIndicators(flow, out.map((r) => r.name))) {
    const d = emptyRow(1);
    Object.assign(d, { name: p.name, target_text: p.target_text, actual_text: p.actual_text });
    const { start, end } = flow.originalRange(p.span);
    const row = finish(flow, d, start, end, p.note);
    row.stated_met = p.stated_met;
    out.push(row);
  }
  return { rows: out, tasks };
}

interface TableTask {
  number: string;
  cell: string;
  goal: string;
  outcome: string;
  funds: Cell | null;
  at: number;
  rows: IndicatorDraft[];
}

/** Splits `A，目标值为“1”。 B，目标值为“2”。` into its items, and a result cell into as many sentences. */
function splitItems(nameCell: string, actualCell: string): { name: string; target: string; actual: string }[] | null {
  const read = readingText(nameCell);
  const items = [...read.matchAll(/(?<name>[^“”"。]+?)[,，]\s*目\s*标\s*值\s*为\s*[“"](?<target>[^”"]*)[”"]\s*[。.]?/gdu)];
  if (items.length < 2) return null;
  const actRead = readingText(actualCell);
  // A result ends with 达到/未达到预期目标。, a miss's reason following it up to the next result.
  const ends = [...actRead.matchAll(/(?:未?\s*达\s*到\s*预\s*期\s*目\s*标)\s*[。.]/gu)].map((m) => m.index + m[0].length);
  if (ends.length !== items.length) return null;
  const bounds: number[] = [0];
  for (let k = 0; k < ends.length - 1; k++) {
    // A reason after a miss belongs to it: the next result starts at the next sentence that is not a reason.
    let next = ends[k]!;
    const rest = actRead.slice(next);
    const reason = /^\s*(?:因|由于|受)[^。]*。/u.exec(rest);
    if (reason && /未\s*达/u.test(actRead.slice(bounds.at(-1)!, ends[k]))) next += reason[0].length;
    bounds.push(next);
  }
  bounds.push(actualCell.length);
  const out = items.map((m, k) => {
    const [ns, ne] = m.indices!.groups!.name!;
    const [ts, te] = m.indices!.groups!.target!;
    return { name: nameCell.slice(ns, ne).trim(), target: nameCell.slice(ts, te), actual: actualCell.slice(bounds[k]!, bounds[k + 1]).trim() };
  });
  // The last result ran to the end of the cell; each must be non-empty.
  return out.every((o) => o.actual !== '') ? out : null;
}

/** A table whose rows print their separators: cells are placed by their position under the header. */
function explicitTable(flow: Flow, rows: Cell[][], headerAt: number, cols: (Column | null)[], out: IndicatorDraft[], tasks: TableTask[]): number {
  const at = (c: Column) => cols.indexOf(c);
  const nameAt = at('name') >= 0 ? at('name') : at('nameTarget');
  // Of several 分值 columns (one per level), the one after the name is the indicator's.
  const weightAt = cols.findIndex((c, i) => c === 'weight' && i > nameAt);
  let level1 = '';
  let level2 = '';
  let task = '';
  let current: TableTask | null = null;
  let r = headerAt + 1;
  for (; r < rows.length; r++) {
    const row = rows[r]!;
    if (!row[0]!.explicit) {
      // A blank line or a line of prose between a table's pages: go on if the table resumes.
      if (rows.slice(r + 1, r + 3).some((x) => x[0]!.explicit && x.filter((c) => columnOf(c.norm) !== null).length >= 2)) continue;
      break;
    }
    const cell = (i: number) => (i >= 0 ? (row.find((c) => c.index === i)?.raw ?? '') : '');
    const firstText = row.find((c) => c.kind !== 'empty');
    if (firstText && TOTAL.test(firstText.norm)) break;
    // A repeated header (a table continued on the next page).
    if (row.filter((c) => columnOf(c.norm) !== null).length >= 2) continue;
    if (cell(at('level1'))) level1 = cell(at('level1'));
    if (cell(at('level2'))) level2 = cell(at('level2'));
    // A task row: its number or its name; a row without either continues the task's cells.
    const number = cell(at('number')).trim();
    const taskCell = cell(at('task'));
    if ((at('number') >= 0 && /^\d{1,2}$/u.test(number)) || (at('number') < 0 && taskCell && !/^\d+$/u.test(taskCell))) {
      current = { number, cell: taskCell, goal: cell(at('goal')).trim(), outcome: cell(at('outcome')).trim(), funds: row.find((c) => c.index === at('funds') && c.kind === 'number') ?? null, at: row[0]!.start, rows: [] };
      tasks.push(current);
      task = taskCell;
    } else if (current) {
      if (cell(at('goal')).trim()) current.goal = `${current.goal} ${cell(at('goal')).trim()}`.trim();
      if (cell(at('outcome')).trim()) current.outcome = `${current.outcome} ${cell(at('outcome')).trim()}`.trim();
    }
    let name = cell(nameAt);
    if (!name) continue;
    const filled = row.filter((c) => c.kind !== 'empty');
    const pieces = cols[nameAt] === 'nameTarget' ? splitItems(name, cell(at('actual'))) : null;
    const drafts: Draft[] = [];
    if (pieces) {
      for (const p of pieces) {
        const d = emptyRow(row[0]!.line);
        Object.assign(d, { task, level1, level2, name: p.name, target_text: p.target, actual_text: p.actual });
        drafts.push(d);
      }
    } else {
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
      Object.assign(d, { task, level1, level2, name });
      if (!d.target_text) d.target_text = cell(at('target'));
      d.actual_text = cell(at('actual'));
      d.weight = cell(weightAt);
      d.score = cell(at('score'));
      d.reason = cell(at('reason'));
      drafts.push(d);
    }
    for (const d of drafts) {
      const done = finish(flow, d, filled[0]!.start, filled.at(-1)!.end, pieces ? `UNCERTAIN: 一个单元格并列 ${pieces.length} 项指标，按顺序与完成情况对应，请核对` : '');
      out.push(done);
      current?.rows.push(done);
    }
  }
  return r - 1;
}

/**
 * The tasks a report lists in prose: `(1) 完成策划方案。设置 6 个关键绩效指标`, or
 * `…主要有招商引资、市场化招商和大型修缮3大目标任务,完成情况如下:一是招商引资方面,…`
 * (each with what the text says was done).
 */
function proseTaskList(flow: Flow): TaskDraft[] {
  const out: TaskDraft[] = [];
  for (const m of flow.text.matchAll(/(?:^|\n)\((?<k>\d{1,2})\)\s*(?<name>[^。\n]{2,60}?)。设置\s*\d+\s*个(?:关键)?(?:绩效)?指标/gu)) {
    const start = m.index + m[0].indexOf('(');
    out.push({ name: cleanName(flow, m, 'name'), funds: null, goal: null, outcome: null, quote: flow.quote({ start, end: m.index + m[0].length }) });
  }
  if (out.length > 0) return out;
  const list = /(?:主要有|包括|分为|分别为)(?<names>[^。:\n]{2,80}?)\d*(?:个|大|项)(?:主要)?(?:目标)?(?:工作)?任务[^。:\n]{0,20}?[:]/u.exec(flow.text);
  if (!list) return out;
  const names = list.groups!.names!.split(/[、和及与]/u).map((n) => n.trim()).filter((n) => n.length >= 2);
  const from = list.index + list[0].length;
  const body = flow.text.slice(from, flow.text.indexOf('\n', from) < 0 ? flow.text.length : flow.text.indexOf('\n', from));
  const items = [...body.matchAll(/[一二三四五六七八九十]是(?<name>[^,，。]{2,20}?)方面[,，]/gu)];
  if (items.length !== names.length || items.some((it, k) => it.groups!.name !== names[k])) return out;
  items.forEach((it, k) => {
    const start = from + it.index;
    const end = from + (items[k + 1]?.index ?? body.length);
    const outcomeStart = start + it[0].length;
    out.push({ name: names[k]!, funds: null, goal: null, outcome: flow.excerpt({ start: outcomeStart, end }).trim(), quote: flow.quote({ start, end }) });
  });
  return out;
}

function cleanName(flow: Flow, m: RegExpMatchArray, group: string): string {
  const [s, e] = [m.index! + m[0].indexOf(m.groups![group]!), 0];
  return flow.printed({ start: s, end: s + m.groups![group]!.length + e });
}

/** The tasks of a table, named as the prose lists them (in order) when it does: a table's task cell may be garbled. */
function namedTasks(flow: Flow, table: readonly TableTask[], listed: readonly TaskDraft[]): TaskDraft[] {
  const byOrder = listed.length === table.length;
  return table.map((t, k) => {
    const name = byOrder ? listed[k]!.name : t.cell.replace(/\s+/gu, '');
    const funds = t.funds ? { printed: t.funds.raw.replace(/\s+/gu, ''), quote: quoteOriginal(flow.source, flow.original, { start: t.funds.start, end: t.funds.end }) } : null;
    return { name, funds, goal: t.goal || null, outcome: t.outcome || null, quote: byOrder ? listed[k]!.quote : quoteOriginal(flow.source, flow.original, { start: t.at, end: t.at + 1 }) };
  }).filter((t) => t.name !== '');
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
