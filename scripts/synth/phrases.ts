/**
 * Wording the synthetic reports are assembled from, modelled on the real reports in data/:
 * the duties, tasks, indicators, problems and measures such bureaus write about.
 */

/** Bureau name forms: Chinese suffix, short suffix, English form, weight. */
export const BUREAU_FORMS = [
  { zh: '投资促进局', short: '投促局', en: 'Investment Promotion Bureau', weight: 55 },
  { zh: '投资促进中心', short: '投促中心', en: 'Investment Promotion Centre', weight: 20 },
  { zh: '商务和投资促进局', short: '商务投促局', en: 'Commerce and Investment Promotion Bureau', weight: 14 },
  { zh: '投资促进服务中心', short: '投促服务中心', en: 'Investment Promotion Service Centre', weight: 9 },
  { zh: '投资推广服务署', short: '投推署', en: 'Investment Promotion Service Agency', weight: 2 },
] as const;

export const DUTIES = [
  '负责贯彻执行国家、省、市关于投资促进工作的方针政策和决策部署，统筹协调全域招商引资工作',
  '拟订并组织实施投资促进的政策措施、规划和年度计划，负责招商引资考核工作',
  '负责重点区域、重点产业和重大项目的招商引资和跟踪服务工作，组织开展项目对接、考察、研判、洽谈',
  '负责统筹指导、组织实施驻外招商、市场化招商等专业招商工作',
  '统筹招商引资推介和投资环境宣传工作，牵头策划、组织和实施投资促进活动',
  '负责招商引资信息化工作，推进招商引资全流程信息化管理，开展招商引资信息统计分析',
  '统筹招商引资队伍建设工作，组织实施招商引资业务培训',
  '负责招商项目准入评审，跟踪督导招商项目落地工作',
  '负责外商投资促进工作，协调解决外商投资企业在投资过程中遇到的问题',
  '负责产业扶持资金的申报、审核和拨付管理工作',
  '组织开展与境内外知名机构的投资促进战略合作，参与开展国内外投资促进工作',
  '负责本系统安全生产和保密工作，推动营商环境持续优化',
  '完成上级党委、政府和上级业务主管部门交办的其他任务',
] as const;

export const WORK_SENTENCES = [
  '全年围绕高质量发展目标，坚持招大引强与招新引优并举，扎实推进招商引资各项工作。',
  '深入实施招商引资“一把手”工程，完善常态化驻点招商机制和重大项目推进机制。',
  '持续优化招商图谱，聚焦新能源、新材料、高端装备制造等重点产业链开展链式招商。',
  '组建国企参与的联合招商专班，推动市场化力量参与招商，构筑联合招商平台。',
  '建立重点项目全周期跟踪服务台账，对签约项目实行专人跟进、限时办结。',
  '统筹开展线上线下招商推介，拓展粤港澳大湾区、长三角等重点区域的客商资源。',
  '加强招商引资队伍建设，组织业务培训，提高招商人员专业化水平。',
  '健全招商信息共享机制，推进招商引资全流程信息化管理。',
  '落实产业扶持政策，及时兑现奖励资金，稳定企业投资预期。',
  '围绕优化营商环境，协调解决企业在项目落地过程中遇到的用地、审批等问题。',
  '坚持厉行节约，严格执行公务接待、差旅等经费管理规定，“三公”经费支出控制在预算以内。',
  '强化预算绩效管理，做到资金使用与绩效目标同步监控、同步评价。',
  '围绕主导产业开展专题招商，赴重点城市开展招商推介，拜访重点企业，洽谈对接项目。',
  '建立招商项目全流程跟踪服务机制，实行“一个项目、一名领导、一个专班”推进模式。',
  '加强与商协会、行业龙头企业和专业招商机构的合作，拓宽招商渠道。',
  '完善招商引资项目准入评审制度，严格把好项目准入关，提高项目质量。',
  '聚焦总部经济、数字经济和先进制造业，谋划储备一批重大产业项目。',
  '开展“招商引资项目落地年”活动，推动签约项目早开工、早投产、早见效。',
  '制定年度招商引资工作方案，将招商任务分解到各责任单位，定期通报进展。',
  '用好驻外招商联络点，常态化开展驻点招商，及时收集和研判项目信息。',
  '做好外资企业服务工作，协调解决外资企业生产经营中的困难和问题。',
  '加强招商引资政策研究，修订完善产业扶持政策，提高政策的针对性和有效性。',
  '规范财务管理，严格执行各项财务制度，确保资金使用安全、合规、有效。',
  '推进政务公开，按规定公开部门预算、决算和绩效自评结果，主动接受社会监督。',
] as const;

/** Sentences with figures for the results paragraph (the numbers are drawn per report). */
export const RESULT_SENTENCES = [
  (a: number, b: number) => `全年共签约招商项目 ${a} 个，计划总投资 ${b} 亿元。`,
  (a: number, b: number) => `其中超亿元项目 ${a} 个，计划投资额 ${b} 亿元。`,
  (a: number, b: number) => `全年新开工项目 ${a} 个，新投产项目 ${b} 个。`,
  (a: number, b: number) => `新设外商投资企业 ${a} 家，实际利用外资 ${b} 亿元。`,
  (a: number, b: number) => `组织参加各类招商推介活动 ${a} 场，接待客商考察 ${b} 批次。`,
  (a: number, b: number) => `引进世界 500 强及行业龙头企业投资项目 ${a} 个，总投资 ${b} 亿元。`,
] as const;

export const TASKS = [
  { name: '招商引资', outcome: (n: number) => `全年引进产业项目 ${n} 个，计划投资额持续增长。` },
  { name: '市场化招商', outcome: (n: number) => `全年确认招商合伙人 ${n} 家，获取优质项目线索若干。` },
  { name: '项目跟踪服务', outcome: (n: number) => `跟踪服务重点项目 ${n} 个，协调解决问题若干。` },
  { name: '投资环境宣传', outcome: (n: number) => `举办和参加招商推介活动 ${n} 场，发布宣传报道若干篇。` },
  { name: '招商队伍建设', outcome: (n: number) => `组织招商业务培训 ${n} 期，培训招商人员若干人次。` },
  { name: '外商投资促进', outcome: (n: number) => `新设外商投资企业 ${n} 家，实际利用外资稳步增长。` },
] as const;

export const PROJECTS = [
  '招商引资专项经费', '产业扶持资金', '投资促进活动经费', '驻外招商工作经费', '招商引资宣传推介经费',
  '重点产业招商项目代办服务', '招商引资顾问服务', '投资环境宣传片制作', '招商信息化平台运维', '产业招商策划研究',
] as const;

export type IndicatorShape = 'count' | 'percent' | 'amount' | 'days' | 'words';

/** Indicator bank: level 1, level 2, name, unit, shape and the range targets are drawn from. */
export const INDICATORS: readonly { level1: string; level2: string; name: string; unit: string; shape: IndicatorShape; lo: number; hi: number }[] = [
  { level1: '产出指标', level2: '数量指标', name: '举办招商推介活动场次', unit: '场', shape: 'count', lo: 2, hi: 20 },
  { level1: '产出指标', level2: '数量指标', name: '引进产业项目数量', unit: '个', shape: 'count', lo: 5, hi: 120 },
  { level1: '产出指标', level2: '数量指标', name: '外出招商考察次数', unit: '次', shape: 'count', lo: 3, hi: 40 },
  { level1: '产出指标', level2: '数量指标', name: '接待客商考察团组数', unit: '批次', shape: 'count', lo: 5, hi: 80 },
  { level1: '产出指标', level2: '数量指标', name: '考察拜访企业数量', unit: '家', shape: 'count', lo: 20, hi: 200 },
  { level1: '产出指标', level2: '数量指标', name: '招商活动媒体报道数', unit: '篇', shape: 'count', lo: 3, hi: 50 },
  { level1: '产出指标', level2: '数量指标', name: '招商项目评审数量', unit: '个', shape: 'count', lo: 10, hi: 200 },
  { level1: '产出指标', level2: '数量指标', name: '组织招商业务培训', unit: '期', shape: 'count', lo: 1, hi: 12 },
  { level1: '产出指标', level2: '数量指标', name: '新增招商合伙人', unit: '家', shape: 'count', lo: 5, hi: 60 },
  { level1: '产出指标', level2: '数量指标', name: '签约重点项目数', unit: '个', shape: 'count', lo: 3, hi: 60 },
  { level1: '产出指标', level2: '数量指标', name: '服务对象数量', unit: '宗', shape: 'count', lo: 20, hi: 120 },
  { level1: '产出指标', level2: '数量指标', name: '完成策划方案总数', unit: '册', shape: 'count', lo: 1, hi: 6 },
  { level1: '产出指标', level2: '质量指标', name: '签约项目履约率', unit: '%', shape: 'percent', lo: 80, hi: 100 },
  { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', unit: '%', shape: 'percent', lo: 90, hi: 100 },
  { level1: '产出指标', level2: '质量指标', name: '招商项目落地率', unit: '%', shape: 'percent', lo: 50, hi: 90 },
  { level1: '产出指标', level2: '质量指标', name: '超亿元项目计划投资额', unit: '亿元', shape: 'amount', lo: 5, hi: 300 },
  { level1: '产出指标', level2: '时效指标', name: '资金支付及时率', unit: '%', shape: 'percent', lo: 90, hi: 100 },
  { level1: '产出指标', level2: '时效指标', name: '项目按期完成率', unit: '%', shape: 'percent', lo: 90, hi: 100 },
  { level1: '产出指标', level2: '时效指标', name: '项目手续办结时限', unit: '个工作日', shape: 'days', lo: 5, hi: 30 },
  { level1: '产出指标', level2: '成本指标', name: '招商活动经费控制', unit: '', shape: 'words', lo: 0, hi: 0 },
  { level1: '效益指标', level2: '经济效益指标', name: '实际利用外资', unit: '亿美元', shape: 'amount', lo: 1, hi: 30 },
  { level1: '效益指标', level2: '经济效益指标', name: '招商引资到位资金', unit: '亿元', shape: 'amount', lo: 5, hi: 500 },
  { level1: '效益指标', level2: '经济效益指标', name: '新增固定资产投资', unit: '亿元', shape: 'amount', lo: 5, hi: 200 },
  { level1: '效益指标', level2: '社会效益指标', name: '带动新增就业人数', unit: '人', shape: 'count', lo: 100, hi: 5000 },
  { level1: '效益指标', level2: '社会效益指标', name: '对区域经济发展的促进作用', unit: '', shape: 'words', lo: 0, hi: 0 },
  { level1: '效益指标', level2: '可持续影响指标', name: '营商环境持续改善', unit: '', shape: 'words', lo: 0, hi: 0 },
  { level1: '效益指标', level2: '可持续影响指标', name: '对区域内生态环境的影响情况', unit: '', shape: 'words', lo: 0, hi: 0 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', unit: '%', shape: 'percent', lo: 85, hi: 98 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '企业满意度', unit: '%', shape: 'percent', lo: 85, hi: 98 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '投资者满意度', unit: '%', shape: 'percent', lo: 80, hi: 95 },
];

/** Target and result words of the `words` indicators (a result that repeats the target meets it). */
export const WORD_TARGETS: Record<string, string> = {
  招商活动经费控制: '控制在预算内',
  对区域经济发展的促进作用: '明显',
  营商环境持续改善: '持续改善',
  对区域内生态环境的影响情况: '没有负面影响',
};

export const MISS_REASONS = [
  '受市场环境等因素影响，企业投资步伐放缓，更倾向于采取“轻资产”投资。',
  '部分项目前期手续办理时间较长，未能在年内完成。',
  '受外部环境影响，外出招商活动有所减少。',
  '部分签约项目因企业自身原因推迟落地。',
  '项目用地指标紧张，部分项目未能如期开工。',
] as const;

export const PROBLEMS = [
  '受外部环境影响，“走出去”招商活动减少，部分项目资金支出进度较慢。',
  '项目预算年中调整较大，预算编制的科学性和精准度有待提高。',
  '部分绩效指标设置不够细化，量化指标偏少，难以全面反映工作成效。',
  '招商项目从签约到落地周期较长，部分项目推进缓慢。',
  '专业招商人才不足，招商队伍的专业化水平有待提升。',
  '招商引资信息共享不够充分，部门之间协同联动有待加强。',
  '绩效自评工作主要依靠内部资料，缺少第三方数据佐证。',
  '部分项目绩效目标与年度工作任务衔接不够紧密。',
] as const;

export const MEASURES = [
  '加强预算执行监控，对不能按计划实施的项目及时申请调整预算。',
  '提高预算编制的科学性，按上年度实际执行情况合理安排预算，控制预算调整率。',
  '细化量化绩效指标，使绩效目标与年度重点工作相匹配。',
  '建立重点项目推进台账，定期调度，加快项目落地。',
  '加强招商队伍建设，引进和培养专业招商人才。',
  '完善招商信息共享机制，加强与相关部门的协同联动。',
  '引入第三方评价，提高绩效自评的客观性。',
  '强化绩效评价结果运用，将评价结果作为下年度预算安排的重要依据。',
] as const;

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'] as const;

/** Characters OCR tends to produce from damaged table cells (for illegible rows). */
export const OCR_NOISE = '的人一是了不在有个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感'.split('');
