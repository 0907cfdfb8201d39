/**
 * The report's own arithmetic as a reader of its money, whatever its wording: a sentence that says
 * an amount was spent and gives its execution rate right after (`已拨付到户1,486,200元,…资金使用率95.88%`),
 * and an amount before it of which that spending is exactly that rate (`合计1,550,000元`: 148.62 ÷ 155 =
 * 95.88 %). The three agree only when they are the budget, the spending and the rate, so the words that
 * name them need not be in the cue lists. Written by hand: it is a search over the text's own numbers,
 * which no library does.
 */
import { Big } from 'big.js';
import type { Candidate } from './candidates.ts';
import { BEFORE_YEAR_END, trapReason, YEAR_ON_YEAR, type ReportContext } from './context.ts';
import type { Flow, Quote } from './flow.ts';
import { NUMBER, readDecimal, toWan } from './values.ts';

interface Amount { value: string; printed: string; start: number; end: number; clause: string }

export interface Triangle { budget: Candidate; spent: Candidate; rate: Candidate }

/** An amount AMOUNT read, in 万元. */
const inWan = (raw: string, unit: string) => (unit === '万元' || unit === '万' ? raw : toWan(raw, unit as '元' | '亿元'));
// (万 alone before punctuation, `调减中央财政资金300万,`, is 万元)
const AMOUNT = new RegExp(String.raw`(?<num>${NUMBER})\s?(?<unit>万元|亿元|元|万(?=[,，;；。、)）]))(?!美|港|欧|日|英|澳|台|/|每)`, 'dgu');
const RATE = new RegExp(String.raw`(?<num>${NUMBER})\s?%`, 'dgu');
/** A rate of the money spent (执行率, 支出进度, 资金使用率, 投资完成率, 资金发放率 …), not of funds received or of a target. */
const SPENDING_RATE = /(?:执行|支出|使用|支付|拨付|发放|兑付|用款|报账|列支|投资完成|完成投资)[^,;。:]{0,4}(?:率|进度|比例)(?:为|达|达到|是)?$/u;
const NOT_SPENDING_RATE = /到位|满意|合格|覆盖|达标|增长|下降|偏差|结余|占|上年|去年|同比|上一年|以前年度|累计|及时|合规|准确|规范/u;
/** Words that say an amount is not all that was spent or budgeted, or not yet: a part, what is left, a plan, a forecast. */
const PART = /其中|含|包括|剩余|结余|结转|尚未|未支|未拨|未使用|计划|预计|拟|将|自筹|另有|不纳入|上年|去年|同比|较上年/u;
/** Words that say an amount was spent. */
const SPENT = /支出|支付|使用|拨付|发放|兑付|列支|用款|执行|完成投资|结算|决算|报账/u;

/** The clause (from the last `,;。:` or line break) that leads up to `at`. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(...[...',;。:!?\n'].map((c) => text.lastIndexOf(c, at - 1)));
  return text.slice(from + 1, at);
}

/** Whether spent ÷ base, in %, is the printed rate, rounded or cut off to its printed decimals. */
export function fitsRate(spent: string, base: string, rate: string): boolean {
  if (new Big(base).lte(0)) return false;
  const pct = new Big(spent).div(base).times(100);
  const places = rate.split('.')[1]?.length ?? 0;
  const unit = new Big(10).pow(-places);
  const r = new Big(rate);
  return pct.minus(r).abs().lte(unit.div(2)) || (pct.gte(r) && pct.lt(r.plus(unit)));
}

/** One source of funds named (`已拨付上级资金60万元`, `县级配套资金已支出19万元`): a source's spending, not the whole's. */
const SOURCE = /(?:中央|省级|省|市级|州级|县级|区级|地方|本级|上级)(?:财政)?(?:补助|配套)?资金|配套资金/u;

/** Whether the words before an amount in its sentence name a year other than the report's (`2022年度,该项目资金200万元,…`). */
function otherYear(lead: string, ctx: ReportContext): boolean {
  const years = [...lead.matchAll(/(20\d{2})年/gu)].map((m) => Number(m[1]));
  return ctx.fiscalYear !== null && years.length > 0 && years.at(-1) !== ctx.fiscalYear;
}

/** The start of the sentence `at` is in (after the last `。!?` or line break before it). */
function sentenceStartOf(text: string, at: number): number {
  return Math.max(...[...'。!?\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
}

/**
 * The amounts before a rate that their clauses say were spent, in the rate's sentence or the one before, within
 * 150 characters (`已拨付到户2,651.4万元,未拨付84.6万元,…。资金拨付率96.91%`): not money received
 * (`收到上级拨付资金90万元,执行率100%`), a part or a plan, nor a figure as of a month before the year's end
 * (`截至10月底,资金支付进度款64万元,执行率64%`), nor one a trap of context.ts sets aside.
 */
function spentBefore(flow: Flow, ctx: ReportContext, amounts: readonly Amount[], rateStart: number): Amount[] {
  const text = flow.text;
  const previousStart = sentenceStartOf(text, Math.max(0, sentenceStartOf(text, rateStart) - 1));
  return amounts.filter((b) => b.end <= rateStart && b.start >= previousStart && rateStart - b.end <= 150
    && SPENT.test(b.clause) && !PART.test(b.clause) && !/到位|到账|下达|收到|拨入/u.test(b.clause) && !SOURCE.test(b.clause)
    && !otherYear(text.slice(sentenceStartOf(text, b.start), b.start), ctx)
    && !BEFORE_YEAR_END.test(text.slice(sentenceStartOf(text, b.start), b.start))
    && !trapReason(flow, b.start, ctx, 'amount'));
}

/**
 * The one (budget, spending, rate) the text's arithmetic agrees on, or null when none or several do.
 * The spending is an amount just before the rate (spentBefore); the budget an earlier amount within 400
 * characters, not spent, not a part (nor caught by the traps of context.ts, as any cue's amount). A rate
 * below 1 % proves nothing; one of 100 % only when the two amounts are printed alike; last year's none.
 */
export function triangulate(flow: Flow, ctx: ReportContext): Triangle | null {
  const text = flow.text;
  const amounts: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const raw = readDecimal(m.groups!.num!);
    if (raw === null) continue;
    const [numStart, numEnd] = m.indices!.groups!.num!;
    amounts.push({ value: inWan(raw, m.groups!.unit!), printed: flow.printed({ start: numStart, end: numEnd }), start: numStart, end: m.index + m[0].length, clause: clauseBefore(text, numStart) });
  }
  const found: { a: Amount; b: Amount; rate: string; rateAt: [number, number] }[] = [];
  for (const p of text.matchAll(RATE)) {
    const rate = p.groups!.num!;
    const [rateStart] = p.indices!.groups!.num!;
    const rateEnd = p.index + p[0].length;
    const rateClause = clauseBefore(text, rateStart);
    if (!SPENDING_RATE.test(rateClause) || NOT_SPENDING_RATE.test(rateClause) || new Big(rate).lt(1) || new Big(rate).gt(100)) continue;
    for (const b of spentBefore(flow, ctx, amounts, rateStart)) {
      for (const a of amounts) {
        if (a.end > b.start || b.start - a.end > 400 || a === b) continue;
        if (SPENT.test(a.clause) || PART.test(a.clause)) continue;
        // (nor revenue, `财政拨款收入合计…`: a report's rate may be over it, but it is not a budget; funds in place are a trap's)
        if (/收入|到账|到位/u.test(a.clause) || /各$/u.test(a.clause) || otherYear(text.slice(sentenceStartOf(text, a.start), a.start), ctx) || trapReason(flow, a.start, ctx, 'amount')) continue;
        if (new Big(rate).eq(100) ? a.printed !== b.printed : !fitsRate(b.value, a.value, rate)) continue;
        found.push({ a, b, rate, rateAt: [rateStart, rateEnd] });
      }
    }
  }
  if (found.length === 0) return null;
  const first = found[0]!;
  if (found.some((f) => !new Big(f.a.value).eq(first.a.value) || !new Big(f.b.value).eq(first.b.value))) return null;
  const rule = `执行率“${first.rate}%”与其前的支出、预算相符`;
  const at = (x: Amount, field: Candidate['field']): Candidate => ({ field, value: x.value, printed: x.printed, quote: flow.quote({ start: x.start, end: x.end }), tier: 1, rule, doubts: [] });
  return {
    budget: at(first.a, 'budget_final_wan'),
    spent: at(first.b, 'spent_wan'),
    rate: { field: 'execution_rate_pct', value: first.rate, printed: `${first.rate}%`, quote: flow.quote({ start: first.rateAt[0], end: first.rateAt[1] }), tier: 1, rule, doubts: [] },
  };
}

/** Words that say an amount was added to the budget, or taken from it. */
const ADDED = /追加|调增|增加|新增|追补/u;
const TAKEN = /追减|调减|减少|核减|压减|收回|调出/u;

/** An amount of the text (in 万元) equal to `target`, its clause and where it stands. */
interface Found { value: string; printed: string; quote: Quote; clause: string }

/** The amounts of the text exactly equal to `target` (万元; one in 元 or 亿元 converted), with the clause before each. */
function* amountsEqualTo(flow: Flow, target: Big): Generator<Found> {
  for (const m of flow.text.matchAll(AMOUNT)) {
    const raw = readDecimal(m.groups!.num!);
    if (raw === null) continue;
    const value = inWan(raw, m.groups!.unit!);
    if (!new Big(value).eq(target)) continue;
    const [numStart, numEnd] = m.indices!.groups!.num!;
    yield { value, printed: flow.printed({ start: numStart, end: numEnd }), quote: flow.quote({ start: numStart, end: m.index + m[0].length }), clause: clauseBefore(flow.text, numStart) };
  }
}

/**
 * The adjustment the report states in words the cues do not know (`追加义务教育公用经费、学生资助资金等63.75万元`,
 * `追减部分招商活动经费14.32万元`): an amount whose clause says it was added (or taken), on the lines of the start-of-year
 * and the final budget read or between them, that is exactly their difference. Null when there is none.
 */
export function adjustmentBetween(flow: Flow, initial: Candidate, final: Candidate): Candidate | null {
  const difference = new Big(final.value).minus(initial.value);
  if (difference.eq(0)) return null;
  const [first, last] = [Math.min(initial.quote.line, final.quote.line), Math.max(initial.quote.line, final.quote.line)];
  for (const { value, printed, quote, clause } of amountsEqualTo(flow, difference.abs())) {
    // (not a part of something else, what is left or planned, nor a change on last year: `比上年增加63.75万元`)
    // (or an adjustment that names no direction, `全年预算调整数185.00万元`: the difference gives it)
    if (!((difference.gt(0) ? ADDED : TAKEN).test(clause) || /调整(?:数|金额)?(?:为|是)?$/u.test(clause)) || PART.test(clause.replace(/^其中/u, '')) || YEAR_ON_YEAR.test(clause)) continue;
    // (a form gives both budgets in its cells: its note elsewhere, `说明:本年度追加预算12万元用于…`, may say what was added)
    const fromForm = initial.tier === 3 && final.tier === 3 && /预算|资金|经费|年中|调整/u.test(clause);
    if ((quote.line < first || quote.line > last) && !fromForm) continue;
    return { field: 'budget_adjustment_wan', value: difference.lt(0) ? `-${value}` : value, printed, quote, tier: 1, rule: `年初预算${initial.value}与调整后预算${final.value}之差`, doubts: [] };
  }
  return null;
}

/**
 * The start-of-year budget the cues did not read as such (`部门预算批复数为4,127.60万元` … `调减预算356.80万元` … `全年预算数为3,770.80万元`):
 * an amount budgeted or approved, on the adjustment's lines or the two before, that is exactly the final budget minus the adjustment.
 */
export function initialBefore(flow: Flow, adjustment: Candidate, final: Candidate): Candidate | null {
  const initial = new Big(final.value).minus(adjustment.value);
  if (initial.lte(0) || new Big(adjustment.value).eq(0)) return null;
  const [first, last] = [Math.min(adjustment.quote.line, final.quote.line) - 2, Math.max(adjustment.quote.line, final.quote.line)];
  const found = budgeted(amountsEqualTo(flow, initial), /预算|批复|安排/u, first, last);
  return found && { field: 'budget_initial_wan', value: found.value, printed: found.printed, quote: found.quote, tier: 1, rule: `调整后预算${final.value}减去调整数${adjustment.value}`, doubts: [] };
}

/**
 * The final budget the start-of-year budget and its adjustment make, where the text prints it under a word the cues do not
 * take for it (`2022年预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元`): an amount, on their lines or just above,
 * whose clause speaks of the budget, not of spending or a part, exactly their sum. Null when there is none.
 */
export function finalFromParts(flow: Flow, initial: Candidate, adjustment: Candidate): Candidate | null {
  const final = new Big(initial.value).plus(adjustment.value);
  if (final.lte(0) || new Big(adjustment.value).eq(0)) return null;
  const [first, last] = [Math.min(initial.quote.line, adjustment.quote.line) - 2, Math.max(initial.quote.line, adjustment.quote.line) + 2];
  const found = budgeted(amountsEqualTo(flow, final), /预算/u, first, last);
  return found && { field: 'budget_final_wan', value: found.value, printed: found.printed, quote: found.quote, tier: 1, rule: `年初预算${initial.value}加调整数${adjustment.value}`, doubts: [] };
}

/** The first of the amounts whose clause names a budget (`words`), not spending, a part or another year, between two lines. */
function budgeted(amounts: Iterable<Found>, words: RegExp, first: number, last: number): Found | null {
  for (const a of amounts) {
    if (!words.test(a.clause) || SPENT.test(a.clause) || PART.test(a.clause) || YEAR_ON_YEAR.test(a.clause)) continue;
    if (a.quote.line >= first && a.quote.line <= last) return a;
  }
  return null;
}
