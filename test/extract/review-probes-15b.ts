// The fifteenth round's second review probes: made-up texts (invented places and figures) a reviewer wrote against the
// round's later rules (the stated adjustment between two budgets, the Sichuan form's lettered columns, Hubei's sources
// and total, a paired row opened by its own label, a bare 自治区 completed from the text). Those that still read otherwise
// than the careful reader are listed in docs/extract.md, not here. `expect` is the careful human reading of the fields aimed
// at, from the text alone (null where it states no value).
import { L, type Probe } from './review-probes-12.ts';

/** A project report whose budget sentence is `body`. */
const RELIEF = (...body: string[]) => L('青禾县民政局2023年度困难群众救助补助资金绩效自评报告', '一、项目基本情况', ...body);

/** The Sichuan transfer form: `sep` joins cells; `rows` are the value rows (label first). */
const SC_HEAD = ['全年预算数(A)', '统筹整合资金数(B)', '扣除统筹整合资金后预算金额(C)', '全年到位资金(D)', '预算到位(D/C×100%)', '全年执行资金(E)', '预算执行(E/C×100%)', '佐证材料'];
const SICHUAN = (sep: string, rows: string[][], opts: { rowNo?: boolean; numbering?: string[] } = {}) => L(
  '松岭县水利局2023年度水利发展资金绩效评价表',
  '资金投入情况(万元)',
  [...(opts.rowNo === false ? [] : ['行次']), ...SC_HEAD].join(sep),
  ['列次', ...(opts.numbering ?? ['0', '1', '2', '3', '4', '5', '6', '7'])].join(sep),
  ...rows.map((r) => r.join(sep)),
  '资金管理情况',
);

/** Hubei's project form: the money head after 项目资金来源, then the value row(s). */
const HUBEI = (head: string, ...rows: string[]) => L(
  '雁北市财政预算支出项目绩效目标自评表',
  '项目名称  乡镇卫生院设备购置项目  自评总分:93',
  `项目资金来源  ${head}`,
  ...rows,
  '项目年度目标  完成12个乡镇卫生院设备购置',
);
const HUBEI_HEAD = '中央(万元)  省、地(万元)  本级(万元)  其他(万元)  合计(万元)  执行数(万元)  执行率';

/** Hebei's project form: a head line, then the paired row(s). */
const HEBEI = (head: string, ...rows: string[]) => L(
  '松岭县文化广电和旅游局2023年度预算项目绩效自评表',
  '一、基本情况 项目名称: 农家书屋补充更新 金额单位: 万元',
  `二、预算执行情况 ${head}`,
  ...rows,
  '三、绩效指标完成情况',
);
const HEBEI_HEAD = '预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)';

export const probes: Probe[] = [
  // ── two budgets, the stated adjustment between them (candidates.ts settleBudgetByAdjustment) ─────────────
  {
    id: 'A1-add-between', aim: '追加 between two amounts: 60 + 25 = 85, later final, earlier start-of-year',
    text: RELIEF('2023年省财政下达我县困难群众救助补助资金60万元,10月因救助对象增加追加25万元,全年实际下达85万元,已全部拨付到乡镇。'),
    expect: { budget_final_wan: 85, budget_initial_wan: 60, budget_adjustment_wan: 25 },
  },
  {
    id: 'A2-three-amounts-parts-after', aim: '111 − 40 = 71, the final amount then split by source (其中…)',
    text: RELIEF('2023年上级下达我县困难群众救助补助资金111万元,年中调减40万元,全年实际下达71万元,其中中央资金50万元、省级资金21万元。'),
    expect: { budget_final_wan: 71, budget_initial_wan: 111, budget_adjustment_wan: -40 },
  },
  {
    id: 'A3-three-amounts-county-match', aim: 'the pair settled by the cut, a third amount (county match) beside it',
    text: RELIEF('2023年上级下达我县困难群众救助补助资金111万元,年中调减40万元,全年实际下达71万元。', '县级财政安排配套资金15万元。'),
    expect: { budget_final_wan: null },
  },
  {
    id: 'A4-coincidence-two-sources', aim: 'central 100, an addition of 20 to that fund, provincial 120: differ by it only by chance',
    text: RELIEF('2023年中央财政下达我县困难群众救助补助资金100万元,年中追加20万元用于临时救助;省级财政下达配套资金120万元。'),
    expect: { budget_final_wan: null, budget_initial_wan: null },
  },
  {
    id: 'A5-year-on-year', aim: 'last year\'s amount, a cut against last year (较上年), this year\'s amount: no start-of-year 111 (control)',
    text: RELIEF('2022年上级下达我县困难群众救助补助资金111万元。', '2023年因救助对象减少,较上年调减40万元,全年下达资金71万元,实际支出71万元。'),
    expect: { budget_final_wan: 71, budget_initial_wan: null },
  },
  {
    id: 'A8-adjust-of-another-project', aim: 'the cut is another fund\'s (客运站建设项目), the county\'s own money differs from the province\'s by it by chance',
    text: L('青禾县交通运输局2023年度农村公路养护资金绩效自评报告', '一、项目基本情况',
      '2023年省级下达我县农村公路养护资金150万元,用于县道养护。另,我局承担的客运站建设项目年中调减30万元。县本级下达乡道养护资金120万元。'),
    expect: { budget_final_wan: null, budget_initial_wan: null },
  },

  // ── the Sichuan transfer form's lettered columns (money.ts) ─────────────────────────────
  {
    id: 'S1-B-filled-lines', aim: 'one cell per line, B filled (C ≠ A): budget A, spending E, rate as printed',
    text: SICHUAN('\n', [['年度资金总额(万元):', '1', '200.00', '50.00', '150.00', '150.00', '100.00%', '138.00', '92.00%'], ['其中:中央财政资金(万元)', '2', '200.00', '50.00', '150.00', '150.00', '100.00%', '138.00', '92.00%']]),
    expect: { budget_final_wan: 200, spent_wan: 138, execution_rate_pct: 92 },
  },
  {
    id: 'S2-B-filled-spaces', aim: 'space-separated, B filled',
    text: SICHUAN(' ', [['年度资金总额(万元):', '1', '200.00', '50.00', '150.00', '150.00', '100.00%', '138.00', '92.00%'], ['其中:中央财政资金(万元)', '2', '200.00', '50.00', '150.00', '150.00', '100.00%', '138.00', '92.00%']]),
    expect: { budget_final_wan: 200, spent_wan: 138, execution_rate_pct: 92 },
  },
  {
    id: 'S2b-B-filled-bars', aim: '`|` cells, B filled',
    text: SICHUAN(' | ', [['年度资金总额(万元):', '1', '200.00', '50.00', '150.00', '150.00', '100.00%', '138.00', '92.00%']]),
    expect: { budget_final_wan: 200, spent_wan: 138, execution_rate_pct: 92 },
  },
  {
    id: 'S3-central-first-total-last', aim: 'the sources\' rows first (中央 then 地方), the total row last',
    text: SICHUAN(' | ', [['其中:中央财政资金(万元)', '1', '80.00', '', '80.00', '80.00', '100.00%', '76.00', '95.00%'], ['地方财政资金(万元)', '2', '40.00', '', '40.00', '40.00', '100.00%', '34.00', '85.00%'], ['年度资金总额(万元)', '3', '120.00', '', '120.00', '120.00', '100.00%', '110.00', '91.67%']]),
    expect: { budget_final_wan: 120, spent_wan: 110, execution_rate_pct: 91.67 },
  },
  {
    id: 'S3b-total-row-blank', aim: 'the total row left blank, the sources\' rows filled (中央 first): the form states no total',
    text: SICHUAN(' | ', [['年度资金总额(万元):', '1', '', '', '', '', '', '', ''], ['其中:中央财政资金(万元)', '2', '80.00', '', '80.00', '80.00', '100.00%', '76.00', '95.00%'], ['地方财政资金(万元)', '3', '40.00', '', '40.00', '40.00', '100.00%', '34.00', '85.00%']]),
    expect: { budget_final_wan: null, spent_wan: null, execution_rate_pct: null },
  },
  {
    id: 'S4-no-hangci-whole-amounts', aim: 'no 行次: the first cell a whole amount (12), not a row number',
    text: SICHUAN(' ', [['年度资金总额(万元):', '12', '12', '12', '100%', '11', '91.67%']], { rowNo: false }),
    expect: { budget_final_wan: 12, spent_wan: 11, execution_rate_pct: 91.67 },
  },
  {
    id: 'S5-hangci-number-vanished', aim: '行次 in the head but the row\'s number cell vanished; whole amounts (12)',
    text: SICHUAN(' ', [['年度资金总额(万元):', '12', '12', '12', '100%', '11', '91.67%']]),
    expect: { budget_final_wan: 12, spent_wan: 11, execution_rate_pct: 91.67 },
  },
  {
    id: 'S6-lieci-from-2', aim: 'a 列次 row numbered from 2 (not 0/1): no amounts',
    text: SICHUAN(' ', [['年度资金总额(万元):', '1', '120.00', '120.00', '120.00', '100.00%', '110.40', '92.00%']], { numbering: ['2', '3', '4', '5', '6', '7', '8', '9'] }),
    expect: { budget_final_wan: 120, spent_wan: 110.4, execution_rate_pct: 92 },
  },
  {
    id: 'S7-lieci-letters', aim: 'a 列次 row of letters (A B C …): the values after it',
    text: SICHUAN(' | ', [['年度资金总额(万元):', '1', '120.00', '', '120.00', '120.00', '100.00%', '110.40', '92.00%']], { numbering: ['A', 'B', 'C', 'D', 'D/C', 'E', 'E/C', ''] }),
    expect: { budget_final_wan: 120, spent_wan: 110.4, execution_rate_pct: 92 },
  },
  {
    id: 'S8b-spent-cells-blank', aim: 'E and E/C left blank (space-separated, so their cells vanish): the spending is not stated',
    text: SICHUAN(' ', [['年度资金总额(万元):', '1', '120.00', '120.00', '120.00', '100.00%']]),
    expect: { spent_wan: null, execution_rate_pct: null },
  },
  {
    id: 'S9-bars-row-number-10', aim: '`|` cells, a two-digit row number (10) for a later block\'s total',
    text: SICHUAN(' | ', [['年度资金总额(万元):', '10', '96.00', '', '96.00', '96.00', '100.00%', '90.24', '94.00%']]),
    expect: { budget_final_wan: 96, spent_wan: 90.24, execution_rate_pct: 94 },
  },

  // ── Hubei's sources-and-total form (money.ts) ────────────────────────────────────
  {
    id: 'H1-sources-filled', aim: 'all sources filled, space-separated: 合计 the budget',
    text: HUBEI(HUBEI_HEAD, '20.00  10.00  12.50  0.00  42.50  40.80  96.00%'),
    expect: { budget_final_wan: 42.5, spent_wan: 40.8, execution_rate_pct: 96 },
  },
  {
    id: 'H3-no-rate-bars', aim: 'no 执行率 column, `|` cells with the empty sources kept',
    text: L('雁北市财政预算支出项目绩效目标自评表', '项目名称 | 乡镇卫生院设备购置项目 | 自评总分:93 |',
      '项目资金来源 | 中央(万元) | 省、地(万元) | 本级(万元) | 其他(万元) | 合计(万元) | 执行数(万元) |',
      ' | 30.00 | 12.50 |  |  | 42.50 | 40.80 |',
      '项目年度目标 | 完成12个乡镇卫生院设备购置 |'),
    expect: { budget_final_wan: 42.5, spent_wan: 40.8 },
  },
  {
    id: 'H4-projects-table-total-row', aim: 'a table of two sub-projects with 合计 column and a 合计 row: the total row',
    text: L('雁北市卫生健康委员会2023年度基层医疗能力提升专项资金绩效自评报告', '一、资金安排情况',
      '项目名称 | 中央(万元) | 本级(万元) | 合计(万元) | 执行数(万元) | 执行率',
      '乡镇卫生院设备购置 | 50.00 | 10.00 | 60.00 | 58.00 | 96.67%',
      '村卫生室标准化建设 | 30.00 | 5.00 | 35.00 | 35.00 | 100.00%',
      '合计 | 80.00 | 15.00 | 95.00 | 93.00 | 97.89%'),
    expect: { budget_final_wan: 95, spent_wan: 93, execution_rate_pct: 97.89 },
  },
  {
    id: 'H8-unlisted-source', aim: 'a source the rule does not list (上级补助(万元)) before 本级 and 合计',
    text: HUBEI('上级补助(万元)  本级(万元)  合计(万元)  执行数(万元)  执行率', '30.00  12.50  42.50  40.80  96.00%'),
    expect: { budget_final_wan: 42.5, spent_wan: 40.8, execution_rate_pct: 96 },
  },
  {
    id: 'H7-one-per-line-sources-filled', aim: 'one cell a line (the fixture\'s layout), every source filled',
    text: L('雁北市财政预算支出项目绩效目标自评表', '项目名称 | 急救站点设备购置项目 | 自评总分:96 |', '项目资金来源 |', '中央(万元) |', '省、地(万元) |', '本级(万元) |', '其他(万元) |', '合计(万元) |', '执行数(万元) |', '执行率 | |',
      '20.00 |', '10.00 |', '12.50 |', '0.00 |', '42.50 |', '40.80 |', '96.00% | |', '项目年度目标 | 完成急救站点设备购置 |'),
    expect: { budget_final_wan: 42.5, spent_wan: 40.8, execution_rate_pct: 96 },
  },

  // ── a paired form row opened by its own label (prose.ts) ───────────────────────────
  {
    id: 'P2-label-with-unit', aim: 'the row\'s label with its unit in parentheses, 年度资金总额(万元)',
    text: HEBEI(HEBEI_HEAD, '年度资金总额(万元) 预算数 40.00 到位数 40.00 执行数 36.50 91.25'),
    expect: { spent_wan: 36.5, execution_rate_pct: 91.25 },
  },
  {
    id: 'P3-indicator-cost-row', aim: 'an indicator row (成本指标 … 实际支出 … 分值) under the indicators\' head: not the headline spending',
    text: L('松岭县文化广电和旅游局2023年度预算项目绩效自评表', '一、基本情况 项目名称: 农家书屋补充更新 金额单位: 万元',
      '二、预算执行情况 预算数 40.00 执行数 36.50 执行率 91.25%',
      '三、绩效指标 一级指标 二级指标 指标值 实际完成值 分值',
      '成本指标 单个书屋补充经费 0.5 实际支出 0.48 10'),
    expect: { spent_wan: 36.5, execution_rate_pct: 91.25 },
  },
  {
    id: 'P5-sentence-like-line', aim: 'a line of a sentence cut into label–number pieces, a score after: no rate',
    text: L('松岭县文化广电和旅游局2023年度农家书屋补充更新项目绩效自评报告', '二、预算执行情况', '预算资金执行情况 全年预算 40 实际支出 36.5 10', '（分值10分,得10分）'),
    expect: { execution_rate_pct: null },
  },

  // ── a bare 自治区 completed from the text (identity.ts completeName) ────────────────
  {
    id: 'Z1-neimenggu', aim: '内蒙古 (three characters) before the same body: completed',
    text: L('自治区水利厅2022年度水利发展资金绩效自评报告', '一、基本情况', '按照内蒙古自治区水利厅工作部署,我厅对资金开展了自评。'),
    expect: { department_name: '内蒙古自治区水利厅' },
  },
  {
    id: 'Z2-visited-other-region', aim: 'another region\'s same body, visited: kept as printed',
    text: L('自治区农业农村厅2022年度农业生产发展资金绩效自评报告', '一、基本情况', '二、工作开展情况', '我厅组织人员赴西藏自治区农业农村厅考察学习高原特色农业资金管理经验。'),
    expect: { department_name: '自治区农业农村厅' },
  },
  {
    id: 'Z3-two-regions', aim: 'two regions\' same body named in one sentence (an agreement): which one is not said',
    text: L('自治区林业和草原局2023年度林业改革发展资金绩效自评报告', '一、基本情况', '2023年,新疆维吾尔自治区林业和草原局与西藏自治区林业和草原局签订林草资源保护合作协议。'),
    expect: { department_name: '自治区林业和草原局' },
  },
  {
    id: 'Z4-region-other-body', aim: 'the region\'s name before another body only: kept as printed',
    text: L('自治区文化和旅游厅2021年度非遗保护资金绩效自评报告', '一、基本情况', '根据广西壮族自治区财政厅要求,我厅开展了自评。'),
    expect: { department_name: '自治区文化和旅游厅' },
  },
  {
    id: 'Z5-supervisor-completed', aim: 'the supervising body led by bare 自治区, the full name printed in the text',
    text: L('项目支出绩效自评表', '(2022年度)', '项目名称 | 非遗保护传承 |', '主管部门 | 自治区文化和旅游厅 | 实施单位 | 宁夏回族自治区非物质文化遗产保护中心 |', '宁夏回族自治区文化和旅游厅下达资金。'),
    expect: { supervising_department: '宁夏回族自治区文化和旅游厅', department_name: '宁夏回族自治区非物质文化遗产保护中心' },
  },
  {
    id: 'Z6-full-name-five-chars', aim: 'a title printing 新疆维吾尔自治区… in full (five characters before 自治区): as printed',
    text: L('新疆维吾尔自治区畜牧兽医局2022年度动物防疫补助资金绩效自评报告', '一、基本情况', '我局开展了自评。'),
    expect: { department_name: '新疆维吾尔自治区畜牧兽医局' },
  },
  {
    id: 'Z7-words-then-region', aim: 'a five-character word before 自治区 (不是地名): not a place',
    text: L('自治区卫生健康委员会2022年度公共卫生服务补助资金绩效自评报告', '一、基本情况', '全区各级报送自治区卫生健康委员会的自评材料已审核。'),
    expect: { department_name: '自治区卫生健康委员会' },
  },
];
