// The fourteenth round's review probes: made-up texts (invented places and figures) a reviewer wrote against the round's rules,
// each aimed at one rule's edge. Those that still read otherwise than the careful reader are listed in docs/extract.md, not here.
// `expect` is the careful human reading of the fields aimed at, from the text alone (null where it states no value).
import { L, type Probe } from './review-probes-12.ts';

/** A project's form with one money row: budget | spent | rate | score, the rate's head as given. */
const FORM = (cells: string, rateHead = '执行率(B/A)') => L('项目支出绩效自评表', '项目名称 | 青禾县防汛物资储备项目 |',
  `预算执行情况(万元) | 预算数(A) | 执行数(B) | ${rateHead} | 得分 |`, `年度财政资金总额 | ${cells} |`,
  '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |', '产出指标 | 数量指标 | 储备救生衣数量 | ≥800件 | 820件 |');

export const probes: Probe[] = [
  // ── a project's 经费支出 (8ce6a6e) ───────────────────────────────────────────────────
  {
    id: 'SP1-project-jingfei', aim: '项目经费支出为… in a project report is its spending',
    text: L('青禾县2023年度乡村学校食堂改造项目绩效自评报告', '一、项目基本情况', '该项目年初预算资金90万元,全年预算资金90万元。', '二、项目资金使用情况', '截至2023年12月31日,项目经费支出为86.4万元,预算执行率96%。'),
    expect: { spent_wan: 86.4, budget_final_wan: 90, execution_rate_pct: 96 },
  },
  {
    id: 'SP3-dept-parts', aim: 'a department\'s 公用经费支出 / 项目经费支出 are parts: no total spending stated',
    text: L('青禾县档案馆2023年度部门整体支出绩效自评报告', '一、部门基本情况', '本馆为县政府直属事业单位,编制15人。', '二、预算执行情况', '2023年,基本支出中公用经费支出为34.5万元,人员经费支出为260.2万元;项目经费支出为118.6万元。'),
    expect: { kind: 'department', spent_wan: null },
  },
  {
    id: 'SP4-special-part-of-total', aim: '专项经费支出 as one source of a project\'s total spending (其中…)',
    text: L('青禾县2023年度农村公路养护项目绩效自评报告', '一、项目资金使用情况', '该项目全年预算资金200万元,项目总支出195万元,其中专项经费支出150万元,县级自筹资金支出45万元。'),
    expect: { spent_wan: 195, budget_final_wan: 200 },
  },
  {
    id: 'SP5-jingfei-as-of-midyear', aim: '专项经费支出 at mid-year and at year end',
    text: L('青禾县2023年度老年人助餐服务项目绩效自评报告', '一、项目资金使用情况', '项目全年预算资金100万元。截至6月30日,专项经费支出42万元;截至12月31日,专项经费支出98万元。'),
    expect: { spent_wan: 98 },
  },

  // ── an amount whose unit only its label states, where the text stops (8ce6a6e) ──────────
  {
    id: 'LU1-cut-at-end', aim: '实际使用情况(万元)29 where the text stops: may be cut short',
    text: '项目基本信息表一、项目基本情况项目名称青禾县电商服务站建设项目项目实施单位青禾县商务局计划投资额(万元)300实际到位资金(万元)300实际使用情况(万元)29',
    expect: { spent_wan: null },
  },
  {
    id: 'LU2-closed-cell-at-end', aim: 'the same amount, its cell closed (` | 298.5 |`) at the end of the text: whole',
    text: L('项目基本信息表', '项目名称 | 青禾县电商服务站建设项目 |', '计划投资额(万元) | 300 | 实际到位资金(万元) | 300 |', '实际使用情况(万元) | 298.5 |'),
    expect: { spent_wan: 298.5 },
  },
  {
    id: 'LU4-rate-at-end', aim: 'a rate whose unit only its label states at the end (执行率(%)98): not an amount, whole',
    text: '青禾县2023年度项目支出绩效自评表项目名称青禾县城区路灯维护项目预算数(万元)515实际支出(万元)504.7执行率(%)98',
    expect: { execution_rate_pct: 98, spent_wan: 504.7 },
  },

  // ── a rate printed as a ratio (8059211) ──────────────────────────────────────────────
  {
    id: 'R1-ratio-0.96', aim: '执行率(B/A) 0.96 with 48 ÷ 50 = 0.96',
    text: FORM('50 | 48 | 0.96 | 9.6'),
    expect: { budget_final_wan: 50, spent_wan: 48, execution_rate_pct: 96 },
  },
  {
    id: 'R2-ratio-1', aim: '执行率(B/A) 1 with all spent',
    text: FORM('50 | 50 | 1 | 10'),
    expect: { budget_final_wan: 50, spent_wan: 50, execution_rate_pct: 100 },
  },
  {
    id: 'R3-ratio-mismatch-2places', aim: '执行率(B/A) 0.95 where 45 ÷ 50 = 0.90: not confirmed',
    text: FORM('50 | 45 | 0.95 | 9.5'),
    expect: { budget_final_wan: 50, spent_wan: 45, execution_rate_pct: null },
  },
  {
    id: 'R4-ratio-1-mismatch', aim: '执行率(B/A) 1 where 60 ÷ 100 = 0.6: not confirmed',
    text: FORM('100 | 60 | 1 | 6'),
    expect: { budget_final_wan: 100, spent_wan: 60, execution_rate_pct: null },
  },
  {
    id: 'R5-real-1pct', aim: 'a real 1% (5 ÷ 500) printed with its sign',
    text: FORM('500 | 5 | 1% | 0.1'),
    expect: { budget_final_wan: 500, spent_wan: 5, execution_rate_pct: 1 },
  },
  {
    id: 'R7-run-together-0.93', aim: 'run-together cells cut by a ratio of two places (10.59.80.939.3 = 10.5 | 9.8 | 0.93 | 9.3)',
    text: '2022年度某项目自评表项目名称某村道路硬化补助预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)年度财政资金总额10.59.80.939.3度效标二级指标三级指标',
    expect: { budget_final_wan: 10.5, spent_wan: 9.8, execution_rate_pct: 93 },
  },
  {
    id: 'R8-indicator-0.9', aim: 'a form with no rate cell; an indicator\'s 0.9 that happens to equal 72 ÷ 80',
    text: L('项目支出绩效自评表', '项目名称 | 青禾县防汛物资储备项目 |', '预算执行情况(万元) | 预算数 | 执行数 | 得分 |', '年度财政资金总额 | 80 | 72 | 9 |',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |', '产出指标 | 时效指标 | 资金拨付及时率 | ≥0.9 | 0.9 |'),
    expect: { budget_final_wan: 80, spent_wan: 72, execution_rate_pct: null },
  },

  // ── a list of projects opening with ㈠ / ⑴ (8059211) ──────────────────────────────────
  {
    id: 'L1-paren-digits-with-total', aim: '⑴ ⑵ projects and their money under a stated total',
    text: L('关于云岭市2023年度城乡供水保障资金绩效自评报告', '一、绩效目标分解下达情况', '2023年,省下达云岭市城乡供水保障资金3200万元,支持2个项目。',
      '⑴云岭市北区供水管网延伸项目。安排资金2000万元,用于铺设管网。', '⑵云岭市西区水厂提标改造项目。安排资金1200万元,用于改造工艺。'),
    expect: { budget_final_wan: 3200 },
  },
  {
    id: 'L2-paren-digits-no-total', aim: '⑴ ⑵ projects and their money, no total stated',
    text: L('关于云岭市2023年度城乡供水保障资金绩效自评报告', '一、绩效目标分解下达情况', '2023年,省下达云岭市城乡供水保障资金支持以下项目:',
      '⑴云岭市北区供水管网延伸项目。安排资金2000万元,用于铺设管网。', '⑵云岭市西区水厂提标改造项目。安排资金1200万元,用于改造工艺。'),
    expect: { budget_final_wan: null },
  },
  {
    id: 'L3-one-project-sections', aim: 'one project\'s own sections opening with ㈠ ㈡ (only the first names the project and its money)',
    text: L('青禾县2023年度高标准农田建设项目绩效自评报告', '一、项目基本情况', '㈠高标准农田建设项目。全年预算资金850万元,实际支出820万元。', '㈡绩效目标完成情况。新建高标准农田1.2万亩。'),
    expect: { budget_final_wan: 850, spent_wan: 820 },
  },
  {
    id: 'L4-project-expense-items', aim: 'one project\'s expense items ㈠ ㈡ with amounts after its stated total',
    text: L('青禾县2023年度森林防火项目绩效自评报告', '一、项目资金使用情况', '项目全年预算资金60万元,实际支出58万元。具体支出如下:', '㈠防火物资购置经费。支出资金30万元,购置风力灭火机20台。', '㈡防火宣传经费。支出资金28万元,印制宣传册5万份。'),
    expect: { budget_final_wan: 60, spent_wan: 58 },
  },

  // ── a body a report is sent up to (8059211) ─────────────────────────────────────────────
  {
    id: 'SU1-tijiao-recipient', aim: '…汇总后提交云岭市水务局备案: the body it goes to, not the writer (我局)',
    text: L('关于2023年度水土保持补偿费项目绩效自评报告', '青禾县财政局:', '根据贵局通知要求,我局对2023年度水土保持补偿费项目开展了绩效自评。', '项目资料由各乡镇汇总后提交云岭市水务局备案。'),
    expect: { department_name: null },
  },
  {
    id: 'SU2-chengbao-recipient', aim: '…并呈报云岭市水务局: the body it goes to',
    text: L('关于2023年度水土保持补偿费项目绩效自评报告', '青禾县财政局:', '根据贵局通知要求,我局对2023年度水土保持补偿费项目开展了绩效自评。', '自评结果经局党组审定,并呈报云岭市水务局。'),
    expect: { department_name: null },
  },
  {
    id: 'SU3-writer-then-recipient', aim: 'the writer named before 上报 (青禾县水务局汇总…后上报云岭市水务局): the writer kept',
    text: L('关于2023年度水土保持补偿费项目绩效自评报告', '青禾县财政局:', '根据贵局通知要求,我局对2023年度水土保持补偿费项目开展了绩效自评。', '青禾县水务局汇总各乡镇数据后上报云岭市水务局备案。'),
    expect: { department_name: '青禾县水务局' },
  },

  // ── 项目全年预算数为… makes a title-less text a project's (867a4ab) ──────────────────────
  {
    id: 'K1-dept-mentions-project-figures', aim: 'a department\'s text (一、部门基本情况) that gives its projects\' figures (项目年度预算数为…)',
    text: L('青禾县文化馆2023年度绩效自评', '一、部门基本情况', '本馆为县文化和旅游局所属公益一类事业单位,编制18人。', '二、预算执行情况', '2023年全年预算收入420万元,其中基本支出300万元。项目年度预算数为120万元,执行数为112万元。'),
    expect: { kind: 'department' },
  },
  {
    id: 'K2-dept-whole-and-project-figures', aim: '部门整体支出 heading and, after 其中:, its projects\' figures (项目年度预算数为…)',
    text: L('一、部门整体支出概况', '2023年全年预算数500万元,全年支出480万元。其中:项目年度预算数为120万元,执行数为112万元。', '二、绩效目标完成情况', '全年接待群众文化活动1.2万人次。'),
    expect: { kind: 'department' },
  },
  {
    id: 'K3-project-year-figures', aim: 'a title-less text opening its sentence with 项目全年预算数为…',
    text: L('2023年度绩效评价', '发布日期:2024-05-10 来源:县文化馆', '项目全年预算数为80万元,执行数为78万元,完成预算的97.5%。项目绩效目标完成情况:全年开展送戏下乡60场。'),
    expect: { kind: 'project', budget_final_wan: 80, spent_wan: 78 },
  },

  // ── a parenthesised project name after a portal's page fields (867a4ab) ─────────────────
  {
    id: 'PN1-fields-with-colons', aim: 'page fields as `索引号:` / `发布机构:` / `发布日期:` lines, then (project)',
    text: L('索引号:11530100MB0000000X/2023-00412', '发布机构:云岭市农业农村局', '发布日期:2023-09-14', '(云岭市农村饮水安全巡检项目)', '一、项目基本情况', '2022年市财政安排专项经费用于巡检。'),
    expect: { project_name: '云岭市农村饮水安全巡检项目' },
  },
  {
    id: 'PN2-fields-with-chengwen', aim: 'page fields that include 成文日期 / 主题分类 lines, then (project)',
    text: L('索引号:11530100MB0000000X/2023-00412', '主题分类:财政预决算', '成文日期:2023-09-10', '发布机构:云岭市农业农村局', '(云岭市农村饮水安全巡检项目)', '一、项目基本情况', '2022年市财政安排专项经费用于巡检。'),
    expect: { project_name: '云岭市农村饮水安全巡检项目' },
  },
  {
    id: 'PN3-dept-subtitle-in-parens', aim: 'a department\'s page: fields, then a parenthesised scope line ending in 经费',
    text: L('索引号 | 11500000-2023-0088 | 发布机构 | 青禾县民政局 |', '公开目录 | 部门预决算 | 发布日期 | 2024-04-02 |', '(含局机关及所属养老服务中心经费)', '一、部门基本情况', '青禾县民政局内设6个股室,下属单位1个。', '二、部门整体支出情况', '2023年部门整体支出1260万元。'),
    expect: { project_name: null, kind: 'department' },
  },

  // ── 发文日期 / 生成日期, a 《 never closed (0026ae8) ──────────────────────────────────────
  {
    id: 'DT2-shengcheng-late', aim: '生成日期 two years after the one year the text names as its work\'s',
    text: L('青禾县中药材种植补助项目绩效自评', '生成日期:2024-11-05', '一、项目基本情况', '2022年,该项目完成中药材种植示范基地3个,发放补助资金45万元。'),
    expect: { fiscal_year: 2022 },
  },
  {
    id: 'DT3-year-inside-cut-citation', aim: 'a year inside a 《 that a cut line never closes (按照《云岭市2021年度…�)',
    text: L('青禾县农机深松作业补助项目绩效自评报告', '一、项目基本情况', '按照《云岭市2021年度农业项目资金管理\uFFFD', '项目全年预算资金50万元,实际支出48万元,完成深松作业1.5万亩。'),
    expect: { fiscal_year: null },
  },

  // ── the year of the plan that allocated the funds (78a1b2a) ────────────────────────────────
  {
    id: 'PY1-notice-of-funds', aim: '根据《…关于下达2022年第二批…补助资金的通知》,下达资金…',
    text: L('青禾县脱贫户小额信贷贴息项目绩效自评报告', '根据《云岭市财政局关于下达2022年第二批中央财政衔接推进乡村振兴补助资金的通知》,下达资金120万元用于小额信贷贴息。', '项目实际支出118万元,执行率98.3%。'),
    expect: { fiscal_year: 2022 },
  },
  {
    id: 'PY2-multi-year-plan', aim: 'a three-year plan (《…2021—2023年…行动计划》,安排资金…): no one year',
    text: L('青禾县农村人居环境整治项目绩效自评报告', '根据《青禾县2021—2023年农村人居环境整治提升行动计划》,安排资金300万元用于农村改厕。', '项目实际支出290万元,完成改厕1500户。'),
    expect: { fiscal_year: null },
  },
  {
    id: 'PY3-carried-over', aim: 'funds of an earlier year\'s budget carried over (…2021年度…预算的通知》,下达的资金结转使用)',
    text: L('青禾县农业生产发展项目绩效自评报告', '根据《关于下达2021年度农业生产发展资金预算的通知》下达的资金结转至本年使用,安排资金40万元用于农机购置补助。', '项目实际支出38万元。'),
    expect: { fiscal_year: null },
  },
  {
    id: 'PY4-next-year-plan', aim: 'next year\'s plan cited at the end (根据《…2025年度…项目计划》,拟安排资金…)',
    text: L('青禾县乡村振兴示范村建设项目绩效自评报告', '一、项目实施情况', '项目实际支出480万元,建成示范村2个。', '二、下一步工作', '根据《青禾县2025年度衔接资金项目计划》,拟安排资金600万元继续支持示范村建设。'),
    expect: { fiscal_year: null },
  },

  // ── 部门预算整体支出 / 单位整体 words and the base table (a4de5b0) ─────────────────────────
  {
    id: 'DW2-project-keeps-unit-running', aim: 'a project\'s text saying it keeps the unit running as a whole (保障…单位整体正常运转)',
    text: L('项目名称:青禾县乡镇卫生院运行保障经费', '一、项目基本情况', '该项目用于保障乡镇卫生院单位整体正常运转,全年预算资金260万元,实际支出255万元。'),
    expect: { kind: 'project' },
  },
  {
    id: 'DW3-project-in-dept-budget-whole', aim: 'a project\'s text saying its funds are managed within the 部门预算整体',
    text: L('项目名称:青禾县档案馆库房改造项目', '一、项目基本情况', '该项目资金纳入部门预算整体统筹安排,全年预算资金45万元,实际支出44.2万元。'),
    expect: { kind: 'project' },
  },
  {
    id: 'DW4-unit-base-table', aim: '单位整体支出绩效评价基础数据表 as a department\'s form',
    text: L('青禾县疾病预防控制中心支出绩效自评', '附件1', '2023年度单位整体支出绩效评价基础数据表', '单位名称 | 青禾县疾病预防控制中心 |', '年初预算数(万元) | 680 |'),
    expect: { kind: 'department' },
  },

  // ── the unit as the first named subject of a self-evaluation sentence (1bd851e) ───────────
  {
    id: 'SB2-benji', aim: '2024年青禾县民政局本级对…进行了绩效自评',
    text: L('一、自评工作开展情况', '2024年青禾县民政局本级对2023年度5个项目进行了绩效自评,自评覆盖率100%。'),
    expect: { department_name: '青禾县民政局' },
  },
  {
    id: 'SB4-niandu-date', aim: '2023年度青禾县民政局对…开展了绩效自评 (年度, not 年)',
    text: L('一、自评工作开展情况', '2023年度青禾县民政局对所属4个项目开展了绩效自评,自评覆盖率100%。'),
    expect: { department_name: '青禾县民政局' },
  },

  // ── a count of projects by grade (1bd851e) ─────────────────────────────────────────────
  {
    id: 'GR1-counts-then-own-grade', aim: 'counts by grade (…占比75%) then the department\'s own grade',
    text: L('青禾县农业农村局2023年度部门整体支出绩效自评报告', '经自评,本局8个项目中有6个项目等级为“优”,占比75%;2个项目等级为“良”,占比25%。', '部门整体支出绩效自评得分为93分,等级为“优”。'),
    expect: { grade: '优', self_score: 93 },
  },
  {
    id: 'GR3-zhan-quanbu', aim: 'a count by grade with 占全部项目的…',
    text: L('青禾县卫生健康局2023年度绩效自评报告', '经自评,其中12个项目绩效自评等级为“优秀”,占全部项目的85.7%。'),
    expect: { grade: null },
  },

  // ── a text that evaluated its projects and scores the department as a whole (1bd851e) ──────
  {
    id: 'KS1-project-mentions-unit-score', aim: 'a project\'s text saying its result feeds the 单位整体支出绩效评价得分',
    text: L('项目名称:青禾县乡村道路养护项目', '一、项目基本情况', '该项目全年预算资金150万元,实际支出147万元。', '二、结果应用', '本项目自评结果将作为单位整体支出绩效评价得分的重要依据。'),
    expect: { kind: 'project' },
  },
  {
    id: 'KS2-dept-evaluated-projects-and-whole', aim: 'a department that evaluated 9 projects and scores itself as a whole',
    text: L('一、自评工作开展情况', '2024年,青禾县教育局对2023年度9个项目进行了绩效自评,同时对部门整体支出开展了绩效自评。', '二、自评结果', '部门整体支出绩效自评得分为96.5分,自评等级为“优”。'),
    expect: { kind: 'department', self_score: 96.5, grade: '优', department_name: '青禾县教育局' },
  },
];
