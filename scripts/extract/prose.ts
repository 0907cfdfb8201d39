/**
 * Cue-based extraction from prose (and from a form's label–value cells, which read the same
 * way in the normalised view): `年度实际支出 4,468.73 万元`, `完成预算的 99.21%`,
 * `自评得分97.57分`, `评价等级为优`.
 *
 * A cue is followed by a short connector and the value; anything else between them (a
 * comparison, a parenthesis, an instruction) means the number is not the cue's.
 */
import type { Candidate } from './candidates.ts';
import type { Flow } from './flow.ts';
import type { HeadlineField } from './schema.ts';
import { BEFORE_YEAR_END, trapReason, YEAR_ON_YEAR, type ReportContext } from './context.ts';
import { GRADE_WORDS, NUMBER, readDecimal, toWan } from './values.ts';
import { negate } from '../../src/lib/data/numbers.ts';

type ValueKind = 'amount' | 'percent' | 'points';

interface Cue {
  field: HeadlineField;
  /** Regular-expression source of the cue words, in half-width form */
  words: string;
  tier: number;
  kind: ValueKind;
  /** Only in reports of this kind (a project report's 项目支出 is its spending) */
  only?: 'department' | 'project';
  /** Only in a sentence, never in a table's cells (a vague word a table row may carry as its label) */
  prose?: true;
}

/** Not a budget figure's cue when these words come right before it (年初预算数 is not 预算数). */
const NOT_AFTER = String.raw`(?<![初整后度全算执行])(?<!(?:^|[^\d])年)`;

/** A count of projects ending its clause: `项目共4个,`, `共3个项目,`. */
const PROJECT_COUNT = '(?:项目共|共有?)(?:[2-9]|[1-9]\\d|[两二三四五六七八九十])个(?:项目)?[,，]';

/** The cues, by field. Specific wording is tier 2, vague wording tier 1. */
const CUES: readonly Cue[] = [
  // (first: a cue's words at the same place are read once, by the first cue that matches them)
  // A unit's report on several projects states their count and, in the next clause, what they came to:
  // `2023年参与绩效评价的项目共4个,项目支出609.74万元。其中:…`, `实施项目共4个,项目预算资金150万元`.
  { field: 'spent_wan', words: `(?<=${PROJECT_COUNT})项目支出(?:资金)?(?:总额|共计|合计)?`, tier: 2, kind: 'amount', only: 'project', prose: true },
  { field: 'budget_final_wan', words: `(?<=${PROJECT_COUNT})项目(?:预算)?资金(?:总额|共计|合计)?`, tier: 2, kind: 'amount', only: 'project', prose: true },
  { field: 'budget_initial_wan', words: '年初(?:财政)?(?:下达|批复|安排)?(?:的)?(?:部门)?预算(?:安排|批复)?(?:(?:本|该)项目)?(?:资金|支出|经费)?(?:数|金额|总额|批复数)?', tier: 2, kind: 'amount' },
  // `2022年初县财政批复我镇部门预算1,862.47万元`, `年初批复收入预算…`: who approved it, or for whom, between 年初 and the budget.
  { field: 'budget_initial_wan', words: '年初[\\u4e00-\\u9fff]{0,8}?(?:下达|批复|安排)(?:(?![调追减增])[\\u4e00-\\u9fff()]){0,14}?预算(?:资金|支出)?(?:数|金额|总额)?', tier: 2, kind: 'amount', prose: true },
  // (`部门预算批复数:年初6,245.80万元,调整后7,012.44万元`: a budget's two figures named by when)
  { field: 'budget_initial_wan', words: '(?<=预算[^,;。:]{0,6}:)年初(?=\\d)', tier: 2, kind: 'amount' },
  { field: 'budget_final_wan', words: '(?<=预算[^;。:]{0,6}:年初[\\d,.]+万元[,;])调整后(?=\\d)', tier: 2, kind: 'amount' },
  // (`2018年初县级预算安排1,200.00万元`: the level whose budget it is)
  { field: 'budget_initial_wan', words: '年初(?:省|市|州|县|区|旗|乡|镇)级(?:财政)?预算(?:安排|批复)?(?:资金)?', tier: 2, kind: 'amount', prose: true },
  // `2022年初农村危房改造资金预算安排300.7万元`: the fund named between 年初 and its budget.
  { field: 'budget_initial_wan', words: '年初[\\u4e00-\\u9fff]{2,14}?(?:资金|经费)预算(?:安排|批复)?(?:资金)?', tier: 2, kind: 'amount', prose: true },
  // A project form's `计划安排资金(万元) 170` (the national template of 财政支出项目绩效评价自评报告).
  { field: 'budget_final_wan', words: '计划安排(?:资金|经费)(?:总额)?', tier: 2, kind: 'amount', only: 'project' },
  // `计划投资额(万元)110.00`: a planned investment, which may span years: a vague cue.
  { field: 'budget_final_wan', words: '计划投资(?:额|总额)', tier: 1, kind: 'amount', only: 'project' },
  // `全年可执行预算合计860.92万元`: what the year's budget came to.
  { field: 'budget_final_wan', words: '全年可执行预算(?:合计|总额|数)?', tier: 2, kind: 'amount' },
  // (a department's budget told as what its budget arranged in all: `2024年部门预算财政安排公共财政拨款资金共157.71万元`)
  { field: 'budget_final_wan', words: '部门预算(?:中)?(?:财政)?(?:拨款)?安排(?:一般)?(?:公共)?(?:财政)?(?:拨款)?(?:资金)?(?:共计|合计|总额|共)', tier: 1, kind: 'amount', only: 'department', prose: true },
  // (and `年初预算120万元,实际预算150万元`: 实际预算 beside 年初预算 is the budget after adjustment)
  { field: 'budget_final_wan', words: '调整后(?:的)?(?:全年)?(?:部门)?预算(?:数|金额|资金|总额)?|(?<=相抵后|追加后|调减后)调整预算(?:数)?|预算调整后(?:总额|金额)?|调整预算后(?:的)?(?:项目)?预算(?:数|金额|资金|总额)?|全年预算(?:数|金额|资金|总额|安排)?|年度预算(?:数|安排|金额|资金|总额)|年终预算数|全年(?:可用)?资金(?:总额)?|全年可用预算(?:资金|总额)?|(?<=年初预算[^。;]{1,20}[,;])实际预算(?:数|金额)?|(?<=年中|年度|全年)调整预算(?=为)|(?<=(?:追加|调增|追减|调减)[^。;]{0,30}\\d万元[,;])调整预算(?=为)', tier: 2, kind: 'amount' },
  { field: 'budget_final_wan', words: `年度预算|调整预算数|${NOT_AFTER}预算(?:数|总额|总金额|金额)(?!执行)`, tier: 1, kind: 'amount' },
  // (`2023年预算资金100万元`: a year named before the budget, another year's left to the traps)
  { field: 'budget_final_wan', words: '(?:当年|本年度?)预算(?:数|金额|资金)?', tier: 2, kind: 'amount' },
  { field: 'budget_final_wan', words: '(?<=(?<![\\d.])20\\d{2})年度?预算(?:数|金额|资金)?', tier: 1, kind: 'amount' },
  // One budget figure without 年初 or 调整后: `该项目预算资金43.2万元`, `总预算239万元`, `预算批复数为985万元`.
  { field: 'budget_final_wan', words: '(?<![年初整后度全])预算资金(?:总额|共计)?|(?<!(?:年初|计划|将|拟|争取|继续)[^,;。]{0,6})安排预算(?:资金)?|总预算(?:资金|金额|数)?|预算批复(?:数|金额)?|批复预算(?:数|金额)?', tier: 1, kind: 'amount', prose: true },
  // A project report's allocation: `财政局下达我局森林防火经费75.96万元`, `市财政下拨…专项资金286万元`, `预算安排的专项经费446万元`, `列支179万元`, `项目资金48万元`,
  // `预算安排资金市级配套4.4万元` (a match named after the money), `下达市级2023年度标准化工作补助经费200万元` (a year
  // inside the name, not a bare `2024年资金`), `预算实际安排151.12万元`, `财政预算<fund>补助资金237万元`; not past another label, `计划安排资金(万元)实际到位资金(万元)75`.
  { field: 'budget_final_wan', words: '(?:(?<!年初[^,;。]{0,16})预算安排|(?:财政|共|累计|实际|专门)安排|安排,(?=共计)|安排(?=(?:了)?资金)|(?:合计|共计|共|累计)?(?:下达|下拨)|列支|财政预算(?!执行|支出))(?:了|给)?(?:(?:(?!到位|实际|支出|执行|结余|\\((?:单位:)?(?:万元|元|亿元)\\))(?:[^,;。:!?》\\d\\t\\n]|(?<!\\d)\\d{4}年度?(?!以来|资金|经费|公益金|补助|补贴|配套))){0,24}?(?:资金|经费|公益金|补助|补贴|配套|转移支付)(?:\\((?!单位|万元|元|亿元|第)[^()\\d]{1,12}\\))?)?(?:共计|合计|总额|共)?|(?:项目|专项|财政)资金(?:总额|共计|合计|共)?|(?:项目|专项)经费(?:总额|共计|合计|共)?|(?<!(?:累计|历年|以来)[^,;。]{0,8})(?:经费|资金)(?:共计|合计|总额|总计)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `2021年预算飞行经费共计9799.2万元`: the year's budget for a project's fund, named between 预算 and 经费.
  { field: 'budget_final_wan', words: `${NOT_AFTER}预算(?![执调])[\\u4e00-\\u9fff]{1,6}?(?:资金|经费)(?:共计|合计|总额|共)`, tier: 1, kind: 'amount', only: 'project', prose: true },
  // `补助项目经费预算495.56万元`, `保费补贴预算271万元`: a project's funds and their budget; `收到拨付的省电子商务发展资金96万元`, `拨入…专项经费10.00万元`: what the unit received to spend.
  { field: 'budget_final_wan', words: '(?<!年初[^,;。]{0,6})(?:资金|经费|补贴|补助)预算(?![执调])(?:数|总额|金额)?|(?<!(?:截至|截止)[^;。]{0,20})(?:收到|拨入)[^,;。:!?\\d\\t\\n]{0,24}?(?:资金|经费)(?:共计|合计|总额|共)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // What the evaluation covered: `就…专项业务经费24万元财政支出项目情况开展了绩效评价`, `对…项目资金834万元进行绩效评价`.
  // (the last resort, below every other cue: a scope may be wider than the project, `对全县35个项目的资金5200万元开展了绩效评价`)
  { field: 'budget_final_wan', words: '(?:资金|经费)(?=\\s?\\d[\\d,.]*\\s?(?:万元|元)[^。,;]{0,14}?(?:开展|进行)了?[^。,;]{0,4}?(?:自评|评价))', tier: 0.5, kind: 'amount', only: 'project', prose: true },
  // `该项目财政批复资金179.744万元`, `,市级财政补助10万元`: what was approved or granted for the project
  // (a grant opening its clause: not one of several, `省级配套补助资金17280元及州级补助资金28800元`).
  { field: 'budget_final_wan', words: '(?:财政)?批复(?:的)?(?:项目)?资金|(?<=^|[,;。:\\n])(?:市级|县级|区级|省级|州级)(?:财政)?补助(?:资金|经费)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `该项目资金计划1000万元`: the funds planned for the project; `年度资金40.83万元,…`: the year's funds.
  { field: 'budget_final_wan', words: '(?:项目)?资金计划(?:数|金额)?|(?<=^|[,;。:\\n])年度资金(?:总额)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `下达我区87万元`: what was allocated to the unit; `指标金额是110万元`: the budget's allotment (预算指标).
  { field: 'budget_final_wan', words: '下达(?:到)?(?:我|本)(?:区|县|市|州|旗|局|镇|乡|单位|中心)|(?<!(?:成本|数量|质量|时效|效益)指标[^。]{0,30})(?:预算)?指标(?:金额|数)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `实际下达预算2596万元`: what was allocated to the project (not the 年初 budget, `年初财政下达预算`).
  { field: 'budget_final_wan', words: '(?<!(?:年初|追加|调增|调减|年中)[\\u4e00-\\u9fff]{0,4})下达(?:的)?预算(?:资金)?(?:共计|合计|总额|共)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `共投入资金1987.08万元`, `共投入森林航空消防经费预算10441万元`: what a project's funds came to, from all sources.
  { field: 'budget_final_wan', words: '(?:共|累计|总)?投入(?:[\\u4e00-\\u9fff]{0,16}?(?:资金|经费))(?:预算)?(?:总额|共计|合计)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `2018年项目预算200万元`: a project's budget.
  { field: 'budget_final_wan', words: '(?<![初整后度全算执行子])(?<!(?:^|[^\\d])年)(?<!(?:编制|编报|编审|审核)[^,;。]{0,40})项目预算(?:资金|经费|总额|总计|总投资)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `总资金规模24224.30万元`: what a fund came to.
  { field: 'budget_final_wan', words: '(?<!(?:担保|贷款|融资|基金|信贷|授信)总?)(?:总)?资金规模', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `强制扑杀补助资金23万元,全部用于…`: a clause that opens with the project's fund and its amount, then what it is for
  // (not what was spent, paid or taken back of it, an adjustment, a carry-over, one source among several, a part
  // listed after `其中`, a rate per head or household, `每户补助资金3000元`).
  { field: 'budget_final_wan', words: '(?<=^|[,;。:\\n])(?<!其中[^。\\n]*)(?!其中|每|人均|户均|亩均|生均)(?![\\u4e00-\\u9fff]{0,20}?(?:支出|支付|拨付|执行|使用|结余|结转|追加|追减|调增|调减|到位|收回|退回|缴回|上缴))[\\u4e00-\\u9fff]{2,20}?(?<!配套|自筹|中央|省级|市级|县级|区级|州级)(?:资金|经费)(?=\\d[\\d.,]*(?:万元|元|亿元),?(?:全部|主要|均|专项|专门)?用于)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // (or with the project and its amount, then that it arrived: `2017年电视专题节目制作经费项目50万元,实际到位50万元`;
  // not one batch of it, `第一批资金40万元,已到位`)
  { field: 'budget_final_wan', words: '(?<=^|[,;。:\\n])(?<!其中[^。\\n]*)(?!其中|每|人均|户均|亩均|生均)(?:\\d{4}年度?)?(?![\\u4e00-\\u9fff]{0,24}?(?:支出|支付|拨付|执行|使用|结余|结转|追加|追减|调增|调减|到位|收回|退回|批))[\\u4e00-\\u9fff]{2,24}?(?:项目|资金|经费)(?=\\d[\\d.,]*(?:万元|元|亿元),?(?:实际|已)?(?:全部|全额|足额)?到位)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `预算支出60万元,预算执行率为100%`: the spending budgeted (not a fund's spending, `一般公共预算支出`,
  // `政府性基金预算支出`, `国有资本经营预算支出`, nor what was spent of it, `已完成预算支出80.75万元`;
  // an appropriation's part, `财政拨款预算支出`, is a component already).
  { field: 'budget_final_wan', words: '(?<![年初度全])(?<!公共|基金|经营|完成|已)预算支出(?!率|进度|执行|数)', tier: 1, kind: 'amount', prose: true },
  // `2020年度预算收入6万元,全年执行10.12万元`: the revenue budgeted for the year is its budget (not the government's revenue a
  // finance body reports, `一般公共预算收入`, `政府性基金预算收入`).
  // (a project's: a department's revenue budget may leave out a carry-over its spending budget holds)
  { field: 'budget_final_wan', words: '(?<!年初)(?<!公共|基金|经营)预算收入(?:合计|总额|共计)?(?!完成|执行|增长|同比|比上年)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // A project form's `资金总额及构成 | 总额 | 1002.6万元 | 其中:中央 …`: the total of the funds.
  { field: 'budget_final_wan', words: '资金总额及构成[:：]?(?:总额)?', tier: 2, kind: 'amount', only: 'project' },
  // `合计批复总投资6222.4万元`: a works project's approved investment, all batches together.
  { field: 'budget_final_wan', words: '(?:合计|共计|总计)批复(?:的)?总?投资(?:额)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  { field: 'budget_adjustment_wan', words: '(?:年中|全年|年度|本年)?(?:预算)?(?<adjust>调增|调减|追加|追减|调整)(?:预算)?(?:了)?(?:资金|金额|数)?|[比较]年初(?:预算)?(?<adjust>增加|减少)', tier: 2, kind: 'amount' },
  // `全年应执行数为7.79万元`: what should have been spent, the budget.
  { field: 'budget_final_wan', words: '(?:全年|年度)?应执行(?:数|金额|资金)', tier: 2, kind: 'amount' },
  { field: 'spent_wan', words: '实际支出(?:数|金额|资金)?|实际支付(?:数|金额|资金)?|(?:实际|全年|年度|当年|本年)列支(?:数|金额|资金)?|(?<!应)(?:全年|年度|实际|预算)?(?<!应)执行(?:数|金额|总量|总额)|支出总额|(?:全年|年度)?总支出(?:完成)?|实际使用(?:[\\u4e00-\\u9fff]{0,6}?(?:资金|经费)|金额|情况)?|实际到位并支出|(?:全年|年度|实际)执行资金', tier: 2, kind: 'amount' },
  { field: 'spent_wan', words: '决算支出(?:数)?|支出决算(?:数)?|累计支出(?:资金|金额)?|支出合计|已支出|已支付(?:资金|经费)?|(?<![预算])执行(?=:?\\s?\\d)', tier: 1, kind: 'amount' },
  // A project's `预算数为15.00万元,决算数为5.00万元`: its final account is what it spent.
  { field: 'spent_wan', words: '(?<![收入])决算(?:数|金额)', tier: 1, kind: 'amount', only: 'project', prose: true },
  { field: 'spent_wan', words: '(?:全年|本年度?|年度|当年|(?<=\\d{4})年)(?:共)?支出(?:资金|金额)?(?![率进])', tier: 2, kind: 'amount' },
  // `2023年共支付省级福利彩票公益金113万元`: a project's payments, named by their fund.
  { field: 'spent_wan', words: '(?:共|累计|全年)支付(?:[\\u4e00-\\u9fff]{0,12}?(?:资金|经费|公益金|补助|补贴))?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `截至年底支出87.06万元`, `已使用87.06万元`.
  { field: 'spent_wan', words: '(?:截至|截止)(?:(?!未)[^,;。]){0,10}?(?:累计|共)?(?:支出|使用|支付)(?:资金)?|(?:已|累计|年内|(?<![未不])共)使用(?:资金|经费)?|使用完成|(?<!公)共支出?(?:资金)?|支出共计', tier: 1, kind: 'amount', prose: true },
  // `已执行支付2668万元`, `2023年当期发生支出56916443.49元`: what was paid out, what the year's spending came to.
  { field: 'spent_wan', words: '(?:已|实际)执行(?:支付|支出)(?:资金)?|(?:当期|本期|全年|本年度?|当年)发生(?:的)?支出', tier: 1, kind: 'amount', prose: true },
  // `已按施工合同支付项目资金196.56055万元`: what was paid, on what terms.
  { field: 'spent_wan', words: '已按[^,;。:\\d]{1,12}?支付(?:[\\u4e00-\\u9fff]{0,8}?(?:资金|经费|款项|款))?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `实际执行飞行经费9109.54万元`: what a project spent of its fund.
  { field: 'spent_wan', words: '实际执行[\\u4e00-\\u9fff]{1,6}?(?:资金|经费)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `支出资金0.26万元`, `。支出68.41万元`: a clause that opens with the spending.
  // (or with its payment, `支付资金20.35万元,全部用于…`, or its use, `使用1.2458万元,预算执行率为82.25%`)
  { field: 'spent_wan', words: '(?<=^|[,;。\\n])(?<!其中[^。\\n]*)(?:支出|支付|使用)(?:资金|经费)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `实际完成投资54.6万元`: what a works project spent.
  { field: 'spent_wan', words: '(?:实际|共)完成投资(?:额)?(?![^。]*自筹)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `发放补助资金为278.8万元`, `全年发放救助生活无着人员救助资金12万元`, `共发放…一次性经济补助237万元`,
  // `发放助学金49万元`: what a subsidy project paid out.
  { field: 'spent_wan', words: '(?:已|累计|实际|共)?发放(?:[\\u4e00-\\u9fff]{0,12}?(?:资金|经费|补助|补贴|助学金|救助金))(?:共计|合计|总额|共)?', tier: 1, kind: 'amount', only: 'project', prose: true },
  { field: 'spent_wan', words: '项目(?:实际)?支出(?:费用|金额|资金)|(?:项目|专项)(?:资金|经费)(?:实际)?支出(?:总额|共计|合计)?|(?:已|累计|实际|足额|及时|全额)(?:完成)?拨付(?:[\u4e00-\u9fff]{0,12}?(?:资金|经费|款项|款))?|拨付使用(?:资金|经费)?|资金(?:已)?支付(?![率进])', tier: 1, kind: 'amount', only: 'project', prose: true },
  // What a department-wide self-evaluation covered: `开展了部门整体支出绩效自评…，涉及一般公共预算支出282,796.90万元`.
  { field: 'spent_wan', words: '涉及(?:一般公共预算|财政拨款)?支出(?:资金)?(?:共计|合计|总额)?', tier: 1, kind: 'amount', only: 'department', prose: true },
  // (a department's appropriations spent, `一般公共预算财政拨款支出100.57万元`: a part of its spending, the whole only as the last resort below)
  { field: 'spent_wan', words: '(?<=(?:^|[,;。:\\n])(?:\\d{4}年度?)?(?:我[局办委]|本(?:单位|部门|局)|我单位|我中心|部门)?(?:全年)?(?:一般公共预算)?财政拨款)支出(?=\\d)', tier: 1, kind: 'amount', only: 'department', prose: true },
  { field: 'spent_wan', words: '(?<!应|计划|预计|拟)(?:全年|年度|实际|共)?完成支出(?:资金)?', tier: 2, kind: 'amount' },
  // `2023年度12类基本公共卫生服务资金3728万元全部执行到位`: the funds spent in full.
  { field: 'spent_wan', words: '(?<=^|[,;。:\\n])(?!其中|每|人均|户均|亩均|生均)[^,;。:\\n]{2,30}?(?:资金|经费)(?=\\d[\\d.,]*(?:万元|元|亿元),?(?:已)?(?:全部|全额|足额)(?:执行到位|执行完毕|支出完毕|使用完毕))', tier: 1, kind: 'amount', only: 'project', prose: true },
  // `…中心资金完成61.99万元`: the funds a project got through.
  { field: 'spent_wan', words: '(?:资金|经费)(?:已|共|累计)?完成(?=\\d)', tier: 1, kind: 'amount', only: 'project', prose: true },
  // A final account's line: `2、支出:799.12万元。`
  { field: 'spent_wan', words: '(?<=^|\\n|\\d[、.])(?:本年|全年|年度)?支出(?:合计|总计|总额)?(?=:)', tier: 1, kind: 'amount', only: 'department' },
  { field: 'execution_rate_pct', words: '(?:总体|整体|(?<!汇)总)?(?:(?:年度预算支出|预算支出|全年预算|年度预算|预算|资金|支出|项目)?执行率|预算完成率|资金支付率|(?:实际|预算|资金)支出率)|完成(?:全年)?预算(?:数)?的?', tier: 2, kind: 'percent' },
  // (and `年度资金使用完成比率99.98 %`: the share of the year's funds used)
  { field: 'execution_rate_pct', words: '(?:总体|整体|(?<!汇)总)?(?:预算执行进度|(?:资金|预算)?支出进度|资金执行进度)|资金使用完成比率', tier: 1, kind: 'percent' },
  // `资金支付18501.096万元,未支703万元,支付率95%`: a clause that opens with 支付率.
  { field: 'execution_rate_pct', words: '(?<=^|[,;。\\n])支付率', tier: 1, kind: 'percent', prose: true },
  { field: 'self_score', words: '(?:绩效)?自评(?:得分|分值|分数|总分|综合得分|结果得分|分)|综合(?:评分|得分)|(?:绩效)?评价(?:得分|分数|总分|分(?!析|值|类|级))|绩效(?:得分|评分)|总体得分|总得分|最终得分', tier: 2, kind: 'points' },
  // `项目支出绩效自评90.76分`: a bare 绩效自评 before points (a block's, `绩效自评48分`, yields to 自评总分).
  { field: 'self_score', words: '绩效自评(?=\\d[\\d.]*分)', tier: 1, kind: 'points' },
  // (`…部门绩效(50分)得46分,合计90.2分`, `得分情况:预算编制9.5分(满分10分),…,合计91.25分`: the sum of the items' points)
  { field: 'self_score', words: '(?<=(?:得分|打分|自评|得\\d)[^。\\n]{0,300}分[)）]?[,，;；])合计(?=\\d[\\d.]*分)', tier: 1, kind: 'points', prose: true },
  // `…分别得分14分、22分、32分、24分,合计得分92分`, `总分:96分 自评等级:优`: the items' sum, a form's total at a line's start.
  { field: 'self_score', words: '(?:合计|总计)得分|(?<=^|[\\n。;:]|(?:得分[\\d.]+分[^。]*?){2}[,，])得分(?:合计|总计)|(?<=^|\\n)总分(?=[:：]\\s?\\d[\\d.]*分)', tier: 1, kind: 'points' },
  // (a line that is only the form's total, `总分:83`, under a flattened form's indicator rows)
  { field: 'self_score', words: '(?<=^|\\n)总分(?=[:：]\\s?\\d[\\d.]*[ \\t]*(?:\\n|$))', tier: 2, kind: 'points' },
  // `经评价,…基本完成,自评98分,等级为优秀`: a clause opening with 自评 and its points (or the project's, `本项目自评91.5分`).
  { field: 'self_score', words: '(?<=^|[,;。:\\n]|(?:该|本|此)(?:项目|单位|部门))自评(?=\\d[\\d.]*分)', tier: 1, kind: 'points' },
  // `经自评,2023年高标准农田建设项目得分87.5分`, `…绩效评价有关规定,我县2022年就业补助资金评分为90.25分`: the points
  // a sentence about the self-evaluation gives (a pass mark or more: an item's few points are not the total).
  { field: 'self_score', words: '(?<=(?:自评|评价|评定)[^。;!?\\n]{0,30})(?<!(?:满意度|调查|测评|考核|指标|评分标准|评定标准|满分)[^。;!?\\n]{0,12})(?:得分|评分|总分)(?=为?(?:[6-9]\\d|100)(?:\\.\\d+)?分)', tier: 1, kind: 'points', prose: true },
  // `经自评,该项目得分96分`, `本项目评分为89分`, `本单位综合得分95分`, `经自评,项目得分90分`: what the project or the unit as a whole scored.
  { field: 'self_score', words: '(?<=(?:^|[,;。:\\n])(?:[^,;。:\\n]{0,16}?[,，])?)(?<!(?:考核|测评|调查|抽查)[^。;!?\\n]{0,20})(?:该项目|本项目|此项目|本单位|本部门)(?:的)?(?:最终|综合|自评|绩效)?(?:得分|评分)|(?<=经(?:自评|评价|综合评价|评议)[,，])(?:项目|单位|部门)(?:的)?(?:最终|综合|自评|绩效)?(?:得分|评分)', tier: 2, kind: 'points', prose: true },
  // `自评绩效等级为“优”,分数为97分`: a bare 分数 in a sentence about the self-evaluation.
  { field: 'self_score', words: '(?<=(?:自评|评价|绩效)[^。;!?\\n]{0,20})分数', tier: 1, kind: 'points', prose: true },
];
/**
 * Between a cue and its value: a form's column letter (`预算数(A)`, `执行率(B/A)`), a parenthesis about the maximum (`(满分100分)`) or the unit
 * (`(万元)`, `（分）`), a verb (`为`, `达到`), a colon, and in a form a cell or line break; the currency named
 * before the amount (`为人民币324.11万元`).
 */
const CONNECTOR = String.raw`(?:\d{1,3}个(?:项目|专项))?(?:\([A-F](?:\/[A-F])?\))?(?:\n?(?:\((?:满分|总分|分值)[^()\n]{0,12}\)|\((?:调整后|调整数|全年|决算数)\)|\((?:单位:?)?(?<labelUnit>万元|亿元|元|%|分)\)))?(?:为|是|达到|达|共计|合计|约|完成)?:?(?:\t|\n|\|)?(?:人民币)?`;

const UNIT: Record<ValueKind, string> = {
  // Not an amount in another currency: 万美元, 万港元, 欧元 … (`5.8万` before the next label, `5.8万预算执行率`, or
  // before what became of it, `经费18万纳入…`, `115万足额到位`, is 万元)
  amount: String.raw`(?<unit>万元|亿元|元|万(?![\u4e00-\u9fff\d])|万(?=预算|执行|全年|年初|调整|纳入|列入|用于|足额|全部|已|于))?(?!美|港|欧|日|英|澳|台|人民币|\(美)`,
  // (a space may stand before the sign, `99.98 %`)
  percent: '(?: ?(?<unit>%))?',
  points: '(?<unit>分)?',
};

function cueRegex(cue: Cue): RegExp {
  return new RegExp(`(?<cue>${cue.words})${CONNECTOR}(?<sign>[-−](?=\\d))?(?<num>${NUMBER})${UNIT[cue.kind]}`, 'dgu');
}

/** What a skipped number was and why, for the reviewer. */
export interface Skipped {
  field: HeadlineField;
  note: string;
}

export interface Found {
  candidates: Candidate[];
  /** Numbers set aside as traps */
  skipped: Skipped[];
  /** Values the text states in a form the field cannot take (an amount in 元): the reviewer decides */
  doubts: Skipped[];
  /** Cues whose number the source hides (`下达资金 点击查看>> 万元`): another number for the field may be a part's, not the hidden one */
  masked?: Masked[];
}

export interface Masked { field: HeadlineField; tier: number; note: string }

/**
 * A number a mirror site hid, in its place before the unit: `点击查看>>` (a link to pay for the text), a run of asterisks or ×.
 * (a mask before a name, `下达**河县`, hides no number)
 */
const MASK = String.raw`[ \u00a0]?(?<mask>点击查看>*|\*+|×{2,})[ \u00a0]?(?=万元|亿元|元|%)`;

/** The amount and rate cues whose number is masked, and not set aside as a trap. */
function maskedCues(flow: Flow, ctx: ReportContext): Masked[] {
  const out: Masked[] = [];
  for (const cue of CUES) {
    if (cue.kind === 'points' || (cue.only && ctx.kind !== cue.only)) continue;
    for (const m of flow.text.matchAll(new RegExp(`(?<cue>${cue.words})${CONNECTOR}${MASK}`, 'gu'))) {
      if (trapReason(flow, m.index, ctx, TRAP_KIND[cue.kind])) continue;
      out.push({ field: cue.field, tier: cue.tier, note: `第 ${flow.lineOf({ start: m.index, end: m.index + m[0].length })} 行“${m.groups!.cue}”的数在原文中被遮去（“${m.groups!.mask}”）` });
    }
  }
  return out;
}

/** The next cell holds a value (`\t97.00%`, ` 25`, `\n≥5场 `): not `\n2.自评结论`, not `\n2022年…`. */
const NEXT_CELL_IS_VALUE = /^[ \t\n][≥≤<>]?\d[\d.,]*(?:%|万元|元|分|个|家|次|场|人|项|条|篇|份|本|天)?(?=[ \t\n]|$)/u;

const TRAP_KIND: Record<ValueKind, 'amount' | 'rate' | 'score'> = { amount: 'amount', percent: 'rate', points: 'score' };

/** Candidates for the figure fields from every cue in the text. */
export function proseFigures(flow: Flow, ctx: ReportContext): Found {
  const candidates: Candidate[] = [];
  const skipped: Skipped[] = [];
  const doubts: Skipped[] = [];
  const seen = new Set<string>();
  // Where each candidate's cue and number start, and how to set it aside.
  const at = new Map<number, { cue: number; num: number; skip: (why: string) => void }>();
  // (where a longer cue's words show a number is one source's or a part after 其中, a shorter cue on it reads no more: `市级统筹中央财政资金1000万元`)
  const partAt = new Set<string>();
  // (not a rate's unit, `单位:元/亩`)
  // (or a form's money heading, `项目资金（万元）：`)
  // (a heading that ends its line, not an indicator's `人均补助资金（元） 1,500`)
  const stated = new Set([...flow.text.matchAll(/(?:金额|资金)?单位[:：]?\s?(万元|亿元|元)(?![/每])|资金(?:情况)?\((万元|亿元|元)\):?(?=\n|$)/gu)].map((m) => (m[1] ?? m[2])!));
  // (none stated: a form whose every amount printed with a unit is in 万元, at least two of them — `其中:中央补助 2.38 万元`)
  const printedUnits = [...flow.text.matchAll(/\d\s?(万元|亿元|元|万)(?![\u4e00-\u9fff]{0,1}[/每])/gu)].map((m) => m[1]!);
  // (never when a label names another unit, `预算执行情况(元)`, `金额单位(元)`: those 万元 are an indicator's)
  const otherLabel = /\((?:单位[:：]?)?(?:元|亿元)\)|单位\((?:元|亿元)\)/u.test(flow.text);
  const impliedUnit = stated.size === 0 && !otherLabel && printedUnits.length >= 2 && printedUnits.every((u) => u === '万元') ? '万元' : undefined;
  const formUnit = stated.size === 1 ? [...stated][0] : impliedUnit;
  for (const cue of CUES) {
    if (cue.only && ctx.kind !== cue.only) continue;
    for (const m of flow.text.matchAll(cueRegex(cue))) {
      const g = m.groups!;
      const start = m.index;
      const end = start + m[0].length;
      const key = `${cue.field}@${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (cue.prose) {
        // A sentence: its line has punctuation and no cells (tabs, bars, runs of spaces in the original).
        const lineStart = flow.text.lastIndexOf('\n', start) + 1;
        const lineEnd = flow.text.indexOf('\n', start);
        const line = flow.text.slice(lineStart, lineEnd < 0 ? flow.text.length : lineEnd);
        const { start: o } = flow.originalRange({ start, end });
        const originalLine = flow.original.slice(flow.original.lastIndexOf('\n', o) + 1, (flow.original.indexOf('\n', o) + 1 || flow.original.length + 1) - 1);
        // (or a line that is one sentence without its stop: an amount with its unit ends it, `2021年度市财政下拨…专项资金286万元`)
        const endsLine = /^\s*$/u.test(flow.text.slice(end, lineEnd < 0 ? flow.text.length : lineEnd)) && /^(?:万元|亿元|元)$/u.test(g.unit ?? '') && line.length >= 12;
        if (line.includes('\t') || /[\t\n]/u.test(m[0]) || (!/[,;。]/u.test(line) && !endsLine) || /\||\S {2,}\S|\S\t/u.test(originalLine)) continue;
      }
      const [numStart, numEnd] = m.indices!.groups!.num!;
      // A rate is printed with its % sign; amounts and points without their unit.
      const printedSpan = { start: numStart, end: cue.kind === 'percent' ? end : numEnd };
      const printed = flow.printed(printedSpan);
      const line = flow.lineOf({ start, end });
      const skip = (why: string) => skipped.push({ field: cue.field, note: `“${printed}”（第 ${line} 行，${g.cue}）：${why}` });
      const after = flow.text.slice(end, end + 2);
      // (a total over several years, `预算总金额1200万元,分三年实施`: not the year's budget)
      if ((cue.field === 'budget_final_wan' || cue.field === 'budget_initial_wan') && /^[,，]?(?:分|计划分)(?:[2-9两二三四五六七八九十]|多)(?:个)?(?:年|期)/u.test(flow.text.slice(end, end + 8))) { skip('分年实施的总额，不是当年预算'); continue; }
      // (an input compared with another year's in its sentence, `我县2021年县本级预算安排衔接资金7700万元,2020年县本级专项扶贫资金
      // 7650万元,比去年增加50万元`: the growth of a level's input, an indicator of the fund's template, not the budget)
      if (cue.field === 'budget_final_wan' || cue.field === 'budget_initial_wan') {
        const from = Math.max(flow.text.lastIndexOf('。', start), flow.text.lastIndexOf('\n', start)) + 1;
        const ends = [flow.text.indexOf('。', end), flow.text.indexOf('\n', end)].filter((i) => i >= 0);
        const sentence = flow.text.slice(from, ends.length > 0 ? Math.min(...ends) : flow.text.length);
        const years = new Set([...sentence.matchAll(/(20\d{2})年[^,;。]{0,30}?\d[\d.,]*万元/gu)].map((y) => y[1]));
        if (years.size >= 2 && /比(?:去年|上年|上一年度?)(?:同期)?(?:增加|减少|增长|下降|多|少)/u.test(sentence)) { skip('与另一年度对比的投入数，不是预算'); continue; }
      }
      // (a sum or a garbled cell, `实际支出(万元)89+82`: no number of its own)
      if (/^[+*×/=]\d/u.test(after)) { skip('数字后接算式或识别有误的字符，读不出'); continue; }
      // A form's label may carry the unit: `全年预算数（万元）` / `612.40`, `预算执行率（%）` / `76`.
      // (a bare amount in a form that states its one unit: `金额单位:万元` … `预算数 6.84`)
      // (only a number that ends its cell: not `12个项目`, `2023 年`)
      // (or a cell that ends in the original, the next cell another label's or a number: `预算数 6.84 到位数 6.84`)
      const originalEnd = flow.originalRange({ start: numStart, end: numEnd }).end;
      const nextCell = /^[ \u00a0\u3000]+(\S{1,8})/u.exec(flow.original.slice(originalEnd, originalEnd + 12))?.[1] ?? '';
      // (or a slash between fields, `年初预算数 300.00 / 全年预算数 300.00`)
      const endsCell = /^(?:[\t\n|,;。/]|$)/u.test(flow.text.slice(m.index + m[0].length, m.index + m[0].length + 1)) || /^(?:\d|\/|[\u4e00-\u9fff]{1,6}?(?:数|额|率))/u.test(nextCell);
      const unit = g.unit ?? g.labelUnit ?? (cue.kind === 'amount' && endsCell ? formUnit : undefined);
      if (cue.kind === 'percent' && !g.unit && g.labelUnit !== '%') continue;
      // Amounts in 元 or 亿元 are converted to 万元 exactly; a bare number or 万 is not an amount we read.
      // `执行数29.6万,`: 万 after a money cue, no measure word after it, is 万元.
      if (cue.kind === 'amount' && unit !== '万元' && unit !== '元' && unit !== '亿元' && unit !== '万') {
        if (unit) doubts.push({ field: cue.field, note: `第 ${line} 行“${flow.printed({ start, end })}”的单位是“${unit}”，不是万元；未取值` });
        continue;
      }
      // (a flattened form runs the next label into the score: `自评得分98财政…`, `自评得分96.5主管部门`)
      // (or a cell ends after the number in the original: `自评总分: 95 项目实施单位`)
      const cellEnds = /^[ \u00a0\u3000]+\S/u.test(flow.original.slice(flow.originalRange({ start: numStart, end: numEnd }).end, flow.originalRange({ start: numStart, end: numEnd }).end + 12));
      // (but not a grading rule: `自评得分 90 以上为优秀`, `80 至 90`)
      const cellEndsHere = cellEnds && !/^(?:以上|以下|至|到|为|-|~|—)/u.test(after);
      if (cue.kind === 'points' && !unit && !cellEndsHere && !/^(?:[,;。\t\n)]|$)/u.test(after) && !/^(?:财政|部门|单位|主管|实施|填报|联系|年度|评价|等级|等次)/u.test(flow.text.slice(end, end + 2)) && !(/^自评/u.test(g.cue!) && /^(?:项目权重|项目名称)/u.test(flow.text.slice(end, end + 4)))) continue;
      // A cue ending a row of column heads (`指标分值 | 指标解释 | 自评得分`): the number on the next
      // line begins the table's first row (its 序号), it is not the cue's value.
      const [cueStart, cueEnd] = m.indices!.groups!.cue!;
      if (/\n/u.test(flow.text.slice(cueEnd, numStart))) {
        const cueLine = flow.text.slice(flow.text.lastIndexOf('\n', cueStart) + 1, cueEnd);
        // (or, one cell per line, a cue on its own line under another column head: `分值` / `评价得分` / `1` / `道路养护里程`)
        const lineBefore = flow.text.slice(flow.text.lastIndexOf('\n', flow.text.lastIndexOf('\n', cueStart) - 1) + 1, Math.max(0, flow.text.lastIndexOf('\n', cueStart)));
        const underHead = cueLine.trim() === g.cue && /^[\u4e00-\u9fff()]{0,8}(?:指标|分值|权重|序号|名称|完成值|指标值|解释|标准)[\u4e00-\u9fff()]{0,4}$/u.test(lineBefore.trim())
          && /^\d{1,2}$/u.test(g.num!) && /^\n[^\d\n]/u.test(flow.text.slice(numEnd, numEnd + 2));
        if ((cueLine.match(/\t/gu)?.length ?? 0) >= 2 || /^\t[^\d\t\n]/u.test(flow.text.slice(numEnd, numEnd + 2)) || underHead) {
          skip('表头一行末尾的列名，下一行的数是表格第一行的序号');
          continue;
        }
      }
      // A value followed by more values is a table row (an indicator's target, result, 分值 and
      // 得分 after its name), whether its cells are split by tabs, line breaks or spaces.
      // (unless the table's head puts the total first, `项目 | 合计 | 基本支出 | 项目支出` over `年初预算数 | 1,720.44 | …`:
      // a table turned on its side, the first value the whole's)
      const lineStart = flow.text.lastIndexOf('\n', cueStart) + 1;
      const headAbove = flow.text.slice(Math.max(0, lineStart - 400), Math.max(0, lineStart - 1)).split('\n').reverse().find((l) => l.trim() !== '' && !/^[^\t]*\t[-+\d]/u.test(l));
      const totalFirst = cue.field !== 'self_score' && headAbove !== undefined && /^[^\t\d]{1,10}\t(?:合计|总计|小计|合计数)\t/u.test(headAbove) && flow.text.slice(lineStart, cueStart).trim() === '';
      // (unless the row pairs each label with its value, the row's last cell a column of its own: `预算数 6.84 到位数 6.84 执行数 6.84 100.00`
      // under `预算安排情况 资金到位情况 资金执行情况 预算执行进度(%)`; the row's own label may open it, `年度资金总额 预算数 …`)
      // (the reading text joins a unit to the number after it, `36.50万元 91.25` → `36.50万元91.25`)
      const lastCellOfRow = new RegExp(`^[ \u00a0\u3000]${flow.text[end - 1] === '元' ? '*' : '+'}(\\d[\\d.]*)%?(?=[ \u00a0\u3000]*(?:\\n|$))`, 'u').exec(flow.text.slice(end));
      const paired = cue.kind === 'amount' && lastCellOfRow !== null && /^(?:(?:年度)?(?:财政)?(?:项目)?资金总额|合计|总计|总额)?(?:\((?:万元|元)\))?[:：]?[ \u00a0\u3000]*(?:[\u4e00-\u9fff]{0,6}(?:数|额)[ \u00a0\u3000]*\d[\d,.]*(?:万元|元)?[ \u00a0\u3000]*)+$/u.test(flow.text.slice(lineStart, cueStart));
      if (NEXT_CELL_IS_VALUE.test(flow.text.slice(end, end + 24)) && !totalFirst && !paired) {
        skip('表格行中的指标值或分值，不是标题数字');
        continue;
      }
      // A bare number where the text stops may be cut short; one followed by its unit is whole.
      // (a unit only implied by the text's other amounts is no unit printed after it; one a form states, `金额单位:万元`, is)
      // (an amount whose unit only its label states, `实际使用情况(万元)5` where the text stops, nothing after it, not even
      // the end of its cell, may be cut short as well)
      if (!g.unit && (g.labelUnit ? cue.kind === 'amount' && flow.original.slice(flow.originalRange({ start: numStart, end: numEnd }).end).trim() === '' : stated.size !== 1) && ((end >= flow.text.length && !flow.continues) || after.startsWith('\uFFFD'))) { skip('文本在此截断，数字可能不完整'); continue; }
      let value = readDecimal(g.num!);
      if (value === null) continue;
      // A minus sign is an adjustment's (a cut); before any other figure it is a dash, not a sign.
      if (g.sign && cue.field !== 'budget_adjustment_wan') continue;
      if (cue.field === 'budget_adjustment_wan') {
        // 调减 is a decrease; a bare 调整 says which way only with a printed sign.
        const decrease = /减/u.test(g.adjust ?? '');
        // (a sign printed before the number: `调整预算数-159.39万元`)
        if (g.sign) value = negate(value);
        else if (g.adjust === '调整' && !/^[+-]/u.test(value)) continue;
        if (decrease && !value.startsWith('-')) value = negate(value);
      }
      if (cue.kind === 'amount' && unit !== '万元' && unit !== '万') value = toWan(value, unit as '元' | '亿元');
      // (a budget named for a year after the report's, `提前下达2024年度…资金` in a 2023 report: next year's money)
      const namedYear = cue.kind === 'amount' ? [...g.cue!.matchAll(/(\d{4})年/gu)].map((y) => Number(y[1])) : [];
      if (ctx.fiscalYear !== null && namedYear.some((y) => y > ctx.fiscalYear!)) { skip('下一年度的资金，不是本年度的'); continue; }
      if (cue.kind === 'points' && (Number(value) <= 0 || Number(value) > 100)) { skip('不是 0–100 之间的分数'); continue; }
      // (a few points right after a rate, `…执行率100%,自评分20分`: the rate item's score; a total after it, `执行率97.81%,自评得分91分`, is more)
      if (cue.kind === 'points' && Number(value) <= 30 && /执行率(?:为|达到?)?\d[\d.]*%[,，]$/u.test(flow.text.slice(Math.max(0, start - 24), start))) { skip('执行率一项的得分，不是总分'); continue; }
      // (a grading rule or a scale, `绩效评分90分以上为优秀`, `100分制`)
      if (cue.kind === 'points' && /^(?:以上|以下|及以上|及以下|制|至|到)/u.test(after)) { skip('评分标准或分制，不是得分'); continue; }
      if (cue.kind === 'percent' && (Number(value) < 0 || Number(value) > 200)) { skip('不是 0–200% 之间的执行率'); continue; }
      // (a bound, `执行率达到95%以上`, `90%左右`: not the rate printed)
      if (cue.kind === 'percent' && RATE_BOUND.test(flow.text.slice(end, end + 3).trimStart())) { skip('是界限（以上、以下、左右），不是执行率本身'); continue; }
      if (cue.kind === 'percent' && !g.unit && Number(value) > 0 && Number(value) <= 1.5 && /\.\d{2,}$/u.test(value)) { skip('像是比值（如 0.958），不是百分数'); continue; }
      const trap = trapReason(flow, start, ctx, TRAP_KIND[cue.kind]);
      // A department's appropriations spent in all (`财政拨款支出合计2024.05万元`, `…财政拨款支出100.57万元`) is a part of its spending, but the
      // whole when the report states no other: the last resort, below every other cue.
      const lastResort = trap === '支出的组成部分' && ctx.kind === 'department' && cue.field === 'spent_wan' && !/事业收入|经营收入|其他收入|上级补助收入|附属单位|政府性基金|国有资本经营/u.test(flow.text)
        && /^支出(?:合计|总额)?$/u.test(g.cue!) && /财政拨款$/u.test(flow.text.slice(Math.max(0, start - 4), start))
        // (not a share of a total, `…支出100.00万元,占总支出的80%`)
        && !/^[^。;]{0,8}占/u.test(flow.text.slice(end, end + 12));
      if (trap && !lastResort) {
        skip(trap);
        if (/资金来源|“其中”/u.test(trap)) partAt.add(`${cue.field}:${numStart}`);
        continue;
      }
      at.set(candidates.length, { cue: start, num: numStart, skip });
      candidates.push({
        field: cue.field,
        value,
        printed,
        quote: flow.quote({ start, end }),
        tier: lastResort ? 0.5 : cue.tier,
        rule: `正文“${g.cue}”`,
        doubts: cue.kind === 'amount' && !g.unit && !g.labelUnit && stated.size === 0 ? [`第 ${line} 行的金额没有单位，全文印出的金额都以万元计，按万元读`] : [],
        ...(cue.kind === 'amount' && unit !== '万元' && unit !== '万' ? { unit: unit as '元' | '亿元' } : {}),
      });
      // (such a row's last cell, after the spending, under a head whose last column is the rate, `预算执行进度(%)`: the rate)
      const headLine = flow.text.slice(flow.text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
      const rateHead = paired && cue.field === 'spent_wan' ? /[\u4e00-\u9fff]{0,2}(?:执行进度|执行率)\(%\)(?=\s*$)/u.exec(headLine)?.[0] : undefined;
      const lastCell = rateHead ? lastCellOfRow : null;
      if (lastCell && Number(lastCell[1]) <= 200) {
        const cellStart = end + lastCell[0].indexOf(lastCell[1]!);
        candidates.push({ field: 'execution_rate_pct', value: lastCell[1]!, printed: flow.printed({ start: cellStart, end: end + lastCell[0].length }), quote: flow.quote({ start: lineStart, end: end + lastCell[0].length }), tier: cue.tier, rule: `表头“${rateHead}”下的末格`, doubts: [] });
      }
    }
  }
  // A budget's words inside a spending cue's, on the same number (`已按施工合同支付项目资金196.56万元`: 项目资金 is
  // what was paid): the spending's.
  const inSpending = new Set([...at].filter(([i, p]) => /^budget_/u.test(candidates[i]!.field)
    && [...at].some(([j, q]) => candidates[j]!.field === 'spent_wan' && q.num === p.num && q.cue < p.cue)).map(([i]) => i));
  for (const i of inSpending) at.get(i)!.skip('支出短语中的金额，不是预算');
  const parts = new Set([...at].filter(([i, p]) => partAt.has(`${candidates[i]!.field}:${p.num}`)).map(([i]) => i));
  for (const i of parts) at.get(i)!.skip('同一个数在更长的说法里是某一资金来源或“其中”的一部分');
  return { candidates: candidates.filter((_, i) => !inSpending.has(i) && !parts.has(i)), skipped, doubts, masked: maskedCues(flow, ctx) };
}

const GRADE_ALTERNATIVES = GRADE_WORDS.join('|');
/**
 * `自评结果为“优”`, `评价等级为优`, `自评等次优`, `自评良好`. A bare `自评` takes only a two-character
 * grade (`自评中` is "during the self-evaluation"); a grade followed by `、` is a list of grades,
 * one followed by `的` or `(` a description, or by any word unless the original's line ended after the grade (but a
 * flattened text runs the next heading in, `绩效等级:优秀(二)主要…`, `…优秀1(二)` after a stray page number). Not `考核结果`:
 * that is usually a staff appraisal.
 */
const GRADE = new RegExp(
  String.raw`(?<cue>(?:自评|评价|绩效|综合)?(?:等级|等次)(?:评定)?|(?<=(?:自评|评价|绩效|得分)[^。\n]{0,30})评级|(?:自评|评价)(?:结果|结论)|评定(?:等级|结果)|综合评定|自评|(?<=(?:自评|评价)(?:总)?(?:得分|评分|分数)(?:为|是)?(?:[6-9]\d|100)(?:\.\d+)?分[,，])评(?:定)?为)` +
    String.raw`(?:(?:均|都|全部)?(?:为|是)|评定为|评为)?:?(?:\t|\n|\|)?(?<open>["“‘'「(]?)(?<grade>${GRADE_ALTERNATIVES})(?<close>["”’'」)]?)(?=[。,;.!)\t\n]|$|\d?(?:\((?:[一二三四五六七八九十]{1,2}|\d{1,2})\)|[一二三四五六七八九十]{1,2}、)|(?<!中)(?:自评结论|自评说明|说明|备注|填报|填表|联系人|审核)[:：]?|(?<runOn>[\u4e00-\u9fff]))`,
  'dgu',
);

/** Candidates for the grade. */
export function proseGrades(flow: Flow, ctx: ReportContext): Found {
  const candidates: Candidate[] = [];
  const skipped: Skipped[] = [];
  for (const m of flow.text.matchAll(GRADE)) {
    const g = m.groups!;
    const grade = g.grade!;
    // (`自评为优`, with its verb, is a grade; `自评中` is not)
    if (g.cue === '自评' && grade.length < 2 && !g.open && !/^自评(?:为|是|评为|评定为)/u.test(m[0])) continue;
    // (a grading rule, `综合得分90分以上的自评为优`, gives no grade)
    const lead = flow.text.slice(Math.max(0, m.index - 24), m.index).replace(/^[^]*[。;\n]/u, '');
    if (/(?:\d(?:\.\d+)?分?(?:\(含\))?(?:以上|以下|及以上|及以下)|[≥≤>＞]=?\d+(?:\.\d+)?分?)(?:的|者)[,]?$/u.test(lead)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // (a word run on after the grade, `优秀的`, only where the original's line ended: the view joined the next line, `“优秀` / `附:…`)
    if (g.runOn !== undefined && !/\n/u.test(flow.original.slice(flow.originalRange({ start: end - 1, end }).end, flow.originalRange({ start: end, end: end + 1 }).start))) continue;
    // (a legend's grade, `(优)≥90分`, is followed by its threshold)
    if (/^\)?\s*(?:[≥≤>＞]|\d(?!\([一二三四五六七八九十]))/u.test(flow.text.slice(end, end + 4))) continue;
    const line = flow.lineOf({ start, end });
    const trap = trapReason(flow, start, ctx, 'grade');
    if (trap) { skipped.push({ field: 'grade', note: `“${grade}”（第 ${line} 行，${g.cue}）：${trap}` }); continue; }
    const [gradeStart, gradeEnd] = m.indices!.groups!.grade!;
    candidates.push({
      field: 'grade',
      value: grade,
      printed: flow.printed({ start: gradeStart, end: gradeEnd }),
      quote: flow.quote({ start, end }),
      tier: 2,
      rule: `正文“${g.cue}”`,
      doubts: [],
    });
  }
  return { candidates, skipped, doubts: [] };
}

/**
 * The amount a match's `num` and `unit` groups print, as a tier-1 candidate quoted from `from` to the
 * match's end (in 万元; 元 and 亿元 converted exactly); null when the number cannot be read.
 */
function amountCandidate(flow: Flow, m: RegExpMatchArray, from: number, field: HeadlineField, rule: string): Candidate | null {
  let value = readDecimal(m.groups!.num!);
  if (value === null) return null;
  const unit = m.groups!.unit as '万元' | '元' | '亿元';
  if (unit !== '万元') value = toWan(value, unit);
  const [numStart, numEnd] = m.indices!.groups!.num!;
  return {
    field, value, printed: flow.printed({ start: numStart, end: numEnd }), quote: flow.quote({ start: from, end: m.index! + m[0].length }), tier: 1, rule, doubts: [],
    ...(unit !== '万元' ? { unit } : {}),
  };
}

/**
 * A project report's allocation named by the project itself: `下达某某县2023年中央水利发展资金2263万元`
 * (the project's name, then its amount). Another fund the same text allocates
 * (`下达某某县2023年资金791万元`) does not name the project and is not read.
 */
export function projectAllocation(flow: Flow, ctx: ReportContext, project: string | null): Found {
  const found: Found = { candidates: [], skipped: [], doubts: [] };
  if (ctx.kind !== 'project' || !project || project.length < 4) return found;
  // The name as the title gives it, or without a batch in parentheses (`…救灾资金(第八批)`).
  const esc = (x: string) => x.replace(/\s+/gu, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const bare = project.replace(/\([^()]{1,12}\)$/u, '');
  const name = `(?:${esc(project)}${bare !== project && bare.length >= 4 ? `|${esc(bare)}` : ''})`;
  // `下达…<name>29.6万元`, `下达…资金(<name>)29.6万元`, `<name>预算1110万元`.
  const noun = project.replace(/项目$/u, '');
  const budgetOf = noun.length >= 4 ? `|${esc(noun)}(?:项目)?(?:的)?(?:总)?预算(?:资金|金额)?` : '';
  const re = new RegExp(String.raw`(?<cue>(?:下达|安排|批复|分配)(?:了|给)?[^。;,:!?\t\n]{0,16}?\(?${name}\)?${budgetOf})(?:共计|合计|总额|为)?(?<num>${NUMBER})(?<unit>万元|亿元|元)(?!美|港|欧|日|英|澳|台)`, 'dgu');
  for (const m of flow.text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const trap = trapReason(flow, start, ctx, 'amount');
    const [numStart, numEnd] = m.indices!.groups!.num!;
    const printed = flow.printed({ start: numStart, end: numEnd });
    if (trap) { found.skipped.push({ field: 'budget_final_wan', note: `“${printed}”（第 ${flow.lineOf({ start, end })} 行，下达${project}）：${trap}` }); continue; }
    const candidate = amountCandidate(flow, m, start, 'budget_final_wan', `下达“${project}”的金额`);
    if (candidate) found.candidates.push(candidate);
  }
  return found;
}

/** The text of the clause and of the sentence that lead up to `at`. */
function leadUp(flow: Flow, at: number): { clause: string; sentence: string } {
  const lastOf = (stops: string) => Math.max(...[...stops].map((c) => flow.text.lastIndexOf(c, at - 1)));
  const sentence = flow.text.slice(lastOf('。!?\n') + 1, at);
  return { clause: flow.text.slice(Math.max(lastOf('。!?\n'), lastOf(',;')) + 1, at), sentence };
}

/**
 * Amounts a sentence gives its execution rate right after, the clause saying they were spent:
 * `预算支出60万元,预算执行率为100%`, `使用1.2458万元,预算执行率为82.25%`. What the rate confirms
 * (spent ÷ budget) is left to `settleSpentByRate`; nothing here is a value on its own.
 */
export function spentBeforeRate(flow: Flow): { candidate: Candidate; rate: string }[] {
  const re = new RegExp(String.raw`(?<num>${NUMBER})\s?(?<unit>万元|亿元|元)[,，]\s?(?:预算|资金|项目)?(?:执行率|支出率|使用率)(?:为|达|达到|是)?\s?(?<rate>${NUMBER})\s?%`, 'dgu');
  const out: { candidate: Candidate; rate: string }[] = [];
  for (const m of flow.text.matchAll(re)) {
    const g = m.groups!;
    // (the amount's clause says it was spent: not a budget restated, `资金共计2373.51万元,执行率100%`)
    const { clause, sentence } = leadUp(flow, m.index);
    if (!/执行|支出|使用|支付|拨付|发放/u.test(clause) || /到位|下达|收到|拨入|预算(?:数|金额|资金)?$/u.test(clause)) continue;
    // (nor a figure as of a date before the year's end, of another year, or to come: `截至6月30日已支出54万元`,
    // `上年同类项目支出180万元`, `预计全年支出76万元` — the rate beside it is that figure's, not the year's)
    if (BEFORE_YEAR_END.test(sentence) || /上年|去年|上一年|同类|预计|计划|拟/u.test(sentence)) continue;
    const candidate = amountCandidate(flow, m, m.index - clause.length, 'spent_wan', '执行率前的金额');
    if (candidate) out.push({ candidate, rate: g.rate! });
  }
  return out;
}

/**
 * Amounts a clause says were budgeted or allocated (预算, 安排, 下达, 批复, 共计 …) and not spent: what a
 * read spending and rate may confirm as the budget (`settleBudgetFromAmounts`); nothing on its own.
 */
export function budgetedAmounts(flow: Flow): Candidate[] {
  const re = new RegExp(String.raw`(?<num>${NUMBER})\s?(?<unit>万元|亿元|元)(?!美|港|欧|日|英|澳|台)`, 'dgu');
  const out: Candidate[] = [];
  for (const m of flow.text.matchAll(re)) {
    // (the allocating verb may stand earlier in the sentence: `中央下达我省…资金(水利部分),共计6800万元`)
    const { clause, sentence } = leadUp(flow, m.index);
    if (!/预算|安排|下达|批复|分配/u.test(sentence) || /支出|执行|使用|支付|拨付|发放|完成|结余|结转|到位|其中|自筹/u.test(clause)) continue;
    // (not a request or a plan, `拟申请预算400万元`, nor next year's money allocated early, `提前下达`, nor a running total)
    if (/拟|计划|申请|争取|预计|下一步|明年|下年|提前下达|以来|累计/u.test(sentence)) continue;
    const candidate = amountCandidate(flow, m, m.index - clause.length, 'budget_final_wan', '执行数与执行率印证的预算');
    if (candidate) out.push(candidate);
  }
  return out;
}

/**
 * Sums a sentence states right after its amounts: `…资金134万元,…专项经费20万元,两项合计154万元`.
 * What the budgets that disagree add up to (`settleBudgetBySum`); nothing on its own.
 */
export function statedSums(flow: Flow): Candidate[] {
  const re = new RegExp(String.raw`(?<=(?:万元|亿元|元)\)?[,，;；]?)(?:两项|二项|三项|四项|以上|上述)?(?:资金|经费)?(?:合计|共计|总计)(?:为|是|达)?\s?(?<num>${NUMBER})\s?(?<unit>万元|亿元|元)(?!美|港|欧|日|英|澳|台)`, 'dgu');
  const out: Candidate[] = [];
  for (const m of flow.text.matchAll(re)) {
    const candidate = amountCandidate(flow, m, m.index, 'budget_final_wan', '前列金额之和');
    if (candidate) out.push(candidate);
  }
  return out;
}

/** Words after a rate that make it a bound: `95%以上`, `90%左右`. */
const BOUND_WORDS = '以上|以下|及以上|及以下|左右|上下';
const RATE_BOUND = new RegExp(`^(?:${BOUND_WORDS})`, 'u');

/**
 * Every rate a 执行率 (支出率, 支付率) states, whatever a trap said of it: what a read spending and budget
 * may confirm (`settleRateByArithmetic`); nothing on its own.
 */
export function printedRates(flow: Flow): Candidate[] {
  const re = new RegExp(String.raw`(?:执行率|支出率|支付率)(?:为|达到|达|是)?\s?(?<num>${NUMBER})\s?%(?!\s?(?:${BOUND_WORDS}))`, 'dgu');
  const out: Candidate[] = [];
  for (const m of flow.text.matchAll(re)) {
    const value = readDecimal(m.groups!.num!);
    // (not last year's, `上年度预算执行率为100%`)
    if (value === null || YEAR_ON_YEAR.test(leadUp(flow, m.index).clause)) continue;
    const [numStart] = m.indices!.groups!.num!;
    out.push({ field: 'execution_rate_pct', value, printed: flow.printed({ start: numStart, end: m.index + m[0].length }), quote: flow.quote({ start: m.index, end: m.index + m[0].length }), tier: 1, rule: '执行数与预算印证的执行率', doubts: [] });
  }
  return out;
}
