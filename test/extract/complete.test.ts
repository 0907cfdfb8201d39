/**
 * Complete drafts on made-up texts, one per layout kind of the parts beyond the headline
 * figures: a task table (task cells spread out and shuffled, a cell holding several
 * indicators, a row continuing the one above, a reason after a miss), tasks listed in prose
 * (`(1) 任务。设置 N 个关键绩效指标`, `一是…方面`), targets listed in prose with their results
 * in a later sentence, a target met in passing, indicator counts and the budget's adjustment
 * rate. Every expectation is read off the made-up text by hand.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../scripts/extract/extract.ts';

const FIXTURE = '【测试夹具 TEST FIXTURE：虚构文本，仅供测试，不是真实报告 / made-up test fixture, not a real report】\n';

const row = (r: { task: string; name: string; target_text: string; actual_text: string; target_quantity: string; actual_quantity: string; stated_met: string; reason: string }) =>
  [r.task, r.name, r.target_text, r.actual_text, r.target_quantity, r.actual_quantity, r.stated_met, r.reason];

describe('a department report with a task table', () => {
  const text = `${FIXTURE}青禾市云溪区投资促进中心2023年度部门整体支出绩效自评报告
一、部门基本情况
本年度部门整体共分为三个主要工作任务，分别为编制产业招商图谱、举办专题招商活动、优化企业服务。具体指标如下：
(1) 编制产业招商图谱。设置 3 个关键绩效指标，包含：“招商图谱份数”“图谱验收合格率”“按期交付率”。
(2) 举办专题招商活动。设置 3 个关键绩效指标，包含：“专题活动场次”“签约项目数”“参会企业满意度”。
(3) 优化企业服务。设置 2 个关键绩效指标，包含：“走访企业数量”“诉求办结率”。
二、综合评价分析
表 1 部门整体支出绩效目标完成情况表 单位：万元
序号\t主 务 要 任\t预期目标\t目 标 完 成 情 况\t关键指标及 目标值\t指标完成情况\t任 务 涉 及 资 金
1\t编 产 业 招 商 图\t编制重点产业招商图谱，覆盖六大产业链。\t完 成 图 谱 编 制\t招商图谱份数，目标值为“6 份”。\t完成 6 份产业招商图谱，达到预期目标。\t45.5
\t\t\t\t图谱验收合格率，目标值为“100%”。\t图谱验收合格率为 100%，达到预期目标。\t
\t\t\t\t按期交付率，目标值为“100%”。\t按期交付率为 95%，未达到预期目标。因数据采集延迟。\t
2\t举 办 专 题 招 商\t举办面向重点产业链的专题招商活动。\t1. 举办活动 9 场；\t专题活动场次，目标值为“8 场”。 签约项目数，目标值为“20 个”。 参会企业满意度，目标值为“90%以上”。\t实际举办 9 场，达到预期目标。 实际签约 17 个，因部分项目延期签约，未达到预期目标。 满意度为 93%，达到预期目标。\t120.3
\t\t\t2. 促成签约 17 个。\t\t\t
3\t优 化 企 业 服 务\t走访服务重点企业，办结企业诉求。\t走 访 企 业 236 家\t走访企业数量，目标值为“200 家”。\t实际走访 236 家，达到预期目标。\t18
\t\t\t\t诉求办结率，目标值为“95%”。\t诉求办结率 97%，达到预期目标。\t
三、存在的主要问题
`;
  const x = extractReport(text);

  it('drafts the tasks, named as the prose lists them, with their funds, goal and outcome', () => {
    expect(x.record.tasks.map((t) => [t.name, t.funds?.printed ?? null, t.goal, t.outcome])).toEqual([
      ['编制产业招商图谱', '45.5', '编制重点产业招商图谱，覆盖六大产业链。', '完 成 图 谱 编 制'],
      ['举办专题招商活动', '120.3', '举办面向重点产业链的专题招商活动。', '1. 举办活动 9 场； 2. 促成签约 17 个。'],
      ['优化企业服务', '18', '走访服务重点企业，办结企业诉求。', '走 访 企 业 236 家'],
    ]);
  });

  it('drafts one row per indicator, a cell of three split in order, with quantities, stated met and reasons', () => {
    expect(x.indicators.map(row)).toEqual([
      row({ task: '编制产业招商图谱', name: '招商图谱份数', target_text: '6 份', actual_text: '完成 6 份产业招商图谱，达到预期目标。', target_quantity: '6 份', actual_quantity: '6 份', stated_met: 'true', reason: '' }),
      row({ task: '编制产业招商图谱', name: '图谱验收合格率', target_text: '100%', actual_text: '图谱验收合格率为 100%，达到预期目标。', target_quantity: '100%', actual_quantity: '100%', stated_met: 'true', reason: '' }),
      row({ task: '编制产业招商图谱', name: '按期交付率', target_text: '100%', actual_text: '按期交付率为 95%，未达到预期目标。', target_quantity: '100%', actual_quantity: '95%', stated_met: 'false', reason: '因数据采集延迟。' }),
      row({ task: '举办专题招商活动', name: '专题活动场次', target_text: '8 场', actual_text: '实际举办 9 场，达到预期目标。', target_quantity: '8 场', actual_quantity: '9 场', stated_met: 'true', reason: '' }),
      row({ task: '举办专题招商活动', name: '签约项目数', target_text: '20 个', actual_text: '实际签约 17 个，因部分项目延期签约，未达到预期目标。', target_quantity: '20 个', actual_quantity: '17 个', stated_met: 'false', reason: '因部分项目延期签约' }),
      row({ task: '举办专题招商活动', name: '参会企业满意度', target_text: '90%以上', actual_text: '满意度为 93%，达到预期目标。', target_quantity: '90%以上', actual_quantity: '93%', stated_met: 'true', reason: '' }),
      row({ task: '优化企业服务', name: '走访企业数量', target_text: '200 家', actual_text: '实际走访 236 家，达到预期目标。', target_quantity: '200 家', actual_quantity: '236 家', stated_met: 'true', reason: '' }),
      row({ task: '优化企业服务', name: '诉求办结率', target_text: '95%', actual_text: '诉求办结率 97%，达到预期目标。', target_quantity: '95%', actual_quantity: '97%', stated_met: 'true', reason: '' }),
    ]);
    expect(x.indicators.filter((r) => r.note.startsWith('UNCERTAIN')).map((r) => r.name)).toEqual(['专题活动场次', '签约项目数', '参会企业满意度']);
  });
});

describe('tasks listed as 一是…方面', () => {
  it('drafts each task with what the text says was done', () => {
    const x = extractReport(`${FIXTURE}某区商务局部门整体支出绩效自评报告\n（三）部门整体支出绩效目标情况。\n本部门整体支出绩效目标主要有产业招商、以商招商和平台建设3大目标任务，完成情况如下：一是产业招商方面，全年新引进项目 58 个。二是以商招商方面，新设商会联络点 6 个。三是平台建设方面，建成投资服务平台并上线运行。\n`);
    expect(x.record.tasks.map((t) => [t.name, t.outcome])).toEqual([
      ['产业招商', '全年新引进项目 58 个。'],
      ['以商招商', '新设商会联络点 6 个。'],
      ['平台建设', '建成投资服务平台并上线运行。'],
    ]);
  });

  it('drafts none when the items do not name the listed tasks in order', () => {
    const x = extractReport(`${FIXTURE}某区商务局部门整体支出绩效自评报告\n本部门整体支出绩效目标主要有产业招商、以商招商和平台建设3大目标任务，完成情况如下：一是平台建设方面，建成平台。二是产业招商方面，引进项目。三是以商招商方面，设立联络点。\n`);
    expect(x.record.tasks).toEqual([]);
  });
});

describe('indicators stated in prose', () => {
  it('pairs a list of targets with the results a later paragraph states, by name', () => {
    const x = extractReport(`${FIXTURE}2023年度招商推介项目支出绩效自评报告\n（1）项目绩效目标\n围绕年度招商任务开展推介。目标设定包括举办投资推介会3场，印制招商手册2000册，\n\n客商满意度达90%以上。通过项目实施，新引进投资5000万元以上项目4个，带动新增就业200人。\n（2）项目绩效目标实现情况\n2023年，共举办投资推介会3场，印制招商手册2000册，客商满意度达94%，新引进投资5000万元以上项目5个，带动新增就业260人。\n`);
    expect(x.indicators.map((r) => [r.name, r.target_text, r.actual_text, r.target_quantity, r.actual_quantity, r.stated_met])).toEqual([
      ['举办投资推介会', '3场', '3场', '3场', '3场', ''],
      ['印制招商手册', '2000册', '2000册', '2000册', '2000册', ''],
      ['客商满意度', '90%以上', '94%', '90%以上', '94%', ''],
      ['新引进投资5000万元以上项目', '4个', '5个', '4个', '5个', ''],
      ['带动新增就业', '200人', '260人', '200人', '260人', ''],
    ]);
    expect(x.indicators.every((r) => r.note.startsWith('UNCERTAIN'))).toBe(true);
  });

  it('reads a target met in passing, its result the sentence\'s other quantity in the same measure word', () => {
    const x = extractReport(`${FIXTURE}某区投资促进局部门整体支出绩效自评报告\n3. 企业服务持续优化。截至12月31日，已有1260家企业登录使用服务平台，超额完成了2023年实现平台注册企业数达1000家的目标任务。\n`);
    expect(x.indicators.map((r) => [r.name, r.target_text, r.actual_text, r.stated_met])).toEqual([['平台注册企业数', '1000家', '1260家', 'true']]);
  });
});

describe('counts and rates a narrative states', () => {
  it('reads the adjustment rate and indicators all met', () => {
    const x = extractReport(`${FIXTURE}某区投资促进局部门整体支出绩效自评报告\n2023 年部门整体年初预算安排 800 万元, 年中预算调减 40 万元, 预算调整率为 5%, 调整后预算数 760 万元。\n通过自评，2023年部门整体支出设置的8个关键指标均能达到设定的预期目标值。\n`);
    expect([x.record.figures.budget_adjustment_rate_pct?.printed, x.record.figures.indicators_stated_total?.printed, x.record.figures.indicators_stated_met?.printed]).toEqual(['5%', '8', '8']);
  });

  it('reads indicators met as those with a completion rate of 100 %, and none when not all are said to be met', () => {
    const x = extractReport(`${FIXTURE}某市投资促进局部门整体支出绩效自评报告\n本部门整体支出绩效指标共设置了 12 个指标。12 个指标中有 10 个指标的完成率为 100%，2 个指标的完成率为 80%。\n`);
    expect([x.record.figures.indicators_stated_total?.printed, x.record.figures.indicators_stated_met?.printed]).toEqual(['12', '10']);
    const y = extractReport(`${FIXTURE}某市投资促进局部门整体支出绩效自评报告\n本部门整体支出共设置了 12 个关键指标，其中 10 个指标达到预期。\n`);
    expect(y.record.figures.indicators_stated_met).toBeUndefined();
  });
});

describe('outcomes stated in prose', () => {
  it('drafts every quantity a sentence about the work done states, named by the words before it (or after a bare verb), not changes nor problems', () => {
    const x = extractReport(`${FIXTURE}某区投资促进中心部门整体支出绩效自评报告\n（三）主要工作成效\n1. 招商推介成效明显。全年举办招商推介会 12 场，拜访企业 86 家次，签约项目投资总额约 56 亿元，较上年增长 12%。\n2. 企业服务持续优化。共收到企业诉求 140 项，办结率达 97%，组织15次重点项目推进会。年度实际支出 320.5 万元。\n三、存在的主要问题\n1. 项目储备不足，全年仅储备项目 20 个。\n`);
    expect(x.record.outcomes.map((o) => [o.name, o.actual_text, o.actual_quantity, o.target_text])).toEqual([
      ['举办招商推介会', '12 场', '12 场', null],
      ['拜访企业', '86 家次', '86 家次', null],
      ['签约项目投资总额', '约 56 亿元', '56 亿元', null],
      ['收到企业诉求', '140 项', '140 项', null],
      ['办结率', '97%', '97%', null],
      ['重点项目推进会', '15次', '15次', null],
    ]);
  });

  it('reads a plan as a target', () => {
    const x = extractReport(`${FIXTURE}某区投资促进中心部门整体支出绩效自评报告\n（二）年度重点工作\n围绕产业布局，计划完成招商落地项目 60 宗，力争新增签约项目 30 个。\n`);
    expect(x.record.outcomes.map((o) => [o.name, o.target_text, o.actual_text])).toEqual([['招商落地项目', '60 宗', null], ['签约项目', '30 个', null]]);
  });
});
