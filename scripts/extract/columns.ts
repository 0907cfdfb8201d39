/**
 * A summary table printed one cell per line with its column heads first: the heads, each on its
 * own line, then the rows' cells in order (`序号`, `项目名称`, `债券性质`, `自评分数`, `自评等级`, then
 * `1`, `某某工程`, …), as web pages publishing a list of self-evaluated projects flatten their
 * tables. An empty cell leaves no line of its own (or only a blank one), so a row is placed on
 * the columns by the types of its cells, the way money.ts places a money row whose empty cells
 * vanished; a column takes a value only when every best placement of the cells agrees on it.
 *
 * Hand-written: no table library reads a table whose cell boundaries are lost; the placement
 * is a small search over the heads (at most a dozen columns, a few dozen cells).
 */
import type { Candidate } from './candidates.ts';
import type { Cell } from './cells.ts';
import { quoteOriginal, type Flow } from './flow.ts';
import { isOrgName } from './identity.ts';
import type { HeadlineField } from './schema.ts';
import { GRADE_WORDS, normalise, readDecimal, toWan } from './values.ts';

type Role = 'seq' | 'project' | 'unit' | 'supervising' | 'budget' | 'score' | 'grade' | 'number' | 'any';

/** Column heads whose column the draft reads, by the role of their cells. */
const HEADS: readonly { role: Role; re: RegExp }[] = [
  { role: 'seq', re: /^(?:序号|编号)$/u },
  { role: 'project', re: /^(?:项目名称|专项名称|资金名称|项目\(资金\)名称)(?:\(全称\))?$/u },
  { role: 'supervising', re: /^(?:项目)?主管(?:部门|单位)(?:名称)?$/u },
  { role: 'unit', re: /^(?:项目|实施|填报|预算|项目实施|责任)单位(?:名称)?$|^单位名称$/u },
  { role: 'budget', re: /^(?:项目)?(?:预算|批复)(?:金额|数|资金)(?:\((?:万元|元|亿元)\))?$/u },
  { role: 'score', re: /^(?:自评|评价|绩效|综合)(?:得分|分数|总分|评分)(?:\(分\))?$/u },
  { role: 'grade', re: /^(?:自评|评价|绩效)(?:等级|等次|结果|结论)$/u },
  { role: 'any', re: /^备注$/u },
];

/** A head of a column the draft does not read (`债券性质`, `发行金额(亿元)`, `备注`): a short label. */
const OTHER_HEAD = /^[\u4e00-\u9fff()\d:]{2,20}$/u;
/** Such a column holds an amount. */
const NUMBER_HEAD = /金额|规模|资金|额度|数额|\((?:亿元|万元|元)\)/u;
/**
 * Heads of the tables other readers take: a form's money row (年初预算数 … 执行率 … 得分) and an
 * indicator table (指标 … 分值 … 得分), whose 得分 is a row's, not the self-evaluation's.
 */
const OTHER_TABLE = /指标|分值|权重|执行(?:数|率)|年初|全年/u;
/** A cell that ends the rows: a totals row. */
const TOTAL = /^(?:总计|合计|小计)$/u;

interface Column { role: Role; head: Cell }

/** The headline field a column of this role gives. */
const FIELD_OF: Partial<Record<Role, HeadlineField>> = { project: 'project_name', unit: 'department_name', supervising: 'supervising_department', budget: 'budget_final_wan', score: 'self_score', grade: 'grade' };

/** A grade cell's grade word (`“优”`, `优级` → 优), or null. */
function gradeOf(n: string): string | null {
  const g = n.replace(/^["“]|["”]$/gu, '').replace(/级$/u, '');
  return (GRADE_WORDS as readonly string[]).includes(g) ? g : null;
}

/** The most columns a table may have: the placements grow with them. */
const MAX_COLUMNS = 12;


/** Whether a cell can stand in a column of this role, in the row of this number (from 1). */
function fits(role: Role, c: Cell, row: number): boolean {
  const n = c.norm;
  const number = c.kind === 'number' && readDecimal(n) !== null;
  switch (role) {
    // A row number is the row's own: 1, 2, 3 … in order (not a score that a row's end left over).
    case 'seq': return n === String(row);
    // (a list of forms names forms: `某某资金自评表`)
    case 'project': return c.kind === 'text' && n.length >= 2 && /[\u4e00-\u9fff]/u.test(n) && !/(?:自评表|评价表|报告|清单)$/u.test(n);
    case 'unit':
    case 'supervising': return c.kind === 'text' && isOrgName(n);
    case 'score': return number && !/万元$/u.test(n) && Number(readDecimal(n)) <= 100;
    case 'grade': return gradeOf(n) !== null;
    case 'budget': return number;
    case 'number': return number || c.kind === 'percent';
    case 'any': return c.kind !== 'empty';
  }
}

/** The heads: a run of one-cell rows, at least three, two of the read ones next to each other. */
function findHeads(rows: readonly Cell[][]): { columns: Column[]; next: number } | null {
  for (let i = 0; i < rows.length; i++) {
    const first = rows[i]!;
    if (first.length !== 1 || !HEADS.some((h) => h.re.test(first[0]!.norm))) continue;
    const columns: Column[] = [];
    let lastKnown = -1;
    let adjacent = false;
    let j = i;
    for (; j < rows.length && rows[j]!.length === 1; j++) {
      const cell = rows[j]![0]!;
      const known = HEADS.find((h) => h.re.test(cell.norm));
      if (known) {
        if (lastKnown === columns.length - 1 && columns.length > 0) adjacent = true;
        columns.push({ role: known.role, head: cell });
        lastKnown = columns.length - 1;
      } else if (OTHER_HEAD.test(cell.norm)) {
        columns.push({ role: NUMBER_HEAD.test(cell.norm) ? 'number' : 'any', head: cell });
      } else break;
    }
    // The heads end at the last one the draft knows: the labels after it are the first row's cells.
    const heads = columns.slice(0, lastKnown + 1);
    if (heads.length >= 3 && heads.length <= MAX_COLUMNS && adjacent && heads.some((c) => c.role === 'project' || c.role === 'score') && !heads.some((c) => OTHER_TABLE.test(c.head.norm))) {
      return { columns: heads, next: i + heads.length };
    }
    i = j;
  }
  return null;
}

/** One row's placement: which column each of its cells stands in, and how many columns it left empty. */
interface Placement { at: number[]; empty: number }

/** Every placement of cells[from…] as row number `row`: each cell in a later column than the one before. */
function rowPlacements(columns: readonly Column[], cells: readonly Cell[], from: number, row: number): { end: number; placement: Placement }[] {
  const out: { end: number; placement: Placement }[] = [];
  const walk = (k: number, col: number, at: number[]) => {
    // The row may end here when the next cell can start the next row (or there is none).
    if (at.length > 0) {
      const next = cells[k];
      const startsRow = next === undefined || TOTAL.test(next.norm) || fits(columns[0]!.role, next, row + 1) || (columns[0]!.role === 'seq' && columns[1] !== undefined && fits(columns[1].role, next, row + 1));
      if (startsRow) out.push({ end: k, placement: { at: [...at], empty: columns.length - at.length } });
    }
    const cell = cells[k];
    if (cell === undefined || TOTAL.test(cell.norm)) return;
    for (let c = col; c < columns.length; c++) {
      if (fits(columns[c]!.role, cell, row)) walk(k + 1, c + 1, [...at, c]);
    }
  };
  walk(from, 0, []);
  return out;
}

/** The first row of a heads-first table, as candidates for the fields its columns hold (none without such a table). */
export function headsFirstTable(flow: Flow, rows: readonly Cell[][]): Candidate[] {
  // (bounded: at most MAX_COLUMNS heads and 80 cells, so each row's placements stay few)
  const heads = findHeads(rows);
  if (!heads) return [];
  const { columns } = heads;
  const cells: Cell[] = [];
  for (let r = heads.next; r < rows.length && rows[r]!.length === 1 && cells.length < 80; r++) {
    const cell = rows[r]![0]!;
    // A sentence after the table ends it.
    if (cell.norm.length > 40 || /[。;!?]/u.test(cell.norm)) break;
    cells.push(cell);
  }
  // The fewest empty cells over the whole table, by dynamic programming from the end; the first
  // row's placements that reach that minimum are the candidates.
  const memo = new Map<string, { cost: number; rows: number }>();
  const best = (k: number, row: number): { cost: number; rows: number } => {
    if (k >= cells.length || TOTAL.test(cells[k]!.norm)) return { cost: 0, rows: 0 };
    const hit = memo.get(`${k}:${row}`);
    if (hit) return hit;
    let out = { cost: Infinity, rows: 0 };
    for (const { end, placement } of rowPlacements(columns, cells, k, row)) {
      const rest = best(end, row + 1);
      const cost = placement.empty + rest.cost;
      if (cost < out.cost) out = { cost, rows: rest.rows + 1 };
    }
    memo.set(`${k}:${row}`, out);
    return out;
  };
  const total = best(0, 1);
  if (!Number.isFinite(total.cost)) return [];
  const firsts = rowPlacements(columns, cells, 0, 1).filter(({ end, placement }) => placement.empty + best(end, 2).cost === total.cost);
  // A row that fills fewer than half the columns is no reading of this table.
  if (firsts.length === 0 || firsts.some(({ placement }) => placement.at.length * 2 < columns.length)) return [];
  const valueOf = (p: Placement, col: number): Cell | null => {
    const k = p.at.indexOf(col);
    return k < 0 ? null : cells[k]!;
  };
  const candidates: Candidate[] = [];
  const severalRows = total.rows > 1;
  columns.forEach((column, col) => {
    const field = FIELD_OF[column.role];
    if (!field) return;
    const values = firsts.map(({ placement }) => valueOf(placement, col));
    const cell = values[0];
    if (!cell || values.some((v) => v !== cell)) return;
    // (a name as printed: a traditional copy's characters, which the cell's reading form simplifies)
    let value = field === 'self_score' ? readDecimal(cell.norm)! : field === 'grade' ? gradeOf(cell.norm)! : normalise(cell.raw);
    let unit: '元' | '亿元' | undefined;
    if (field === 'budget_final_wan') {
      // An amount only in a unit the head or a 单位 line above the table states.
      const above = flow.original.slice(Math.max(0, columns[0]!.head.start - 200), columns[0]!.head.start);
      const stated = /\((万元|元|亿元)\)/u.exec(column.head.norm)?.[1] ?? /单位[:：]\s*(万元|元|亿元)/u.exec(above)?.[1];
      if (!stated) return;
      value = readDecimal(cell.norm)!;
      if (stated !== '万元') { unit = stated as '元' | '亿元'; value = toWan(value, unit); }
    }
    const doubts = [`取自逐格换行、表头在前的表格（第 ${column.head.line} 行“${column.head.raw}”列）${severalRows ? `第一行；表中共有 ${total.rows} 行` : ''}，按单元格类型对齐`];
    candidates.push({
      field,
      value,
      printed: cell.raw,
      quote: quoteOriginal(flow.source, flow.original, { start: cell.start, end: cell.end }),
      tier: 3,
      rule: `表格“${column.head.raw}”列`,
      doubts,
      ...(unit ? { unit } : {}),
    });
  });
  return candidates;
}
