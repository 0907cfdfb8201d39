// The thirteenth round's review probes: made-up texts (invented places and figures) a reviewer wrote against the round's rules,
// each aimed at one rule's edge. Those that still read otherwise than the careful reader are listed in docs/extract.md, not here.
// `expect` is the careful human reading of the fields aimed at, from the text alone (null where it states no value).
import { L, type Probe } from './review-probes-12.ts';

const DEPT_TABLE = '某县图书馆2023年度部门整体支出绩效评价基础数据表';

export const probes: Probe[] = [
  // ── year-prefixed table heads (dd426bc) ─────────────────────────────────────────────
  {
    id: 'YT1-cells-per-line', aim: 'year heads: 2022年决算数 | 2023年预算数 | 2023年决算数, one cell per line, the total row',
    text: [DEPT_TABLE, '经费控制情况(万元)', '2022年决算数', '2023年预算数', '2023年决算数', '支出总额', '508.40', '512.30', '498.70', '基本支出', '380.10', '391.00', '389.20'].join('\n\n'),
    expect: { budget_final_wan: 512.3, spent_wan: 498.7 },
  },
  {
    id: 'YT2-last-this-four', aim: 'year heads in words: 上年预算数 | 上年决算数 | 本年预算数 | 本年决算数',
    text: L(DEPT_TABLE, '经费控制情况(万元) | 上年预算数 | 上年决算数 | 本年预算数 | 本年决算数', '支出总额 | 470.00 | 466.20 | 512.30 | 498.70', '基本支出 | 360.00 | 358.10 | 391.00 | 389.20'),
    expect: { budget_final_wan: 512.3, spent_wan: 498.7 },
  },
  {
    id: 'YT3-two-full-years', aim: 'year heads: two years each with a budget and a spending head (2022年预算数 | 2022年决算数 | 2023年预算数 | 2023年决算数) in a 2023 report',
    text: L(DEPT_TABLE, '经费控制情况(万元) | 2022年预算数 | 2022年决算数 | 2023年预算数 | 2023年决算数', '支出总额 | 470.00 | 466.20 | 512.30 | 498.70', '基本支出 | 360.00 | 358.10 | 391.00 | 389.20'),
    expect: { fiscal_year: 2023, budget_final_wan: 512.3, spent_wan: 498.7 },
  },
  {
    id: 'YT4-last-year-last', aim: 'year heads: the other year\'s column printed last (2023年预算数 | 2023年决算数 | 2022年决算数)',
    text: L(DEPT_TABLE, '经费控制情况(万元) | 2023年预算数 | 2023年决算数 | 2022年决算数', '支出总额 | 512.30 | 498.70 | 508.40', '基本支出 | 391.00 | 389.20 | 380.10'),
    expect: { budget_final_wan: 512.3, spent_wan: 498.7 },
  },
  {
    id: 'YT7-project-form-last-year-column', aim: 'year heads: a project form with last year\'s spending beside this year\'s three heads (2022年执行数 | 2023年年初预算数 | 2023年全年预算数 | 2023年全年执行数)',
    text: L('2023年度项目支出绩效自评表', '项目名称 | 乡村学校少年宫运行经费', '项目资金(万元) | 2022年执行数 | 2023年年初预算数 | 2023年全年预算数 | 2023年全年执行数 | 执行率', '年度资金总额 | 72.00 | 80.00 | 84.00 | 79.80 | 95%'),
    expect: { budget_initial_wan: 80, budget_final_wan: 84, spent_wan: 79.8 },
  },

  // ── funded items and a department's count (5d58989) ──────────────────────────────────
  {
    id: 'FI1-sources-listed', aim: 'funded items: one project\'s sources listed as numbered items (1、中央补助资金:30万元), its total stated in prose',
    text: L('某县2023年度农村饮水安全巩固提升项目绩效自评报告', '一、项目基本情况', '该项目全年预算资金40万元,资金来源如下:', '1、中央补助资金:30万元。', '2、县级配套资金:10万元。', '截至12月31日,项目实际支出38.5万元,执行率96.25%。'),
    expect: { budget_final_wan: 40, spent_wan: 38.5, execution_rate_pct: 96.25 },
  },
  {
    id: 'FI2-items-then-total', aim: 'funded items: one project\'s expense items listed, each with its amount, the project total after them',
    text: L('某县2023年度基层医疗机构能力提升项目绩效自评报告', '一、项目资金安排', '1、设备购置经费:20万元,已支出19.5万元。', '2、人员培训经费:10万元,已支出9.8万元。', '二、项目资金使用情况', '本项目全年预算30万元,全年实际支出29.3万元,预算执行率97.67%。'),
    expect: { budget_final_wan: 30, spent_wan: 29.3 },
  },

  {
    id: 'DC3-count-only', aim: 'department count: the sum of the projects only (the rule\'s own case, different words)',
    text: L('某县文旅局2023年度项目支出绩效自评报告', '2023年本局共有4个项目,项目资金合计210.50万元,各项目自评情况见附表。', '附表1', '某县文旅局2023年度文化惠民演出项目支出绩效自评表', '一、基本情况'),
    expect: { budget_final_wan: null },
  },
  // ── numbers a mirror site hid (dcb05eb) ─────────────────────────────────────────────
  {
    id: 'MK2-hidden-spent-only', aim: 'mask: only the spending is hidden; the budget printed stays',
    text: L('某县农业农村局2023年度农机安全监理项目绩效自评报告', '一、资金情况', '本项目全年预算资金80万元,实际支出 点击查看>> 万元。'),
    expect: { budget_final_wan: 80, spent_wan: null },
  },

  {
    id: 'MK4-hidden-part', aim: 'mask: a part after 其中 hidden, the total printed',
    text: L('某县农业农村局2023年度农机安全监理项目绩效自评报告', '一、资金情况', '本项目全年预算资金80万元,其中上级补助资金 点击查看>> 万元,实际支出76万元。'),
    expect: { budget_final_wan: 80, spent_wan: 76 },
  },
  {
    id: 'MK5-hidden-rate-twice', aim: 'mask: the rate hidden in one place (**%) and printed in another',
    text: L('某县农业农村局2023年度农机安全监理项目绩效自评报告', '一、资金情况', '本项目全年预算资金80万元,实际支出76万元,预算执行率95%。', '二、绩效指标完成情况', '1.产出指标:资金执行率 ** %,农机检验率100%。'),
    expect: { execution_rate_pct: 95 },
  },
  // ── numbers printed twice (81c71c9) ─────────────────────────────────────────────────
  {
    id: 'DB1-all-doubled', aim: 'doubled: every bold number doubled (decimals, an integer, a rate)',
    text: L('20232023年度乡村保洁项目绩效自评报告', '一、项目资金:年初预算 6060 万元,全年预算 64.5064.50 万元,实际支出 62.3862.38 万元,执行率96.71%96.71%。'),
    expect: { fiscal_year: 2023, budget_initial_wan: 60, budget_final_wan: 64.5, spent_wan: 62.38, execution_rate_pct: 96.71 },
  },
  {
    id: 'DB2-bold-doubled-body-plain', aim: 'doubled: only the bold summary doubled; a plain body number that looks doubled (88分)',
    text: L('某县2023年度乡村保洁项目绩效自评报告', '一、项目资金:全年预算 45.6045.60 万元,实际支出 43.2043.20 万元。', '二、自评结论', '经自评,该项目得分88分,评价等级为良好。'),
    expect: { budget_final_wan: 45.6, spent_wan: 43.2, self_score: 88 },
  },
  {
    id: 'DB4-plain-count-55', aim: 'doubled: a plain body amount 55万元 in a text whose bold figures are doubled',
    text: L('某县2023年度农技推广项目绩效自评报告', '项目资金 12.5012.50 万元 已拨付 12.5012.50 万元', '一、项目概况', '本项目年初预算55万元,全年实际支出53.4万元。'),
    expect: { budget_initial_wan: 55, spent_wan: 53.4 },
  },
  // ── 预算收入, 资金完成, targets (7d77abe) ──────────────────────────────────────────
  {
    id: 'RV1-year-budget-revenue', aim: '预算收入: 2021年预算收入 (年 right before the cue)',
    text: L('某县司法局2021年度法律援助专项经费项目支出绩效自评报告', '一、项目概况', '该项目2021年预算收入8万元,全年执行7.6万元。'),
    expect: { budget_final_wan: 8 },
  },
  {
    id: 'RV2-fees-collected', aim: '预算收入: a collecting unit\'s non-tax revenue (非税预算收入) beside its project budget',
    text: L('某县不动产登记中心2023年度登记业务经费项目绩效自评报告', '一、项目资金情况', '项目全年预算数50万元,实际支出48万元。', '二、项目效益', '全年完成登记业务1.2万件,缴入非税预算收入320万元,同比增加8%。'),
    expect: { budget_final_wan: 50, spent_wan: 48 },
  },
  {
    id: 'RV3-county-revenue', aim: '预算收入: the county\'s fiscal revenue in a project report\'s background',
    text: L('某县2023年度招商引资工作经费项目绩效自评报告', '一、项目背景', '2023年全县财政预算收入实现2.8亿元,招商引资到位资金15亿元。', '二、资金情况', '县财政安排本项目资金50万元,实际支出47.5万元。'),
    expect: { budget_final_wan: 50, spent_wan: 47.5 },
  },
  {
    id: 'SC1-matching-funds-done', aim: '资金完成: a part\'s funds got through (县级配套资金完成15万元) beside the whole\'s spending',
    text: L('某县2023年度小型农田水利项目绩效自评报告', '一、资金使用情况', '中央资金已全部拨付,县级配套资金完成15万元。', '项目全年预算80万元,全年实际支出75万元。'),
    expect: { spent_wan: 75 },
  },
  {
    id: 'SC2-target-sentence-no-colon', aim: '资金完成: a target stated without 目标: (项目年度目标为资金完成80万元) and the result',
    text: L('某县民政局2023年度互助养老服务站项目绩效自评报告', '一、绩效目标', '项目年度目标为资金完成80万元,建成服务站10个。', '二、完成情况', '截至年底,项目资金完成76.4万元,建成服务站10个。'),
    expect: { spent_wan: 76.4 },
  },
  {
    id: 'SC3-target-and-result-one-line', aim: 'target trap: 绩效目标: and the result (实际完成:) in one sentence',
    text: L('某县交通运输局2023年度农村公路养护项目绩效自评报告', '一、绩效目标完成情况', '绩效目标:完成养护道路120公里;实际完成:养护道路118公里,项目资金完成46.5万元,预算执行率93%。'),
    expect: { spent_wan: 46.5, execution_rate_pct: 93 },
  },

  // ── 部门预算执行情况 and 评级 (28ecc3c) ─────────────────────────────────────────────
  {
    id: 'KD1-budget-execution-title', aim: 'kind: 关于…部门预算执行情况的绩效自评报告',
    text: L('某县水务局关于2023年度部门预算执行情况的绩效自评报告', '一、部门基本情况', '我局内设股室5个,全年支出总额620万元,预算执行率97.5%。'),
    expect: { kind: 'department' },
  },
  {
    id: 'GR1-grading-townships', aim: '评级: a grade the report gives others (对各乡镇…进行评级,评级为优秀的…), no grade of its own',
    text: L('某县2023年度农村人居环境整治项目绩效自评报告', '一、项目实施情况', '根据绩效考核结果,对各乡镇整治工作进行评级,评级为优秀的3个乡镇给予奖励。'),
    expect: { grade: null },
  },

  // ── codes before names, 实施(主管)单位, 金额单位 (f35640f) ─────────────────────────────
  {
    id: 'CD1-code-then-space', aim: 'code: [203] and a space before the supervising body\'s name in a cell',
    text: L('(学生资助)绩效目标自评表', '项目名称 | 学前教育资助', '主管部门 | [203] 某县教育局 | 实施单位 | 某县第一幼儿园', '资金情况(万元) | 年初预算数 | 全年预算数 | 全年执行数'),
    expect: { supervising_department: '某县教育局', department_name: '某县第一幼儿园' },
  },
  {
    id: 'CD3-project-before-jine', aim: '金额单位: a project name run into 金额单位',
    text: '某县民政局2020年度预算项目绩效自评表\n一、基本情况 项目名称: 农村低保 是否为专项资金: 是 实施(主管)单位 314002-某县民政局机关 金额单位: 万元\n',
    expect: { project_name: '农村低保', department_name: '某县民政局机关' },
  },

  // ── a numbered heading on its own line; one fund's section (01cb307) ──────────────────
  {
    id: 'HD1-wrapped-paragraph-cue-split', aim: 'own-line heading: a wrapped paragraph opening with (一), no comma in its first 35 characters, its cue split from its number',
    text: L('某县2023年度农村公路养护项目绩效自评报告', '二、资金使用情况', '(一)资金投入情况根据县财政局下达的预算指标文件本项目年初预算安排资金', '50万元,年中追加10万元,全年预算60万元,实际支出58.2万元,执行率97%。'),
    expect: { budget_initial_wan: 50, budget_final_wan: 60, spent_wan: 58.2 },
  },
  {
    id: 'HD2-wrapped-numbered-spent', aim: 'own-line heading: a wrapped paragraph opening with 1., the spending cue at the line end',
    text: L('某县2023年度农村公路养护项目绩效自评报告', '二、资金使用情况', '1.预算执行情况截至2023年12月31日本项目全年实际支出资金', '45.6万元,预算执行率91.2%。'),
    expect: { spent_wan: 45.6, execution_rate_pct: 91.2 },
  },

  {
    id: 'FS1-one-fund-and-progress', aim: 'one fund\'s section: a text with one fund\'s section and a later 资金拨付进度 section',
    text: L('某省2021年度中央自然灾害救灾资金绩效自评报告', '一、森林航空消防租机补助资金', '1.项目资金情况', '财政部下达资金2400万元,实际执行2400万元,执行率100%。', '二、资金拨付进度', '资金已于9月底全部拨付到位。'),
    expect: { budget_final_wan: 2400 },
  },
  {
    id: 'FS2-one-fund-then-targets', aim: 'one fund\'s section: one fund, then 二、绩效目标完成情况',
    text: L('某省2021年度中央自然灾害救灾资金绩效自评报告', '一、森林航空消防租机补助资金', '1.项目资金情况', '财政部下达资金2400万元,实际执行2380万元,执行率99.17%。', '二、绩效目标完成情况', '全年完成租机飞行任务。'),
    expect: { budget_final_wan: 2400, spent_wan: 2380 },
  },

  // ── budgeted spending, 超, a bare number where the text stops (7ea4070) ──────────────
  {
    id: 'BS2-budgeted-total', aim: '预算批复的支出: 预算批复的支出总额 vs 实际支出 in a department report',
    text: L('某县城管局2023年度部门整体支出绩效自评报告', '一、预算执行情况', '2023年预算批复的支出总额为620万元,全年实际支出600万元。'),
    expect: { spent_wan: 600 },
  },
  {
    id: 'DF1-exceeds-initial', aim: '超: by how much spending exceeds the initial budget, the initial budget stated before',
    text: L('某县2023年度防汛抢险项目绩效自评报告', '一、资金情况', '年初预算批复50万元,年中追加3.5万元;项目实际支出超年初预算批复3.5万元,全年实际支出53.5万元。'),
    expect: { budget_initial_wan: 50, spent_wan: 53.5 },
  },

  {
    id: 'TS1-cut-prose', aim: 'text stops: a bare number at the end, other amounts in 万元',
    text: L('某县2023年度防汛抢险项目绩效自评报告', '一、资金情况', '项目全年预算50万元,截至年底实际支出4'),
    expect: { budget_final_wan: 50, spent_wan: null },
  },
  // ── a level's share; a township publishing a report (882709b) ────────────────────────
  {
    id: 'LV1-city-document-district-funds', aim: 'level share: a district\'s whole funds, the city\'s finance bureau named as the document\'s issuer',
    text: L('某区2023年度老旧小区改造项目绩效自评报告', '一、项目资金情况', '根据市财政局文件要求,区财政安排专项资金50万元用于老旧小区改造,全年实际支出49万元。'),
    expect: { budget_final_wan: 50, spent_wan: 49 },
  },
  {
    id: 'LV2-province-document-county', aim: 'level share: 根据省财政厅…的通知,县财政安排资金80万元 (one level\'s funds are all there is)',
    text: L('某县2023年度农村义务教育营养改善计划项目绩效自评报告', '一、项目资金情况', '根据省财政厅《关于做好2023年营养改善计划工作的通知》,县财政安排资金80万元,实际支出79.2万元。'),
    expect: { budget_final_wan: 80, spent_wan: 79.2 },
  },
  {
    id: 'TW1-township-own-report-says-our-county', aim: 'township: a township\'s own report that says 我县 once and 本镇',
    text: L('2023年度部门整体支出绩效自评报告', '发布时间:2024-03-20 来源: 某县青石镇人民政府', '根据我县财政局统一部署,本镇对2023年度部门整体支出开展了绩效自评,现将情况报告如下:', '一、部门基本情况', '全年支出总额850万元。'),
    expect: { department_name: '某县青石镇人民政府' },
  },
  {
    id: 'TW2-street-office-says-our-district', aim: 'township: a street office\'s own department report that says 我区 once and 本街道',
    text: L('2023年度部门整体支出绩效自评报告', '发布时间:2024-03-12 来源: 某区桂园街道', '按照我区统一部署,本街道对2023年度部门整体支出开展了绩效自评,现将情况报告如下:', '一、部门基本情况', '全年支出总额640万元。'),
    expect: { department_name: '某区桂园街道' },
  },

  {
    id: 'TW3-township-passes-county', aim: 'township: a county\'s report on a township\'s page (我县对…进行了绩效自评)',
    text: L('某县2023年度耕地地力保护补贴项目绩效自评报告', '发布时间:2024-04-02 来源: 某县石门乡人民政府', '我县对2023年度耕地地力保护补贴项目进行了绩效自评,现将情况报告如下:', '一、项目概况', '全年发放补贴1260万元。'),
    expect: { department_name: null },
  },
  // ── a score run into the next heads; a station run into the next field (f66d62b, ec4fe8e) ──
  {
    id: 'SR1-score-into-name', aim: 'run-in score: 自评得分:92.5 run into 项目名称',
    text: '某县疾控中心项目支出绩效自评表\n填报日期:2024年3月1日自评得分:92.5项目名称疫苗冷链运维评价内容分值自评分',
    expect: { self_score: 92.5 },
  },
  {
    id: 'SR2-full-marks-into-weight', aim: 'run-in score: a form\'s full marks (评价总分:100) run into 项目权重, the self-score after',
    text: '某县疾控中心项目支出绩效自评表\n评价总分:100项目权重评价内容分值自评分\n自评得分:88\n自评等级:良好',
    expect: { self_score: 88 },
  },
  {
    id: 'ST2-central-blood-station', aim: 'run-in station: 中心血站 (a 中心 before the 站)',
    text: '某市采供血专项资金绩效目标自评报告(2023年度)一、项目绩效自评表专项(项目)名称 采供血专项主管部门某市卫生健康委员会实施单位某市中心血站项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)',
    expect: { department_name: '某市中心血站' },
  },
  {
    id: 'ST3-hydrology-station-contact', aim: 'run-in station: 水文站 run into 联系人',
    text: '某县水文监测专项资金绩效目标自评报告(2023年度)一、项目绩效自评表专项(项目)名称 水文监测专项主管部门某县水利局实施单位某县水文站联系人张某项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)',
    expect: { department_name: '某县水文站' },
  },
  {
    id: 'DB3-doubled-with-commas', aim: 'doubled: amounts with thousands commas printed twice',
    text: L('某县2023年度城区道路维护项目绩效自评报告', '一、项目资金:全年预算 1,155.501,155.50 万元,实际支出 1,098.261,098.26 万元,其中专项 12.2512.25 万元,结转 36.9436.94 万元。'),
    expect: { budget_final_wan: 1155.5, spent_wan: 1098.26 },
  },
  {
    id: 'CD2-run-in-codes', aim: 'code: bracketed codes before both names in a flattened form',
    text: '2022年度项目支出绩效自评表项目名称特困人员供养主管部门[155]某县民政局实施单位[155001]某县社会福利院项目资金(万元)年初预算数全年预算数全年执行数',
    expect: { supervising_department: '某县民政局', department_name: '某县社会福利院' },
  },
  {
    id: 'MK1-stars-hide-total', aim: 'mask: a run of ** hides the total allocated, a batch\'s amount stated',
    text: L('某县农业农村局2023年度耕地地力保护补贴项目绩效自评报告', '一、资金下达情况', '根据文件,下达我单位项目资金 ** 万元,其中第一批下达30万元。', '根据第二批文件,下达我单位项目资金18万元。'),
    expect: { budget_final_wan: null },
  },
];
