/**
 * The money row of a self-evaluation form, in whatever layout the form arrived:
 *
 *   项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *   年度资金总额     | 300        | 280        | 266.5      | 10   | 95.18% | 9.5
 *
 * The header is a run of column labels in order (a note in parentheses, `(A)`, `(B/A)`,
 * `(20分*执行率)`, and a few characters of debris between them allowed; a label an OCR misread
 * by one character, `年初预匏数`, is read when its first two characters and its place in the run
 * say what it is). The values follow the row label (年度资金总额, 总额 …), or the header itself.
 *
 * - A row that prints its separators (`|`, tabs) gives each column its cell, an empty one too.
 *   A cell missing from such a row is damage: which one is missing is told only by the printed
 *   rate (the placements it confirms); otherwise only the rate (the one value with a `%`) is read.
 * - A row whose empty cells vanish (space-separated, one cell per line) is placed in every
 *   order-keeping way that fits the column types.
 * - A row whose numbers run together (`202010100.00%10`, a form flattened to text) is cut by
 *   the columns' semantics: a rate ends in %, money has at most two decimals, a 分值 is a small
 *   positive number, a 得分 is at most its 分值, no number starts with a 0.
 *
 * A placement is impossible when a printed rate is not spent ÷ budget (the 全年预算数, else the
 * 年初预算数), or when a rate is printed and its spending or budget is not. Placements that fill
 * every column come before ones that leave a column out. A column takes a value only when every
 * possible placement gives it the same one; a cut of run-together numbers or a misread label is
 * taken only when the printed rate confirms it.
 */
import Big from 'big.js';
import { decimals } from '../../src/lib/data/numbers.ts';
import type { Candidate } from './candidates.ts';
import type { Cell } from './cells.ts';
import { quoteOriginal, type Flow } from './flow.ts';
import { ROW_BREAK, originalSpan, type Linear } from './linear.ts';
import type { HeadlineField } from './schema.ts';
import { isInstruction, readDecimal, toWan } from './values.ts';

/**
 * `other`: an amount column of another year (`2021年决算数` beside `2022年预算数 | 2022年决算数`), or one the headline does not
 * take (`统筹整合资金数`, `全年到位资金`), placed but never read; `otherRate`: a rate of such a column (`预算到位(D/C×100%)`).
 */
export type Column = 'initial' | 'adjust' | 'final' | 'spent' | 'weight' | 'rate' | 'score' | 'other' | 'otherRate';

const LABELS: readonly (readonly [Column, RegExp])[] = [
  // (and the Hunan department form's `年初预算资金总额 | 实际投入资金额 | 产生差异的原因`)
  // (not the same word twice: `年初预算¦预算调整` is two heads)
  ['initial', /年初(?:部门)?(?:财政)?(?:预算(?:批复|安排)?|批复(?:预算|安排)?|安排(?:预算|批复)?)(?:数|金额|资金)?(?:总额)?/uy],
  // The Fujian form's `年初部门预算安排金额① | 年中调整金额② | 小计 | 年度拨付金额 | 支出实现率(%)`: its
  // adjustment, the budget after it (小计, only right after the adjustment), the funds paid out, the rate; `预算调整数`, an adjustment.
  // (`预算调整` alone a column head too, between 年初预算 and 调整后预算)
  ['adjust', /(?:年中|年度)?(?:预算)?调整(?:金额|数)(?!后)|预算调整(?!后|金额|数|率)/uy],
  ['final', /(?:全年|调整后|年终|调整|年度)(?:的)?预算(?:数|金额|资金)?|预算(?:数|金额)|小计/uy],
  ['spent', /(?:全年|年度|预算|实际|累计)?(?:执行数|执行金额|执行额|支出数|决算数|支付数|实际支出(?:数|金额)?)|全年执行(?:资金)?|实际支出|年度拨付金额|实际投入资金(?:额|金额|数)|(?:全年|年度)支出(?!率|进度)/uy],
  // (and the Sichuan transfer form's `预算执行(E/C×100%)`, a rate by its formula)
  ['rate', /(?:预算|资金)?执行率|(?:资金)?支付率|支出实现率|(?:预算|资金)?支出率|预算执行(?=\([A-F]\/[A-F])/uy],
  // The Sichuan transfer form's columns the headline does not take: `统筹整合资金数(B)`, `扣除统筹整合资金后预算金额(C)`,
  // `全年到位资金(D)`, `预算到位(D/C×100%)`.
  ['other', /统筹整合资金(?:数|金额)?|扣除统筹整合资金后(?:的)?预算(?:金额|数)|全年到位资金(?:数)?/uy],
  ['otherRate', /预算到位(?:率)?(?=\([A-F]\/[A-F])|资金到位率/uy],
  // Hubei's project form: `项目资金来源 | 中央(万元) | 省、地(万元) | 本级(万元) | 其他(万元) | 合计(万元) | 执行数(万元) | 执行率`, the sources
  // placed but not read, their 合计 the budget (only right after them).
  ['other', /(?:中央|省、地|省级|市级|县级|本级|其他)(?=\(万元\))/uy],
  ['final', /合计(?=\(万元\))/uy],
  ['weight', /分值权重|权重分值|分值|权重|满分/uy],
  ['score', /得分/uy],
];

/** Labels an OCR may misread by one character (never one of the first two). */
const FUZZY: readonly (readonly [Column, string])[] = [
  ['initial', '年初预算数'], ['initial', '年初预算'], ['final', '调整后预算数'], ['final', '全年预算数'], ['final', '调整预算数'],
  ['spent', '全年执行数'], ['spent', '预算执行数'], ['spent', '实际支出数'], ['rate', '预算执行率'],
];

const FIELD_OF: Partial<Record<Column, HeadlineField>> = { initial: 'budget_initial_wan', adjust: 'budget_adjustment_wan', final: 'budget_final_wan', spent: 'spent_wan', rate: 'execution_rate_pct' };

/** A row of one source of the funds (`中央财政资金`, `其中:省级补助`), not their total. */
const SOURCE_ROW = /^(?:其中[:：]?)?(?:中央|省级|省|市级|州级|县级|区级|旗级|地方|本级|上级|自治区)(?:财政)?(?:补助|配套|专项)?(?:资金)?(?:\((?:万元|元)\))?[¦:]*$/u;

/** Where the total row (`合计`, `总计`, `资金总额`) starts within the rows below `at`, before another header or text; -1 when none. */
function totalRowBelow(text: string, at: number): number {
  for (let k = text.indexOf(ROW_BREAK, at); k > 0 && k - at <= 600; k = text.indexOf(ROW_BREAK, k + 1)) {
    const row = text.slice(k + 1, text.indexOf(ROW_BREAK, k + 1) < 0 ? text.length : text.indexOf(ROW_BREAK, k + 1));
    if (/^(?:合计|总计|(?:年度)?(?:财政)?(?:项目)?资金总额)(?:\((?:万元|元)\))?(?:[¦:]|$)/u.test(row)) return k + 1;
    // (rows of other sources go on; anything else ends the table)
    if (!/^(?:其中[:：]?)?[\u4e00-\u9fff()]{2,12}¦[-+\d]/u.test(row)) return -1;
  }
  return -1;
}

/**
 * A table of numbered items under the header (`1¦南昌市¦84.7¦84.7¦100.00%`, `2¦九江市¦…`): where its total row (`合计`, `总计`)
 * starts below them; -1 when the items end without one.
 */
const NUMBERED_ITEM = /^\d{1,3}¦[^¦\n\d]{2,30}¦/u;
function numberedTotal(text: string, at: number): number {
  for (let k = at; k >= 0 && k < text.length && k - at <= 4000;) {
    const end = text.indexOf(ROW_BREAK, k) < 0 ? text.length : text.indexOf(ROW_BREAK, k);
    const row = text.slice(k, end);
    if (/^(?:合计|总计)(?:[¦:]|$)/u.test(row)) return k;
    if (!NUMBERED_ITEM.test(row)) return -1;
    k = end + 1;
  }
  return -1;
}

/** How many rows from `at` on are a named item and its numbers (`职业技能提升培训¦286.00¦…`). */
function itemRows(text: string, at: number): number {
  let n = 0;
  for (const row of text.slice(at, at + 1200).split(ROW_BREAK)) {
    if (!/^[\u4e00-\u9fff()]{2,30}¦[-+\d]/u.test(row)) break;
    n++;
  }
  return n;
}

/** The row the money header's values stand in. */
const ROW_LABEL = /(?:年度)?(?:财政)?(?:项目)?资金总额|(?:部门整体)?支出总额|总额|合计|总计/uy;
const CJK = /[\u3400-\u9fff]/u;
const BREAK = /[¦\n]/u;

interface Label { col: Column; start: number; end: number; fuzzy: string | null; year?: YearMark }

/**
 * A head's year: printed (`2022年预算数`), or said (`上年决算数`, `本年预算数`). The department form's base
 * table (`2021年决算数 | 2022年预算数 | 2022年决算数`) sets last year's accounts beside this year's.
 */
type YearMark = number | 'last' | 'this';
const YEAR_PREFIX = /(?:(?<year>(?:19|20)\d{2})年度?|(?<last>上年度?|上一年度?|去年)|(?<this>本年度?|当年度?))/uy;

/**
 * In a run of heads that carry years, the report's year is the one that has both a budget and a spending
 * head (the latest, when several years have both); the other years' heads are `other` columns. Heads whose years tell
 * nothing are left as they are.
 */
function otherYears(chain: Label[]): void {
  const key = (y: YearMark | undefined) => y === undefined ? null : y === 'this' ? 'this' : y === 'last' ? 'last' : String(y);
  const marks = new Set(chain.map((l) => key(l.year)).filter((k) => k !== null));
  if (marks.size < 2) return;
  let own = [...marks].filter((k) => k !== 'last' && chain.some((l) => key(l.year) === k && (l.col === 'final' || l.col === 'initial')) && chain.some((l) => key(l.year) === k && l.col === 'spent'));
  // (two years each with both, `2022年预算数 | 2022年决算数 | 2023年预算数 | 2023年决算数`: a report sets the years before its own beside it)
  if (own.length > 1 && own.every((k) => /^\d{4}$/u.test(k))) own = [String(Math.max(...own.map(Number)))];
  if (own.length !== 1) return;
  for (const l of chain) if (key(l.year) !== null && key(l.year) !== own[0]) l.col = 'other';
}

export interface MoneyHeader {
  labels: Label[];
  columns: Column[];
  start: number;
  end: number;
}

/** A parenthesis at `at` (`(A)`, `(20分*执行率)`): where it ends, or -1. */
function parenEnd(text: string, at: number): number {
  if (text[at] !== '(') return -1;
  const close = text.indexOf(')', at);
  // (one opened again before it closes was never closed, its `)` misread: `执行率(B/A1得分(20分*执行率)`)
  return close > at && close - at <= 24 && !text.slice(at, close).includes(ROW_BREAK) && !text.slice(at + 1, close).includes('(') ? close + 1 : -1;
}

function labelAt(text: string, p: number, fuzzy = true): Label | null {
  let best: Label | null = null;
  for (const [col, re] of LABELS) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (m && (!best || m[0].length > best.end - best.start)) best = { col, start: p, end: p + m[0].length, fuzzy: null };
  }
  // A label misread by one character (`调整预算将` for 调整预算数) reads longer than the exact part it starts with.
  for (const [col, form] of fuzzy ? FUZZY : []) {
    const s = text.slice(p, p + form.length);
    if (s.length !== form.length || !s.startsWith(form.slice(0, 2)) || (best && best.end - best.start >= form.length)) continue;
    const diff = [...s].filter((ch, i) => ch !== form[i]);
    // (not when the odd character starts the next label: `全年执行分值` is 全年执行 then 分值)
    const at = [...s].findIndex((ch, i) => ch !== form[i]);
    if (diff.length === 1 && /[\u3400-\u9fffA-Za-z]/u.test(diff[0]!) && !(best && labelAt(text, p + at, false))) return { col, start: p, end: p + form.length, fuzzy: form };
  }
  return best;
}

/** Debris between two labels of a header: breaks, notes in parentheses, a few non-Han characters. */
function isJunk(gap: string): boolean {
  // (and a column's formula left unclosed, `(B/A1`: its `)` misread)
  const rest = gap.replace(/\([^()]{0,20}\)/gu, '').replace(/^\([A-F\d/×*÷%]{1,8}$/u, '').replace(/[¦\n]/gu, '');
  // Not a formula (`执行率=执行数/预算数`): that is a note about the columns, not the header.
  return rest.length <= 4 && !CJK.test(rest) && !/[=/*÷×]/u.test(rest);
}

/** A text without its breaks, and where each of its characters stands in the text. */
function squeeze(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!BREAK.test(text[i]!)) { s += text[i]; at.push(i); }
  at.push(text.length);
  return { s, at };
}

/** Where a sticky pattern matched at `p` ends, breaks inside the match allowed (`年度资金` / `总额`); -1 when it does not match. */
function matchAcross(re: RegExp, text: string, p: number): number {
  const { s, at } = squeeze(text.slice(p, p + 40));
  re.lastIndex = 0;
  const m = re.exec(s);
  return m && m.index === 0 && m[0].length > 0 ? p + at[m[0].length - 1]! + 1 : -1;
}

/** Every money header of the form: runs of column labels with a spending and a budget column. */
export function moneyHeaders(lin: Linear): MoneyHeader[] {
  const text = lin.text;
  // Labels are found with the breaks taken out: a cell one per line may break a label (`调整后预` / `算数`).
  const { s, at } = squeeze(text);
  const labels: Label[] = [];
  for (let p = 0; p < s.length; ) {
    const close = parenEnd(s, p);
    if (close > 0) { p = close; continue; }
    // (a year before the head is the head's: `2022年预算数`)
    YEAR_PREFIX.lastIndex = p;
    const y = YEAR_PREFIX.exec(s);
    const yl = y ? labelAt(s, p + y[0].length, false) : null;
    if (y && yl) {
      const g = y.groups!;
      labels.push({ ...yl, start: at[p]!, end: at[yl.end - 1]! + 1, year: g.year ? Number(g.year) : g.last ? 'last' : 'this' });
      p = yl.end;
      continue;
    }
    // A misread label is read within one cell only: across a break, the exact words are a label's.
    let l = labelAt(s, p);
    if (l?.fuzzy && at[l.end - 1]! - at[l.start]! !== l.end - l.start - 1) l = labelAt(s, p, false);
    if (l) { labels.push({ ...l, start: at[l.start]!, end: at[l.end - 1]! + 1 }); p = l.end; } else p++;
  }
  // Heads printed one after another, years and all: another year's columns are set apart.
  for (let i = 0; i < labels.length; ) {
    let k = i + 1;
    while (k < labels.length && isJunk(text.slice(labels[k - 1]!.end, labels[k]!.start))) k++;
    otherYears(labels.slice(i, k));
    i = k;
  }
  const runs: Label[][] = labels.map((_, i) => {
    const run = [labels[i]!];
    for (let k = i + 1; k < labels.length; k++) {
      const l = labels[k]!;
      if (!isJunk(text.slice(run.at(-1)!.end, l.start)) || (l.col !== 'other' && run.some((r) => r.col === l.col))) break;
      run.push(l);
    }
    return run;
  });
  const valid = runs.filter((r) => {
    const cols = r.map((l) => l.col);
    // (小计 is the budget only right after an adjustment column: elsewhere a subtotal row or column)
    if (r.some((l, k) => text.slice(l.start, l.end) === '小计' && r[k - 1]?.col !== 'adjust')) return false;
    // (合计 is the budget only right after the sources it adds up)
    if (r.some((l, k) => text.slice(l.start, l.end) === '合计' && r[k - 1]?.col !== 'other')) return false;
    // (two columns only in the department form's `年初预算资金总额 | 实际投入资金额`: the start-of-year budget and the spending)
    // (by the form's own words, 资金总额 and 实际投入: a list of projects' 年初预算 | 执行数 is none)
    // (or the transfer payment form's `全年预算数(A) | 全年执行数(B)`, its columns lettered for the rate's formula)
    const lettered = cols[0] === 'final' && cols[1] === 'spent' && /^\s?\(A\)/u.test(text.slice(r[0]!.end, r[0]!.end + 4)) && /^\s?\(B\)/u.test(text.slice(r[1]!.end, r[1]!.end + 4));
    if (r.length === 2 && !lettered && !(cols[0] === 'initial' && cols[1] === 'spent' && /总额/u.test(text.slice(r[0]!.start, r[0]!.end)) && /实际投入/u.test(text.slice(r[1]!.start, r[1]!.end)))) return false;
    return r.length >= 2 && cols.includes('spent') && (cols.includes('final') || cols.includes('initial')) && r.filter((l) => l.fuzzy).length <= 2;
  });
  // A run inside a longer one is not a header of its own.
  const kept = valid.filter((r) => !valid.some((o) => o !== r && o[0]!.start <= r[0]!.start && o.at(-1)!.end >= r.at(-1)!.end && o.length > r.length));
  return kept.map((r) => ({ labels: r, columns: r.map((l) => l.col), start: r[0]!.start, end: r.at(-1)!.end }));
}

/** An item of a value row: a number, or a cell that holds none. */
interface Item {
  kind: 'number' | 'empty' | 'placeholder' | 'instruction';
  /** Linear span */
  from: number;
  to: number;
  text: string;
  percent: boolean;
  /** Cut out of numbers that ran together */
  cut: boolean;
  /** The cell it stands in */
  cell: Cell | null;
}

const PLACEHOLDER = /^(?:[-—–/_]+|无|\\)$/u;
/** A cell that holds only numbers (with their units), perhaps several run together. */
const RUN = /^[+-]?\d[\d.,]*(?:%|万元|万|元|分)?(?:\d[\d.,]*(?:%|万元|万|元|分)?)*/u;
const SINGLE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|万元|万|元|分)?$/u;
const CUT_PART = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/u;
/** The highest execution rate a form can print (a budget cut after spending may give more than 100 %). */
const MAX_RATE = 200;

/** The ways a run of numbers printed together can be cut into numbers (at most `max`). */
function cuts(run: string, from: number, max: number): Item[][] {
  // Units and % end a number for sure.
  const pieces: { text: string; from: number }[] = [];
  for (const m of run.matchAll(/[\d.,+-]+(?:%|万元|万|元|分)?/gu)) pieces.push({ text: m[0], from: from + m.index });
  const options = (p: { text: string; from: number }): Item[][] => {
    const unit = /(?:%|万元|万|元|分)$/u.exec(p.text)?.[0] ?? '';
    const body = p.text.slice(0, p.text.length - unit.length);
    const out: Item[][] = [];
    const walk = (at: number, acc: Item[]) => {
      if (acc.length > max) return;
      if (at === body.length) { out.push(acc); return; }
      for (let end = at + 1; end <= body.length; end++) {
        const part = body.slice(at, end);
        if (!CUT_PART.test(part)) continue;
        const last = end === body.length;
        const t = last ? part + unit : part;
        walk(end, [...acc, { kind: 'number', from: p.from + at, to: p.from + end + (last ? unit.length : 0), text: t, percent: last && unit === '%', cut: true, cell: null }]);
      }
    };
    walk(0, []);
    return out;
  };
  let acc: Item[][] = [[]];
  for (const p of pieces) {
    const next: Item[][] = [];
    for (const a of acc) for (const o of options(p)) if (a.length + o.length <= max) next.push([...a, ...o]);
    acc = next.slice(0, 4000);
  }
  return acc;
}

/** Every order-keeping placement of `k` items into `n` columns. */
function* placements(k: number, n: number, from = 0): Generator<number[]> {
  if (k === 0) { yield []; return; }
  for (let p = from; p <= n - k; p++) for (const rest of placements(k - 1, n, p + 1)) yield [p, ...rest];
}

type Assignment = Map<Column, Item>;

/** The header's money columns (年初, 全年, 执行), in order. */
const moneyColumns = (header: MoneyHeader): Column[] => header.columns.filter((c) => c === 'initial' || c === 'final' || c === 'spent');

const num = (a: Assignment, col: Column): Big | null => {
  const it = a.get(col);
  if (!it || it.kind !== 'number') return null;
  const d = readDecimal(it.text.replace(/万元$|万$|元$/u, ''));
  return d === null ? null : new Big(d);
};

/** Whether a placement is possible, and whether the printed rate confirms it. */
function judge(a: Assignment, columns: readonly Column[], anyPercent: boolean, checkRate = true): { possible: boolean; verified: boolean } {
  const no = { possible: false, verified: false };
  for (const [col, it] of a) {
    if (it.kind !== 'number') continue;
    if (it.percent && col !== 'rate' && col !== 'otherRate') return no;
    if ((col === 'rate' || col === 'otherRate') && !it.percent && anyPercent) return no;
  }
  const weight = num(a, 'weight');
  const score = num(a, 'score');
  if (weight !== null && (weight.lte(0) || weight.gt(100))) return no;
  // A 分值 cut out of run-together numbers is a whole number of points (10, 20).
  if (weight !== null && a.get('weight')!.cut && !weight.round(0).eq(weight)) return no;
  if (score !== null && (score.gt(100) || (weight !== null && score.gt(weight)))) return no;
  const rate = num(a, 'rate');
  if (rate !== null && rate.gt(MAX_RATE)) return no;
  // The form's own arithmetic: 年初 + 调整 = 全年 (`③=①+②`).
  const initial = num(a, 'initial');
  const adjust = num(a, 'adjust');
  const final = num(a, 'final');
  if (initial !== null && adjust !== null && final !== null && !initial.plus(adjust).eq(final)) return no;
  const { base, spent } = baseAndSpent(a, columns);
  if (rate === null || !checkRate) return { possible: true, verified: false };
  // A printed rate is spent ÷ budget: both must be there, and give it.
  if (spent === null || base === null) return rate.eq(0) && spent === null ? { possible: true, verified: false } : no;
  if (base.eq(0)) return spent.eq(0) ? { possible: true, verified: false } : no;
  // Nothing spent at a rate of 0: possible, but it confirms no budget; nor does a rate below 1 %.
  if (spent.eq(0)) return rate.eq(0) ? { possible: true, verified: false } : no;
  const r = a.get('rate')!;
  const places = decimals(readDecimal(r.text) ?? '0');
  // (a rate printed as a ratio, `执行率(B/A)` over `1` or `0.958`, that spent ÷ budget gives exactly or to
  // two or more printed places, confirms the cut: `1.561.56120` = 1.56 | 1.56 | 1 | 20)
  if (!r.percent && rate.lte(1.5) && (spent.div(base).eq(rate) || (places >= 2 && isRatio(a, columns, r.text)))) return { possible: true, verified: true };
  if (rate.lt(1)) return { possible: true, verified: false };
  const tolerance = new Big(10).pow(-places);
  const computed = spent.times(100).div(base);
  return computed.minus(rate).abs().lte(tolerance) ? { possible: true, verified: true } : no;
}

/** A placement's budget (the final one, else the initial) and its spending: what a rate is computed on. */
function baseAndSpent(a: Map<Column, Item>, columns: readonly Column[]) {
  return { base: columns.includes('final') ? num(a, 'final') : num(a, 'initial'), spent: num(a, 'spent') };
}

/** Whether a placement's printed rate (a % of at least 1) is near its spent ÷ budget: within a point, and a twentieth of the rate. */
function rateNear(a: Map<Column, Item>, columns: readonly Column[]): boolean {
  const { base, spent } = baseAndSpent(a, columns);
  const rate = num(a, 'rate');
  if (base === null || spent === null || rate === null || base.eq(0) || rate.lt(1) || !a.get('rate')!.percent) return false;
  // (and within a twentieth of the rate: 0.02 % is not near a printed 1.00 %)
  const off = spent.times(100).div(base).minus(rate).abs();
  return off.lt(1) && off.lte(rate.div(20));
}

/**
 * Whether a rate printed without % is the row's spent ÷ budget as a ratio (`650 | 94 | 0.1`: 94 ÷ 650
 * = 0.14, 0.1 to one decimal) rather than a percentage (that would be 14.5).
 */
function isRatio(a: Map<Column, Item>, columns: readonly Column[], printed: string, strict = true): boolean {
  const { base, spent } = baseAndSpent(a, columns);
  if (base === null || spent === null || base.eq(0)) return false;
  const places = decimals(readDecimal(printed) ?? '0');
  const step = new Big(10).pow(-places);
  const ratio = spent.div(base);
  // (a ratio printed without decimals, `1`, must be exact: 60 ÷ 100 is no `1`)
  if (places === 0 && strict) return ratio.eq(printed);
  return ratio.minus(printed).abs().lte(step) && ratio.times(100).minus(printed).abs().gt(step);
}

export interface MoneyValue {
  field: HeadlineField;
  candidate: Candidate | null;
  doubt: string | null;
}

export interface MoneyRow {
  values: MoneyValue[];
  /** The value items the row holds (for the all-zeros check) */
  numbers: string[];
  where: string;
}

/** The unit the header gives its amounts: 万元 unless it says 元 or 亿元. */
function unitOf(raw: string): '万元' | '元' | '亿元' {
  // (a unit a cell broke over two lines, `(万` / `元)`, is read whole)
  const text = raw.replace(/[¦\n]/gu, '');
  if (/亿元/u.test(text)) return '亿元';
  if (/(?<!万)元\)|单位:元|\(元(?!\/)|^元$/u.test(text)) return '元';
  return '万元';
}

const RATE_NEAR = '，只有一种切分使执行率与执行数÷预算数相差不到 1 个百分点（表格本身的舍入或误差），按这种切分读';
const RATE_DISAGREES = '，但印出的执行率不等于执行数÷预算数（表格本身不一致），按印出的值读';

/**
 * Whether a row's cells start under the header's first label: its first item in that column, or empty
 * cells before it (`| 年度资金总额 | | 1,050.00 |…` under `| 项目资金（万元）| | 年初预算数 |…`).
 */
function aligned(items: readonly Item[], column: number): boolean {
  const first = items.findIndex((i) => (i.cell?.index ?? -1) >= column);
  return first >= 0 && items[first]!.cell?.index === column && items.slice(0, first).every((i) => i.kind === 'empty');
}

/** Reads the row of values a money header heads. */
export function readMoneyRow(flow: Flow, lin: Linear, header: MoneyHeader): MoneyRow | null {
  const text = lin.text;
  const n = header.columns.length;
  // (a header with two rate columns, the Sichuan form's `预算到位(D/C×100%)` and `预算执行(E/C×100%)`: a row's one % value may be either's)
  const twoRates = header.columns.includes('otherRate');
  // The row label: before the header (`年度资金总额年初预算数…`), or after its last cells.
  let rowLabel: { from: number; to: number } | null = null;
  const before = text.slice(Math.max(0, header.start - 12), header.start);
  const lb = /(?:年度)?(?:财政)?(?:项目)?资金总额[:¦\n]*$/u.exec(before);
  if (lb) rowLabel = { from: header.start - before.length + lb.index, to: header.start };
  let p = header.end;
  let v = -1;
  for (let skipped = 0; p < text.length && skipped <= 64; ) {
    const close = parenEnd(text, p);
    if (close > 0) { skipped += close - p; p = close; continue; }
    if (BREAK.test(text[p]!)) { p++; continue; }
    const labelEnd = matchAcross(ROW_LABEL, text, p);
    if (labelEnd > 0) {
      rowLabel = { from: p, to: labelEnd };
      p = labelEnd;
      const unitNote = parenEnd(text, p);
      if (unitNote > 0) p = unitNote;
      while (text[p] === ':') p++;
      // The label's cell ends here: one break, then the first value cell (empty or not).
      if (BREAK.test(text[p] ?? '')) p++;
      // (the rows' labels printed first, one a line, their values after them, `年度资金总额` / `其中：当年财政拨款` /
      // `上年结转资金` / `其他资金` / `6,200.00 6,850.00 …`: the first row of values is the total's)
      const labelsFirst = /^(?:(?:其中[:：]?)?[\u4e00-\u9fff()]{2,12}\n){1,6}(?=[-+]?\d)/u.exec(text.slice(p, p + 120));
      if (labelsFirst && /当年财政拨款|上年结转|其他资金|财政资金|中央|省级|市级|县级/u.test(labelsFirst[0])) p += labelsFirst[0].length;
      v = p;
      break;
    }
    // (a sign only before a digit: `③=①+②` is the header's formula)
    if (/^(?:\d|[+-]\d)/u.test(text.slice(p, p + 2)) || (PLACEHOLDER.test(text[p]!) && rowLabel)) {
      // (the first row a source's, `中央财政资金 | 8,415.00 | …`, the total printed below them, `合计 | 9,951.00 | …`: the total's)
      const rowStart = text.lastIndexOf(ROW_BREAK, p - 1) + 1;
      const label = text.slice(rowStart, p);
      const total = SOURCE_ROW.test(label) ? totalRowBelow(text, p) : -1;
      if (total > 0) { p = total; continue; }
      // (the first of numbered items, `1¦南昌市¦84.7¦…`, each a place's or a project's: the table's total row below them)
      const numbered = rowStart === p && NUMBERED_ITEM.test(text.slice(p, p + 40)) ? numberedTotal(text, p) : -1;
      if (numbered > 0) { p = numbered; continue; }
      // (nor the first of a list of named items with no total, `就业创业服务补助 | 412.50 | …` / `职业技能提升培训 | 286.00 | …`: one item's)
      // (or their total row below them, `合计 | 95.00 | …`: the total's)
      if (/^[\u4e00-\u9fff()]{4,30}¦$/u.test(label) && !SOURCE_ROW.test(label) && !/财政拨款|结转|其他资金|自筹/u.test(label) && itemRows(text, rowStart) >= 2) {
        const below = totalRowBelow(text, p);
        if (below < 0) return null;
        p = below;
        continue;
      }
      v = p;
      break;
    }
    p++;
    skipped++;
  }
  if (v < 0) return null;
  // A row numbering the columns (`0 1 2 3 4 5`, `1 2 3 4`, the Sichuan form's `列次 0 1 … 7`): the values come after it.
  const numbering = /^(?:\d{1,2}[¦\n]){2,}\d{1,2}(?=[¦\n]|$)/u.exec(text.slice(v))?.[0].split(/[¦\n]/u).map(Number) ?? [];
  const numberingLabel = /(?:列次|栏次|行次)[¦:\s]*$/u.test(text.slice(Math.max(0, v - 4), v));
  if (numbering.length >= 3 && (numbering[0]! <= 1 || numberingLabel) && numbering.every((x, k) => x === numbering[0]! + k)) {
    return readMoneyRow(flow, lin, { ...header, end: v + numbering.join('¦').length });
  }
  // (a table of several years lists many rows, `三公经费 | 29.08 | 63.46 | 44.29`: only its total row is the department's)
  // (its own row, not a word inside another's label: `收入总额`)
  // (not the Sichuan form's or Hubei's columns the headline does not take: those have no year)
  if (header.labels.some((l) => l.col === 'other' && l.year !== undefined) && !(rowLabel && rowLabel.from > header.end && (rowLabel.from === 0 || BREAK.test(text[rowLabel.from - 1]!)))) return null;
  // (from the header's own row: not the end of a sentence above it, `…8,760.00万元）。按资金来源分:`, cut after its 万)
  const besideHeader = text.slice(Math.max(0, header.start - 16, text.lastIndexOf(ROW_BREAK, header.start - 1) + 1), v);
  // A unit the form states elsewhere (a flattened form moves `项目资金(元)` away from its header):
  // when it is not the one read beside the header, the amounts' unit is in doubt.
  const elsewhere = new Set([...text.slice(Math.max(0, header.start - 300), Math.min(text.length, v + 300)).matchAll(/(?:资金|金额|单位)[:¦\n]{0,2}\((万元|元|亿元)\)|单位:(万元|元|亿元)/gu)].map((m) => m[1] ?? m[2]));
  // (a header that prints no unit, under a form that states one, `填报单位:… 单位:元`: the form's)
  // (only a unit line, `单位:元`: an indicator's `补助金额(元)` is that indicator's unit)
  // (or the money block's own label, `项目资金(元)`, that a flattened form moved away from its header, before or after it)
  const unitLines = new Set([...text.slice(Math.max(0, header.start - 300), header.start).matchAll(/单位:(万元|元|亿元)/gu)].map((m) => m[1]));
  for (const m of text.slice(Math.max(0, header.start - 300), Math.min(text.length, v + 300)).matchAll(/项目资金[¦\n]?\((万元|元|亿元)\)/gu)) unitLines.add(m[1]!);
  const unit = !/元/u.test(besideHeader) && elsewhere.size === 1 && unitLines.size === 1 ? [...unitLines][0] as '万元' | '元' | '亿元' : unitOf(besideHeader);
  const unitDoubt = [...elsewhere].some((u) => u !== unit) ? `表中另有金额单位“${[...elsewhere].join('、')}”，与表头旁的“${unit}”不同，金额未取值` : null;
  const where = `自评表“${rowLabel ? text.slice(rowLabel.from, rowLabel.to).replace(/[¦\n]/gu, '') : '预算执行'}”行（第 ${flow.lineAtOffset(lin.origin[rowLabel?.from ?? v]!)} 行）`;
  // Items: the tokens from v to the first text.
  const items: Item[] = [];
  const firstCell = lin.cell[v]!;
  const explicitRow = firstCell.explicit && firstCell.count > 1;
  let runTogether = false;
  for (let q = v, first = true; q <= text.length; first = false) {
    let end = q;
    while (end < text.length && !BREAK.test(text[end]!)) end++;
    const tok = text.slice(q, end);
    const midCell = first && q > 0 && !BREAK.test(text[q - 1]!);
    if (tok === '') {
      if (explicitRow) items.push({ kind: 'empty', from: q, to: q, text: '', percent: false, cut: false, cell: lin.cell[q - 1] ?? null });
    } else if (PLACEHOLDER.test(tok)) items.push({ kind: 'placeholder', from: q, to: end, text: tok, percent: false, cut: false, cell: lin.cell[q]! });
    else if (isInstruction(tok)) items.push({ kind: 'instruction', from: q, to: end, text: tok, percent: false, cut: false, cell: lin.cell[q]! });
    else {
      const m = RUN.exec(tok);
      // A cell that is not all numbers ends the row, unless the form is flattened (its numbers run into the next label).
      if (!m || (m[0].length < tok.length && !midCell)) break;
      if (m[0].length < tok.length && /[.、]$/u.test(m[0])) break;
      const run = m[0];
      // `21182118100%`: a percent no execution rate can be is numbers run together (2118 | 2118 | 100%).
      const impossibleRate = run.endsWith('%') && Number(run.slice(0, -1).replace(/,/gu, '')) > MAX_RATE;
      if (SINGLE.test(run) && !impossibleRate) items.push({ kind: 'number', from: q, to: q + run.length, text: run, percent: run.endsWith('%'), cut: false, cell: lin.cell[q]! });
      else { runTogether = true; items.push({ kind: 'number', from: q, to: q + run.length, text: run, percent: false, cut: true, cell: lin.cell[q]! }); }
      if (m[0].length < tok.length) break;
    }
    if (end >= text.length) break;
    if (explicitRow && text[end] === ROW_BREAK) break;
    q = end + 1;
  }
  while (items.length > (explicitRow ? n : 0) && items.at(-1)!.kind === 'empty') items.pop();
  // (a header led by `行次`, the row's number first: `年度资金总额 | 1 | 52.80 | …` — not a value of the money columns)
  if (/行次[¦\n]?$/u.test(text.slice(Math.max(0, header.start - 4), header.start)) && items[0]?.kind === 'number' && /^\d{1,2}$/u.test(items[0].text)) items.shift();
  if (items.every((i) => i.kind === 'empty')) return null;
  if (items.length === 0) return null;
  const numbers = items.filter((i) => i.kind === 'number').map((i) => i.text);

  // The ways to read the row: run-together numbers cut in every way that keeps within n.
  // More values than columns, none run together, no separators printed (a form a document site
  // flattened, the next row's values run on): the row is its first n values, or n - 1 when a
  // cell vanished, or its last n (a number printed twice before them, `28.1 28.1 28.1 28.1 10 100% 10`);
  // only the printed rate can confirm such a reading.
  const overflow = !explicitRow && !runTogether && items.length > n;
  let rows: Item[][] = overflow ? [items.slice(0, n), items.slice(0, n - 1), items.slice(items.length - n)] : [[]];
  for (const it of overflow ? [] : items) {
    const opts = it.cut ? cuts(it.text, it.from, n) : [[it]];
    const next: Item[][] = [];
    for (const r of rows) for (const o of opts) if (r.length + o.length <= n) next.push([...r, ...o]);
    rows = next.slice(0, 6000);
  }
  const fuzzy = header.labels.filter((l) => l.fuzzy);
  const anyPercent = (r: Item[]) => r.some((i) => i.percent);
  /** The items of a row in the columns a placement gives them. */
  const place = (p: number[], r: Item[]): Assignment => new Map(p.map((col, k) => [header.columns[col]!, r[k]!]));
  let possible: { a: Assignment; verified: boolean; complete: boolean }[] = [];
  // Every placement the column types allow, the printed rate aside.
  const unchecked: Assignment[] = [];
  // Complete readings of run-together numbers whose printed rate is within a point of spent ÷ budget.
  const near: Assignment[] = [];
  let how = '';
  const headerCells = header.labels.map((l) => lin.cell[l.start]!);
  // Both rows print every cell from the same column on: the header's positions are the data's.
  if (explicitRow && !runTogether) {
    // Cells placed by position: in order when the row has one per column, else under their
    // header cells when both rows print every cell from the same column on.
    let a: Assignment | null = null;
    if (items.length === n) {
      a = new Map(items.map((it, k) => [header.columns[k]!, it]));
      how = '各列齐全，按顺序对齐';
    } else if (headerCells.every((c) => c.explicit && c.line === headerCells[0]!.line) && aligned(items, headerCells[0]!.index)) {
      const grid: Assignment = new Map();
      headerCells.forEach((c, k) => {
        const it = items.find((i) => i.cell?.index === c.index);
        if (it) grid.set(header.columns[k]!, it);
      });
      a = grid;
      how = '按表头列位置对齐';
    } else how = `这一行印有分隔符，却少了单元格（${items.length}/${n} 列），无法判断少的是哪一格`;
    const j = a ? judge(a, header.columns, anyPercent(items)) : null;
    if (a && j!.possible) possible = [{ a, verified: j!.verified, complete: true }];
    else if (a && items.length === n && items.every((i) => i.kind === 'number') && fuzzy.length === 0 && judge(a, header.columns, anyPercent(items), false).possible) {
      possible = [{ a, verified: false, complete: true }];
      how += RATE_DISAGREES;
    }
    else {
      // A row that prints its separators lost a cell: placed in every order-keeping way, it is read
      // only where the printed rate confirms one placement's values (`387664.62 | 387664.62 | 10 |
      // 100% | 10`: 全年 and 执行, not 年初); else only the rate (its %) is sure.
      if (items.every((i) => i.kind === 'number' && !i.cut) && items.length < n && fuzzy.length === 0) {
        const confirmed = [...placements(items.length, n)].map((p) => place(p, items))
          .filter((x) => judge(x, header.columns, anyPercent(items)).verified);
        if (confirmed.length > 0) {
          possible = confirmed.map((x) => ({ a: x, verified: true, complete: false }));
          how = `这一行印有分隔符，却少了单元格（${items.length}/${n} 列），按执行率对齐`;
        }
      }
    }
    if (explicitRow && !runTogether && possible.length === 0) {
      // A row that prints its separators lost or gained a cell: which one cannot be told; only the rate (its %) is sure.
      if (a) how = `这一行按位置对齐后与表头的列不符（${items.length}/${n} 列）`;
      const rates = items.filter((i) => i.percent);
      const values: MoneyValue[] = [];
      for (const col of header.columns) {
        const field = FIELD_OF[col];
        if (!field) continue;
        if (col === 'rate' && rates.length === 1 && !twoRates) values.push({ field, candidate: candidate(flow, lin, rowLabel, rates[0]!, field, unit, where, [`${where}${how}；执行率按 % 认定`]), doubt: null });
        else values.push({ field, candidate: null, doubt: `${where}${how}，未取值` });
      }
      return { values, numbers, where };
    }
  } else {
    // (the last cells only when the first do not read: a row whose next row runs on at the same rate reads in both)
    const lastCells = overflow ? rows.at(-1) : undefined;
    const fromLast = new Set<Assignment>();
    for (const r of rows) {
      for (const p of placements(r.length, n)) {
        const a = place(p, r);
        const j = judge(a, header.columns, anyPercent(r));
        if (j.possible) possible.push({ a, verified: j.verified, complete: r.length === n });
        if (j.possible && r === lastCells) fromLast.add(a);
        if (judge(a, header.columns, anyPercent(r), false).possible) {
          unchecked.push(a);
          if (r.length === n && rateNear(a, header.columns)) near.push(a);
        }
      }
    }
    if (possible.some((x) => x.verified && !fromLast.has(x.a))) possible = possible.filter((x) => !fromLast.has(x.a));
    const counts = [...new Set(rows.map((r) => r.length))];
    // One value a column, every one of its column's type, in order: the row as printed, even when
    // its rate is not spent ÷ budget (the form's own inconsistency, flagged).
    const inOrder = !runTogether && fuzzy.length === 0 && rows.length === 1 && rows[0]!.length === n && rows[0]!.every((i) => i.kind === 'number' && !i.cut)
      ? new Map(rows[0]!.map((it, k) => [header.columns[k]!, it] as const)) : null;
    const rateDisagrees = possible.length === 0 && inOrder !== null && judge(inOrder, header.columns, anyPercent(rows[0]!), false).possible;
    if (rateDisagrees) possible = [{ a: inOrder, verified: false, complete: true }];
    how = runTogether ? `数字连在一起（“${items.filter((i) => i.cut).map((i) => i.text).join('”“')}”），按各列的含义切分` : overflow ? `这一行的数多于表头的列（${items.length}/${n}），按前面的数读` : counts.length === 1 && counts[0] === n ? '各列齐全，按顺序对齐' : `有空单元格消失（${counts.join('/')}/${n} 列）`;
    if (rateDisagrees) how += RATE_DISAGREES;
  }
  // (one rate printed under two rate columns: which column it stands in is not confirmed by its agreeing with spent ÷ budget —
  // a budget fully received is 100 % too)
  if (twoRates && items.filter((i) => i.percent).length < 2) possible = possible.map((x) => ({ ...x, verified: false }));
  if (possible.some((x) => x.complete)) possible = possible.filter((x) => x.complete);
  // Numbers cut apart, a misread label, or cells that vanished: only what the printed rate confirms.
  const needsRate = runTogether || fuzzy.length > 0 || overflow || !possible.some((x) => x.complete);
  if (needsRate) {
    const verified = possible.filter((x) => x.verified);
    // Cells that vanished, no rate printed to check them: read only when every money column
    // holds a value in every placement (the amounts cannot shift between 年初, 全年 and 执行).
    const moneyCols = moneyColumns(header);
    const filled = possible.filter((x) => moneyCols.every((c) => x.a.get(c)?.kind === 'number'));
    // (every placement, the printed rate aside: a rate printed without %, `200 150 10 80 8`, that
    // rules out the others is no confirmation)
    const rateless = !runTogether && fuzzy.length === 0 && !overflow && verified.length === 0 && !items.some((i) => i.percent) && filled.length > 0 && filled.length === possible.length
      && unchecked.every((a) => moneyCols.every((c) => a.get(c)?.kind === 'number'));
    // Numbers run together that only one complete reading fits, its printed rate off by less than a
    // point (`1484631.00%`: 148 | 46 | 31.00%, 46 ÷ 148 = 31.08 %; no other cut comes near): that reading, flagged.
    const nearly = runTogether && verified.length === 0 && near.length === 1 && fuzzy.length === 0;
    // Cuts the rate confirms alike (`2456.182456.182456.18`: 2456.18 ×3, or 2456.1 | 82456.1 | 82456.18):
    // a form prints its amounts to one precision, so the cut whose amounts share their decimals.
    const places = (x: { a: Assignment }) => new Set(moneyCols.map((c) => x.a.get(c)).filter((it) => it?.kind === 'number' && it.cut).map((it) => decimals(readDecimal(it!.text.replace(/万元$|万$|元$/u, '')) ?? '0')));
    const uniform = runTogether && verified.length > 1 ? verified.filter((x) => places(x).size <= 1) : [];
    const confirmed = uniform.length > 0 ? uniform : verified;
    possible = rateless ? filled : nearly ? [{ a: near[0]!, verified: false, complete: true }] : confirmed;
    if (nearly) how += RATE_NEAR;
    if (rateless) how += '，执行率未印出，各金额列在每种对齐中都有值';
    if (fuzzy.length > 0) how += `；表头“${fuzzy.map((l) => text.slice(l.start, l.end)).join('”“')}”按“${fuzzy.map((l) => l.fuzzy).join('”“')}”读（识别有误）`;
  }
  const values: MoneyValue[] = [];
  if (unitDoubt) {
    for (const col of header.columns) {
      const field = FIELD_OF[col];
      if (field && col !== 'rate') values.push({ field, candidate: null, doubt: `${where}${unitDoubt}` });
    }
  }
  // The header's one % column: a row's one % value is its rate, whatever became of the other cells (not where the header has two).
  const percents = rows.length === 1 ? items.filter((i) => i.percent) : [];
  for (const col of header.columns) {
    const field = FIELD_OF[col];
    if (!field || (unitDoubt && col !== 'rate')) continue;
    if (possible.length === 0) {
      if (col === 'rate' && percents.length === 1 && !twoRates && Number(percents[0]!.text.slice(0, -1).replace(/,/gu, '')) <= MAX_RATE) {
        values.push({ field, candidate: candidate(flow, lin, rowLabel, percents[0]!, field, unit, where, [`${where}${how}；执行率按 % 认定`]), doubt: null });
        continue;
      }
      values.push({ field, candidate: null, doubt: `${where}${how}${needsRate ? '，执行率无法核对' : '，各列无法对齐'}，未取值` });
      continue;
    }
    // (readings that place the same value from two cells agree: `65.66 65.07 10 99% 9 65.66 65.07 …`)
    const options = new Set(possible.map((x) => x.a.get(col)?.text ?? ''));
    if (options.size > 1) {
      const shown = [...new Set(possible.map((x) => x.a.get(col)?.text ?? '（空）'))].join(' / ');
      values.push({ field, candidate: null, doubt: `${where}${how}；此列可能是 ${shown}，未取值` });
      continue;
    }
    const it = possible[0]!.a.get(col);
    if (!it) continue;
    if (it.kind === 'instruction') { values.push({ field, candidate: null, doubt: `${where}此格未填写（印有“${it.text}”）` }); continue; }
    if (it.kind !== 'number') continue;
    // A rate printed as a ratio (`0.958`, no %, under `执行率(B/A)`): the row's own spending ÷ budget
    // confirms it (to its printed digits), then it is that percentage, the point moved two places
    // (0.958 → 95.8), flagged; unconfirmed, it is not read.
    if (col === 'rate' && !it.percent && Number(it.text) <= 1.5) {
      if (isRatio(possible[0]!.a, header.columns, it.text)) {
        const c = candidate(flow, lin, rowLabel, it, field, unit, where, [`${where}执行率印作比值“${it.text}”，与支出 ÷ 预算吻合，按百分数读`]);
        values.push({ field, candidate: c && { ...c, value: new Big(c.value).times(100).toFixed() }, doubt: null });
        continue;
      }
      // (nor read as a percentage: `0.958`, or `1` where 60 ÷ 100 is near it)
      if (/\.\d{2,}$/u.test(it.text) || isRatio(possible[0]!.a, header.columns, it.text, false)) { values.push({ field, candidate: null, doubt: `${where}执行率印作“${it.text}”，像是比值而不是百分数，未取值` }); continue; }
    }
    const doubts: string[] = [];
    if (possible.length > 1 || runTogether || overflow || fuzzy.length > 0 || how.startsWith('有空') || how.includes('少了单元格') || how.endsWith(RATE_DISAGREES)) doubts.push(`${where}${how}${possible.some((x) => x.verified) ? '，与执行率吻合' : ''}`);
    values.push({ field, candidate: candidate(flow, lin, rowLabel, it, field, unit, where, doubts), doubt: null });
  }
  return { values, numbers, where };
}

function candidate(flow: Flow, lin: Linear, rowLabel: { from: number; to: number } | null, it: Item, field: HeadlineField, unit: '万元' | '元' | '亿元', where: string, doubts: string[]): Candidate | null {
  const printedValue = it.text.replace(/万元$|万$|元$/u, '');
  let value = readDecimal(printedValue);
  if (value === null) return null;
  const money = field !== 'execution_rate_pct';
  const valueUnit = money && /(?<!万)元$/u.test(it.text) ? '元' : unit;
  if (money && valueUnit !== '万元') value = toWan(value, valueUnit);
  const span = originalSpan(lin, it.from, it.to, flow.original);
  const start = rowLabel ? Math.min(lin.origin[rowLabel.from]!, span.start) : span.start;
  const printed = flow.original.slice(span.start, span.end).replace(/\s+/gu, '').replace(/万元$|万$|元$|萬元$|萬$/u, '');
  return {
    field,
    value,
    printed: field === 'execution_rate_pct' ? printed : printed.replace(/%$/u, ''),
    quote: quoteOriginal(flow.source, flow.original, { start, end: span.end }),
    tier: 3,
    rule: where,
    doubts,
    ...(money && valueUnit !== '万元' ? { unit: valueUnit } : {}),
  };
}


/** The 其中 row of the year's own funds (`其中:本年财政拨款`, `当年财政拨款`) under a money row. */
const FUNDED_ROW = /其中:?[¦\n]?(?:本年|当年|本级)?(?:财政拨款|财政资金)(?:资金)?(?:\([^()]{0,6}\))?[¦\n]/u;
/** The other sources' rows, and the form's next part. */
const OTHER_SOURCES = /^(?:上年结转(?:资金)?|其他资金|其他|年度总体目标|年度目标|绩效指标|总体目标|预期目标|一级指标)$/u;

/**
 * A form whose money row was left at zeros while the row of the year's own funds beneath it
 * (`其中:本年财政拨款 | 90 | 89.974 | 89.974`) is filled in and the other sources' rows
 * (上年结转资金, 其他资金) print nothing: the funds row is the whole of the money, and gives the
 * budget and spending columns in order (its 分值, rate and 得分 are not printed). Flagged.
 */
export function readFundedRow(flow: Flow, lin: Linear, header: MoneyHeader): MoneyValue[] | null {
  const text = lin.text;
  const window = text.slice(header.end, header.end + 160);
  const m = FUNDED_ROW.exec(window);
  if (!m) return null;
  // Between the header and the funds row: the money row's label and its numbers only.
  const gap = window.slice(0, m.index).replace(/(?:年度)?(?:财政)?(?:项目)?资金总额|总额|合计|[\d.,%:]|万元|[¦\n]/gu, '');
  if (gap !== '') return null;
  const cols = moneyColumns(header);
  const items: Item[] = [];
  let q = header.end + m.index + m[0].length;
  let token = '';
  for (;;) {
    let end = q;
    while (end < text.length && !BREAK.test(text[end]!)) end++;
    token = text.slice(q, end);
    if (token !== '' && !SINGLE.test(token)) break;
    if (token !== '') items.push({ kind: 'number', from: q, to: end, text: token, percent: token.endsWith('%'), cut: false, cell: lin.cell[q] ?? null });
    if (end >= text.length || items.length > cols.length) break;
    q = end + 1;
  }
  // The other sources print nothing: the next cells are their labels, then the form's next part.
  const after = text.slice(q, q + 40).split(/[¦\n]/u).filter((t) => t !== '').slice(0, 2);
  if (items.length !== cols.length || items.some((i) => i.percent) || after.length === 0 || !after.every((t) => OTHER_SOURCES.test(t))) return null;
  const unit = unitOf(text.slice(Math.max(0, header.start - 16, text.lastIndexOf(ROW_BREAK, header.start - 1) + 1), header.end));
  const where = `自评表“${m[0].replace(/[¦\n]/gu, '')}”行（第 ${flow.lineAtOffset(lin.origin[header.end + m.index]!)} 行）`;
  const label = { from: header.end + m.index, to: header.end + m.index + m[0].length - 1 };
  return cols.map((col, k) => {
    const field = FIELD_OF[col]!;
    return { field, candidate: candidate(flow, lin, label, items[k]!, field, unit, where, [`自评表“资金总额”行为 0，${where}（上年结转、其他资金未填）按顺序读作预算数、执行数`]), doubt: null };
  });
}
