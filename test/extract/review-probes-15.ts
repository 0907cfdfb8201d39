// The fifteenth round's review probes: made-up texts (invented places and figures) a reviewer wrote against the round's rules,
// each aimed at one rule's edge. Those that still read otherwise than the careful reader are listed in docs/extract.md, not here.
// `expect` is the careful human reading of the fields aimed at, from the text alone (null where it states no value).
import { L, type Probe } from './review-probes-12.ts';

/** A department form with two 单位名称 fields (one a run-in field, one a bar row). */
const UNITS = (first: string, second: string) => L(`单位名称:${first} 填报日期:2023.3.10`, `单位名称 | ${second} | ||||`, '基本支出总额 | 386.2万 | 项目支出总额 | 0 |');
/** Hebei's project form: a head line, then a row pairing each label with its value. */
const HEBEI = (head: string, row: string, unit = '万元', tail = '其中:财政资金 40.00 其中:财政资金 40.00 其中:财政资金 36.50') =>
  L('青禾县民政局2023年度预算项目绩效自评表', `一、基本情况 项目名称: 困难残疾人生活补贴 金额单位: ${unit}`, `二、预算执行情况 ${head}`, row, tail, '');
const HEAD = '预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)';
/** A text with no title, for the kind. */
const OPEN = (said: string, ...rest: string[]) => L(`为加强财政资金管理,提高资金使用效益,${said},现将有关情况报告如下:`, ...rest);

export const probes: Probe[] = [
  // ── two unit fields, one body short and in full (identity.ts findDepartment) ─────────────
  { id: 'U1-town-short-full', aim: '镇政府 / 镇人民政府: the full name', text: UNITS('柳溪镇政府', '柳溪镇人民政府'), expect: { department_name: '柳溪镇人民政府' } },
  { id: 'U2-full-first', aim: 'full name first, short second', text: UNITS('柳溪镇人民政府', '柳溪镇政府'), expect: { department_name: '柳溪镇人民政府' } },
  { id: 'U3-bureau-no-place', aim: '农业农村局 / 青禾县农业农村局: the full name', text: UNITS('农业农村局', '青禾县农业农村局'), expect: { department_name: '青禾县农业农村局' } },
  { id: 'U4-two-towns', aim: 'two different townships: disagree', text: UNITS('柳溪镇人民政府', '石桥镇人民政府'), expect: { department_name: null } },
  { id: 'U5-division', aim: 'a bureau and its office: not one body', text: UNITS('青禾县林业局', '青禾县林业局办公室'), expect: { department_name: null } },
  { id: 'U6-school-bureau', aim: 'a school and its county\'s bureau: not one body', text: UNITS('青禾县实验小学', '青禾县教育局'), expect: { department_name: null } },
  { id: 'U7-two-hospitals', aim: '青禾县中医院 / 青禾县中心医院: two hospitals, the short one\'s characters in order inside the other', text: UNITS('青禾县中医院', '青禾县中心医院'), expect: { department_name: null } },
  { id: 'U8-hospital-branch', aim: '青禾县人民医院 / 青禾县人民医院分院: a branch, not the full name', text: UNITS('青禾县人民医院', '青禾县人民医院分院'), expect: { department_name: null } },
  { id: 'U9-town-with-county', aim: '柳溪镇政府 / 青禾县柳溪镇人民政府: one body, full name with its county', text: UNITS('柳溪镇政府', '青禾县柳溪镇人民政府'), expect: { department_name: '青禾县柳溪镇人民政府' } },

  // ── a total the text calls so first, later amounts its batches (candidates.ts settleBudgetByTotal) ──
  {
    id: 'B1-total-first-batches', aim: '共下达 total first, two later batches not adding up',
    text: L('青禾县2023年度农村饮水安全巩固提升项目绩效自评报告', '一、项目基本情况', '2023年,各级财政共下达青禾县农村饮水安全巩固提升资金640万元,用于水源保护和管网延伸。', '3月下达首批资金260万元,8月下达第二批资金180万元。', '截至12月底,项目实际支出620万元。'),
    expect: { budget_final_wan: 640 },
  },
  {
    id: 'B3-total-several-years', aim: 'a total over three years, the year\'s own later',
    text: L('青禾县2023年度污水管网改造项目绩效自评报告', '一、项目基本情况', '2021年至2023年,省财政共下达青禾县污水管网改造资金1500万元。', '2023年下达资金400万元,实际支出390万元。'),
    expect: { budget_final_wan: 400 },
  },
  {
    id: 'B4-total-since-start', aim: 'a running total since the project began (以来共下达), the year\'s own later',
    text: L('青禾县2023年度生态护林员补助项目绩效自评报告', '一、项目基本情况', '项目自2019年启动以来,省财政共下达青禾县生态护林员补助资金2400万元。', '2023年下达补助资金560万元,全年实际支出560万元。'),
    expect: { budget_final_wan: 560 },
  },
  {
    id: 'B6-dept-projects-total', aim: 'a department\'s text: the total of its projects first, then each project (the department\'s budget not stated)',
    text: L('青禾县农业农村局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '我局内设7个股室,编制42人。', '二、项目支出情况', '2023年我局共实施项目6个,项目预算资金共计980万元。', '高标准农田建设项目预算资金600万元,实际支出590万元。', '动物防疫项目预算资金120万元,实际支出118万元。'),
    expect: { budget_final_wan: null },
  },
  {
    id: 'B7-total-then-other-source', aim: 'a called total of one source first, then another source\'s amount (not a part of it)',
    text: L('青禾县2023年度农村公路养护项目绩效自评报告', '一、项目基本情况', '2023年,省级财政共下达青禾县农村公路养护资金300万元。', '县级财政安排配套资金120万元,用于村道日常养护。', '全年实际支出405万元。'),
    expect: { budget_final_wan: null },
  },
  {
    id: 'B8-total-hej-batches', aim: '合计下达 total first, later batches smaller and not all listed',
    text: L('青禾县2023年度城乡环境整治项目绩效自评报告', '一、项目基本情况', '2023年,各级财政合计下达青禾县城乡环境整治资金920万元。', '4月第一批下达资金300万元。', '9月第二批下达资金400万元。'),
    expect: { budget_final_wan: 920 },
  },

  // ── a form row pairing each label with its value (prose.ts proseFigures) ─────────────────
  { id: 'P1-paired-row', aim: 'paired row under 预算执行进度(%)', text: HEBEI(HEAD, '预算数 40.00 到位数 40.00 执行数 36.50 91.25'), expect: { budget_final_wan: 40, spent_wan: 36.5, execution_rate_pct: 91.25 } },
  { id: 'P2-head-zhixinglv', aim: 'head ending 预算执行率(%)', text: HEBEI('预算安排情况 资金到位情况 资金执行情况 预算执行率(%)', '预算数 40 到位数 38 执行数 38 95', '万元', '其中:财政资金 40 其中:财政资金 38 其中:财政资金 38'), expect: { spent_wan: 38, execution_rate_pct: 95 } },
  { id: 'P3-fullwidth-parens', aim: 'head 预算执行进度（%） in full-width brackets', text: HEBEI('预算安排情况（调整后） 资金到位情况 资金执行情况 预算执行进度（%）', '预算数 40.00 到位数 40.00 执行数 36.50 91.25'), expect: { spent_wan: 36.5, execution_rate_pct: 91.25 } },
  { id: 'P4-row-label-first', aim: 'the row opens with its own label (年度资金总额) before the pairs', text: HEBEI(HEAD, '年度资金总额 预算数 40.00 到位数 40.00 执行数 36.50 91.25'), expect: { spent_wan: 36.5, execution_rate_pct: 91.25 } },
  { id: 'P5-units-printed', aim: 'each value printed with 万元', text: HEBEI(HEAD, '预算数 40.00万元 到位数 40.00万元 执行数 36.50万元 91.25'), expect: { spent_wan: 36.5, execution_rate_pct: 91.25 } },
  { id: 'P6-rate-with-percent', aim: 'the last cell printed with %', text: HEBEI(HEAD, '预算数 40.00 到位数 40.00 执行数 36.50 91.25%'), expect: { spent_wan: 36.5, execution_rate_pct: 91.25 } },
  { id: 'P8-last-cell-score', aim: 'last column 得分: the last cell is no rate', text: HEBEI('预算安排情况(调整后) 资金到位情况 资金执行情况 得分', '预算数 40.00 到位数 40.00 执行数 36.50 9.1'), expect: { spent_wan: 36.5, execution_rate_pct: null } },
  { id: 'P9-yuan', aim: 'form in 元: values converted', text: HEBEI(HEAD, '预算数 68400 到位数 68400 执行数 65000 95.03', '元', '其中:财政资金 68400 其中:财政资金 68400 其中:财政资金 65000'), expect: { budget_final_wan: 6.84, spent_wan: 6.5, execution_rate_pct: 95.03 } },
  {
    id: 'P10-indicator-score-rows', aim: 'rows of indicators pairing 分值/自评得分 with a last 得分率 cell: not the total score',
    text: L('青禾县民政局2023年度预算项目绩效自评表', '一、基本情况 项目名称: 困难残疾人生活补贴 金额单位: 万元', '三、绩效指标完成情况 一级指标 分值 自评得分 得分率(%)', '产出指标 50 自评得分 46 92', '效益指标 30 自评得分 27 90', '满意度指标 10 自评得分 9 90', '自评总分: 92'),
    expect: { self_score: 92 },
  },

  // ── 开展了…专项资金绩效自评 makes a text a project's report (identity.ts findKind) ────────
  { id: 'K1-jingfei', aim: '进行了…专项经费的绩效自评: project', text: OPEN('我局进行了2023年度农村公路养护专项经费的绩效自评', '一、基本情况', '全年下达资金150万元,实际支出146万元。'), expect: { kind: 'project' } },
  { id: 'K2-zijin-no-jixiao', aim: '开展了…专项资金自评 (no 绩效): project', text: OPEN('县水务局开展了山洪灾害防治专项资金自评', '一、基本情况', '全年下达资金80万元,实际支出78万元。'), expect: { kind: 'project' } },
  {
    id: 'K3-notice-unquoted-dept', aim: 'a notice named without 《》, the report the department\'s (部门整体 said too)',
    text: OPEN('根据县财政局关于开展2023年度专项资金绩效自评工作的通知要求,我局对部门整体支出情况进行了自评', '一、部门基本情况', '我局内设5个股室,全年预算支出860万元,实际支出842万元。'),
    expect: { kind: 'department' },
  },
  {
    id: 'K4-notice-in-quotes-unit', aim: 'a notice in “” (no 《》), the report the unit\'s as a whole (单位整体, 一、单位基本情况)',
    text: OPEN('按照县财政局“关于开展2023年度专项资金绩效自评”的通知要求,我单位对2023年度单位整体支出进行了认真自查', '一、单位基本情况', '我中心为县农业农村局所属事业单位,编制18人,全年预算支出312万元,实际支出305万元。'),
    expect: { kind: 'department' },
  },
  {
    id: 'K5-dept-also-fund', aim: 'a department\'s report that also evaluated a special fund, no score given',
    text: OPEN('我局对2023年度部门整体支出开展了绩效自评,同时开展了农村环境整治专项资金绩效自评。本报告为部门整体支出自评情况', '一、部门基本情况', '我局内设6个股室,全年预算支出1200万元,实际支出1150万元。'),
    expect: { kind: 'department' },
  },
  {
    id: 'K6-finance-summary', aim: 'a finance bureau\'s summary of all units\' special funds: neither one project nor one department',
    text: OPEN('县财政局组织各预算单位开展了2023年度专项资金绩效自评,共评价专项资金28个,涉及资金3.6亿元', '一、自评工作开展情况', '各单位按要求完成自评,财政局对自评结果进行了复核。'),
    expect: { kind: null },
  },

  // ── a cited budget notice's year, its document number between (identity.ts citedPlanYear) ──
  {
    id: 'Y1-notice-number-jingshen', aim: 'budget notice, number and 文件精神 between, then 拨入',
    text: L('青禾县司法局认真落实法律援助工作,保障困难群众合法权益。', '根据《青禾县财政局关于下达县本级部门2023年度预算的通知》(青财预〔2023〕8号)文件精神,县财政局拨入我局法律援助经费35.00万元。', '全年支出35.00万元,执行率100%。'),
    expect: { fiscal_year: 2023 },
  },
  {
    id: 'Y2-work-plan-notice', aim: 'a work plan\'s notice (not a budget), number between, then 拨入',
    text: L('青禾县发展和改革局认真做好重点项目前期工作。', '根据《青禾县人民政府关于印发2023年度全县重点项目建设工作方案的通知》(青政发〔2023〕4号)文件要求,县财政局拨入我局项目前期工作经费20万元。', '全年支出19.6万元,执行率98%。'),
    expect: { fiscal_year: null },
  },
  {
    id: 'Y3-money-to-come', aim: 'money still to come (待拨入)',
    text: L('青禾县司法局认真落实法律援助工作。', '根据《青禾县财政局关于下达县本级部门2024年度预算的通知》(青财预〔2024〕15号)文件,县财政局待拨入我局法律援助经费20.00万元。', '目前尚未支出。'),
    expect: { fiscal_year: null },
  },
  {
    id: 'Y4-rule-year', aim: 'a rule\'s (实施细则) year, number between, then 拨入',
    text: L('青禾县文化馆认真开展群众文化活动。', '根据《青禾县2022年度文化项目资金管理实施细则》(青文旅〔2022〕9号)文件规定,县财政局拨入我馆群众文化活动经费12万元。', '全年支出11.5万元,执行率95.8%。'),
    expect: { fiscal_year: null },
  },
  {
    id: 'Y5-two-notices', aim: 'two budget notices of different years',
    text: L('青禾县司法局认真落实法律援助工作。', '根据《青禾县财政局关于下达2023年度县本级部门预算的通知》(青财预〔2023〕8号)和《青禾县财政局关于下达2024年度县本级部门预算的通知》(青财预〔2024〕15号)文件,县财政局拨入我局法律援助经费40万元。', '全年支出40万元。'),
    expect: { fiscal_year: null },
  },
  {
    id: 'Y6-advance-notice', aim: 'an advance notice for next year\'s funds, issued the year before (number 〔2023〕)',
    text: L('青禾县教育局认真落实学生资助政策。', '根据《青禾县财政局关于提前下达2024年度学生资助补助资金预算的通知》(青财教〔2023〕60号)文件,县财政局拨入我局学生资助资金85万元。', '全年支出85万元,执行率100%。'),
    expect: { fiscal_year: 2024 },
  },
];
