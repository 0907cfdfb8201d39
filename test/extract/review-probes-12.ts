// The twelfth round's review probes: made-up texts (invented places and figures) a reviewer wrote against the round's rules,
// each aimed at one rule's edge. Those that still read otherwise than the careful reader are listed in docs/extract.md, not here.
// `expect` is the careful human reading of the fields aimed at, from the text alone (null where it states no value).
export interface Probe { id: string; aim: string; text: string; expect: Record<string, string | number | null> }

/** A text of these lines. */
export const L = (...lines: string[]) => lines.join('\n');
const FORM_HEAD = '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分';

export const probes: Probe[] = [
  // ── page marks and continuation marks ──────────────────────────────────────────────
  {
    id: 'PM1-footer-and-continued', aim: 'page marks: a page number and 续表 both at one page break (two marks side by side)',
    text: L('2023年度项目支出绩效自评表', '项目名称 | 渔港码头维护经费', '主管部门 | 某县农业农村局 | 实施单位 | 某县渔政站', FORM_HEAD, '- 2 -', '（续表）', '年度资金总额 | 64.00 | 70.00 | 68.25 | 10 | 97.50% | 9.8', '其中：当年财政拨款 | 64.00 | 70.00 | 68.25 | — | — | —'),
    expect: { budget_initial_wan: 64, budget_final_wan: 70, spent_wan: 68.25, execution_rate_pct: 97.5 },
  },
  {
    id: 'PM3-prose-split', aim: 'page marks: a prose sentence a page number splits before its amount',
    text: L('某县交通运输局2023年度乡村道路养护项目绩效自评报告', '一、项目资金情况', '该项目年初预算资金120万元，全年预算120万元，截至12月31日全年实际支出', '- 2 -', '114.60万元，预算执行率95.50%。'),
    expect: { budget_final_wan: 120, spent_wan: 114.6, execution_rate_pct: 95.5 },
  },
  {
    id: 'PM4-dumped-page', aim: 'page marks inside a form dumped column by column (a blanked line between a head and its cell)',
    text: L('项目支出绩效自评表', '（2023年度）', '项目名称', '主管部门', '实施单位', '项目资金（万元）', '年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金',
      '农产品质量安全抽检经费', '某县农业农村局', '某县农产品质量安全检测站', '年初预算数', '40.00', '40.00', '0.00', '0.00', '全年预算数', '- 3 -', '45.00', '45.00', '0.00', '0.00',
      '全年执行数', '43.20', '43.20', '0.00', '0.00', '分值', '10', '—', '—', '—', '执行率', '96.00%', '96.00%', '—', '—', '得分', '9.6', '—', '—', '—'),
    expect: { budget_initial_wan: 40, budget_final_wan: 45, spent_wan: 43.2 },
  },
  // ── OCR digit folding ──────────────────────────────────────────────────────────────
  {
    id: 'OC1-prose-amounts', aim: 'OCR folding: l/O inside prose amounts and rate',
    text: L('某县水利局2023年度小型水库维修养护项目绩效自评报告', '一、资金使用情况', '全年预算l,l2O.OO万元，全年实际支出l,O86.5O万元，预算执行率96.98%。'),
    expect: { budget_final_wan: 1120, spent_wan: 1086.5, execution_rate_pct: 96.98 },
  },
  {
    id: 'OC2-signing-date-only-year', aim: 'OCR folding: the only year is an OCR\'d signing date (2O24年3月l5日)',
    text: L('某县林业局森林防火项目绩效自评报告', '一、项目概况', '本项目年初预算资金50万元，全年实际支出48.5万元，执行率97%。', '某县林业局', '2O24年3月l5日'),
    expect: { fiscal_year: null, spent_wan: 48.5 },
  },
  {
    id: 'OC5-doc-number-year', aim: 'OCR folding: an OCR\'d document number and year beside the allocated budget',
    text: L('某县2O23年度农机购置补贴项目绩效自评报告', '一、项目资金情况', '根据某财农〔2O23〕l2号文件，上级下达本项目资金5O万元，全年实际支出49.6万元，执行率99.2%。'),
    expect: { fiscal_year: 2023, spent_wan: 49.6, execution_rate_pct: 99.2 },
  },
  {
    id: 'OC6-score-and-count', aim: 'OCR folding: a score and a count of projects (l个) in a department report',
    text: L('某区统计局2O23年度部门整体支出绩效自评报告', '一、基本情况', '本单位内设机构5个，纳入自评的项目l个。全年支出35O.6O万元，预算执行率98.l2%。', '二、自评结论', '经自评，本单位综合得分9l.5分，等级为优。'),
    expect: { fiscal_year: 2023, spent_wan: 350.6, execution_rate_pct: 98.12, self_score: 91.5 },
  },
  // ── pinyin left out of names ───────────────────────────────────────────────────────
  {
    id: 'PY1-project-field', aim: 'pinyin: a project name in a field, pinyin after several of its characters',
    text: L('來(lái)源:某縣(xiàn)水利局(jú)', '項(xiàng)目名稱(chēng):農(nóng)村飲水安全維修養(yǎng)護經(jīng)費(fèi)', '2023年度項(xiàng)目績(jī)效自評(píng)報(bào)告'),
    expect: { project_name: '農村飲水安全維修養護經費' },
  },
  {
    id: 'PY2-supervising', aim: 'pinyin: a supervising department\'s name with pinyin after its characters',
    text: L('2023年度項(xiàng)目支出績(jī)效自評(píng)表', '項(xiàng)目名稱(chēng) | 城鄉(xiāng)義務(wù)教育補(bǔ)助經(jīng)費(fèi)', '主管部門(mén) | 某市財(cái)政局(jú) | 實(shí)施單位 | 某市第三中學(xué)'),
    expect: { supervising_department: '某市財政局', department_name: '某市第三中學' },
  },
  // ── 现将…报告如下 ──────────────────────────────────────────────────────────────────
  {
    id: 'AN1-notice-year-first', aim: '现将…报告如下: the first year in the name is the notice\'s, not the fiscal year',
    text: '按照要求，现将按照2023年3月县财政局通知要求开展的2022年度农村公路养护项目绩效自评报告如下：\n一、项目基本情况\n本项目年初预算80万元，全年实际支出78万元，执行率97.5%。',
    expect: { fiscal_year: 2022, department_name: null, project_name: '农村公路养护项目' },
  },
  {
    id: 'AN2-department-wide', aim: '现将…报告如下: a department-wide self-evaluation named by 我单位',
    text: '根据区财政局要求，现将我单位2023年度部门整体支出绩效自评情况报告如下：\n一、部门基本情况\n全年支出总额420.5万元，预算执行率96.4%。',
    expect: { kind: 'department', fiscal_year: 2023, department_name: null, project_name: null },
  },
  {
    id: 'AN3-body-and-fund', aim: '现将…报告如下: year, body and fund in the name',
    text: '为加强资金管理，现将2023年度某县民政局城乡低保资金绩效自评结果报告如下：\n一、资金基本情况\n全年下达资金1,260万元，实际支出1,248.3万元。',
    expect: { kind: 'project', fiscal_year: 2023, department_name: '某县民政局', project_name: '城乡低保资金' },
  },
  // ── 绩效目标分解下达情况 ─────────────────────────────────────────────────────────────
  {
    id: 'AF1-allocated-to-county', aim: '绩效目标分解下达情况: the fund allocated 我县 with its year after the recipient',
    text: '一、绩效目标分解下达情况某省水利厅、某省财政厅下达我县2022年某省农村饮水安全工程维修养护资金35万元,二、绩效目标完成情况分析(一)资金投入情况分析',
    expect: { project_name: '某省农村饮水安全工程维修养护资金' },
  },
  // ── last year's label ──────────────────────────────────────────────────────────────
  {
    id: 'LY1-last-year-is-the-year', aim: '上年情况: a report written the next year calling the evaluated year 上年度 (the year stated, the title\'s)',
    text: L('某县科技局2022年度科技特派员专项经费绩效自评报告', '按照要求，我局对上年度项目支出开展了绩效自评。', '（一）上年度资金情况：2022年年初预算80万元，全年实际支出78万元，执行率97.5%。'),
    expect: { fiscal_year: 2022, budget_initial_wan: 80, spent_wan: 78, execution_rate_pct: 97.5 },
  },
  {
    id: 'LY2-carryover-label', aim: '上年情况: a label about last year\'s carry-over (上年结转资金:) over the year\'s own figures',
    text: L('2023年度社区养老服务项目支出绩效自评报告', '一、项目资金情况', '（二）上年结转资金：本项目无上年结转，本年度全年预算60万元，实际支出58.2万元，执行率97%。'),
    expect: { budget_final_wan: 60, spent_wan: 58.2, execution_rate_pct: 97 },
  },
  // ── 全年列支 ───────────────────────────────────────────────────────────────────────
  {
    id: 'LZ1-cap', aim: '全年列支: a ceiling (全年列支不得超过), the spending stated after it',
    text: L('2023年度某某项目支出绩效自评报告', '按照管理办法，本项目全年列支不得超过50万元；实际支出46.8万元。'),
    expect: { spent_wan: 46.8 },
  },
  // ── 得分合计 ───────────────────────────────────────────────────────────────────────
  {
    id: 'SC1-parts-subtotals', aim: '得分合计: each part\'s subtotal after a comma, the overall score stated after',
    text: L('2023年度某某项目支出绩效自评报告', '三、绩效指标完成情况', '产出指标共8项，得分合计38.5分；效益指标共5项，得分合计27分；满意度指标1项，得分合计9.5分。', '四、自评结论', '本项目综合自评得分为93.5分，等级为优。'),
    expect: { self_score: 93.5, grade: '优' },
  },
  {
    id: 'SC2-part-only', aim: '得分合计: only a part\'s subtotal, no overall score',
    text: L('2023年度某某项目支出绩效自评报告', '三、产出指标完成情况', '产出指标共8项，全部完成年度目标，得分合计38.5分。'),
    expect: { self_score: null },
  },
  {
    id: 'SC3-block-subtotal-row', aim: '得分合计: a form\'s block subtotal row before the 总分 row',
    text: L('2023年度项目支出绩效自评表', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t数量指标\t培训人次\t≥500人次\t520人次\t20\t20', '产出指标\t质量指标\t合格率\t≥90%\t95%\t20\t18', '得分合计\t\t\t\t\t40\t38', '效益指标\t社会效益指标\t就业率\t≥80%\t82%\t30\t29', '满意度指标\t服务对象满意度\t学员满意度\t≥90%\t93%\t20\t19', '总分\t\t\t\t\t100\t96'),
    expect: { self_score: 96 },
  },
  // ── forms dumped column by column ──────────────────────────────────────────────────
  {
    id: 'DC1-yuan', aim: 'dumped columns: a form in 元',
    text: L('项目支出绩效自评表', '（2023年度）', '项目名称', '主管部门', '实施单位', '项目资金（元）', '年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金',
      '城区公厕保洁经费', '某区城市管理局', '某区环境卫生管理所', '年初预算数', '1,200,000.00', '1,200,000.00', '0.00', '0.00', '全年预算数', '1,350,000.00', '1,350,000.00', '0.00', '0.00',
      '全年执行数', '1,323,000.00', '1,323,000.00', '0.00', '0.00', '分值', '10', '—', '—', '—', '执行率', '98.00%', '98.00%', '—', '—', '得分', '9.8', '—', '—', '—'),
    expect: { budget_initial_wan: 120, budget_final_wan: 135, spent_wan: 132.3, execution_rate_pct: 98, department_name: '某区环境卫生管理所' },
  },
  {
    id: 'DC2-total-blank', aim: 'dumped columns: the total row\'s cell under 全年预算数 left blank (—), a source\'s below it',
    text: L('项目支出绩效自评表', '（2023年度）', '项目资金（万元）', '年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金',
      '年初预算数', '60.00', '60.00', '0.00', '0.00', '全年预算数', '—', '66.00', '0.00', '0.00', '全年执行数', '64.68', '64.68', '0.00', '0.00', '执行率', '98.00%', '98.00%', '—', '—'),
    expect: { budget_initial_wan: 60, budget_final_wan: null, spent_wan: 64.68 },
  },
  // ── adjustment from a form's note ──────────────────────────────────────────────────
  {
    id: 'AJ1-note-in-yuan', aim: 'adjustment from a form\'s note: the note in 元',
    text: L('2023年度某项目支出绩效自评表', '项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分', '年度资金总额  150.00  162.00  158.76  10  98.00%  9.8', '说明：本年度年中追加预算120,000元用于承办全市产业招商推介会。'),
    expect: { budget_initial_wan: 150, budget_adjustment_wan: 12, budget_final_wan: 162 },
  },
  // ── several reports, a department's report cut at a project's own ─────────────────
  {
    id: 'NR1-contents-list', aim: 'several reports under numbered headings: a department report whose contents list (一、…报告 / 二、…自评表) comes first',
    text: L('某县审计局2023年度部门整体支出绩效自评报告', '本报告由以下两部分组成：', '一、部门整体支出绩效自评报告', '二、项目支出绩效自评表', '（一）部门基本情况', '本局内设机构6个，编制人数28人，主要负责全县审计监督工作，全年完成审计项目46个。', '（二）预算执行情况', '2023年全年预算612.40万元，全年支出598.75万元，预算执行率97.77%。'),
    expect: { kind: 'department', budget_final_wan: 612.4, spent_wan: 598.75, execution_rate_pct: 97.77 },
  },
  {
    id: 'OW1-caption-in-body', aim: 'department report cut at a project\'s own form: a table caption inside the department\'s body',
    text: L('某市投资促进局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '本局内设机构5个，主要负责全市招商引资、投资促进和外商投资服务工作，编制人数32人，实有人数30人。全年围绕主导产业开展产业链招商，组织赴外招商活动18次，签约项目46个，服务重点项目落地开工。', '二、重点项目绩效情况', '表1 2023年度重点项目支出绩效自评表', '招商活动经费  预算80万元  支出78.4万元', '三、部门预算执行情况', '2023年全年预算2,730.00万元，全年支出2,655.42万元，预算执行率97.27%。'),
    expect: { budget_final_wan: 2730, spent_wan: 2655.42, execution_rate_pct: 97.27 },
  },
  // ── 3.2022年度… items ───────────────────────────────────────────────────────────────
  {
    id: 'EN1-current-year-item', aim: 'an item numbered before its year: the year\'s own figures as item 1.2023年…',
    text: L('2023年度城区绿化养护项目绩效自评报告', '一、项目资金情况', '主要情况如下：', '1.2023年项目年初预算50万元，全年预算50万元，实际支出48万元，执行率96%。', '2.项目完成城区绿地养护120万平方米。'),
    expect: { budget_final_wan: 50, spent_wan: 48, execution_rate_pct: 96 },
  },
  {
    id: 'EN2-score-items', aim: 'an item numbered before its year: the conclusion listed as 1.2023年度… / 2.2022年度…',
    text: L('2023年度某项目支出绩效自评报告', '五、自评结论', '1.2023年度本项目自评得分92分，等级为优。', '2.2022年度本项目自评得分88分，等级为良。'),
    expect: { self_score: 92, grade: '优' },
  },
  // ── the opening money sentence's body, one-character counties ──────────────────────
  {
    id: 'OB1-lixian-opening', aim: 'opening money sentence after a heading: a one-character county\'s bureau',
    text: L('2024年部门整体支出绩效自评报告', '一、基本情况', '(一)部门整体支出概况。2024年,澧县水利局机关各项收入合计1,520.36万元,其中一般公共预算财政拨款收入1,498.20万元。', '全年支出1,511.08万元。'),
    expect: { department_name: '澧县水利局', spent_wan: 1511.08 },
  },
  {
    id: 'OB2-allocator-opening', aim: 'opening money sentence after a heading: the county\'s allocations, not the unit\'s own money',
    text: L('2024年部门整体支出绩效自评报告', '一、基本情况', '(一)收支概况。2024年,南县财政局各项支出中安排本单位资金合计320.5万元。', '本单位全年支出318.2万元。'),
    expect: { department_name: null },
  },
  {
    id: 'OB3-he-county-conjunction', aim: 'one-character county 和县: 和 joining two bodies, not the county',
    text: L('高标准农田建设项目绩效自评报告', '2023年，我局和县财政局共同争取上级资金1,200万元，全年实际支出1,150万元。'),
    expect: { department_name: null },
  },
  {
    id: 'OB4-yexian-signature', aim: 'one-character county 叶县: a signature under a project report',
    text: L('2023年度农村人居环境整治项目绩效自评报告', '一、项目概况', '本项目年初预算200万元，全年实际支出196万元，执行率98%。', '', '叶县农业农村局', '2024年3月20日'),
    expect: { department_name: '叶县农业农村局', spent_wan: 196 },
  },
  // ── 完成支出 ───────────────────────────────────────────────────────────────────────
  {
    id: 'WC2-midyear', aim: '完成支出: a mid-year figure, then the year\'s',
    text: L('2023年度某某项目支出绩效自评报告', '截至6月底完成支出30万元；全年完成支出80万元，全年预算85万元。'),
    expect: { budget_final_wan: 85, spent_wan: 80 },
  },
  // ── a department's 财政拨款支出 ─────────────────────────────────────────────────────
  {
    id: 'FB1-two-fund-kinds', aim: '财政拨款支出: a department with general-budget and government-fund appropriations',
    text: L('某县住房和城乡建设局2023年部门整体支出绩效自评报告', '二、收支情况', '2023年我局一般公共预算财政拨款支出860.40万元，政府性基金预算财政拨款支出1,240.00万元。'),
    expect: { spent_wan: null },
  },
  {
    id: 'FB2-running-costs', aim: '财政拨款支出: the running costs\' appropriations spent, a part',
    text: L('某县档案馆2023年部门整体支出绩效自评报告', '三、机关运行经费情况', '2023年我馆机关运行经费财政拨款支出25.60万元，比上年下降3%。'),
    expect: { spent_wan: null },
  },
  // ── 三公 funds ─────────────────────────────────────────────────────────────────────
  {
    id: 'SG1-mentioned-before-total', aim: '三公 set aside: a sentence that names 三公 before the department\'s total',
    text: L('某县统计局2023年度部门整体支出绩效自评报告', '二、预算执行情况', '2023年，我局严格落实“三公”经费管理规定，全年支出总额850.00万元，预算执行率97.50%。'),
    expect: { spent_wan: 850, execution_rate_pct: 97.5 },
  },
  {
    id: 'SG2-paragraph-opens-with-sangong', aim: '三公 set aside: a paragraph that opens with 三公, the total in a later sentence',
    text: L('某县统计局2023年度部门整体支出绩效自评报告', '二、预算执行情况', '严格控制“三公”经费和会议费、培训费支出，全年“三公”经费支出2.10万元，比上年下降5%。全年部门预算执行率97.50%，全年支出总额850.00万元。'),
    expect: { spent_wan: 850, execution_rate_pct: 97.5 },
  },
  // ── the budget from its parts ───────────────────────────────────────────────────────
  {
    id: 'BP1-reduction', aim: 'the year\'s budget from its parts: a reduction',
    text: L('某区档案馆2022年度部门整体支出绩效自评报告', '二、一般公共预算支出情况', '2022年预算收入45.50万元，其中年初预算50.00万元，调减4.50万元。2022年支出44.80万元。'),
    expect: { budget_initial_wan: 50, budget_adjustment_wan: -4.5, budget_final_wan: 45.5 },
  },
  {
    id: 'BP2-sum-is-spending', aim: 'the year\'s budget from its parts: the sum printed only as the amount spent',
    text: L('2023年度某某项目支出绩效自评报告', '本项目年初预算57.28万元，年中追加11.78万元，全年完成预算资金支付69.06万元。'),
    expect: { budget_initial_wan: 57.28, budget_adjustment_wan: 11.78, spent_wan: 69.06 },
  },
  // ── 部门预算…安排…共 ────────────────────────────────────────────────────────────────
  {
    id: 'DB1-part-arranged', aim: '部门预算…安排…共: a special fund the department budget arranged, not the whole',
    text: L('某县人力资源和社会保障局2024年度部门整体支出绩效自评报告', '（三）专项工作', '2024年部门预算中安排职业技能培训专项经费共计45万元，实际支出42万元。'),
    expect: { budget_final_wan: null },
  },
  {
    id: 'DB2-whole-arranged', aim: '部门预算…安排…共: the department\'s budget arranged in all',
    text: L('某县档案馆2024年度部门整体支出绩效自评报告', '（一）预算情况', '2024年部门预算财政拨款安排资金合计320.50万元，实际支出318.70万元。'),
    expect: { budget_final_wan: 320.5, spent_wan: 318.7 },
  },
  // ── 主管部n, an empty unit field, a site's greeting ──────────────────────────────────
  {
    id: 'ZG1-ocr-fields', aim: 'OCR 主管部n and 实施第位 in a space-separated form',
    text: L('2023年度项目支出绩效自评表', '项目名称    小型水利工程维修养护经费', '主管部n    某县水利局        实施第位    某县水利工程管理站'),
    expect: { supervising_department: '某县水利局', department_name: '某县水利工程管理站' },
  },
  {
    id: 'EU1-empty-unit-title', aim: 'unit field left empty: the title names the unit',
    text: '某市第六中学2021年度初中公用经费项目支出绩效自评表项目名称初中公用经费主管部门某市教育局实施单位自评得分98项目资金(万元)年度资金总额',
    expect: { department_name: '某市第六中学', supervising_department: '某市教育局' },
  },
  {
    id: 'EU2-empty-unit-tab', aim: 'unit field left empty: a tab form, nothing else names the unit',
    text: L('2023年度项目支出绩效自评表', '项目名称\t乡村学校少年宫运转经费', '主管部门\t某县教育局\t实施单位\t', '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数'),
    expect: { department_name: null, supervising_department: '某县教育局' },
  },
  {
    id: 'WS1-portal-greeting', aim: 'a site\'s greeting (欢迎进入) on a government portal, the report\'s source another body',
    text: L('欢迎进入某某市人民政府门户网站！', '来源：某某市交通运输局', '农村客运补贴资金2022年度绩效自评报告', '一、基本情况'),
    expect: { department_name: '某某市交通运输局' },
  },
  // ── a name starting with 年度预算 (row-of-heads filter) ──────────────────────────────
  {
    id: 'JK1-project-starts-niandu', aim: 'row of column heads no project name: a real project named 年度预算执行审计…',
    text: L('2023年度项目支出绩效自评表', '项目名称 | 年度预算执行审计专项经费', '主管部门 | 某县审计局 | 实施单位 | 某县审计局', FORM_HEAD, '年度资金总额 | 18.00 | 18.00 | 17.60 | 10 | 97.78% | 9.8'),
    expect: { project_name: '年度预算执行审计专项经费' },
  },
  // ── added after the first run ───────────────────────────────────────────────────────
  {
    id: 'AF4-no-year-no-comma', aim: '绩效目标分解下达情况: one fund allocated, no year, no document number (flattened template)',
    text: '一、绩效目标分解下达情况某省财政厅下达某省非物质文化遗产保护专项资金120万元,二、绩效目标完成情况分析(一)资金投入情况分析',
    expect: { project_name: '某省非物质文化遗产保护专项资金' },
  },
  {
    id: 'DB3-components-arranged', aim: '部门预算…安排…共: the department budget\'s components arranged, no total stated',
    text: L('某县档案馆2024年度部门整体支出绩效自评报告', '（一）预算情况', '2024年部门预算安排基本支出共计280万元，项目支出共计40.5万元。'),
    expect: { budget_final_wan: null },
  },
  {
    id: 'WC3-due-by-schedule', aim: '完成支出: what the schedule said should be spent, then what was',
    text: L('2023年度某某项目支出绩效自评报告', '全年预算90万元，按序时进度应完成支出75万元，实际完成支出70万元。'),
    expect: { budget_final_wan: 90, spent_wan: 70 },
  },
  {
    id: 'FB3-share-of-total', aim: '财政拨款支出: the appropriations spent stated as a share of a total not given',
    text: L('某县档案馆2023年部门整体支出绩效自评报告', '二、支出情况', '2023年我馆财政拨款支出100.00万元，占总支出的80%。'),
    expect: { spent_wan: null },
  },
  {
    id: 'LZ3-economic-classes', aim: '全年列支: the economic classes listed after the department\'s total',
    text: L('某县统计局2023年度部门整体支出绩效自评报告', '二、支出情况', '2023年全年支出总额560万元。按经济分类，全年列支工资福利支出320万元，商品和服务支出180万元，资本性支出60万元。'),
    expect: { spent_wan: 560 },
  },
  {
    id: 'OC7-chinese-numeral-O', aim: 'OCR folding: a year in Chinese numerals with the letter O (二O二三年度)',
    text: L('二O二三年度某县林业局森林防火项目绩效自评报告', '一、项目概况', '本项目年初预算资金50万元。'),
    expect: { fiscal_year: 2023 },
  },
];
