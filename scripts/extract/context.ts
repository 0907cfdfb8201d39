/**
 * Traps: numbers a cue points at that are not the answer. Each rule looks at the words before
 * the cue, within the clause, the sentence or the section it stands in.
 */
import type { Flow } from './flow.ts';
import { escapeRegExp } from './values.ts';

export interface ReportContext {
  kind: 'department' | 'project' | null;
  fiscalYear: number | null;
  /** The project a project report is about, when known */
  project?: string | null;
}

/** Where, before `at`, the last of `stops` stands (the scope starts after it). */
function scopeStart(text: string, at: number, stops: RegExp): number {
  for (let i = at - 1; i >= 0; i--) if (stops.test(text[i]!)) return i + 1;
  return 0;
}

const CLAUSE = /[,;。!?:、\n\t]/u;
const SEGMENT = /[;。!?\n]/u;
const SENTENCE = /[。!?\n]/u;

/** The words from the start of the clause / segment / sentence / paragraph up to `at`. */
function before(flow: Flow, at: number, scope: 'clause' | 'segment' | 'sentence' | 'paragraph'): string {
  const stops = scope === 'clause' ? CLAUSE : scope === 'segment' ? SEGMENT : scope === 'sentence' ? SENTENCE : /\n/u;
  return flow.text.slice(scopeStart(flow.text, at, stops), at);
}

/**
 * A figure as of a date before the year's end: `截至6月30日`, `截止2023年10月底`, `上半年`, `前三季度`
 * (a month printed whole: `截至2022年12月31日` is the year's end, not `2月`).
 */
export const BEFORE_YEAR_END = /(?:截至|截止)[^。]{0,8}?(?<!\d)(?:0?[1-9]|1[01])月|上半年|前三季度|[一二三]季度/u;
export const YEAR_ON_YEAR = /同比|比上年|较上年|上年|去年|上一年|前一年|相比|较20\d{2}|比20\d{2}|增幅|降幅/u;
/** A component of spending or budget, not the whole: 基本支出, 人员支出, 财政拨款支出 … */
const COMPONENT = /(?:基本|人员|公用|拨款|资本性|采购|基金|其他资金|其中)(?:支出|经费)?$/u;
/** Words that say the sentence is about the department as a whole. */
const WHOLE = /部门|整体|本局|我局|本单位|我单位|本中心|我中心|本署|我署/u;
/** `一、`, `（二）`, `3.`: the mark of a heading or an enumerated item. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、](?!\d)|\d{1,2}[.、](?=20\d{2}年))/u;

/** A heading or the first short sentence of a paragraph naming one project or fund. */
const SUB_ITEM = /^(?:\d+[.、]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]+、)?[^。,;]{2,30}?(?:项目|经费|费用|专项资金|专项)[。.:]/u;
/** An enumerated paragraph that opens with a named fund and its amount (`4、就业专项资金594.74万元,…`; not the money in general, `1、预算资金260万元`). */
const FUND_ITEM = /^(?:\d+[.、]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]+、)(?!(?:预算|项目|财政|专项|上级|本级|年度|全年|当年|中央|省级|市级|县级|区级)*(?:项目|经费|费用|资金|专项)[:：]?\d)[^。,;:：\d]{2,30}?(?:项目|经费|费用|资金|专项)[:：]?\d/u;
/** A section about one project or fund, or about projects: `（一）招商活动经费`, `四、项目支出情况`. */
const PROJECT_HEADING = /(?:项目|经费|专项资金|专项|资金)(?:支出)?(?:使用)?(?:情况|完成情况|绩效|执行情况|绩效情况)?[。.:]?$/u;

/** A text that says it covers several projects: `涉及2个项目`, `共3个项目`, `参与绩效评价的项目共4个`. */
const SEVERAL_PROJECTS = /(?:涉及|共|包括|包含|含)(?:[2-9]|[1-9]\d|[两二三四五六七八九十])个(?:子)?(?:项目|专项)(?=[,，:：;；。、()]|$|分别|共计|合计)|(?<!全(?:省|市|县|区|州|旗)[^,;。]{0,12})(?:(?:参与|参加)(?:绩效)?(?:评价|自评)|纳入(?:绩效)?(?:评价|自评)范围)的项目共(?:[2-9]|[1-9]\d|[两二三四五六七八九十])个(?![^。]{0,6}其中之一)/u;

/** The mark of an item in a list inside a sentence: ①②③, or (1)(2)(3) after a colon or a stop (`已分配资金中:(1)…;(2)…`). */
const LIST_MARK = /[\u2460-\u2473]|(?<=[:;,])\((?:\d{1,2}|[一二三四五六七八九十])\)/u;

/** A numbered item naming a fund or an expense and its amount, `1、高新区协警工作经费:20万元`, or a project and, in its
 * first sentence, its money (`㈠某某工程项目。安排资金7000万元`): its name. (㈠ and ⑴ are single code points for `(一)`, `(1)`.) */
const FUNDED_ITEM_LINE = /(?<=^|\n)(?:\d+[.、](?!\d)|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]+、|[\u3220-\u3229\u2474-\u2487])(?<name>[^。,;:：\d\n]{2,30}?(?:项目|经费|费用|资金|专项))(?:[:：]\d[\d.,]*万?元|[。.][^。\n\d]{0,12}?\d[\d.,]*(?:万元|亿元|元))/gu;
/** A name that is the whole's, not an item's (`项目资金`, `年度预算资金`). */
const GENERIC_FUNDS = /^(?:预算|项目|财政|专项|上级|本级|年度|全年|当年|中央|省级|市级|县级|区级|年初|调整后|总|合计)*(?:项目|经费|费用|资金|专项)$/u;
/** How many differently named items with their own amounts a text lists. */
function fundedItems(text: string): number {
  return new Set([...text.matchAll(FUNDED_ITEM_LINE)].map((m) => m.groups!.name!.trim()).filter((n) => !GENERIC_FUNDS.test(n))).size;
}

/** A department counting its projects (`我局共5个项目`, `本单位涉及3个项目`). */
const DEPARTMENT_COUNT = /(?:我|本)(?:局|单位|部门|中心|委|办|院|厅|会)[^。]{0,12}?(?:共有|共|涉及|包括)(?:[2-9]|[1-9]\d|[两二三四五六七八九十])个(?:支出)?项目/u;

/** A paragraph that is one of several projects listed in turn: `项目一:`, `项目2、`. */
const PROJECT_ITEM = /^项目[一二三四五六七八九十\d]{1,3}[:、.]/u;

/** A heading about the budget as a whole: `预算资金使用情况`, `资金管理情况`, `财政资金…`. */
const GENERIC_HEADING = /^(?:预算|财政|资金|收支|年度|总体)/u;

/** Whether the enumerated paragraphs just above `at` (none or more) follow one that ends announcing a breakdown (`…支付率为100%。具体如下:`, `分别为:`). */
function breakdownAbove(flow: Flow, at: number): boolean {
  let end = at - 1;
  for (let n = 0; n < 30 && end > 0; n++) {
    const start = flow.text.lastIndexOf('\n', end - 1) + 1;
    const line = flow.text.slice(start, end);
    if (/(?:具体|明细|分别)(?:如下|为)[:：]?$/u.test(line)) return true;
    if (!ENUMERATOR.test(line)) return false;
    end = start - 1;
  }
  return false;
}

/**
 * Why the number a cue at `cueStart` points at is a trap, or null when it is not.
 * `field` decides which rules apply: a score is not a component of spending.
 */
export function trapReason(flow: Flow, cueStart: number, ctx: ReportContext, field: 'amount' | 'rate' | 'score' | 'grade'): string | null {
  const clause = before(flow, cueStart, 'clause');
  const segment = before(flow, cueStart, 'segment');
  const sentence = before(flow, cueStart, 'sentence');
  const paragraph = before(flow, cueStart, 'paragraph');
  // (a cue starting inside the words, `上年度预算执行率`: its match began at 年度)
  if (YEAR_ON_YEAR.test(clause) || (/(?:上|去|前一)$/u.test(clause) && /^年/u.test(flow.text.slice(cueStart, cueStart + 1)))) return '同比/上年数';
  // (a sentence about last year from an earlier clause on, `上年度同类项目预算为380万元,实际支出360万元,执行率为94.74%`: its later
  // figures are last year's too, until a clause names this year; only when that clause gives a figure of its own, not a passing
  // mention, `结合上年度预算执行情况,…`, `受上年度疫情影响,…`; not a comparison, `比上年增加50万元,执行率98%`, nor last year's
  // carry-over, `上年结转资金20万元,…`)
  const lastYear = [...segment.matchAll(/(?<![比较与同])(?:上一?年度?|去年|前一年度?)(?!度|结转|结余|末|底)/gu)].at(-1);
  const ownClause = lastYear ? segment.slice(lastYear.index).split(/[,，;；:：]/u)[0]! : '';
  if (field !== 'grade' && lastYear && /\d/u.test(ownClause) && segment.slice(lastYear.index).length > ownClause.length && !new RegExp(`本年|今年|当年|全年|${ctx.fiscalYear ?? '本年'}年`, 'u').test(segment.slice(lastYear.index + lastYear[0].length))) return '同比/上年数';
  // Funds in place (`到位`) are neither the budget nor the spending (funds a unit received, `收到…资金`,
  // are what it had to spend: a report's rate is computed on them)
  // (only after the clause's last number: in a flattened form `实际到位资金(万元)84.74实际使用情况…` is the field before;
  // a column head `资金到位情况` or a `到位率` is no receipt)
  if (field !== 'grade' && field !== 'score' && /到位/u.test(clause.replace(/^[^]*\d/u, '').replace(/到位(?:情况|率)/gu, ''))) return '到位资金，不是预算或支出';
  if (field !== 'grade' && field !== 'score' && /采购/u.test(segment)) return '政府采购';
  // Money that is not the project's budget or spending: what is left (结余, 尚未支出) or raised by others
  // (自筹, 社会资金, 撬动, 带动, 捐赠) — in the clause up to the amount.
  // (or pooled across projects, 统筹整合, unless the pooled fund is the project itself)
  // (the cue's own words, up to its number)
  const cueText = flow.text.slice(cueStart, cueStart + 16).replace(/[-\d].*$/su, '');
  const cueWords = clause + cueText;
  // (a cue negated by 未 right before it, `未执行数0元`, `未使用资金3万元`: the part not spent; not `年未`, a slip for 年末)
  if (field === 'amount' && (NOT_THE_FUNDS.test(cueWords) || /(?<!年)未$/u.test(clause) || (/整合/u.test(cueWords) && !/整合/u.test(ctx.project ?? '')))) return '结余、自筹、社会、捐赠或统筹整合的资金，不是项目的预算或支出';
  // A payment still to come (`待审计结算完成后,支付资金80万元`, `验收合格后,支付资金18万元,计划于…`).
  if (field === 'amount' && /^(?:支付|支出)/u.test(cueText)) {
    const rest = flow.text.slice(cueStart, cueStart + 60).replace(/^[^]*?\d(?:万元|元|亿元)/u, '');
    if (/(?:待|将|拟|计划|预计|准备)/u.test(segment) || /后[,，]?$/u.test(segment) || /^[,，][^。;]{0,20}?(?:计划|将于|拟|预计)/u.test(rest)) return '尚待支付的款项，不是已支出';
  }
  // (an amount cut or taken back, `调减我县…专项资金223.57万元`: not the budget or the spending)
  if (field === 'amount' && /调减|追减|核减|扣减|收回/u.test(clause)) return '调减或收回的金额，不是预算或支出';
  // (a forecast, `预计全年支出76万元`: not a figure of the year's)
  if (field === 'amount' && /(?:预计|预测|估计)$/u.test(clause)) return '预计数，不是实际数';
  // (one level's share where the sentence names another's, `…由中央财政承担,省财政安排775万元`: not the whole)
  if (field === 'amount' && /(?:中央|省|市|州|县|区)级?$/u.test(clause) && /^财政/u.test(cueText)
    && new Set([...(sentence + cueText).matchAll(/(中央|省|市|州|县|区)级?财政(?![厅局部委])/gu)].map((m) => m[1])).size >= 2) return '某一级财政承担的份额，不是总数';
  // (a difference, `决算基本支出总额超年初预算批复5…`, `比预算少支出3万元`: by how much one exceeds the other)
  if (field !== 'grade' && /(?:超|超出|超过|低于|少于|高于|多于|结余于)$/u.test(clause)) return '两数之差，不是预算或支出';
  // (spending as budgeted, `预算批复的总支出为18531.47万元`, `年初安排的支出`: the budget, not what was spent)
  if (field === 'amount' && /^(?:总)?支出/u.test(cueText) && /(?:预算|批复|安排|计划)的$/u.test(clause)) return '预算安排的支出，不是执行数';
  // (next year's money, `拟申请下年度预算资金60万元`: not this year's)
  if (field === 'amount' && /(?:下|次|明|来)一?年度?|拟申请|拟安排/u.test(cueWords)) return '下一年度的数，不是本年度';
  // (funds applied for to pay with, `已申请专项债券资金支付9600万元`: a request, not a payment made)
  if (field === 'amount' && /^(?:资金|经费)?(?:支付|支出)/u.test(cueText) && /申请/u.test(clause)) return '申请的资金，不是已支出';
  // (a count of projects by their grade, `有14个预算项目…绩效自评等级为“优”,占比100%`: the projects' share, not the report's grade)
  if ((field === 'grade' || field === 'score') && /\d+个(?:预算|子)?项目/u.test(sentence) && /^[^。;\n]{0,24}?占(?:比|全部|总数)/u.test(flow.text.slice(cueStart, cueStart + 40))) return '按等次统计的项目个数，不是本报告的';
  // A figure as of a date within the year (`截至6月30日已执行支付210万元`, `上半年已支出…`): not the year's.
  const asOf = /(?:截至|截止)(?:\d{4}年)?(\d{1,2})月/u.exec(segment + flow.text.slice(cueStart, cueStart + 12));
  // (a date late in the year, `截止2023年11月30日`, may be the report's cut-off; 年中调整后 is the adjusted budget)
  if (field !== 'grade' && field !== 'score' && ((asOf && Number(asOf[1]) <= 9) || /(?:上半年|前三季度|一季度|二季度|三季度)$/u.test(clause.replace(/(?:已|累计|共|实际)+$/u, '')))) return '年中某一时点的数，不是全年';
  // `其中年初预算…，年中追加…` breaks the budget down by when it was set: those are the figures themselves.
  const byTime = /^(?:年初|年中|追加|调增|调减|调整)/u.test(flow.text.slice(cueStart, cueStart + 2));
  // (but a place's own share of a wider area's total, `下达全省…合计5000万元,其中下达我市资金共计1200万元`, is its budget)
  const ownShare = field === 'amount' && /全(?:省|市|国|区|州)[^。]*其中[^。]*$/u.test(sentence) && /我(?:市|县|区|州|旗)|本(?:市|县|区)/u.test(segment + cueText);
  if (field !== 'grade' && field !== 'score' && !ownShare && COMPONENT.test(clause) && !(byTime && /其中$/u.test(clause))) return '支出的组成部分';
  // (not the project's own share, `其中本项目下达资金300万元`)
  // (or the first amount of a segment that opens with 其中, a citation's clauses before it:
  // `其中:依据《…》、《…》下达中央财政资金30.9万元,县财政资金30.9万元,共计下达61.8万元`)
  // (nor the unit's own share among them, `其中:…下达我局森林防火经费75.96万元`)
  const firstOfBreakdown = /^其中/u.test(segment) && !/\d(?:万元|元|亿元)/u.test(segment) && !/(?:本|该)项目|我(?:局|单位|中心|委|办|院|校|站|所|队|处|镇|乡)|本(?:局|单位|中心)/u.test(segment + cueText);
  if (field !== 'grade' && field !== 'score' && !byTime && !ownShare && !/(?:本|该)项目/u.test(clause) && (/^其中/u.test(clause) || firstOfBreakdown || /其中[:\t]?$/u.test(flow.text.slice(Math.max(0, cueStart - 4), cueStart)))) return '“其中”的一部分';
  // A later item of a list 其中 opens (`其中中央专项资金4605万元,自治区专项资金963万元`): a fund named
  // after other named amounts, each clause since 其中 a name and its amount.
  // (the fund named before the cue, `省级配套资金执行2087.98万元`, or by it, `中央资金2000万元`)
  // (the clause's words after its last amount: `其他资金859.6万元2023年支出…` names no fund for the 支出)
  // (the first item may cite its documents: `其中:依据《…》下达中央财政资金30.9万元,县财政资金30.9万元`)
  if (field === 'amount' && !ownShare && !/(?:本|该)项目/u.test(clause) && /(?:资金|经费)[^,;。]{0,4}$/u.test((clause.replace(/^[^]*\d(?:万元|亿元|元)/u, '') + flow.text.slice(cueStart, cueStart + 12)).replace(/[\d,.].*$/su, ''))) {
    // (the items may go on past a semicolon, `其中中央财政资金:236万元;地方财政资金150万元`, but not into a total,
    // `…;项目资金合计386万元`)
    const afterSemicolon = /;([^;。]*)$/u.exec(sentence)?.[1] ?? '';
    const since = (/合计|共计|总计|总额|项目|整体|全部/u.test(afterSemicolon + cueText) ? /其中([^。;]*)$/u : /其中([^。]*)$/u).exec(sentence)?.[1];
    if (since !== undefined && since !== '' && since.split(/[,，;；]/u).slice(0, -1).every((c, i) => (i === 0 ? /^[^]{1,200}?\d[\d,.]*(?:万元|元|亿元)$/u : /^[^\d]{1,16}\d[\d,.]*(?:万元|元|亿元)$/u).test(c))) return '“其中”所列的一项';
  }
  // Inside parentheses after an amount (`共安排546.23万元,其中:中央248.73万元(2023年结转95.43万元,2024年下达153.3万元)`):
  // a part of that amount.
  const open = sentence.lastIndexOf('(');
  if (field === 'amount' && open > sentence.lastIndexOf(')') && /\d(?:万元|元|亿元)$/u.test(sentence.slice(0, open))) return '括号中列出的前一金额的组成部分';
  // A target the report set itself (`绩效目标:老年人日间照料中心资金完成173万元`, `年度目标:执行率达到95%`): a plan, not what was done.
  // (up to what was done, `…;实际完成:…资金完成46.5万元`)
  if (field !== 'grade' && field !== 'score' && /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、])?(?:年度|总体|预期|计划|项目){0,2}(?:绩效)?目标(?:值)?(?:[:：]|为|是)/u.test(sentence)
    && !/(?:实际|完成情况|完成值|执行情况|实际完成)[:：]/u.test(sentence)) return '报告设定的目标，不是完成的数';
  // An indicator's own score in a list of indicators (`…年初目标值≥90%，实际完成值≥90%，自评得分20分`).
  if (field === 'score' && /(?:目标值|完成值|指标值)[^,，;；]{0,3}?[≥≤<>=]?\d/u.test(sentence.split(/[;；]/u).at(-1)!)) return '某个指标的得分，不是总分';
  // (`预算执行率指标绩效自评10分`, `产出指标得分45分`: the clause names an indicator)
  // (`A产出指标(自评分19分)`: in parentheses after it)
  // (or named right before it, `预算资金执行率自评得分10分`: the rate item's)
  if (field === 'score' && /指标(?:绩效)?\(?$|执行率$/u.test(clause)) return '某个指标的得分，不是总分';
  // (or its weight just before it, below the whole's 100: `产出指标完成情况:分值30分,自评得分30分`)
  const weight = /分值(\d+(?:\.\d+)?)分[,，]?$/u.exec(flow.text.slice(Math.max(0, cueStart - 12), cueStart))?.[1];
  if (field === 'score' && weight !== undefined && Number(weight) < 100) return '某个指标的得分，不是总分';
  // A cue that is itself a source's name, another source named in its sentence: `州级补助资金28800元…,省级补助资金17280元…`.
  const ownSource = /^(?:中央|省级|市级|州级|县级|区级|地方|本级|上级)/u.exec(cueText)?.[0];
  const sentenceRest = flow.text.slice(cueStart, cueStart + 200).split(/[。!?\n]/u)[0]!;
  if (field === 'amount' && ownSource && [...sentenceRest.matchAll(SOURCE)].some((m) => !m[0].startsWith(ownSource))) return '某一资金来源的数，不是总数';
  // A source's own lines, under its name on a line of its own (`其中：当年财政拨款` / `年初预算数：…　全年预算数：…`): that source's.
  const lineStart = flow.text.lastIndexOf('\n', cueStart - 1);
  const lineAbove = lineStart > 0 ? flow.text.slice(flow.text.lastIndexOf('\n', lineStart - 1) + 1, lineStart).trim() : '';
  // (under 其中, or after the whole's own figure stated above: not a text's one source, `资金来源` / `市级财政资金` / `…全年预算数150万元`)
  const sourceLine = /^(?<part>其中[:：]?)?(?:当年财政拨款|上年结转(?:资金)?|其他资金|(?:中央|省级|省|市级|县级|区级)(?:财政)?(?:补助)?资金)$/u.exec(lineAbove);
  const cueWord = cueText.replace(/[:：\s]+$/u, '');
  const statedAbove = cueWord.length >= 2 && flow.text.slice(Math.max(0, lineStart - 600), lineStart - lineAbove.length).includes(cueWord);
  // (or before the whole's, its label on a line of its own below, `年度资金总额` / `年初预算数：120.00 …`)
  const totalBelow = cueWord.length >= 2 && new RegExp(`\\n(?:年度资金总额|资金总额|合计|总计)\\n[^\\n]*${escapeRegExp(cueWord)}`, 'u').test(flow.text.slice(cueStart, cueStart + 600));
  if (field !== 'grade' && field !== 'score' && sourceLine && (sourceLine.groups!.part !== undefined || statedAbove || totalBelow)) return '某一资金来源的数，不是总数';
  // A form flattened into `来源-栏目数` phrases (`资金总额-年初预算数…,专户-年初预算数0元,单位年初预算数0元`): a source's row, not the total's.
  if (field === 'amount' && /^(?:财政资金|专户|单位|其他资金|自筹资金?|上年结转)[-—－]?$/u.test(clause)) return '某一资金来源的数，不是总数';
  // One source of funds among several a sentence goes through: `中央资金完成636.75万元,预算执行率81.97%,省级资金…`.
  if (field !== 'grade' && field !== 'score' && fundSource(sentence, flow.text.slice(cueStart, cueStart + 200), field)) return '某一资金来源的数，不是总数';
  // Funds carried over from earlier years (`以前年度结转8.8万元,全年执行数8.8万元`): the carry-over's figures.
  // (only a segment that opens with the carry-over's amount and goes straight on to the cue; not a
  // total after it, `上年结转0万元,全年可执行预算合计860.92万元`, nor a budget that includes it)
  // (nor one larger than the carry-over, or the year's own, `上年结转资金30万元,本年实际支出140万元`)
  const carried = /^(?:其中)?[:,]?(?:以前年度|上年度?|往年)结转[^,;。()\d]*?(?<amount>\d[\d.,]*)万?元,[^,;。\d]*$/u.exec(segment);
  const figure = /\d[\d.,]*/u.exec(flow.text.slice(cueStart, cueStart + 40))?.[0];
  if ((field === 'amount' || field === 'rate') && carried && !/本年/u.test(clause)
    && (field === 'rate' || (figure !== undefined && Number(figure.replace(/,/gu, '')) <= Number(carried.groups!.amount!.replace(/,/gu, ''))))) return '以前年度结转资金的数';
  // An item of a list numbered ①②③ (`分别项目为①森林防火…资金执行率30.88%`): that item's figure.
  // (not a total after a list of uses: `主要用于①…②…,实际支出790万元,执行率98.75%`)
  // (or by (1)(2)(3) inside the sentence, after a colon: `已分配资金中:(1)…;(2)…;(3)计提工作经费20.00万元,实际支出17.05万元`)
  const item = sentence.split(LIST_MARK).at(-1)! + flow.text.slice(cueStart, cueStart + 6);
  const totalAt = item.search(/实际支出|已支出|合计|共计|总计|全年|本年/u);
  // (nor a total the list runs into, `(2)人员培训20万元,合计支出50万元`, `…;全年实际支出20万元`)
  const listEnded = /合计|共计|总计|全年|本年|累计/u.test(item);
  if (field !== 'grade' && field !== 'score' && LIST_MARK.test(sentence) && !listEnded && !(totalAt >= 0 && !/\d[\d.,]*万?元/u.test(item.slice(0, totalAt)))) return '逐项列出的分项之一的数';
  // One of funds listed side by side with no total (`下达了园林绿化经费:514.56万元,行道树养护费:30.58万元`): one fund's amount.
  // (not the project's own share beside the others', `其中本项目下达资金300万元,其他项目下达资金8300万元`)
  // (nor a total followed by its sources or what was added, saved or left, `项目资金120万元,中央补助资金80万元,…`)
  if (field === 'amount' && new RegExp(`^[^。;\\d]*?${PARALLEL_FUNDS}`, 'u').test(flow.text.slice(cueStart, cueStart + 100))) return '并列的几项资金之一的数';
  // (the last of them too, `第一批下达资金100万元,第二批下达资金50万元`: the pair read backwards, unless it restates one amount,
  // sums them, `…,共下达资金100万元`, or ends a breakdown of a total stated before, `…5000万元,分别为:…` — left as it was)
  const upToAmount = /^[^。;\d]*?(?:费|经费|资金)[:：]?\d[\d.,]*万?元/u.exec(flow.text.slice(cueStart, cueStart + 60))?.[0];
  const pair = upToAmount === undefined || /(?<!公)共|总|全部|累计/u.test(clause + upToAmount) || /分别|其中/u.test(segment) ? null : new RegExp(`${PARALLEL_FUNDS}$`, 'u').exec(`${segment}${upToAmount}`)?.[0].match(/\d[\d.,]*(?=万?元)/gu);
  if (field === 'amount' && pair && pair[0] !== pair.at(-1)) return '并列的几项资金之一的数';
  // A rate after the sentence's overall rate and its 其中 (`执行率为80.32%,其中:基本支出…元,执行率100%`): a part's.
  // (an execution rate, not a works completion rate, `工程完成率100%,其中…`; nor the whole's named as such, `项目整体资金执行率`)
  if (field === 'rate' && /(?:执行率|支出率)[^。]*?\d%[^。]*其中/u.test(sentence) && !/整体|总体|全部/u.test(clause + cueText)) return '“其中”的一部分';
  // (or in a sentence that opens with 其中, the whole's stated before it: `其中:基本支出实际支出822.90万元,执行率99.47%`)
  if (field === 'rate' && /^其中/u.test(sentence) && !/整体|总体|全部|(?:本|该)项目/u.test(clause + cueText)) return '“其中”的一部分';
  // A sample the evaluators drew (`本次现场评价抽查229个项目…资金执行率为65.56%`): the sample's figures, not the whole's.
  // (a sample of projects, units or places, its sentence speaking of the sample: not households surveyed or batches tested)
  if (field !== 'grade' && field !== 'score' && /(?:抽查|抽取|抽样|抽检)了?\d+个(?:项目|单位|乡镇|镇|乡|街道|县|区|市|村|行政村|企业|学校)/u.test(paragraph) && /现场评价|抽查|抽取|抽样|抽检|样本/u.test(sentence)) return '抽查样本的数，不是总数';
  // The 三公 funds (official travel abroad, cars, receptions) a paragraph about them gives: `3、“三公”经费控制:…今年年初预算安排0万元`.
  // (in its sentence, or under an item that opens with them, in a paragraph of its own or run into a flattened one)
  const itemHead = paragraph.slice([...paragraph.matchAll(/(?:^|[。;:\s])(?:\d+[、.](?!\d)|\(\d+\)|[一二三四五六七八九十]+、)/gu)].at(-1)?.index ?? 0);
  const whole = /总额|合计|总计|全年支出|部门|整体/u.test(clause + cueText);
  if (field === 'amount' && !whole && (/三公/u.test(clause) || (/^[。;:\s]?[^。]{0,20}三公/u.test(itemHead) && /三公[^。]*。[^。]*$/u.test(itemHead)))) return '“三公”经费的数，不是部门或项目的预算和支出';
  // A breakdown of projects by group: `绩效自评“良”的项目11个财政资金201.9万元`.
  if (field !== 'grade' && /的项目\d+个/u.test(clause)) return '一组项目的数，不是总数';
  // One of several projects a text goes through in turn: `项目一:…完成预算的100%`.
  if (PROJECT_ITEM.test(paragraph)) return '逐个列出的项目之一的数';
  // A report on several projects together (`涉及2个项目`): a paragraph that opens with one of them
  // (`1.青少年管理事务工作经费。该项目…支出资金30万元`) gives that one's figures.
  // (or an enumerated paragraph that opens with one of them and its amount, the cue's words included)
  // (or that lists them, two or more numbered items each with its own amount: `1、协警工作经费:20万元。` / `2、扶贫经费:20万元。`)
  if (ctx.kind === 'project' && (SEVERAL_PROJECTS.test(flow.text.slice(0, 3000)) || fundedItems(flow.text.slice(0, 3000)) >= 2) && (SUB_ITEM.test(paragraph) || FUND_ITEM.test(paragraph + flow.text.slice(cueStart, cueStart + 30)))) return '逐个列出的项目之一的数';
  // The department's count of its projects and their funds, in a text read as one project's report (`2023年我局共5个项目,项目资金264.09万元`):
  // the sum of several projects, not this one's.
  // (not this project's own figure after it, `…共涉及3个项目,其中本项目年初预算资金60万元`)
  if (field === 'amount' && ctx.kind === 'project' && ctx.project && DEPARTMENT_COUNT.test(sentence) && !/(?:本|该)项目/u.test(clause + cueText)) return '部门几个项目合计的数，不是本项目的';
  // An enumerated paragraph under one that announces a breakdown (`…支付率为100%。具体如下:` / `1、档案整理费5万元,实际已支付5万元`):
  // one item's figures, the total stated above.
  // (a report that enumerates its own sections under `…情况具体如下:` loses their figures to this rule: a miss, flagged,
  // where reading them as the whole's invented a part's figure on real texts)
  if (field !== 'grade' && field !== 'score' && ENUMERATOR.test(paragraph) && breakdownAbove(flow, cueStart - paragraph.length)) return '逐项列出的分项之一的数';
  // A sentence under a label that says it is last year's (`(四)上年情况:2022年该项目预算280万元,支出265.30万元`, `去年同期:`).
  // (not a carry-over, `上年结转资金:`; nor the report's own year a report written the next year calls 上年度, `上年度资金情况:2022年…`)
  const lastYearLabel = /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+\)|\d+[.、])?(?:上年|去年|上一年|上年度)(?!结转|结余)[\u4e00-\u9fff]{0,4}:/u.exec(sentence);
  if (lastYearLabel && !(ctx.fiscalYear !== null && sentence.slice(lastYearLabel[0].length).startsWith(`${ctx.fiscalYear}年`))) return '上年的数，不是本年度';
  if (ctx.fiscalYear !== null) {
    // (not the date a form was filled in or published, `填报日期:2022年8月10日`)
    const dated = clause + flow.text.slice(cueStart, cueStart + 2);
    const years = [...dated.matchAll(/(20\d{2})年/gu)].filter((m) => !(/^\d{1,2}月/u.test(clause.slice(m.index + 5)) && /(?:日期|填报|发布|时间|成文|印发)[:：]?$/u.test(flow.text.slice(Math.max(0, cueStart - clause.length + m.index - 8), cueStart - clause.length + m.index)))).map((m) => Number(m[1]));
    if (years.length > 0 && years.at(-1) !== ctx.fiscalYear) return `${years.at(-1)} 年的数，不是 ${ctx.fiscalYear} 年度`;
    // (another year the sentence opens with is its topic, over every clause that names none: `2019年该项目到位资金…,支出1,102.86万元`
    // — when the text names the report's year beyond its title too: a title's year alone may be the year it was written)
    // (after a label too, `2.上年对比:2020年度本项目…,全年执行数512.30万元`; or opens the parenthesis the cue is in:
    // `…增加251.06万元(2022年实际支出2,854.12万元,执行率为93.41%)`)
    const open = sentence.lastIndexOf('(') > sentence.lastIndexOf(')') ? sentence.slice(sentence.lastIndexOf('(') + 1) : null;
    const topic = /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+\)|\d+[.、])?(?:[\u4e00-\u9fff]{2,8}:)?(20\d{2})年度?(?![初中底末]|\d{1,2}月)/u.exec(open ?? sentence)?.[1];
    // (a form's heading `（2021年度）` is its year's too)
    const named = flow.text.split(`${ctx.fiscalYear}年`).length - 1 >= 2 || new RegExp(`\\(\\s?${ctx.fiscalYear}\\s?年度\\s?\\)`, 'u').test(flow.text);
    if (years.length === 0 && topic && Number(topic) !== ctx.fiscalYear && named && !sentence.includes(`${ctx.fiscalYear}年`) && !/本年|当年|今年|年末|年底/u.test(clause + cueText)) return `${topic} 年的数，不是 ${ctx.fiscalYear} 年度`;
  }
  // Money summed over several years (`2021年至2023年累计投入资金300万元`, `项目自2019年实施以来,累计支出…`, `项目实施以来,累计投入资金…`):
  // not the year's.
  // (only a sum, 累计 or 共 by the figure: not a plan's years, `按2021-2023年三年行动方案安排,本年预算资金80万元`, nor a season,
  // `2022年至2023年冬春季森林防火期内`; nor once the year's own figure follows, `…,其中2023年安排100万元`, `…以来,本年度预算资金…`)
  if ((field === 'amount' || field === 'rate') && ctx.fiscalYear !== null) {
    // (a start with no year after one the sentence dates in the report's year, `项目于2023年3月开工建设,开工以来…`, `本年度项目实施以来`, is
    // within the year)
    const thisYear = new RegExp(`${ctx.fiscalYear}年|本年|当年|今年`, 'u');
    const span = [...segment.matchAll(/20\d{2}年?(?:至|到|—|－|-|~|～)20\d{2}年|20\d{2}年[^,，;；。]{0,8}以来|(?:实施|启动|开工|建设|成立|开展|设立|运行)以来/gu)]
      .filter((m) => (!m[0].startsWith(`${ctx.fiscalYear}年`) || !m[0].endsWith('以来')) && !(/^\D/u.test(m[0]) && thisYear.test(segment.slice(0, m.index)))).at(-1);
    const after = span ? segment.slice(span.index + span[0].length).replace(/\([^()]*\)/gu, '') : '';
    if (span && /累计|共计|合计|总计|共(?:投入|安排|支出|下达)/u.test(after + cueText) && !/20\d{2}年|本年|本年度|当年|今年/u.test(after)) return '几个年度累计的数，不是本年度';
    // (or the years counted, `三年年初预算合计2,280.00万元`, `两年累计支出…`)
    if (/(?<![\d年])(?:[两二三四五六七八九十]|[2-9])个?年度?(?:年初|累计|合计|共计|共|总)/u.test(clause + cueText)) return '几个年度累计的数，不是本年度';
  }
  // A figure in the problems or measures a report lists is an example, not the report's figure.
  const section = sectionHeading(flow, cueStart);
  // (not the report's own conclusion set down there, `…石门坳镇人民政府2019年度部门整体支出绩效自评结论为“良好”`)
  const conclusion = (field === 'grade' || field === 'score') && /部门整体|单位整体|(?:本|该)项目|(?:本|我)(?:局|单位|中心|部门)/u.test(sentence + cueText) && /自评|评价|评议/u.test(sentence + cueText);
  if (section && /问题|措施|建议|意见|整改/u.test(section) && !conclusion) return `“${section}”一节中举例的数`;
  // (an item under such a top-level heading, `五、存在的问题` / `(二)…配套资金执行率为94.46%,…进度滞后;`)
  const top = topHeading(flow, cueStart);
  if (top && !conclusion && /^[一二三四五六七八九十]+、(?:存在的?|主要)?(?:问题|不足)|^[一二三四五六七八九十]+、[^。]{0,12}(?:改进|整改)(?:措施|建议|意见|方向)/u.test(top)) return `“${top}”一节中举例的数`;
  // A project report that goes through its funds one top-level section at a time
  // (`一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)`): a figure there is that fund's.
  if (ctx.kind === 'project') {
    const top = topHeading(flow, cueStart);
    const topic = top?.replace(/^[一二三四五六七八九十]+、/u, '') ?? '';
    const project = ctx.project?.replace(/\s+/gu, '') ?? '';
    // (only when the text has sections of two funds or more: one alone is all of the report the text holds)
    if (top && /资金|经费/u.test(topic) && !FUND_SECTION_WORDS.test(topic) && (project === '' || !topic.includes(project)) && fundSections(flow) >= 2) return `“${top}”一节只讲其中一项资金`;
  }
  if (ctx.kind === 'department') {
    if (/该项目|本项目|此项目/u.test(sentence)) return '部门报告中某个项目的数';
    // (a sentence opening with 其中 after one that counts the department's projects, `我院2018年共有8个支出项目,…。其中,法院执行年初预算数6万元`)
    const before = flow.text.slice(Math.max(0, cueStart - sentence.length - 80), cueStart - sentence.length);
    if (/^其中/u.test(sentence) && /\d+个(?:支出|预算|财政)?(?:支出)?项目[^。]*。?$/u.test(before)) return '部门报告中某个项目的数';
    if (/项目/u.test(clause) && !WHOLE.test(clause)) return '部门报告中某个项目的数';
    // (not a project or fund named only as what was added, cut or contained, or in parentheses: `追加疫情防控专项经费…等73.83万元,
    // 调整后预算702.18万元`, `年中追加预算415.30万元(主要为…经费)`)
    // (nor a reason or a use: `根据…“微治理”项目等工作需要,追加预算348.76万元`, `用于全省重大项目谋划…`)
    const subject = sentence.replace(/\([^()]*\)/gu, '').split(/[,;:]/u).filter((c) => !/追加|追减|调增|调减|增加|减少|收回|核减|压减|调出|调入|退回|缴回|其中|包括|含|主要为|主要是|用于|根据|按照|因|由于|为了/u.test(c)).join(',');
    if (/项目|经费/u.test(subject) && !WHOLE.test(sentence)) return '部门报告中某个项目的数';
    if (SUB_ITEM.test(paragraph) && !WHOLE.test(paragraph.slice(0, paragraph.search(/[。.:]/u) + 1))) return '部门报告中某个项目的数';
    const heading = sectionHeading(flow, cueStart);
    const topic = heading?.replace(ENUMERATOR, '') ?? '';
    if (heading && PROJECT_HEADING.test(topic) && !GENERIC_HEADING.test(topic) && !WHOLE.test(heading)) return `“${heading}”一节中的项目数`;
  }
  return null;
}

/**
 * A fund and its amount, then another fund named after it and its amount, side by side (`…经费:514.56万元,行道树养护费:30.58万元`):
 * the second not a source, an adjustment or what was left of the first, nor a total, spending or budget.
 */
const PARALLEL_FUNDS = String.raw`(?:费|经费|资金)[:：]?\d[\d.,]*万?元[,，、](?!中央|省|市级|州级|县级|区级|地方|本级|上级|配套|自筹|追加|调增|调减|节约|节余|结余|剩余|不足)(?![^,，。;]{0,12}(?:支出|执行|到位|结余|使用|拨付|支付|预算|实际|合计|共计|其中|其他|其余))[\u4e00-\u9fff]{2,16}(?:费|经费|资金)[:：]?\d[\d.,]*万?元`;

/** Money that is not a project's budget or spending: what is left, raised by others or pooled across projects. */
const NOT_THE_FUNDS = /结余|结存|剩余|尚未|未支出|自筹|社会资金|撬动|带动|捐赠/u;

/** A source of funds: 中央资金, 省级资金, 地方资金, 其他资金 … */
const SOURCE = /(?:中央|省级|省|市级|州级|县级|区级|地方|本级|上级|其他|自筹|社会)(?:财政)?(?:补助)?资金/gu;

/**
 * Whether the words before a cue, in its sentence, speak of one source of funds while the
 * sentence names others too (a breakdown by source), the last one named after any total.
 */
function fundSource(sentenceBeforeRaw: string, after: string, field: 'amount' | 'rate'): boolean {
  // Sources listed in parentheses (`执行数1032849.44(含中央资金…,地方资金…)`) break down the total
  // before them; a figure the text calls the total (`总预算执行率`) is not one source's.
  if (/总$/u.test(sentenceBeforeRaw) || /^(?:总体|整体|总)/u.test(after)) return false;
  const sentenceBefore = sentenceBeforeRaw.replace(/\([^()]*\)/gu, '');
  const rest = after.slice(0, Math.max(0, after.search(/[。!?\n]/u)) || after.length);
  const named = new Set([...sentenceBefore.matchAll(SOURCE), ...rest.matchAll(SOURCE)].map((m) => m[0].replace(/财政|补助/gu, '')));
  if (named.size < 2) return false;
  const last = [...sentenceBefore.matchAll(SOURCE)].at(-1);
  if (last === undefined) return false;
  // (a source of a breakdown after 其中 whose amount came before an amount's cue, `其中…其他资金859.6万元2023年支出…`, is not the cue's;
  // a rate after a source's amount is that source's, `中央资金完成318.40万元,预算执行率88.10%`)
  // (but a source's own budget, then its spending, is that source's: `其中中央财政资金全年预算数1800万元,全年执行数1200万元`)
  const afterAmount = sentenceBefore.slice(sentenceBefore.lastIndexOf('元') + 1);
  const continues = afterAmount === ',' && /预算|安排|下达/u.test(sentenceBefore.slice(last.index));
  if (field === 'amount' && !continues && /其中/u.test(sentenceBefore.slice(0, last.index)) && /\d(?:万元|亿元|元)/u.test(sentenceBefore.slice(last.index)) && /(?:\d{4}|本|全)$|共|合计|总|,/u.test(afterAmount)) return false;
  // `中央资金和省级资金共投入…`: sources joined, or a total after them, is not one source.
  if (/[和及与、]$/u.test(sentenceBefore.slice(0, last.index))) return false;
  return !/合计|总计|共|全部|总额/u.test(sentenceBefore.slice(last.index) + after.slice(0, 2));
}

/** What a section heading about the money in general says (not a fund's name). */
export const FUND_SECTION_WORDS = /^(?:项目|专项|财政|预算)?(?:资金|经费)$|情况|分析|概况|目标|基本|绩效|管理|使用|投入|执行|支出|实施|结论|评价|自评|问题|建议|措施|总体|安排|下达|分解|来源|说明|拨付|进度|到位/u;

/** How many top-level sections of the text are each one fund's (`一、中央自然灾害救灾资金(…)`, `二、…补助资金`). */
function fundSections(flow: Flow): number {
  const topics = [...flow.text.matchAll(/(?<=^|\n)[一二三四五六七八九十]+、(?<topic>[^\n。;]{2,38})(?=\n)/gu)].map((m) => m.groups!.topic!)
    .filter((t) => /资金|经费/u.test(t) && !FUND_SECTION_WORDS.test(t));
  return new Set(topics).size;
}

/** The nearest earlier top-level heading (`一、…`, a short line). */
export function topHeading(flow: Flow, at: number): string | null {
  let end = flow.text.lastIndexOf('\n', at - 1);
  while (end > 0) {
    const start = flow.text.lastIndexOf('\n', end - 1) + 1;
    const line = flow.text.slice(start, end);
    if (line.length <= 40 && /^[一二三四五六七八九十]+、/u.test(line) && !/[。;]/u.test(line)) return line;
    end = start - 1;
  }
  return null;
}

/** The heading of the section `at` stands in: the nearest earlier short line or enumerated line. */
function sectionHeading(flow: Flow, at: number): string | null {
  // (a heading that runs into its text on its own line, `五、自评结果:自评分数96.5分`, opens a section of its own)
  const own = flow.text.slice(flow.text.lastIndexOf('\n', at - 1) + 1, at);
  const inline = /^([^:\n]{2,20}):/u.exec(own);
  if (inline && /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/u.test(inline[1]!) && !inline[1]!.includes('\t')) return inline[1]!;
  let end = flow.text.lastIndexOf('\n', at - 1);
  while (end > 0) {
    const start = flow.text.lastIndexOf('\n', end - 1) + 1;
    const line = flow.text.slice(start, end);
    // (an item that states its figures, `4.耕地保护和执法监察:预算365万元,支出338.2万元;`, is no heading)
    if (line.length > 0 && line.length <= 30 && !line.includes('\t') && ENUMERATOR.test(line) && !/\d(?:万元|元|%)/u.test(line)) return line;
    end = start - 1;
  }
  return null;
}
