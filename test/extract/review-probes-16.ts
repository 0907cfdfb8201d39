// The sixteenth round's review probes: made-up texts (invented places and figures) a reviewer wrote against the round's rules
// (a place as the writer of its fund's report, a name run into the words before it, a title inside a page dumped as one line,
// a page's related links and footer, a sentence about last year, money summed since a project began, a rate printed as a
// bound, a grade at a line's end, run-in headings, traditional copies). Those that still read otherwise than the careful
// reader are listed in docs/extract.md, not here. `expect` is the careful human reading of the fields aimed at, from the
// text alone (null where it states no value).
import { L, type Probe } from './review-probes-12.ts';

/** A fund's report a county writes as a whole (f23c59a, 3d4dd57: placeAsWriter). */
const FUND = (title: string, voice: string, ...extra: string[]) => L(
  title,
  '一、基本情况',
  `根据省财政厅有关通知,2022年下达${voice}农村公路养护补助资金360万元,用于县乡道路日常养护。`,
  '二、资金使用情况',
  `${voice}严格按照资金管理办法使用资金,年度内实际支出352万元,执行率97.78%。`,
  '三、自评结论',
  '经自评,该资金绩效自评得分93分。',
  ...extra,
);

/** A project report's body, no title, no body named. */
const BODY = [
  '一、项目基本情况',
  '为保障全县农村公路日常养护,我单位实施农村公路养护项目,覆盖县乡道路共计326公里。',
  '二、项目资金情况',
  '项目全年预算数为480万元,全年执行数为470万元,预算执行率为97.92%。',
  '三、绩效自评结论',
  '经自评,该项目自评得分92分,等级为优。',
];

/** A titled project report with one sentence in its money section (the last-year, since-begun and bound rules). */
const MONEY = (...sentences: string[]) => L('云溪县交通运输局2023年农村公路养护项目绩效自评报告', '一、项目资金情况', ...sentences);

/** A one-line page's header. */
const HEADER = '首页 > 政务公开 > 预算绩效管理 - 索引号: 11510000-2023-00123 - 发布机构: 柳川市卫生健康委员会 - 发布日期: 2023-03-20 - 时效性: 有效';
const HEADER_PLAIN = '首页 > 政务公开 > 财政资金 > 绩效评价 发布日期: 2023-03-20 浏览次数: 215 字号: 大 中 小';

export const probes: Probe[] = [
  // ── a fund's report a county or city writes as a whole: the place (f23c59a, 3d4dd57) ─────────────────────────
  { id: 'A1-county-fund', aim: 'place+year title, 我县, no body: the county', text: FUND('云溪县2022年度农村公路养护补助资金绩效自评报告', '我县'), expect: { department_name: '云溪县' } },
  { id: 'A3-city-district', aim: 'city+district lead the title, 我区', text: FUND('柳川市石岭区2022年度农村公路养护补助资金绩效自评报告', '我区'), expect: { department_name: '柳川市石岭区' } },
  {
    id: 'A4-bureau-voice', aim: 'place+year title, the text speaks as 我局 (a bureau writes, unnamed) though it says 我县 too: no place',
    text: L('云溪县2022年度耕地地力保护补贴资金绩效自评报告', '一、基本情况', '2022年我县耕地地力保护补贴资金共计1260万元,补贴面积12.6万亩。', '二、资金管理及使用情况', '我局会同县财政局制定了补贴发放方案,通过“一卡通”将补贴资金全部发放到户,实际支出1260万元,执行率100%。', '三、自评结论', '经自评,我局该项资金绩效自评得分95分。'),
    expect: { department_name: null },
  },
  { id: 'A5-dept-no-place-prefix', aim: 'a department of the county named without the place (县农业农村局牵头): not the place', text: FUND('云溪县2022年度农村公路养护补助资金绩效自评报告', '我县', '四、其他说明', '本资金由县交通运输局牵头组织实施,县财政局负责资金拨付。'), expect: { department_name: null } },
  { id: 'A6-center-named', aim: 'a 中心 of the county named as the implementer: not the place', text: FUND('云溪县2022年度农村公路养护补助资金绩效自评报告', '我县', '四、其他说明', '本资金由云溪县农村公路养护中心具体组织实施。'), expect: { department_name: null } },
  { id: 'A7-signed-by-bureau', aim: 'the report signed by a county bureau at its end: the bureau, not the place', text: FUND('云溪县2022年度农村公路养护补助资金绩效自评报告', '我县', '', '云溪县交通运输局', '2023年3月15日'), expect: { department_name: '云溪县交通运输局' } },
  
  
  {
    id: 'A10-traditional', aim: 'a traditional copy of a county fund report: the place as printed',
    text: L('雲溪縣2022年度農村公路養護補助資金績效自評報告', '一、基本情況', '根據省財政廳有關通知,2022年下達我縣農村公路養護補助資金360萬元,用於縣鄉道路日常養護。', '二、資金使用情況', '我縣嚴格按照資金管理辦法使用資金,年度內實際支出352萬元,執行率97.78%。', '三、自評結論', '經自評,該資金績效自評得分93分。'),
    expect: { department_name: '雲溪縣', spent_wan: 352 },
  },

  // ── a body's name run into the words before it across a gap (b53dcf7) ───────────────────────────────────────
  
  { id: 'B2-zhengxie-space', aim: '政协 柳川市石岭区委员会 (a name printed with a space, 政协 part of it): whole', text: L('政协 柳川市石岭区委员会2022年度部门整体支出绩效自评报告', '一、部门基本情况', '本机关内设办公室、研究室等5个科室,2022年部门整体支出预算386万元。'), expect: { department_name: '政协柳川市石岭区委员会' } },
  { id: 'B3-jiusan-space', aim: '九三学社 柳川市委员会 (a party committee printed with a space): whole', text: L('九三学社 柳川市委员会2022年度部门整体支出绩效自评报告', '一、部门基本情况', '本会机关内设办公室、组织部等4个部门,2022年部门整体支出预算152万元。'), expect: { department_name: '九三学社柳川市委员会' } },
  { id: 'B4-tax-prefix', aim: '国家税务总局 柳川市税务局: kept whole', text: L('国家税务总局 柳川市税务局2022年度部门整体支出绩效自评报告', '一、部门基本情况', '本局内设办公室等12个股室,2022年部门整体支出预算2860万元。'), expect: { department_name: '国家税务总局柳川市税务局' } },
  

  // ── a title between two gaps of a page dumped as one line (dfe9e75) ─────────────────────────────────────────
  
  { id: 'C2-title-with-space', aim: 'a title printed with a space after the body (柳川市林业局 2022年度…): the body stays', text: `信息来源: 本网 发布日期: 2023-03-20 浏览次数: 215 柳川市林业局 2022年度森林防火项目绩效自评报告 一、项目概况 我局2022年安排森林防火经费60万元,全年支出58万元,执行率96.67%。`, expect: { department_name: '柳川市林业局', fiscal_year: 2022, project_name: '森林防火项目' } },
  { id: 'C3-list-of-reports', aim: 'a list page of several reports, dumped as one line: none of them the text\'s', text: `${HEADER_PLAIN} 共3条 柳川市农业农村局2022年度部门整体支出绩效自评报告 2023-05-10 柳川市林业局2022年度部门整体支出绩效自评报告 2023-05-09 柳川市水务局2022年度部门整体支出绩效自评报告 2023-05-08 首页 上一页 1 下一页 尾页`, expect: { department_name: null } },

  // ── a web page's related links and footer after the text (9ab3c3a) ──────────────────────────────────────────
  {
    id: 'D1-related-info-line', aim: 'a report line that opens with 相关信息 in the middle of the text: the figures after it still read',
    text: L('一、项目基本情况', '为保障全县农村公路日常养护,我单位实施农村公路养护项目,覆盖县乡道路共计326公里。', '相关信息已按规定在县政府门户网站公开,接受社会监督。', '二、项目资金情况', '项目全年预算数为480万元,全年执行数为470万元,预算执行率为97.92%。', '三、绩效自评结论', '经自评,该项目自评得分92分,等级为优。'),
    expect: { budget_final_wan: 480, spent_wan: 470, execution_rate_pct: 97.92, self_score: 92 },
  },
  {
    id: 'D2-related-news-line', aim: 'an output line that opens with 相关新闻 (a publicity project): the score after it still read',
    text: L('柳川市融媒体中心2022年度文明创建宣传项目绩效自评报告', '一、项目基本情况', '项目年初预算36万元,全年支出35.2万元,执行率97.78%。', '二、绩效目标完成情况', '全年制作公益广告12部,开设专栏4个。', '相关新闻稿件在省级以上媒体刊发32篇。', '三、自评结论', '经自评,该项目自评得分94分。'),
    expect: { self_score: 94 },
  },
  {
    id: 'D3-event-host', aim: 'an event\'s 主办单位 inside an investment-promotion report (no footer words): read on',
    text: L('柳川市投资促进局2022年度招商引资活动经费项目绩效自评报告', '一、项目基本情况', '2022年举办柳川市特色产业招商推介会1场。', '主办单位:柳川市人民政府 承办单位:柳川市投资促进局', '二、项目资金情况', '项目全年预算数为80万元,全年执行数为76万元,预算执行率为95%。', '三、自评结论', '经自评,该项目自评得分91分。'),
    expect: { department_name: '柳川市投资促进局', spent_wan: 76, self_score: 91 },
  },
  {
    id: 'D4-buttons-after-summary', aim: 'share buttons between a header with a summary sentence and the text: the text read',
    text: L('当前位置:首页 > 政务公开 > 财政资金', '内容概述:现将云溪县交通运输局2022年度农村公路养护项目绩效自评报告予以公开。', '打印本页 关闭窗口', '云溪县交通运输局2022年度农村公路养护项目绩效自评报告', ...BODY),
    expect: { department_name: '云溪县交通运输局', budget_final_wan: 480, self_score: 92 },
  },
  {
    id: 'D5-sidebar-first', aim: 'a page\'s sidebar (热点推荐) printed before the text: the text read',
    text: L('当前位置:首页 > 政务公开 > 财政资金 > 绩效评价', '发布时间:2023-05-10 来源:云溪县交通运输局 浏览次数:128', '热点推荐', '云溪县2023年春季森林防火工作会议召开', '云溪县交通运输局2022年度农村公路养护项目绩效自评报告', ...BODY),
    expect: { budget_final_wan: 480, self_score: 92 },
  },
  {
    id: 'D6-footer-host-far', aim: 'a footer whose 主办单位 stands four lines above 网站标识码: no body from it',
    text: L('一、基本情况', '我中心2022年收到中央医疗救助补助资金1767.21万元,全部用于城乡困难群众医疗救助。', '', '主办单位:柳川市人民政府办公室', '地址:柳川市人民路1号', '邮编:610000', '联系电话:0000-1234567', '网站标识码:5100000001 蜀ICP备05000000号'),
    expect: { department_name: null },
  },
  {
    id: 'D7-footer-host-short', aim: 'a footer that says 主办: (no 单位) beside 网站标识码: no body from it',
    text: L('一、基本情况', '我中心2022年收到中央医疗救助补助资金1767.21万元,全部用于城乡困难群众医疗救助。', '', '主办:柳川市人民政府办公室 承办:柳川市大数据中心', '网站标识码:5100000001 蜀ICP备05000000号'),
    expect: { department_name: null },
  },
  {
    id: 'D8-traditional-related', aim: 'a traditional copy, a headless text, its related links (相關鏈接, 上一篇) after it: no title, body or year',
    text: L('一、項目基本情況', '為保障全縣農村公路日常養護,我單位實施農村公路養護項目,覆蓋縣鄉道路共計326公里。', '二、項目資金情況', '項目全年預算數為480萬元,全年執行數為470萬元,預算執行率為97.92%。', '', '相關鏈接:', '柳川市農業農村局2021年度部門整體支出績效自評報告', '上一篇:柳川市2023年第一批中央財政銜接推進鄉村振興補助資金分配表'),
    expect: { department_name: null, fiscal_year: null, budget_final_wan: 480 },
  },

  // ── a sentence about last year from an earlier clause on (ecfcbe9) ──────────────────────────────────────────
  { id: 'E1-last-year-after', aim: 'this year\'s figures, then a sentence about last year: this year\'s', text: MONEY('2023年项目预算480万元,实际支出470万元,执行率97.92%。', '上一年度同类项目预算为450万元,实际支出420万元,执行率93.33%。'), expect: { spent_wan: 470, execution_rate_pct: 97.92 } },
  { id: 'E2-carryover-du', aim: '上年度结转 (with 度): last year\'s carry-over, not a sentence about last year', text: MONEY('上年度结转资金20万元,实际支出110万元,执行率91.67%。'), expect: { spent_wan: 110, execution_rate_pct: 91.67 } },
  { id: 'E3-based-on-last-year', aim: '结合上年度预算执行情况,…: this year\'s budget and spending', text: MONEY('结合上年度预算执行情况,年初预算安排资金500万元,实际支出490万元,执行率98%。'), expect: { spent_wan: 490, execution_rate_pct: 98 } },
  { id: 'E4-affected-by-last-year', aim: '受上年度疫情影响,…实际支出…: this year\'s', text: MONEY('受上年度疫情影响,项目推迟至下半年实施,实际支出300万元,执行率75%。'), expect: { spent_wan: 300, execution_rate_pct: 75 } },
  

  // ── money summed since a project began (6a9ac31) ────────────────────────────────────────────────────────────
  { id: 'F1-since-begun-plus-year', aim: '项目实施以来,累计… beside this year\'s figures: this year\'s', text: MONEY('项目实施以来,累计投入资金1860万元,累计支出资金1720万元。', '2023年项目预算480万元,实际支出470万元。'), expect: { budget_final_wan: 480, spent_wan: 470 } },
  { id: 'F2-begun-this-year', aim: 'a project begun in the report\'s year (2023年3月开工…开工以来累计支出): the year\'s', text: MONEY('项目于2023年3月开工建设,开工以来累计支出资金120万元。'), expect: { spent_wan: 120 } },
  { id: 'F3-begun-this-year-long', aim: '2023年3月项目正式启动实施以来,累计支出…: the year\'s', text: MONEY('2023年3月项目正式启动实施以来,累计支出资金120万元。'), expect: { spent_wan: 120 } },
  { id: 'F4-this-year-since', aim: '本年度项目实施以来,累计支出…: the year\'s', text: MONEY('本年度项目实施以来,累计支出资金120万元。'), expect: { spent_wan: 120 } },

  // ── a rate printed as a bound (b2b4ac7) ─────────────────────────────────────────────────────────────────────
  { id: 'G1-bound-only', aim: '执行率保持在90%左右: no rate', text: MONEY('全年预算执行率保持在90%左右。'), expect: { execution_rate_pct: null } },
  { id: 'G2-next-line-yishang', aim: 'a rate at a line\'s end, the next line opening 以上资金…: the rate', text: MONEY('全年预算480万元,实际支出468万元,预算执行率97.5%', '以上资金全部用于农村公路日常养护。'), expect: { execution_rate_pct: 97.5 } },

  // ── a grade at an original line's end, the next line run on (11a3ea0) ───────────────────────────────────────
  { id: 'H1-grade-line-end', aim: 'a grade at a line\'s end, an unnumbered heading next: the grade', text: L('云溪县交通运输局2023年农村公路养护项目绩效自评报告', '三、综合评价结论', '该项目绩效自评得分为88分,自评等级为良好', '存在的问题及改进措施', '部分路段养护不及时。'), expect: { grade: '良好' } },
  { id: 'H2-grade-wrapped-description', aim: 'a sentence wrapped after 优秀 (…自评等级为优秀 / 的项目10个…): no grade', text: L('云溪县交通运输局2022年度部门整体支出绩效自评报告', '三、项目支出绩效情况', '本年度共对12个项目开展了绩效自评,其中自评等级为优秀', '的项目10个,良好的项目2个。'), expect: { grade: null } },
  

  // ── a long line opening with report words naming nothing is no title (a905442) ──────────────────────────────
  { id: 'I1-one-line-year-report', aim: 'a one-line text titled 2022年度绩效自评报告 (a year, no body): the year still the title\'s', text: '2022年度绩效自评报告 一、基本情况 我局全年预算480万元,实际支出470万元,执行率97.92%。二、自评结论 经自评,部门整体支出绩效自评得分95分。', expect: { fiscal_year: 2022 } },

  // ── the kind from a numbered heading run into a flattened page (4d4f6c7) ────────────────────────────────────
  { id: 'J2-run-in-spaced', aim: '一、项目基本情况 (一)项目概况 with spaces on a one-line page: a project', text: `发布时间:2023-05-10 来源:云溪县交通运输局 一、项目基本情况 (一)项目概况 为保障全县农村公路日常养护,我局实施农村公路养护项目。二、项目资金情况 全年预算480万元。`, expect: { kind: 'project' } },
  { id: 'J3-run-in-unit', aim: '一、单位基本情况(一)主要职能 run into a page: a department', text: `发布时间:2023-05-10 来源:云溪县交通运输局 一、单位基本情况(一)主要职能 负责全县公路建设与养护管理。二、部门预算情况 全年预算480万元。`, expect: { kind: 'department' } },
  

  // ── a traditional copy reads as its simplified text (89a2cd8, 3a1d0df, cc102bb) ─────────────────────────────
  {
    id: 'K1-traditional-project', aim: 'a traditional copy: the project and the unit as printed, the grade a category',
    text: L('柳川市林業局2022年度森林防火宣傳項目績效自評報告', '項目名稱:森林防火宣傳', '實施單位:柳川市林業局', '一、項目資金情況', '項目年初預算批覆數為48萬元,全年執行數為47萬元。', '二、自評結論', '經自評,該項目自評得分92分,自評等級為優秀。'),
    expect: { project_name: '森林防火宣傳', department_name: '柳川市林業局', spent_wan: 47, self_score: 92, grade: '优秀' },
  },
  {
    id: 'K2-traditional-pifu', aim: '批覆 in a traditional copy (年初預算批覆數): the initial budget',
    text: L('柳川市林業局2022年度森林防火宣傳項目績效自評報告', '一、項目資金情況', '項目年初預算批覆數為48萬元,全年執行數為47萬元,執行率97.92%。'),
    expect: { budget_initial_wan: 48, spent_wan: 47 },
  },
  { id: 'C1-run-in-title', aim: 'the title after the header, another body the publisher', text: `${HEADER} 柳川市妇幼保健院2022年度妇幼卫生项目补助资金绩效自评报告 一、项目概况 2022年下达我院妇幼卫生项目补助资金45万元,全年支出45万元。`, expect: { department_name: '柳川市妇幼保健院', fiscal_year: 2022, kind: 'project' } },
  { id: 'J4-run-in-arabic-top', aim: '1.项目概况(1)项目背景 (arabic top-level) on a one-line page: a project', text: `发布时间:2023-05-10 来源:云溪县交通运输局 1.项目概况(1)项目背景 为保障全县农村公路日常养护,我局实施农村公路养护项目。2.项目资金情况 全年预算480万元。`, expect: { kind: 'project' } },
];
