/**
 * The pieces of the extractor on small texts: the normalised view and its map back to the
 * original, table cells, each cue and each trap, the form's alignment, identity fields.
 */
import { describe, expect, it } from 'vitest';
import { resolve, settleBudgetByTotal, type Candidate } from '../../scripts/extract/candidates.ts';
import { tableRows } from '../../scripts/extract/cells.ts';
import { extractReport, toJson } from '../../scripts/extract/extract.ts';
import { Flow } from '../../scripts/extract/flow.ts';
import { readingText } from '../../scripts/extract/fold.ts';
import { wrappedLines } from '../../scripts/extract/wrap.ts';
import { cellKind, isInstruction } from '../../scripts/extract/values.ts';
import * as OpenCC from 'opencc-js';
import { probes as probes12, type Probe } from './review-probes-12.ts';
import { probes as probes13 } from './review-probes-13.ts';
import { probes as probes14 } from './review-probes-14.ts';
import { probes as probes15 } from './review-probes-15.ts';
import { probes as probes15b } from './review-probes-15b.ts';
import { probes as probes16 } from './review-probes-16.ts';

/** The headline fields of a text. */
const fields = (text: string) => {
  const { indicators: _i, evidence: _e, ...headline } = toJson(extractReport(text));
  return headline;
};
const pick = <K extends keyof ReturnType<typeof fields>>(text: string, ...keys: K[]) => {
  const f = fields(text);
  return Object.fromEntries(keys.map((k) => [k, f[k]]));
};
/** The fiscal year a text reads as. */
const fiscalYear = (text: string) => pick(text, 'fiscal_year');
/** One test per review probe: the fields it aims at read as its careful reader expects. */
const readsAsTheReaderWould = (probes: readonly Probe[]) => {
  for (const p of probes) {
    it(p.id, () => {
      const got = toJson(extractReport(p.text)) as unknown as Record<string, unknown>;
      expect(Object.fromEntries(Object.keys(p.expect).map((k) => [k, got[k]]))).toEqual(p.expect);
    });
  }
};
const DEPT = '某市投资促进局2023年部门整体支出绩效自评报告\n';
const PROJECT = '2023年度某某项目支出绩效自评报告\n';

describe('Flow, the normalised view', () => {
  it('joins characters spread out by spaces, and keeps a row of single digits apart', () => {
    expect(new Flow('自 评 得 分 为 9 7 . 5 7 分').text).toBe('自评得分为97.57分');
    expect(new Flow('得分 5 5 4 3').text).toBe('得分5 5 4 3');
  });

  it('maps full-width digits and punctuation to half-width, and removes markup', () => {
    expect(new Flow('**执行率为９８．３０％**，<b>优</b>').text).toBe('执行率为98.30%,优');
  });

  it('joins a number broken by a line break in wrapped prose', () => {
    const flow = new Flow('全年预算执行情况良好，各项支出均按预算执行，全年实际支出１，２８７．\n９３万元，执行率为98.30%。');
    expect(flow.text).toContain('实际支出1,287.93万元');
  });

  it('ends a paragraph at a short line, a heading, a table row and a title', () => {
    expect(new Flow('一、基本情况\n全年预算数 100 万元').text).toBe('一、基本情况\n全年预算数100万元');
    expect(new Flow('【made-up test fixture, not a real report, 测试】\n某局2023年部门整体支出绩效自评报告').text).toContain('】\n某局');
  });

  it('quotes the original characters of a span, whitespace and full-width forms included', () => {
    const original = '全年预算执行情况良好，各项支出均按预算执行，全年实际支出１，２８７．\n９３万元，执行率为98.30%。';
    const flow = new Flow(original);
    const at = flow.text.indexOf('1,287.93');
    const q = flow.quote({ start: at, end: at + '1,287.93'.length });
    expect(q).toEqual({ quote: '１，２８７．\n９３', line: 1 });
  });

  it('widens a quote that occurs twice until it is unique', () => {
    const flow = new Flow('执行数 100 万元。\n另：执行数 100 万元，完成预算的 99%。');
    const at = flow.text.lastIndexOf('执行数');
    expect(flow.quote({ start: at, end: at + '执行数100万元'.length })).toEqual({ quote: '执行数 100 万元，', line: 2 });
  });
});

describe('tableRows', () => {
  it('splits `|` rows and tab rows into explicit cells, empty ones kept', () => {
    const [pipes] = tableRows('| 年度资金总额 | | 150.00 | 95.20% |');
    expect(pipes!.map((c) => c.raw)).toEqual(['年度资金总额', '', '150.00', '95.20%']);
    const [tabs] = tableRows('\t产指\t数 指\t≥100 家');
    expect(tabs!.map((c) => [c.raw, c.explicit])).toEqual([['', true], ['产指', true], ['数 指', true], ['≥100 家', true]]);
  });

  it('splits a space-separated row at spaces, keeping a unit with its number', () => {
    const [row] = tableRows('产出指标 数量指标 走访服务企业 ≥ 100 家次 118 家次 30 30');
    expect(row!.map((c) => c.raw)).toEqual(['产出指标', '数量指标', '走访服务企业', '≥ 100 家次', '118 家次', '30', '30']);
  });

  it('reads cells as numbers, percents, placeholders and unfilled instructions', () => {
    expect(['1,050.00', '95.18%', '—', '（请填写自评得分）', '优'].map(cellKind)).toEqual(['number', 'percent', 'placeholder', 'instruction', 'text']);
    expect(isInstruction('（填写得分，不超过分值）')).toBe(true);
  });
});

describe('prose cues', () => {
  it('reads each headline figure after its cue', () => {
    expect(pick(`${DEPT}2023 年部门整体年初预算安排 5,278.33 万元, 调整后预算数 4,652.48 万元, 年度实际支出 4,468.73 万元, 年度预算支出执行率为 96.05%。自评分值为 91.35 分，自评结果为“优”。`,
      'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score', 'grade'))
      .toEqual({ budget_initial_wan: 5278.33, budget_final_wan: 4652.48, spent_wan: 4468.73, execution_rate_pct: 96.05, self_score: 91.35, grade: '优' });
  });

  it('reads the Guangzhou summary sentence (全年预算数 … 执行数 … 完成预算的 …%)', () => {
    expect(pick(`${DEPT}全年预算数 9904.52 万元，执行数 9825.88 万元，完成预算的 99.21%。`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 9904.52, spent_wan: 9825.88, execution_rate_pct: 99.21 });
  });

  it('reads grades in their printed forms', () => {
    expect(pick(`${DEPT}自评等次优，得分高。`, 'grade')).toEqual({ grade: '优' });
    expect(pick(`${DEPT}经综合评分，自评得分97.57分，自评优秀。`, 'grade', 'self_score')).toEqual({ grade: '优秀', self_score: 97.57 });
    expect(pick(`${DEPT}评定等级：良好。`, 'grade')).toEqual({ grade: '良好' });
  });

  it('returns null for a value the text does not state', () => {
    expect(pick(`${DEPT}本部门较好地完成了年度任务。`, 'budget_initial_wan', 'spent_wan', 'self_score', 'grade'))
      .toEqual({ budget_initial_wan: null, spent_wan: null, self_score: null, grade: null });
  });
});

describe('traps', () => {
  it('a year-on-year change is not spending', () => {
    expect(pick(`${DEPT}实际支出比上年增加 186.40 万元，同比增长 8.81%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: null, execution_rate_pct: null });
    expect(pick(`${DEPT}支出总额较上年减少 120.5 万元，下降 12.23%。`, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('the previous year\'s spending is not this year\'s', () => {
    expect(pick(`${DEPT}2022年度本部门实际支出 2,114.72 万元。`, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('funds received (到位资金) are not spending', () => {
    expect(pick(`${PROJECT}项目资金到位，到位资金实际支出 500 万元。`, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('procurement spending and its rate are not the report\'s', () => {
    expect(pick(`${PROJECT}涉及政府采购年度预算金额430.89万元，实际支出430.89万元，执行率100%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: null, execution_rate_pct: null });
  });

  it('a component of spending (基本支出, 项目支出) is not the total', () => {
    expect(pick(`${DEPT}其中基本支出执行数 473.63 万元。`, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('one project\'s figures inside a department report are not the department\'s', () => {
    expect(pick(`${DEPT}1.招商引资经费。该项目年初预算数100万元，全年执行数为46.91万元，完成预算的80.00%。`, 'budget_initial_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_initial_wan: null, spent_wan: null, execution_rate_pct: null });
    expect(pick(`${DEPT}（一）招商活动经费\n年初预算 200.00 万元，实际支出 176.50 万元。`, 'budget_initial_wan', 'spent_wan')).toEqual({ budget_initial_wan: null, spent_wan: null });
  });

  it('maximum points and weights are not the score', () => {
    expect(pick(`${DEPT}按百分制评分（满分100分），预算执行率指标权重 20%。`, 'self_score', 'execution_rate_pct')).toEqual({ self_score: null, execution_rate_pct: null });
    expect(pick(`${DEPT}自评得分（满分100分）：92 分。`, 'self_score')).toEqual({ self_score: 92 });
  });

  it('staff counts are not amounts', () => {
    expect(pick(`${DEPT}全年执行数 42 人，实际支出人员 8 人。`, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('an instruction printed in an unfilled form is not a value', () => {
    expect(pick(`${DEPT}自评得分：（请填写，满分100分）\n自评等级：（优/良/中/差）`, 'self_score', 'grade')).toEqual({ self_score: null, grade: null });
  });

  it('an indicator row\'s target after its name is not the headline rate', () => {
    expect(pick(`${DEPT}三级指标\t年度指标值\t实际完成值\n预算执行率\t100%\t97.00%\t10\t10`, 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });

  it('an indicator row flattened onto one line, cells split by spaces, is not the headline rate', () => {
    expect(pick(`${PROJECT}三级指标 年初目标值 实际完成值 得分 预算资金执行率 90% 100% 10 资金拨付及时性 98%以上 100% 10`, 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });

  it('a value at the end of a line followed by a numbered heading is still read', () => {
    expect(pick(`${DEPT}全年预算数 1000 万元，执行数 950 万元，预算执行率为 95%\n2.自评结论：自评得分 91 分`, 'execution_rate_pct', 'self_score')).toEqual({ execution_rate_pct: 95, self_score: 91 });
  });

  it('a section about the budget as a whole is not a project section; one about a named fund is', () => {
    expect(pick(`${DEPT}二、预算资金使用情况\n全年预算数 1000 万元，执行数 950 万元。\n三、产业扶持资金\n全年预算数 300 万元，执行数 290 万元。`, 'budget_final_wan', 'spent_wan'))
      .toEqual({ budget_final_wan: 1000, spent_wan: 950 });
  });

  it('an amount in 元 or 亿元 is converted to 万元 exactly, and keeps its printed form', () => {
    const x = extractReport(`${PROJECT}该项目年初预算为 1,234,567.89 元，调整后预算数 0.12 亿元。`);
    // 1234567.89 ÷ 10000 and 0.12 × 10000, computed by hand
    expect(x.fields.budget_initial_wan.value).toBe('123.456789');
    expect(x.fields.budget_initial_wan.best?.printed).toBe('1,234,567.89');
    expect(x.fields.budget_initial_wan.best?.unit).toBe('元');
    expect(x.fields.budget_final_wan.value).toBe('1200');
  });

  it('an amount in another currency is never a budget', () => {
    expect(pick(`${PROJECT}该项目年初预算为 120 万美元，全年预算数 80 万港元。`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: null, budget_final_wan: null });
  });

  it('a number cut off at the end of the text is left null', () => {
    expect(pick(`${DEPT}经综合评分，本部门自评得分为 9`, 'self_score')).toEqual({ self_score: null });
  });

  it('a list of grades, or a grade in a phrase, is not the grade', () => {
    expect(pick(`${DEPT}评价等级为优、良、中、差四档；在自评中，发现问题。等级为优秀的项目有3个。`, 'grade')).toEqual({ grade: null });
  });

  it('disagreeing candidates leave the field null and flagged', () => {
    const x = extractReport(`${DEPT}全年预算数 1000 万元。\n另据统计，全年预算数 1200 万元。`);
    expect(x.fields.budget_final_wan.value).toBeNull();
    expect(x.fields.budget_final_wan.uncertain[0]).toMatch(/^候选值不一致/u);
  });
});

describe('the self-evaluation form', () => {
  const header = '项目支出绩效自评表\n（2023年度）\n项目名称 某专项\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n';

  it('places the values of a complete budget row in column order', () => {
    expect(pick(`${header}年度资金总额 300 280 266.5 10 95.18% 9.5`, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_initial_wan: 300, budget_final_wan: 280, spent_wan: 266.5, execution_rate_pct: 95.18 });
  });

  it('reads a row whose rate vanished only when every money column holds a value in every placement', () => {
    const fields = ['budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'] as const;
    expect(pick(`${header}年度资金总额: 880 880 880 10 10`, ...fields)).toEqual({ budget_initial_wan: 880, budget_final_wan: 880, spent_wan: 880, execution_rate_pct: null });
    // 10 may be the spending (分值 and 得分 9, 8 … ) or the 分值: the amounts could shift.
    expect(pick(`${header}年度资金总额 30 28 10 9`, ...fields)).toEqual({ budget_initial_wan: null, budget_final_wan: null, spent_wan: null, execution_rate_pct: null });
  });

  it('reads a flattened row that runs into the next row\'s values by its first cells, only as its rate confirms', () => {
    const five = '项目支出绩效自评表 (2021年度) 项目名称 某业务经费 年初预算数 全年预算数 全年执行数 分值 执行率 ';
    expect(pick(`${five}年度资金总额: 620.82万元 620.82万元 620.82万元 10 100% 10 其中:当年财政拨款 620.82万元`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 620.82, spent_wan: 620.82, execution_rate_pct: 100 });
    expect(pick(`${five}年度资金总额: 620.82 620.82 600 10 9 620.82 其中:当年财政拨款`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });

  it('leaves the amounts null when the form states another unit away from its header', () => {
    expect(pick(`${header}年度资金总额 250000.00 250000.00 215457.6 10 8.62\n项目资金(元) 实施单位 某中心`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });

  it('lets the printed rate decide the columns when an empty cell vanished', () => {
    expect(pick(`${header}年度资金总额 120 110 10 91.67% 9.2`, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_initial_wan: null, budget_final_wan: 120, spent_wan: 110, execution_rate_pct: 91.67 });
  });

  it('leaves null, and flags, columns the values could fill in more than one way', () => {
    // (80 72 may be 年初 and 全年 with 10 spent, or 全年 and 执行 with 分值 10)
    const x = extractReport(`${header}年度资金总额 80 72 10 9`);
    expect([x.fields.budget_final_wan.value, x.fields.spent_wan.value, x.fields.execution_rate_pct.value]).toEqual([null, null, null]);
    expect(x.fields.spent_wan.uncertain.join()).toMatch(/空单元格消失/u);
  });

  it('aligns `|` cells under their headers, an empty cell giving null', () => {
    const text = '项目支出绩效自评表\n| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| | 年度资金总额 | | 150.00 | 142.80 | 10 | 95.20% | 9.52 |';
    expect(pick(text, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_initial_wan: null, budget_final_wan: 150, spent_wan: 142.8, execution_rate_pct: 95.2 });
  });

  it('takes no value from a budget row of zeros (a form left at its defaults), and flags it', () => {
    const x = extractReport(`${header}年度资金总额: 0 0 0 10 0 0 其中：当年财政拨款 60 58.5 57.2`);
    expect([x.fields.budget_initial_wan.value, x.fields.spent_wan.value, x.fields.execution_rate_pct.value]).toEqual([null, null, null]);
    expect(x.fields.spent_wan.uncertain.join()).toMatch(/均为 0/u);
  });

  it('reads a zero budget row\'s 其中 funds row when the other sources print nothing, in column order, flagged', () => {
    const x = extractReport(`${header}年度资金总额: 0 0 0 10 0 0 其中：本年财政拨款 45 44.2 40.18 上年结转资金 其他资金 年度总体目标 完成`);
    expect([x.fields.budget_initial_wan.value, x.fields.budget_final_wan.value, x.fields.spent_wan.value, x.fields.execution_rate_pct.value]).toEqual(['45', '44.2', '40.18', null]);
    expect(x.fields.spent_wan.uncertain.join()).toMatch(/其中:本年财政拨款/u);
    // Another source filled in: the funds row is not the whole of the money.
    const other = extractReport(`${header}年度资金总额: 0 0 0 10 0 0 其中：本年财政拨款 45 44.2 40.18 上年结转资金 12 12 9 其他资金 年度总体目标 完成`);
    expect([other.fields.budget_initial_wan.value, other.fields.spent_wan.value]).toEqual([null, null]);
  });

  it('reads a complete row in order when its printed rate is not spent ÷ budget, and flags it', () => {
    const x = extractReport(`${header}年度资金总额\n612.5万元\n600万元\n480.3万元\n10\n100%\n10\n其中：财政拨款`);
    expect([x.fields.budget_initial_wan.value, x.fields.budget_final_wan.value, x.fields.spent_wan.value, x.fields.execution_rate_pct.value]).toEqual(['612.5', '600', '480.3', '100']);
    expect(x.fields.spent_wan.uncertain.join()).toMatch(/执行率不等于/u);
  });

  it('reads a label–value pair whose unit is in the label (全年预算数（万元） / 612.40)', () => {
    expect(pick(`${DEPT}全年预算数（万元）\n612.40\n全年执行数（万元）\n598.06\n人员编制\n18`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 612.4, spent_wan: 598.06 });
  });

  it('reads a header whose cells carry notes (预算数 (A), 执行率(B/A), (20 分*执行率))', () => {
    expect(pick('某项目自评表\n项目名称 某专项 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) 285.84 285.84 100% 20 三级指标', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 285.84, spent_wan: 285.84, execution_rate_pct: 100 });
  });

  it('reads the 总分 row\'s 得分, not its 分值', () => {
    const scoring = '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n';
    expect(pick(`${header}${scoring}总分 100 93.5`, 'self_score')).toEqual({ self_score: 93.5 });
    expect(pick(`${header}${scoring}总分 100`, 'self_score')).toEqual({ self_score: null });
    expect(pick(`${header}${scoring}总分 100 （请填写）`, 'self_score')).toEqual({ self_score: null });
  });
});

describe('identity', () => {
  it('reads no project from 项目名称是否… (a question, not a name), and 项目名称为…， in a sentence', () => {
    const head = '2023年度项目支出绩效自评报告\n';
    expect(pick(`${head}评价要点：项目名称是否规范，资金用途是否明确。`, 'project_name')).toEqual({ project_name: null });
    expect(pick(`${head}经批复，项目名称为2023年北坡村饮水改造项目，总投资12万元。`, 'project_name')).toEqual({ project_name: '2023年北坡村饮水改造项目' });
  });

  it('takes the body above a title only for a document\'s `关于…` title, not a web site\'s name over any title', () => {
    expect(pick('松原县人民政府\n2023年度松涛镇道路养护项目绩效自评报告\n一、项目概况', 'department_name')).toEqual({ department_name: null });
    expect(pick('松原县交通运输局\n关于松涛镇2023年度道路养护经费绩效自评报告\n一、项目概况', 'department_name')).toEqual({ department_name: '松原县交通运输局' });
  });

  it('does not take for the unit a body the text cites, when it calls itself 我局', () => {
    const text = '根据白鹭市财政局关于开展绩效自评的通知，我局对2023年度项目支出开展了自评。\n我局高度重视，成立工作小组。';
    expect(pick(text, 'department_name')).toEqual({ department_name: null });
    expect(pick(`${text}\n白鹭市港航管理局共有3个项目。`, 'department_name')).toEqual({ department_name: '白鹭市港航管理局' });
  });

  it('takes the year the figures cover, not the title\'s', () => {
    expect(pick('区投资促进中心关于 2022 年部门整体支出绩效自评报告\n2021 年度本单位收入总额 9825.88 万元。截至 2021 年 12 月 31 日，在职 23 人。', 'fiscal_year'))
      .toEqual({ fiscal_year: 2021 });
    expect(pick('某局2022年部门整体支出绩效自评报告\n相比 2020 年度支出减少了 12.23%。', 'fiscal_year')).toEqual({ fiscal_year: 2022 });
  });

  it('completes a title that names the department without its place', () => {
    expect(pick('区投资促进中心关于 2022 年部门整体支出绩效自评报告\n广州市番禺区投资促进中心是财政补助事业单位。', 'department_name'))
      .toEqual({ department_name: '广州市番禺区投资促进中心' });
  });

  it('reads a title broken over two lines, and one at the start of a text dumped as one line', () => {
    expect(pick('霁州市鹿鸣区投资促进中心2024年度部门整体支出\n\n绩效评价自评报告\n一、基本情况', 'department_name', 'kind')).toEqual({ department_name: '霁州市鹿鸣区投资促进中心', kind: 'department' });
    expect(pick('2021 年茂名市某某局整体支出 绩效自评报告 根据《关于开展 2022 年市级财政资金绩效自评工作的通知》要求,我单位及时布置自评任务,明确人员分工。', 'department_name', 'fiscal_year', 'kind'))
      .toEqual({ department_name: '茂名市某某局', fiscal_year: 2021, kind: 'department' });
  });

  it('flags a department named without its place, and reads one after a code (219-…)', () => {
    const x = extractReport('某项目自评表\n单位名称:区商务局 填报日期:2021 年 4 月 22 日');
    expect(x.fields.department_name.value).toBe('区商务局');
    expect(x.fields.department_name.uncertain.join()).toMatch(/没有地名/u);
    expect(pick('项目支出绩效自评表 主管部门 310-桐川市投资促进局 实施单位 310001-桐川市投资促进局', 'department_name')).toEqual({ department_name: '桐川市投资促进局' });
  });

  it('prefers a labelled field to the title', () => {
    expect(pick('# 部门整体支出绩效自评报告\n部门名称: (公章) 江门市投资促进局\n填 报 人: 某某', 'department_name', 'kind'))
      .toEqual({ department_name: '江门市投资促进局', kind: 'department' });
  });

  it('reads the project of a project report, and none of a department report', () => {
    expect(pick('2021 年度招商引资项目支出 绩效自评报告\n项目名称：招商引资\n主管部门（公章）：深圳市坪山区投资推广服务署', 'kind', 'project_name', 'department_name'))
      .toEqual({ kind: 'project', project_name: '招商引资', department_name: '深圳市坪山区投资推广服务署' });
    expect(pick(`${DEPT}项目名称：招商引资`, 'project_name')).toEqual({ project_name: null });
    expect(pick(`${PROJECT}项目名称：（填写项目全称）`, 'project_name')).toEqual({ project_name: null });
  });
});

describe('resolve', () => {
  const c = (value: string, tier: number, line = 1): Candidate => ({
    field: 'spent_wan', value, printed: value, quote: { quote: value, line }, tier, rule: 'test', doubts: [],
  });

  it('takes the value its highest-tier candidates agree on, "80" and "80.00" alike', () => {
    expect(resolve('spent_wan', [c('80', 2), c('80.00', 2)]).value).toBe('80');
  });

  it('keeps a higher tier\'s value and flags a lower tier that disagrees', () => {
    const r = resolve('spent_wan', [c('80', 3), c('90', 2, 7)]);
    expect(r.value).toBe('80');
    expect(r.uncertain).toEqual(['另有不同的候选值：“90”（第 7 行，test）']);
  });
});

describe('the reporting unit, when fields disagree or cannot be read', () => {
  it('takes the 单位名称 when the 实施单位 is left empty (the next heading where its value would be), its value ending at 单位负责人', () => {
    const x = extractReport('部门整体绩效目标自评表\n单位名称 溪口区商务局 单位负责人及电话 王某 13900000000\n主管部门 商务局财务股 实施单位\n\n\n资金情况(万元)\n年初预算资金总额(万元)');
    expect([x.fields.department_name.value, x.fields.supervising_department.value]).toEqual(['溪口区商务局', '商务局财务股']);
  });

  it('never takes a weaker unit field or the 主管部门 for a 实施单位 that cannot be read', () => {
    const x = extractReport('项目支出绩效自评表\n单位名称：溪口区商务局\n主管部门：溪口区商务局\n项目实施单位：（印章模糊）\n项目名称：外贸发展资金');
    expect(x.fields.department_name.value).toBeNull();
    expect(x.fields.supervising_department.value).toBe('溪口区商务局');
  });

  it('keeps a form field\'s name as printed, and completes only a name a title gives in passing', () => {
    expect(pick('项目支出绩效自评表\n实施单位：溪口区投资促进中心\n项目名称：招商推介\n正文：青禾市溪口区投资促进中心负责实施。', 'department_name')).toEqual({ department_name: '溪口区投资促进中心' });
    expect(pick('溪口区投资促进中心2022年度部门整体支出绩效自评报告\n青禾市溪口区投资促进中心是区政府直属事业单位。', 'department_name')).toEqual({ department_name: '青禾市溪口区投资促进中心' });
  });
});

describe('a form whose money row is unfilled', () => {
  it('takes no budget from a vague word elsewhere in the form', () => {
    const header = '项目支出绩效自评表\n（2023年度）\n项目名称 某专项\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n';
    const x = extractReport(`${header}年度资金总额: 0 0 0 10 0 0\n说明：本项目资金60万元，已拨付58.5万元。`);
    expect([x.fields.budget_final_wan.value, x.fields.spent_wan.value]).toEqual([null, null]);
  });
});

describe('parts of a whole', () => {
  it('sets aside what 其中 introduces', () => {
    expect(pick(`${PROJECT}项目资金总额120万元，其中：财政资金100万元，自筹资金20万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 120 });
  });

  it('reads no amount from a row that prints a rate but not its spending', () => {
    const text = '项目支出绩效自评表\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | 300 | 280 | | 10 | 95.18% | 9.5 |';
    expect(pick(text, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: null, budget_final_wan: null, spent_wan: null, execution_rate_pct: 95.18 });
  });
});

describe('a title whose subject is only the kind of money', () => {
  it('reads the body before it and names no project', () => {
    expect(pick('青禾县第一小学专项资金绩效自评报告\n一、基本情况', 'department_name', 'project_name', 'kind')).toEqual({ department_name: '青禾县第一小学', project_name: null, kind: 'project' });
  });
});

describe('sanity bounds', () => {
  it('takes no execution rate beyond 200 %, and no ratio printed under a % label', () => {
    expect(pick(`${DEPT}全年预算数 300 万元，执行数 290 万元，预算执行率为 967%。`, 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
    expect(pick('部门整体支出绩效自评表\n预算执行率（%）\t0.958\n', 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
    expect(pick('部门整体支出绩效自评表\n预算执行率（%）\t95.8\n', 'execution_rate_pct')).toEqual({ execution_rate_pct: 95.8 });
  });

  it('takes no fiscal year outside 2000–2049 from a figure phrase', () => {
    expect(pick('某县某局部门整体支出绩效自评报告\n1998年度部门收入 300 万元。', 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick('某县某局部门整体支出绩效自评报告\n2021年度部门收入 300 万元。', 'fiscal_year')).toEqual({ fiscal_year: 2021 });
  });
});

describe('sources of funds', () => {
  it('sets aside one source among several, not the sum of them', () => {
    const text = `${PROJECT}中央资金完成80万元，预算执行率80%，省级资金完成50万元，预算执行率100%。全年执行资金130万元，执行率86.67%。`;
    expect(pick(text, 'execution_rate_pct', 'spent_wan')).toEqual({ execution_rate_pct: 86.67, spent_wan: 130 });
    expect(pick(`${PROJECT}中央资金和省级资金共投入资金150万元，执行率90%。`, 'budget_final_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 150, execution_rate_pct: 90 });
  });
});

describe('labels are not names', () => {
  it('reads no project from a column head nor a contact field run into the name', () => {
    expect(pick('2022年度专项资金绩效自评报告\n项目名称 | 预算金额(万元) | 实际支出(万元) |\n| 甲专项 | 10 | 9 |', 'project_name')).toEqual({ project_name: null });
    expect(pick('2022年度专项资金绩效目标自评表\n专项资金名称河道保洁补助负责人及电话赵某县级主管部门某县水利局实施单位河道管理股项目资金(万元)', 'project_name', 'department_name'))
      .toEqual({ project_name: '河道保洁补助', department_name: '河道管理股' });
  });

  it('reads no project from the next column head of a table printed one cell per line, heads first', () => {
    const table = (heads: string[]) => `2023年新增地方政府专项债券项目绩效评价表\n\n单位:亿元\n\n${heads.join('\n\n')}\n\n某县污水管网工程\n\n其他专项债券\n\n0.5\n\n95\n`;
    for (const second of ['债券性质', '发行金额(亿元)', '项目类型', '资金类别', '自评等级', '自评分数']) {
      expect(pick(table(['项目名称', second, '自评分数']), 'project_name'), second).toEqual({ project_name: null });
    }
    // A project's own name may end in such a word: only a short head is refused.
    expect(pick('2023年度项目支出绩效自评表\n项目名称:耕地质量等级调查评价\n主管部门:某县农业农村局', 'project_name')).toEqual({ project_name: '耕地质量等级调查评价' });
    expect(pick('2023年度项目支出绩效自评表\n项目名称:旅游景区质量等级\n主管部门:某县文化和旅游局', 'project_name')).toEqual({ project_name: '旅游景区质量等级' });
  });
});

describe('a table printed one cell per line, its heads first', () => {
  const page = (cells: string[]) => `2023年度项目绩效自评结果公示\n\n${cells.join('\n\n')}\n`;
  it('reads the first row by the types of its cells: an empty cell may vanish, a row number is the row\'s own', () => {
    const heads = ['序号', '项目名称', '实施单位', '自评得分', '自评等级'];
    expect(pick(page([...heads, '1', '某县农村饮水巩固提升工程', '某县水利局', '91.5', '优', '2', '某县堤防加固工程', '某县河道管理站', '78']), 'project_name', 'department_name', 'self_score', 'grade'))
      .toEqual({ project_name: '某县农村饮水巩固提升工程', department_name: '某县水利局', self_score: 91.5, grade: '优' });
    // The first row's grade vanished: the next cell is the next row's number, not a grade.
    expect(pick(page([...heads, '1', '某县农村饮水巩固提升工程', '某县水利局', '91.5', '2', '某县堤防加固工程', '某县河道管理站', '78', '良']), 'self_score', 'grade'))
      .toEqual({ self_score: 91.5, grade: null });
  });

  it('leaves a column null when the cells fit it in more than one way', () => {
    // 95 may be the amount (its score vanished) or the score (the amount vanished).
    expect(pick(page(['项目名称', '债券规模', '自评分数', '自评等级', '某县污水管网工程', '95', '某县园区道路工程', '1.2', '88']), 'project_name', 'self_score'))
      .toEqual({ project_name: '某县污水管网工程', self_score: null });
  });

  it('is not a form of one label and one value a line, nor an indicator table', () => {
    const form = page(['项目名称', '某县乡村道路养护', '主管部门', '某县交通运输局', '实施单位', '某县公路管理站', '自评得分', '93']);
    expect(pick(form, 'project_name', 'department_name', 'supervising_department')).toEqual({ project_name: '某县乡村道路养护', department_name: '某县公路管理站', supervising_department: '某县交通运输局' });
    // An indicator table's 得分 is a row's, not the self-evaluation's score.
    expect(pick(page(['序号', '三级指标', '指标值', '分值', '评价得分', '1', '道路养护里程', '120公里', '20', '18']), 'self_score')).toEqual({ self_score: null });
    expect(pick(page(['序号', '项目名称', '绩效指标', '分值', '评价得分', '1', '某县道路养护', '道路养护里程', '20', '18']), 'self_score')).toEqual({ self_score: null });
  });
});

describe('a project\'s allocation and final account', () => {
  const P = '2021年度学生资助项目自评结果\n';
  it('reads what was allocated (下达预算) as the budget, but not the 年初 budget so worded', () => {
    expect(pick(`${P}2021年该项目实际下达预算2596万元，全年实际总支出2595.62万元。`, 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: null, budget_final_wan: 2596, spent_wan: 2595.62 });
    expect(pick(`${P}年初财政下达预算40万元，实际支付37.05万元。`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 40, budget_final_wan: null });
  });

  it('reads a budget after its year (2021年预算数) and a project\'s 决算数 as its spending', () => {
    expect(pick(`${P}该项目2021年预算数为15.00万元，决算数为5.00万元。`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 15, spent_wan: 5 });
    // Not a budget 年初 or 全年 qualify (those are their own cues), nor income's 决算数.
    expect(pick(`${P}该项目收入决算数为9万元。`, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('takes no later item of a list 其中 opens as the budget', () => {
    expect(pick(`${P}全年项目资金共832.5万元，其中中央专项资金500万元，自治区专项资金232.5万元，本级财政资金100万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 832.5 });
  });
});

describe('a score in a flattened form', () => {
  it('is read when the next label runs into it, not when words of a sentence follow', () => {
    const form = '2021年度项目支出绩效自评表项目名称初中公用经费主管部门某市教育局';
    expect(pick(`${form}自评得分98财政审核年度评分某市第六中学`, 'self_score')).toEqual({ self_score: 98 });
    expect(pick(`${form}自评得分96.5主管部门意见`, 'self_score')).toEqual({ self_score: 96.5 });
    expect(pick(`2021年度项目支出绩效自评报告\n全县自评得分90以上的项目共12个。`, 'self_score')).toEqual({ self_score: null });
  });
});

describe('a transfer payment\'s report in the national template, without its title', () => {
  it('names its project in the heading 下达…预算和绩效目标情况, flagged', () => {
    const text = '一、绩效目标分解下达情况\n(一)下达耕地地力保护补贴资金转移支付预算和绩效目标情况。2023年省级下达耕地地力保护补贴资金预算1465万元。\n(二)资金安排情况。';
    const x = toJson(extractReport(text));
    expect(x.project_name).toBe('耕地地力保护补贴资金');
    expect(x.evidence.project_name?.note).toMatch(/^UNCERTAIN: /u);
    // Not a heading naming the kind of money only.
    expect(pick('一、绩效目标分解下达情况\n(一)下达专项资金预算和绩效目标情况。\n', 'project_name')).toEqual({ project_name: null });
  });
});

describe('the fiscal year as a last resort', () => {
  const FORM = '部门整体绩效自评表\n主管部门某区财政局处室自评总分(分)97.6\n';
  it('is the one year the text names, flagged; none when it names two, or only in a citation or a date of publication', () => {
    const one = toJson(extractReport(`${FORM}中心2021年较好地完成了履职任务，有效开展了新闻宣传工作。`));
    expect(one.fiscal_year).toBe(2021);
    expect(one.evidence.fiscal_year?.note).toMatch(/^UNCERTAIN: /u);
    expect(pick(`${FORM}中心2021年较好地完成了履职任务，2022年也完成了宣传任务。`, 'fiscal_year')).toEqual({ fiscal_year: null });
    // (a year a plan names, `2022年将继续推进`, is not one the text reports on)
    expect(pick(`${FORM}中心2021年较好地完成了履职任务，2022年将继续推进。`, 'fiscal_year')).toEqual({ fiscal_year: 2021 });
    expect(pick(`${FORM}发布时间:2022年3月1日\n按照《2021年绩效管理办法》要求完成。`, 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('the fourth round\'s rules on texts that look like theirs and are not', () => {
  const cells = (xs: string[]) => xs.join('\n\n');
  it('a department report\'s appended list of projects does not give the department\'s unit, score or grade', () => {
    const text = `某县农业农村局2023年度部门整体支出绩效自评报告\n经自评，部门整体支出绩效自评得分95分，等级为优。\n附表：\n\n${cells(['序号', '项目名称', '实施单位', '自评得分', '自评等级', '1', '耕地保护补助项目', '某县农业技术推广站', '88', '良'])}\n`;
    expect(pick(text, 'department_name', 'self_score', 'grade')).toEqual({ department_name: '某县农业农村局', self_score: 95, grade: '优' });
  });

  it('a table wider than twelve columns is not searched; a grade cell gives its grade word', () => {
    const heads = ['序号', '项目名称', ...Array.from({ length: 20 }, (_, k) => `指数${'甲乙丙丁戊己庚辛壬癸'[k % 10]}${k}`), '自评得分', '自评等级'];
    const wide = `2023年度项目绩效自评结果\n\n${cells([...heads, ...Array.from({ length: 4 }, (_, r) => [String(r + 1), ...Array.from({ length: 22 }, () => '某县某工程'), '90', '优']).flat()])}\n`;
    expect(pick(wide, 'self_score')).toEqual({ self_score: null });
    expect(pick(`2023年度项目绩效自评结果\n\n${cells(['序号', '项目名称', '自评得分', '自评等级', '1', '某县供水管网改造工程', '92', '“优”'])}\n`, 'project_name', 'self_score', 'grade'))
      .toEqual({ project_name: '某县供水管网改造工程', self_score: 92, grade: '优' });
  });

  it('a self-evaluation sentence names no project when it speaks of 对照, or of a department\'s funds', () => {
    expect(pick('我单位对照评价指标体系对项目资金进行了绩效自评，自评得分92分。', 'project_name')).toEqual({ project_name: null });
    expect(pick('按照要求，对县农业农村局部门预算项目资金进行了绩效自评。', 'project_name')).toEqual({ project_name: null });
  });

  it('the one-year fallback skips a date and a plan', () => {
    const FORM = '部门整体绩效自评表\n主管部门某区财政局处室自评总分(分)97.6\n';
    expect(pick(`${FORM}中心较好地完成了履职任务。\n某某中心\n2024年3月`, 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick(`${FORM}中心较好地完成了履职任务，计划于2025年完成二期建设。`, 'fiscal_year')).toEqual({ fiscal_year: null });
  });

  it('a publisher\'s fuller name is an abbreviation\'s, not another body\'s; a finance bureau gives way to the next publisher field', () => {
    const body = '\n2023年度部门整体支出绩效自评报告\n2023年本单位实际支出120万元。';
    expect(pick(`发布机构:某县教育局 信息来源:某县教育局体育中心${body}`, 'department_name')).toEqual({ department_name: '某县教育局' });
    expect(pick(`发布机构:某县政府 信息来源:某县人民政府办公室${body}`, 'department_name')).toEqual({ department_name: '某县政府' });
    expect(pick(`发布机构:某县财政局 信息来源:某县民政局${body}`, 'department_name')).toEqual({ department_name: '某县民政局' });
  });

  it('the transfer heading keeps the whole name; an addition allocated mid-year is not the budget', () => {
    expect(pick('一、绩效目标分解下达情况\n(一)下达中央财政衔接推进乡村振兴补助资金预算和绩效目标情况。\n', 'project_name')).toEqual({ project_name: '中央财政衔接推进乡村振兴补助资金' });
    expect(pick('一、绩效目标分解下达情况\n(一)下达的项目预算和绩效目标情况。\n', 'project_name')).toEqual({ project_name: null });
    expect(pick('2023年度某某项目支出绩效自评报告\n年中追加下达预算20万元，用于设备更新。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('a 项目名称 field over a score or grade head (a list printed heads first) is no name; the table\'s first row is', () => {
    expect(pick(`2023年度项目绩效自评结果\n\n${cells(['序号', '项目名称', '自评得分', '自评等级', '1', '某县农贸市场改造项目', '93', '优', '2', '某县冷链仓储项目', '85', '良'])}\n`, 'project_name'))
      .toEqual({ project_name: '某县农贸市场改造项目' });
  });

  it('a bare score followed by a sentence\'s words is still refused', () => {
    expect(pick('2023年度项目支出绩效自评报告\n自评得分100项目共5个。', 'self_score')).toEqual({ self_score: null });
  });
});

describe('a subsidy project\'s budget and what it paid out', () => {
  const P = '某市危房改造转移支付2022年度绩效自评报告\n';
  it('reads 年初<fund>预算安排 as the initial budget (not the final), and 发放…资金 as the spending', () => {
    expect(pick(`${P}全年实际完成改造264户，发放补助资金为278.8万元。\n2022年初农村危房改造资金预算安排300.7万元，计划补助115户。`, 'budget_initial_wan', 'budget_final_wan', 'spent_wan'))
      .toEqual({ budget_initial_wan: 300.7, budget_final_wan: null, spent_wan: 278.8 });
  });
});

describe('fields of a form whose values run on', () => {
  it('ends a project\'s name at the next field (是否为专项资金, 实施(主管)单位, 金额单位); an empty 主管部门 before 实施单位 is empty', () => {
    const form = '某县民政局2020年度预算项目绩效自评表\n一、基本情况 项目名称: 高龄老人津贴 是否为专项资金: 实施(主管)单位 某县民政局机关 金额单位: 万元\n主管部门 实施单位 某县养老服务中心\n';
    expect(pick(form, 'project_name', 'department_name', 'supervising_department')).toEqual({ project_name: '高龄老人津贴', department_name: '某县养老服务中心', supervising_department: null });
  });

  it('reads a bare amount in the one unit the form states (金额单位:万元), and none when it states two', () => {
    const form = (unit: string) => `2022年度项目支出绩效自评表\n项目名称:某补助\n${unit}\n调整后预算数:120\n全年执行数:114\n`;
    expect(pick(form('金额单位:万元'), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 120, spent_wan: 114 });
    expect(pick(form('金额单位:万元 附表单位:元'), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
});

describe('transfer payments\' reports', () => {
  it('keep 转移支付 in a title\'s project, never name a project 中央转移支付 alone, and read a 转移支付(项目)名称 field', () => {
    expect(pick('某省城乡居民基本养老保险补助资金转移支付2022年度绩效自评报告\n一、绩效目标分解下达情况', 'project_name')).toEqual({ project_name: '某省城乡居民基本养老保险补助资金转移支付' });
    expect(pick('青溪县中央转移支付2022年度绩效自评报告\n一、基本情况', 'project_name')).toEqual({ project_name: null });
    expect(pick('某某资金绩效目标自评表\n(2021年度)\n转移支付(项目)名称车辆购置税收入补助地方资金(普通省道公路建设)\n中央主管部门财政部\n地方主管部门某市交通运输局', 'project_name', 'supervising_department'))
      .toEqual({ project_name: '车辆购置税收入补助地方资金(普通省道公路建设)', supervising_department: '某市交通运输局' });
  });

  it('read a page\'s 概述: and 发文机构: fields, and 执行总量 as the spending', () => {
    const page = '标题:某盟城乡居民基本养老保险补助资金2022年度绩效自评报告 | |||\n发文机构:人力资源和社会保障局 | 信息分类: | ||\n概述:某盟城乡居民基本养老保险补助资金2022年度绩效自评报告 | |||\n一、绩效目标分解下达情况\n2022年城乡居民养老保险资金执行总量29675万元,预算执行率为98.67%。';
    expect(pick(page, 'project_name', 'department_name', 'spent_wan')).toEqual({ project_name: '某盟城乡居民基本养老保险补助资金', department_name: '人力资源和社会保障局', spent_wan: 29675 });
  });

  it('take a rate the text calls the total, after sources listed in parentheses, as the rate', () => {
    expect(pick('某省某补助资金转移支付2022年度绩效自评报告\n2022年全年预算数1080万元,全区执行数1032万元(含中央资金689万元,地方资金332万元,其他资金11万元),总预算执行率95.56%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 95.56 });
  });
});

describe('a `|` form whose money row lost a cell', () => {
  const form = (row: string) => `项目支出绩效自评表 |\n项目名称 | 某补助 |\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 | ${row} |\n`;
  it('reads the amounts the printed rate confirms, and only the rate when it confirms none', () => {
    expect(pick(form('120 | 120 | 10 | 100% | 10'), 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_initial_wan: null, budget_final_wan: 120, spent_wan: 120, execution_rate_pct: 100 });
    expect(pick(form('300 | 280 | 10 | 95% | 9.5'), 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_initial_wan: null, budget_final_wan: null, spent_wan: null, execution_rate_pct: 95 });
    // No rate printed to confirm which cell was lost: nothing.
    expect(pick(form('120 | 120 | 115 | 10 | 9'), 'budget_initial_wan', 'budget_final_wan', 'spent_wan'))
      .toEqual({ budget_initial_wan: null, budget_final_wan: null, spent_wan: null });
  });

  it('reads a transfer form\'s 专项(项目)名称, 资金使用单位 and 自治区主管部门', () => {
    const text = '2023年项目支出自评表\n专项(项目)名称彩票市场调控资金\n中央主管部门中国福利彩票发行管理中心\n自治区主管部门某自治区民政厅资金使用单位某自治区福利彩票发行中心\n';
    expect(pick(text, 'project_name', 'department_name', 'supervising_department'))
      .toEqual({ project_name: '彩票市场调控资金', department_name: '某自治区福利彩票发行中心', supervising_department: '某自治区民政厅' });
    // The nearest level supervises, whatever the order the form prints them in.
    expect(pick('2023年项目支出自评表\n专项(项目)名称某补助资金\n自治区主管部门某自治区民政厅\n地方主管部门某县民政局\n资金使用单位某县福利中心\n', 'supervising_department'))
      .toEqual({ supervising_department: '某县民政局' });
  });
});

describe('a flattened form\'s cell holding two fields', () => {
  it('reads the unit before the slash of 实施单位/项目负责人 某中心/张某, and the county level as the 主管部门', () => {
    const text = '马铃薯种薯项目绩效目标自评表(2022年度)项目名称马铃薯种薯示范项目实施单位/项目负责人某区农技中心/杨某自治区主管部门农业农村厅专项实施期2022年3月市县主管部门某区农业农村局资金情况(万元)\n';
    expect(pick(text, 'department_name', 'supervising_department')).toEqual({ department_name: '某区农技中心', supervising_department: '某区农业农村局' });
  });
});

describe('the score and rate among other numbers', () => {
  const P = '2021年中央动物防疫等补助经费项目绩效自评报告\n';
  it('reads 评价分 as the score, and not an indicator\'s own 自评得分 in the list of indicators', () => {
    const text = `${P}一、自评结论\n因此评价分100分，自评等级为优秀。\n二、绩效目标完成情况\n1.重大动物强制免疫群体免疫密度，年初目标值≥90%，实际完成值≥90%，自评得分20分；\n2.抗体合格率，年初目标值≥70%，实际完成值≥70%，自评得分20分。`;
    expect(pick(text, 'self_score', 'grade')).toEqual({ self_score: 100, grade: '优秀' });
    expect(pick(`${P}1.群体免疫密度，年初目标值≥90%，实际完成值≥90%，自评得分20分。`, 'self_score')).toEqual({ self_score: null });
  });

  it('reads a score whose cell ends in the original (自评总分: 95 项目实施单位), and a fill-in date is no other year', () => {
    expect(pick('2021年度项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 某道路养护项目 自评总分: 95 项目实施单位 某县交通运输局\n年度资金总额2021年实际支出309万元', 'self_score')).toEqual({ self_score: 95 });
  });

  it('reads a rate printed as a ratio (0.958, no %) in a money row as a percentage only when spent ÷ budget gives it', () => {
    const form = (spent: string) => `项目支出绩效自评表\n（2022年度）\n项目名称 某文物保护项目\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 29 29 ${spent} 9 0.958 8\n`;
    // (fourteenth round: 27.8 ÷ 29 = 0.9586, printed to three places; before, never converted)
    expect(pick(form('27.8'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 29, spent_wan: 27.8, execution_rate_pct: 95.8 });
    // (a ratio the row does not give is not read)
    expect(pick(form('20.1'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 29, spent_wan: 20.1, execution_rate_pct: null });
  });

  it('reads no field from a sentence about the body (项目主管部门为某局，…)', () => {
    expect(pick('某县自然资源和规划局2023年省级地质灾害防治专项资金项目绩效评价报告\n项目主管部门为某县自规局，项目资金由县级财政分配。', 'department_name', 'supervising_department'))
      .toEqual({ department_name: '某县自然资源和规划局', supervising_department: null });
  });
});

describe('parts and places that are not what they look like', () => {
  it('takes no amount inside parentheses after another amount as the budget', () => {
    expect(pick('2024年度创业担保贷款贴息项目绩效自评报告\n2024年，该项目中央、省级、县级预算共安排546.23万元，其中：中央248.73万元(2023年结转95.43万元，2024年下达153.3万元)，县级67万元。', 'budget_final_wan'))
      .toEqual({ budget_final_wan: 546.23 });
  });

  it('completes a name with a place only when at least two characters stand before its suffix (主管部门区… adds no place 门区)', () => {
    expect(pick('2020年度长江禁捕项目自评表\n项目名称渔业补贴主管部门区市场监督管理局项目实施单位农业科项目类别', 'supervising_department')).toEqual({ supervising_department: '区市场监督管理局' });
  });
});

describe('a project named in the sentence that says what was evaluated', () => {
  it('runs up to the aspect evaluated (资金投入情况、绩效目标…), says the kind, and 足额拨付资金 is the spending', () => {
    const text = '一、绩效自评工作开展情况\n根据区财政局文件要求，我中心对城镇老旧小区改造及配套工程项目资金投入情况、绩效目标完成情况等进行了自评，报告如下：\n2.项目资金执行情况分析。\n区级年初预算200万元专项资金，已严格按合同约定及时足额拨付资金66.86万元。';
    expect(pick(text, 'kind', 'project_name', 'spent_wan')).toEqual({ kind: 'project', project_name: '城镇老旧小区改造及配套工程项目', spent_wan: 66.86 });
  });
});

describe('a title naming the aspect reported on', () => {
  it('leaves 预算执行情况 / 管理使用情况 out of the project\'s name', () => {
    expect(pick('某县普惠金融发展专项资金预算执行情况绩效自评报告\n一、基本情况', 'project_name')).toEqual({ project_name: '某县普惠金融发展专项资金' });
  });
});

describe('a project\'s name as printed', () => {
  it('is the name without the pinyin a conversion site put after its last character (printed with it), drops the quotes and 项目 around a quoted name, and is never 财政支出项目', () => {
    const pinyin = toJson(extractReport('岳陽縣林業(yè)局森林防火專項(xiàng)2021年度績效自評報告\n一、基本情況'));
    expect(pinyin.project_name).toBe('森林防火專項');
    expect(pinyin.evidence.project_name!.printed).toBe('森林防火專項(xiàng)');
    expect(pick('某市侨办2017年度“国内侨务工作”项目绩效自评报告\n一、项目基本情况', 'project_name')).toEqual({ project_name: '国内侨务工作' });
    expect(pick('某区2017年度财政支出项目绩效自评报告\n一、项目基本情况', 'project_name')).toEqual({ project_name: null });
  });
});

describe('more budget and spending wording', () => {
  it('reads a department\'s 年初预算支出, 调整预算数 with its minus sign and 全年可执行预算合计', () => {
    const text = '某县路灯管理所2022年部门整体支出绩效自评报告\n2022年部门年初预算收入1020.31万元，年内调整预算数-159.39万元，全年可执行预算合计860.92万元。\n2022年部门年初预算支出1020.31万元，其中：基本支出162.31万元。';
    expect(pick(text, 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 1020.31, budget_adjustment_wan: -159.39, budget_final_wan: 860.92 });
    // A dash before another figure is no sign.
    expect(pick('某县路灯管理所2022年部门整体支出绩效自评报告\n全年可执行预算合计-860.92万元。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads a project form\'s 计划投资额 and 实际使用情况, and what a fund paid out (共支付…公益金)', () => {
    expect(pick('2017年度苗圃建设项目绩效自评报告\n项目类型经常性项目计划投资额(万元)110.00实际到位资金(万元)84.74实际使用情况(万元)84.74其中:中央财政', 'budget_final_wan', 'spent_wan'))
      .toEqual({ budget_final_wan: 110, spent_wan: 84.74 });
    expect(pick('2023年福彩公益金项目绩效自评报告\n2023年共支付省级福利彩票公益金113万元，执行率达100%。', 'spent_wan')).toEqual({ spent_wan: 113 });
  });
});

describe('a section\'s title over a generic project', () => {
  it('names the section as the unit (竞训处财政支出项目…), the publisher aside, and no project 财政支出项目', () => {
    expect(pick('竞训处财政支出项目绩效评价自评报告\n日期:2019-09-19 来源:体育局\n一、部门预决算情况\n2017年运动队训练经费合计300万元。', 'department_name', 'project_name'))
      .toEqual({ department_name: '竞训处', project_name: null });
  });
});

describe('titles in the way web pages print them', () => {
  it('finds a title after dozens of a toolbar\'s short lines, and reads 专项事业费(项目) as the project 专项事业费', () => {
    const toolbar = Array.from({ length: 36 }, (_, k) => `工具${'甲乙丙丁戊己'[k % 6]}${k}`).join('\n');
    expect(pick(`${toolbar}\n随州市司法局专项事业费(项目)2017年度绩效自评报告\n  • 发布日期:2019-04-15\n一、基本情况`, 'kind', 'project_name', 'department_name'))
      .toEqual({ kind: 'project', project_name: '专项事业费', department_name: '随州市司法局' });
  });

  it('joins a title broken after 绩效 (…2023年度绩效 / 自评报告)', () => {
    expect(pick('灵璧县民政局转移支付2023年度绩效\n自评报告\n一、绩效目标分解下达情况\n下达老年人福利90.79万元。', 'department_name', 'kind'))
      .toEqual({ department_name: '灵璧县民政局', kind: 'project' });
  });
});

describe('written from the last sets\' misses, after their one measure', () => {
  it('reads no number out of a garbled one (7,00.0,77), and a name wrapped in parentheses before 转移支付 is what they hold', () => {
    expect(pick('2020年农村公路建设项目绩效自评报告\n计划安排资金 (万元) |\n700 |\n实际支出 (万元) |\n7,00.0,77 |\n', 'spent_wan')).toEqual({ spent_wan: null });
    expect(pick('2020年农村公路建设项目绩效自评报告\n计划安排资金 (万元) |\n700 |\n实际支出 (万元) |\n7,000.77 |\n', 'spent_wan')).toEqual({ spent_wan: 7000.77 });
    expect(pick('宣城市宣州区应急管理局(中央自然灾害救灾资金—干旱灾害救灾补助)转移支付2022年度绩效自评报告\n一、基本情况', 'project_name')).toEqual({ project_name: '中央自然灾害救灾资金—干旱灾害救灾补助' });
  });
});

describe('the second review\'s probes', () => {
  const P = '2023年度某补助项目支出绩效自评报告\n';
  it('reads no bare count or year as an amount in the form\'s unit, nor takes a per-acre rate\'s unit', () => {
    expect(pick(`${P}金额单位:万元\n全年预算数 12个项目。实际支出 3批次`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
    expect(pick(`${P}补助标准单位:元/亩 全年预算数 300 执行数 280。`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });

  it('reads no score from a grading rule with spaces (自评得分 90 以上为优秀), and keeps a score before a comma and a digit', () => {
    expect(pick(`${P}评价标准：自评得分 90 以上为优秀。`, 'self_score')).toEqual({ self_score: null });
    expect(pick(`${P}经自评，自评得分95，1项指标未完成。`, 'self_score')).toEqual({ self_score: 95 });
  });

  it('prefers the year\'s allocation to a planned investment, and a dated figure of another year is still that year\'s', () => {
    expect(pick(`${P}该项目计划投资额5000万元，2023年下达预算300万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${P}2022年12月实际支出250万元。2023年全年实际支出300万元。`, 'spent_wan')).toEqual({ spent_wan: 300 });
  });

  it('does not read a rate-less row whose printed non-% rate rules out the other placements', () => {
    const form = '项目支出绩效自评表\n（2023年度）\n项目名称 某专项\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n';
    expect(pick(`${form}年度资金总额 200 150 10 80 8`, 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: null, budget_final_wan: null, spent_wan: null });
  });

  it('keeps 资金 in a sentence-named project before 使用情况, and drops it after 项目', () => {
    expect(pick('根据要求，对2023年度农村饮水安全工程补助资金使用情况开展了绩效自评。', 'project_name')).toEqual({ project_name: '农村饮水安全工程补助资金' });
  });

  it('keeps a total score after a sentence about values without figures, and a body named 为民服务中心', () => {
    expect(pick(`${P}各项指标实际完成值均达到目标值，自评得分95分。`, 'self_score')).toEqual({ self_score: 95 });
    expect(pick('2023年度项目支出绩效自评表\n项目名称 某服务补助\n主管部门 为民服务中心\n', 'supervising_department')).toEqual({ supervising_department: '为民服务中心' });
  });

  it('reads no title from a page\'s 摘要, and the nearest of 省级 and 州级 主管部门', () => {
    expect(pick('摘要:本文为某县林业局2023年度部门整体支出绩效自评报告\n', 'department_name')).toEqual({ department_name: null });
    expect(pick('2023年项目支出自评表\n专项(项目)名称某补助资金\n省级主管部门某省民政厅\n州级主管部门某州民政局\n', 'supervising_department')).toEqual({ supervising_department: '某州民政局' });
  });
});

describe('numbers run together in a flattened form', () => {
  const form = (row: string) => `2023年度县级专项资金绩效目标自评表专项资金名称某补助县级主管部门某县某局实施单位某县某中心项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额${row}其他资金年度总体目标`;
  it('cuts whole numbers run into a rate only as the rate confirms, and reads nothing otherwise', () => {
    expect(pick(form('21182118100%'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 2118, spent_wan: 2118, execution_rate_pct: 100 });
    expect(pick(form('21182118100'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: null, spent_wan: null, execution_rate_pct: null });
    expect(pick(form('3000299912345%'), 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });
});

describe('fifth round: rules from the opened sets\' misses', () => {
  it('reads no 中央主管部门 as a local unit\'s supervising department; the nearest local level stays', () => {
    const form = (local: string) => `2022年度转移支付绩效自评表\n转移支付(项目)名称 某某保护资金\n中央主管部门 某某部\n地方主管部门 ${local}\n资金使用单位 某省某某馆\n`;
    expect(pick(form(''), 'supervising_department')).toEqual({ supervising_department: null });
    expect(pick(form('某省文化厅'), 'supervising_department')).toEqual({ supervising_department: '某省文化厅' });
  });

  it('joins a title whose second line is only the report\'s words, whatever the first ends with', () => {
    expect(pick('甲省水利厅2022年度中央对地方转移支付资金使用\n绩效自评报告\n一、基本情况', 'department_name', 'fiscal_year', 'kind'))
      .toEqual({ department_name: '甲省水利厅', fiscal_year: 2022, kind: 'project' });
    // (a second line naming a year or a body is a title of its own)
    expect(pick('发布时间 2023-05-01\n乙县林业局2022年度部门整体支出绩效自评报告\n', 'department_name')).toEqual({ department_name: '乙县林业局' });
  });

  it('takes the first section\'s fund as the project of a text that goes fund by fund, and only its figures', () => {
    const text = [
      '甲省应急管理厅2022年度中央转移支付资金绩效自评报告', '',
      '一、中央自然灾害救灾资金(地质灾害防治补助)', '', '(一)绩效目标分解下达情况',
      '财政部下达地质灾害防治补助560万元,专项用于避险搬迁。', '(二)绩效目标完成情况分析',
      '实际执行523.6万元,项目执行率为93.5%。', '',
      '二、中央水利发展资金', '', '(一)绩效目标分解下达情况', '下达水利发展资金900万元。', '实际执行850万元,项目执行率为94.44%。',
    ].join('\n');
    expect(pick(text, 'project_name', 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ project_name: '中央自然灾害救灾资金(地质灾害防治补助)', budget_final_wan: 560, spent_wan: 523.6, execution_rate_pct: 93.5 });
    // 中央转移支付资金 names no project
    expect(pick('甲省应急管理厅2022年度中央转移支付资金绩效自评报告\n\n一、基本情况\n', 'project_name')).toEqual({ project_name: null });
  });

  it('settles disagreeing budgets by the printed rate, and only when one agrees', () => {
    const P = '乙县气象局2021年度人工影响天气项目绩效自评报告\n';
    const text = (rate: string) => `${P}共安排中央人工影响天气补助资金300万元。2021年预算作业经费共计420万元,其中中央补助300万元,县级配套120万元。\n实际执行作业经费399万元,项目执行率${rate}。`;
    expect(pick(text('95%'), 'budget_final_wan')).toEqual({ budget_final_wan: 420 });
    // 399 ÷ 420 = 95 %, 399 ÷ 300 = 133 %: a rate that neither gives decides nothing
    expect(pick(text('88%'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads 实际执行<fund>经费 as spending and 下达<…>补助 as a project\'s allocation', () => {
    expect(pick('丙县民政局2023年度项目绩效自评报告\n县财政下达第二批困难群众救助补助86万元。实际执行救助经费80.5万元。', 'budget_final_wan', 'spent_wan'))
      .toEqual({ budget_final_wan: 86, spent_wan: 80.5 });
  });

  it('reads funds a unit received as what it had to spend (the rate is computed on them), and funds in place (到位) as neither', () => {
    expect(pick('丁县中心学校2023年度学生资助项目绩效自评报告\n2023年,我校收到上级下拨学生资助专项资金合计88.2万元,实际发放资助资金80万元。', 'budget_final_wan', 'spent_wan'))
      .toEqual({ budget_final_wan: 88.2, spent_wan: 80 });
    expect(pick('丁县中心学校2023年度学生资助项目绩效自评报告\n实际到位学生资助专项资金88.2万元,实际发放资助资金80万元。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('takes no fiscal year from a plan\'s date, nor from a fund\'s year two years before the text\'s date', () => {
    expect(pick('养老服务设施项目\n绩效自评报告\n一、项目概况\n设置床位20张。\n按要求,确保项目2021年9月底完成 四、评价结论\n项目总体良好。', 'fiscal_year')).toEqual({ fiscal_year: null });
    const form = (date: string) => `项目支出绩效自评表\n单位名称:某县农业农村局 | 填报日期:${date} |\n项目名称 | 2019年农业经营主体扶持项目 |\n`;
    expect(pick(form('2022年7月5日'), 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick(form('2020年3月5日'), 'fiscal_year')).toEqual({ fiscal_year: 2019 });
  });

  it('reads a rate without % that is the row\'s ratio (94 ÷ 650 = 0.1) as the percentage it prints (10)', () => {
    const form = (rate: string) => `项目支出绩效自评表\n项目名称 | 某扶持项目 |\n预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n年度财政资金总额 | 650 | 94 | ${rate} | 2.9 |\n`;
    // (fourteenth round; before, read as no percentage)
    expect(pick(form('0.1'), 'execution_rate_pct')).toEqual({ execution_rate_pct: 10 });
    expect(pick(form('14.5'), 'execution_rate_pct')).toEqual({ execution_rate_pct: 14.5 });
  });
});

describe('fifth round, second part', () => {
  it('takes the first section\'s fund over a title that names the funds as a group', () => {
    const text = '甲省2022年度中央自然灾害资金绩效自评报告\n\n一、中央自然灾害救灾资金(地震灾害救灾补助)\n\n(一)绩效目标分解下达情况。\n2022年共投入地震救灾补助经费预算3200万元。\n实际执行3000万元,项目执行率93.75%。其中中央补助经费执行2500万元,省级配套资金执行500万元。\n\n二、中央自然灾害救灾资金(洪涝灾害救灾补助)\n\n(一)绩效目标分解下达情况。\n下达洪涝救灾补助1800万元。';
    expect(pick(text, 'project_name', 'budget_final_wan', 'spent_wan')).toEqual({ project_name: '中央自然灾害救灾资金(地震灾害救灾补助)', budget_final_wan: 3200, spent_wan: 3000 });
    // a title naming one fund that the section does not continue keeps the title's
    expect(pick('甲省2022年度森林防火专项资金绩效自评报告\n\n一、中央自然灾害救灾资金(地震灾害救灾补助)\n\n(一)基本情况。\n', 'project_name')).toEqual({ project_name: '森林防火专项资金' });
  });

  it('reads a bare amount that ends its cell in the original when the form states its unit, and a 资金到位情况 head is no receipt', () => {
    const form = (row: string) => `某县民政局2021年度预算项目绩效自评表\n一、基本情况 项目名称: 高龄津贴 金额单位: 万元\n二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n${row}\n`;
    expect(pick(form('预算数 12.5 到位数 12.5 执行数 12.5 100.00'), 'budget_final_wan')).toEqual({ budget_final_wan: 12.5 });
    expect(pick(form('预算数 12 个 到位数 12.5'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads one name from two cells printing the same body, and no 项目 alone as a project', () => {
    expect(pick('某市财政预算支出项目绩效目标自评表\n项目名称 项目主管单位 自评总分: 90 项目实施单位 某市交通运输局 某市交通运输局 项目负责人 张某\n', 'department_name', 'project_name'))
      .toEqual({ department_name: '某市交通运输局', project_name: null });
  });

  it('completes a short name with a place only: not a verb before it, nor a breadcrumb line', () => {
    expect(pick('县司法局2020年度法律顾问经费绩效自评报告\n2020年度金溪县财政划给金溪县司法局法律顾问经费110万元。\n', 'department_name')).toEqual({ department_name: '金溪县司法局' });
    expect(pick('首页 > 区部门网站 > 区民政局 > 通知公告\n\n东莞市南城区民政局关于救助资金管理使用情况\n信息提供日期 : 2023-03-27 来源 : 南城区民政局\n', 'department_name')).toEqual({ department_name: '东莞市南城区民政局' });
  });

  it('reads 专项转移支付 as naming no project', () => {
    expect(pick('某区2022年度专项转移支付绩效自评报告\n一、基本情况\n', 'project_name')).toEqual({ project_name: null });
  });
});

describe('fifth round, the eleventh set opened', () => {
  const P = '某县民政局2023年度优抚补助项目绩效自评报告\n';
  it('reads 应执行数 as the budget, not the spending', () => {
    expect(pick(`${P}省级下拨3.89万元;市级下拨3.89万元;全年应执行数为7.79万元,实际执行率为100%。`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 7.79, spent_wan: null });
  });

  it('takes no 资金使用率 as the execution rate, and two rates that disagree give none', () => {
    expect(pick(`${P}项目资金到位率100%,资金使用率100%。`, 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
    expect(pick(`${P}下达专项资金共计2373.51万元,执行率100%。目前已拨付财政补助资金1002.27万元,实际支出率42.22%。`, 'execution_rate_pct', 'spent_wan')).toEqual({ execution_rate_pct: null, spent_wan: 1002.27 });
  });

  it('reads <fund>共计 as a project\'s allocation, with spaces inside the number\'s line', () => {
    expect(pick('某县2021年渔政执法经费支出绩效评价报告\n3、资金安排。渔政执法经费共计 4.8 万元。\n', 'budget_final_wan')).toEqual({ budget_final_wan: 4.8 });
  });

  it('reads the body signed under a title that names none, before the date', () => {
    expect(pick('某县2021年渔政执法经费支出绩效评价报告 某某县农业综合行政执法大队 (2022 年 2 月 23 日) 为进一步加强执法,特实施本项目。', 'department_name')).toEqual({ department_name: '某某县农业综合行政执法大队' });
  });

  it('reads a money row under 分值权重 (one weight column), and a cue\'s column letter before its value', () => {
    const form = '2023年度项目支出绩效自评表\n项目名称 统计调查经费\n资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分\n年度资金总额 5.28 1.96 1.96 10 100.00% 10\n';
    expect(pick(form, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 5.28, budget_final_wan: 1.96, spent_wan: 1.96, execution_rate_pct: 100 });
    const transfer = '中央对地方专项转移支付区域绩效目标自评表\n(2021年度)\n 转移支付预算数(A) 5.8万 预算执行率(B/A) 100%\n 转移支付执行数(B) 5.8万\n';
    expect(pick(transfer, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 5.8, spent_wan: 5.8, execution_rate_pct: 100 });
  });

  it('reads a works project from its title (…工程绩效自评报告), its 完成投资 as spending, and the body in a page\'s breadcrumb', () => {
    const text = '某某县人民政府\n首页 >> 部门信息公开 >> 某某县交通运输局 >> 正文\n\n某某县2020年第一批公路安全生命防护工程绩效自评报告\n\n一、绩效目标分解下达情况\n该项目下达资金56万元,实际完成投资54.6万元。';
    expect(pick(text, 'kind', 'department_name', 'budget_final_wan', 'spent_wan')).toEqual({ kind: 'project', department_name: '某某县交通运输局', budget_final_wan: 56, spent_wan: 54.6 });
    expect(pick('某某水利工程管理局2023年度绩效自评报告\n一、基本情况\n', 'kind')).toEqual({ kind: null });
  });
});

describe('fifth round, the eleventh set opened (2)', () => {
  it('takes the total a text calls so over its smaller parts, and a year\'s 支出 after the parts\' amounts', () => {
    const text = '某区退役军人事务局2023年度优抚对象补助经费转移支付绩效自评报告\n2023年收到中央下达优抚对象生活补助资金1372.7万元,自治区下达98.6万元,地方匹配859.6万元。\n2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元,其他资金859.6万元2023年支出2310.4万元,其中中央资金1352.2万元。';
    expect(pick(text, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 2330.9, spent_wan: 2310.4 });
    // a "total" smaller than another candidate is no total of it
    expect(pick('某县2023年度某补助项目绩效自评报告\n下达补助资金500万元。收到财政资金共300万元。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads 经费预算, and no department\'s 支出总计', () => {
    expect(pick('某市民政局2020年度边境村组补助项目绩效自评报告\n2020年市财政给予补助项目经费预算495.56万元,实际支出495.56万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 495.56 });
    // (a final account's 支出总计 includes the year-end balances: no spending)
    expect(pick('某区产业园服务中心2022年度部门整体支出绩效自评报告\n二、一般公共预算支出情况\n1、2022年收入总计201.93万元 。\n2、2022年支出总计201.93万元,其中工资福利支出131.84万元。', 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('keeps 转移支付 in a transfer heading\'s name when the rest names no fund, and a year seen only in dates yields to an undated one', () => {
    const text = '一、绩效目标分解下达情况\n(一)下达农村危房改造转移支付预算和绩效目标情况。\n2023年共下达补助资金246.2万元(其中:下达中央补助资金226.7万元)。\n(二)资金安排情况。\n2022年12月省财政厅、住建厅下达补助资金57.5万元,2023年8月下达补助资金188.7万元。';
    expect(pick(text, 'project_name', 'fiscal_year', 'budget_final_wan')).toEqual({ project_name: '农村危房改造转移支付', fiscal_year: 2023, budget_final_wan: 246.2 });
    expect(pick('(一)下达2023年度中央水利发展资金转移支付预算和绩效目标情况\n', 'project_name')).toEqual({ project_name: '中央水利发展资金' });
  });
});

describe('fifth round, the twelfth set opened', () => {
  it('reads a body named …处 that a sentence describes after its founding, and no desk (财政处室) as a body', () => {
    expect(pick('一、项目基本情况\n某某市人民政府驻上海联络处于2012年11月正式批复设立,于2013年3月挂牌,为某某市人民政府的正处级派出机构。本年度业务经费预算240万元。', 'department_name')).toEqual({ department_name: '某某市人民政府驻上海联络处' });
    expect(pick('1、部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人张某', 'department_name', 'supervising_department')).toEqual({ department_name: null, supervising_department: null });
  });

  it('takes no fiscal year from a cited decision\'s year, nor from either end of a period over two years', () => {
    expect(pick('(华文教育工作经费项目)\n一、项目基本情况\n根据2007年《某市委专题会议纪要》07号决定,市财政每年安排15万元经费开展华文教育工作。', 'fiscal_year', 'project_name')).toEqual({ fiscal_year: null, project_name: '华文教育工作经费项目' });
    expect(pick('(华文教育工作经费项目)\n一、项目基本情况\n市财政每年按2007年《某市委专题会议纪要》确定的标准安排15万元经费。', 'fiscal_year')).toEqual({ fiscal_year: null });
    const form = (from: string, to: string) => `财政支出项目绩效评价自评报告\n项目起止时间\n${from}年5月起至${to}年12月止\n计划安排资金\n(万元)\n1187\n`;
    expect(pick(form('2014', '2015'), 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick(form('2016', '2016'), 'fiscal_year')).toEqual({ fiscal_year: 2016 });
  });

  it('reads the project a sentence says is a body\'s project, and a project named before 执行情况 though it names a 中心', () => {
    expect(pick('一、项目基本情况\n2019年度日常走访慰问部队专项经费预算25万元。\n二、项目绩效自评工作开展情况\n日常走访慰问部队专项经费项目是市人民政府办公室的持续性项目,每年都在开展。从日常走访慰问部队专项经费中支出25万元。', 'project_name'))
      .toEqual({ project_name: '日常走访慰问部队专项经费' });
    expect(pick('一、自评结论\n我单位对某某镇冷链物流中心建设项目(一期)执行情况开展了自评,自评得分92分。', 'project_name')).toEqual({ project_name: '某某镇冷链物流中心建设项目(一期)' });
  });

  it('reads a title\'s year without 年, its project in parentheses after 自评结果, a score of 绩效评分 or 绩效自评…分, and 自评为优', () => {
    const text = '某市卫生健康委员会2022年度项目绩效自评报告(春节慰问经费项目)\n\n某市卫生健康委员会2022项目绩效自评报告\n\n(春节慰问经费项目)\n\n一、自评结论\n项目开展绩效评分100分,自评为优。';
    expect(pick(text, 'project_name', 'self_score', 'grade')).toEqual({ project_name: '春节慰问经费项目', self_score: 100, grade: '优' });
    const result = '首页 某某新闻网 各项宣传专栏 财政预决算公开\n\n中国共产党某某市委员会宣传部2021年度项目绩效自评结果(文化发展及精品创作经费)\n\n一、自评结论\n市委宣传部“文化发展及精品创作经费”项目支出绩效自评90.76分。\n“文化发展及精品创作经费”预算资金240.00万元,年内使用资金165.15万元,执行率68.81%。';
    expect(pick(result, 'department_name', 'project_name', 'self_score', 'spent_wan')).toEqual({ department_name: '中国共产党某某市委员会宣传部', project_name: '文化发展及精品创作经费', self_score: 90.76, spent_wan: 165.15 });
    // (a bare 自评 before a one-character grade without a verb is no grade: `自评中`)
    expect(pick('某县2022年度某补助项目绩效自评报告\n自评中发现的问题。', 'grade')).toEqual({ grade: null });
  });

  it('reads 部门决算中项目 as naming no project', () => {
    expect(pick('某市信访局2023年度部门决算中项目绩效评价报告\n一、自评工作开展情况\n', 'project_name')).toEqual({ project_name: null });
  });
});

describe('fifth round, cue wording from the opened sets', () => {
  const P = '某县某局2023年度某补助项目绩效自评报告\n';
  it('reads 安排预算, 预算资金合计, 下达我区, 指标金额 as a project\'s budget', () => {
    expect(pick(`${P}该项目在2023年度安排预算547.615万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 547.615 });
    expect(pick(`${P}2023年农机购置补贴项目预算资金合计2089万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 2089 });
    expect(pick(`${P}根据省财政厅通知,下达我区87万元,用于景区提升。`, 'budget_final_wan')).toEqual({ budget_final_wan: 87 });
    expect(pick(`${P}县财政划给县司法局法律顾问经费,指标金额是110万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 110 });
  });

  it('reads 已拨付<long fund name>资金, 拨付使用资金, 支出资金 and a clause that opens with 支出 as spending', () => {
    expect(pick(`${P}按照工程进度已拨付中央财政水污染防治资金680万元。`, 'spent_wan')).toEqual({ spent_wan: 680 });
    expect(pick(`${P}项目资金总额6.46万元,拨付使用资金6.46万元。`, 'spent_wan')).toEqual({ spent_wan: 6.46 });
    expect(pick(`${P}严格按照会议费管理办法,支出资金0.26万元。`, 'spent_wan')).toEqual({ spent_wan: 0.26 });
    expect(pick(`${P}2017年实际到位数60万元,支出46.63万元。`, 'spent_wan')).toEqual({ spent_wan: 46.63 });
  });

  it('reads a carry-over\'s figures as the carry-over\'s, and a total after it as the total', () => {
    expect(pick(`${P}2023年度专项资金144.53万元,全年执行数133.53万元,预算执行率92.4%;以前年度结转8.8万元,全年执行数8.8万元。`, 'spent_wan')).toEqual({ spent_wan: 133.53 });
    expect(pick('某县路灯管理所2022年度部门整体支出绩效自评报告\n决算收入860.92万元。上年结转0万元,全年可执行预算合计860.92万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 860.92 });
  });
});

describe('fifth round, the unit when no title or field names it', () => {
  it('reads the body signing the text (its name, then the date on the next line)', () => {
    expect(pick('一、项目基本情况\n美丽经济交通走廊项目总投资500万元。\n\n甲市乙区交通运输局\n\n2022年08月01日', 'department_name')).toEqual({ department_name: '甲市乙区交通运输局' });
  });

  it('reads a paragraph that opens with the body\'s name and what it did or had, or the name after its budget code', () => {
    expect(pick('红河州司法局认真贯彻实施法律援助法,依法加强法律援助工作。支出68.41万元。', 'department_name')).toEqual({ department_name: '红河州司法局' });
    expect(pick('(一)项目概况\n某某州粮食和物资储备局2024年年初预算项目共14个。', 'department_name')).toEqual({ department_name: '某某州粮食和物资储备局' });
    expect(pick('2023年贯塘乡人民政府决算编制说明411001-某某县贯塘乡人民政府2023年部门决算公开附件一', 'department_name')).toEqual({ department_name: '某某县贯塘乡人民政府' });
    // (a body a sentence only cites is no subject)
    expect(pick('根据某某州财政局要求,开展项目自评。', 'department_name')).toEqual({ department_name: null });
  });

  it('reads a body a sentence describes after a comma, with 部门 and the year-end before 实有, and a publisher field before 责任部门', () => {
    expect(pick('2.机构情况:机构数为1个。3.人员情况,某某县人民代表大会常务委员会部门2021年末实有人员编制20人。', 'department_name')).toEqual({ department_name: '某某县人民代表大会常务委员会' });
    expect(pick('索 引 号 11640102/2022-00043 文  号 生成日期 2022-10-25\n发布机构 某某区住房和城乡建设局 责任部门 某某区住房和城乡建设局 关 键 字 垃圾转运站\n', 'department_name')).toEqual({ department_name: '某某区住房和城乡建设局' });
  });
});

describe('fifth round, the thirteenth set opened', () => {
  it('reads the project of a …项目支出绩效单位自评报告 (its 项目 dropped when the text names it without), and 拨入…经费 as the budget', () => {
    const text = '某州司法局2024年度人民监督员履职项目支出绩效单位自评报告\n一、基本情况\n某州司法局开展了人民监督员履职专项项目。\n拨入人民监督员评议案件履职专项经费10.00万元;支出10.00万元,执行率100%。';
    expect(pick(text, 'project_name', 'budget_final_wan', 'spent_wan')).toEqual({ project_name: '人民监督员履职', budget_final_wan: 10, spent_wan: 10 });
    expect(pick('某州司法局2024年度法律援助项目支出绩效自评报告\n一、基本情况\n法律援助项目经费10万元。', 'project_name')).toEqual({ project_name: '法律援助项目' });
  });

  it('reads a page\'s 发文单位 as its publisher', () => {
    expect(pick('发文单位: | 某某市行政审批局 | 发布日期: | 2022年11月04日 |\n项目支出绩效自评表 |\n项目名称 |\n市民中心运行维护费 |\n主管部门 |\n|\n实施单位 |\n|\n', 'department_name')).toEqual({ department_name: '某某市行政审批局' });
  });
});

describe('fifth round, titles', () => {
  it('reads a project in parentheses after a title (one level of nesting), the title not run into the next line', () => {
    expect(pick('某市图书馆2022年度项目支出绩效自评报告(2022年公共图书馆文化馆(站)免费开放市级补助经费)\n\n一、自评结论\n', 'project_name')).toEqual({ project_name: '2022年公共图书馆文化馆(站)免费开放市级补助经费' });
    expect(pick('某区2022年专项转移支付绩效自评报告(林业生态保护恢复资金)\n- 索引号\n- 01525697-3-/2023\n', 'project_name')).toEqual({ project_name: '林业生态保护恢复资金' });
  });

  it('takes no page metadata (公开目录 • 自评报告) as a title, and no attachment\'s title beside the text\'s own', () => {
    expect(pick('• 公开目录\n• 自评报告\n• 发布日期\n某市图书馆2022年度项目支出绩效自评报告(免费开放补助经费)\n', 'project_name')).toEqual({ project_name: '免费开放补助经费' });
    // (each rule alone: a metadata field on one line, and the report's words alone on a line)
    expect(pick('• 发布机构\n• 临沧市文化和旅游局\n• 公开目录 绩效自评报告\n• 发布日期\n临沧市图书馆2022年度项目支出绩效自评报告(免费开放补助经费)\n', 'department_name')).toEqual({ department_name: '临沧市图书馆' });
    expect(pick('• 发布机构\n• 临沧市文化和旅游局\n• 自评报告\n• 发布日期\n临沧市图书馆2022年度项目支出绩效自评报告(免费开放补助经费)\n', 'department_name')).toEqual({ department_name: '临沧市图书馆' });
    expect(pick('市公路局2020年度公路养护类项目\n自评结果\n一、自评结论\n附件:2020年度养护类项目自评表(附后)\n', 'project_name')).toEqual({ project_name: '公路养护类项目' });
  });

  it('drops the national form\'s 转移支付区域(项目) and a file name\'s separator from a name', () => {
    expect(pick('当前位置:首页 财政资金 > 某县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表\n', 'project_name')).toEqual({ project_name: '基本药物制度补助资金' });
    expect(pick('乡镇老放映员省级补助资金_自评报告.pdf\n一、基本情况\n', 'project_name')).toEqual({ project_name: '乡镇老放映员省级补助资金' });
  });
});

describe('fifth round, titles (2)', () => {
  it('reads a title after a page\'s breadcrumb, …绩效目标自评表 titles, and 中央对地方专项 as naming no project', () => {
    expect(pick('当前位置:首页 财政资金 > 某县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表\n发布时间:2022-06-01\n', 'project_name', 'department_name')).toEqual({ project_name: '基本药物制度补助资金', department_name: '某县卫生健康局' });
    expect(pick('中央对地方专项转移支付区域绩效目标自评表\n(2021年度)\n', 'project_name')).toEqual({ project_name: null });
  });
});

describe('the fifth round\'s review probes', () => {
  const P = '湖南省某县水利局2023年度小型水库除险加固项目绩效自评报告\n';
  it('reads no leftover, self-raised, leveraged or pooled money as the budget, nor unspent money as spending', () => {
    expect(pick(`${P}项目严格按照资金管理办法执行,结余资金合计48万元,已按规定上缴县财政。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${P}项目撬动社会资金总额1200万元,实际支出中央补助资金280万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${P}2023年全县统筹整合财政涉农资金总额12000万元,其中本项目安排资金300万元,实际支出295万元。`, 'budget_final_wan')).not.toEqual({ budget_final_wan: 12000 });
    expect(pick(`${P}项目下达中央补助资金300万元。项目带动群众自筹资金共计120万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 300 });
    expect(pick(`${P}下达资金100万元,年底尚未支出资金18万元。`, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('reads no 年初 budget as the final one through 安排预算 or 经费预算', () => {
    expect(pick(`${P}该项目年初安排预算500万元,年中追加100万元,实际支出590万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${P}年初经费预算500万元,年中追加预算100万元,实际支出590万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('takes as a total neither a 共 inside 公共 nor a running total over years', () => {
    expect(pick('四川省某县卫生健康局2023年度基本公共卫生服务项目绩效自评报告\n第一批下达基本公共卫生服务补助资金385万元,第二批下达补助资金140万元,合计525万元。实际支出510万元。', 'budget_final_wan')).not.toEqual({ budget_final_wan: 385 });
    expect(pick('江西省某县林业局2023年度油茶产业发展项目绩效自评报告\n2023年该项目预算资金80万元,实际支出76万元。项目自2019年实施以来,累计投入资金共计420万元。', 'budget_final_wan')).not.toEqual({ budget_final_wan: 420 });
  });

  it('reads no spending of another year printed as <year>年支出, nor one source\'s spending outside a breakdown', () => {
    expect(pick(`${P}2023年预算资金80万元,预算执行率97.5%。2022年支出65万元。`, 'spent_wan')).toEqual({ spent_wan: null });
    expect(pick(`${P}项目资金来源为中央资金和省级资金,中央资金已全部拨付使用,省级资金下达50万元,实际支出40万元。`, 'spent_wan')).toEqual({ spent_wan: null });
    expect(pick(`${P}共支出资金92万元,其中用于设备购置支出52万元,支出40万元用于开展文化下乡活动。`, 'spent_wan')).toEqual({ spent_wan: 92 });
  });

  it('reads no total investment with self-raised money as spending, nor a dated partial receipt as the budget', () => {
    expect(pick('某县交通运输局2023年度农村公路安防工程绩效自评报告\n项目下达中央车购税资金300万元,已全部拨付。项目实际完成投资1260万元,其中地方自筹960万元。', 'spent_wan')).not.toEqual({ spent_wan: 1260 });
    expect(pick(`${P}截至9月底收到上级资金60万元,全年实际支出78万元,执行率97.5%。`, 'budget_final_wan')).not.toEqual({ budget_final_wan: 60 });
  });

  it('takes no finance bureau, verb or site government for the unit', () => {
    expect(pick('某某县财政局2023年下达我中心农产品检测专项经费30万元,我中心实际支出29万元。', 'department_name')).toEqual({ department_name: null });
    expect(pick('一、项目基本情况\n检测经费30万元。\n附件:评审意见\n某某县财政局\n2024年3月5日', 'department_name')).toEqual({ department_name: null });
    expect(pick('某某县财政局高度重视预算绩效管理,我中心实际支出29万元。', 'department_name')).toEqual({ department_name: null });
    expect(pick('某县2023年度检测经费项目绩效自评报告\n按照某某县财政局2024年1月印发的通知要求,我中心开展了自评。', 'department_name')).not.toEqual({ department_name: '按照某某县财政局' });
    expect(pick('为保障项目顺利实施,某某市财政局为各预算单位及时拨付资金,我站认真组织实施。', 'department_name')).toEqual({ department_name: null });
    expect(pick('首页 > 政务公开 > 某某县人民政府 > 财政预决算\n2023年度项目绩效自评报告\n我局认真开展自评。', 'department_name')).toEqual({ department_name: null });
  });

  it('takes no fiscal year from a plan after the year or a carried-over balance\'s year, nor a date line as half a title, and keeps 现将…年度', () => {
    const base = '(农村饮水安全巩固提升项目)\n一、项目基本情况\n2023年5月省财政下达项目资金100万元,2023年10月项目完工。';
    expect(pick(`${base}二、下一步工作\n2024年项目资金将重点用于管网改造。`, 'fiscal_year')).toEqual({ fiscal_year: 2023 });
    expect(pick('(农村饮水安全巩固提升项目)\n一、项目基本情况\n2023年3月下达项目资金100万元(含2022年项目结余资金20万元)。', 'fiscal_year')).not.toEqual({ fiscal_year: 2022 });
    expect(pick('2024年3月15日\n绩效自评报告\n一、基本情况\n', 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick('某县民政局高龄津贴项目绩效自评报告\n现将2023年度高龄津贴项目资金使用情况报告如下。', 'fiscal_year')).toEqual({ fiscal_year: 2023 });
    // a page published years later keeps the year its funds name; the one year a text names at all does not outlive the page's date
    expect(pick('(边境物资储备补助资金)\n发布日期 | 2024-06-10 |\n2022年度边境物资储备补助资金预算110000元。', 'fiscal_year')).toEqual({ fiscal_year: 2022 });
    expect(pick('(边境物资储备补助资金)\n发布日期 | 2023-04-24 |\n本项目2020年立项,预算110000元。', 'fiscal_year')).toEqual({ fiscal_year: null });
  });

  it('reads no grade or score from a grading rule or a scale, nor an indicator\'s score', () => {
    expect(pick(`${P}综合得分90分以上的自评为优。本项目自评得分85分。`, 'grade', 'self_score')).toEqual({ grade: null, self_score: 85 });
    expect(pick(`${P}绩效评分90分以上为优秀。`, 'self_score')).toEqual({ self_score: null });
    expect(pick(`${P}绩效自评100分制,各项指标分别打分。`, 'self_score')).toEqual({ self_score: null });
    expect(pick(`${P}预算执行率指标绩效自评10分,产出指标绩效自评45分,项目总得分92分。`, 'self_score')).toEqual({ self_score: 92 });
  });

  it('takes no kinds of spending or a plan for a first section\'s fund', () => {
    expect(pick('一、人员经费和公用经费\n(一)人员经费\n支出50万元。', 'project_name')).toEqual({ project_name: null });
    expect(pick('一、主要工作任务及年度工作计划\n(一)工作任务\n', 'project_name')).toEqual({ project_name: null });
    expect(pick('一、三公经费\n(一)公务接待费\n', 'project_name')).toEqual({ project_name: null });
  });

  it('keeps the spending and rate of a budget that includes a carry-over', () => {
    expect(pick(`${P}2023年预算资金150万元(含上年结转30万元),实际支出140万元,预算执行率93.33%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 140, execution_rate_pct: 93.33 });
    expect(pick(`${P}本年度预算资金60万元,上年结转资金5万元,实际支出58万元,预算执行率96.67%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 58, execution_rate_pct: 96.67 });
    expect(pick(`${P}上年结转资金10万元,本年下达补助资金90万元,实际支出96万元,执行率96%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 96, execution_rate_pct: 96 });
  });

  it('reads no cost indicator\'s 指标金额 as the budget', () => {
    expect(pick('某县人力资源和社会保障局2023年度就业创业补助项目绩效自评报告\n项目预算资金600万元。成本指标:人均补贴标准,指标金额为0.2万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 600 });
  });
});

describe('fifth round, lists and grades in parentheses', () => {
  it('reads no figure of an item in a list numbered ①②③', () => {
    const text = '某区2022年专项转移支付绩效自评报告(林业生态保护恢复资金)\n目前共支付资金1696.76万元,资金执行率34.83%。\n分别项目为①森林防火物资支付21万元,资金执行率30.88%;②生态护林员项目1605万元,资金执行率100%;③草原有害生物防治0万元,资金执行率0%。';
    expect(pick(text, 'execution_rate_pct')).toEqual({ execution_rate_pct: 34.83 });
  });

  it('reads a grade printed in parentheses (评价得分及绩效等级为(良)), and none before a description', () => {
    expect(pick('某县2020年度养老服务项目绩效自评报告\n四、评价结论\n项目实施效果,评价得分及绩效等级为(良)。', 'grade')).toEqual({ grade: '良' });
    expect(pick('某县2020年度养老服务项目绩效自评报告\n评价等级为优(90分以上)、良(80-90分)。', 'grade')).toEqual({ grade: null });
  });
});

describe('the fifth round\'s second review probes', () => {
  it('reads each probe as a careful reader would', () => {
    expect(pick("广西某县乡村振兴局2023年度衔接推进乡村振兴补助资金项目绩效自评报告\n2023年全县共下达衔接推进乡村振兴补助资金8600万元。本项目下达资金300万元,实际支出288万元。", 'budget_final_wan')).not.toEqual({ budget_final_wan: 8600 }); // M01
    expect(pick("临泽县水务局2023年度农村饮水安全巩固提升项目绩效自评报告\n2023年项目预算资金300万元,实际支出290万元。项目实施以来,共下达资金1500万元。", 'budget_final_wan')).not.toEqual({ budget_final_wan: 1500 }); // V02
    expect(pick("(农村饮水安全巩固提升项目)\n一、基本情况\n2023年5月下达项目资金100万元,2023年12月底实际支出95万元,支出进度高于2022年同期项目支出水平。", 'fiscal_year')).not.toEqual({ fiscal_year: 2022 }); // Y13
    expect(pick("(农村饮水安全巩固提升项目)\n一、基本情况\n2023年4月下达项目资金100万元,2023年10月完工。\n三、下一步工作\n2024年项目资金重点支持管网延伸。", 'fiscal_year')).not.toEqual({ fiscal_year: 2024 }); // Y16
    expect(pick("张掖市甘州区审计局2023年度部门整体支出绩效自评报告\n二、部门预决算情况\n年初预算760万元,全年实际支出800.6万元。\n三、下一步工作\n2024年,我局将进一步加强预算管理,计划安排预算850万元。", 'budget_final_wan')).toEqual({ budget_final_wan: null }); // L04
    expect(pick("一、基本情况\n青川县卫生健康局高度重视家庭医生签约工作,我中心2023年项目资金40万元,实际支出39万元。", 'department_name')).toEqual({ department_name: null }); // O02
    expect(pick("一、项目基本情况\n临泽县人民政府高度重视农村饮水安全工作,我局2023年项目资金300万元。", 'department_name')).toEqual({ department_name: null }); // O13
    expect(pick("一、项目基本情况\n临泽县财政局于2023年5月下达项目资金100万元,为项目单位按时开展工作提供了资金保障。我站全年完成动物防疫任务。", 'department_name')).toEqual({ department_name: null }); // E01
    expect(pick("临泽县民政局2023年度社区养老项目绩效自评报告\n按照评分标准,90分(含)以上的自评为优,80分(含)至90分的为良。本项目自评得分86分。", 'grade', 'self_score')).toEqual({ grade: null, self_score: 86 }); // GR1
    expect(pick("临泽县民政局2023年度社区养老项目绩效自评报告\n得分≥90分的自评为优。本项目自评得分86分。", 'grade')).toEqual({ grade: null }); // GR3
    expect(pick("临泽县教育局2023年度重点项目支出绩效自评报告\n一、基本情况\n我局2023年度重点工作是推进义务教育均衡发展。", 'project_name')).toEqual({ project_name: null }); // PN1
    expect(pick("宁夏某县林业和草原局2023年度部门整体支出绩效自评报告\n2023年度收入总计1250万元,其中本年收入1200万元,使用上年结转50万元;支出总计1250万元,其中本年支出1190万元,年末结转和结余60万元。", 'spent_wan')).not.toEqual({ spent_wan: 1250 }); // D14
    expect(pick("临泽县林业和草原局2023年度天然林保护项目绩效自评报告\n项目预算资金200万元,其中中央资金150万元,省级资金50万元实际支出40万元,执行率80%。", 'spent_wan')).toEqual({ spent_wan: null }); // FS2
    expect(pick("一、项目基本情况\n全年实际支出28.5万元。\n临泽县农业农村局(盖章)\n2024年3月5日", 'department_name')).toEqual({ department_name: "临泽县农业农村局" }); // O07
    expect(pick("二、项目实施情况\n我中心2023年完成检测样品1200批次,实际支出28.5万元。\n\n临泽县农业农村局\n2024年3月5日", 'department_name')).toEqual({ department_name: null }); // O06
    expect(pick("甘肃省临泽县2023年度统筹整合使用财政涉农资金项目绩效自评报告\n2023年全县共整合下达财政涉农资金12000万元,实际支出11800万元,执行率98.33%。", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 12000, spent_wan: 11800 }); // C01
    expect(pick("山东省某县教育和体育局2023年度学生资助项目绩效自评报告\n上年结转资金30万元,本年实际支出140万元,预算执行率93.33%。", 'spent_wan')).toEqual({ spent_wan: 140 }); // T06
    expect(pick("临泽县档案馆2023年度档案数字化项目绩效自评报告\n一、资金情况\n以前年度结转资金12万元,全年执行数58万元,预算执行率96.67%。", 'spent_wan')).toEqual({ spent_wan: 58 }); // K02
    expect(pick("四川省某县农业农村局2023年度农业生产发展资金项目绩效自评报告\n全年预算资金800万元,主要用于①耕地地力保护②农机购置补贴,实际支出790万元,执行率98.75%。", 'execution_rate_pct')).toEqual({ execution_rate_pct: 98.75 }); // T09
    expect(pick("广东省某市民政局2023年度社区养老项目绩效自评报告\n根据各项绩效指标完成情况自评得分92分。", 'self_score')).toEqual({ self_score: 92 }); // T11
    expect(pick("临泽县文旅局2023年度公共文化服务项目绩效自评报告\n产出指标共50分,绩效自评48分;效益指标共30分,绩效自评27分;项目自评总分93分。", 'self_score')).toEqual({ self_score: 93 }); // C09
    expect(pick("临泽县红十字会2023年度救灾物资储备项目绩效自评报告\n项目预算资金30万元,实际支出29万元。全年拨入社会捐赠资金15万元。", 'budget_final_wan')).toEqual({ budget_final_wan: 30 }); // C15
    expect(pick("(农村饮水安全巩固提升项目)\n一、基本情况\n2023年项目资金拟定方案经县政府批准后实施,共下达资金100万元。", 'fiscal_year')).toEqual({ fiscal_year: 2023 }); // Y05
    expect(pick("一、部门预算资金\n(一)基本支出", 'project_name')).toEqual({ project_name: null }); // P07
    expect(pick("(三公经费)\n一、基本情况", 'project_name')).toEqual({ project_name: null }); // P15
    expect(pick("临泽县交通运输局2023年度农村公路建设工程绩效自评报告\n项目计划总投资800万元,其中车购税资金500万元。截至年底累计完成投资620万元。", 'spent_wan')).not.toEqual({ spent_wan: 620 }); // C10
  });
});

describe('the fifth round\'s third review probes', () => {
  it('adds up equal parts on separate lines', () => {
    expect(pick('临泽县教育局2023年度学生资助项目绩效自评报告\n第一批下达资助资金50万元。\n第二批下达资助资金50万元。\n全年共下达资助资金100万元,实际支出96万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 100 });
  });

  it('reads each probe as a careful reader would', () => {
    expect(pick("临泽县民政局2023年度社区养老服务项目绩效自评报告\n本项目自评得分86分。\n绩效等级:(优)≥90分,(良)80-89分,(中)60-79分,(差)<60分", 'grade')).toEqual({ grade: null }); // C02
    expect(pick("临泽县档案馆2023年度档案数字化项目绩效自评报告\n一、资金情况\n上年结转资金20万元,支出进度100%。本年预算资金60万元,实际支出45万元。", 'execution_rate_pct')).toEqual({ execution_rate_pct: null }); // B14
    expect(pick("临泽县林业和草原局2023年度林业改革发展资金项目绩效自评报告\n一、资金情况\n项目资金分别用于①森林防火项目,预算资金50万元,实际支出45万元,执行率90%;②林木良种补贴项目150万元已全部支出。", 'execution_rate_pct')).not.toEqual({ execution_rate_pct: 90 }); // B13
    expect(pick("四川省临泽县农业农村局2023年度农业生产发展资金项目绩效自评报告\n全年预算资金800万元,主要用于①耕地地力保护②农机购置补贴,已支出790万元。", 'spent_wan')).toEqual({ spent_wan: 790 }); // B12
    expect(pick("临泽县乡村振兴局2023年度衔接推进乡村振兴补助资金项目绩效自评报告\n2023年全县共下达衔接推进乡村振兴补助资金8600万元,其中本项目下达资金300万元,其他项目下达资金8300万元。本项目实际支出288万元。", 'budget_final_wan')).not.toEqual({ budget_final_wan: 8600 }); // B04
    expect(pick("临泽县林业和草原局2023年度天然林保护项目绩效自评报告\n项目预算资金200万元,其中中央资金150万元,省级资金50万元,项目实际支出190万元,执行率95%。", 'spent_wan')).toEqual({ spent_wan: 190 }); // A06
    expect(pick("临泽县民政局2023年度社区养老服务项目绩效自评报告\n一、资金情况\n下达中央资金50万元,下达省级资金50万元,共下达资金100万元,实际支出96万元。", 'budget_final_wan')).toEqual({ budget_final_wan: 100 }); // A03
    expect(pick("临泽县教育局2023年度学生资助项目绩效自评报告\n一、资金情况\n下达中央资金80万元,下达省级资金20万元,下达县级资金20万元,共下达资金120万元,实际支出118万元。", 'budget_final_wan')).toEqual({ budget_final_wan: 120 }); // B06
    expect(pick("临泽县民政局2023年度社区养老服务项目绩效自评报告\n四、自评结论\n本项目自评得分95分,服务对象满意度≥90%,自评等级为优。", 'grade')).toEqual({ grade: "优" }); // A11
    expect(pick("临泽县民政局2023年度社区养老服务项目绩效自评报告\n四、自评结论\n项目自评得分92分,在90分以上,自评等级为优。", 'grade')).toEqual({ grade: "优" }); // A13
    expect(pick("一、基本情况\n岳阳市发展和改革委员会认真落实省委部署,我委2023年项目资金100万元,实际支出98万元。", 'department_name')).toEqual({ department_name: "岳阳市发展和改革委员会" }); // A23
    expect(pick("一、基本情况\n临泽县第二中学认真落实学生资助政策,我校2023年项目资金100万元,实际支出98万元。", 'department_name')).toEqual({ department_name: "临泽县第二中学" }); // B03
    expect(pick("一、基本情况\n临泽县农业农村局2023年认真贯彻落实省厅通知精神,全年下达项目资金100万元,实际支出98万元。", 'department_name')).toEqual({ department_name: "临泽县农业农村局" }); // C04
    expect(pick("一、部门基本情况\n临泽县林业和草原局于2019年机构改革后更名,为县政府工作部门,内设股室5个。2023年部门预算资金1200万元。", 'department_name')).toEqual({ department_name: "临泽县林业和草原局" }); // C01
  });
});

describe('sixth round: negated cues, payments, a match named after its money', () => {
  it('reads no unspent figure (未执行数, 未使用资金) as the spending', () => {
    expect(pick('临泽县民政局2023年度社区养老服务项目绩效自评报告\n一、资金情况\n社区养老补助资金预算数300000元,执行数300000元,执行率100%。\n二、绩效情况\n社区养老补助资金预算数300000元,未执行数0元,执行情况得分20分。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 30, spent_wan: 30 });
    expect(pick('临泽县档案馆2023年度档案数字化项目绩效自评报告\n项目预算资金60万元,未使用资金3万元。', 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('reads a project\'s 资金支出 and a clause that opens with 支付 as its spending', () => {
    expect(pick('临泽县文化馆2023年度非遗保护项目绩效自评报告\n市财政预算安排12万元,实际下达12万元。项目资金支出12万元。', 'spent_wan')).toEqual({ spent_wan: 12 });
    expect(pick('临泽县殡仪馆2023年度运转经费项目绩效自评报告\n到位资金8.6万元。支付资金8.6万元,全部用于殡仪馆正常运转。', 'spent_wan')).toEqual({ spent_wan: 8.6 });
    // (not a rate, nor a payment inside a 其中 breakdown)
    expect(pick('临泽县殡仪馆2023年度运转经费项目绩效自评报告\n项目预算资金10万元,实际支出9万元,其中,支付资金3万元用于设备维修。', 'spent_wan')).toEqual({ spent_wan: 9 });
  });

  it('reads a budget whose match is named after the money (预算安排资金市级配套)', () => {
    expect(pick('2022年中秋慰问经费项目支出绩效自评报告\n2022年中秋慰问经费预算安排资金县级配套6.2万元,实际到位6.2万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 6.2 });
  });
});

describe('sixth round: a township publisher, and a short name completed from the text', () => {
  it('reads a township that publishes its own page (发布机构: …镇), the next label (成文日期) ending the value', () => {
    expect(pick('发布机构: 临泽县平川镇 成文日期: 2023-06-01\n临泽县2022年度农村危房改造补助资金绩效自评报告\n一、基本情况\n全年发放补助资金50万元。', 'department_name')).toEqual({ department_name: '临泽县平川镇' });
    expect(pick('发布机构: 临泽县教育局 发文日期: 2023-06-01\n2022年度学生资助项目绩效自评报告\n一、基本情况\n全年发放资助资金50万元。', 'department_name')).toEqual({ department_name: '临泽县教育局' });
  });

  it('completes a name without its place from the text, not from the words before it', () => {
    // (a body named before 和, the words before 由)
    expect(pick('发布机构 区农业农村局 发文日期 2023-03-28\n2022年度耕地地力保护补贴项目绩效自评报告\n一、基本情况\n本项目由张掖市甘州区财政局和张掖市甘州区农业农村局共同实施,项目承担单位为区农业农村局。', 'department_name')).toEqual({ department_name: '张掖市甘州区农业农村局' });
    expect(pick('发布机构 市农业农村局 发文日期 2023-03-28\n2022年度耕地地力保护补贴项目绩效自评报告\n一、基本情况\n本项目由和田市农业农村局实施,全年下达资金50万元。', 'department_name')).toEqual({ department_name: '和田市农业农村局' });
    // (a name after a closing bracket and 和, `(甘财农〔2020〕976号)和张掖市甘州区农业农村局`)
    expect(pick('发布机构 区农业农村局 发文日期 2023-03-28\n2022年度耕地地力保护补贴项目绩效自评报告\n一、基本情况\n根据《耕地地力保护补贴资金管理办法》(甘财农〔2020〕976号)和张掖市甘州区农业农村局、张掖市甘州区财政局《关于印发实施方案的通知》,全年下达资金50万元。', 'department_name')).toEqual({ department_name: '张掖市甘州区农业农村局' });
    // (no place in 单位为区…, nor in the label before the name, 发布机构 区…)
    expect(pick('发布机构 区农业农村局 发文日期 2023-03-28\n2022年度耕地地力保护补贴项目绩效自评报告\n一、基本情况\n项目承担单位为区农业农村局,全年下达资金50万元。', 'department_name')).toEqual({ department_name: '区农业农村局' });
  });
});

describe('sixth round: labels inside parentheses, cited years, payments, a total row one space apart', () => {
  it('reads a unit whose field runs into a label in parentheses, and no name from a parenthesis\'s tail', () => {
    expect(pick('某市财政支出项目绩效自评报告(产业园配套路网项目)\n一、项目概况\n预算单位张掖高新区管委会(行政主管部门)的产业园配套路网项目。\n主管部门为张掖高新区管委会(行政主管部门)\n项目业主为张掖高新区管委会\n预算经费为300万元,2022年支付300万元。', 'department_name', 'supervising_department')).toEqual({ department_name: '张掖高新区管委会', supervising_department: null });
  });

  it('reads 项目主管单位 as the supervising department, not the end of the unit\'s field', () => {
    expect(pick('2019年度县农业局农机推广项目绩效自评表\n某县财政预算支出项目绩效目标自评表 项目名称 农机推广 项目实施单位 临泽县农机服务公司 项目主管单位 临泽县农业农村局 项目负责人 张某', 'department_name', 'supervising_department')).toEqual({ department_name: '临泽县农机服务公司', supervising_department: '临泽县农业农村局' });
  });

  it('completes no name from a year before it (2019年度市纪委 adds no place 年度市)', () => {
    expect(pick('2019年度市纪委办公设备维护项目绩效自评表\n一、基本情况\n全年预算5万元,实际支出5万元。', 'department_name')).toEqual({ department_name: '市纪委' });
  });

  it('takes no fiscal year from a cited notice (《关于开展2024年预算支出绩效自评工作的通知》)', () => {
    expect(pick('某区统计局2023年度经济普查项目支出绩效评价报告\n根据《某区财政局关于开展2024年预算支出绩效单位自评工作的通知》要求,经综合自评,2023年度经济普查经费项目绩效自评得分94.9分。', 'fiscal_year', 'self_score')).toEqual({ fiscal_year: 2023, self_score: 94.9 });
  });

  it('reads what was paid out (已执行支付) and what the year\'s spending came to (当期发生支出)', () => {
    expect(pick('某区2020年度雪亮工程转移支付项目绩效自评报告\n2020年度该项目资金2842.5万元,已执行支付2668万元,执行率93.86%。', 'spent_wan')).toEqual({ spent_wan: 2668 });
    expect(pick('某中学2023年度部门整体支出绩效自评报告\n2023全年预算资金57511795.36元,2023年当期发生支出56916443.49元。', 'spent_wan')).toEqual({ spent_wan: 5691.644349 });
  });

  it('reads a total row whose 分值 and 得分 stand one space apart (总分   100 100.00)', () => {
    expect(pick('项目支出绩效自评表\n(2022年度)\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标(50分) 数量指标 培训人数 100人 达成预期指标 50 50  \n效益指标(50分) 社会效益指标 群众满意 达成预期指标 50 50  \n总分   100 100.00  \n', 'self_score')).toEqual({ self_score: 100 });
  });
});

describe('sixth round: a breakdown after 其中 whose first item cites its documents', () => {
  it('reads none of its items as the budget, but the total after them', () => {
    expect(pick('临泽县水务局2021年度农村饮水工程维修养护项目绩效自评报告\n项目批复总投资80万元。其中:依据《某省财政厅关于提前下达2021年中央财政水利发展资金预算的通知》(某财农〔2020〕13号)下达中央财政资金40万元,县财政资金40万元,共计下达80万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 80 });
  });
});

describe('sixth round: a file name run into the document\'s own heading', () => {
  it('reads the heading after the file name (…总结报告.docx某某中心2022年整体和项目支出…总结报告)', () => {
    expect(pick('水源调度2022年整体绩效自评总结报告.docx\n临泽县水源调度中心 2022 年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。我单位按照《关于全面实施预算绩效管理的实施意见》文件要求,对本单位整体支出和项目支出开展全过程预算绩效管理。', 'department_name', 'kind', 'fiscal_year')).toEqual({ department_name: '临泽县水源调度中心', kind: 'department', fiscal_year: 2022 });
  });

  it('takes the year from the file name when the heading has none, and no kind when the two disagree', () => {
    expect(pick('临泽县交通运输局2021年度乡村道路项目自评表.pdf\n临泽县财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 日 项目名称 乡村道路建设养护项目 项目主管单位 临泽县交通运输局 项目实施单位 临泽县交通运输局 项目负责人 张某', 'fiscal_year')).toEqual({ fiscal_year: 2021 });
    expect(pick('2019年度村专职委员工作补贴项目绩效自评报告.doc\n临泽县残疾人联合会部门整体支出绩效评价报告 目 录 1、项目基本概括 2、部门整体支出情况', 'kind')).toEqual({ kind: null });
  });
});

describe('sixth round: a budget\'s 总金额, a cover\'s year', () => {
  it('reads 部门预算总金额 as the budget', () => {
    expect(pick('临泽县水源调度中心2022年部门整体支出绩效自评报告\n一是单位整体绩效自评情况。部门预算总金额 803.74 万元,其中:基本支出 757.49 万元,项目支出 46.25 万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 803.74 });
  });

  it('takes no fiscal year from a year on a line of its own under the cover\'s maker (the dates\' year before the filing\'s, since the fifteenth round)', () => {
    expect(pick('项目支出绩效自评报告\n项目名称:村村通维护经费\n填报日期:2025年4月28日\n临泽县财政局制\n2025年\n一、项目基本情况\n该专项资金主要用于设备维修,项目资金分季度支出(2024年3月签订合同),当年已完成支出。', 'fiscal_year')).toEqual({ fiscal_year: 2024 });
    expect(pick('项目支出绩效自评报告\n项目名称:村村通维护经费\n填报日期:2025年4月28日\n临泽县财政局制\n2025年\n一、项目基本情况\n该专项资金主要用于设备维修,项目资金分季度支出,当年已完成支出。', 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('sixth round: the body a sentence says carries the project out', () => {
  it('reads 实施主体为… when no title, field or signature names the unit', () => {
    expect(pick('财政支出项目绩效评价自评报告\n(食安办工作经费)\n一、项目总体情况\n该项目以一年为实施周期,实施主体为福州高新区市场监督管理局。\n全年预算60万元。', 'department_name')).toEqual({ department_name: '福州高新区市场监督管理局' });
    expect(pick('财政支出项目绩效评价自评报告\n(农村道路养护经费)\n一、项目总体情况\n该项目实施主体为各乡镇。\n全年预算60万元。', 'department_name')).toEqual({ department_name: null });
  });
});

describe('sixth round: a flattened cover, a garbled cell, several projects in one report', () => {
  it('reads no budget past another label (计划安排资金(万元)实际到位资金(万元)75), nor a number a sum or a slip runs on from (89+82)', () => {
    expect(pick('财政支出项目绩效评价自评报告\n项目名称公共文化服务体系运行保障经费项目单位临湘县文旅局,项目负责人吴某,项目起止时间2021年1月起至2021年12月止计划安排资金(万元)实际到位资金(万元)75实际支出(万元)89+82结余(万元)', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });

  it('reads one item\'s figures in a report on several projects as that item\'s, not the report\'s', () => {
    expect(pick('共青团临泽县委2020年度项目支出绩效评价自评报告\n二、项目资金情况\n2020年县财政共计下达单位县级项目资金60万元,涉及2个项目,分别为:青少年事务工作经费30万元;团代会费用30万元。\n三、项目资金使用及管理情况\n1.青少年事务工作经费。该项目财政拨入资金30万元,截止2020年12月31日,支出资金30万元。\n2.团代会费用。该项目财政拨入资金30万元,截止2020年12月31日,支出资金30万元。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 60, spent_wan: null });
  });
});

describe('sixth round: a source\'s own budget and spending, a page label with debris', () => {
  it('reads a source\'s spending after its own budget as that source\'s, and the total before them', () => {
    expect(pick('临泽县应急管理局2023年度化工园区风险防控项目绩效自评报告\n年度资金总额全年预算数5372.58万元,全年执行数4772.58万元,预算执行率88.83%。其中中央财政资金全年预算数1800万元,全年执行数1200万元,预算执行率66.67%;地方财政资金全年预算数2192.58万元,全年执行数2192.58万元,预算执行率100%。', 'spent_wan')).toEqual({ spent_wan: 4772.58 });
  });

  it('reads a title after a page\'s 名称 label that carries debris (名称85224:)', () => {
    expect(pick('发布机构: 临泽县教育体育局\n名称85224: 体育强省转移支付2023年度绩效自评报告\n文号:\n一、绩效目标分解下达情况', 'project_name')).toEqual({ project_name: '体育强省转移支付' });
  });
});

describe('sixth round: 全称, two bodies organising, a total its parts follow', () => {
  it('reads 部门(单位)全称 as the unit', () => {
    expect(pick('部门整体支出绩效评价自评报告\n(2023年度)\n部门(单位)全称:临泽县人民检察院 (公章)\n填报日期 2024年 2月26日', 'department_name')).toEqual({ department_name: '临泽县人民检察院' });
  });

  it('reads the body that organised a fund\'s self-evaluation with the finance body, and the fund\'s report as a project\'s', () => {
    expect(pick('根据《财政部关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知》要求,甘肃省生态环境厅、甘肃省财政厅组织对2023年中央土壤污染防治资金开展绩效自评工作,现将自评情况报告如下:\n一、绩效目标分解下达情况', 'department_name', 'kind')).toEqual({ department_name: '甘肃省生态环境厅', kind: 'project' });
    expect(pick('根据要求,甘肃省财政厅、甘肃省生态环境厅组织对2023年中央土壤污染防治资金开展绩效自评工作。\n一、绩效目标分解下达情况', 'department_name')).toEqual({ department_name: '甘肃省生态环境厅' });
  });

  it('reads as the budget an amount whose parts follow it after 其中 and add up to it', () => {
    expect(pick('甘肃省生态环境厅2023年中央土壤污染防治资金绩效自评报告\n2023年中央下达甘肃土壤污染防治资金34239万元,其中:《财政部关于提前下达2023年土壤污染防治资金预算的通知》下达第一批资金24189万元;《财政部关于下达2023年土壤污染防治资金预算(第二批)的通知》下达第二批资金10050万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 34239 });
    expect(pick('红河州生态环境局2021年度项目支出绩效自评报告\n2021年批复红河州生态环境局项目3个,项目资金1950万元。分别为:重金属污染防治专项资金1000万元;大气污染联防联治专项资金750万元;环境监测经费200万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 1950 });
    // (parts elsewhere that do not add up to it settle nothing)
    expect(pick('甘肃省生态环境厅2023年中央土壤污染防治资金绩效自评报告\n2023年中央下达甘肃土壤污染防治资金34239万元,其中:第一批已全部拨付。\n二、资金使用情况\n下达第一批资金24189万元。\n下达第二批资金10000万元。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('sixth round: a flattened cover\'s labels and dates', () => {
  it('ends a run-in value at 评价方式, and takes no fiscal year from the report\'s date (报告日期:2022年8月22日)', () => {
    expect(pick('1、财政支出项目绩效评价自评报告评价类型:项目实施过程评价项目名称公共文化服务体系运行保障经费项目单位临泽县文化旅游广电局主管部门临泽县人民政府评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组报告日期:2022年8月22日临泽县财政局(制)一、项目基本概况项目负责人吴某项目起止时间2021年I月起至2021年12月止计划安排资金(万元)', 'supervising_department', 'fiscal_year')).toEqual({ supervising_department: '临泽县人民政府', fiscal_year: 2021 });
  });
});

describe('sixth round: the Fujian department-wide form', () => {
  const form = (row: string) => `部门整体支出绩效自评表\n( 2022 年度)\n部门(单位)名称 永泰县气象局\n财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况\n(万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 年度拨付金额 支出实现率(%)⑤=④/③ 本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③\n  ③=①+②\n${row}\n年度总体目标完成情况 预期目标 目标实际完成情况`;
  it('reads the money row after the header\'s formulas, checked by its own arithmetic (①+②=③)', () => {
    expect(pick(form('财政资金小计 86.2 -4.5 81.7 80.9 99.02 0.8 0.98'), 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: 86.2, budget_adjustment_wan: -4.5, budget_final_wan: 81.7, spent_wan: 80.9 });
    // (a row whose 年初 and 调整 do not make its 小计 is not read as the form's)
    expect(pick(form('财政资金小计 86 -4.5 81.7 80.9 99.02 0.8 0.98'), 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: null, budget_final_wan: null });
  });

  it('takes 小计 for the budget only right after an adjustment column', () => {
    expect(pick('项目支出绩效自评表\n(2022年度)\n项目资金(万元) 年初预算数 小计 全年执行数 执行率\n年度资金总额 100 100 95 95%', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('sixth round (third set): party schools, hospitals, page metadata, a title run into the unit', () => {
  it('reads a party school and a hospital named in the title', () => {
    expect(pick('中共临泽县委党校2016年整体支出绩效自评报告\n一、基本情况', 'department_name')).toEqual({ department_name: '中共临泽县委党校' });
    expect(pick('发布机构: 临泽县卫生健康局\n临泽县第二人民医院国家基本公共卫生服务项目补助资金2023年度绩效自评报告\n一、绩效目标完成情况分析', 'department_name', 'project_name')).toEqual({ department_name: '临泽县第二人民医院', project_name: '国家基本公共卫生服务项目补助资金' });
    expect(pick('项目支出绩效自评表\n(2023年度)\n单位名称:中共临泽县委党校\n项目名称:干部培训经费', 'department_name')).toEqual({ department_name: '中共临泽县委党校' });
    expect(pick('一、基本情况\n中共临泽县委党校认真落实干部教育培训规划,我校2023年项目资金100万元,实际支出98万元。', 'department_name')).toEqual({ department_name: '中共临泽县委党校' });
    // (not a placeless one: a fund for public hospitals names no hospital)
    expect(pick('公立医院综合改革补助资金2023年度绩效自评报告\n一、绩效目标完成情况分析', 'department_name')).toEqual({ department_name: null });
  });

  it('takes no title from a page\'s metadata run into one line (索引号 … 公开目录 绩效自评报告)', () => {
    expect(pick('索引号 01526405-X/20240326-00050 发布机构 临泽县教育体育局\n公开目录 绩效自评报告 发布日期 2024-03-26\n文号 浏览量\n临泽县第一小学2023年度项目支出绩效自评报告(名师培养专项资金)\n一、自评结论', 'department_name')).toEqual({ department_name: '临泽县第一小学' });
  });

  it('reads the unit after a title run into it (…绩效自评报告临泽县…中心(盖章)), as the text calls itself 我中心', () => {
    expect(pick('PAGE10PAGE2019年度部门整体支出绩效自评报告临泽县妇幼保健计划生育服务中心(盖章)为进一步规范财政资金管理,根据要求,我中心对2019年部门财政资金开展了绩效评价工作。', 'department_name')).toEqual({ department_name: '临泽县妇幼保健计划生育服务中心' });
  });
});

describe('the sixth round\'s review probes', () => {
  it('reads each probe as a careful reader would', () => {
    expect(pick("临泽县交通运输局2023年度乡村道路养护项目绩效自评报告\n一、项目资金情况\n县财政安排项目资金80万元。项目已完工,按照合同约定,待审计结算完成后,支付资金80万元。", "spent_wan")).toEqual({"spent_wan": null}); // s13
    expect(pick("临泽县交通运输局2023年度乡村道路养护项目绩效自评报告\n一、项目资金情况\n县财政安排项目资金80万元,截至2023年12月31日已支出62万元。按照合同约定,工程验收合格后,支付资金18万元,计划于2024年3月底前完成。", "spent_wan")).toEqual({"spent_wan": 62}); // s03
    expect(pick("临泽县卫生健康局2023年度基本公共卫生服务项目绩效自评报告\n一、项目资金情况\n2023年度该项目资金500万元,截至6月30日已执行支付210万元;截至12月31日,累计支出资金488万元,执行率97.6%。", "spent_wan")).toEqual({"spent_wan": 488}); // s06
    expect(pick("临泽县卫生健康局2023年度基本公共卫生服务项目绩效自评报告\n一、项目资金情况\n2023年度该项目资金500万元。上半年已执行支付210万元,全年累计支出488万元,执行率97.6%。", "spent_wan")).toEqual({"spent_wan": 488}); // s06b
    expect(pick("临泽县档案馆2023年度档案数字化项目绩效自评报告\n一、项目资金情况\n项目预算资金60万元,2023年未实际支出57万元,执行率95%。", "spent_wan")).toEqual({"spent_wan": 57}); // s16
    expect(pick("临泽县档案馆2023年度档案数字化项目绩效自评报告\n一、项目资金情况\n该项目预算资金60万元,截至2023年底未支出资金3万元,主要原因是部分扫描设备尚未验收。", "spent_wan")).toEqual({"spent_wan": null}); // s01b
    expect(pick("临泽县民政局2023年度社区养老服务项目绩效自评报告\n一、项目资金情况\n县财政下达(第一批)社区养老补助资金30万元,实际支出29万元。", "budget_final_wan")).toEqual({"budget_final_wan": 30}); // g07
    expect(pick("临泽县林业和草原局2023年度森林防火项目绩效自评报告\n一、项目资金情况\n上级共下达森林防火经费300万元。其中:依据《某市财政局关于下达2023年森林防火补助资金的通知》,下达我局森林防火经费75.96万元,实际支出75.96万元。", "budget_final_wan")).toEqual({"budget_final_wan": null}); // b06
    expect(pick("临泽县农业农村局2023年度人居环境整治项目绩效自评报告\n一、项目概况\n该项目涉及3个项目村,主要实施村内道路硬化、垃圾收集设施建设。\n二、资金情况\n本项目为农村人居环境整治项目。全年预算资金150万元,实际支出148万元,执行率98.67%。", "budget_final_wan", "spent_wan", "execution_rate_pct")).toEqual({"budget_final_wan": 150, "spent_wan": 148, "execution_rate_pct": 98.67}); // m01
    expect(pick("共青团临泽县委2020年度项目支出绩效评价自评报告\n二、项目资金情况\n2020年县财政下达单位县级项目资金60万元,包含两个子项目。\n1.青少年事务工作经费。该项目财政拨入资金30万元,截止2020年12月31日,支出资金30万元。\n2.团代会费用。该项目财政拨入资金30万元,截止2020年12月31日,支出资金28万元。", "budget_final_wan")).toEqual({"budget_final_wan": 60}); // m03
    expect(pick("临泽县档案馆2023年度档案数字化项目绩效自评报告\n一、项目概况\n全县共2个项目档案室纳入数字化范围。\n二、资金情况\n项目主要支出为档案扫描外包费用。全年预算资金60万元,实际支出57万元。", "budget_final_wan", "spent_wan")).toEqual({"budget_final_wan": 60, "spent_wan": 57}); // m04
    expect(pick("临泽县水务局高效节水灌溉项目2023年整体绩效自评报告\n一、项目概况\n该项目全年预算资金300万元,实际支出296万元。", "kind")).toEqual({"kind": "project"}); // t06
    expect(pick("临泽县2023年城乡人居环境整体和项目片区提升工程专项资金绩效自评报告\n一、项目概况\n全年预算资金300万元,实际支出300万元。", "kind")).toEqual({"kind": "project"}); // t05
    expect(pick("财政支出项目绩效评价自评报告\n(重大传染病防控经费)\n一、项目总体情况\n项目实施单位为县疾控中心和县人民医院。\n全年预算60万元,实际支出58万元。", "department_name")).toEqual({"department_name": null}); // i02
    expect(pick("财政支出项目绩效评价自评报告\n(农村学校校舍维修经费)\n一、项目总体情况\n该项目由我局统筹,实施主体为各乡镇中心学校。\n全年预算60万元,实际支出58万元。", "department_name")).toEqual({"department_name": null}); // i03
    expect(pick("财政支出项目绩效评价自评报告\n(农机推广经费)\n一、项目总体情况\n我局高度重视,项目承担单位为局属临泽县农业技术推广中心。\n全年预算60万元,实际支出58万元。", "department_name")).toEqual({"department_name": null}); // i04
    expect(pick("财政支出项目绩效评价自评报告\n(农机推广经费)\n一、项目总体情况\n我局高度重视,该项目实施主体为临泽县农业技术推广中心。\n全年预算60万元,实际支出58万元。", "department_name")).toEqual({"department_name": null}); // i11
    expect(pick("发布机构: 临泽县沙河镇 成文日期: 2023-06-01\n2022年度农机购置补贴项目绩效自评报告\n一、基本情况\n我局按照县财政局要求,对农机购置补贴项目开展了绩效自评。全年发放补贴资金50万元。", "department_name")).toEqual({"department_name": null}); // i09
    expect(pick("发布机构: 临泽县平川镇 成文日期: 2023-06-01\n2022年度基本公共卫生服务项目绩效自评报告\n一、基本情况\n我院承担辖区内12个行政村的基本公共卫生服务工作,全年到位资金50万元,支出资金50万元。", "department_name")).toEqual({"department_name": null}); // i01
    expect(pick("根据要求,临泽县财政局、临泽县审计局组织对2023年度县本级财政专项资金开展绩效自评工作。\n一、基本情况", "department_name")).toEqual({"department_name": null}); // i08
    expect(pick("发布机构 区农业农村局 发文日期 2023-03-28\n2022年度耕地地力保护补贴项目绩效自评报告\n一、基本情况\n本项目资金经张掖市甘州区财政局拨付至张掖市甘州区农业农村局,全年下达资金50万元。", "department_name")).toEqual({"department_name": "张掖市甘州区农业农村局"}); // n01
    expect(pick("临泽县交通运输局2023年度乡村道路养护项目绩效自评报告\n一、项目资金情况\n项目预算资金80万元,实际支出80万元,资金支付至中标单位,收款单位全称:临泽县公路养护服务中心。", "department_name")).toEqual({"department_name": "临泽县交通运输局"}); // g03
    expect(pick("2023年度基层医疗卫生机构能力提升项目绩效自评报告\n一、项目概况\n2023年,我委会同临泽县发展和改革委员会完成了12所乡镇卫生院的设备配置,全年预算资金200万元,实际支出195万元。", "department_name")).toEqual({"department_name": null}); // i10
    expect(pick("2024年公开-临泽县交通运输局乡村道路项目自评表.pdf\n临泽县财政预算支出项目绩效目标自评表 项目名称 乡村道路建设养护项目 项目主管单位 临泽县交通运输局 项目实施单位 临泽县交通运输局 项目负责人 张某", "fiscal_year", "project_name")).toEqual({"fiscal_year": null, "project_name": "乡村道路建设养护项目"}); // t01
    expect(pick("乡村道路建设养护项目\n绩效自评报告\n2023年\n临泽县交通运输局\n一、项目基本情况\n项目预算资金80万元,实际支出80万元。", "fiscal_year")).toEqual({"fiscal_year": 2023}); // y03
    expect(pick("发布机构: 临泽县教育体育局\n名称85224: 体育强市转移支付2023年度绩效自评报告\n文号:\n一、绩效目标分解下达情况", "project_name")).toEqual({"project_name": "体育强市转移支付"}); // n11
    expect(pick("项目支出绩效自评表\n(2022年度)\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标(50分) 数量指标 培训人数 100人 达成预期指标 50 48  \n效益指标(50分) 社会效益指标 群众满意 达成预期指标 50 47.5  \n总分   100分 95.5分  ", "self_score")).toEqual({"self_score": 95.5}); // r01
    expect(pick("临泽县农业农村局2023年度高标准农田建设项目绩效自评报告\n一、项目资金情况\n2023年市财政下达全市高标准农田建设资金5000万元,分别为:临泽县下达资金1200万元,某某县下达资金1800万元,某某区下达资金2000万元。截至年底,我县实际支出1150万元。", "budget_final_wan")).toEqual({"budget_final_wan": null}); // b01b
    expect(pick("临泽县水务局2023年度灌区改造项目绩效自评报告\n一、项目概况\n该项目预算总金额1200万元,分三年实施。2023年度下达资金400万元,全年支出资金380万元。", "budget_final_wan")).toEqual({"budget_final_wan": 400}); // g01
    expect(pick('财政支出项目绩效评价自评报告\n(农村道路养护经费)\n一、项目总体情况\n该项目实施主体为各乡镇人民政府。\n全年预算60万元,实际支出58万元。', 'department_name')).toEqual({ department_name: null });
    expect(pick('根据要求,甘肃省财政厅会同甘肃省生态环境厅组织对2023年中央土壤污染防治资金开展绩效自评工作。\n一、绩效目标分解下达情况', 'department_name')).toEqual({ department_name: '甘肃省生态环境厅' });
  });
});

describe('sixth round (third set): more allocation and payment wording', () => {
  it('reads 下拨…资金, <subsidy>补贴预算 as the budget, and 全年发放<long name>资金 as the spending', () => {
    expect(pick('临泽县教师发展中心2021年度师资培训项目绩效自评报告\n一、资金情况\n2021年度市财政下拨市级师资培训经费286万元,实际支出280万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 286 });
    expect(pick('临泽县财政局2023年度农业保险项目绩效自评报告\n一、资金情况\n2023年度,我县安排政策性农业保险保费补贴预算271万元,用于本级配套。', 'budget_final_wan')).toEqual({ budget_final_wan: 271 });
    expect(pick('临泽县民政局2020年度生活无着人员救助项目绩效自评报告\n一、资金情况\n2020年全年发放救助生活无着人员救助资金12万元,资金到位率100%。', 'spent_wan')).toEqual({ spent_wan: 12 });
  });
});

describe('sixth round (fourth set): a numbered quoted project, an allocation verb before the unit', () => {
  it('reads the name a numbered project quotes (项目七:“…”项目)', () => {
    expect(pick('某报社2020年度预算项目支出绩效评价报告(七)\n项目名称:项目七:“水滴点亮春城 昆明欢迎你”项目\n一、项目基本情况', 'project_name')).toEqual({ project_name: '水滴点亮春城昆明欢迎你' });
  });

  it('takes no allocation verb for part of the unit the text calls 我局 (财政下达市交通运输局)', () => {
    expect(pick('一、项目基本情况\n2021年市财政下达市交通运输局专项资金300万元,我局及时拨付到位。', 'department_name')).toEqual({ department_name: null });
  });
});

describe('sixth round (fifth set): a citation without its brackets, planned and yearly funds', () => {
  it('takes no fiscal year from a notice cited without 《》 (按照关于编制…2018年部门预算的通知)', () => {
    expect(pick('2017年外事侨务业务经费绩效自评报告\n按照关于编制市级部门2018-2020年中期财政规划和2018年部门预算的通知(宁财预〔2017〕60号)要求,我办业务经费纳入预算管理。', 'fiscal_year')).toEqual({ fiscal_year: 2017 });
  });

  it('reads a project\'s 资金计划 and a clause\'s 年度资金 as its budget', () => {
    expect(pick('临泽县城管局2020年度填埋场抢险工程项目绩效自评报告\n1.资金计划及时到位。该项目资金计划1000万元,截止2020年底,实际到位1000万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 1000 });
    expect(pick('财政专项扶贫资金绩效自评报告\n一、绩效目标分解下达情况\n1、财政专项扶贫资金下达预算及项目情况。年度资金40.83万元,本年度财政拨款40.83万元,执行率100%。', 'budget_final_wan')).toEqual({ budget_final_wan: 40.83 });
  });
});

describe('sixth round (fourth set, opened): approved and granted funds, 项目经费, 使用完成', () => {
  it('reads approved funds, a grant opening its clause, a project\'s 经费, a 资金总计 as the budget', () => {
    expect(pick('临泽县外办2021年度远程会议系统项目绩效自评报告\n一、项目概况\n该项目财政批复资金179.744万元,于2021年9月公开招标。', 'budget_final_wan')).toEqual({ budget_final_wan: 179.744 });
    expect(pick('临泽县卫健委2017年度精神卫生试点项目绩效自评报告\n一、项目概况\n精神卫生综合管理试点工作经费项目,市级补助10万元,2017年全部补助到位。', 'budget_final_wan')).toEqual({ budget_final_wan: 10 });
    expect(pick('临泽县政府办2018年度办公楼维护项目绩效自评报告\n1.市政府办公楼维护项目经费35万元经年初预算审核通过后,2018年3月全部到账。', 'budget_final_wan')).toEqual({ budget_final_wan: 35 });
    expect(pick('临泽县水利局2019年度河道治理项目绩效自评报告\n2019年度专项资金绩效评价资金总计85.98万元,其中监理费22万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 85.98 });
  });

  it('reads no source\'s grant among several as the budget (州级补助资金…,省级补助资金…)', () => {
    expect(pick('临泽县卫健局2020年度计生宣传员补助项目绩效自评报告\n一、资金情况\n州级补助资金28800元于2020年11月9日拨付到账,省级补助资金17280元于2020年12月15日拨付到账。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick('临泽县卫健局2020年度计生宣传员补助项目绩效自评报告\n一、资金情况\n该项资金包含省级配套补助资金17280元及州级补助资金28800元,合计共46080元。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads 使用完成 as the spending', () => {
    expect(pick('临泽县委宣传部2020年度文化博览会项目绩效自评报告\n根据实际工作情况,80万元经费于2020年12月31日前使用完成76.54万元,预算执行率达95.68%。', 'spent_wan')).toEqual({ spent_wan: 76.54 });
  });
});

describe('sixth round (fourth set, opened): a header label running into the next one', () => {
  it('reads 全年执行分值 as 全年执行 then 分值, not a misread 全年执行数', () => {
    expect(pick('1、项目支出绩效自评表(2020 年度)项目名称演出设备更新专项经费主管部门临泽县剧团实施单位临泽县文化和旅游局项目资金\n(万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额303010100%其中:当年财政拨款303030100%上年结转资金其他资金', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 30, spent_wan: 30, execution_rate_pct: 100 });
  });
});

describe('the sixth round\'s review probes, a late fix', () => {
  it('ends a 项目名称 cell at the next label, 单位名称', () => {
    expect(pick("2023年度项目支出绩效自评表\n项目名称 机关运行保障 单位名称 临泽县人民政府办公室(县政府研究室 项目负责人 李某\n全年预算数 80 全年执行数 78", 'project_name')).toEqual({ project_name: '机关运行保障' }); // g05
  });
});

describe('seventh round: allocations with a year in the fund\'s name, a sentence without its stop', () => {
  it('reads an allocation whose fund name holds a year (下达市级2023年度…补助经费, 财政安排…2019年…经费)', () => {
    expect(pick('2024年度市级预算项目绩效自评报告(质量提升补助经费)\n一、主要成效\n联合市财政局下达市级2023年度质量提升补助经费150万元,共有12个项目获得补助。', 'budget_final_wan')).toEqual({ budget_final_wan: 150 });
    expect(pick('2019年防治结核病专项工作经费项目绩效自评报告\n一、项目概况\n根据文件,市级财政安排某某疾控中心2019年防治结核病专项工作经费6万元,配合中央资金开展工作。', 'budget_final_wan')).toEqual({ budget_final_wan: 6 });
  });

  it('reads no bare year\'s funds (下达某县2024年资金260万元) and no heading\'s 下达情况 across a line', () => {
    expect(pick('2024年度中央农田建设补助资金绩效自评报告\n一、资金情况\n市财政局下达某县2024年资金260万元,用于配套建设。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
    // (the heading runs into the paragraph: the total is still read as the total of its two batches)
    const soil = extractReport('2023年度土壤污染防治资金绩效自评报告\n1.中央土壤污染防治资金预算和绩效目标下达情况\n2023年中央下达我省土壤污染防治资金3400万元,其中:《关于提前下达2023年土壤污染防治资金预算的通知》下达第一批资金2400万元;《关于下达2023年土壤污染防治资金预算(第二批)的通知》下达第二批资金1000万元。').fields.budget_final_wan;
    expect(soil.value).toBe('3400');
    // (a part's cue does not reach back past the cited notice's 》)
    expect(soil.uncertain.join('')).toContain('正文“下达第一批资金”');
    expect(pick('2023年度土壤污染防治资金绩效自评报告\n1.中央土壤污染防治资金预算和绩效目标下达情况\n2023年中央下达我省土壤污染防治资金3400万元,其中:《关于提前下达2023年土壤污染防治资金预算的通知》下达第一批资金2400万元;《关于下达2023年土壤污染防治资金预算(第二批)的通知》下达第二批资金1000万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 3400 });
  });

  it('reads 实际安排 and 专门安排 as a project\'s allocation', () => {
    expect(pick('2019年度植被恢复项目绩效自评报告\n(一)项目概况。资金来源为财政投入,2019年预算实际安排88.4万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 88.4 });
    expect(pick('2016年度培训经费项目绩效自评报告\n一、资金情况\n市财政局文件批复,专门安排培训经费52万元,保障正常办学。', 'budget_final_wan')).toEqual({ budget_final_wan: 52 });
  });

  it('reads a line that is one sentence without its stop, an amount with its unit ending it', () => {
    expect(pick('2021年师资培训专项经费绩效自评报告\n一、基本情况\n(一)项目基本情况。\n2021年度市财政下拨市级师资培训专项资金286万元\n(二)项目决策情况。', 'budget_final_wan')).toEqual({ budget_final_wan: 286 });
    // (not a bare number ending such a line, even where the text states its unit: a cell's, not a sentence's)
    expect(pick('2021年师资培训专项经费绩效自评报告\n金额单位:万元\n一、基本情况\n(一)项目基本情况。\n2021年度市财政下拨市级师资培训专项资金286\n(二)项目决策情况。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('seventh round: a total whose quote begins on a heading\'s line', () => {
  it('finds the breakdown after a total quoted across two lines (the heading ran into its paragraph)', () => {
    const lines = ['1.中央资金下达情况', '2023年中央下达我省污染防治资金3400万元,其中:第一批资金2400万元,第二批资金1000万元。'];
    const c = (value: string, quote: string, line: number, rule: string): Candidate => ({ field: 'budget_final_wan', value, printed: value, quote: { quote, line }, tier: 1, rule, doubts: [] });
    const candidates = [
      c('3400', '下达情况\n2023年中央下达我省污染防治资金3400万元', 1, '正文“下达情况2023年中央下达我省污染防治资金”'),
      c('2400', '第一批资金2400万元', 2, '正文“第一批资金”'),
      c('1000', '第二批资金1000万元', 2, '正文“第二批资金”'),
    ];
    const open = resolve('budget_final_wan', candidates);
    expect(open.value).toBeNull();
    expect(settleBudgetByTotal(open, candidates, lines).value).toBe('3400');
  });
});

describe('seventh round: the currency named before an amount, 实际预算 after 年初预算', () => {
  it('reads an amount after 人民币 (经费为人民币…万元)', () => {
    expect(pick('2022年度城区绿地养护项目绩效自评报告\n(三)项目资金管理使用情况。\n2022年城区绿地养护项目经费为人民币118.6万元,按工作进度实行按季划款。', 'budget_final_wan')).toEqual({ budget_final_wan: 118.6 });
  });

  it('reads 实际预算 after 年初预算 as the budget after adjustment', () => {
    expect(pick('2022年度校舍维修项目绩效自评报告\n1.执行率情况。\n年初预算120万元,实际预算150万元,全年执行145万元,执行率96.67%。', 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 120, budget_final_wan: 150 });
  });
});

describe('seventh round: both kinds named together, funds applied for', () => {
  it('reads a report opening with 项目基本情况 as a project\'s, though it names 部门整体支出和项目支出 in passing', () => {
    expect(pick('一、项目基本情况\n站房扩建项目由我局负责实施。\n二、项目绩效自评工作开展情况\n部门整体支出和项目支出绩效自评工作是绩效管理的重要部分,我局成立了领导小组。', 'kind')).toEqual({ kind: 'project' });
    // (部门整体 said on its own still counts against 项目: neither is taken)
    expect(pick('一、项目基本情况\n站房扩建项目由我局负责实施。\n二、部门整体支出情况\n我局全年支出平稳。', 'kind')).toEqual({ kind: null });
  });

  it('takes no funds applied for to pay with as the spending (已申请…资金支付)', () => {
    expect(pick('2021年度站房扩建工程项目绩效自评报告\n一、项目基本情况\n增加投资由地方承担,已申请专项债券资金支付5400万元,市级预算安排260万元。', 'spent_wan')).toEqual({ spent_wan: null });
    expect(pick('2021年度站房扩建工程项目绩效自评报告\n一、项目基本情况\n市级预算安排260万元,已按合同进度资金支付240万元。', 'spent_wan')).toEqual({ spent_wan: 240 });
  });
});

describe('seventh round: numbers run together in a flattened form', () => {
  const FORM = '项目支出绩效自评表(2023年度)项目名称动物防疫补助主管部门某市农业农村局实施单位某市畜牧服务中心资金投入情况(万元)';
  it('reads the one cut whose printed rate is within a point of spent ÷ budget (1484631.00%: 148 | 46 | 31.00%)', () => {
    expect(pick(`${FORM}全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:1484631.00%其中:中央财政资金1020%`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 148, spent_wan: 46, execution_rate_pct: 31 });
    // (a rate no cut comes near reads nothing: 148 | 46 | 35.00%)
    expect(pick(`${FORM}全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:1484635.00%其中:中央财政资金1020%`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });

  it('takes the cut whose amounts share their decimals when the rate confirms two (2456.18 ×3, not 2456.1 | 82456.1 | 82456.18)', () => {
    expect(pick(`${FORM}年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10其中:财政拨款`, 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: 2456.18, budget_final_wan: 2456.18, spent_wan: 2456.18 });
  });

  it('reads a header whose formula lost its closing parenthesis (执行率(B/A1得分(20分*执行率))', () => {
    expect(pick(`${FORM}预算数(A)执行数(B)执行率(B/A1得分(20分*执行率)年度财政资金总额16001600100%20度效标`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 1600, spent_wan: 1600, execution_rate_pct: 100 });
  });
});

describe('seventh round: the transfer template\'s heading, 万 before what became of the money', () => {
  it('reads a text opening with 绩效目标分解下达情况 as a project\'s (a fund\'s transfer), its title naming neither kind', () => {
    expect(pick('某县油茶产业建设绩效自评报告\n一、绩效目标分解下达情况\n1.资金下达预算及项目情况。\n2022年度衔接资金80万元,用于油茶产业建设项目。', 'kind')).toEqual({ kind: 'project' });
  });

  it('reads 万 before what became of the amount (18万纳入…, 115万足额到位) as 万元', () => {
    expect(pick('2022年度油茶产业建设项目绩效自评报告\n1.项目资金到位情况分析;\n项目资金64万足额到位,务工工资全部支付到位。', 'budget_final_wan')).toEqual({ budget_final_wan: 64 });
    // (not 万 in a count, `项目资金惠及1.2万户`)
    expect(pick('2022年度油茶产业建设项目绩效自评报告\n1.项目效益情况;\n项目资金1.2万户受益,群众满意。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('seventh round: a department\'s overview heading, a district named by its side, the unit\'s own 三定 rules, 我办', () => {
  it('reads a text opening with 一、部门概况 as a department\'s', () => {
    expect(pick('根据省财政厅的通知要求,我厅认真开展了2022年度部门预算绩效自评工作。\n一、部门概况\n(一)主要职能。', 'kind')).toEqual({ kind: 'department' });
    expect(pick('根据通知要求,我中心认真开展了绩效自评工作。\n(一)部门基本情况\n本中心内设三个科室。', 'kind')).toEqual({ kind: 'department' });
  });

  it('takes a district named by its side (西区, 东区) as a place before a body\'s name', () => {
    expect(pick('一、部门概况\n东区动物疫病预防控制中心是东区农业农村局下属二级事业单位。\n(一)基本职能。', 'department_name')).toEqual({ department_name: '东区动物疫病预防控制中心' });
  });

  it('takes the body whose own rules on duties and staff the overview cites (《…职能配置、内设机构和人员编制规定》)', () => {
    expect(pick('根据财政厅的通知要求,我厅认真开展了2022年度部门预算绩效自评工作。\n一、部门概况\n根据省委办公厅、省人民政府办公厅关于印发《甘肃省林业和草原厅职能配置、内设机构和人员编制规定》的通知,我厅主要职责是…', 'department_name')).toEqual({ department_name: '甘肃省林业和草原厅' });
    // (我办 for an office, 办公室)
    expect(pick('2017年侨务业务经费绩效自评报告\n1.单位主要职责:根据某市人民政府办公室关于印发临泽县外事侨务办公室主要职责内设机构和人员编制规定的通知精神,我办负责全县外事工作。', 'department_name')).toEqual({ department_name: '临泽县外事侨务办公室' });
  });
});

describe('seventh round: the spending a rate right after it confirms', () => {
  const T = '2023年度地质灾害防治补助资金项目绩效自评报告\n2、项目资金投入和使用情况\n';
  it('reads an amount its sentence says was spent, the rate right after it being that amount ÷ the budget', () => {
    expect(pick(`${T}2023年某县地质灾害防治补助资金全年预算安排 80万元,预算支出72万元,预算执行率为90%。`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 80, spent_wan: 72 });
    expect(pick(`${T}2017年预算金额 160.56 万元,经费来源为财政补助收入,预算执行 98万元,执行率 61%。`, 'spent_wan')).toEqual({ spent_wan: 98 });
  });

  it('takes no such amount when the rate does not fit it, nor a budget restated before a rate', () => {
    expect(pick(`${T}2023年某县地质灾害防治补助资金全年预算安排 80万元,预算支出72万元,预算执行率为95%。`, 'spent_wan')).toEqual({ spent_wan: null });
    expect(pick(`${T}2023年某县地质灾害防治补助资金全年预算安排 80万元。项目资金共计80万元,执行率100%。`, 'spent_wan')).toEqual({ spent_wan: null });
    // (nor funds in place, `资金已拨付到位80万元`)
    expect(pick(`${T}2023年某县地质灾害防治补助资金全年预算安排 80万元。资金已拨付到位80万元,执行率100%。`, 'spent_wan')).toEqual({ spent_wan: null });
    // (a rate of 0 confirms nothing: `支付0万元,资金执行率0%`)
    expect(pick(`${T}2023年某县地质灾害防治补助资金全年预算安排 80万元,搬迁补助支付0万元,资金执行率0%。`, 'spent_wan')).toEqual({ spent_wan: null });
  });
});

describe('seventh round: part scores beside the total', () => {
  it('takes no score of the rate just given (执行率100%,自评分20分) nor one in parentheses after an indicator (产出指标(自评分19分))', () => {
    const text = '2022年度校舍维修项目绩效自评报告\n一、自评结论\n(一)自评得分96分\n(二)绩效目标完成情况\n1.执行率情况。\n年初预算120万元,全年执行120万元,执行率100%,自评分20分。\n2.完成的绩效目标\nA产出指标(自评分38分)';
    expect(pick(text, 'self_score')).toEqual({ self_score: 96 });
  });

  it('still takes a total right after a rate (预算执行率97.81%,自评得分91分)', () => {
    expect(pick('2023年度某某项目绩效自评报告\n该项目全年预算数1800万元,实际支出1760.5万元,预算执行率97.81%,自评得分91分。', 'self_score')).toEqual({ self_score: 91 });
  });
});

describe('seventh round: the year as a period', () => {
  it('reads the fiscal year from a period covering one whole year (2020年1月1日至2020年12月31日, in cells too)', () => {
    expect(pick('美食购物节项目绩效自评报告\n实施期限:2020年1月1日至2020年12月31日\n组织方式:公开招标。', 'fiscal_year')).toEqual({ fiscal_year: 2020 });
    // (read as the period, not as the one year the text happens to print)
    const year = extractReport('项目绩效自评表\n填报日期:2022年3月10日\n项目实施时间\n2021年\t1\t月起至\t2021\t年\t12\t月止\n计划安排资金').fields.fiscal_year;
    expect([year.value, year.uncertain]).toEqual(['2021', []]);
  });

  it('reads no year from a period across two years (2020年1月至2021年12月)', () => {
    expect(pick('美食购物节项目绩效自评报告\n实施期限:2020年1月1日至2021年12月31日\n组织方式:公开招标。', 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('seventh round: 合计下达', () => {
  it('reads 合计下达… as a total, its parts allocated later adding up to it', () => {
    expect(pick('2022年公共文化服务体系建设补助资金绩效自评报告\n一、资金情况\n2022年,根据两份通知合计下达我区公共文化服务体系建设资金5310万元(不含涉密资金)。\n自治区财政厅下达市县公共文化服务体系建设补助资金3956.55万元,本级预算资金1353.45万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 5310 });
  });
});

describe('seventh round: a template site\'s heading repeated, a year after the text\'s date', () => {
  const PAGE = '当前位置:首页 > 公文范文 >\n2023年度财政支出专项资金绩效评价自评报告\n时间:2022-10-24 浏览量:\n下面是小编为大家整理的2023年度财政支出专项资金绩效评价自评报告,供大家参考。\n2023年度财政支出专项资金绩效评价自评报告\n项目名称:\n精神卫生工作专项经费\n填报日期\n2022\n年\n8\n月\n15\n日\n';
  it('takes no year from a template site\'s heading printed again without a number, nor a year after the text\'s date', () => {
    const year = extractReport(`${PAGE}2021年度精神卫生工作专项资金\n绩效自评报告\n一、项目概况\n将2021年精神卫生工作专项资金用于购买心理评估设备。`).fields.fiscal_year;
    expect(year.value).toBe('2021');
  });

  it('takes no year after the text\'s own date (填报日期 one cell per line): a text cannot evaluate a year to come', () => {
    expect(pick('精神卫生工作专项经费绩效自评报告\n项目名称:\n精神卫生工作专项经费\n填报日期\n2022\n年\n8\n月\n15\n日\n一、项目概况\n2021年精神卫生工作专项资金20万元用于购买评估设备。\n2023年项目资金5万元已申报待批。', 'fiscal_year')).toEqual({ fiscal_year: 2021 });
  });
});

describe('seventh round: a division named from its body\'s suffix', () => {
  it('takes no 来源:厅公共服务处 as the unit (a division of an unnamed 厅, not a body\'s name)', () => {
    expect(pick('2022年度公共文化服务体系建设补助资金绩效自评报告\n来源:厅公共服务处\n一、资金情况\n下达我区资金5310万元。', 'department_name')).toEqual({ department_name: null });
    expect(pick('2022年度公共文化服务体系建设补助资金绩效自评报告\n来源:临泽县文化和旅游局\n一、资金情况\n下达我县资金53万元。', 'department_name')).toEqual({ department_name: '临泽县文化和旅游局' });
  });
});

describe('seventh round: a station\'s name (电视台), 我台', () => {
  it('reads a radio or TV station as a body, and 我台 as how it calls itself', () => {
    expect(pick('热点\n临泽县广播电视台电视专题节目制作经费项目绩效自评报告\n2017年度项目绩效自评报告\n(电视专题节目制作经费项目)\n一、项目基本情况\n2017年我台积极配合各部门完成各类宣传片的制作。', 'department_name')).toEqual({ department_name: '临泽县广播电视台' });
  });
});

describe('seventh round: the budget a read spending and rate confirm', () => {
  const T = '2022年度农业生产和水利救灾资金绩效自评报告\n一、资金情况\n';
  it('takes the one allocated amount of which the spending is the rate (共计6800万元; 已执行4132.8万元,预算执行率60.78%)', () => {
    expect(pick(`${T}2022年,中央下达我省3批水利救灾资金(水利部分),共计680万元。目前,资金已执行413.28万元,预算执行率60.78%。`, 'budget_final_wan')).toEqual({ budget_final_wan: 680 });
  });

  it('takes none when the rate is 100 % (the spending itself) or no allocated amount fits', () => {
    // (since the tenth round the report's arithmetic reads an allocation printed as the spending is, at 100 %: see
    // 'the report's own arithmetic'; an allocation printed otherwise is still not confirmed)
    expect(pick(`${T}2022年,中央下达我省3批水利救灾资金(水利部分),共计680万元。目前,资金已执行680万元,预算执行率100%。`, 'budget_final_wan')).toEqual({ budget_final_wan: 680 });
    expect(pick(`${T}2022年,中央下达我省3批水利救灾资金(水利部分),共计680.00万元。目前,资金已执行680万元,预算执行率100%。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${T}2022年,中央下达我省3批水利救灾资金(水利部分),共计700万元。目前,资金已执行413.28万元,预算执行率60.78%。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('seventh round: 资金使用完成比率, a space before %', () => {
  it('reads 年度资金使用完成比率99.98 % as the execution rate, the sign a space apart', () => {
    expect(pick('2020年度普查经费项目绩效自评报告\n该项目2020年度资金预算253.7万元,支出253.66万元,余额404元,年度资金使用完成比率99.98 %。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 99.98 });
    expect(pick('2020年度普查经费项目绩效自评报告\n该项目2020年度资金预算253.7万元,支出253.66万元,预算执行率为 99.98 %。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 99.98 });
  });
});

describe('the seventh round\'s review probes', () => {
  it('takes no spending a rate confirms when the figure is as of a date, of last year, a forecast or money received', () => {
    // S6
    expect(pick('2023年度地质灾害防治补助资金项目绩效自评报告\n二、项目资金投入和使用情况\n2023年预算金额120万元,截至2023年6月30日已支出54万元,执行率45%。下半年将加快支出进度。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 120, spent_wan: null });
    // S7
    expect(pick('2023年度地质灾害防治补助资金项目绩效自评报告\n二、项目资金投入和使用情况\n2023年预算金额200万元,经费来源为财政拨款。上年同类项目支出180万元,执行率90%,本年度项目正在实施。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 200, spent_wan: null });
    // S8
    expect(pick('2023年度地质灾害防治补助资金项目绩效自评报告\n二、项目资金投入和使用情况\n2023年预算金额80万元,项目尚在实施,预计全年支出76万元,执行率95%。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 80, spent_wan: null });
    // S10
    expect(pick('2023年度地质灾害防治补助资金项目绩效自评报告\n二、项目资金投入和使用情况\n2023年预算金额100万元。截至10月底,资金支付进度款64万元,执行率64%,剩余资金预计年底前支付完毕。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 100, spent_wan: null });
    // S11
    expect(pick('2023年度地质灾害防治补助资金项目绩效自评报告\n二、项目资金投入和使用情况\n2023年预算金额90万元。项目资金已全部下达,收到上级拨付资金90万元,执行率100%。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 90, spent_wan: null });
    // S12
    expect(pick('2023年度地质灾害防治补助资金项目绩效自评报告\n二、项目资金投入和使用情况\n2023年预算金额100万元,上半年项目支出50万元,执行率50%。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 100, spent_wan: null });
  });

  it('takes no budget from a plan, next year\'s early allocation or a running total', () => {
    // B6
    expect(pick('2022年度水利发展资金绩效自评报告\n一、资金情况\n2022年,资金已执行360万元,预算执行率90%。\n五、下一步工作计划\n2023年拟申请预算400万元,继续实施河道清淤。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: 360 });
    // P3
    expect(pick('2023年度农村公路养护项目绩效自评报告\n一、项目概况\n12月,省财政厅提前下达2024年度农村公路养护补助资金500万元,将于明年使用。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
    // P4
    expect(pick('2023年度农村公路养护项目绩效自评报告\n一、项目概况\n2023年,市财政下达农村公路养护补助资金800万元。12月,省财政厅提前下达2024年度农村公路养护补助资金500万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 800 });
    // P11
    expect(pick('2023年度学生营养改善计划项目绩效自评报告\n一、项目概况\n县财政局累计下达2019年以来营养改善计划补助资金2600万元,惠及学生1.2万人。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads no fiscal year from a contract\'s service period', () => {
    // Y4
    expect(pick('物业服务外包项目绩效自评报告\n填报日期:2023年2月10日\n一、项目概况\n2022年项目资金用于机关办公楼物业服务,全年运行平稳。\n二、下一步工作\n已签订续约合同,服务期自2023年1月1日至2023年12月31日。', 'fiscal_year')).toEqual({ fiscal_year: 2022 });
    // Y10
    expect(pick('城区保洁服务项目绩效自评报告\n一、项目概况\n2021年继续实施城区保洁服务,上一轮服务期为2020年1月1日至2020年12月31日。', 'fiscal_year')).toEqual({ fiscal_year: 2021 });
  });

  it('weighs a 部门概况 heading and the transfer template\'s heading below a project\'s or a department\'s own words', () => {
    // K3
    expect(pick('绩效自评报告\n一、部门概况\n县农业农村局内设8个股室,负责全县农业农村工作。\n二、项目概况\n高标准农田建设项目计划建设农田1.2万亩。\n三、项目绩效目标\n新增高标准农田1.2万亩。', 'kind')).toEqual({ kind: 'project' });
    // K6
    expect(pick('我局2022年度部门整体支出绩效自评情况如下。\n一、部门概况\n我局内设6个股室。\n二、绩效目标分解下达情况\n我局将年度绩效目标分解下达至各股室。', 'kind')).toEqual({ kind: 'department' });
    // K7
    expect(pick('根据市财政局关于开展部门整体和项目支出绩效自评的通知,现将我单位自评情况报告如下。\n一、部门基本情况\n我单位内设3个科室。', 'kind')).toEqual({ kind: 'department' });
    // K8
    expect(pick('2022年度绩效自评报告\n一、项目实施单位概况\n(一)部门情况\n县文化馆为县文旅局下属事业单位。\n(二)项目名称:非遗传承保护\n项目预算20万元。', 'kind')).toEqual({ kind: 'project' });
  });

  it('reads no division named from a suffix, no superior\'s 三定 rules, no 位是 as a place, and 我办 as an 办公室', () => {
    // I2
    expect(pick('2022年度全民健身宣传项目绩效自评报告\n一、项目概况\n我中心在临溪县电视台开设全民健身专栏,全年播出48期。\n项目承担单位是临溪县体育事业发展中心。', 'department_name')).toEqual({ department_name: '临溪县体育事业发展中心' });
    // I3
    expect(pick('2022年度科普宣传经费项目绩效自评报告\n主管部门:科学技术局\n实施单位:科学技术局\n一、项目概况\n全年开展科普活动12场。', 'department_name')).toEqual({ department_name: '科学技术局' });
    // I6
    expect(pick('一、部门概况\n本单位为市农业农村局下属公益一类事业单位。根据《青川市农业农村局职能配置、内设机构和人员编制规定》,本单位承担全市动物疫病监测工作。', 'department_name')).toEqual({ department_name: null });
    // I7
    expect(pick('2021年度政务公开经费绩效自评报告\n1.单位主要职责:根据关于印发《清河县人民政府办公室职能配置、内设机构和人员编制规定》的通知,我办负责全县政务服务协调工作。', 'department_name')).toEqual({ department_name: '清河县人民政府办公室' });
    // I9
    expect(pick('2022年度科普场馆运行经费项目绩效自评报告\n主管部门:科学技术协会\n实施单位:科技馆\n一、项目概况\n全年接待观众3万人次。', 'department_name', 'supervising_department')).toEqual({ department_name: '科技馆', supervising_department: '科学技术协会' });
  });
});

describe('seventh round (twenty-second set, opened): blanks, a finance division, subsidies paid out, a cut', () => {
  it('reads a form\'s fill-in blanks as space around the value (项目单位 _某某中心_)', () => {
    expect(pick('1、临泽县财政支出项目绩效评价报告项目名称 _敬老院维修补助经费_项目单位 _临泽县养老服务指导中心_ 主管部门 _临泽县民政局_ 评价类型', 'department_name', 'supervising_department')).toEqual({ department_name: '临泽县养老服务指导中心', supervising_department: '临泽县民政局' });
  });

  it('takes no finance bureau\'s division as a page\'s publisher (来源: 财政局综合股), no name holding 我 or 报告', () => {
    expect(pick('栏目: | 专项资金 | 来源: | 财政局综合股 |\n2021年彩票公益金项目绩效自评报告\n一、项目概况\n我县残疾人托养中心建设项目完成。', 'department_name')).toEqual({ department_name: null });
    expect(pick('退役士兵一次性经济补助自评报告\n一、项目基本情况(一)项目概况为保证退役士兵妥善安置。二、项目单位绩效报告情况我局作为该项目的实施单位,严格发放程序。', 'department_name')).toEqual({ department_name: null });
  });

  it('reads a subsidy\'s self-evaluation title (…补助自评报告) as a project\'s, its budget (财政预算…补助资金) and what it paid out (共发放…补助, 发放助学金)', () => {
    expect(pick('退役士兵自主就业一次性经济补助自评报告\n一、项目基本情况(一)项目概况为保证退役士兵妥善安置, 2016 年财政预算退役士兵自主就业一次性经济补助资金188 万元; 2016 年共发放退役士兵一次性经济补助186 万元。', 'kind', 'budget_final_wan', 'spent_wan')).toEqual({ kind: 'project', budget_final_wan: 188, spent_wan: 186 });
    expect(pick('2021年度孤儿助学工程项目绩效自评报告\n一、项目概况\n2021年全区符合条件53人次,发放助学金49万元。', 'spent_wan')).toEqual({ spent_wan: 49 });
  });

  it('takes no amount a text says was cut (追减/调减…专项资金) as the budget', () => {
    expect(pick('2021年度公共文化服务体系建设专项资金绩效自评报告\n一、资金情况\n(1)省财政厅下达我县专项资金预算189.28万元。\n(2)省财政厅追减我县2021年公共文化服务体系建设专项资金223.57万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 189.28 });
  });

  it('reads no body cut inside the word 办公 (…大院办公秩序) for a text that calls itself 我办', () => {
    expect(pick('办公楼修缮经费项目绩效自评报告\n一、项目基本情况\n我办负责市委办公大楼维修,保障市委机关大院办公秩序、环境、安全。', 'department_name')).toEqual({ department_name: null });
  });
});

describe('seventh round (twenty-third set, opened): an empty field before its neighbour\'s label, 评价时间, more score and rate wording', () => {
  it('reads 项目单位 when 项目实施单位 is a column head followed by 项目负责人, and cuts a value at 评价时间', () => {
    expect(pick('财政支出项目绩效评价报告\n项目名称: 教师培训专项经费\n项目单位: 临泽县教师进修学校 主管部门: 临泽县教育局 评价时间: 2016年4月20日\n一、项目基本情况 项目实施单位 项目负责人 地址 临泽县教师进修学校 项目类型 计划投资额\n', 'department_name', 'supervising_department')).toEqual({ department_name: '临泽县教师进修学校', supervising_department: '临泽县教育局' });
  });

  it('takes no rate item\'s score named right before it (预算资金执行率自评得分10分) and reads a clause opening with 自评 and its points', () => {
    expect(pick('2020年度智慧学校建设项目绩效自评报告\n三、自评情况\n产出指标自评得分50分、效益指标自评得分30分、满意度指标自评得分10分、预算资金执行率自评得分10分,综合得分100分。', 'self_score')).toEqual({ self_score: 100 });
    expect(pick('2017年中小学监控平台使用费及维护费绩效自评报告\n经评价,年度绩效目标基本完成,自评 98 分,等级为优秀。', 'self_score', 'kind')).toEqual({ self_score: 98, kind: 'project' });
  });

  it('reads no document number\'s 号 as the start of a place (…109 号临泽县教育局)', () => {
    expect(pick('临 泽 县 教 育 局 文 件\n临教2018 109 号临泽县教育局 2017 年中小学监控平台使用费及维护费绩效自评报告\n我局认真开展了自评。', 'department_name')).toEqual({ department_name: '临泽县教育局' });
  });

  it('reads 总体资金执行进度 as the execution rate', () => {
    expect(pick('2023年县域商业建设行动资金绩效自评报告\n一、资金情况\n下达资金2400万元,实际拨付至项目实施单位1608万元,总体资金执行进度为67%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 67 });
  });
});

describe('seventh round: amounts in 元 and 亿元 read by the allocation and arithmetic readers', () => {
  it('converts an allocation named by the project, a spending before its rate and a budget its spending confirms', () => {
    expect(pick('2023年度中央水利发展资金绩效自评报告\n一、资金情况\n省财政厅下达我县2023年中央水利发展资金22630000元,用于河道治理。', 'budget_final_wan')).toEqual({ budget_final_wan: 2263 });
    expect(pick('2023年度地质灾害防治补助资金项目绩效自评报告\n二、项目资金投入和使用情况\n2023年预算金额80万元,全年使用720000元,执行率90%。', 'spent_wan')).toEqual({ spent_wan: 72 });
    expect(pick('2022年度水利发展资金绩效自评报告\n一、资金情况\n2022年,中央下达我省2批水利发展资金(防汛部分),共计1.2亿元。目前,资金已执行9000万元,预算执行率75%。', 'budget_final_wan')).toEqual({ budget_final_wan: 12000 });
  });
});

describe('eighth round: the report\'s arithmetic between totals, the overall rate, 共支 and 资金规模', () => {
  it('takes, of two totals, the one two other amounts add up to (合计下达…, then one part\'s 共计)', () => {
    const text = '2023年中央农村文化补助资金绩效自评报告\n一、资金情况\n2023年,财政部合计下达我省中央农村文化补助资金8200万元。\n省财政厅下达各县农村文化补助资金6150.5万元,安排省本级预算资金2049.5万元。其中:\n1.一般项目资金共计5300万元。\n';
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: 8200 });
    // (nothing adds up to it: the totals stay in doubt)
    expect(pick(text.replace('2049.5', '2000.5'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('takes no total of the budget at the year\'s start as the final budget (年初预算…预算资金为…,其中…)', () => {
    expect(pick('2024年度项目支出绩效自评报告\n一、项目概况\n某州粮食局2024年年初预算项目共5个,项目支出预算资金为300万元,其中:1.财政拨款项目4个,预算资金为280万元;2.其他资金项目1个,预算资金为20万元。年中追加预算10万元。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('takes the overall rate over a part\'s (总体…执行进度 beside 中央资金执行进度; 总预算执行率 beside 中央资金执行率)', () => {
    expect(pick('2023年县域商业资金绩效自评报告\n一、资金情况\n总体资金执行进度为71.5%,中央财政资金执行进度为70.2%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 71.5 });
    expect(pick('2022年城乡居民养老保险补助资金绩效自评报告\n一、资金情况\n中央资金执行率96.1%,地方资金执行率94.3%,总预算执行率95.2%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 95.2 });
    // (two parts and no whole: no value)
    expect(pick('2022年城乡居民养老保险补助资金绩效自评报告\n一、资金情况\n中央资金执行率96.1%,地方资金执行率94.3%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });

  it('reads 共支 as spent and 总资金规模 as a fund\'s budget', () => {
    expect(pick('2021年度公共文化服务体系建设专项资金绩效自评报告\n二、项目资金执行情况\n2021年专项资金共支86.25万元,支付电影放映补助10万元。', 'spent_wan')).toEqual({ spent_wan: 86.25 });
    expect(pick('2023年度县域商业建设行动专项资金绩效自评报告\n一、专项资金概况\n总资金规模1520.6万元(其中中央财政资金:1400万元,省级财政资金:120.6万元)。', 'budget_final_wan')).toEqual({ budget_final_wan: 1520.6 });
  });
});

describe('eighth round: the department form\'s two money columns (年初预算资金总额 | 实际投入资金额 | 产生差异的原因)', () => {
  const form = (sep: string) => ['2022年度部门整体支出绩效自评表', `单位名称${sep}某县文化馆`, `资金情况(万元)${sep}年初预算资金总额(万元)${sep}实际投入资金额(万元)${sep}产生差异的原因`, `合计${sep}418.6${sep}455.02${sep}追加免费开放经费`, `其中:财政拨款${sep}418.6${sep}455.02`, ''].join('\n');
  it('reads the 合计 row in | cells, space-separated and one cell per line', () => {
    for (const sep of [' | ', ' ', '\n\n']) expect(pick(form(sep), 'budget_initial_wan', 'spent_wan')).toEqual({ budget_initial_wan: 418.6, spent_wan: 455.02 });
  });
  it('takes no two columns of another kind as a money header (预算金额 | 实际支出 of a list of projects)', () => {
    expect(pick('2021年度专项资金绩效自评报告\n项目名称 | 预算金额(万元) | 实际支出(万元) |\n合计 | 320 | 301 |\n', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
});

describe('eighth round: a form\'s bare amounts when every amount it prints with a unit is in 万元', () => {
  const form = '食品监管补助资金区域绩效目标自评表\n专项名称\n\n食品监管补助资金\n\n预算执行情况\n\n预算数:\n\n4.76\n\n其中:中央补助\n\n4.76  万元\n\n其中:省级补助\n\n0万元\n';
  it('reads them as 万元 and says so', () => {
    const r = extractReport(form);
    expect(r.fields.budget_final_wan.value).toBe('4.76');
    expect(r.fields.budget_final_wan.uncertain.join('')).toContain('没有单位');
  });
  it('reads none when an amount is printed in 元, or only one in 万元', () => {
    expect(pick(form.replace('0万元', '0元'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(form.replace('0万元\n', '\n'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('eighth round (twenty-sixth set, opened): OCR letters in a rate, a sum stated after its parts, a fund named with a note, 项目预算', () => {
  it('reads I, l and O an OCR put among a rate\'s digits (IO0%, O76%), and no letter after another letter', () => {
    expect(pick('2020年度项目资金绩效自评报告\n实际支出219.4万元,完成全年预算数的IO0%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 100 });
    expect(pick('2020年度项目资金绩效自评报告\n实际支出219.4万元,执行率为9l.5%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: 91.5 });
    expect(pick('2020年度项目资金绩效自评报告\n实际支出219.4万元,执行率为AI5%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });

  it('takes the sum a sentence states right after the budgets that disagree (…,两项合计154万元), when they add up to it', () => {
    const text = '2018年度“新网工程”项目绩效自评报告\n一、项目资金情况\n2018年省财政下达我市新农村现代流通网络工程资金134万元,市本级预算安排“新网工程”专项经费20万元,两项合计154万元。';
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: 154 });
    expect(pick(text.replace('两项合计154', '两项合计164'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads an allocation whose fund name carries a note in parentheses (…资金(县域商业建设行动)14680万元)', () => {
    expect(pick('2022年度中央服务业发展资金绩效自评报告\n一、资金情况\n财政部下达中央服务业发展资金(县域商业建设行动)3620万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 3620 });
  });

  it('reads 项目预算 after a year as the budget, and no works estimate a unit drew up (编制了…项目预算…元(含税))', () => {
    expect(pick('2018年度第四次经济普查项目绩效自评报告\n二、项目资金使用及管理情况\n2018年项目预算86万元,资金到位86万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 86 });
    expect(pick('2023年度防汛公路水毁修复项目绩效自评报告\n二、项目实施情况\n管理科经现场勘察,编制了防汛公路水毁应急维修项目预算247033.11元(含税),我局采用询价方式选取最低报价。', 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('eighth round (twenty-seventh set, opened): a page\'s own division, one-character counties, cells one space apart, 共使用', () => {
  it('takes no division with no name of its own as a page\'s publisher (发布机构: 财务处, 来源: 规划财务处)', () => {
    expect(pick('2018-2020年电子商务建设专项资金绩效评价报告\n发布机构: 财务处\n发文日期:2021-10-29\n为加强财政资金绩效管理,我厅对专项资金进行了绩效评价。', 'department_name')).toEqual({ department_name: null });
    expect(pick('2020年中央自然灾害救灾资金绩效自评报告\n来源: 规划财务处\n一、资金情况\n下达救灾资金300万元。', 'department_name')).toEqual({ department_name: null });
  });

  it('reads a one-character county (高县, 歙县) as a place, and no 全县 or 该县', () => {
    expect(pick('高县经济合作和外事局\n\n2022年单位办公用房租用项目支出绩效自评报告\n\n一、项目概况\n我局租用办公用房。', 'department_name')).toEqual({ department_name: '高县经济合作和外事局' });
    expect(pick('歙县文化旅游体育局\n\n2022年文物保护项目支出绩效自评报告\n\n一、项目概况\n我局负责文物保护。', 'department_name')).toEqual({ department_name: '歙县文化旅游体育局' });
    expect(pick('全县经济合作和外事局\n\n2022年单位办公用房租用项目支出绩效自评报告\n\n一、项目概况\n我局租用办公用房。', 'department_name')).toEqual({ department_name: null });
  });

  it('starts a full name after the space that ends the cell before it (…经办经费 长安区医疗保障局)', () => {
    const text = '2023年度绩效自评\n来源:医疗保障局\n部门绩效自评结果公开汇总表\n序号 项目名称 项目实施单位 预算数(调整后) 执行数\n1 拆迁工作经费 长安区医疗保障局 2 2\n';
    expect(pick(text, 'department_name')).toEqual({ department_name: '长安区医疗保障局' });
  });

  it('reads 共使用资金 as spent (and the budget a sentence sums up, 全年可使用资金合计)', () => {
    const text = '2024年医疗保障服务能力提升补助资金绩效自评报告\n1.资金到位情况:2024年下达我市共计1337万元,结转2023年资金1132.3万元,全年可使用资金合计2469.3万元。\n2.资金执行情况:截止2024年底,共使用资金1709.1万元,其中包括云平台租赁费454.1万元。';
    expect(pick(text, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 2469.3, spent_wan: 1709.1 });
  });
});

describe('eighth round: more spending and budget wording (已支付资金, 年中调整预算为)', () => {
  it('reads 已支付资金 as spent (and no 尚未支付)', () => {
    expect(pick('2021年度小流域综合治理项目绩效自评报告\n(一)资金投入情况分析。\n项目按照合同进度已支付资金139.43万元,项目业主负责实施。', 'spent_wan')).toEqual({ spent_wan: 139.43 });
    expect(pick('2021年度小流域综合治理项目绩效自评报告\n(一)资金投入情况分析。\n项目尚未支付资金139.43万元,项目业主负责实施。', 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('reads 年中调整预算为 as the budget after adjustment', () => {
    expect(pick('某中心2024年部门整体支出绩效自评报告\n自评发现的主要问题:2024年部门年初预算1022.89万元,年中调整预算为1781.86万元,比年初预算增加758.97万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 1781.86 });
  });
});

describe('eighth round: a unit field that prints the body\'s 机关 keeps it', () => {
  it('reads 实施单位 …局机关 as printed, on its own line and run into the next label', () => {
    expect(pick('2021年度项目支出绩效自评表\n主管部门 某省广播电视局 实施单位 某省广播电视局机关\n资金情况\n', 'department_name')).toEqual({ department_name: '某省广播电视局机关' });
    expect(pick('2020年度项目支出绩效自评表\n项目名称演出设备更新专项经费主管部门新洲区楚剧团实施单位新洲区文化和旅游局机关项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分\n', 'department_name')).toEqual({ department_name: '新洲区文化和旅游局机关' });
  });
});

describe('eighth round: a cover page\'s body on the line above the title', () => {
  const body = '\n一、部门基本情况\n我校(院)认真开展了整体支出绩效自评,我校共有教职工120人。';
  it('reads it when the text speaks as that kind of body (我校 under …党校(…学院)), a party body\'s place after 中共', () => {
    expect(pick(`中共湖南省委党校(湖南行政学院)\n2021年度部门整体支出绩效自评报告${body}`, 'department_name')).toEqual({ department_name: '中共湖南省委党校(湖南行政学院)' });
  });
  it('reads none when the text speaks as another kind of body, nor a portal\'s or a finance body\'s name', () => {
    expect(pick(`临泽县文化馆\n2021年度部门整体支出绩效自评报告\n一、部门基本情况\n我局认真开展了整体支出绩效自评,我局共有职工12人。`, 'department_name')).toEqual({ department_name: null });
    // (a text that says only 本单位 names no kind: since the tenth round, the heading's body is read, see below)
    expect(pick(`临泽县人民政府\n2021年度农村公路养护项目绩效自评报告\n一、项目基本情况\n我局认真开展了绩效自评,我局负责农村公路养护。`, 'department_name')).toEqual({ department_name: null });
  });
});

describe('eighth round: a page\'s publisher of another kind than the body the text speaks as', () => {
  const text = (publisher: string, self: string) => `索引号 | 01526407-6-/2020-0630002 | 发布机构 | ${publisher} |\n公开目录 | 自评报告 |\n一、项目基本情况\n${self}负责殡葬服务,2019年争取资金124.79万元。\n二、项目绩效自评工作开展情况\n${self}成立绩效评价工作组。`;
  it('takes none when the text calls itself another kind of body twice (发布机构 …民政局 over 我中心 … 我中心)', () => {
    expect(pick(text('昌宁县民政局', '我中心'), 'department_name')).toEqual({ department_name: null });
  });
  it('takes it when the kinds agree, when the text says so only once, or when the publisher is a short name without a kind', () => {
    expect(pick(text('昌宁县民政局', '我局'), 'department_name')).toEqual({ department_name: '昌宁县民政局' });
    expect(pick(text('民政局', '我局'), 'department_name')).toEqual({ department_name: '民政局' });
    expect(pick(text('昌宁县民政局', '我中心').replace('二、项目绩效自评工作开展情况\n我中心成立', '二、项目绩效自评工作开展情况\n单位成立'), 'department_name')).toEqual({ department_name: '昌宁县民政局' });
  });
});

describe('eighth round (thirtieth and thirty-third sets, opened): titles ending in 绩效自评情况 or 绩效报告 after a year, 公益金 a project\'s', () => {
  it('reads a dated title that ends in …绩效自评情况 or …绩效报告, and its kind', () => {
    expect(pick('明光市2023年度中央集中彩票公益金支持社会福利事业专项资金绩效自评情况\n发布时间:2024-04-19\n一、基本情况\n下达资金75.68万元。', 'kind', 'fiscal_year')).toEqual({ kind: 'project', fiscal_year: 2023 });
    expect(pick('昆明海口林场2017年森林植被恢复费绩效报告\n一、基本情况\n林场负责森林植被恢复。', 'kind', 'fiscal_year')).toEqual({ kind: 'project', fiscal_year: 2017 });
  });
  it('reads no undated line ending in 绩效自评情况 as a title', () => {
    expect(pick('专项资金绩效自评情况\n一、基本情况\n林场负责森林植被恢复。', 'kind')).toEqual({ kind: null });
  });
  it('reads a lottery fund\'s title (体彩公益金, 福彩公益金) as a project\'s', () => {
    expect(pick('2022年区本级体彩公益金绩效使用自评报告\n2022年,财政下拨体育馆运行经费为190万元。', 'kind')).toEqual({ kind: 'project' });
  });
});

describe('eighth round: a money row with a number before its cells', () => {
  const form = (row: string) => `2024年度项目支出绩效自评表\n项目名称 特殊教育补助资金\n项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分\n年度资金总额: ${row}\n其中:中央资金\n`;
  it('reads its last cells when the printed rate confirms them', () => {
    expect(pick(form('7 36.5 36.5 36.2 10 99.18% 9.9'), 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 36.5, budget_final_wan: 36.5, spent_wan: 36.2, execution_rate_pct: 99.18 });
  });
  it('takes a value two readings place from two cells when they print the same (28.1 28.1 28.1 28.1 10 100% 10)', () => {
    expect(pick(form('28.1 28.1 28.1 28.1 10 100% 10'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 28.1, spent_wan: 28.1, execution_rate_pct: 100 });
    const flat = '2020年度项目支出绩效自评表\n项目资金(万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金 — — 其他资金 — —\n';
    expect(pick(flat, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 65.66, spent_wan: 65.07, execution_rate_pct: 99 });
  });
});

describe('eighth round: a text with no title that scores itself as a project, or calls itself a project\'s 绩效报告', () => {
  it('reads the kind from 该项目自评得分 and from …项目支出绩效报告 in the opening, not from 该项目 alone', () => {
    expect(pick('一、自评结论\n(一)自评得分\n该项目自评得分85分\n(二)绩效目标完成情况\n财政年度预算资金总额120000元,实际支付60000元。', 'kind', 'budget_final_wan')).toEqual({ kind: 'project', budget_final_wan: 12 });
    expect(pick('现将我厅2020年彩票公益金支持建制镇生活污水处理设施建设项目支出绩效报告公告如下。\n一、绩效目标完成情况分析\n共计下达彩票公益金15000万元。', 'kind', 'budget_final_wan')).toEqual({ kind: 'project', budget_final_wan: 15000 });
    expect(pick('(接上页)资金使用方面,该项目预算数(调整后)为72.6万元,执行68.94万元。\n三、自评结论\n自评分为92分。', 'kind')).toEqual({ kind: null });
  });
});

describe('eighth round: a title the finance body co-signs, gambling spam in a title, a trapped rate the arithmetic confirms', () => {
  it('reads the other body of a co-signed title', () => {
    expect(pick('攀枝花市财政局 攀枝花市文化广播电视和旅游局 关于2019年旅游发展基金补助地方项目资金绩效评价的报告\n一、项目概况\n下达资金300万元。', 'department_name')).toEqual({ department_name: '攀枝花市文化广播电视和旅游局' });
  });
  it('takes no gambling site\'s words a mirror injected for a body (澳门金沙城中心_…【投注官网平台】)', () => {
    expect(pick('澳门金沙城中心_欧洲杯足球网-【投注官网平台】2022年度中央财政林业改革发展资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n下达资金921.25万元。', 'department_name')).toEqual({ department_name: null });
    expect(pick('2022年度项目支出绩效自评表\n项目名称 林业改革发展资金\n实施单位 澳门金沙城中心\n资金情况\n', 'department_name')).toEqual({ department_name: null });
  });
  it('takes a rate a trap set aside when spending ÷ budget confirms it, and none when the read rates disagree', () => {
    const text = '2023年度特殊教育公用经费专项资金绩效自评报告\n1.执行率情况。\n2023年收到特殊教育公用经费专项资金6.44万元。补助公用经费其中:中央资金5.28万元,省级资金1.16万元,实际拨付使用6.38万元,执行率为99.07%。';
    expect(pick(text, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 6.44, spent_wan: 6.38, execution_rate_pct: 99.07 });
    expect(pick(text.replace('99.07%', '98.07%'), 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
    expect(pick('2024年度示范创建专项资金绩效自评报告\n一、资金情况\n预算安排下达的财政示范创建专项资金共计2373.51万元,执行率100%。已拨付财政补助资金1002.2739万元,实际支出率42.22%。', 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });
});

describe('eighth round: a page\'s 标题 label without its colon', () => {
  it('reads the title after 标      题 (spread out, no colon), not the label as part of the body\'s name', () => {
    expect(pick('标      题 某自治区残疾人联合会2020年度预算绩效自评报告\n索引号 000014349/2021-00002\n某自治区残疾人联合会2020年度预算绩效自评报告\n自治区财政厅:\n2020年,区残联认真开展自评。', 'department_name', 'fiscal_year')).toEqual({ department_name: '某自治区残疾人联合会', fiscal_year: 2020 });
  });
});

describe('eighth round: a title that names the body before 部门(单位)整体支出', () => {
  it('reads the body, not …部门(单位)', () => {
    expect(pick('2022年度永州市零陵区档案馆部门(单位)整体支出绩效自评报告\n一、部门基本情况\n档案馆负责全区档案工作。', 'department_name', 'kind')).toEqual({ department_name: '永州市零陵区档案馆', kind: 'department' });
  });
});

describe('eighth round: a title over a span of years', () => {
  it('reads no fiscal year from a title that evaluates several (2018-2020年…), and says why', () => {
    const r = extractReport('2018-2020年电子商务建设专项资金绩效评价报告\n发布机构: 某省商务厅\n一、专项资金概况\n专项资金预算总额15000万元,其中:2018年5000万元,2019年5000万元,2020年5000万元。');
    expect(r.fields.fiscal_year.value).toBeNull();
    expect(r.fields.fiscal_year.uncertain.join('')).toContain('2018-2020年');
    expect(pick('2020年电子商务建设专项资金绩效自评报告\n一、专项资金概况\n2020年专项资金预算5000万元。', 'fiscal_year')).toEqual({ fiscal_year: 2020 });
  });
});

describe('eighth round: an adjustment stated against the start-of-year budget', () => {
  it('reads 比年初预算增加 (or 减少) as the adjustment, its sentence wrapped onto the next line', () => {
    expect(pick('某中心2024年部门整体支出绩效自评报告\n自评发现的主要问题:一\n是2024 年部门年初预算 1022.89 万元,年中调整预算为 1781.86 万\n元,比年初预算增加 758.97 万元,全年执行数 1767.21 万元。', 'budget_adjustment_wan')).toEqual({ budget_adjustment_wan: 758.97 });
    expect(pick('某中心2024年部门整体支出绩效自评报告\n2024年部门年初预算1022.89万元,调整后预算1000万元,比年初预算减少22.89万元。', 'budget_adjustment_wan')).toEqual({ budget_adjustment_wan: -22.89 });
    // (not in another sentence than the budget's)
    expect(pick('某中心2024年部门整体支出绩效自评报告\n2024年部门年初预算1022.89万元。\n年中比年初预算增加 58.97 万元。', 'budget_adjustment_wan')).toEqual({ budget_adjustment_wan: null });
  });
});

describe('the eighth round\'s review probes', () => {
  it("reads no wider area's overall rate as the unit's (全省总体执行率 beside 我县资金执行率): left to the reviewer [R3a]", () => {
    expect(pick("2023年度城乡义务教育补助经费绩效自评报告\n一、资金情况\n全省总体执行率为85%,我县资金执行率为92%。", 'execution_rate_pct')).toEqual({execution_rate_pct: null});
  });
  it("nor a 汇总 rate [R3b]", () => {
    expect(pick("2023年度医疗服务与保障能力提升补助资金绩效自评报告\n一、资金情况\n全市汇总执行率为88.6%,我区执行率为95.2%。", 'execution_rate_pct')).toEqual({execution_rate_pct: null});
  });
  it("reads no list of projects' 年初预算 | 实际支出 as the department form's two columns (tab cells) [R5d]", () => {
    expect(pick("某县教育局2023年部门整体支出绩效自评报告\n(二)重点项目情况\n项目名称\t年初预算\t实际支出\n营养改善计划\t320\t301\n校舍维修\t150\t149\n", 'budget_initial_wan', 'spent_wan')).toEqual({budget_initial_wan: null, spent_wan: null});
  });
  it("nor in | cells [R5f]", () => {
    expect(pick("某县卫生健康局2023年部门整体支出绩效自评报告\n(二)项目支出情况\n项目名称 | 年初预算(万元) | 实际支出(万元)\n基本公共卫生服务 | 450 | 430\n计划生育奖扶 | 120 | 118\n", 'budget_initial_wan', 'spent_wan')).toEqual({budget_initial_wan: null, spent_wan: null});
  });
  it("reads no bare amount as 万元 under a label in 元 (预算执行情况(元)) [R6a]", () => {
    expect(pick("农业产业化补助资金区域绩效目标自评表\n预算执行情况(元)\n\n预算数:\n\n52000\n\n执行数:\n\n52000\n\n年度目标\n\n带动社会投资2000万元,新增产值300万元\n", 'budget_final_wan', 'spent_wan')).toEqual({budget_final_wan: null, spent_wan: null});
  });
  it("nor under 金额单位(元) [R6d]", () => {
    expect(pick("农业产业化补助资金区域绩效目标自评表\n金额单位(元)\n预算执行情况\n\n预算数:\n\n52000\n\n执行数:\n\n51000\n\n年度目标\n\n带动社会投资2000万元,新增产值300万元\n", 'budget_final_wan', 'spent_wan')).toEqual({budget_final_wan: null, spent_wan: null});
  });
  it("keeps a publisher the text calls 我办 when it is a 办事处 [R18a]", () => {
    expect(pick("索引号 | 01526407-6-/2024-0630002 | 发布机构 | 某某市某某区解放路街道办事处 |\n公开目录 | 自评报告 |\n一、部门基本情况\n我办负责本辖区相关工作,2023年部门支出124.79万元。\n二、绩效自评工作开展情况\n我办成立绩效评价工作组。", 'department_name')).toEqual({department_name: "某某市某某区解放路街道办事处"});
  });
  it("and 我委 when it is a 管委会 [R18b]", () => {
    expect(pick("索引号 | 01526407-6-/2024-0630002 | 发布机构 | 某某市经济技术开发区管委会 |\n公开目录 | 自评报告 |\n一、部门基本情况\n我委负责本辖区相关工作,2023年部门支出124.79万元。\n二、绩效自评工作开展情况\n我委成立绩效评价工作组。", 'department_name')).toEqual({department_name: "某某市经济技术开发区管委会"});
  });
  it("keeps …机关党委 whole (机关 kept only before the next label) [R19d]", () => {
    expect(pick("2021年度项目支出绩效自评表\n主管部门 某县财政局 实施单位 某县财政局机关党委\n资金情况\n", 'department_name')).toEqual({department_name: "某县财政局机关党委"});
  });
  it("reads 金沙县 as a county, not spam [R22a]", () => {
    expect(pick("金沙县农业农村局\n关于2022年度耕地地力保护补贴项目绩效自评的报告\n一、项目基本情况\n我局负责全县耕地地力保护补贴发放,我局下达资金1200万元。", 'department_name')).toEqual({department_name: "金沙县农业农村局"});
  });
  it("reads an overfull row in its first cells when they read [R23a]", () => {
    expect(pick("2024年度项目支出绩效自评表\n项目名称 特殊教育补助资金\n项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分\n年度资金总额: 100 100 90 10 90% 9 60 60 54 — 90% —\n其中:中央资金\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({budget_final_wan: 100, spent_wan: 90, execution_rate_pct: 90});
  });
  it("reads 部门整体支出绩效报告及项目支出绩效报告 as a department's [R15c]", () => {
    expect(pick("现将我局2023年度部门整体支出绩效报告及项目支出绩效报告公开如下:\n一、部门基本情况\n我局内设机构6个。\n二、部门整体支出情况\n2023年支出合计560万元。", 'kind')).toEqual({kind: "department"});
  });
  it("takes no 子项目预算 as the project's [R10c]", () => {
    expect(pick("2023年度农村环境整治项目绩效自评报告\n一、项目资金情况\n2023年下达项目资金300万元,其中污水治理子项目预算180万元,垃圾清运子项目预算120万元。", 'budget_final_wan')).toEqual({budget_final_wan: 300});
  });
  it("takes no 担保资金规模 as the budget [R11c]", () => {
    expect(pick("2023年度政府性融资担保补助资金绩效自评报告\n一、资金情况\n省级下达补助资金120万元。全年新增担保资金规模3.5亿元,实际支出120万元。", 'budget_final_wan', 'spent_wan')).toEqual({budget_final_wan: 120, spent_wan: 120});
  });
  it("takes no batch (…资金(第二批)) as the year's allocation [R12b]", () => {
    expect(pick("2023年度产粮大县奖励资金绩效自评报告\n一、资金情况\n省财政下达产粮大县奖励资金(第二批)500万元。全年下达奖励资金共计1500万元,实际支出1450万元。", 'budget_final_wan', 'spent_wan')).toEqual({budget_final_wan: 1500, spent_wan: 1450});
  });
  it("reads IOO% as 100 % [R7a]", () => {
    expect(pick("2020年度项目资金绩效自评报告\n实际支出219.4万元,执行率为IOO%。", 'execution_rate_pct')).toEqual({execution_rate_pct: 100});
  });
  it("reads 1oo% as 100 % [R7c]", () => {
    expect(pick("2020年度项目资金绩效自评报告\n实际支出219.4万元,执行率为1oo%。", 'execution_rate_pct')).toEqual({execution_rate_pct: 100});
  });
  it("takes no last year's rate (上年度预算执行率), though this year's arithmetic agrees [R4a]", () => {
    expect(pick("2023年度村级公益事业奖补项目绩效自评报告\n一、资金情况\n2023年下达奖补资金50万元,实际支出50万元。上年度预算执行率为100%,本年度未发生结余。", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({budget_final_wan: 50, spent_wan: 50, execution_rate_pct: null});
  });
  it("takes a place's own share of a wider area's total (全省…合计5000万元,其中下达我市…1200万元) [R1g]", () => {
    expect(pick("2023年度某市农业产业发展资金绩效自评报告\n一、资金情况\n2023年省财政厅下达全省农业产业发展资金合计5000万元,其中下达我市资金共计1200万元,下达其他市州资金3800万元。我市实际支出1150万元。", 'budget_final_wan', 'spent_wan')).toEqual({budget_final_wan: 1200, spent_wan: 1150});
  });
  it("(…共计8000万元,其中我县获得资金共计300万元) [R1h]", () => {
    expect(pick("2023年度文化产业发展专项资金绩效自评报告\n一、资金情况\n全省下达文化产业发展专项资金共计8000万元,其中我县获得资金共计300万元,其余7700万元下达其他县区。", 'budget_final_wan')).toEqual({budget_final_wan: 300});
  });
});

describe('eighth round: a paragraph opening with the year, then the body and its own money', () => {
  it('reads the body (2020年泸西县教育体育局财政拨款总额…, 2019年…中心向县级财政争取资金…)', () => {
    expect(pick('一、项目基本情况\n(一)项目概况。\n2020年泸西县教育体育局财政拨款总额6107.69万元,共涉及项目54个。', 'department_name')).toEqual({ department_name: '泸西县教育体育局' });
    expect(pick('一、项目基本情况\n2019年昌宁县殡葬服务中心向县级财政争取资金124.79万元。\n二、自评工作开展情况\n我中心成立绩效评价工作组。', 'department_name')).toEqual({ department_name: '昌宁县殡葬服务中心' });
  });
  it('reads no finance body that allocates, nor a body of another kind than the text speaks as', () => {
    expect(pick('一、项目基本情况\n2020年泸西县财政局预算安排资金500万元。', 'department_name')).toEqual({ department_name: null });
    expect(pick('一、项目基本情况\n2020年泸西县教育体育局财政拨款总额6107.69万元。\n二、自评工作开展情况\n我中心成立绩效评价工作组,我中心负责实施。', 'department_name')).toEqual({ department_name: null });
  });
});

describe('eighth round: a document site\'s numbered title run into the text, a library named in the title', () => {
  it('reads the title after 1、 when the report\'s first heading runs on after it, and the library before the project', () => {
    expect(pick('文档简介\n1、龙岩市永定区图书馆永定区图书馆图书、报刊购置项目绩效自评报告一、项目概况永定区图书馆图书、报刊购置项目是按年度预算安排的经常性专项业务费,预算经费3万元。', 'department_name', 'kind')).toEqual({ department_name: '龙岩市永定区图书馆', kind: 'project' });
  });
  it('reads no numbered item of a list as the title', () => {
    expect(pick('附件目录\n1、临泽县文化馆免费开放项目绩效自评报告\n2、临泽县图书馆免费开放项目绩效自评报告\n', 'department_name')).toEqual({ department_name: null });
  });
});

describe('ninth round: a form\'s unit field followed by its budget code, a byline dated by hyphens', () => {
  it('ends the unit\'s name where the code\'s label starts (部门预算编码, 单位代码)', () => {
    expect(pick('部门整体支出绩效自评表\n(2018年度)\n部门(单位)名称 中共某某市委党史和地方志研究室 部门预算编码 901001033\n', 'department_name')).toEqual({ department_name: '中共某某市委党史和地方志研究室' });
    expect(pick('部门整体支出绩效自评表\n(2019年度)\n单位名称 某某县文化馆 单位代码 123004\n', 'department_name')).toEqual({ department_name: '某某县文化馆' });
  });
  it('reads the body on the line under a title, before a date printed with hyphens', () => {
    expect(pick('2022年度某某省安全生产专项资金绩效自评报告\n某某省应急管理厅 时间:2023-06-28 09:06\n为规范专项资金管理,我厅开展了自评。', 'department_name')).toEqual({ department_name: '某某省应急管理厅' });
    expect(pick('2021年度某某县农村公路养护资金绩效自评报告\n某某县交通运输局 2022-05-10\n为进一步规范资金管理,开展自评。', 'department_name')).toEqual({ department_name: '某某县交通运输局' });
  });
  it('reads no body from a date line alone', () => {
    expect(pick('2021年度农村公路养护资金绩效自评报告\n2022-05-10\n为进一步规范资金管理,开展自评。', 'department_name')).toEqual({ department_name: null });
  });
});

describe('ninth round: an item\'s score after its weight', () => {
  it('takes the total over the items whose weight (分值 N分, below 100) stands right before their score', () => {
    expect(pick(`${PROJECT}(一)自评得分\n项目自评得分91.95分,自评结果为“优秀”。\n1.产出指标完成情况:分值30分,自评得分30分。\n2.效益指标完成情况:分值30分,自评得分28分。`, 'self_score')).toEqual({ self_score: 91.95 });
  });
  it('keeps a total stated after the whole\'s weight of 100', () => {
    expect(pick(`${PROJECT}本项目总分值100分,自评得分96分,等级为优。`, 'self_score')).toEqual({ self_score: 96 });
  });
});

describe('ninth round: a clause opening with the project\'s fund, its amount and what it is for', () => {
  it('reads the fund\'s amount as the budget (…补助资金23万元,全部用于…, …专项经费35万元,用于…)', () => {
    expect(pick(`${PROJECT}(一)资金情况分析\n强制扑杀补助资金23万元,全部用于布病阳性羊扑杀补贴。`, 'budget_final_wan')).toEqual({ budget_final_wan: 23 });
    expect(pick(`${PROJECT}单位设科普股和办公室。科普活动专项经费35万元,用于全年科普宣传及推广。`, 'budget_final_wan')).toEqual({ budget_final_wan: 35 });
  });
  it('reads no spending, adjustment, carry-over or one source among several as the budget', () => {
    expect(pick(`${PROJECT}截止年底,支出资金30万元,主要用于青少年活动。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${PROJECT}年底追加资金1000万元,用于公交补贴。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${PROJECT}其中中央资金23万元,用于设备购置,省级资金12万元用于培训。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${PROJECT}上年结转资金8万元,用于设备购置。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it('reads it in a project report only', () => {
    expect(pick(`${DEPT}一、部门概况\n办公经费35万元,用于日常运转。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('ninth round: a clause opening with the project and its amount, then that it arrived', () => {
  it('reads the amount as the budget (…经费项目50万元,实际到位50万元, …返回资金20.35万元,到位…)', () => {
    expect(pick(`${PROJECT}1.项目资金到位情况\n2023年电视专题节目制作经费项目50万元,实际到位50万元,到位率100%。`, 'budget_final_wan')).toEqual({ budget_final_wan: 50 });
    expect(pick(`${PROJECT}1.项目资金到位情况\n非税收入清算返回资金20.35万元,已全部到位。`, 'budget_final_wan')).toEqual({ budget_final_wan: 20.35 });
  });
  it('reads no source among several, nor a carry-over, nor in a department report', () => {
    expect(pick(`${PROJECT}1.项目资金到位情况\n中央资金30万元,已到位。省级资金20万元,已到位。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${PROJECT}1.项目资金到位情况\n上年结转资金30万元,已到位。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${DEPT}一、部门概况\n本局保障日常运转。办公经费85.33万元,全部到位。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('ninth round: a clause opening with 使用 and the amount', () => {
  it('reads what was used as spent (…补助资金1.5147万元。使用1.2458万元,预算执行率为82.25%)', () => {
    expect(pick(`${PROJECT}1.执行率情况。\n上级拨付某某县教育体育局奖励补助资金1.5147万元。使用1.2458万元,预算执行率为82.25%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 1.2458, execution_rate_pct: 82.25 });
  });
});

describe('ninth round: a page\'s markdown image before the title, a facility named as the project', () => {
  it('reads the title broken over two lines after a markdown image', () => {
    expect(pick('导语】以下是为您整理的《某某项目绩效自评报告》,欢迎阅读!\n![日间,照料](/static/img/big_111.jpg)老年人日间照料中心项目\n绩效自评报告\n一、基本情况\n申报预算资金173万元。', 'kind')).toEqual({ kind: 'project' });
  });
  it('reads no body from a facility named without a place before 项目 in the title', () => {
    expect(pick('老年人日间照料中心项目绩效自评报告\n一、项目概况\n总投资216.42万元。', 'department_name', 'kind')).toEqual({ department_name: null, kind: 'project' });
    expect(pick('污水处理站项目绩效自评报告\n一、项目概况\n总投资216.42万元。', 'department_name')).toEqual({ department_name: null });
  });
  it('still reads a body named with its place, or by its level, before 项目', () => {
    expect(pick('某某县老年人日间照料中心项目绩效自评报告\n一、项目概况\n总投资216.42万元。', 'department_name')).toEqual({ department_name: '某某县老年人日间照料中心' });
    expect(pick('区投资促进中心项目支出绩效自评报告\n一、项目概况\n某某市某某区投资促进中心负责实施,预算30万元。', 'department_name')).toEqual({ department_name: '某某市某某区投资促进中心' });
  });
});

describe('ninth round: an item of a list numbered (1)(2)(3) inside a sentence', () => {
  it('takes no item\'s figures for the whole', () => {
    expect(pick(`${PROJECT}截至2023年3月31日,已分配资金中:(1)服务体系建设资金实际分配400.00万元;(2)贷款贴息实际分配1746.00万元;(3)计提工作经费20.00万元,实际支出17.05万元,资金支出率85%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: null, execution_rate_pct: null });
  });
  it('keeps a total after the list, and a sentence that opens with its own enumerator', () => {
    expect(pick(`${PROJECT}资金主要用于:(1)设备购置;(2)人员培训,实际支出790万元,执行率98.75%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 790, execution_rate_pct: 98.75 });
    expect(pick(`${PROJECT}(一)资金情况\n(1)项目预算50万元,实际支出45万元,执行率90%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 45, execution_rate_pct: 90 });
  });
});

describe('ninth round: several projects listed with their amounts, the report\'s kind as a project\'s name', () => {
  const text = '某县就业服务中心2023年项目支出绩效自评报告\n我单位对2023年度项目支出资金使用情况进行了绩效自评。\n一、项目基本情况\n某县就业服务中心2023年参与绩效评价的项目共4个,项目支出609.74万元。具体如下:\n1、档案整理费5万元,主要用于档案整理;\n2、城乡就业工作经费5万元,主要用于就业工作;\n3、就业专项资金594.74万元,主要用于专项培训。\n';
  it('takes no listed project\'s amount for the report\'s (参与绩效评价的项目共4个 … 3、就业专项资金594.74万元)', () => {
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it('reads no project\'s name from 项目支出资金', () => {
    expect(pick(text, 'project_name')).toEqual({ project_name: null });
  });
  it('still reads one project\'s fund when the text names one project', () => {
    expect(pick('某县就业服务中心2023年就业专项资金绩效自评报告\n一、项目基本情况\n1、就业专项资金594.74万元,主要用于专项培训。\n', 'budget_final_wan')).toEqual({ budget_final_wan: 594.74 });
  });
});

describe('ninth round: a digit string that starts with 0', () => {
  it('reads no postcode or code beside a money label as an amount', () => {
    expect(pick(`${PROJECT}项目负责人 张某 地址 某市建明西街9号 实际支出(万元) 064200 联系电话 8739860`, 'spent_wan')).toEqual({ spent_wan: null });
  });
  it('still reads an amount below 1 (0.36万元)', () => {
    expect(pick(`${PROJECT}全年实际支出0.36万元。`, 'spent_wan')).toEqual({ spent_wan: 0.36 });
  });
});

describe('ninth round: a sample the evaluators drew, 部门绩效 after the body in a title', () => {
  it('takes no sample\'s figures for the whole (本次现场评价抽查229个项目…资金执行率为65.56%)', () => {
    expect(pick(`${PROJECT}本次现场评价抽查229个项目、涉及金额11,218.75万元。截至12月31日,现场评价专项资金已到位9,979.55万元;已到位专项资金已支出6,542.63万元,资金执行率为65.56%。`, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: null, execution_rate_pct: null });
  });
  it('still reads the figures of a paragraph that draws no sample', () => {
    expect(pick(`${PROJECT}本次评价覆盖全部项目。截至12月31日,已支出6,542.63万元,资金执行率为95.56%。`, 'execution_rate_pct')).toEqual({ execution_rate_pct: 95.56 });
  });
  it('ends the body\'s name before 部门绩效 in a title', () => {
    expect(pick('2020年度某某县某某镇人民政府部门绩效自评报告\n一、基本情况\n', 'department_name', 'kind')).toEqual({ department_name: '某某县某某镇人民政府', kind: 'department' });
  });
});

describe('ninth round: enumerated paragraphs under one that announces a breakdown', () => {
  it('takes the total above, not an item below (…支付率为100%。具体如下: / 1、档案整理费5万元,实际已支付5万元)', () => {
    expect(pick(`${PROJECT}(二)项目资金\n2024年项目资金为14.97万元,实际已支付14.97万元,支付率为100%。具体如下:\n1、档案整理费5万元,实际已支付5万元,资金支付率100%;\n2、稽查核查费用8万元,实际已支付8万元,资金支付率100%;\n3、门面税金1.97万元,实际已支付1.97万元,资金支付率100%。\n(三)项目组织情况分析\n`, 'spent_wan')).toEqual({ spent_wan: 14.97 });
  });
  it('still reads an enumerated paragraph that follows no such announcement, or one past a paragraph that ends the list', () => {
    expect(pick(`${PROJECT}(二)项目资金\n1、项目预算14.97万元,实际已支付14.97万元,支付率为100%。\n2、项目按期完成。\n`, 'spent_wan')).toEqual({ spent_wan: 14.97 });
    expect(pick(`${PROJECT}(二)项目内容\n项目包括三项工作,具体如下:\n1、档案整理;\n2、稽查核查;\n项目资金按规定管理使用,专款专用。\n1、全年实际支出14.97万元,执行率100%。\n`, 'spent_wan')).toEqual({ spent_wan: 14.97 });
  });
  it('reads the paragraph right after the announcement when it is no enumerated item', () => {
    expect(pick(`${PROJECT}(二)项目资金\n项目资金安排具体如下:\n全年预算14.97万元,实际支出14.97万元,执行率100%。\n`, 'spent_wan')).toEqual({ spent_wan: 14.97 });
  });
});

describe('ninth round: a cover\'s 评价单位, a unit\'s overview as the first heading', () => {
  it('reads the unit from 评价单位(公章) on a self-evaluation\'s cover', () => {
    expect(pick('某镇部门整体支出绩效自评报告\n评价年度:2024\n评价单位(公章):某某县某镇人民政府\n填报日期:2025年1月\n', 'department_name')).toEqual({ department_name: '某某县某镇人民政府' });
  });
  it('reads a department report from 一、单位基本情况 when the title names no kind', () => {
    expect(pick('某镇人民政府2024年度绩效自评报告\n一、单位基本情况\n(一)机构与职能\n', 'kind')).toEqual({ kind: 'department' });
  });
  it('still reads a project report whose text names its project first', () => {
    expect(pick('某镇人民政府2024年度绩效自评报告\n一、单位基本情况\n二、项目概况\n该项目自评得分95分。\n', 'kind')).toEqual({ kind: 'project' });
  });
});

describe('the ninth round\'s review probes', () => {
  it("r13b sample(near: inspection before whole totals, same paragraph)", () => {
    expect(pick("2023年度某某县农村饮水工程维修养护项目绩效自评报告\n(三)项目实施情况\n项目办组织人员抽查了15个行政村,工程质量均合格。全年项目预算资金300万元,实际支出291万元,执行率97%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 300, spent_wan: 291, execution_rate_pct: 97 });
  });
  it("r13c sample(near: survey sample)", () => {
    expect(pick("2023年度某某县动物防疫补助项目绩效自评报告\n(三)项目效益\n随机抽取200个养殖户开展满意度调查,满意度达96%;项目资金全部支出,实际支出80万元,执行率100%。\n", 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 80, execution_rate_pct: 100 });
  });
  it("r13e sample(near: quality spot check)", () => {
    expect(pick("2023年度某某县食品安全监管项目绩效自评报告\n(三)项目实施情况\n全年共抽检了30个批次食品,合格率100%,项目预算资金45万元,实际支出44万元,执行率97.78%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 45, spent_wan: 44, execution_rate_pct: 97.78 });
  });
  it("r15c breakdown(near: score)", () => {
    expect(pick("2023年度某某县农村饮水工程维修养护项目绩效自评报告\n五、自评结论\n自评结果具体如下:\n1、项目自评得分94分,评价等级为优。\n2、存在问题:资金拨付进度偏慢。\n", 'self_score')).toEqual({ self_score: 94 });
  });
  it("r10b several-projects(near: totals in enumerated para)", () => {
    expect(pick("某某县文化和旅游局2023年项目支出绩效自评报告\n本次参加绩效评价的项目共3个。\n一、预算执行情况\n1、预算资金260万元,实际支出251.3万元,执行率96.65%。\n2、3个项目均按期完成。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 260, spent_wan: 251.3, execution_rate_pct: 96.65 });
  });
  it("r10c several-projects(near: single project, county-wide count)", () => {
    expect(pick("2023年度某某县乡村公路养护项目绩效自评报告\n全县开展绩效自评的项目共12个,本项目为其中之一。\n二、资金情况\n1、项目资金50万元,实际支出48万元,执行率96%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 50, spent_wan: 48, execution_rate_pct: 96 });
  });
  it("r10e several-projects(near: old phrasing, totals in (一) line)", () => {
    expect(pick("某某县卫生健康局2023年项目支出绩效自评报告\n本次自评共2个项目。\n二、资金情况\n(一)项目资金150万元,实际支出147万元,执行率98%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 150, spent_wan: 147, execution_rate_pct: 98 });
  });
  it("r9e paren-list(near: total after list, 全年)", () => {
    expect(pick("2023年度某某县动物防疫补助项目绩效自评报告\n(二)预算执行情况\n资金主要用于:(1)疫苗采购12万元;(2)防疫员补助8万元;全年实际支出20万元,执行率100%。\n", 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 20, execution_rate_pct: 100 });
  });
  it("r9b paren-list(near: total after items with amounts)", () => {
    expect(pick("2023年度某某县农村饮水工程维修养护项目绩效自评报告\n(二)资金支出明细:(1)设备购置30万元;(2)人员培训20万元,合计支出50万元,预算执行率100%。\n", 'execution_rate_pct')).toEqual({ execution_rate_pct: 100 });
  });
  it("r4c fund-for(near: per-household standard)", () => {
    expect(pick("2023年度某某县农村危房改造项目绩效自评报告\n一、项目概况\n按照标准,每户补助资金3000元,用于危房加固改造。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("r4m fund-for(near: per-capita standard)", () => {
    expect(pick("2023年度某某市城乡居民养老保险项目绩效自评报告\n一、项目概况\n人均补助经费1200元,用于发放基础养老金。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("r4k fund-for(near: returned funds)", () => {
    expect(pick("2023年度某某县动物防疫补助项目绩效自评报告\n二、资金情况\n收回资金3万元,用于统筹安排。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("r4d fund-for(near: 其中: parts)", () => {
    expect(pick("2023年度某某县农村饮水工程维修养护项目绩效自评报告\n一、项目概况\n项目预算资金120万元,其中:设备购置经费80万元,用于购置水质检测设备;培训经费40万元,用于人员培训。\n", 'budget_final_wan')).toEqual({ budget_final_wan: 120 });
  });
  it("r5c fund-arrived(near: first tranche)", () => {
    expect(pick("2023年度某某县农村饮水工程维修养护项目绩效自评报告\n1.资金到位情况\n第一批资金40万元,已到位;第二批资金尚未下达。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("r8b facility(near: a body without place, 项目支出)", () => {
    expect(pick("社会保险事业管理中心项目支出绩效自评报告\n一、单位基本情况\n本中心为县人社局下属事业单位。\n", 'department_name')).toEqual({ department_name: "社会保险事业管理中心" });
  });
  it("r8g facility(near: a body without place, 项目支出)", () => {
    expect(pick("老干部活动中心项目支出绩效自评报告\n一、单位基本情况\n本中心为县委老干部局下属事业单位。\n", 'department_name')).toEqual({ department_name: "老干部活动中心" });
  });
  it("r2e byline-hyphen(near: portal publisher, text says 我局)", () => {
    expect(pick("2022年度义务教育薄弱环节改善资金绩效自评报告\n某某县人民政府 2023-06-01\n我局根据县财政局通知开展了自评。\n", 'department_name')).toEqual({ department_name: null });
  });
  it("r16e eval-unit(near: finance evaluator only)", () => {
    expect(pick("2023年度农村饮水安全项目绩效评价报告\n评价单位:某某县财政局\n一、项目概况\n", 'department_name')).toEqual({ department_name: null });
  });
  it("r1e unit-code(near)", () => {
    expect(pick("部门整体支出绩效自评表\n(2023年度)\n单位名称 某某县数据资源管理局 统一社会信用代码 11532324MB1234567X\n", 'department_name')).toEqual({ department_name: "某某县数据资源管理局" });
  });
  it("r4g fund-for(near: next year request)", () => {
    expect(pick("2023年度某某县动物防疫补助项目绩效自评报告\n五、下一步工作\n拟申请下年度预算资金60万元,用于二期建设。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("r4h fund-for(near: next year, with own budget)", () => {
    expect(pick("2023年度某某县动物防疫补助项目绩效自评报告\n二、资金情况\n项目预算50万元,实际支出50万元,执行率100%。\n五、下一步工作\n下一步,申请下年度预算资金60万元,用于二期建设。\n", 'budget_final_wan')).toEqual({ budget_final_wan: 50 });
  });
});

describe('the ninth round\'s review probes, each guard on its own', () => {
  it('a score in an item under a money breakdown is still the total', () => {
    expect(pick('2023年度某某县动物防疫补助项目绩效自评报告\n(二)资金情况\n项目预算50万元,实际支出50万元。具体如下:\n1、项目自评得分94分,评价等级为优。\n', 'self_score')).toEqual({ self_score: 94 });
  });
  it('a wider area\'s count of projects, or a text that says it is one of them, is no report on several projects', () => {
    expect(pick('2023年度某某县动物防疫补助项目绩效自评报告\n全县参与绩效评价的项目共12个。\n1、动物防疫补助资金50万元,实际支出48万元,执行率96%。\n', 'spent_wan')).toEqual({ spent_wan: 48 });
    expect(pick('2023年度某某县动物防疫补助项目绩效自评报告\n我局参与绩效评价的项目共3个,本项目为其中之一。\n1、动物防疫补助资金50万元,实际支出48万元,执行率96%。\n', 'spent_wan')).toEqual({ spent_wan: 48 });
  });
  it('a placeless body before 项目支出, or one the text speaks as, is the body', () => {
    expect(pick('社会保险事业管理中心项目支出绩效自评报告\n一、基本情况\n', 'department_name')).toEqual({ department_name: '社会保险事业管理中心' });
    expect(pick('老干部活动中心项目绩效自评报告\n一、基本情况\n本中心为县委老干部局下属事业单位。\n', 'department_name')).toEqual({ department_name: '老干部活动中心' });
  });
});

describe('ninth round: the budget spent as planned, a works project\'s approved total, parts after 其中 and an overall rate', () => {
  it('reads 预算支出 as the budget, not the general public budget\'s or an appropriation\'s spending', () => {
    expect(pick(`${PROJECT}该项目预算支出45万元,实际支出43万元,执行率95.56%。`, 'budget_final_wan')).toEqual({ budget_final_wan: 45 });
    expect(pick(`${DEPT}我局2023年涉及一般公共预算支出12,408.55万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(`${DEPT}其中一般公共财政拨款预算支出为165.16万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it('reads the approved investment of all batches together (合计批复总投资), not one batch\'s', () => {
    expect(pick(`${PROJECT}一批项目县级批复总投资3374.3万元,二批项目县级批复总投资2069.51万元,三批项目县级批复投资778.59万元,合计批复总投资6222.4万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 6222.4 });
  });
  it('reads no source listed after 其中 and a semicolon as the budget', () => {
    expect(pick(`${PROJECT}(一)资金情况\n某某能力提升补助项目资金共计386万元,全部用于卫生服务能力建设。\n1、产出指标完成情况分析。\n某某能力提升项目资金预算386万元,其中中央财政资金:236万元;地方财政资金150万元,全部到位并按照项目要求组织实施。`, 'budget_final_wan')).toEqual({ budget_final_wan: 386 });
  });
  it('takes the overall rate, not the parts\' after 其中 in the same sentence', () => {
    expect(pick(`${DEPT}我局2024年度收入合计957万元,支出合计768.6万元,执行率为80.32%,其中:基本支出596.7万元,执行率100%;项目支出171.9万元,执行率47.72%。`, 'execution_rate_pct')).toEqual({ execution_rate_pct: 80.32 });
  });
});

describe('ninth round: a page headline\'s short name, the document\'s own title in full', () => {
  it('takes the fuller name another title line prints (its place added, or the short name\'s characters in order)', () => {
    expect(pick('当前位置:首页>政府信息公开>部门决算\n某某县文旅局2019年度项目绩效评价报告\n发布时间:2020-11-16\n某某县文化广电体育和旅游局\n2019年度文旅专项资金项目自评报告\n根据有关文件,县文旅局开展了自评。\n', 'department_name')).toEqual({ department_name: '某某县文化广电体育和旅游局' });
    expect(pick('2023年度赫山区城市管理和综合执法局\n绩效自评报告\n部门(单位)名称:(盖章)\n2024年6月20日\n益阳市赫山区城市管理和综合执法局\n2023年部门整体支出绩效评价报告\n我局积极组织开展自评。\n', 'department_name')).toEqual({ department_name: '益阳市赫山区城市管理和综合执法局' });
  });
  it('completes a name led by a bare level from the text (自治区… → 广西壮族自治区…, fifteenth round), else keeps it as printed, and takes no other body', () => {
    expect(pick('自治区文化和旅游厅2021年非遗保护资金绩效自评报告\n广西壮族自治区文化和旅游厅关于2021年非遗保护资金绩效自评报告\n我厅开展了自评。\n', 'department_name')).toEqual({ department_name: '广西壮族自治区文化和旅游厅' });
    expect(pick('自治区林业局关于2022年度中央财政林业改革发展资金绩效自评的报告\n按照要求,新疆维吾尔自治区林业局对资金开展了自评。\n', 'department_name')).toEqual({ department_name: '新疆维吾尔自治区林业局' });
    expect(pick('自治区林业局关于2022年度中央财政林业改革发展资金绩效自评的报告\n按照要求,本局对资金开展了自评。\n', 'department_name')).toEqual({ department_name: '自治区林业局' });
    // (only an autonomous region's name completes it: no other words before 自治区)
    expect(pick('自治区林业局关于2022年度中央财政林业改革发展资金绩效自评的报告\n按照要求,报送自治区林业局的资金开展了自评。\n', 'department_name')).toEqual({ department_name: '自治区林业局' });
    expect(pick('某某县教育局2019年度项目绩效评价报告\n某某县人力资源和社会保障局\n2019年度教育专项资金项目自评报告\n我局开展了自评。\n', 'department_name')).toEqual({ department_name: '某某县教育局' });
  });
});

describe('ninth round: a site\'s heading over a title with its own body, an association, a trailing pinyin gloss', () => {
  it('does not join a title that opens with its own body and place to the line before', () => {
    expect(pick('某某市科技局\n某某市科学技术协会科普活动项目绩效自评价报告\n来源:某某科协\n某某市科学技术协会2020年科普活动项目年初预算96万元。\n', 'department_name')).toEqual({ department_name: '某某市科学技术协会' });
  });
  it('still joins a title broken after its body (某某县交通运输局 / 2021年度…报告)', () => {
    expect(pick('某某县交通运输局\n农村公路养护项目绩效自评报告\n一、项目概况\n', 'department_name')).toEqual({ department_name: '某某县交通运输局' });
  });
  it('reads a name whole across the pinyin a conversion site put after its characters, its last one too (the value without it, printed with it)', () => {
    const x = toJson(extractReport('來(lái)源:某某市臨河區(qū)殘疾人聯(lián)合會(huì)\n中央轉(zhuǎn)移支付殘疾人事業(yè)發(fā)展補(bǔ)助資金績(jī)效自評(píng)報(bào)告\n'));
    expect(x.department_name).toBe('某某市臨河區殘疾人聯合會');
    expect(x.evidence.department_name!.printed).toBe('某某市臨河區(qū)殘疾人聯(lián)合會(huì)');
  });
});

describe('ninth round: a template site\'s collection title names no year of the copy\'s', () => {
  it('takes no year from the collection title when the copy masks its own (20xx年)', () => {
    expect(pick('2023年污水处理项目绩效自评报告(优质21篇)\n字号:\n污水处理项目绩效自评报告篇一\n(一)项目概况。项目实施主体:某某县卫生健康局。\n某某提升项目资金预算386万元,在20xx年及时使用。\n', 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('ninth round: a page\'s 责任部门', () => {
  it('takes the 责任部门 over the 发布机构 that published the page', () => {
    expect(pick('索引号 | 620722039/2022-00035 | 发文字号 | |\n关键词 | 发布机构 | 某某县文体广电和旅游局 | |\n公开形式 | 主动公开 | 责任部门 | 某某县博物馆 |\n一、单位基本情况\n二、部门整体支出绩效自评情况分析\n', 'department_name')).toEqual({ department_name: '某某县博物馆' });
  });
});

describe('ninth round: funds listed side by side with no total', () => {
  it('takes neither fund\'s amount for the project\'s budget', () => {
    expect(pick(`${PROJECT}一、项目概况\n市财政根据批复,2023年下达了园林绿化经费:514.56万元,行道树养护费:30.58万元。对全市绿化进行养护。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it('still reads a fund\'s amount followed by what was spent, or the total of the list (the sum settles it)', () => {
    expect(pick(`${PROJECT}一、项目概况\n2023年下达园林绿化经费514.56万元,实际支出资金500万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 514.56 });
    expect(pick(`${PROJECT}一、项目概况\n2023年下达园林绿化经费514.56万元,行道树养护费30.58万元,共计下达545.14万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 545.14 });
  });
});

describe('ninth round: the body in parentheses after a title that names none', () => {
  it('reads the body, on the title\'s line or the next', () => {
    expect(pick('2021年度专项资金绩效自评报告 (某某市农村经济经营服务站) 一、专项资金基本情况 维护农民权益与农民负担监督管理工作经费项目支出,主要用于社会化服务和惠农政策等方面。', 'department_name')).toEqual({ department_name: '某某市农村经济经营服务站' });
    expect(pick('2021年度专项资金绩效自评报告\n(某某县文化馆)\n一、基本情况\n', 'department_name')).toEqual({ department_name: '某某县文化馆' });
  });
  it('reads no project or placeless name in parentheses as the body', () => {
    expect(pick('2021年度项目支出绩效自评报告\n(某某县农村环境整治专项资金)\n一、基本情况\n', 'department_name')).toEqual({ department_name: null });
    expect(pick('2021年度专项资金绩效自评报告\n(农村经管服务站)\n一、基本情况\n', 'department_name')).toEqual({ department_name: null });
  });
});

describe('ninth round: a document site\'s page number run into the title', () => {
  it('reads the body after the number (1东川区扶贫办…)', () => {
    expect(pick('1、1某某区扶贫办贫困对象动态管理项目支出绩效自评报告一、项目基本情况(一)项目基本情况简介某某区贫困对象动态管理工作经费100万元,专项用于贫困对象动态管理工作。', 'department_name')).toEqual({ department_name: '某某区扶贫办' });
  });
  it('still reads a year at the title\'s head as a year', () => {
    expect(pick('2023某某区扶贫办项目支出绩效自评报告\n一、项目基本情况\n', 'department_name')).toEqual({ department_name: '某某区扶贫办' });
  });
});

describe('the ninth round\'s second review probes', () => {
  it("A1 预算支出", () => {
    expect(pick("2023年度桃江县农村人居环境整治项目绩效自评报告\n一、项目资金情况\n该项目预算支出68.5万元,实际支出66.2万元,预算执行率96.64%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 68.5, spent_wan: 66.2, execution_rate_pct: 96.64 });
  });
  it("A5 预算支出", () => {
    expect(pick("津市市自然资源局2023年部门整体支出绩效自评报告\n一、部门收支情况\n2023年本局政府性基金预算支出3,560万元,主要用于土地征收补偿。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("A6 预算支出", () => {
    expect(pick("2023年度鹤城区老旧小区改造项目绩效自评报告\n一、项目概况\n项目预算支出科目为2210108老旧小区改造,项目资金500万元,实际支出480万元,执行率96%。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 500, spent_wan: 480 });
  });
  it("A8 预算支出", () => {
    expect(pick("2023年度汝城县农技推广项目绩效自评报告\n二、资金情况\n项目资金60万元,实际支出58万元,执行率96.67%,与上年预算支出45万元相比增加15万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 60, spent_wan: 58 });
  });
  it("A10 预算支出", () => {
    expect(pick("2023年度祁阳市义务教育公用经费保障项目绩效自评报告\n一、项目概况\n按照小学生均预算支出650元的标准拨付,全年项目资金共计1,320万元,实际支出1,320万元,执行率100%。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 1320, spent_wan: 1320 });
  });
  it("A11 预算支出", () => {
    expect(pick("2023年度临武县河道保洁项目绩效自评报告\n二、预算执行情况\n年初预算30万元,年中追加6万元,项目调整后预算支出为36万元,实际支出36万元。\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: 30, budget_final_wan: 36, spent_wan: 36 });
  });
  it("A12 预算支出", () => {
    expect(pick("石门县民政局2023年部门整体支出绩效自评报告\n二、收支情况\n2023年度收入合计2,310万元,其中一般公共预算财政拨款2,200万元;国有资本经营预算支出0万元。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("B1 合计批复总投资", () => {
    expect(pick("2023年度华容县高标准农田建设项目绩效自评报告\n一、项目概况\n该项目分两批实施,第一批批复总投资1,800万元,第二批批复总投资1,200万元,两批共计批复总投资3,000万元,截至年底完成投资2,850万元。\n", 'budget_final_wan')).toEqual({ budget_final_wan: 3000 });
  });
  it("B2 合计批复总投资", () => {
    expect(pick("2023年度岳阳市老旧管网改造项目绩效自评报告\n一、项目概况\n项目合计批复总投资8,650万元,分三年实施。\n二、预算执行情况\n2023年项目预算资金2,000万元,实际支出1,960万元,预算执行率98%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 2000, spent_wan: 1960, execution_rate_pct: 98 });
  });
  it("B3 合计批复总投资", () => {
    expect(pick("资兴市住房和城乡建设局2023年部门整体支出绩效自评报告\n一、部门概况\n本年度我局实施的保障性住房项目合计批复总投资12,000万元。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("B4 合计批复总投资", () => {
    expect(pick("2022年度通道县农村公路提质改造项目绩效自评报告\n一、项目概况\n全县共3个标段,总计批复的总投资额为2,468.9万元,实际完成投资2,410万元。\n", 'budget_final_wan')).toEqual({ budget_final_wan: 2468.9 });
  });
  it("C1 其中;", () => {
    expect(pick("2023年度绥宁县基层医疗卫生机构能力提升项目绩效自评报告\n一、项目资金情况\n项目资金预算520万元,其中中央补助资金:300万元;省级补助资金:120万元;县级配套资金100万元,资金已全部下达。\n", 'budget_final_wan')).toEqual({ budget_final_wan: 520 });
  });
  it("C5 其中;", () => {
    expect(pick("2023年度会同县林业有害生物防治项目绩效自评报告\n二、资金情况\n下达资金共计95万元,其中中央资金60万元;省级资金35万元;全年实际支出资金91.2万元,执行率96%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 95, spent_wan: 91.2, execution_rate_pct: 96 });
  });
  it("D1 rate其中", () => {
    expect(pick("桑植县统计局2023年部门整体支出绩效自评报告\n二、预算执行情况\n全年支出合计436.2万元,预算执行率为92.18%,其中:基本支出326.2万元,执行率100%;项目支出110万元,执行率74.83%。\n", 'execution_rate_pct')).toEqual({ execution_rate_pct: 92.18 });
  });
  it("D2 rate其中", () => {
    expect(pick("2023年度永顺县特色产业发展项目绩效自评报告\n二、资金执行情况\n项目资金支出率为87.5%,其中中央资金支出率100%,省级资金支出率62.5%。\n", 'execution_rate_pct')).toEqual({ execution_rate_pct: 87.5 });
  });
  it("D3 rate其中", () => {
    expect(pick("2023年度保靖县乡村道路硬化项目绩效自评报告\n三、绩效情况\n项目工程完成率100%,其中新建道路3.2公里、改造道路1.8公里均已验收,项目资金执行率为93.6%。\n", 'execution_rate_pct')).toEqual({ execution_rate_pct: 93.6 });
  });
  it("D4 rate其中", () => {
    expect(pick("部门整体支出绩效自评表\n(2023年度)\n部门名称 古丈县档案馆\n全年执行率 92.5% 其中:基本支出执行率 100% 项目支出执行率 80%\n", 'execution_rate_pct')).toEqual({ execution_rate_pct: 92.5 });
  });
  it("D5 rate其中", () => {
    expect(pick("2023年度凤凰县村级服务站建设项目绩效自评报告\n三、绩效情况\n项目建设任务完成率100%,其中新建村级服务站12个,全年实际支出392万元,预算执行率98%。\n", 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 392, execution_rate_pct: 98 });
  });
  it("D6 rate其中", () => {
    expect(pick("2023年度泸溪县农村电商项目绩效自评报告\n二、资金情况\n截至12月底,项目完成率100%,资金执行率95.2%,其中中央资金执行率100%。\n", 'execution_rate_pct')).toEqual({ execution_rate_pct: 95.2 });
  });
  it("D7 rate其中", () => {
    expect(pick("2023年度花垣县易地搬迁后续扶持项目绩效自评报告\n二、预算执行情况\n项目预算200万元,其中中央资金150万元,地方资金50万元,实际支出186万元,预算执行率93%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 200, spent_wan: 186, execution_rate_pct: 93 });
  });
  it("E1 expands", () => {
    expect(pick("首页 > 信息公开 > 财政预决算\n江口县民宗局2022年度项目支出绩效自评报告\n发布时间:2023-05-12 来源:本站\n江口县民族宗教事务局\n2022年度少数民族发展资金项目绩效自评报告\n一、项目基本情况\n", 'department_name')).toEqual({ department_name: "江口县民族宗教事务局" });
  });
  it("E2 expands", () => {
    expect(pick("龙湖区教育局2023年部门整体支出绩效自评报告\n发布日期:2024-05-20\n汕头市龙湖区教育局2023年部门整体支出绩效自评报告\n一、部门基本情况\n", 'department_name')).toEqual({ department_name: "汕头市龙湖区教育局" });
  });
  it("E3 expands", () => {
    expect(pick("兴山县水利局2023年度项目支出绩效自评报告\n发布日期:2024-04-10\n一、项目概况\n本局2023年实施山洪灾害防治项目,预算资金60万元。\n相关阅读:\n兴山县水利水电工程建设管理局2023年度部门整体支出绩效自评报告\n", 'department_name')).toEqual({ department_name: "兴山县水利局" });
  });
  it("E4 expands", () => {
    expect(pick("龙南市人民政府2022年度部门整体支出绩效自评报告\n发布时间:2023-08-01\n一、部门基本情况\n市政府本级机关共有工作人员86人。\n上一篇:\n龙南市里仁镇人民政府2022年度部门整体支出绩效自评报告\n", 'department_name')).toEqual({ department_name: "龙南市人民政府" });
  });
  it("E5 expands", () => {
    expect(pick("嵩明县卫健局2023年度项目支出绩效评价报告\n发布时间:2024-03-01\n嵩明县卫生健康局\n2023年度基本公共卫生服务项目绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "嵩明县卫生健康局" });
  });
  it("E6 expands", () => {
    expect(pick("株洲市荷塘区教育局2023年部门整体支出绩效自评报告\n浏览次数:128\n湖南省株洲市荷塘区教育局2023年部门整体支出绩效自评报告\n一、部门概况\n", 'department_name')).toEqual({ department_name: "湖南省株洲市荷塘区教育局" });
  });
  it("E7 expands", () => {
    expect(pick("宁乡市财政局2023年度项目支出绩效自评报告\n发布日期:2024-05-06\n一、项目概况\n...\n附件:宁乡市财政国库集中支付中心2023年度部门整体支出绩效自评报告\n", 'department_name')).toEqual({ department_name: "宁乡市财政局" });
  });
  it("E8 expands", () => {
    expect(pick("沅江市交通局2023年度项目支出绩效自评报告\n发布时间:2024-04-12\n沅江市交通运输局\n2023年度农村公路养护项目绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "沅江市交通运输局" });
  });
  it("F1 ownBody", () => {
    expect(pick("太仓市文体广电和旅游局\n太仓市图书馆数字资源建设项目绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "太仓市图书馆" });
  });
  it("F2 ownBody", () => {
    expect(pick("2023年度\n溆浦县低庄镇人民政府部门整体支出绩效自评报告\n一、部门基本情况\n(一)部门职能\n低庄镇人民政府是县人民政府的派出机构。\n", 'fiscal_year', 'department_name', 'kind')).toEqual({ fiscal_year: 2023, department_name: "溆浦县低庄镇人民政府", kind: "department" });
  });
  it("F3 ownBody", () => {
    expect(pick("2022年度\n四川省文物考古研究院文物保护项目绩效自评报告\n一、项目概况\n本院承担文物保护工作。\n", 'fiscal_year', 'department_name', 'kind')).toEqual({ fiscal_year: 2022, department_name: "四川省文物考古研究院", kind: "project" });
  });
  it("F4 ownBody", () => {
    expect(pick("会同县农业农村局\n耕地地力保护补贴项目绩效自评报告\n一、项目概况\n", 'department_name', 'kind')).toEqual({ department_name: "会同县农业农村局", kind: "project" });
  });
  it("F5 ownBody", () => {
    expect(pick("宜章县卫生健康局\n宜章县妇幼保健院孕产妇健康管理项目绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "宜章县妇幼保健院" });
  });
  it("F6 ownBody", () => {
    expect(pick("2023年度\n湖南省地质博物馆免费开放项目绩效自评报告\n一、项目概况\n", 'fiscal_year', 'department_name')).toEqual({ fiscal_year: 2023, department_name: "湖南省地质博物馆" });
  });
  it("F7 ownBody", () => {
    expect(pick("2024年度\n衡阳市雁峰区白沙洲街道办事处部门整体支出绩效自评报告\n一、基本情况\n", 'fiscal_year', 'kind')).toEqual({ fiscal_year: 2024, kind: "department" });
  });
  it("F8 ownBody", () => {
    expect(pick("湘潭市雨湖区人民政府\n湘潭市雨湖区人民政府办公室部门整体支出绩效自评报告\n一、部门概况\n", 'department_name', 'kind')).toEqual({ department_name: "湘潭市雨湖区人民政府办公室", kind: "department" });
  });
  it("G1 association", () => {
    expect(pick("长沙市望城区残疾人联合会助残服务项目绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "长沙市望城区残疾人联合会" });
  });
  it("G3 association", () => {
    expect(pick("郴州市资助行业协会开展招商活动经费绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: null });
  });
  it("G4 association", () => {
    expect(pick("醴陵市陶瓷行业协会产业推介项目绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "醴陵市陶瓷行业协会" });
  });
  it("G5 association", () => {
    expect(pick("2023年度\n邵阳市科学技术协会科普惠农项目绩效自评报告\n一、项目概况\n", 'department_name', 'fiscal_year')).toEqual({ department_name: "邵阳市科学技术协会", fiscal_year: 2023 });
  });
  it("H1 pinyin", () => {
    expect(pick("來(lái)源:長(zhǎng)沙市岳麓區(qū)婦女聯(lián)合會(huì)\n2023年度婦女兒童發(fā)展項(xiàng)目績(jī)效自評(píng)報(bào)告\n一、項(xiàng)目概況\n", 'department_name')).toEqual({ department_name: "長沙市岳麓區婦女聯合會" });
  });
  it("H2 pinyin", () => {
    expect(pick("發(fā)布機(jī)構(gòu):隆回縣(xiàn)民政局(jú)\n2023年度城鄉(xiāng)低保資(zī)金績(jī)效自評(píng)報(bào)告\n一、項(xiàng)目概況\n", 'department_name')).toEqual({ department_name: "隆回縣民政局" });
  });
  it("I1 template-year", () => {
    expect(pick("2023年学校食堂改造项目绩效自评报告(优质12篇)\n学校食堂改造项目绩效自评报告篇一\n一、项目概况\n20xx年,我校食堂改造项目预算资金45万元。\n", 'fiscal_year')).toEqual({ fiscal_year: null });
  });
  it("I2 template-year", () => {
    expect(pick("2023年乡村振兴项目绩效自评报告(优质15篇)\n乡村振兴项目绩效自评报告篇一\n一、项目基本情况\n2023年,某县乡村振兴衔接资金项目预算资金1,200万元,实际支出1,150万元。\n", 'fiscal_year')).toEqual({ fiscal_year: 2023 });
  });
  it("I3 template-year", () => {
    expect(pick("2023年污水处理项目绩效自评报告(优质10篇)\n篇一\n2022年度某县污水处理厂运营项目绩效自评报告\n一、项目概况\n", 'fiscal_year')).toEqual({ fiscal_year: 2022 });
  });
  it("J1 责任部门", () => {
    expect(pick("索引号: 11431023MB1C45678X/2023-00012\n发布机构: 永兴县教育局 发布日期: 2023-06-15\n责任部门: 永兴县第一中学\n2022年度学生资助项目绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "永兴县第一中学" });
  });
  it("J2 责任部门", () => {
    expect(pick("发布机构:平江县民政局\n责任部门:办公室\n2022年度城乡低保资金绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "平江县民政局" });
  });
  it("J3 责任部门", () => {
    expect(pick("发布机构:平江县民政局\n责任部门:平江县民政局社会救助股\n2022年度城乡低保资金绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "平江县民政局" });
  });
  it("J4 责任部门", () => {
    expect(pick("发布机构:桂东县农业农村局\n发布时间:2023-07-01\n2022年度动物防疫补助资金绩效自评报告\n一、项目概况\n项目预算资金45万元。\n五、存在问题及整改措施\n(一)强制免疫进度偏慢。\n整改措施:加强督导。\n责任部门:桂东县动物疫病预防控制中心\n完成时限:2023年12月\n", 'department_name')).toEqual({ department_name: "桂东县农业农村局" });
  });
  it("J5 责任部门", () => {
    expect(pick("发布机构:汝城县人力资源和社会保障局\n责任部门:县人社局\n2022年度就业补助资金绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "汝城县人力资源和社会保障局" });
  });
  it("J6 责任部门", () => {
    expect(pick("| 索引号 | 431100-2024-0031 | 发布机构 | 永州市生态环境局 |\n| 责任部门 | 永州市生态环境局零陵分局 | 公开方式 | 主动公开 |\n2023年度部门整体支出绩效自评报告\n一、部门概况\n", 'department_name')).toEqual({ department_name: "永州市生态环境局零陵分局" });
  });
  it("J7 责任部门", () => {
    expect(pick("发布机构\n汨罗市文化旅游广电体育局\n责任部门\n汨罗市屈原纪念馆\n发布日期\n2023-05-20\n2022年度免费开放补助资金绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "汨罗市屈原纪念馆" });
  });
  it("J8 责任部门", () => {
    expect(pick("发布机构:资兴市教育局\n责任部门:资兴市财政局\n2022年度教育专项资金绩效自评报告\n一、项目概况\n", 'department_name')).toEqual({ department_name: "资兴市教育局" });
  });
  it("K1 side-by-side", () => {
    expect(pick("2023年度常宁市城区环卫保洁项目绩效自评报告\n一、项目概况\n2023年市财政下达道路清扫保洁经费1,260万元,垃圾转运费:380.5万元,用于城区环境卫生保洁。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("K2 side-by-side", () => {
    expect(pick("2023年度耒阳市村级公益事业建设项目绩效自评报告\n一、项目资金情况\n项目资金120万元,中央补助资金80万元,县级配套资金40万元。全年实际支出118万元,执行率98.33%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 120, spent_wan: 118, execution_rate_pct: 98.33 });
  });
  it("K3 side-by-side", () => {
    expect(pick("2023年度攸县农村厕所改造项目绩效自评报告\n一、项目资金情况\n项目资金150万元,中央补助资金100万元,不足部分由县级财政兜底。实际支出150万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 150, spent_wan: 150 });
  });
  it("K4 side-by-side", () => {
    expect(pick("2023年度茶陵县森林防火项目绩效自评报告\n二、预算情况\n年初预算资金80万元,追加资金20万元,调整后全年预算100万元,实际支出96万元,执行率96%。\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: 80, budget_final_wan: 100, spent_wan: 96 });
  });
  it("K5 side-by-side", () => {
    expect(pick("2023年度炎陵县防汛物资储备项目绩效自评报告\n二、预算执行情况\n项目预算32万元。项目实际支出资金30万元,节约资金2万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 32, spent_wan: 30 });
  });
  it("K7 side-by-side", () => {
    expect(pick("2023年度桂阳县农机购置与应用补贴项目绩效自评报告\n一、项目概况\n2023年上级下达农机购置补贴资金2,300万元、农机报废更新补贴资金150万元,全年兑付补贴2,280万元。\n", 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it("K9 side-by-side", () => {
    expect(pick("2023年度新田县园林养护项目绩效自评报告\n一、项目概况\n2023年下达园林绿化经费514.56万元,已使用经费500万元,执行率97.17%。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 514.56, spent_wan: 500 });
  });
  it("C6 其中;", () => {
    expect(pick("2023年度新晃县农村饮水巩固提升项目绩效自评报告\n二、资金情况\n项目资金全部为县级财政安排,其中设备购置资金236万元,人员培训资金100万元;项目资金合计386万元,实际支出380万元,执行率98.45%。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 386, spent_wan: 380 });
  });
  it("C7 其中;", () => {
    expect(pick("2023年度麻阳县中药材产业发展项目绩效自评报告\n二、资金情况\n项目预算资金120万元,其中:种苗采购经费20万元;技术培训经费10万元;基地建设资金90万元。年底实际支出118万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 120, spent_wan: 118 });
  });
  it("D8 rate其中", () => {
    expect(pick("2023年度辰溪县农村供水项目绩效自评报告\n二、资金执行情况\n中央资金执行率100%,其中设备购置60万元、安装调试20万元;项目整体资金执行率为95%。\n", 'execution_rate_pct')).toEqual({ execution_rate_pct: 95 });
  });
  it("F9 ownBody", () => {
    expect(pick("关于2023年度\n衡南县人民医院部门整体支出绩效自评情况的报告\n一、部门基本情况\n本院为二级甲等综合医院。\n", 'fiscal_year', 'department_name')).toEqual({ fiscal_year: 2023, department_name: "衡南县人民医院" });
  });
  it("K12 side-by-side", () => {
    expect(pick("2023年度新化县防汛抗旱项目绩效自评报告\n二、预算执行情况\n项目预算50万元。实际支出资金40万元,剩余资金10万元结转下年使用。\n", 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 50, spent_wan: 40 });
  });
  it("C8 其中;", () => {
    expect(pick("2023年度新晃县农村饮水巩固提升项目绩效自评报告\n二、资金情况\n项目资金全部为县级财政安排,其中设备购置资金236万元,人员培训资金100万元;项目资金合计386万元,年底前已全部完成支付。\n", 'budget_final_wan')).toEqual({ budget_final_wan: 386 });
  });
});

describe('ninth round: what was paid on stated terms', () => {
  it('reads 已按…支付项目资金 as spent, and its 项目资金 not as the budget', () => {
    expect(pick(`${PROJECT}2.资金执行情况\n项目于2023年10月完工并通过验收,已按施工合同支付项目资金196.56055万元。`, 'spent_wan', 'budget_final_wan')).toEqual({ spent_wan: 196.56055, budget_final_wan: null });
    expect(pick(`${PROJECT}1.资金到位情况\n县财政局下达资金200万元。\n2.资金执行情况\n项目完工后,已按施工合同支付项目资金196.56055万元。`, 'spent_wan', 'budget_final_wan')).toEqual({ spent_wan: 196.56055, budget_final_wan: 200 });
  });
  it('reads no plan to pay as spent', () => {
    expect(pick(`${PROJECT}2.资金执行情况\n项目尚未验收,将按施工合同支付项目资金196万元。`, 'spent_wan')).toEqual({ spent_wan: null });
  });
});

describe('ninth round: 部门 after the body in a title, a form flattened into source-label phrases, a project\'s budgeted investment', () => {
  it('reads the body without the 部门 that names the report\'s kind (某局部门2023年度…)', () => {
    expect(pick('某某市司法局部门2023年度项目支出绩效单位自评报告\n一、基本情况\n', 'department_name')).toEqual({ department_name: '某某市司法局' });
  });
  it('takes the total\'s row, not the sources\' (资金总额-年初预算数…, 专户-年初预算数0元)', () => {
    expect(pick(`${PROJECT}(二)项目资金安排情况\n如下:\n资金总额-年初预算数1810000元,资金总额-全年预算数1810000元,\n财政资金-年初预算数1810000元,财政资金-全年预算数1810000元,\n专户-年初预算数0元,专户全年预算数0元,\n单位年初预算数0元,单位全年预算数0元。\n`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 181, budget_final_wan: 181 });
  });
  it('reads 项目预算总投资 as the budget', () => {
    expect(pick(`${PROJECT}项目于9月1日进场施工。项目预算总投资为1981.39万元,已支付施工费537.33万元。`, 'budget_final_wan')).toEqual({ budget_final_wan: 1981.39 });
  });
});

describe('tenth round: a budget with nothing spent, a department\'s appropriations spent', () => {
  it('reads a form\'s budget whose spending and rate are 0 (a fund not yet spent), and still no value from a row of zeros', () => {
    const form = '转移支付区域(项目)绩效目标自评表 (2023)\n转移支付(项目)名称\n\n2023年第一批中央大气污染防治资金\n\n项目资金(万元)\n\n全年预算数(A)\n\n全年执行数(B)\n\n执行率(B/A)\n\n年度资金总额:\n\n2380.91\n\n0\n\n0\n\n其中:中央资金\n\n871\n\n0\n\n0\n\n年度总体目标\n';
    expect(pick(form, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 2380.91, spent_wan: 0, execution_rate_pct: 0 });
    const zeros = form.replace('2380.91', '0');
    expect(pick(zeros, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: null, spent_wan: null, execution_rate_pct: null });
  });

  it('reads a department\'s 财政拨款支出合计 as its spending when the report states no other', () => {
    const text = '某镇人民政府2024年度部门整体支出绩效自评报告\n(三)收支与绩效目标\n2024年度财政拨款收入合计2024.05万元(均为一般公共预算收入),财政拨款支出合计2024.05万元,预算执行率100%。\n';
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: 2024.05 });
    // (the spending from all sources, when stated, is the whole)
    expect(pick(text.replace('预算执行率100%', '支出合计2100.5万元'), 'spent_wan')).toEqual({ spent_wan: 2100.5 });
    // (a part other than the appropriations is still a part)
    expect(pick(text.replace('财政拨款支出合计', '基本支出合计'), 'spent_wan')).toEqual({ spent_wan: null });
  });
});

describe('tenth round: what the evaluation covered', () => {
  it('reads the fund an evaluation covered (就…经费24万元…开展了绩效评价) as the budget', () => {
    expect(pick('某市教育局2017年度专项业务经费项目绩效自评报告\n一、基本情况\n我局通过听取汇报和调阅资料等方式,就 2017 年度全市中小学平安校园监控维护费等专项业务经费 24 万元财政支出项目情况开展了绩效评价。\n', 'budget_final_wan')).toEqual({ budget_final_wan: 24 });
    expect(pick(`${PROJECT}评价组对2023年度某某项目资金834万元进行绩效评价。`, 'budget_final_wan')).toEqual({ budget_final_wan: 834 });
    // (not a fund named without evaluating it)
    expect(pick(`${PROJECT}就 2023 年度专项业务经费 24 万元的使用情况向局党组作了汇报。`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('tenth round: a grade run into the next heading', () => {
  it('reads 绩效等级:优秀 before a heading the flattened text runs in (优秀(二)…, 优秀 1 (二)…)', () => {
    const text = '2021年度某某补助资金自评报告\n二、评价结论和绩效分析 (一)评价结果 评价得分:99.56 绩效等级:优秀 (二)主要绩效及分析 项目主要经验总结';
    expect(pick(text, 'grade')).toEqual({ grade: '优秀' });
    expect(pick(text.replace('优秀 (二)', '优秀 1 (二)'), 'grade')).toEqual({ grade: '优秀' });
    expect(pick(text.replace('优秀 (二)', '良好 三、'), 'grade')).toEqual({ grade: '良好' });
    // (a legend's grade before its threshold, or a description in parentheses, is not one)
    expect(pick(text.replace('优秀 (二)', '优秀 90 (二)'), 'grade')).toEqual({ grade: null });
    expect(pick(text.replace('绩效等级:优秀 (二)', '绩效等级:优(90分以上)'), 'grade')).toEqual({ grade: null });
  });
});

describe('tenth round: several projects\' count and what they came to', () => {
  it('reads the amount in the clause after a count of projects as their total, the items after it as parts', () => {
    const text = '某县就业服务中心2023年项目支出绩效自评报告\n一、项目基本情况\n(一)项目基本情况简介\n某县就业服务中心2023年参与绩效评价的项目共4个,项目支出609.74万元。其中:财政拨款项目支出15万元,其他项目支出594.74万元。具体如下:\n1、档案整理费5万元,主要用于档案整理方面;\n2、就业专项资金594.74万元,主要用于专项培训相关费用方面。\n';
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: 609.74 });
    const budget = '某市委办公室2023年项目支出绩效自评报告\n一、基本情况\n某市委办公室2023年实施项目共4个,项目预算资金150万元。其中:年初预算批复的项目3个,项目资金150万元,2023年中央疫情防控财力补助资金1个,项目资金0.24万元。\n';
    expect(pick(budget, 'budget_final_wan')).toEqual({ budget_final_wan: 150 });
    // (not without the count: one project's 项目支出 among others is a part)
    expect(pick(text.replace('参与绩效评价的项目共4个,', ''), 'spent_wan')).toEqual({ spent_wan: null });
  });
});

describe('tenth round: a closing total after the list it sums', () => {
  const head = '某县民政局2024年中央和市级转移支付绩效自评报告\n一、绩效目标分解下达情况\n';
  it('takes the total of the sentence right after a list of funds it adds up (…经费18.6万元;…3万元。共计下达…61.6万元)', () => {
    expect(pick(`${head}2024年度,中央、市级下达转移支付慈善会项目40万元;审计财政项目评审专项经费18.6万元;基本公共卫生服务项目3万元。共计下达中央、市级转移支付资金61.6万元。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: 61.6 });
    // (not a total its list does not add up to, a wider one: `…3万元。共计下达各类资金3580.69万元,涉及23个项目`)
    expect(pick(`${head}2024年度,中央下达困难群众救助补助资金40万元;审计财政项目评审专项经费18.6万元;基本公共卫生服务项目3万元。共计下达各类资金3580.69万元,涉及23个项目。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it('not when another sentence stands between the list and the total', () => {
    expect(pick(`${head}2024年度,审计财政项目评审专项经费18.6万元。该项目用于评审。共计下达中央、市级转移支付资金3580.69万元。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('tenth round: a form row whose cells one space divides', () => {
  it('reads 120,000.00 120,000.00 30,000.00 as three cells, not numbers run together', () => {
    const form = '某中学2023年项目支出绩效自评表\n项目名称: 学生事务补助  联系电话: 13100000000    \n资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分    \n资金总额: 120,000.00 120,000.00 30,000.00 10.00  25 2.5    \n其中:财政资金: 0.00 0.00 0.00   0      \n';
    expect(pick(form, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 12, budget_final_wan: 12, spent_wan: 3, execution_rate_pct: 25 });
  });
  it('still joins digits spread out one by one', () => {
    expect(pick('项目支出绩效自评表\n| 项目资金（万元） | 全年预算数 | 全年执行数 | 执行率 |\n| 年度资金总额 | 1 2 0 . 5 | 1 1 0 . 5 | 91.70% |\n', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 120.5, spent_wan: 110.5 });
  });
});

describe('tenth round: the body alone on the line above a title, in a text that never says how it calls itself', () => {
  it('reads the heading\'s body (会同县住房和城乡建设局 / 2022年农村危房改造项目绩效自评报告)', () => {
    expect(pick('会同县住房和城乡建设局\n2022年农村危房改造项目绩效自评报告\n\n一、项目概况\n2022年全县计划实施农村危房改造286户。\n', 'department_name')).toEqual({ department_name: '会同县住房和城乡建设局' });
    expect(pick('临泽县文化馆\n2021年度部门整体支出绩效自评报告\n一、部门基本情况\n本单位开展了整体支出绩效自评,共有职工12人。', 'department_name')).toEqual({ department_name: '临泽县文化馆' });
  });
  it('not a government\'s or a finance body\'s (their portals carry every unit\'s reports)', () => {
    expect(pick('会同县人民政府\n2022年农村危房改造项目绩效自评报告\n\n一、项目概况\n全县计划实施农村危房改造286户。\n', 'department_name')).toEqual({ department_name: null });
    expect(pick('会同县财政局\n2022年农村危房改造项目绩效自评报告\n\n一、项目概况\n全县计划实施农村危房改造286户。\n', 'department_name')).toEqual({ department_name: null });
  });
});

describe('tenth round: what the project or the unit scored, and a grade after the score', () => {
  const head = '某县某局2023年度某某项目绩效自评报告\n一、基本情况\n项目预算50万元。\n四、自评结果\n';
  it('reads 该项目得分 / 本项目评分为 as the score', () => {
    expect(pick(`${head}经自评,该项目得分96分,评价等级为"优"。`, 'self_score')).toEqual({ self_score: 96 });
    expect(pick(`${head}经评价工作组评议,本项目评分为89分,等级:良。`, 'self_score', 'grade')).toEqual({ self_score: 89, grade: '良' });
  });
  it('reads 评为优 right after a total score, not after an item\'s', () => {
    expect(pick(`${head}对照绩效指标,本项目自评得分97分,评为优。`, 'grade')).toEqual({ grade: '优' });
    expect(pick(`${head}其中预算执行率指标得分10分,评为优。`, 'grade')).toEqual({ grade: null });
  });
});

describe('tenth round: sections, a form\'s adjustment column, a score before a wide gap', () => {
  it('reads a heading that runs into its text on its own line as its own section (五、自评结果:… after 四、存在问题)', () => {
    const text = '某县林业局2023年度部门整体支出绩效自评报告\n三、主要绩效:全年完成营造林2.6万亩。\n四、存在问题:项目前期工作不够扎实,部分项目资金拨付滞后。\n五、自评结果:自评分数96.5分,自评等级"优秀"。\n';
    expect(pick(text, 'self_score', 'grade')).toEqual({ self_score: 96.5, grade: '优秀' });
    // (a figure in the problems' own line is still an example)
    expect(pick(text.replace('部分项目资金拨付滞后。', '部分项目资金拨付滞后,自评分数仅88分。').replace('五、自评结果:自评分数96.5分,', '五、自评结果:'), 'self_score')).toEqual({ self_score: null });
  });
  it('reads the money under a heading that is only 项目资金 as the project\'s', () => {
    expect(pick('某区就业服务中心2024年度培训补贴项目绩效自评报告\n一、项目资金\n经市人社局审核,本年度培训补贴资金核定为86.4万元。截至2024年12月31日,累计支出79.92万元,执行率92.5%。\n二、项目实施情况\n全年开展培训40期。\n', 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 79.92, execution_rate_pct: 92.5 });
  });
  it('reads a form whose header prints 预算调整数 between 年初预算数 and 全年预算数', () => {
    const form = '某县2024年度项目支出绩效自评表\n项目名称：城乡居民养老保险经办服务\n资金情况（万元）  年初预算数  预算调整数  全年预算数  全年执行数  分值  执行率  得分\n年度资金总额  38.00  -4.50  33.50  33.12  10  98.87%  9.89\n其中：财政拨款  38.00  -4.50  33.50  33.12  —  —  —\n';
    expect(pick(form, 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: 38, budget_adjustment_wan: -4.5, budget_final_wan: 33.5, spent_wan: 33.12 });
  });
  it('reads a score a wide gap of spaces ends (自评得分：94.39    自评等级：优秀)', () => {
    expect(pick('某县2024年度项目支出绩效自评表\n项目名称：城乡居民养老保险经办服务\n自评得分：94.39    自评等级：优秀\n', 'self_score')).toEqual({ self_score: 94.39 });
  });
});

describe('tenth round: the report\'s own arithmetic reads budget, spending and rate whatever their words', () => {
  const head = '某县农业农村局2022年度特色种植补助项目绩效自评报告\n二、项目资金情况\n';
  it('reads the three when the spending ÷ an earlier amount is the printed rate (148.62 ÷ 155 = 95.88 %)', () => {
    expect(pick(`${head}该项目资金由省级补助资金1,250,000元和县级配套资金300,000元构成,合计1,550,000元。截至2022年12月31日,已拨付到户1,486,200元,资金使用率95.88%。\n`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 155, spent_wan: 148.62, execution_rate_pct: 95.88 });
    expect(pick(`${head}本年度区财政核拨项目经费200万元,全年用款196.5万元,用款进度98.25%。\n`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 200, spent_wan: 196.5, execution_rate_pct: 98.25 });
  });
  it('reads nothing when the arithmetic does not hold, or holds for a rate of funds received, a part, or funds received', () => {
    const none = { budget_final_wan: null, spent_wan: null, execution_rate_pct: null };
    const read = (s: string) => pick(`${head}${s}\n`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct');
    expect(read('合计1,550,000元。截至年底,已拨付到户1,486,200元,资金使用率96.5%。')).toEqual(none);
    expect(read('合计1,550,000元。截至年底,资金到位1,486,200元,资金到位率95.88%。')).toEqual(none);
    expect(read('合计1,550,000元。其中已拨付到户1,486,200元,资金使用率95.88%。')).toEqual(none);
    expect(read('上级拨付补助资金15.147万元。全年用款12.458万元,用款进度82.25%。')).toEqual(none);
    expect(read('本年收入合计1,550,000元。截至年底,已拨付到户1,486,200元,资金使用率95.88%。')).toEqual(none);
    expect(read('资金到位1,550,000元。截至年底,已拨付到户1,486,200元,资金使用率95.88%。')).toEqual(none);
    expect(read('项目计划投资1,550,000元。截至年底,已拨付到户1,486,200元,资金使用率95.88%。')).toEqual(none);
    // (another year's spending, a rate of something else, a rate far from the amount, a budget far before the spending)
    expect(read('合计1,550,000元。2021年已拨付到户1,486,200元,资金使用率95.88%。')).toEqual(none);
    expect(read('合计1,550,000元。截至年底,已拨付到户1,486,200元,户数完成率95.88%。')).toEqual(none);
    expect(read(`合计1,550,000元。截至年底,已拨付到户1,486,200元,${'涉及脱贫户及监测户共一千一百三十七户'.repeat(9)},资金使用率95.88%。`)).toEqual(none);
    expect(read(`合计1,550,000元。${'全年新发展茶叶、油茶、中药材等特色种植面积三千余亩,受益群众满意度较高。'.repeat(12)}截至年底,已拨付到户1,486,200元,资金使用率95.88%。`)).toEqual(none);
    expect(pick(`${head}合计1,550,000元。全年支出1,486,200元,支出增长率95.88%。\n`, 'budget_final_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: null, execution_rate_pct: null });
  });
  it('a rate of 100 % only when the two amounts are printed alike', () => {
    expect(pick(`${head}本项目财政投入95万元。财政资金全部用于工程维修,兑付95万元,兑付率100%。\n`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 95, spent_wan: 95 });
    expect(pick(`${head}本项目财政投入95万元。财政资金全部用于工程维修,兑付94.99万元,兑付率100%。\n`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
});

describe('tenth round: a form\'s unit above its header, cells under a header with an empty column, 实际列支, 经自评,项目得分', () => {
  it('reads a form in 元 when the header prints no unit and the form states one (单位：元)', () => {
    const form = '2020年度项目支出绩效自评表\n填报单位（盖章）：某县城乡建设投资服务中心            单位：元\n项目名称：老旧小区改造配套基础设施\n项目资金    年初预算数    全年预算数    全年执行数    分值    执行率    得分\n年度资金总额    3,000,000.00    3,465,800.00    3,412,286.40    10    98.46%    9.85\n其中：当年财政拨款    3,000,000.00    3,465,800.00    3,412,286.40    —    —    —\n';
    expect(pick(form, 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: 300, budget_final_wan: 346.58, spent_wan: 341.22864 });
    // (a unit beside the header is the header's)
    expect(pick(form.replace('年初预算数    全年预算数', '年初预算数（万元）    全年预算数'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
  it('aligns `|` cells under a header whose label is followed by an empty column', () => {
    const form = '|2023年度项目支出绩效自评表|\n|项目名称|义务教育薄弱环节改善与能力提升|\n|项目资金（万元）| |年初预算数|全年预算数|全年执行数|分值|执行率|得分|\n|年度资金总额| |1,050.00|1,238.60|1,181.43|10|95.38%|9.54|\n|其中|当年财政拨款|1,050.00|1,238.60|1,181.43|—|—|—|\n';
    expect(pick(form, 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({ budget_initial_wan: 1050, budget_final_wan: 1238.6, spent_wan: 1181.43 });
  });
  it('reads 实际列支 as spent, not as the budget', () => {
    expect(pick(`${PROJECT}二、项目资金情况\n本年度区财政核拨项目经费200万元,实际列支198.4万元。\n`, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 200, spent_wan: 198.4 });
  });
  it('reads 经自评,项目得分90分 as the score', () => {
    expect(pick(`${PROJECT}五、自评结果\n经自评,项目得分90分,评价等级为优。\n`, 'self_score')).toEqual({ self_score: 90 });
  });
});

describe('tenth round: the arithmetic over a budget read that it does not fit', () => {
  const head = '某县水务局2023年度农村供水工程维修养护项目绩效自评报告\n二、项目资金情况\n';
  it('takes the total of which the spending is the rate over a share the cues read (下达我县1250万元 … 共计1400万元)', () => {
    expect(pick(`${head}2023年,中央水利发展资金下达我县1250万元,县级财政配套150万元,共计1400万元。截至2023年12月31日,已拨付资金1312.6万元,资金拨付率93.76%。\n`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 1400, spent_wan: 1312.6, execution_rate_pct: 93.76 });
  });
  it('keeps a budget read that the rate fits', () => {
    expect(pick(`${head}2023年,中央水利发展资金下达我县1400万元,县级财政配套150万元,共计1550万元。截至年底,已拨付资金1312.6万元,资金拨付率93.76%。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: 1400 });
    expect(pick(`${head}各渠道合计1396万元。截至年底,已拨付资金1312.6万元,资金拨付率94%。\n三、其他\n项目预算资金1400万元。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: 1400 });
  });
  it('reads 决算数 and 报账 spending, and money under 二、项目实施及资金支出', () => {
    expect(pick(`${head}2023年该项目预算批复186万元,调增预算24万元,调整后为210万元。项目决算数207.35万元,执行率98.74%。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: 210 });
    expect(pick(`${head}另整合县级涉农资金120万元,项目总资金800万元。截至年底,已报账支出756.4万元,报账率94.55%。\n`, 'budget_final_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 800, execution_rate_pct: 94.55 });
    expect(pick('某县农业农村局2023年度高标准农田建设项目绩效自评报告\n一、项目概况\n项目总投资22,400万元,其中县级财政资金2,150万元。\n二、项目实施及资金支出\n截至2023年12月31日,实际支付项目资金19,872.46万元,项目资金执行率88.72%。\n', 'spent_wan')).toEqual({ spent_wan: 19872.46 });
  });
});

describe('tenth round: the body alone on the line after the title', () => {
  it('reads it (…自评报告(2023年度) / 伊宁县气象局 / 一、项目概况)', () => {
    expect(pick('伊宁县人工影响天气作业项目支出绩效自评报告（2023年度）\n\n伊宁县气象局\n\n一、项目概况\n县财政每年安排人工影响天气作业经费。\n', 'department_name')).toEqual({ department_name: '伊宁县气象局' });
  });
  it('not a government\'s, a finance body\'s, nor another kind of body than the text speaks as', () => {
    expect(pick('人工影响天气作业项目支出绩效自评报告（2023年度）\n\n伊宁县人民政府\n\n一、项目概况\n县财政每年安排人工影响天气作业经费。\n', 'department_name')).toEqual({ department_name: null });
    expect(pick('人工影响天气作业项目支出绩效自评报告（2023年度）\n\n伊宁县财政局\n\n一、项目概况\n县财政每年安排人工影响天气作业经费。\n', 'department_name')).toEqual({ department_name: null });
    expect(pick('人工影响天气作业项目支出绩效自评报告（2023年度）\n\n伊宁县气象局\n\n一、项目概况\n我中心每年安排人工影响天气作业经费,我中心负责作业。\n', 'department_name')).toEqual({ department_name: null });
  });
});

describe('tenth round: the year of 财政拨款预算, the points a self-evaluation sentence gives', () => {
  it('counts 本单位2021年度财政拨款预算 as naming the figures\' year (a tie with last year\'s is no answer)', () => {
    const text = '部门整体支出绩效自评报告\n\n某旗委党校\n\n一、预算及执行\n本单位2021年度财政拨款预算为312.64万元。全年支出312.64万元,预算执行率100%。2020年度支出为287.15万元。\n';
    expect(pick(text, 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick(text.replace('2020年度支出为287.15万元。', ''), 'fiscal_year')).toEqual({ fiscal_year: 2021 });
  });
  it('reads 本项目自评91.5分, …项目得分87.5分 and …评分为90.25分 in a sentence about the evaluation', () => {
    expect(pick(`${PROJECT}四、自评情况\n按照百分制评分,本项目自评91.5分,自评等级为“优”。\n`, 'self_score')).toEqual({ self_score: 91.5 });
    expect(pick(`${PROJECT}四、自评结论\n经自评,2023年高标准农田建设项目得分87.5分,等次为“良”。\n`, 'self_score')).toEqual({ self_score: 87.5 });
    expect(pick(`${PROJECT}四、自评结论\n根据就业补助资金绩效评价有关规定,我县2023年就业补助资金评分为90.25分,等级为“优”。\n`, 'self_score')).toEqual({ self_score: 90.25 });
    // (not an item's few points)
    expect(pick(`${PROJECT}四、自评结论\n经自评,项目决策部分得分18分。\n`, 'self_score')).toEqual({ self_score: null });
  });
});

describe('tenth round: the arithmetic settles amounts whose cues disagree, not rates', () => {
  it('takes the spending of which the rate is the share, over another fund\'s (累计支出1,425.5 … 已支出286)', () => {
    const text = `${PROJECT}二、资金使用情况\n中央财政下达项目资金1,500万元。截至2023年12月31日,累计支出1,425.5万元,资金执行率95.03%。除中央资金外,县财政另行安排配套资金300万元,已支出286万元。\n`;
    expect(pick(text, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 1500, spent_wan: 1425.5 });
  });
  it('leaves rates that disagree to the reviewer', () => {
    const text = `${PROJECT}二、资金使用情况\n预算安排下达的专项资金共计2373.51万元,执行率100%。截至年底,实际支出1002.2739万元,实际支出率42.22%。\n`;
    expect(pick(text, 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });
});

describe('tenth round: the arithmetic\'s spending in the sentence before the rate, or past an amount not spent', () => {
  const head = '某县文化馆2024年度非遗保护项目绩效自评报告\n二、资金情况\n';
  it('reads the spending a sentence before the rate states (全年使用资金103.9万元,主要用于…。资金使用率96.2%)', () => {
    expect(pick(`${head}本单位争取到省级非遗保护专项资金68万元,县级财政安排非遗保护经费40万元,合计108万元。全年使用资金103.9万元,主要用于传承人带徒补助和非遗进校园活动。资金使用率96.2%,未使用的4.1万元为布展尾款。\n`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 108, spent_wan: 103.9, execution_rate_pct: 96.2 });
  });
  it('reads the spending past an amount not paid between it and the rate', () => {
    expect(pick(`${head}市级下达我县农村危房改造补助资金2,736万元。补助资金已拨付到户2,651.4万元,未拨付84.6万元,结转下年使用。资金拨付率96.91%。\n`, 'spent_wan', 'execution_rate_pct'))
      .toEqual({ spent_wan: 2651.4, execution_rate_pct: 96.91 });
  });
});

describe('the tenth round\'s review probes', () => {
  // Made-up probes a helper wrote to find where the round's rules misread (wrong or invented values, values lost); each
  // gives what a careful reader takes, for the fields the probe is about.
  const cases: [string, string, Record<string, unknown>][] = [
    ["A02: arith: a part named with 含 (not 其中), its spending and rate", "青石县卫生健康局2023年度基层医疗设备购置项目绩效自评报告\n二、资金情况\n项目资金合计200万元,含设备购置资金150万元。设备购置支出147万元,执行率98%。\n", {"budget_final_wan":200,"spent_wan":null}],
    ["A05: arith: the rate is over funds arrived (到账), not the budget", "青石县交通运输局2023年度农村公路养护项目绩效自评报告\n二、项目资金情况\n项目预算200万元,截至年底上级资金到账150万元,已支出147万元,资金执行率98%。\n", {"budget_final_wan":200,"spent_wan":147,"execution_rate_pct":98}],
    ["A11: arith: rate of other things (拨付及时率 100%)", "青石县民政局2023年度孤儿基本生活保障项目绩效自评报告\n二、资金情况\n下达资金50万元,拨付50万元,资金拨付及时率100%。\n", {"budget_final_wan":50,"execution_rate_pct":null}],
    ["A12: arith: rate of other things (使用合规率 100%)", "青石县残疾人联合会2023年度残疾人康复救助项目绩效自评报告\n二、资金情况\n项目资金80万元,已使用80万元,资金使用合规率100%。\n", {"budget_final_wan":80,"execution_rate_pct":null}],
    ["C03: score: a satisfaction survey's points in an evaluation sentence", "青石县民政局2023年度养老服务项目绩效自评报告\n三、绩效情况\n绩效评价结果显示,群众满意度调查得分91分。\n", {"self_score":null}],
    ["C04: score: an appraisal (考核) of the unit, not its self-evaluation", "青石县统计局2023年度部门整体支出绩效自评报告\n三、绩效情况\n在2023年度全县综合目标考核中,本单位得分95.5分,位列第二。\n", {"self_score":null}],
    ["C06: score: 评定标准总分100分 (a full mark)", "青石县交通运输局2023年度农村客运补贴项目绩效自评报告\n四、自评结论\n本次自评评定标准总分100分,由决策、过程、产出、效益四部分构成。\n", {"self_score":null}],
    ["C12: score: a sub-unit's score in a unit's sentence (该单位 of a subordinate)", "青石县教育局2023年度学校安全项目绩效自评报告\n四、自评结论\n经局评价组抽查,下属青石县第二中学自评资料齐全,该单位得分72分。本项目经自评得分91分。\n", {"self_score":91}],
    ["L01: grade: 评为优秀 after an appraisal (考核) score", "青石县城市管理局2023年度环卫保洁项目绩效自评报告\n四、自评结论\n本项目自评得分95分。在全县年度目标考核中,考核得分96分,评为优秀。\n", {"self_score":95,"grade":null}],
    ["L04: grade: 评定为 after a satisfaction score", "青石县城市管理局2023年度环卫保洁项目绩效自评报告\n三、绩效情况\n群众满意度测评得分92分,评定为优秀。\n", {"grade":null}],
    ["J01: closing total: a wider total after this project's list", "青石县民政局2024年度困难群众救助补助资金项目绩效自评报告\n一、绩效目标分解下达情况\n2024年度,中央下达困难群众救助补助资金40万元;省级下达18.6万元;县级配套资金3万元。共计下达各类资金3580.69万元,涉及23个项目。\n", {"budget_final_wan":null}],
    ["B05: below: the body with (盖章)", "人工影响天气作业项目支出绩效自评报告(2023年度)\n\n青石县气象局(盖章)\n\n一、项目概况\n县财政每年安排作业经费。\n", {"department_name":"青石县气象局"}],
    ["M01: 财政拨款支出合计: a department with other income too", "青石县卫生健康局2023年度部门整体支出绩效自评报告\n二、收支情况\n2023年度收入合计2500万元,其中财政拨款收入2024.05万元,事业收入475.95万元。财政拨款支出合计2024.05万元。\n", {"spent_wan":null}],
    ["E01: one-space: amounts printed with space thousands separators in double-space cells", "青石县2023年度项目支出绩效自评表\n项目名称:老旧小区改造配套设施\n项目资金(元)  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n年度资金总额  3 465 800.00  3 465 800.00  3 412 286.40  10  98.46%  9.85\n", {"budget_initial_wan":346.58,"budget_final_wan":346.58,"spent_wan":341.22864,"execution_rate_pct":98.46}],
    ["E02: one-space: a PDF's uneven letter spacing inside a number (12 0.50)", "青石县2023年度项目支出绩效自评表\n项目名称:农村公路养护\n项目资金(万元)  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n年度资金总额  12 0.50  12 0.50  11 0.50  10  91.70%  9.17\n", {"budget_initial_wan":120.5,"budget_final_wan":120.5,"spent_wan":110.5,"execution_rate_pct":91.7}],
    ["D03: inline heading: department, a project's sub-item under a project heading", "青石县文化和旅游局2023年度部门整体支出绩效自评报告\n二、部门预算执行情况\n2023年度部门年初预算1500万元,全年支出1420万元,预算执行率94.67%。\n三、重点项目\n(一)乡村文化振兴专项经费\n1、预算执行:年初预算80万元,全年支出76万元,执行率95%。\n", {"budget_initial_wan":1500,"spent_wan":1420,"execution_rate_pct":94.67}],
    ["O01: covered: the county's projects' funds in a sentence about evaluating them", "青石县财政局绩效评价中心2023年度农村公路养护项目绩效自评报告\n一、基本情况\n今年县里对全县35个项目的资金5200万元开展了绩效评价,本项目为其中之一。本项目预算资金120万元。\n", {"budget_final_wan":120}],
    ["O02: covered: an earlier evaluation of a first batch of funds", "青石县教育局2023年度学生资助项目绩效自评报告\n一、基本情况\n此前评价组已对首批资金90万元开展了评价,2023年度本项目预算110万元。\n", {"budget_final_wan":110}],
    ["F01: unit: header prints none; an indicator below prints 金额(元)", "青石县2023年度项目支出绩效自评表\n项目名称:农村妇女两癌筛查\n项目资金    年初预算数    全年预算数    全年执行数    分值    执行率    得分\n年度资金总额    45.00    45.00    43.20    10    96%    9.6\n其中:财政拨款    45.00    45.00    43.20    —    —    —\n产出指标    成本指标    人均筛查补助金额(元)    150    150\n", {"budget_final_wan":null,"spent_wan":null}],
    ["A27: arith: an equal split between two towns, one town's share and payment fit the rate", "青石县农业农村局2023年度农村人居环境整治项目绩效自评报告\n二、资金情况\n项目资金100万元,城关镇、河口镇各50万元。向城关镇拨付资金47.5万元,向河口镇拨付资金47.5万元。资金拨付率95%。\n", {"budget_final_wan":100,"spent_wan":null}],
    ["A06: arith: last year's figures in a clause without the year", "青石县农业农村局2023年度耕地地力保护补贴项目绩效自评报告\n二、资金情况\n2022年度,该项目资金200万元,全年发放196.5万元,发放进度98.25%。2023年度补贴资金250万元,已全部发放到户。\n", {"spent_wan":null,"execution_rate_pct":null}],
    ["A16: arith: cumulative payment over several years and its cumulative rate", "青石县住房和城乡建设局2023年度老旧小区改造项目绩效自评报告\n二、资金情况\n项目总投资1000万元,2022年已支付600万元,2023年支付350万元,累计支付950万元,累计支付率95%。\n", {"execution_rate_pct":null}],
    ["A18: arith: one source paid in full at 100% while the other is not", "青石县应急管理局2023年度应急物资储备项目绩效自评报告\n二、资金情况\n上级下达资金60万元,本级配套资金40万元。已拨付上级资金60万元,拨付率100%。\n", {"execution_rate_pct":null}],
    ["A10: arith: rate of other things (发放及时率) agreeing by coincidence", "青石县民政局2023年度高龄津贴项目绩效自评报告\n二、资金情况\n补贴资金100万元,已发放95万元,补贴发放及时率95%。\n", {"execution_rate_pct":null}],
    ["A03: arith: the sentence before the rate gives one part's spending whose share coincides", "青石县人力资源和社会保障局2023年度职业技能提升项目绩效自评报告\n二、资金使用情况\n项目资金100万元,用于培训和设备购置。培训经费50万元,已支出48万元。全年资金使用率96%,设备购置已全部完成。\n", {"budget_final_wan":100}],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const got = fields(text) as Record<string, unknown>;
      expect(Object.fromEntries(Object.keys(expected).map((k) => [k, got[k]]))).toEqual(expected);
    });
  }
});

describe('tenth round: the arithmetic\'s guards where no budget was read', () => {
  const head = '某县某局2023年度某某项目绩效自评报告\n二、资金情况\n';
  const read = (t: string) => pick(`${head}${t}\n`, 'budget_final_wan', 'spent_wan');
  it('takes no part (含), funds arrived (到账), one town\'s share (各) as the budget, nor last year\'s spending', () => {
    expect(read('本项目含设备购置资金150万元。设备购置支出147万元,执行率98%。')).toEqual({ budget_final_wan: null, spent_wan: null });
    expect(read('截至年底上级资金到账150万元。已支出147万元,资金执行率98%。')).toEqual({ budget_final_wan: null, spent_wan: 147 });
    expect(read('城关镇、河口镇各50万元。向城关镇拨付资金47.5万元,资金拨付率95%。')).toEqual({ budget_final_wan: null, spent_wan: null });
    expect(read('该项目资金200万元。2022年度,全年发放196.5万元,发放进度98.25%。')).toEqual({ budget_final_wan: 200, spent_wan: null });
  });
});

describe('eleventh round: a figure as of a date before the year\'s end', () => {
  // (past 400 characters from the budget, so only the clause before the rate can read the spending)
  const far = '项目按计划推进,各项工作有序开展,群众满意度较高。'.repeat(20);
  const read = (when: string) => pick(`${PROJECT}一、项目概况\n该项目年初预算60万元。${far}\n${when},项目使用资金54万元,执行率90%。\n`, 'spent_wan');
  it('reads the spending as of the year\'s last day (截至2022年12月31日 is not 2月)', () => {
    expect(read('截至2023年12月31日')).toEqual({ spent_wan: 54 });
  });
  it('not one as of a month before the year\'s end', () => {
    expect(read('截至2023年6月30日')).toEqual({ spent_wan: null });
    expect(read('截止10月底')).toEqual({ spent_wan: null });
  });
});

describe('eleventh round: money over several years, and the budget a year names', () => {
  const read = (t: string) => pick(`${PROJECT}一、项目概况\n${t}\n`, 'budget_final_wan', 'spent_wan');
  it('takes no figure summed over several years (2021年至2023年累计…, 自2019年实施以来…)', () => {
    expect(read('2021年至2023年累计投入资金300万元,累计支出280万元。本年预算资金100万元,实际支出98万元,执行率98%。')).toEqual({ budget_final_wan: 100, spent_wan: 98 });
    expect(read('项目自2019年实施以来,累计投入资金300万元。')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
  it('keeps the year\'s own figure after the span (2021-2023年分三期实施,2023年下达…)', () => {
    expect(read('2021-2023年分三期实施,2023年下达资金100万元,实际支出98万元。')).toEqual({ budget_final_wan: 100, spent_wan: 98 });
  });
  it('reads the budget a year names before it (2023年预算资金…), not another year\'s', () => {
    expect(read('2023年预算资金100万元,实际支出98万元。')).toEqual({ budget_final_wan: 100, spent_wan: 98 });
    expect(read('2022年预算资金100万元,2023年预算资金120万元。')).toEqual({ budget_final_wan: 120, spent_wan: null });
  });
});

describe('eleventh round: the last of several funds side by side', () => {
  const read = (t: string) => pick(`${PROJECT}一、项目概况\n${t}\n`, 'budget_final_wan', 'spent_wan');
  it('takes neither batch as the budget (第一批下达资金100万元,第二批下达资金50万元)', () => {
    expect(read('分两批下达项目资金,第一批下达资金100万元,第二批下达资金50万元。截至年底,项目实际支出145万元,预算执行率96.67%。')).toEqual({ budget_final_wan: null, spent_wan: 145 });
  });
  it('keeps an amount restated under another word (预算资金100万元,下达资金100万元)', () => {
    expect(read('预算资金100万元,下达资金100万元,实际支出98万元。')).toEqual({ budget_final_wan: 100, spent_wan: 98 });
  });
});

describe('eleventh round: a township\'s government heading its report', () => {
  const body = '一、部门基本情况\n年初预算1200万元,全年支出1150万元。\n';
  it('reads it above or below a title that names no body (青山镇人民政府, 城关街道办事处)', () => {
    expect(pick(`青山镇人民政府\n2023年度部门整体支出绩效自评报告\n${body}`, 'department_name')).toEqual({ department_name: '青山镇人民政府' });
    expect(pick(`2023年度部门整体支出绩效自评报告\n青山镇人民政府\n${body}`, 'department_name')).toEqual({ department_name: '青山镇人民政府' });
    expect(pick(`城关街道办事处\n2023年度部门整体支出绩效自评报告\n${body}`, 'department_name')).toEqual({ department_name: '城关街道办事处' });
  });
  it('not a county\'s government, whose portal carries every unit\'s reports', () => {
    expect(pick(`某县人民政府\n2023年度部门整体支出绩效自评报告\n${body}`, 'department_name')).toEqual({ department_name: null });
    expect(pick(`2023年度部门整体支出绩效自评报告\n某县人民政府\n${body}`, 'department_name')).toEqual({ department_name: null });
  });
});

describe('eleventh round: a department\'s budget beside what was added, and the adjustment its arithmetic states', () => {
  const read = (t: string) => pick(`${DEPT}一、部门预算情况\n${t}\n`, 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan');
  it('reads the final budget after an addition that names a fund (追加…专项经费等73.83万元,调整后预算702.18万元)', () => {
    expect(read('年初预算628.35万元,年内县财政追加疫情防控专项经费、设备购置经费等73.83万元,调整后预算702.18万元。')).toEqual({ budget_initial_wan: 628.35, budget_adjustment_wan: 73.83, budget_final_wan: 702.18 });
    expect(read('年初预算312.48万元。年度执行中,追减部分招商活动经费14.32万元,调整后全年预算298.16万元。')).toEqual({ budget_initial_wan: 312.48, budget_adjustment_wan: -14.32, budget_final_wan: 298.16 });
  });
  it('still takes a project\'s budget in a department\'s report for a project\'s (该项目经费预算…)', () => {
    expect(read('年初预算628.35万元。招商项目经费全年预算50万元。')).toEqual({ budget_initial_wan: 628.35, budget_adjustment_wan: null, budget_final_wan: null });
  });
  it('takes as the adjustment only the amount that is the difference, added for a rise and taken for a fall', () => {
    expect(read('年初预算600万元,追加经费等60万元,比2022年增加30万元,全年预算630万元。')).toEqual({ budget_initial_wan: 600, budget_adjustment_wan: null, budget_final_wan: 630 });
    expect(read('年初预算600万元,年中追减经费30万元,全年预算630万元。')).toEqual({ budget_initial_wan: 600, budget_adjustment_wan: null, budget_final_wan: 630 });
  });
  it('reads a start-of-year budget with who approved it, or for whom, before 预算 (年初县财政批复我镇部门预算…)', () => {
    expect(read('2023年初县财政批复我镇部门预算1,862.47万元。')).toEqual({ budget_initial_wan: 1862.47, budget_adjustment_wan: null, budget_final_wan: null });
    expect(read('2023年年初批复收入预算1,536.20万元。')).toEqual({ budget_initial_wan: 1536.2, budget_adjustment_wan: null, budget_final_wan: null });
  });
});

describe('eleventh round: the year a form\'s heading names, and a year that names no money', () => {
  it('takes a form\'s title year over a remark on another year (备注:2021年度部门预算执行率…)', () => {
    expect(fiscalYear('某县卫生健康局2022年度部门整体支出绩效自评表\n年度预算 500 执行数 480 执行率 96%\n备注:2021年度部门预算执行率为94.06%。\n')).toEqual({ fiscal_year: 2022 });
  });
  it('while a report titled by the year it was written takes its figures\' year', () => {
    expect(fiscalYear('某县卫生健康局2023年部门整体支出绩效自评报告\n一、基本情况\n2022年部门预算500万元,实际支出480万元。\n')).toEqual({ fiscal_year: 2022 });
  });
  it('reads a form\'s （ 2024 年度） under its heading, spaces and all, over a remark on last year\'s project', () => {
    expect(fiscalYear('项目支出绩效自评表\n（\u00a0\u00a02024\u00a0\u00a0年度）\n项目名称  村卫生室运行补助\n备注:2023年度该项目预算15.80万元,执行15.12万元。\n')).toEqual({ fiscal_year: 2024 });
  });
  it('counts 截至2023年底 only with money after it', () => {
    expect(fiscalYear('某县交通运输局2024年度农村公路养护项目支出绩效自评报告\n截至2023年底,全县农村公路总里程2,318公里。\n')).toEqual({ fiscal_year: 2024 });
    expect(fiscalYear('某县交通运输局2024年度农村公路养护项目支出绩效自评报告\n截至2023年底,项目已支付资金1,200万元。\n')).toEqual({ fiscal_year: 2023 });
  });
  it('counts `2024年项目年初预算` as the figures\' year', () => {
    expect(fiscalYear('某县交通运输局2025年农村公路养护项目支出绩效自评报告\n2024年项目年初预算1,280.00万元。\n')).toEqual({ fiscal_year: 2024 });
  });
});

describe('eleventh round: a remark in parentheses after a unit\'s name', () => {
  it('is not the name\'s (实施单位 某局（各乡镇具体实施）), while a name\'s own is kept', () => {
    expect(pick(`${PROJECT}主管部门：某县乡村振兴局\n实施单位：某县乡村振兴局（各乡镇具体实施）\n`, 'department_name')).toEqual({ department_name: '某县乡村振兴局' });
    expect(pick(`${PROJECT}实施单位：某市商务局（某市投资促进中心）\n`, 'department_name')).toEqual({ department_name: '某市商务局（某市投资促进中心）' });
  });
});

describe('eleventh round: a form in `|` cells with 全年支出 | 支出率 heads, and fields cut by a bar', () => {
  const form = '某县财政支出项目绩效自评表（2020年度）\n项目名称：电商进农村示范 | 项目编码：4112-2020-0037\n预算单位：某县商务局 | 项目负责人：张三\n'
    + '资金类别 | 年初预算 | 全年预算 | 全年支出 | 支出率 | 分值 | 得分\n合计 | 500.00 | 480.00 | 468.35 | 97.57% | 10 | 9.76\n中央财政资金 | 500.00 | 480.00 | 468.35 | 97.57% | |\n自评得分 | 88\n自评等次 | 良\n';
  it('reads the money row, the score and the grade', () => {
    expect(pick(form, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score', 'grade')).toEqual({ budget_initial_wan: 500, budget_final_wan: 480, spent_wan: 468.35, execution_rate_pct: 97.57, self_score: 88, grade: '良' });
  });
  it('ends the project\'s name at the bar, and skips a bar before it', () => {
    expect(pick(form, 'project_name')).toEqual({ project_name: '电商进农村示范' });
    expect(pick('2023年度项目支出绩效自评表\n项目名称 | 2023年学前教育保教费补助\n', 'project_name')).toEqual({ project_name: '2023年学前教育保教费补助' });
  });
});

describe('eleventh round: a department\'s report with its projects\' forms attached', () => {
  const report = '某县林业局2022年度部门整体支出绩效自评报告\n一、部门概况\n某县林业局负责全县林业资源保护、生态修复和森林防火等工作,内设4个股室,下属3个事业单位,编制72人。\n'
    + '二、预算执行情况\n2022年年初预算2,318.60万元,全年预算2,702.45万元。全年支出2,611.88万元,预算执行率96.65%。\n三、自评结论\n经自评,本局2022年度部门整体支出绩效自评得分92.4分,自评等级为“优”。\n';
  const form = '项目支出绩效自评表（2022年度）\n项目名称 | 森林草原防火\n主管部门 | 某县林业局 | 实施单位 | 某县森林防火指挥中心\n'
    + '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 180.00 | 365.00 | 274.43 | 10 | 75.19% | 7.52\n总分 | 100 | 87.52\n';
  const read = (t: string) => pick(t, 'department_name', 'budget_initial_wan', 'execution_rate_pct', 'self_score');
  it('reads the department\'s figures from the report, not the attached forms', () => {
    expect(read(`${report}\n附件1\n${form}`)).toEqual({ department_name: '某县林业局', budget_initial_wan: 2318.6, execution_rate_pct: 96.65, self_score: 92.4 });
  });
  it('keeps a department\'s own form attached to its report', () => {
    const own = '附件:\n部门整体支出绩效自评表（2022年度）\n部门名称 | 某县林业局\n年初预算数 | 全年预算数 | 全年执行数 | 执行率\n2,318.60 | 2,702.45 | 2,611.88 | 96.65%\n';
    expect(read(`${report.replace('2022年年初预算2,318.60万元,', '')}\n${own}`)).toEqual({ department_name: '某县林业局', budget_initial_wan: 2318.6, execution_rate_pct: 96.65, self_score: 92.4 });
  });
});

describe('eleventh round: a sentence\'s topic year, and 调整预算为 after an addition', () => {
  it('takes no figure of a sentence that opens with another year (2019年该项目到位资金…,支出…)', () => {
    const t = `${PROJECT}一、项目资金\n截至2023年12月31日,项目资金共支出1,198.23万元,预算执行率96.19%。\n2022年该项目到位资金1,130.52万元,支出1,102.86万元。\n`;
    expect(pick(t, 'spent_wan')).toEqual({ spent_wan: 1198.23 });
  });
  it('but a clause naming the year itself, or the year\'s end, stays the year\'s (2022年结转…,本年支出…)', () => {
    expect(pick(`${PROJECT}一、项目资金\n2022年结转资金10万元,本年支出98万元。\n`, 'spent_wan')).toEqual({ spent_wan: 98 });
  });
  it('reads 调整预算为 after an addition as the final budget', () => {
    expect(pick(`${DEPT}年初预算5,421.36万元。年度执行中,追加预算616.79万元,调整预算为6,038.15万元。\n`, 'budget_final_wan', 'budget_adjustment_wan')).toEqual({ budget_final_wan: 6038.15, budget_adjustment_wan: 616.79 });
  });
});

describe('eleventh round: a reason or a use beside a department\'s budget; a rate under 其中; a year in parentheses', () => {
  it('keeps the budget after a reason that names projects (根据…项目等工作需要,追加预算…,调整后预算数…)', () => {
    const t = `${DEPT}年初批复预算1,865.30万元。年度中,区财政根据疫情防控、社区“微治理”项目等工作需要,追加预算348.76万元,调整后预算数2,214.06万元。\n`;
    expect(pick(t, 'budget_adjustment_wan', 'budget_final_wan')).toEqual({ budget_adjustment_wan: 348.76, budget_final_wan: 2214.06 });
  });
  it('takes a rate in a sentence that opens with 其中 for a part\'s', () => {
    const t = `${DEPT}全年实际支出1,274.09万元,预算执行率97.81%。\n其中:基本支出实际支出822.90万元,执行率99.47%。\n`;
    expect(pick(t, 'execution_rate_pct')).toEqual({ execution_rate_pct: 97.81 });
  });
  it('takes a figure in parentheses that open with another year for that year\'s', () => {
    const t = `${DEPT}2023年度本部门实际支出3,105.18万元,预算执行率95.00%。与上年相比支出增加251.06万元(2022年实际支出2,854.12万元,执行率为93.41%)。\n`;
    expect(pick(t, 'execution_rate_pct')).toEqual({ execution_rate_pct: 95 });
  });
});

describe('eleventh round: the start-of-year budget that the final one and its adjustment leave', () => {
  it('reads it from an approved budget (预算批复数为4,127.60万元 … 调减预算356.80万元 … 全年预算数为3,770.80万元)', () => {
    const t = `${DEPT}2023年市财政对我局的部门预算批复数为4,127.60万元。年度执行中,年中调整调减预算356.80万元。经调整,全年预算数为3,770.80万元。\n`;
    expect(pick(t, 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 4127.6, budget_adjustment_wan: -356.8, budget_final_wan: 3770.8 });
  });
  it('not from an amount spent, nor one the difference does not leave', () => {
    const t = `${DEPT}年中调整调减预算356.80万元,全年预算数为3,770.80万元,实际支出4,127.60万元。\n`;
    expect(pick(t, 'budget_initial_wan')).toEqual({ budget_initial_wan: null });
    expect(pick(`${DEPT}部门预算批复数为4,100.00万元。年中调减预算356.80万元,全年预算数为3,770.80万元。\n`, 'budget_initial_wan')).toEqual({ budget_initial_wan: null });
  });
});

describe('eleventh round: 年初县级预算安排, 全年可用预算, 合计得分, a form\'s 总分 at a line\'s start', () => {
  it('reads them', () => {
    expect(pick(`${PROJECT}本项目2023年初县级预算安排1,200.00万元。\n`, 'budget_initial_wan')).toEqual({ budget_initial_wan: 1200 });
    expect(pick(`${PROJECT}年初批复项目预算1,500.00万元。年中区财政追加项目经费220.00万元,全年可用预算1,720.00万元。\n`, 'budget_final_wan', 'budget_adjustment_wan')).toEqual({ budget_final_wan: 1720, budget_adjustment_wan: 220 });
    expect(pick(`${DEPT}四类一级指标分值分别为15分、25分、35分、25分,分别得分14分、22分、32分、24分,合计得分92分,评价等级为“优”。\n`, 'self_score')).toEqual({ self_score: 92 });
    expect(pick(`${PROJECT}满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10\n总分：96分          自评等级：优\n`, 'self_score')).toEqual({ self_score: 96 });
  });
  it('not a 总分 inside a sentence, the full marks (本次评价设置总分:100分)', () => {
    expect(pick(`${PROJECT}本次评价设置总分:100分,其中产出指标50分。\n`, 'self_score')).toEqual({ self_score: null });
  });
});

describe('eleventh round: a name run into the next field is not cut at a shorter name inside it; a unit\'s kind in parentheses', () => {
  it('keeps 街道办事处 and 镇中心小学 whole in a form flattened onto one line', () => {
    const line = (unit: string) => `2024年度项目支出绩效自评表 项目名称 老旧小区综合治理项目 主管部门 ${unit} 实施单位 ${unit} 项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 1,350.00 1,280.00 1,241.60 10 97.00% 9.70\n`;
    expect(pick(line('临江区浦岚街道办事处'), 'department_name')).toEqual({ department_name: '临江区浦岚街道办事处' });
    expect(pick(line('陇西南县石峡镇中心小学'), 'department_name')).toEqual({ department_name: '陇西南县石峡镇中心小学' });
  });
  it('drops a unit\'s kind in parentheses after its name (某中心（公益一类事业单位）)', () => {
    expect(pick(`${DEPT}单位名称：桂川市招商服务中心（公益一类事业单位）\n`, 'department_name')).toEqual({ department_name: '桂川市招商服务中心' });
  });
});

describe('eleventh round: a form saved as comma-separated values', () => {
  const csv = ['项目支出绩效自评表,,,,,,,,', '（2021年度）,,,,,,,,', '项目名称,基本公共卫生服务补助资金,,,,,,,', '主管部门,某县卫生健康局,,,实施单位,某县某镇卫生院,,,',
    '项目资金（万元）,,年初预算数,全年预算数,全年执行数,分值,执行率,得分,', ',年度资金总额,148.60,163.20,150.41,10,92.16%,9.22,', ',其中：中央补助,101.30,112.70,104.05,—,92.32%,—,',
    '一级指标,二级指标,三级指标,指标内容,年度指标值,实际完成值,分值,得分,', ',满意度指标,服务对象满意度指标,居民满意度,≥85%,86.00%,10,6,', '总分,,,,,,100,85,', '评价等级,良,,,,,,,'].join('\n');
  it('reads its commas as cell bars', () => {
    expect(pick(csv, 'department_name', 'supervising_department', 'project_name', 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score', 'grade')).toEqual({
      department_name: '某县某镇卫生院', supervising_department: '某县卫生健康局', project_name: '基本公共卫生服务补助资金',
      budget_initial_wan: 148.6, budget_final_wan: 163.2, spent_wan: 150.41, execution_rate_pct: 92.16, self_score: 85, grade: '良' });
    expect(toJson(extractReport(csv)).layout).toBe('form (comma cells)');
  });
  it('not the commas of prose written with ASCII punctuation', () => {
    const prose = `${PROJECT}${'年初预算100万元,调整后预算120万元,实际支出118万元,执行率98.33%,自评得分95分。\n'.repeat(6)}`;
    expect(toJson(extractReport(prose)).layout).toBe('report (prose)');
    expect(readingText(prose)).not.toContain('|');
  });
});

describe('eleventh round: label words an OCR misread by one look-alike character', () => {
  it('reads 顸算, 执衧率 and 白评得分 as 预算, 执行率 and 自评得分 (the original kept)', () => {
    const t = `${PROJECT}2023年年初顸算35万元,全年顸算数为38.652万元。截至2023年12月31日,实际支出37.12万元,顸算执衧率96.04%。本项目白评得分89.5分。\n`;
    expect(pick(t, 'budget_initial_wan', 'budget_final_wan', 'execution_rate_pct', 'self_score')).toEqual({ budget_initial_wan: 35, budget_final_wan: 38.652, execution_rate_pct: 96.04, self_score: 89.5 });
    expect(readingText('白评得分').length).toBe(4);
    expect(readingText('明白评价')).toBe('明白评价');
  });
});

describe('eleventh round: a transfer payment\'s 区域绩效自评报告 under the fund\'s name on the line before', () => {
  it('joins the two lines into the title and reads the fund as the project', () => {
    const t = '某某旗2022年度中央财政农业生产发展资金\n区域绩效自评报告\n\n填报单位：某某旗农牧局\n一、基本情况\n我旗对中央财政农业生产发展资金开展了区域绩效自评。\n';
    expect(pick(t, 'kind', 'project_name', 'fiscal_year')).toEqual({ kind: 'project', project_name: '中央财政农业生产发展资金', fiscal_year: 2022 });
  });
});

describe('eleventh round: a title broken before 支出', () => {
  it('reads the project before the break (…除险加固项目 / 支 出 绩 效 自 评 报 告)', () => {
    const t = '某某县水务局\n２０１９年度小型水库除险加固项目\n支 出 绩 效 自 评 报 告\n\n一、项目概况\n项目预算资金100万元。\n';
    expect(pick(t, 'project_name', 'kind')).toEqual({ project_name: '小型水库除险加固项目', kind: 'project' });
  });
});

describe('eleventh round: an item under a top-level heading of problems', () => {
  it('gives no figure of the report\'s (五、存在的问题 / （二）…资金执行率为94.46%,…)', () => {
    const t = `${DEPT}二、预算执行情况\n全年支出数3,388.07万元,预算执行率96.74%。\n五、存在的问题\n（一）追加预算占比较高,年初预算编制的完整性有待加强;\n（二）县域商业体系建设配套资金执行率为94.46%,部分乡镇商贸中心项目进度滞后;\n`;
    expect(pick(t, 'execution_rate_pct')).toEqual({ execution_rate_pct: 96.74 });
  });
});

describe('eleventh round: a form dumped with its columns, cells wrapped onto the next line', () => {
  const form = ['项目支出绩效自评表', '（2022年度）',
    '项目名           重大项目招引及投资促进活动经费',
    '称',
    '主管部           锦阳市投资促进局                实施单           锦阳市投资促进服务中心',
    '门                                               位',
    '项目资                  年初预      全年预算      全年执      分值      执行       得分',
    '金（万元）              算数        数            行数                  率',
    '                年度资金总额      300.00      260.00      241.60      10      92.92%      9.29',
    '                其中：当年财       300.00      260.00      241.60      —       92.92%      —',
    '                政拨款',
    '总分                                                                    100    94.5',
    '自评等级：优', ''].join('\n');
  it('reads each wrapped end with the cell it continues (主管部 / 门, 年初预 / 算数)', () => {
    expect(pick(form, 'department_name', 'supervising_department', 'project_name', 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'grade')).toEqual({
      department_name: '锦阳市投资促进服务中心', supervising_department: '锦阳市投资促进局', project_name: '重大项目招引及投资促进活动经费',
      budget_initial_wan: 300, budget_final_wan: 260, spent_wan: 241.6, execution_rate_pct: 92.92, grade: '优' });
  });
  it('gives the cell its whole label, wrapped end included', () => {
    expect(tableRows(form).flat().filter((c) => c.tail).map((c) => c.norm)).toEqual(expect.arrayContaining(['项目名称', '主管部门', '实施单位', '年初预算数', '其中:当年财政拨款']));
  });
  it('keeps a row under a number\'s column, or a label and its value, a row of its own', () => {
    expect(wrappedLines('总分    100    84.60\n自评等级    良\n').size).toBe(0);
    expect(wrappedLines('总分                  100    94.5\n自评等级：优\n').size).toBe(0);
    expect(wrappedLines('主管部      某局       实施单      某中心\n门                      位\n').get(1)?.length).toBe(2);
  });
});

describe('eleventh round: a unit field that lists several units', () => {
  it('is several users, not a damaged name: the form\'s 填报单位 decides', () => {
    const t = '2021年度省级商务发展专项资金绩效自评表\n\n填报单位：某县商务局（盖章）\n资金主管部门：某县商务局\n资金使用单位：某县商务局、县内外贸企业及县电子商务公共服务中心\n';
    expect(pick(t, 'department_name')).toEqual({ department_name: '某县商务局' });
  });
  it('while a damaged name in the first-ranked field still leaves the unit unread', () => {
    const t = '2021年度某项目支出绩效自评表\n\n填报单位：某县商务局\n实施单位：某县商务局口口口\n';
    expect(pick(t, 'department_name').department_name).not.toBe('某县商务局');
  });
});

describe('eleventh round: an OCR\'d form whose bars are 丨 and whose numbers hold O for 0', () => {
  const form = ['某县人力资源和杜会保障局', '项目支出绩效白评表', '( 2020年度 )', '项目名称 丨 就业创业补助资金', '主管部门 丨 某县人力资源和社会保障局 丨 实施单位 丨 某县人力资源和社会保障局',
    '项目资金 丨 年初预箅数 丨 全年预箅数 丨 全年执行数 丨 分值 丨 执行牢 丨 得分', '(万兀)', '年度资金总额 丨 560.00 丨 1,248.60 丨 1,187.35 丨 10 丨 95.09% 丨 9.51',
    '一级指标 丨 二级指标 丨 三级指标 丨 年度指标值 丨 实际完成值 丨 分值 丨 得分', '产出指标 丨 数量指标 丨 培训人数 丨 ≥800人 丨 826人 丨 20 丨 20', '总分 丨 1OO 丨 90.51', ''].join('\n');
  it('reads the money row and the total row (1OO is 100) without failing', () => {
    expect(pick(form, 'project_name', 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score')).toEqual({
      project_name: '就业创业补助资金', budget_initial_wan: 560, budget_final_wan: 1248.6, spent_wan: 1187.35, execution_rate_pct: 95.09, self_score: 90.51 });
  });
  it('folds no O of a document number or a word', () => {
    expect(readingText('川财社[2O2O]l86号 ISO 9001 第1O条')).toBe('川财社[2O2O]l86号 ISO 9001 第1O条');
    expect(readingText('其中中央资金532.6O万元')).toBe('其中中央资金532.60万元');
  });
});

describe('eleventh round: the years a report\'s plans and its problems and measures name', () => {
  it('are not the figures\' year (2023年项目预算申请…, 六、改进措施 / …2024年部门预算编制中…)', () => {
    expect(fiscalYear('2022年度某某补助项目绩效自评报告\n一、项目概况\n项目按计划实施。2023年项目预算申请1,200万元,拟增加支持。\n')).toEqual({ fiscal_year: 2022 });
    expect(fiscalYear('某市民政局2023年度部门整体支出绩效自评报告\n一、基本情况\n本局全年工作有序推进。\n六、改进措施\n三是完善绩效指标,2024年部门预算编制中增加效益指标。\n')).toEqual({ fiscal_year: 2023 });
  });
  it('while 2023年年初部门预算 names the figures\' year', () => {
    expect(fiscalYear('某市民政局2024年部门整体支出绩效自评报告\n一、基本情况\n2023年年初部门预算安排1.68亿元。\n')).toEqual({ fiscal_year: 2023 });
  });
});

describe('eleventh round: a sentence\'s full marks, and an item that states its figures under a heading of projects', () => {
  it('reads no 总分100分 of a sentence as the score (总分100分,其中投入20分得18分…,自评综合得分84.5分)', () => {
    const t = `${PROJECT}四、自评得分\n本项目按照指标体系进行自评,总分100分,其中投入20分得18分、过程20分得16.5分,自评综合得分84.5分,等级为“良”。\n`;
    expect(pick(t, 'self_score')).toEqual({ self_score: 84.5 });
  });
  it('takes an item under （三）主要项目支出情况 for a project\'s, the items before it no heading', () => {
    const t = `${DEPT}一、预算执行\n2023年度部门支出4,712.3万元,预算执行率94.47%。\n（三）主要项目支出情况\n1.国土空间规划编制:预算680万元,支出652.4万元;\n2.基础测绘建设:预算290万元,支出232.6万元(执行率80.21%)。\n`;
    expect(pick(t, 'execution_rate_pct')).toEqual({ execution_rate_pct: 94.47 });
  });
});

describe('eleventh round: a form one cell per line whose labels and unit a cell broke', () => {
  const form = ['某市2019年度市级项目支出绩效自评表', '项目名', '称', '义务教育薄弱环节改善与能力提升', '主管部', '门', '某市教育局', '实施单', '位', '某市教育局（市教育装备与基建服务中心）',
    '项目资', '金（万', '元）', '年初预', '算数', '全年预', '算数', '全年执', '行数', '分值', '执行率', '得分', '年度资', '金总额', '3,200.00', '3,685.00', '3,512.34', '10', '95.31%', '9.53', ''].join('\n');
  it('reads the amounts in 万元 (（万 / 元）), the fields under their broken labels, the name with its parenthesis', () => {
    expect(pick(form, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'project_name', 'supervising_department', 'department_name')).toEqual({
      budget_initial_wan: 3200, budget_final_wan: 3685, spent_wan: 3512.34, project_name: '义务教育薄弱环节改善与能力提升', supervising_department: '某市教育局',
      department_name: '某市教育局（市教育装备与基建服务中心）' });
  });
});

describe('eleventh round: more budget wording, and 悄况', () => {
  it('reads 年初预算批复我局（含所属单位）支出预算, 调整后部门预算为, 两项相抵后调整预算', () => {
    expect(pick(`${DEPT}2023年市财政年初预算批复我局（含所属单位）支出预算1,356.80万元。\n`, 'budget_initial_wan')).toEqual({ budget_initial_wan: 1356.8 });
    expect(pick(`${DEPT}（三）调整后预算。年内先后追加垃圾分类设施建设等经费,调整后部门预算为6,108.92万元。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: 6108.92 });
    expect(pick(`${DEPT}年度执行中,追加配套资金,同时压减一般性支出,两项相抵后调整预算3.5418亿元。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: 35418 });
  });
  it('reads a section of the project\'s funds whose 情况 an OCR read as 悄况 as the project\'s', () => {
    expect(pick(`${PROJECT}二、项目资金悄况\n2023年年初预箅2,100.00万元,全年预箅数2,460.00万元。\n`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 2100, budget_final_wan: 2460 });
  });
});

describe('eleventh round: a lone start-of-year budget, fields divided by slashes, a span with the year in parentheses', () => {
  it('reads 年初预算安排本项目经费85.00万元 as the start-of-year budget only', () => {
    expect(pick(`${PROJECT}（三）项目资金。2023年年初预算安排本项目经费85.00万元,资金来源为市级财政拨款。\n`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 85, budget_final_wan: null });
    expect(pick(`${PROJECT}年初预算100万元,全年预算100万元。\n`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 100, budget_final_wan: 100 });
    expect(pick(`${PROJECT}年初预算100万元。项目资金100万元,实际支出98万元。\n`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 100, budget_final_wan: 100 });
  });
  it('reads a form\'s fields divided by slashes under 项目资金（万元）', () => {
    const t = `${PROJECT}项目资金（万元）：\n年初预算数 300.00 / 全年预算数 300.00 / 全年执行数 276.00 / 分值 10 / 执行率 92.00% / 得分 9.20\n`;
    expect(pick(t, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 300, budget_final_wan: 300, spent_wan: 276, execution_rate_pct: 92 });
  });
  it('takes a rate over several years for theirs though a year stands in parentheses after the span', () => {
    const t = `${PROJECT}2023年项目实际支出887.35万元,当年预算执行率96.45%。\n2021—2023年项目累计到位资金2,400.00万元(含2023年追加资金),累计支出2,207.90万元,累计执行率92.00%。\n`;
    expect(pick(t, 'execution_rate_pct')).toEqual({ execution_rate_pct: 96.45 });
  });
});

describe('eleventh round: the sum of the items\' points, and an adjustment that names no direction', () => {
  it('reads 合计90.2分 after the items\' points as the score', () => {
    expect(pick(`${DEPT}从三个维度开展自评。部门决策（20分）得18分,部门管理（30分）得26.2分,部门绩效（50分）得46分,合计90.2分,自评结果为优秀。\n`, 'self_score')).toEqual({ self_score: 90.2 });
    expect(pick(`${DEPT}得分情况:预算编制9.5分（满分10分）,预算执行18.75分（满分20分）,合计28.25分。\n`, 'self_score')).toEqual({ self_score: 28.25 });
  });
  it('not a 合计 of money in a sentence of points', () => {
    expect(pick(`${DEPT}经自评得分情况良好,追加资金合计90万元。\n`, 'self_score')).toEqual({ self_score: null });
    expect(pick(`${DEPT}本次自评共设置指标20个,合计100分。\n`, 'self_score')).toEqual({ self_score: null });
  });
  it('reads 全年预算调整数 as the adjustment its arithmetic confirms', () => {
    const t = `${DEPT}2023年年初预算1,356.80万元。年度中追加经费245.00万元,收回公用经费60.00万元。全年预算调整数185.00万元,调整后预算1,541.80万元。\n`;
    expect(pick(t, 'budget_adjustment_wan')).toEqual({ budget_adjustment_wan: 185 });
  });
});

describe('eleventh round: a money table whose sources come first and their total last', () => {
  it('reads the total row (合计), in the unit of its header, not a sentence\'s 万元） above it', () => {
    const t = `${PROJECT}2023年度,共收到资金全年预算数9,951.00万元（2022年度为8,760.00万元）。按资金来源分:\n\n资金来源 | 全年预算数（万元） | 执行数（万元） | 执行率\n中央财政资金 | 8,415.00 | 8,024.19 | 95.36%\n省级财政资金 | 1,236.00 | 1,001.28 | 81.01%\n合计 | 9,951.00 | 9,320.47 | 93.66%\n`;
    expect(pick(t, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 9951, spent_wan: 9320.47, execution_rate_pct: 93.66 });
  });
  it('in whatever order its columns come', () => {
    const t = `${PROJECT}资金使用情况（万元）\n资金来源 | 全年执行数 | 调整后预算数 | 年初预算数 | 执行率 | 分值 | 得分\n中央补助 | 1,200.00 | 1,200.00 | 1,200.00 | 100% | — | —\n县级配套 | 760.18 | 1,000.00 | 800.00 | 76.02% | — | —\n合计 | 1,960.18 | 2,200.00 | 2,000.00 | 89.10% | 10 | 8.91\n`;
    expect(pick(t, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 2000, budget_final_wan: 2200, spent_wan: 1960.18, execution_rate_pct: 89.1 });
  });
});

describe('eleventh round: a comparison with last year under its own label', () => {
  it('takes 上年对比:2022年度…,全年执行数… for last year\'s (the form\'s heading naming the report\'s year)', () => {
    const t = `项目支出绩效自评表\n（2023年度）\n项目名称 | 农村公路养护\n四、其他说明\n1.偏差说明:无。\n2.上年对比:2022年度本项目实施里程98.6公里,全年执行数512.30万元。\n`;
    expect(pick(t, 'fiscal_year', 'spent_wan')).toEqual({ fiscal_year: 2023, spent_wan: null });
  });
});

describe('eleventh round: a department\'s table turned on its side, and a list of projects with no total', () => {
  const t = '某县2018年度部门整体支出绩效自评表\n部门名称\t某县人力资源和社会保障局\n一、部门预算资金情况（万元）\n项目\t合计\t基本支出\t项目支出\n'
    + '年初预算数\t1,720.44\t1,032.60\t687.84\n全年预算数\t2,018.91\t1,045.30\t973.61\n全年执行数\t1,957.62\t1,045.30\t912.32\n执行率\t96.96%\t100.00%\t93.70%\n'
    + '二、项目支出明细（万元）\n项目名称\t全年预算数\t全年执行数\t执行率\n就业创业服务补助\t412.50\t398.64\t96.64%\n职业技能提升培训\t286.00\t241.30\t84.37%\n';
  it('reads the 合计 column of the rows that name the figures', () => {
    expect(pick(t, 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 1720.44, budget_final_wan: 2018.91, spent_wan: 1957.62, execution_rate_pct: 96.96 });
  });
  it('takes no project\'s row of the list below for the department\'s', () => {
    const listOnly = t.replace(/一、部门预算资金情况[^]*?执行率\t96.96%\t100.00%\t93.70%\n/u, '');
    expect(pick(listOnly, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
});

describe('eleventh round: a cover note with the department\'s form and its projects\' forms attached', () => {
  const note = '某县住房和城乡建设局\n关于公开2021年度绩效自评结果的说明\n\n根据县财政局通知要求,现将我局2021年度部门整体支出绩效自评结果及重点项目支出绩效自评结果予以公开,具体见附件。\n\n'
    + '附件:1.某县住房和城乡建设局2021年度部门整体支出绩效自评表\n      2.城镇老旧小区改造项目支出绩效自评表\n\n某县住房和城乡建设局\n2022年6月10日\n\n'
    + '附件1\n部门整体支出绩效自评表\n（2021年度）\n部门（单位）名称 | 某县住房和城乡建设局\n年度预算申请（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 4,802.16 | 6,215.40 | 5,976.83 | 10 | 96.16% | 9.62\n\n'
    + '附件2\n城镇老旧小区改造项目支出绩效自评表\n（2021年度）\n项目名称 | 城镇老旧小区改造\n主管部门 | 某县住房和城乡建设局 | 实施单位 | 某县市政设施管理所\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 1,520.00 | 1,586.42 | 1,586.42 | 10 | 100.00% | 10\n';
  it('reads the department\'s form, not the projects\' after it', () => {
    expect(pick(note, 'kind', 'department_name', 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({
      kind: 'department', department_name: '某县住房和城乡建设局', budget_initial_wan: 4802.16, budget_final_wan: 6215.4, spent_wan: 5976.83, execution_rate_pct: 96.16 });
    const report = note.replace('关于公开2021年度绩效自评结果的说明', '关于报送2021年度部门整体支出绩效自评结果的报告');
    expect(pick(report, 'budget_initial_wan', 'spent_wan')).toEqual({ budget_initial_wan: 4802.16, spent_wan: 5976.83 });
  });
});

describe('eleventh round: a budget\'s two figures named by when, and a conclusion set down under the measures', () => {
  it('reads 部门预算批复数:年初…,调整后…', () => {
    expect(pick(`${DEPT}2023年度部门预算批复数:年初6,245.80万元,调整后7,012.44万元;全年执行数6,884.21万元,预算执行率98.17%。\n`, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 6245.8, budget_final_wan: 7012.44 });
  });
  it('reads the report\'s own grade though it stands under 八、下一步改进措施, not an example there', () => {
    const t = `${DEPT}八、下一步改进措施\n加强预算管理。\n经镇绩效自评工作领导小组综合评议,某镇人民政府2023年度部门整体支出绩效自评结论为“良好”。\n`;
    expect(pick(t, 'grade')).toEqual({ grade: '良好' });
    expect(pick(`${DEPT}八、下一步改进措施\n个别项目自评结论为“良好”,需加强管理。\n`, 'grade')).toEqual({ grade: null });
  });
});

describe('eleventh round: an adjustment that names both budgets itself', () => {
  it('reads 全年预算较年初增加15.80万元 in a note of its own, while a lone 年中比年初预算增加 stays unread', () => {
    const form = `${PROJECT}年初预算数\n100.00\n全年预算数\n115.80\n备注:全年预算较年初增加15.80万元,系秋季学期追加资金。\n`;
    expect(pick(form, 'budget_adjustment_wan')).toEqual({ budget_adjustment_wan: 15.8 });
  });
});

describe('the eleventh round\'s review probes', () => {
  // Made-up probes a helper wrote against this round's rules (80; these 68 give the careful reading — the other 12 are
  // noted in docs/extract.md). Each is one rule's edge: where it should fire and where it should not.
  it('reads each probe as a careful reader would', () => {
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n该项目年初预算60万元。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。\n截至12月31日,项目使用资金54万元,执行率90%。\n", 'spent_wan')).toEqual({"spent_wan": 54}); // R01
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n该项目年初预算60万元。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。\n截至2023年11月30日,项目使用资金54万元,执行率90%。\n", 'spent_wan')).toEqual({"spent_wan": null}); // R03
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n该项目年初预算60万元。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。项目按计划推进,各项工作有序开展,群众满意度较高。\n截止到2023年12月31日,项目使用资金54万元,执行率90%。\n", 'spent_wan')).toEqual({"spent_wan": 54}); // R04
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n为落实《某县2021—2025年农村公路发展规划》,本年预算资金100万元,实际支出98万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 100, "spent_wan": 98}); // R05
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n自2019年项目实施以来,本年度预算资金120万元,实际支出110万元,执行率91.67%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 120, "spent_wan": 110, "execution_rate_pct": 91.67}); // R06
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n2021—2023年共投入资金300万元。\n", 'budget_final_wan')).toEqual({"budget_final_wan": null}); // R07
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n2023年以来,县财政下达项目资金100万元,已支出96万元,执行率96%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 100, "spent_wan": 96, "execution_rate_pct": 96}); // R08
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n2022年至2023年冬春季森林防火期内,项目预算资金80万元,实际支出78万元,执行率97.5%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 80, "spent_wan": 78, "execution_rate_pct": 97.5}); // R09
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n2023年预算资金100万元,年中追加20万元,调整后预算120万元,实际支出118万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 120, "spent_wan": 118}); // R10
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n2023年预算数为1,200万元,2024年预算数为1,350万元。全年支出1,180万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 1200, "spent_wan": 1180}); // R11
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、项目概况\n按照《某县2023年预算绩效管理工作方案》要求开展自评。项目资金80万元,实际支出76万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 80, "spent_wan": 76}); // R12
    expect(pick("2023年度某县衔接推进乡村振兴补助资金项目支出绩效自评报告\n二、资金情况\n2022年提前下达的衔接资金300万元纳入2023年预算,全年实际支出288万元,执行率96%。\n", 'spent_wan', 'execution_rate_pct')).toEqual({"spent_wan": 288, "execution_rate_pct": 96}); // R13
    expect(pick("2023年度某县耕地地力保护补贴项目绩效自评报告\n二、资金情况\n2023年项目资金200万元。2022年,该项目资金180万元,全年发放176万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 200, "spent_wan": null}); // R14
    expect(pick("项目支出绩效自评表\n（2023年度）\n项目名称 | 农村公路养护\n四、其他说明\n1.预算执行:2023年度本项目全年执行数512.30万元。\n", 'fiscal_year', 'spent_wan')).toEqual({"fiscal_year": 2023, "spent_wan": 512.3}); // R15
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n年初预算安排项目资金100万元,追加资金20万元,全年预算120万元,实际支出118万元。\n", 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan')).toEqual({"budget_initial_wan": 100, "budget_adjustment_wan": 20, "budget_final_wan": 120, "spent_wan": 118}); // R17
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n项目预算资金120万元,发放补贴资金118万元,执行率98.33%。\n", 'budget_final_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 120, "execution_rate_pct": 98.33}); // R18
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n上级下达项目资金200万元,县级财政配套资金50万元,全年预算250万元,实际支出240万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 250, "spent_wan": 240}); // R19
    expect(pick("某县青山乡人民政府\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n年初预算1200万元,全年支出1150万元。\n", 'department_name')).toEqual({"department_name": "某县青山乡人民政府"}); // R21
    expect(pick("某县人民政府\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n年初预算1200万元,全年支出1150万元。\n", 'department_name')).toEqual({"department_name": null}); // R22
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n部门年初预算1,200万元,年中因乡村振兴项目需要追加经费80万元,调整后预算1,280万元。\n", 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan')).toEqual({"budget_initial_wan": 1200, "budget_adjustment_wan": 80, "budget_final_wan": 1280}); // R23
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n部门全年预算2,400万元,全年支出2,300万元,预算执行率95.83%。\n二、重点项目\n全年预算安排320万元用于农村公路养护项目,实际支出300万元。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 2400, "spent_wan": 2300, "execution_rate_pct": 95.83}); // R24
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n根据工作安排,重点项目经费全年预算320万元,实际支出300万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": null, "spent_wan": null}); // R25
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n项目资金100万元,分两批下达。\n其中,截至年底本项目共支出98万元,资金执行率98%。\n", 'execution_rate_pct')).toEqual({"execution_rate_pct": 98}); // R26
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n二、预算执行\n全年支出950万元,预算执行率95%。其中:基本支出620万元,执行率100%。\n", 'execution_rate_pct')).toEqual({"execution_rate_pct": 95}); // R27
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n年初预算1,000万元。年初安排的部分项目因政策变化调减预算资金45万元,调整后预算955万元。\n", 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan')).toEqual({"budget_initial_wan": 1000, "budget_adjustment_wan": -45, "budget_final_wan": 955}); // R28
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n2023年初市级预算安排项目资金500万元,年中追加100万元,全年预算600万元,实际支出590万元。\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({"budget_initial_wan": 500, "budget_final_wan": 600, "spent_wan": 590}); // R30
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n全年可用预算资金860万元,实际支出840万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 860, "spent_wan": 840}); // R31
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n年初预算2,000万元,年度执行中追加项目经费300万元,调减公用经费100万元,相抵后调整预算2,200万元。\n", 'budget_initial_wan', 'budget_final_wan')).toEqual({"budget_initial_wan": 2000, "budget_final_wan": 2200}); // R32
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、评价指标\n本次自评指标体系设置决策20分、过程20分、产出30分、效益30分,合计100分。经自评,本项目得分88分,等级为良。\n", 'self_score', 'grade')).toEqual({"self_score": 88, "grade": "良"}); // R33
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n一、评价指标\n指标体系包括决策(20分)、过程(20分)、产出(40分)、效益(20分),合计100分。\n二、自评结论\n综合评价为良。\n", 'self_score')).toEqual({"self_score": null}); // R34
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n四、自评结论\n决策、过程、产出、效益指标分别得分18分、17分、28分、29分,合计得分92分,等级为优。\n", 'self_score', 'grade')).toEqual({"self_score": 92, "grade": "优"}); // R35
    expect(pick("2023年度项目支出绩效自评表\n项目名称:乡村道路维护\n总分:100分\n自评得分:91.5分\n自评等级:优\n", 'self_score')).toEqual({"self_score": 91.5}); // R36
    expect(pick("2023年度项目支出绩效自评表\n项目名称:乡村道路维护\n总分:93.5分\n自评等级:优\n", 'self_score', 'grade')).toEqual({"self_score": 93.5, "grade": "优"}); // R37
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n2023年年初预算1,356.80万元。全年预算调整数185.00万元,调整后预算1,541.80万元。\n", 'budget_adjustment_wan')).toEqual({"budget_adjustment_wan": 185}); // R39
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n年初预算600万元,年中追加人员经费40万元、办公设备购置经费20万元,全年预算660万元。\n", 'budget_initial_wan', 'budget_final_wan')).toEqual({"budget_initial_wan": 600, "budget_final_wan": 660}); // R40
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n年初预算600万元,全年预算640万元。\n其中新增项目支出40万元用于办公楼维修。\n", 'budget_initial_wan', 'budget_final_wan')).toEqual({"budget_initial_wan": 600, "budget_final_wan": 640}); // R41
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算情况\n部门预算批复数为4,127.60万元,年中调减356.80万元,全年预算数为3,770.80万元。\n", 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan')).toEqual({"budget_initial_wan": 4127.6, "budget_adjustment_wan": -356.8, "budget_final_wan": 3770.8}); // R42
    expect(pick("某县民政局2024年部门整体支出绩效自评报告\n一、部门概况\n本局内设5个股室。\n二、主要工作措施及成效\n2023年部门预算1,500万元,全年支出1,450万元。\n", 'fiscal_year')).toEqual({"fiscal_year": 2023}); // R43
    expect(pick("某县民政局2024年部门整体支出绩效自评报告\n一、部门概况\n本局内设5个股室。\n二、年度工作计划完成情况\n2023年部门预算1,500万元,全年支出1,450万元。\n", 'fiscal_year')).toEqual({"fiscal_year": 2023}); // R44
    expect(pick("某市民政局2023年度部门整体支出绩效自评报告\n一、基本情况\n本局全年工作有序推进。\n五、存在问题及整改措施\n一是2022年度部门预算执行率偏低。\n", 'fiscal_year')).toEqual({"fiscal_year": 2023}); // R47
    expect(pick("某县住房和城乡建设局\n关于公开2021年度绩效自评结果的说明\n\n根据县财政局通知要求,现将我局2021年度部门整体支出绩效自评结果及重点项目支出绩效自评结果予以公开。\n\n附件1:某县住房和城乡建设局2021年度部门整体支出绩效自评表\n附件2:城镇老旧小区改造项目支出绩效自评表\n\n某县住房和城乡建设局\n2022年6月10日\n\n附件1\n部门整体支出绩效自评表\n（2021年度）\n部门（单位）名称 | 某县住房和城乡建设局\n年度预算申请（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 4,802.16 | 6,215.40 | 5,976.83 | 10 | 96.16% | 9.62\n\n附件2\n城镇老旧小区改造项目支出绩效自评表\n（2021年度）\n项目名称 | 城镇老旧小区改造\n主管部门 | 某县住房和城乡建设局 | 实施单位 | 某县市政设施管理所\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 1,520.00 | 1,586.42 | 1,586.42 | 10 | 100.00% | 10\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({"budget_initial_wan": 4802.16, "budget_final_wan": 6215.4, "spent_wan": 5976.83}); // R48
    expect(pick("某县林业局2022年度部门整体支出绩效自评报告\n一、部门概况\n某县林业局负责全县林业资源保护、生态修复和森林防火等工作,内设4个股室,下属3个事业单位,编制72人。\n二、预算执行情况\n2022年年初预算2,318.60万元,全年预算2,702.45万元。全年支出2,611.88万元,预算执行率96.65%。\n三、重点项目绩效\n附件2所列森林草原防火项目绩效自评表显示,该项目执行率75.19%。\n四、自评结论\n经自评,本局2022年度部门整体支出绩效自评得分92.4分,自评等级为“优”。\n", 'self_score', 'grade', 'execution_rate_pct')).toEqual({"self_score": 92.4, "grade": "优", "execution_rate_pct": 96.65}); // R49
    expect(pick("2023年度项目支出绩效自评表\n项目名称      农村公路养护\n主管部门      某县交通局\n实施单位      某县公路站\n", 'project_name', 'supervising_department', 'department_name')).toEqual({"project_name": "农村公路养护", "supervising_department": "某县交通局", "department_name": "某县公路站"}); // R50
    expect(pick("2023年度项目支出绩效自评表\n项目名称    高标准农田建设项目\n主管部门    某县农业农村局\n实施单位    某县农技站\n", 'supervising_department', 'department_name')).toEqual({"supervising_department": "某县农业农村局", "department_name": "某县农技站"}); // R51
    expect(pick("2023年度项目支出绩效自评表\n项目名称：乡村道路维护\n自评得分：91\n自评等级    良\n审核人      李明\n", 'self_score', 'grade')).toEqual({"self_score": 91, "grade": "良"}); // R52
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n项目预算资金12O万元,实际支出118万元。\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 120, "spent_wan": 118}); // R54
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n年初顸算100万元,全年预箅数120万元,执仃率98%。\n", 'budget_initial_wan', 'budget_final_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 100, "budget_final_wan": 120, "execution_rate_pct": 98}); // R55
    expect(pick("2023年度项目支出绩效自评表项目名称农村厕所改造主管部门某县农业农村局实施单位某县城关街道办事处项目负责人张三\n", 'department_name')).toEqual({"department_name": "某县城关街道办事处"}); // R58
    expect(pick("2023年度项目支出绩效自评表项目名称学前教育保教补助主管部门某县教育局实施单位某县城关镇中心幼儿园项目负责人张三\n", 'department_name')).toEqual({"department_name": "某县城关镇中心幼儿园"}); // R59
    expect(pick("2023年度项目支出绩效自评表项目名称基本公共卫生服务主管部门某县卫生健康局实施单位某县青山镇中心卫生院项目负责人张三\n", 'department_name')).toEqual({"department_name": "某县青山镇中心卫生院"}); // R60
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n主管部门：某县民政局\n实施单位：某县民政局（某县社会组织管理局）\n", 'department_name')).toEqual({"department_name": "某县民政局（某县社会组织管理局）"}); // R61
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n主管部门：某县农业农村局\n实施单位：某县农业农村局（县农技推广中心具体负责）\n", 'department_name')).toEqual({"department_name": "某县农业农村局"}); // R62
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n二、预算执行情况\n部门全年预算1,000万元,全年支出950万元,预算执行率95%。\n三、绩效评价结论\n（二）存在问题:项目执行率仅为75%\n部分项目进度滞后。\n", 'execution_rate_pct')).toEqual({"execution_rate_pct": 95}); // R63
    expect(pick("某县2018年度部门整体支出绩效自评表\n部门名称\t某县人力资源和社会保障局\n一、部门预算资金情况（万元）\n项目\t金额\n年初预算数\t1,720.44\n全年预算数\t2,018.91\n全年执行数\t1,957.62\n执行率\t96.96%\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 1720.44, "budget_final_wan": 2018.91, "spent_wan": 1957.62, "execution_rate_pct": 96.96}); // R64
    expect(pick("2023年度项目支出绩效自评表\n项目名称 | 农村公路养护\n资金来源 | 全年预算数（万元） | 执行数（万元） | 执行率\n中央补助资金 | 800.00 | 780.00 | 97.50%\n县级配套资金 | 200.00 | 150.00 | 75.00%\n总计 | 1,000.00 | 930.00 | 93.00%\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 1000, "spent_wan": 930, "execution_rate_pct": 93}); // R66
    expect(pick("2023年度项目支出绩效自评表\n项目名称 | 农村公路养护\n单位：元\n项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 1,200,000.00 | 1,350,000.00 | 1,296,000.00 | 10 | 96.00% | 9.6\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({"budget_initial_wan": 120, "budget_final_wan": 135, "spent_wan": 129.6}); // R67
    expect(pick("2023年度项目支出绩效自评表\n项目名称 | 农村公路养护\n（金额单位：元）\n项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n年度资金总额 | 500,000.00 | 500,000.00 | 480,000.00 | 10 | 96.00% | 9.6\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": 50, "spent_wan": 48}); // R68
    expect(pick("2023年度项目支出绩效自评表\n项目名称：农村低保补助\n年初预算数：120.00\n全年预算数：120.00\n全年执行数：115.20\n执行率：96%\n产出指标 人均补助资金（元） 1,500 1,500\n", 'budget_final_wan', 'spent_wan')).toEqual({"budget_final_wan": null, "spent_wan": null}); // R69
    expect(pick("2023年度项目支出绩效自评表\n项目名称：农村低保补助\n项目资金（万元）：\n年初预算数 120.00 / 全年预算数 120.00 / 全年执行数 115.20 / 执行率 96.00%\n产出指标 人均补助资金（元） 1,500 1,500\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({"budget_initial_wan": 120, "budget_final_wan": 120, "spent_wan": 115.2}); // R70
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n年初预算安排资金100万元,年中未作调整,实际支出98万元,执行率98%。\n", 'budget_initial_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 100, "spent_wan": 98, "execution_rate_pct": 98}); // R71
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n项目资金（万元）：\n年初预算数 300.00 / 全年预算数 320.00 / 全年执行数 310.40 / 分值 10 / 执行率 97.00% / 得分 9.70\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 300, "budget_final_wan": 320, "spent_wan": 310.4, "execution_rate_pct": 97}); // R72
    expect(pick("2023年度项目支出绩效自评表\n项目名称 | 农村公路养护 | 项目编码 | 2023-001\n自评得分 | 88.5\n自评等级 | 良\n", 'project_name', 'self_score', 'grade')).toEqual({"project_name": "农村公路养护", "self_score": 88.5, "grade": "良"}); // R73
    expect(pick("某县小型水库除险加固项目\n支出绩效自评报告\n一、项目概况\n项目预算资金500万元。\n", 'kind')).toEqual({"kind": "project"}); // R75
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n年初预算80万元,年中追加20万元,调整预算为100万元,实际支出95万元。\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan')).toEqual({"budget_initial_wan": 80, "budget_final_wan": 100, "spent_wan": 95}); // R76
    expect(pick("2023年度某县农村公路养护项目支出绩效自评报告\n二、资金情况\n年初预算80万元,追加资金20万元,调整预算为项目实施提供了保障,全年预算100万元。\n", 'budget_final_wan')).toEqual({"budget_final_wan": 100}); // R77
    expect(pick("某县统计局2023年部门整体支出绩效自评报告\n一、部门预算执行情况\n2023年，本局年初预算1,356.80万元，年中追加经费，\n主要用于统计调查，普查经费，信息化建设，调整后预算，\n1,541.80万元，全年支出1,500.20万元，预算执行率，\n97.30%，较上年提高，2.1个百分点，各项支出规范，\n二、绩效目标完成情况，全年完成统计调查，12项，\n发布统计公报，分析报告，共计36期，数据质量，\n得到上级肯定，群众满意度，达到95%以上，\n", 'budget_initial_wan')).toEqual({"budget_initial_wan": 1356.8}); // R78
    expect(pick("2023年度项目支出绩效自评表\n主管部门    某县民政局\n实施单位    某县民政局\n项目名称    城乡低保补助资金\n", 'supervising_department', 'department_name')).toEqual({"supervising_department": "某县民政局", "department_name": "某县民政局"}); // R79
    expect(pick("2023年度某县森林防火项目支出绩效自评报告\n二、资金情况\n项目资金按2021-2023年三年行动方案安排,本年预算资金80万元,实际支出78万元,执行率97.5%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 80, "spent_wan": 78, "execution_rate_pct": 97.5}); // R80
  });
});

describe('eleventh round: after the review — a sentence citing an attachment, prose broken after its commas, a sum of counted years', () => {
  it('cuts no report at a sentence that cites an attachment (附件2所列…项目绩效自评表显示,…)', () => {
    const t = `某县林业局2022年度部门整体支出绩效自评报告\n一、部门概况\n某县林业局负责全县林业资源保护、生态修复和森林防火等工作,内设4个股室,下属3个事业单位,全年完成营造林3.2万亩,森林抚育2.4万亩,天然林管护面积142.6万亩,森林覆盖率63.8%。\n二、项目情况\n附件2所列森林草原防火项目绩效自评表显示,该项目完成较好。\n三、自评结论\n经自评,本局2022年度部门整体支出绩效自评得分92.4分,自评等级为“优”。\n`;
    expect(pick(t, 'self_score', 'grade')).toEqual({ self_score: 92.4, grade: '优' });
  });
  it('reads no cells in prose whose lines end with an ASCII comma', () => {
    const prose = `${DEPT}一、部门预算执行情况\n${'2023年,本局年初预算1,356.80万元,年中追加经费,\n'.repeat(6)}`;
    expect(readingText(prose)).not.toContain('|');
  });
  it('takes a sum of the years it counts for theirs (三年年初预算合计2,280.00万元)', () => {
    const t = `${PROJECT}（一）分年度资金安排。2021年安排760.00万元,2022年安排720.00万元,2023年年初预算安排800.00万元,三年年初预算合计2,280.00万元。\n`;
    expect(pick(t, 'budget_initial_wan')).toEqual({ budget_initial_wan: 800 });
  });
});

describe('eleventh round: a form one cell per line with its labels first and their values after them', () => {
  const form = ['项目支出绩效自评表', '（2018年度）', '项目名称', '主管部门', '实施单位', '国省干线公路养护', '某市交通运输局', '某市公路建设养护中心', '项目资金（万元）',
    '年初预算数 全年预算数 全年执行数 分值 执行率 得分', '年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金',
    '6,200.00 6,850.00 6,418.90 10 93.71% 9.37', '5,800.00 6,250.00 5,896.40 — 94.34% —', '400.00 600.00 522.50 — 87.08% —', '— — — — — —', ''].join('\n');
  it('pairs each label with its value in order, and reads the first row of values as the total\'s', () => {
    expect(pick(form, 'project_name', 'supervising_department', 'department_name', 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({
      project_name: '国省干线公路养护', supervising_department: '某市交通运输局', department_name: '某市公路建设养护中心',
      budget_initial_wan: 6200, budget_final_wan: 6850, spent_wan: 6418.9, execution_rate_pct: 93.71 });
  });
  it('pairs two labels and their names (主管部门 / 实施单位 / 某局 / 某中心), the only fields printed so', () => {
    const two = '某市2018年度项目支出绩效自评表\n项目名称：国省干线公路养护\n主管部门\n实施单位\n某市交通运输局\n某市公路建设养护中心\n项目资金（万元）\n';
    expect(pick(two, 'supervising_department', 'department_name')).toEqual({ supervising_department: '某市交通运输局', department_name: '某市公路建设养护中心' });
  });
  it('reads the project among them when the values are the same body twice (主管部门 and 实施单位 alike)', () => {
    const t = ['某县2021年度项目支出绩效自评表', '项目名称', '主管部门', '实施单位', '公共文化服务体系建设补助资金', '某县文化和旅游局', '某县文化和旅游局', '项目资金（万元）', '年度资金总额', '其中：当年财政拨款',
      '上年结转资金', '其他资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '130.00', '146.00', '139.20', '10', '95.34%', '9.53', ''].join('\n');
    expect(pick(t, 'project_name', 'department_name')).toEqual({ project_name: '公共文化服务体系建设补助资金', department_name: '某县文化和旅游局' });
  });
  it('not when the lines after the labels are no names', () => {
    expect(pick(form.replace('某市交通运输局\n某市公路建设养护中心', '详见附表\n详见附表'), 'department_name')).toEqual({ department_name: null });
  });
});

describe('eleventh round: a money header 年初预算 | 预算调整 | 调整后预算 | 实际支出 | 执行率', () => {
  it('reads its five columns (预算调整 a head of its own, not 年初预算 twice)', () => {
    const t = `${PROJECT}一、资金使用情况（单位：万元）\n资金来源      年初预算    预算调整    调整后预算    实际支出    执行率\n合计          800.00      -120.00     680.00        655.72      96.43%\n市级财政      800.00      -120.00     680.00        655.72      96.43%\n`;
    expect(pick(t, 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 800, budget_adjustment_wan: -120, budget_final_wan: 680, spent_wan: 655.72, execution_rate_pct: 96.43 });
  });
});

describe('eleventh round: a grade a form flattened onto one line runs into the next label', () => {
  it('reads 自评等级 优 自评结论说明 … and 自评等级 优 说明:…', () => {
    const line = (rest: string) => `2024年度项目支出绩效自评表 项目名称 公共文化配送服务 实施单位 某区文化和旅游局 总分 100 95.25 自评等级 优 ${rest}\n`;
    expect(pick(line('自评结论说明 本项目预算执行率94.35%。'), 'grade')).toEqual({ grade: '优' });
    expect(pick(line('说明:本表数据与决算一致。'), 'grade')).toEqual({ grade: '优' });
    expect(pick(line('自评人员 张某'), 'grade')).toEqual({ grade: null });
  });
});

describe('eleventh round: a source\'s fields under its name, full-width figures in a row, 调整预算 and a number after an addition', () => {
  const form = `${PROJECT}项目资金\n年初预算数：１，２００，０００．００\n全年预算数：１，３８６，５００．００\n全年执行数：１，３５２，７４３．６０\n执行率：９７．５７％\n其中：当年财政拨款\n`
    + '年初预算数：１，２００，０００．００　全年预算数：１，２００，０００．００　全年执行数：１，１８０，２４３．６０　执行率：９８．３５％\n上年结转资金\n'
    + '年初预算数：—　全年预算数：１８６，５００．００　全年执行数：１７２，５００．００　执行率：９２．４９％\n';
  it('takes the lines under a source\'s name for that source\'s, and no such name for a wrapped cell of the row of full-width figures above', () => {
    expect(pick(`${form}金额单位：元\n`, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 138.65, spent_wan: 135.27436, execution_rate_pct: 97.57 });
    expect(wrappedLines('年初预算数：１，２００．００　全年预算数：１，２００．００\n上年结转资金\n').size).toBe(0);
  });
  it('takes no 调整预算 and its amount after an addition for the final budget: it may be an adjustment\'s (调整预算20.00万元用于…)', () => {
    expect(pick(`${DEPT}年初预算500.00万元,年中追加60.00万元,调整预算20.00万元用于设备购置,全年预算数560.00万元。\n`, 'budget_final_wan')).toEqual({ budget_final_wan: 560 });
  });
});

describe('eleventh round: a wrapped sentence is no wrapped label', () => {
  it('leaves the end of a description cell (…核算工作。) on its line', () => {
    expect(wrappedLines('会计核算规范性      严格执行会计制度，规范会计\n                    核算工作。\n').size).toBe(0);
  });
});


describe('the eleventh round\'s second review probes', () => {
  // Made-up probes a second helper wrote against the rules added after the first review (45; these 31 give the careful
  // reading — the other 14 are noted in docs/extract.md). Each is one rule's edge: where it should fire and where it should not.
  it('reads each probe as a careful reader would', () => {
    expect(pick("项目支出绩效自评表\n（2022年度）\n项目名称\n主管部门\n项目实施单位\n城区路灯维护改造\n某县住房和城乡建设局\n某县市政设施管理所\n项目资金（万元）\n", 'project_name', 'supervising_department', 'department_name')).toEqual({"project_name": "城区路灯维护改造", "supervising_department": "某县住房和城乡建设局", "department_name": "某县市政设施管理所"}); // R01
    expect(pick("某县交通运输局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n某县交通运输局负责全县公路、水路交通行业管理。2022年全年预算数1,250.00万元，全年执行数1,180.00万元，预算执行率94.40%。\n附表：2022年度重点项目情况\n项目名称\n实施单位\n农村公路养护工程\n某县公路事业发展中心\n全年执行数\n", 'department_name', 'kind')).toEqual({"department_name": "某县交通运输局", "kind": "department"}); // R02
    expect(pick("2022年度城乡供水一体化工程项目支出绩效自评报告\n项目名称：城乡供水一体化工程\n实施单位：某县水利局\n主管部门：某县水利局\n一、项目概况\n本项目分三个子项目实施，情况如下：\n项目名称\n实施单位\n某村饮水管网改造\n某镇人民政府\n二、绩效目标完成情况\n", 'project_name', 'department_name')).toEqual({"project_name": "城乡供水一体化工程", "department_name": "某县水利局"}); // R03
    expect(pick("项目支出绩效自评表\n（2019年度）\n项目名称\n主管部门\n某市交通运输局\n实施单位\n某市公路建设养护中心\n项目资金（万元）\n", 'project_name', 'supervising_department', 'department_name')).toEqual({"project_name": null, "supervising_department": "某市交通运输局", "department_name": "某市公路建设养护中心"}); // R04
    expect(pick("2021年度项目支出绩效自评表\n项目名称\n主管部门\n实施单位\n2021年森林防火专项经费\n某县林业局\n某县森林消防大队\n", 'project_name', 'supervising_department', 'department_name')).toEqual({"project_name": "2021年森林防火专项经费", "supervising_department": "某县林业局", "department_name": "某县森林消防大队"}); // R08
    expect(pick("项目支出绩效自评表（2022年度）\n项目名称：老旧小区改造\n主管部门\n实施单位\n某区住房和城乡建设局\n某区老旧小区改造办公室\n项目资金（万元）\n年初预算数：500.00 全年预算数：520.00 全年执行数：498.00 执行率：95.77%\n", 'project_name', 'supervising_department', 'department_name', 'budget_final_wan', 'spent_wan')).toEqual({"project_name": "老旧小区改造", "supervising_department": "某区住房和城乡建设局", "department_name": "某区老旧小区改造办公室", "budget_final_wan": 520, "spent_wan": 498}); // R09
    expect(pick("项目支出绩效自评表（2020年度）\n项目名称：农产品质量安全监管\n项目资金（万元）\n年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额\n其中：财政资金\n其他资金\n120.00 135.00 128.25 10 95.00% 9.50\n120.00 135.00 128.25 — 95.00% —\n— — — — — —\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 120, "budget_final_wan": 135, "spent_wan": 128.25, "execution_rate_pct": 95}); // R11
    expect(pick("项目支出绩效自评表（2020年度）\n项目名称：农产品质量安全监管\n项目资金（万元）\n年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 120.00 135.00 128.25 10 95.00% 9.50\n其中：当年财政拨款 100.00 115.00 110.00 — 95.65% —\n上年结转资金 20.00 20.00 18.25 — 91.25% —\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 120, "budget_final_wan": 135, "spent_wan": 128.25, "execution_rate_pct": 95}); // R12
    expect(pick("项目支出绩效自评表（2020年度）\n项目名称：乡村医生补助\n项目资金（万元）\n年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额\n其中：中央补助资金\n省级补助资金\n80.00 96.00 90.24 10 94.00% 9.40\n50.00 60.00 57.00 — 95.00% —\n30.00 36.00 33.24 — 92.33% —\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 80, "budget_final_wan": 96, "spent_wan": 90.24, "execution_rate_pct": 94}); // R13
    expect(pick("2023年度乡村道路养护项目支出绩效自评报告\n一、资金使用情况（单位：万元）\n| 资金来源 | 年初预算 | 预算调整 | 调整后预算 | 实际支出 | 执行率 |\n| --- | --- | --- | --- | --- | --- |\n| 合计 | 500.00 | 60.00 | 560.00 | 532.00 | 95.00% |\n| 县级财政 | 500.00 | 60.00 | 560.00 | 532.00 | 95.00% |\n", 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 500, "budget_adjustment_wan": 60, "budget_final_wan": 560, "spent_wan": 532, "execution_rate_pct": 95}); // R14
    expect(pick("2023年度乡村道路养护项目支出绩效自评报告\n一、资金使用情况（单位：万元）\n资金来源      年初预算    调整后预算    实际支出    执行率    预算调整说明\n合计          800.00      680.00        655.72      96.43%    压减一般性支出\n", 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 800, "budget_adjustment_wan": null, "budget_final_wan": 680, "spent_wan": 655.72, "execution_rate_pct": 96.43}); // R16
    expect(pick("2023年度乡村道路养护项目支出绩效自评报告\n一、资金使用情况（单位：万元）\n资金来源      年初预算数    预算调整数    全年预算数    全年执行数    执行率\n合计          300.00        45.00         345.00        330.51        95.80%\n", 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 300, "budget_adjustment_wan": 45, "budget_final_wan": 345, "spent_wan": 330.51, "execution_rate_pct": 95.8}); // R18
    expect(pick("2023年度乡村道路养护项目支出绩效自评报告\n一、资金使用情况（单位：万元）\n资金来源      年初批复安排数    调整后预算数    全年执行数    执行率\n合计          300.00            345.00          330.51        95.80%\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 300, "budget_final_wan": 345, "spent_wan": 330.51, "execution_rate_pct": 95.8}); // R19
    expect(pick("2023年度社区养老服务补贴项目支出绩效自评报告\n本项目年初预算120万元，全年执行115.2万元，执行率96%。\n单位在自评中说明了项目存在的主要问题：部分补贴发放不及时。\n自评得分92分。\n", 'grade', 'self_score')).toEqual({"grade": null, "self_score": 92}); // R21
    expect(pick("2023年度社区养老服务补贴项目支出绩效自评报告\n本项目年初预算120万元，全年执行115.2万元，执行率96%。\n自评中填报的数据与部门决算一致。\n自评得分92分。\n", 'grade', 'self_score')).toEqual({"grade": null, "self_score": 92}); // R22
    expect(pick("2023年度社区养老服务补贴项目支出绩效自评报告\n本项目年初预算120万元，全年执行115.2万元，执行率96%。\n对照评分标准，自评结论中说明了扣分原因。\n自评得分92分。\n", 'grade', 'self_score')).toEqual({"grade": null, "self_score": 92}); // R23
    expect(pick("2023年度社区养老服务补贴项目支出绩效自评报告\n本项目年初预算120万元，全年执行115.2万元，执行率96%。\n自评中审核发现个别台账不完整，已整改。\n", 'grade')).toEqual({"grade": null}); // R24
    expect(pick("2024年度项目支出绩效自评表 项目名称 社区养老服务 实施单位 某区民政局 总分 100 92.10 评价等次 优秀 填报人：李某 联系电话：1234567\n", 'grade')).toEqual({"grade": "优秀"}); // R26
    expect(pick("2024年度项目支出绩效自评表 项目名称 社区养老服务 实施单位 某区民政局 总分 100 自评等级 说明：自评等级分为优、良、中、差四档\n", 'grade')).toEqual({"grade": null}); // R27
    expect(pick("2021年度项目支出绩效自评表\n项目名称\n主管部门\n实施单位\n公共文化服务体系建设补助资金\n某县文化和旅游局\n某县文化和旅游局\n项目资金（万元）\n年度资金总额\n其中：当年财政拨款\n上年结转资金\n其他资金\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n130.00\n146.00\n139.20\n10\n95.34%\n9.53\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 130, "budget_final_wan": 146, "spent_wan": 139.2, "execution_rate_pct": 95.34}); // R29
    expect(pick("2022年度农村厕所改造项目支出绩效自评报告\n二、项目资金使用情况\n资金来源\n市级财政资金\n本项目年初预算数150万元，全年预算数150万元，全年执行数142.5万元，预算执行率95%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 150, "spent_wan": 142.5, "execution_rate_pct": 95}); // R30
    expect(pick("2022年度项目支出绩效自评表\n项目名称：农村厕所改造\n项目资金（万元）\n当年财政拨款\n年初预算数：100.00 全年预算数：110.00 全年执行数：104.50 执行率：95.00%\n其他资金\n年初预算数：20.00 全年预算数：20.00 全年执行数：18.00 执行率：90.00%\n年度资金总额\n年初预算数：120.00 全年预算数：130.00 全年执行数：122.50 执行率：94.23%\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 120, "budget_final_wan": 130, "spent_wan": 122.5, "execution_rate_pct": 94.23}); // R31
    expect(pick("2022年度项目支出绩效自评表\n项目名称：农村厕所改造\n项目资金（万元）\n年初预算数：120.00 全年预算数：130.00 全年执行数：122.50 执行率：94.23%\n其中：中央资金\n年初预算数：100.00 全年预算数：110.00 全年执行数：104.50 执行率：95.00%\n", 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_initial_wan": 120, "budget_final_wan": 130, "spent_wan": 122.5, "execution_rate_pct": 94.23}); // R32
    expect(pick("某区教育局2023年部门整体支出绩效自评报告\n2023年年初预算500.00万元,年中追加60.00万元,调整预算20.00万元用于设备购置,全年预算数560.00万元,全年支出540.00万元。\n", 'budget_final_wan', 'budget_initial_wan')).toEqual({"budget_final_wan": 560, "budget_initial_wan": 500}); // R34
    expect(pick("某区教育局2023年部门整体支出绩效自评报告\n2023年年初预算500.00万元,年中追加60.00万元,调整预算2次,全年支出540.00万元。\n", 'budget_final_wan', 'budget_initial_wan')).toEqual({"budget_final_wan": null, "budget_initial_wan": 500}); // R35
    expect(pick("                    项目支出绩效自评表\n                      （2021年度）\n项目名称        农村产业融合发展示范园建设\n主管部门        某县农业农村局            实施单位      某县农业技术推广中心\n                总分：１００\n", 'supervising_department', 'department_name')).toEqual({"supervising_department": "某县农业农村局", "department_name": "某县农业技术推广中心"}); // R37
    expect(pick("某区教育局2023年部门整体支出绩效自评报告\n2023年年初预算400.00万元,年中追加80.00万元,调整后预算480.00万元,全年支出470.00万元。\n", 'budget_adjustment_wan', 'budget_final_wan')).toEqual({"budget_adjustment_wan": 80, "budget_final_wan": 480}); // R38
    expect(pick("某县交通运输局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n某县交通运输局负责全县公路、水路交通行业管理。2022年全年预算数1,250.00万元，全年执行数1,180.00万元，预算执行率94.40%。\n附表：2022年度重点项目情况\n项目名称\n主管部门\n实施单位\n农村公路养护工程\n某县交通运输局\n某县公路事业发展中心\n全年执行数\n", 'department_name', 'supervising_department', 'kind')).toEqual({"department_name": "某县交通运输局", "supervising_department": null, "kind": "department"}); // R40
    expect(pick("2023年度社区养老服务补贴项目支出绩效自评报告\n本项目年初预算120万元，全年执行115.2万元，执行率96%。\n评价结果中说明了扣分原因。\n自评得分92分。\n", 'grade', 'self_score')).toEqual({"grade": null, "self_score": 92}); // R42
    expect(pick("2023年度社区养老服务补贴项目支出绩效自评报告\n本项目年初预算120万元，全年执行115.2万元，执行率96%。\n自评结果中填报的得分与评分表一致。\n", 'grade')).toEqual({"grade": null}); // R43
    expect(pick("2022年度农村厕所改造项目支出绩效自评报告\n二、项目资金使用情况\n本项目资金来源包括：\n当年财政拨款\n上年结转资金\n全年预算数合计860万元，全年执行数820万元，预算执行率95.35%。\n", 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({"budget_final_wan": 860, "spent_wan": 820, "execution_rate_pct": 95.35}); // R44
  });
});

describe('twelfth round: a page break inside a form', () => {
  const form = (mark: string) => [
    '2023年度项目支出绩效自评表',
    '项目名称 | 外资招引专项工作经费',
    '主管部门 | 某市商务局 | 实施单位 | 某市投资促进中心',
    '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分',
    mark,
    '年度资金总额 | 80.00 | 95.50 | 93.20 | 10 | 97.59% | 9.8',
    '其中：当年财政拨款 | 80.00 | 95.50 | 93.20 | — | — | —',
  ].join('\n');

  it('reads the money row across a page number or a continuation mark between it and its header', () => {
    for (const mark of ['- 3 -', '— 12 —', '第 3 页 共 12 页', '共5页 第2页', 'Page 3 of 12', '（续表）', '续上表 |']) {
      expect(pick(form(mark), 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_initial_wan: 80, budget_final_wan: 95.5, spent_wan: 93.2, execution_rate_pct: 97.59 });
    }
  });

  it('keeps a bare number on a line of its own (a cell of a form printed one cell per line) and a sentence about a page', () => {
    expect(readingText('3\n- 3 - 万元\n第3页内容\n100 |')).toBe('3\n- 3 - 万元\n第3页内容\n100 |');
    expect(readingText('- 3 -\n一\n二\n三\n四\n五\n第3页')).toBe('     \n一\n二\n三\n四\n五\n   ');
    // (a document site's list of its pages, a mark after each page's opening words, keeps them: they part the pages)
    const list = '某局项目绩效自评报告.doc\n第1页 / 共12页\n某局项目绩效自评报告.doc\n第2页 / 共12页';
    expect(readingText(list)).toBe(list);
  });

  it('is no traditional text for its blanked marks', () => {
    expect(extractReport(form('第 3 页 共 12 页')).layout).toBe('form (| cells)');
  });
});

describe('twelfth round: a name whose end a form wrapped under it, beside another cell', () => {
  const text = [
    '2023年度项目支出绩效自评表',
    '项目名称  乡村产业发展专项资金',
    '实施单位  某县农业农村局（乡村振  主管部门  某县人民政府',
    '          兴局）',
    '项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分',
    '年度资金总额  50  50  48  10  96%  9.6',
  ].join('\n');

  it('reads the name from its two pieces, not the other cell\'s words between them, and asks for a check', () => {
    const x = toJson(extractReport(text));
    expect(x.department_name).toBe('某县农业农村局（乡村振兴局）');
    expect(x.supervising_department).toBe('某县人民政府');
    expect(x.evidence.department_name!.note).toMatch(/折到下一行/u);
    expect(x.evidence.supervising_department!.note).toBeUndefined();
  });

  it('keeps a name printed in one piece as it stands, spaces aside', () => {
    const flow = new Flow('实施单位：某 县 商 务 局\n主管部门：某县人民政府');
    const at = flow.text.indexOf('某县商务局');
    expect(flow.printed({ start: at, end: at + 5 })).toBe('某县商务局');
  });
});

describe('twelfth round: a text without its title that names itself or its fund in its opening', () => {
  it('reads the report\'s name in `现将…报告如下` as its title: the body, the project, the year', () => {
    const text = '为做好2022年财政衔接推进乡村振兴资金项目绩效管理工作,根据有关文件,现将2022年某某县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:\n一、绩效目标分解下达情况\n项目资金共2179万元,已完成拨付2113.63万元,执行率97%。';
    expect(pick(text, 'department_name', 'project_name', 'fiscal_year', 'kind')).toEqual({ department_name: '某某县交通运输局', project_name: '财政衔接推进乡村振兴资金项目', fiscal_year: 2022, kind: 'project' });
    expect(extractReport(text).layout).toMatch(/no title/u);
    // (not `现将自评情况报告如下`: it names nothing)
    expect(pick('根据有关文件,现将自评情况报告如下:\n一、基本情况\n项目资金共2179万元。', 'department_name', 'project_name')).toEqual({ department_name: null, project_name: null });
    // (nor one without a year: a name a report gives itself has one)
    expect(pick('根据有关文件,现将某某县交通运输局农村公路养护项目绩效自评报告如下:\n一、基本情况\n项目资金共2179万元。', 'department_name')).toEqual({ department_name: null });
  });

  it('names the fund a transfer template\'s `绩效目标分解下达情况` allocated, when it is one fund with its amount', () => {
    const text = '一、绩效目标分解下达情况某省文化旅游厅、某省财政厅(某财文指〔2022〕30号)下达2022年某省文化和旅游专项资金20万元,二、绩效目标完成情况分析(一)资金投入情况分析';
    expect(pick(text, 'project_name')).toEqual({ project_name: '某省文化和旅游专项资金' });
    expect(pick(text.replace('专项资金20万元', '专项资金和非遗保护经费20万元'), 'project_name')).toEqual({ project_name: null });
    expect(pick(text.replace('下达2022年某省文化和旅游专项资金20万元', '下达2022年某省文化和旅游专项资金20万元,下达非遗保护经费5万元'), 'project_name')).toEqual({ project_name: null });
  });
});

describe('twelfth round: last year\'s figures under their label, 全年列支, 得分合计', () => {
  const text = [
    '某县投资促进局',
    '2023年度产业招商专项经费项目绩效自评报告',
    '一、项目资金情况',
    '（一）预算安排：年初预算300万元。',
    '（二）预算调整：年中调减60万元，调整后预算240万元。',
    '（三）资金支出：全年列支231.12万元，支出率96.30%。',
    '（四）上年情况：2022年该项目预算280万元，支出265.30万元，支出率94.75%。',
    '二、自评得分情况',
    '预算执行（10分）：9.63分',
    '产出指标（50分）：42.5分',
    '得分合计：88.6分',
  ].join('\n');

  it('reads the year\'s figures, not those under `上年情况:`, which names no fiscal year either', () => {
    expect(pick(text, 'fiscal_year', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score')).toEqual({ fiscal_year: 2023, budget_final_wan: 240, spent_wan: 231.12, execution_rate_pct: 96.3, self_score: 88.6 });
  });

  it('sets aside what `上年情况:` states when it names no year either', () => {
    const plain = ['2023年度某某项目支出绩效自评报告', '一、项目资金情况', '（一）上年情况：实际支出265.30万元，执行率94.75%。'].join('\n');
    expect(pick(plain, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: null, execution_rate_pct: null });
    expect(pick(plain.replace('上年情况', '本年情况'), 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 265.3, execution_rate_pct: 94.75 });
  });

  it('takes 全年列支 for what was spent, a bare 列支 still for what was set aside', () => {
    expect(pick('2023年度某某项目支出绩效自评报告\n本项目全年列支45.6万元。', 'spent_wan', 'budget_final_wan')).toEqual({ spent_wan: 45.6, budget_final_wan: null });
    expect(pick('2023年度某某项目支出绩效自评报告\n本项目列支179万元,实际支出170万元。', 'spent_wan', 'budget_final_wan')).toEqual({ spent_wan: 170, budget_final_wan: 179 });
  });
});

describe('twelfth round: numbers an OCR misread at their start, years and counts', () => {
  it('reads l and O for 1 and 0 in a number of two digits or more, or of one before its unit', () => {
    expect(readingText('l,2O6.35  1,348.9O  9l.5')).toBe('1,206.35  1,348.90  91.5');
    expect(readingText('2O23年度 3月l8日 l2个（5O分）1OO')).toBe('2023年度 3月18日 12个（50分）100');
  });

  it('keeps a word, a chemical, a standard and a document\'s number', () => {
    expect(readingText('O2O模式 CO2排放 ISO9001 lO 川财社[2O2O]l86号')).toBe('O2O模式 CO2排放 ISO9001 lO 川财社[2O2O]l86号');
  });

  it('reads an OCR\'d township form with them', () => {
    const form = [
      '某某镇人民政府',
      '2O23年度部门整体支出绩效自评表',
      '部门（单位）名称  某某镇人民政府                   单位：万兀',
      '年度预算    项  目        年初顸算数     全年预算数     全年执衧数    分值    执衧率     得分',
      '          年度资金总额     l,2O6.35      1,348.9O      1,29l.47      10     95.74%     9.5',
      '总分                                                                          1OO    9l.5',
    ].join('\n');
    expect(pick(form, 'fiscal_year', 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'self_score')).toEqual({ fiscal_year: 2023, budget_initial_wan: 1206.35, budget_final_wan: 1348.9, spent_wan: 1291.47, self_score: 91.5 });
  });
});

describe('twelfth round: a form dumped column by column', () => {
  const form = [
    '项目支出绩效自评表', '（2023年度）',
    '项目名称', '主管部门', '实施单位', '项目资金（万元）', '年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金',
    '2023年境外投资推广活动经费', '某市商务局', '某市投资推广署',
    '年初预算数', '200.00', '200.00', '0.00', '0.00',
    '全年预算数', '180.00', '180.00', '0.00', '0.00',
    '全年执行数', '176.40', '176.40', '0.00', '0.00',
    '分值', '10', '—', '—', '—',
    '执行率', '98.00%', '98.00%', '—', '—',
    '得分', '9.80', '—', '—', '—',
    '年度总体目标',
    '偏差原因分析', '因一场境外推介活动取消，年中调减预算20万元',
  ].join('\n');

  it('reads each money column\'s first cell, the fields after the rows\' labels, and the adjustment its note states', () => {
    expect(pick(form, 'project_name', 'supervising_department', 'department_name', 'budget_initial_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'budget_adjustment_wan')).toEqual({
      project_name: '2023年境外投资推广活动经费', supervising_department: '某市商务局', department_name: '某市投资推广署',
      budget_initial_wan: 200, budget_final_wan: 180, spent_wan: 176.4, execution_rate_pct: 98, budget_adjustment_wan: -20,
    });
  });

  it('reads nothing from one column alone, or from a rate that spending over the budget contradicts', () => {
    const one = form.replace(/全年预算数\n180\.00\n180\.00\n0\.00\n0\.00\n全年执行数\n176\.40\n176\.40\n0\.00\n0\.00\n/u, '');
    expect(pick(one, 'budget_initial_wan')).toEqual({ budget_initial_wan: null });
    expect(pick(form.replace('98.00%\n98.00%', '88.00%\n88.00%'), 'spent_wan', 'budget_final_wan')).toEqual({ spent_wan: null, budget_final_wan: null });
  });
});

describe('twelfth round: an adjustment a form\'s note states, numbers an OCR misread whole, headings that are not names', () => {
  it('takes the adjustment a note below the form states when it is exactly the difference of the form\'s budgets', () => {
    const text = ['2023年度某项目支出绩效自评表', '项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分', '年度资金总额  150.00  162.00  158.76  10  98.00%  9.8', '说明：本年度追加预算12万元用于承办全市产业招商推介会。'].join('\n');
    expect(pick(text, 'budget_adjustment_wan')).toEqual({ budget_adjustment_wan: 12 });
    expect(pick(text.replace('追加预算12万元', '追加预算15万元'), 'budget_adjustment_wan')).toEqual({ budget_adjustment_wan: null });
  });

  it('reads an amount\'s shape and a short cell whose digits an OCR misread', () => {
    expect(readingText('  l5O.OO  l62.OO  l58.76  l0  98.0O%  9.8\n总分  lOO  9O.8')).toBe('  150.00  162.00  158.76  10  98.00%  9.8\n总分  100  90.8');
    expect(readingText('Hello lOOk l0号楼')).toBe('Hello lOOk l0号楼');
  });

  it('takes no row of column heads for a project\'s name, and sets a summary\'s projects aside (纳入…范围的项目共4个)', () => {
    const text = [
      '某县商务局', '2023年度项目支出绩效自评结果汇总表',
      '序    项目名称                 年初预算     全年预算     全年执行     执行率     自评     自评',
      '号                              数           数           数                      得分     等级',
      '1     招商引资活动经费          80.00        80.00        78.40        98.00%     96.5     优',
      '2     电商直播基地运营经费      30.00        30.00        29.10        97.00%     95.0',
      '某县商务局2023年度项目支出绩效自评情况说明',
      '一、总体情况', '2023年，我局纳入绩效自评范围的项目共2个，年初预算合计110.00万元。',
      '二、各项目自评情况', '（一）招商引资活动经费。自评得分96.5分。', '（二）电商直播基地运营经费。自评得分95.0分，等级优。',
    ].join('\n');
    expect(pick(text, 'project_name', 'grade', 'self_score')).toEqual({ project_name: null, grade: null, self_score: null });
  });

  it('reads a department\'s report up to its projects\' forms attached as `附件2-1`', () => {
    const text = [
      '某市投资促进局2023年度部门整体支出绩效自评报告', '一、部门基本情况', '本局内设机构5个，主要负责全市招商引资、投资促进和外商投资服务工作，编制人数32人，实有人数30人。', '2023年全年支出2,655.42万元，预算执行率97.23%。', '二、绩效目标完成情况', '全年引进亿元以上项目46个，完成年度目标。',
      '附件：1.部门整体支出绩效自评表 2.项目支出绩效自评表（2个）', '某市投资促进局', '2024年3月25日',
      '附件2-1', '项目支出绩效自评表', '（2023年度）', '项目名称 | 招商引资专项工作经费',
      '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分', '年度资金总额 | 520.00 | 610.00 | 598.34 | 10 | 98.09% | 9.8',
    ].join('\n');
    expect(pick(text, 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 2655.42, execution_rate_pct: 97.23 });
  });
});

describe('twelfth round: several reports in one text', () => {
  it('reads the first of several projects\' reports, each under its numbered heading, and says so', () => {
    const text = [
      '某区投资促进服务中心2023年度项目支出绩效自评报告',
      '（一）招商引资宣传推介经费项目支出绩效自评报告',
      '项目名称：招商引资宣传推介经费', '实施单位：某区投资促进服务中心',
      '该项目年初预算35.00万元，全年预算35.00万元，实际支出33.60万元，预算执行率96.00%。该项目得分95分，等级为优。',
      '（二）产业园区招商运营补助项目支出绩效自评报告',
      '项目名称：产业园区招商运营补助', '该项目年初预算120.00万元，年中追加30.00万元，全年预算150.00万元，实际支出149.10万元，执行率99.40%。',
    ].join('\n');
    const x = toJson(extractReport(text));
    expect({ p: x.project_name, i: x.budget_initial_wan, a: x.budget_adjustment_wan, f: x.budget_final_wan, s: x.spent_wan, r: x.execution_rate_pct }).toEqual({ p: '招商引资宣传推介经费', i: 35, a: null, f: 35, s: 33.6, r: 96 });
    expect(x.evidence.spent_wan!.note).toMatch(/2 份报告或自评表/u);
    // (one heading is no bundle: a section of one report)
    expect(pick(text.replace(/（二）产业园区招商运营补助项目支出绩效自评报告/u, '（二）其他情况'), 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('reads a department\'s report up to a project\'s own report that follows it, not an item of its list of attachments', () => {
    const text = [
      '某县投资促进局2023年度部门整体支出绩效自评报告',
      '一、部门基本情况', '本局内设机构4个，主要负责全县招商引资、项目服务和投资环境宣传推介工作，编制人数18人，实有人数17人。全年围绕主导产业开展产业链招商，服务重点项目落地。',
      '本报告包括：', '1.部门整体支出绩效自评报告', '2.招商引资工作经费项目支出绩效自评报告',
      '二、预算执行情况', '2023年全年预算702.35万元，全年支出688.90万元，预算执行率98.09%。',
      '某县投资促进局2023年度招商引资工作经费项目支出绩效自评报告',
      '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分', '年度资金总额 | 186.40 | 186.40 | 180.20 | 10 | 96.68% | 9.7',
    ].join('\n');
    expect(pick(text, 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 702.35, spent_wan: 688.9, execution_rate_pct: 98.09 });
  });
});

describe('twelfth round: scores and grades of another year, 得分合计, a fund set aside by its adjustment', () => {
  it('reads an item numbered before its year (`3.2022年度…`) as that year\'s', () => {
    const text = '2023年度某项目支出绩效自评报告\n五、自评结论\n2023年度本项目自评得分90.5分，等级为“优”。\n说明：\n2.金额类指标为奖补资金兑现金额，非项目预算；\n3.2022年度本项目自评得分88.0分，等级为“良”。';
    expect(pick(text, 'grade', 'self_score')).toEqual({ grade: '优', self_score: 90.5 });
  });

  it('reads 得分合计 after the parts\' scores and as a scoring table\'s total row', () => {
    expect(pick('2023年度某医院单位整体支出绩效自评报告\n四、自评结论\n投入指标得分14.5分，过程指标得分23分，产出指标得分32分，效益指标得分24分，得分合计93.5分，等级为“优”。', 'self_score')).toEqual({ self_score: 93.5 });
    const table = ['2023年度某医院单位整体支出绩效自评表', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '满意度指标\t服务对象满意度指标\t患者满意度\t≥90%\t96.2%\t20\t17.5', '得分合计\t　\t　\t　\t　\t100\t93.50'].join('\n');
    expect(pick(table, 'self_score')).toEqual({ self_score: 93.5 });
  });

  it('keeps a department\'s final budget a sentence gives after funds added and taken back', () => {
    const text = '某区投资促进局2022年度部门整体支出绩效自评报告\n（一）预算情况\n2022年年初批复预算812.45万元。2022年7月，区财政追加重点产业招商经费；2022年11月，收回部分结余公用经费，调整后预算865.20万元。';
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: 865.2 });
  });
});

describe('twelfth round: real transfer reports and flattened forms', () => {
  it('takes no supervising body for the unit when the form\'s unit field stands empty, its value printed elsewhere', () => {
    const text = '某市本级部门项目支出绩效自评表(2021年)项目名称初中公用经费主管部门某市教育局实施第位自评得分98财政审1度评分某市第六中学项目资金(万元)年度资金总额';
    expect(pick(text, 'department_name', 'supervising_department')).toEqual({ department_name: null, supervising_department: '某市教育局' });
  });

  it('reads no site\'s greeting into a body\'s name', () => {
    expect(pick('欢迎进入某某市生态环境局网站!\n来源：市生态环境局\n中央水污染防治资金2021年度绩效自评报告\n一、基本情况', 'department_name')).toEqual({ department_name: '某某市生态环境局' });
  });
});

describe('twelfth round: real department-wide reports', () => {
  it('names a one-character county\'s body the opening money sentence gives, a finance bureau too when the money is its own', () => {
    const text = '2024年部门整体支出绩效自评报告\n一、基本情况\n(一)部门整体支出概况。2024年,南县财政局机关各项收入合计2602.28万元。其中,一般公共预算财政拨款收入2584.01万元。\n完成支出2604.24万元。其中,基本支出1903.67万元。';
    expect(pick(text, 'department_name', 'spent_wan')).toEqual({ department_name: '南县财政局', spent_wan: 2604.24 });
    // (a finance bureau that allocates, not its own money, is no subject)
    expect(pick(text.replace('南县财政局机关各项收入合计', '南县财政局下达资金合计'), 'department_name')).toEqual({ department_name: null });
  });

  it('takes a department\'s appropriations spent for its spending when it states nothing else', () => {
    const text = '某县委机构编制委员会办公室2024年部门整体支出绩效自评报告\n二、一般公共预算支出情况\n2024年我办一般公共预算财政拨款收入100.57万元,一般公共预算财政拨款支出100.57万元。';
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: 100.57 });
    expect(pick(text.replace('。', ',其他收入5.00万元。'), 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('sets the 三公 funds aside, under their item run into a flattened paragraph too, and reads no 共支出 inside 公共支出', () => {
    const text = '某区文学艺术界联合会2021年度部门整体支出绩效自评报告 2021年区文联全年预算支出决算数为112.22万元,按功能分类其构成为一般公共支出75.76万元,社会保障和就业支出为4.21万元。 3、“三公”经费控制:严格控制“三公”经费开支。上年年初预算安排0万元,实际开支0万元,今年年初预算安排0万元,实际开支0万元。';
    expect(pick(text, 'budget_initial_wan', 'spent_wan')).toEqual({ budget_initial_wan: null, spent_wan: 112.22 });
  });

  it('reads 主管部n as an OCR\'s 主管部门', () => {
    expect(pick('某区林业局2023年度部门整体绩效自评表主管部n某市某区林业局部门联系人李某', 'supervising_department')).toEqual({ supervising_department: '某市某区林业局' });
  });
});

describe('twelfth round: the year\'s budget from its parts, a department\'s budget arranged in all', () => {
  it('takes the amount that is exactly the start-of-year budget plus its addition for the year\'s budget, flagged', () => {
    const text = '某区妇女联合会2022年度部门整体支出绩效自评报告\n二、一般公共预算支出情况\n2022年预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元。2022年支出76.36万元。';
    const x = toJson(extractReport(text));
    expect({ i: x.budget_initial_wan, a: x.budget_adjustment_wan, f: x.budget_final_wan }).toEqual({ i: 57.28, a: 11.78, f: 69.06 });
    expect(x.evidence.budget_final_wan!.note).toMatch(/57\.28 \+ \(11\.78\) = 69\.06/u);
    expect(pick(text.replace('69.06', '70.06'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(text.replace('预算收入69.06', '支出69.06'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads what a department\'s budget arranged in all as its budget', () => {
    expect(pick('某区妇女联合会2024年度部门整体支出绩效自评报告\n(一)基本支出情况\n2024年部门预算财政安排公共财政拨款资金共157.71万元,实际支出157.71万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 157.71 });
  });
});

describe('twelfth round: a table of numbered places or projects and its total row', () => {
  const table = (total: string) => ['某省体育局2021年度省级体彩公益金专项转移支付绩效自评报告', '一、预算执行情况', '序号 | 各设区市名称 | 全年预算数 | 全年执行数 | 预算执行率',
    '1 | 南昌市 | 84.7 | 84.7 | 100.00%', '2 | 九江市 | 842.72 | 842.72 | 100.00%', '3 | 赣州市 | 1376.06 | 1268.36 | 92.17%', total, '由上表可知，项目预算执行情况整体较好。'].join('\n');

  it('reads the total row below the items, not the first item', () => {
    expect(pick(table('合计 |  | 6800 | 6027.95 | 88.65%'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 6800, spent_wan: 6027.95, execution_rate_pct: 88.65 });
  });

  it('reads none of them when the items end without a total', () => {
    expect(pick(table(''), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: null, spent_wan: null, execution_rate_pct: null });
  });
});

describe('twelfth round: a compilation of forms', () => {
  const form = (name: string, row: string, score: string) => ['项目支出绩效自评表', '（2023年度）', `项目名称 | ${name}`, '主管部门 | 某市商务局 | 实施单位 | 某市商务局',
    '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分', `年度资金总额 | ${row}`, `总分 | 100 | ${score}`].join('\n');
  const text = ['某市商务局2023年度项目支出绩效自评表汇编', '目  录', '1.外贸发展专项资金项目支出绩效自评表……………………1', '2.招商引资活动经费项目支出绩效自评表……………………3', '',
    form('外贸发展专项资金', '300.00 | 320.00 | 310.50 | 10 | 97.03% | 9.7', '95.2'), '', form('招商引资活动经费', '120.00 | 120.00 | 118.00 | 10 | 98.33% | 9.8', '96.0')].join('\n');

  it('reads the first form of several, each naming its own project, and says so', () => {
    const x = toJson(extractReport(text));
    expect({ p: x.project_name, f: x.budget_final_wan, s: x.spent_wan, sc: x.self_score }).toEqual({ p: '外贸发展专项资金', f: 320, s: 310.5, sc: 95.2 });
    expect(x.evidence.budget_final_wan!.note).toMatch(/2 份报告或自评表/u);
  });

  it('reads a report and its own form (one project) whole, and a form printed twice', () => {
    const one = ['某市商务局2023年度外贸发展专项资金项目支出绩效自评报告', '一、基本情况', '该项目全年预算320.00万元。', form('外贸发展专项资金', '300.00 | 320.00 | 310.50 | 10 | 97.03% | 9.7', '95.2')].join('\n');
    expect(toJson(extractReport(one)).evidence.budget_final_wan?.note ?? '').not.toMatch(/份报告或自评表/u);
    // (nor a form printed twice, one project)
    const twice = [form('外贸发展专项资金', '300.00 | 320.00 | 310.50 | 10 | 97.03% | 9.7', '95.2'), form('外贸发展专项资金', '300.00 | 320.00 | 310.50 | 10 | 97.03% | 9.7', '95.2')].join('\n');
    expect(toJson(extractReport(twice)).evidence.budget_final_wan?.note ?? '').not.toMatch(/份报告或自评表/u);
  });
});

describe('the twelfth round\'s review probes', () => readsAsTheReaderWould(probes12));

describe('twelfth round: each guard of the review\'s fixes on its own', () => {
  it('reads a carry-over\'s label (`上年结转资金:`) as no last year\'s', () => {
    expect(pick('2023年度某某项目支出绩效自评报告\n一、资金情况\n（二）上年结转资金：本项目无上年结转，本年度全年预算60万元，实际支出58.2万元，执行率97%。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 60, spent_wan: 58.2 });
  });

  it('reads a department\'s own report and a project\'s after it, each under its numbered heading, as the department\'s, flagged', () => {
    const text = ['某县教育局2023年度绩效自评报告', '一、部门整体支出绩效自评报告', '2023年全年预算612.40万元，全年支出598.75万元，预算执行率97.77%。本局全年保障学校运转，落实各项教育惠民政策，完成年度目标。',
      '二、营养改善计划项目支出绩效自评报告', '该项目全年预算120.00万元，实际支出118.00万元，执行率98.33%。'].join('\n');
    const x = toJson(extractReport(text));
    expect({ f: x.budget_final_wan, s: x.spent_wan, r: x.execution_rate_pct }).toEqual({ f: 612.4, s: 598.75, r: 97.77 });
    expect(x.evidence.spent_wan!.note).toMatch(/2 份报告或自评表/u);
  });

  it('takes no contents list of two projects\' reports, one heading right under the other, for the reports', () => {
    const text = ['某县农业农村局2023年度项目支出绩效自评报告', '（一）高标准农田建设项目支出绩效自评报告', '（二）农产品质量安全监管项目支出绩效自评报告', '该局2023年项目预算合计360.00万元，实际支出352.00万元。'].join('\n');
    expect(toJson(extractReport(text)).evidence.fiscal_year?.note ?? '').not.toMatch(/份报告或自评表/u);
  });

  it('takes no share of the whole for a department\'s spending', () => {
    const text = '某县档案局2023年部门整体支出绩效自评报告\n二、收支情况\n2023年我局财政拨款支出100.00万元，占总支出的80%。';
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: null });
    expect(pick(text.replace('，占总支出的80%', ''), 'spent_wan')).toEqual({ spent_wan: 100 });
  });
});

describe('twelfth round: a unit printed wrong once, 万 alone in the report\'s arithmetic', () => {
  const text = ['农机购置补贴项目2024年度绩效自评报告', '（二）资金安排情况。2024年年初预算合计2389万元,年中调减中央财政资金300万,全年预算执行数合计2089万元。',
    '1.项目资金到位情况分析。2024年项目资金全年预算数2089元:其中中央转移支付资金1777万元。', '2.项目资金执行情况分析。2024年项目资金调整后全年预算资金2089万元,全部执行。'].join('\n');

  it('reads the same figure printed once with 元 and elsewhere with 万元 as 万元, flagged, and the adjustment in 万', () => {
    const x = toJson(extractReport(text));
    expect({ i: x.budget_initial_wan, a: x.budget_adjustment_wan, f: x.budget_final_wan }).toEqual({ i: 2389, a: -300, f: 2089 });
    expect(x.evidence.budget_final_wan!.note).toMatch(/一处印作元/u);
  });

  it('keeps two different figures apart', () => {
    expect(pick(text.replace('全年预算数2089元', '全年预算数2088元'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('twelfth round: invented values on real texts', () => {
  it('sets aside a department\'s project figures in a sentence opening with 其中 after one that counts its projects', () => {
    const text = '某市人民法院2018年度部门整体支出绩效评价报告\n1.3部门项目实施情况\n我院2018年共有8个支出项目,所有项目皆按照年初预算执行。其中,法院执行年初预算数6万元,年末结算支出6万元,项目资金支出进度比率为100%。';
    expect(pick(text, 'budget_initial_wan')).toEqual({ budget_initial_wan: null });
  });

  it('reads no shorter cue on a number a longer one shows to be one source\'s', () => {
    const text = '某市电子商务进农村综合示范项目2019年度绩效自评报告\n项目建设预计总投资7450万元,其中中央财政资金6000万元,县(市、区)财政配套资金1450万元。市级统筹中央财政资金1000万元用于项目建设。';
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('thirteenth round: a table that sets last year\'s accounts beside this year\'s', () => {
  // The department-wide base table (部门整体支出绩效评价基础数据表), one cell per line as a document site prints it.
  const lines = ['某县档案馆2023年度部门整体支出绩效评价基础数据表', '经费控制情况(万元)', '2022年决算数', '2023年预算数', '2023年决算数',
    '支出总额', '418.20', '436.75', '431.06', '基本支出', '301.12', '322.40', '322.40'];

  it('reads the report year\'s budget and spending from the total row, not last year\'s accounts', () => {
    expect(pick(lines.join('\n\n'), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 436.75, spent_wan: 431.06 });
  });

  it('reads heads that say the year in words, in cells', () => {
    const text = ['某县档案馆2023年度部门整体支出绩效评价基础数据表', '经费控制情况(万元) | 上年决算数 | 本年预算数 | 本年决算数', '支出总额 | 418.20 | 436.75 | 431.06'].join('\n');
    expect(pick(text, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 436.75, spent_wan: 431.06 });
  });

  it('reads no row of the table but its total', () => {
    const text = lines.join('\n\n').replace('支出总额', '三公经费');
    expect(pick(text, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });

  it('sets no column apart when no one year has both a budget and a spending head', () => {
    const text = ['某县档案馆2023年度部门整体支出绩效评价基础数据表', '经费控制情况(万元) | 2022年预算数 | 2023年决算数', '支出总额 | 436.75 | 431.06'].join('\n');
    expect(pick(text, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
});

describe('thirteenth round: a project report\'s parts and a department\'s sums', () => {
  it('reads no item of a list of funded items, each with its own amount, as the project\'s budget', () => {
    const text = ['某县交通运输局项目支出绩效自评报告', '一、项目基本情况', '1、农村公路养护经费:30万元。用于全县农村公路日常养护。',
      '2、渡口安全管理经费:12万元。用于渡口安全员补助。', '3、治超检测站运行专项经费:8.5万元。用于检测站日常运行。'].join('\n');
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    // (one item alone is the project's own)
    const lines = text.split('\n');
    expect(pick([...lines.slice(0, 2), lines[4]].join('\n'), 'budget_final_wan')).toEqual({ budget_final_wan: 8.5 });
  });

  it('reads no department\'s count of its projects and their funds as one project\'s budget', () => {
    const text = ['某县林业局2023年度项目支出绩效自评报告', '2023年我局共4个项目,项目资金182.40万元。各项目自评报告见附件。', '附件1', '某县林业局2023年度森林防火项目支出绩效自评报告', '一、基本情况'].join('\n');
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(text.replace('我局共4个项目,', ''), 'budget_final_wan')).toEqual({ budget_final_wan: 182.4 });
  });
});

describe('thirteenth round: numbers a mirror site hid', () => {
  const text = ['某县林业局2022年度中央对地方转移支付绩效自评报告', '一、资金下达情况', '根据省财政厅文件,下达给我单位资金 点击查看>> 万元,其中:造林补助 点击查看>> 万元,森林抚育补助12.50万元。',
    '根据省财政厅第二批文件,下达给我单位资金6.80万元,用于有害生物防治。'].join('\n');

  it('reads no other number for a field whose number the source hides where as strong a cue stands', () => {
    const x = extractReport(text);
    expect(x.fields.budget_final_wan.value).toBeNull();
    expect(x.fields.budget_final_wan.uncertain.join(' ')).toMatch(/被遮去（“点击查看>>”）/u);
  });

  it('reads the number when no cue\'s number is hidden, and a mask before a name hides no number', () => {
    const lines = text.split('\n');
    expect(pick([...lines.slice(0, 2), lines[3]].join('\n'), 'budget_final_wan')).toEqual({ budget_final_wan: 6.8 });
    expect(pick('某县水利局2023年度中央水利发展资金绩效自评报告\n下达**河县2023年中央水利发展资金2263万元。', 'budget_final_wan')).toEqual({ budget_final_wan: 2263 });
    // (a star or two where the number stands, before its unit: hidden too; bold markup elsewhere is not)
    expect(pick(text.replace(' 点击查看>> 万元,其中', ' * 万元,其中'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(text.replace(' 点击查看>> 万元,其中', ' ** 万元,其中'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('thirteenth round: a text that prints its numbers twice', () => {
  // (a PDF that draws bold text twice: its text layer keeps both copies)
  const text = '2020年度农技推广经费项目绩效自评报告\n一、项目总体情况。本项目预算批复 4545 万元,当年实际到位 45.245.2 万元,支出 38.6238.62 万元,绩效目标完成率92.31%92.31%。';

  it('reads each number once, flagged, when two numbers no single number can be show the doubling, and a year printed once as a year', () => {
    const x = extractReport(text);
    expect({ y: x.fields.fiscal_year.value, f: x.fields.budget_final_wan.value, s: x.fields.spent_wan.value }).toEqual({ y: '2020', f: '45', s: '38.62' });
    expect(x.fields.budget_final_wan.uncertain.join(' ')).toMatch(/印了两遍（如“45.245.2”）/u);
  });

  it('reads 4545 as printed where no number shows the text doubles them', () => {
    expect(pick(text.replace('45.245.2', '45.2').replace('38.6238.62', '38.62').replace('92.31%92.31%', '92.31%'), 'budget_final_wan')).toEqual({ budget_final_wan: 4545 });
  });

  it('reads a flattened form\'s cells run together (100%100%, 2118.52118.5) as cells, and a year printed once as a year', () => {
    const form = '2020年度县级专项资金绩效目标自评表\n项目名称某某粮食储备\n年初预算数全年预算数全年执行数执行率\n2118.52118.52118.5100%\n储备到位率100%100%库存数量真实率100%100%';
    expect(pick(form, 'fiscal_year', 'budget_final_wan', 'spent_wan')).toEqual({ fiscal_year: 2020, budget_final_wan: 2118.5, spent_wan: 2118.5 });
  });
});

describe('thirteenth round: a year\'s budgeted revenue, funds got through, and a target set', () => {
  it('reads the revenue budgeted for the year as the budget, never a government\'s revenue', () => {
    const text = '某县司法局2021年度法律援助专项经费项目支出绩效自评报告\n一、项目概况。该项目2021年度预算收入8万元,全年执行7.6万元。';
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: 8 });
    expect(pick(text.replace('该项目2021年度预算收入8万元', '全县一般公共预算收入8万元'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });

  it('reads the funds a project got through (资金完成) as spent, and not in a target the report set', () => {
    const text = ['某县民政局村级互助养老服务站项目绩效自评报告', '（二）项目绩效目标。', '绩效目标:互助养老服务站资金完成80万元。', '（三）项目完成情况。', '1.互助养老服务站资金完成76.40万元。'].join('\n');
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: 76.4 });
  });
});

describe('thirteenth round: a department\'s budget execution, and 评级', () => {
  const text = '某县气象局2023年度部门预算执行情况绩效自评报告\n一、基本情况\n经自评,我单位部门绩效自评工作总体得分为91.2分,评级为“优”。';

  it('reads a report on a department\'s budget execution as department-wide, and not one on a project of its budget', () => {
    expect(pick(text, 'kind')).toEqual({ kind: 'department' });
    expect(pick(text.replace('部门预算执行情况', '部门预算人工增雨项目支出'), 'kind')).toEqual({ kind: 'project' });
  });

  it('reads the grade after 评级 in a sentence about the score', () => {
    expect(pick(text, 'grade')).toEqual({ grade: '优' });
  });
});

describe('thirteenth round: a unit\'s field with a code before the name', () => {
  it('reads a name after a bracketed code ([155]某局) in cells, one per line', () => {
    const form = ['(临时救助)绩效目标自评表', '绩效目标自评表 (2019年度) |', '项目名称 |', '临时救助 |', '主管部门 |', '[155]某县民政局 |', '资金情况(万元) |'].join('\n');
    expect(pick(form, 'supervising_department')).toEqual({ supervising_department: '某县民政局' });
  });

  it('reads 实施(主管)单位 after a code and a space, up to 金额单位, quoting the label', () => {
    const form = '某县民政局2020年度预算项目绩效自评表\n一、基本情况 项目名称: 高龄津贴 是否为专项资金: 实施(主管)单位 314002-某县民政局机关 金额单位: 万元\n';
    const x = extractReport(form);
    expect(x.fields.department_name.value).toBe('某县民政局机关');
    expect(x.fields.department_name.best!.quote.quote).toBe('实施(主管)单位 314002-某县民政局机关');
  });
});

describe('thirteenth round: a heading on its own line, and a report that reaches one fund\'s section only', () => {
  it('reads a heading without a sentence as a line of its own: its words (自筹资金) are not the next line\'s', () => {
    const text = ['某县教育局2016年学生资助专项项目绩效评价报告', '二、项目资金使用及管理情况', '(一)项目资金到位情况分析(包括财政资金、自筹资金等)', '项目批复资金350万已全部到位,属于省财政下拨资金。'].join('\n');
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: 350 });
  });

  const fund = (n: string, budget: string, name = '森林航空消防租机补助资金') => [`${n}、${name}`, '1.项目资金情况', `财政部下达资金${budget}万元,实际执行${budget}万元,执行率100%。`];
  const title = '某省2021年度中央自然灾害救灾资金绩效自评报告';

  it('reads the one fund\'s section a text holds as the report\'s, and none of two funds\' sections', () => {
    expect(pick([title, ...fund('一', '2400')].join('\n'), 'budget_final_wan')).toEqual({ budget_final_wan: 2400 });
    // (the second fund's section, no figure of its own in view: the first's figures are still one fund's)
    const two = [title, ...fund('一', '2400'), '二、地质灾害防治补助资金', '1.项目资金情况', '资金已按计划拨付。'].join('\n');
    expect(pick(two, 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('thirteenth round: budgeted spending, a difference, and a number where the text stops', () => {
  const text = ['2021年度某市城市管理局部门整体支出绩效自评报告', '2021年初财政对我局预算批复的总支出为8200.50万元。', '2021年局机关总支出决算数为7150.20万元。'];

  it('reads spending as budgeted (预算批复的总支出) as no spending', () => {
    expect(pick(text.join('\n'), 'spent_wan')).toEqual({ spent_wan: 7150.2 });
  });

  it('reads by how much one exceeds another (超年初预算批复…) as no budget, nor a bare number where the text stops', () => {
    expect(pick([...text, '年度决算基本支出总额超年初预算批复120.30万元。'].join('\n'), 'budget_initial_wan')).toEqual({ budget_initial_wan: null });
    // (cut where the page's text was: a unit only the other amounts imply)
    expect(pick([...text, '其中年初预算批复5'].join('\n'), 'budget_initial_wan')).toEqual({ budget_initial_wan: null });
    expect(pick([...text, '其中年初预算批复5万元'].join('\n'), 'budget_initial_wan')).toEqual({ budget_initial_wan: 5 });
  });
});

describe('thirteenth round: a level\'s share, and a township passing on a report of a level above it', () => {
  const text = ['某市2020年度妇女儿童健康水平提升工程项目绩效评价报告', '发布时间:2021-07-15 来源: 某县某镇政府', '根据有关要求,我市对2020年妇女儿童健康水平提升工程进行了绩效自评,现将评价情况报告如下:',
    '(一)项目概况', '儿童疫苗购置费由中央财政承担,省财政安排560万元,用于免费婚检和孕前检查。'].join('\n');

  it('reads no one level\'s share as the budget when the sentence names another level\'s', () => {
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: null });
    expect(pick(text.replace('由中央财政承担,省', '由'), 'budget_final_wan')).toEqual({ budget_final_wan: 560 });
  });

  it('takes no township\'s body that published the page for the unit of a text that speaks as a city', () => {
    expect(pick(text, 'department_name')).toEqual({ department_name: null });
    expect(pick(text.replace('我市对', '我镇对'), 'department_name')).toEqual({ department_name: '某县某镇政府' });
  });
});

describe('thirteenth round: a flattened form\'s score run into the next heads', () => {
  it('reads 自评总分:98 run into 项目权重 or 项目名称, and no score run into other words', () => {
    const form = (next: string) => `某市急救中心项目支出绩效自评表\n填报日期:2023年4月23日自评总分:98${next}评价内容分值自评分`;
    expect(pick(form('项目权重'), 'self_score')).toEqual({ self_score: 98 });
    expect(pick(form('项目名称'), 'self_score')).toEqual({ self_score: 98 });
    expect(pick(form('项目个数'), 'self_score')).toEqual({ self_score: null });
  });
});

describe('thirteenth round: a station\'s name run into the next field', () => {
  it('reads a 站 (急救站, 血站) run into the next field of a flattened form, not a 站点 or a 站长', () => {
    const form = (unit: string) => `某区急救运营专项资金绩效目标自评报告(2019年度)一、项目绩效自评表专项(项目)名称 急救运营专项主管部门某区卫生健康局实施单位${unit}项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)`;
    expect(pick(form('某区急救站'), 'department_name')).toEqual({ department_name: '某区急救站' });
    expect(pick(form('某区急救站点'), 'department_name').department_name).not.toBe('某区急救站');
  });
});

describe('the thirteenth round\'s review probes', () => readsAsTheReaderWould(probes13));

describe('thirteenth round: each guard of the review\'s fixes on its own', () => {
  it('reads no revenue row of a table of several years for its total (收入总额 above 支出总额)', () => {
    const text = ['某县图书馆2023年度部门整体支出绩效评价基础数据表', '经费控制情况(万元) | 2022年决算数 | 2023年预算数 | 2023年决算数', '收入总额 | 520.00 | 530.10 | 540.60', '支出总额 | 508.40 | 512.30 | 498.70'].join('\n');
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('reads a project\'s own figure after a department\'s count of its projects (其中本项目…)', () => {
    const text = '某县林业局2023年度森林防火项目支出绩效自评报告\n一、基本情况\n本单位共涉及3个项目,其中本项目年初预算资金60万元。';
    expect(pick(text, 'budget_initial_wan')).toEqual({ budget_initial_wan: 60 });
  });

  it('reads no 站 cut out of a street office\'s name (火车站街道)', () => {
    const form = '某区2022年度项目支出绩效自评表项目名称 社区服务经费主管部门某区民政局实施单位某区火车站街道项目资金(万元)全年预算数全年执行数';
    expect(pick(form, 'department_name').department_name).not.toBe('某区火车站');
  });
});

describe('thirteenth round: a project form\'s 资金总额及构成', () => {
  it('reads the total the field 资金总额及构成 gives, not its parts', () => {
    const form = '某市疾病预防控制中心重大传染病防控项目支出绩效自评表\n项目单位某市疾病预防控制中心主管部门某市卫生健康委员会\n资金总额及构成总额812.4万元,其中:中央560.2万元;省级财政252.2万元';
    expect(pick(form, 'budget_final_wan')).toEqual({ budget_final_wan: 812.4 });
  });
});

describe('thirteenth round: funds spent in full', () => {
  it('reads funds 全部执行到位 as spent, and not funds only received (全部到位)', () => {
    const text = '某县卫生健康委2023年基本公共卫生服务项目绩效自评报告\n一、资金情况\n年终考核后及时将清算资金分配到位,2023年度12类基本公共卫生服务资金2410万元全部执行到位。';
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: 2410 });
    expect(pick(text.replace('全部执行到位', '全部到位'), 'spent_wan')).toEqual({ spent_wan: null });
  });
});

describe('fourteenth round: a project\'s 经费 spending and an amount where the text stops', () => {
  it('reads a project\'s or special fund\'s 经费支出 as its spending, as it reads 资金支出', () => {
    const text = ['某区交通大队道路交通管理项目绩效自评报告', '2017年,总项目经费支出为2,634.27万元,全部用于道路交通管理。'].join('\n');
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: 2634.27 });
    expect(pick(text.replace('项目经费支出为', '专项经费支出'), 'spent_wan')).toEqual({ spent_wan: 2634.27 });
    // (a department's 公用经费支出 is one part of its spending: no project cue reads it)
    expect(pick(['某县档案局2017年度部门整体支出绩效自评报告', '2017年,公用经费支出为34.5万元。'].join('\n'), 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('leaves an amount whose unit only its label states empty where the text stops after it', () => {
    const form = '项目基本信息表一、项目基本情况项目实施单位某省商务厅主管部门某省商务厅计划投资额(万元)515实际到位资金(万元)515实际使用情况(万元)';
    expect(pick(`${form}5`, 'spent_wan')).toEqual({ spent_wan: null });
    // (the same cell with text after it is whole)
    expect(pick(`${form}512.6项目类型经常性项目`, 'spent_wan')).toEqual({ spent_wan: 512.6 });
  });
});

describe('fourteenth round: a rate printed as a ratio and a list of funded projects', () => {
  it('cuts numbers run together by a rate printed as a ratio that spent ÷ budget gives exactly (1.561.56120 = 1.56 | 1.56 | 1 | 20)', () => {
    const form = (row: string) => `2020年度某项目自评表项目名称渔业成品油价格改革补贴预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额${row}度效标二级指标三级指标`;
    expect(pick(form('1.561.56120'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 1.56, spent_wan: 1.56, execution_rate_pct: 100 });
    // (a ratio of one place that spent ÷ budget does not give exactly confirms no cut)
    expect(pick(form('1.561.40120'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: null, spent_wan: null, execution_rate_pct: null });
  });

  it('reads no project of a list, each opening its paragraph with ㈠ ㈡ and its money, as the fund\'s budget', () => {
    const text = ['关于抗疫特别国债执行情况绩效自评报告', '一、绩效目标分解下达情况', '2020年,自治州下达某市抗疫特别国债资金4.54亿元,供3个项目。',
      '㈠某市南城区中水调节池工程项目。安排资金7000万元,主要用于新建调节池。', '㈡某市排涝管渠建设项目。安排资金5000万元,主要用于建设地下排水管网。',
      '㈢某市老城区供水管网改造项目。安排资金3000万元,主要用于建设城市主管网。'].join('\n');
    expect(pick(text, 'budget_final_wan')).toEqual({ budget_final_wan: 45400 });
    // (one project alone is the report's own)
    const lines = text.split('\n');
    expect(pick([lines[0], lines[1], lines[3]].join('\n'), 'budget_final_wan')).toEqual({ budget_final_wan: 7000 });
  });

  it('takes no body a report is sent up to as the unit that calls itself 我局', () => {
    const text = ['关于2016年度移民困难扶助金绩效评价报告', '省财政厅:', '根据贵厅通知要求,我局对2016年度移民困难扶助专项资金认真进行了绩效评价。', '直补到人后结余的资金,由县市区统筹安排,以市州为单位汇总上报省移民局备案。'].join('\n');
    expect(pick(text, 'department_name')).toEqual({ department_name: null });
    expect(pick(text.replace('汇总上报', '汇总报送'), 'department_name')).toEqual({ department_name: null });
  });
});

describe('fourteenth round: a project known by its year figures', () => {
  it('takes a text whose sentence opens with the project\'s year figures (项目全年预算数为…) as a project\'s report', () => {
    const text = ['2020年度绩效评价', '发布日期:2021-10-12 来源:市文化和广电旅游体育局', '项目全年预算数为1050万元,执行数为1050万元,完成预算的100%。项目绩效目标完成情况:一是…'].join('\n');
    expect(pick(text, 'kind')).toEqual({ kind: 'project' });
    // (a department's 项目支出 is a part of its whole: no kind from it)
    expect(pick(text.replace('项目全年预算数为', '项目支出预算数为'), 'kind')).toEqual({ kind: null });
  });
});

describe('fourteenth round: a project named in parentheses under a portal\'s page fields', () => {
  it('takes the parenthesised name that opens the text after the page\'s fields as the project', () => {
    const text = ['索引号 | 01526035-8-/2020-0828018 | 发布机构 | 某市林业和草原局 |', '公开目录 | 财政预决算 | 发布日期 | 2020-08-28 14:46:25 |', '文号 | 浏览量 |', '(某木材检查站租金项目)', '一、项目基本情况', '2019年财政安排了专项经费用于保证检查站运行。'].join('\n');
    expect(pick(text, 'project_name')).toEqual({ project_name: '某木材检查站租金项目' });
    // (after a sentence it opens nothing)
    expect(pick(text.replace('(某木材', '我局简介。\n(某木材'), 'project_name')).toEqual({ project_name: null });
  });
});

describe('fourteenth round: a year after a citation cut short, and a page\'s 发文日期', () => {
  const text = (date: string, cut: string) => ['某市公安局某分局', '项目支出绩效自评报告', `  • 发布机构: 某市高新区`, `  • ${date}:2018-07-23 09:54`, '一、项目基本情况',
    `2、英烈基金和扶贫经费:20万元。按照《某市警察协会基金管理暂行办法》和《某市${cut}`, '分局预算以上两项经费30万元,2017年管委会实际批复20万元。', '5、省安排2016年'].join('\n');

  it('takes a page\'s 发文日期 as its date of publication: a year two before it is no year evaluated', () => {
    expect(pick(text('发文日期', '公安局扶贫工作方案》的要求。'), 'fiscal_year')).toEqual({ fiscal_year: 2017 });
    expect(pick(text('文  号', '公安局扶贫工作方案》的要求。'), 'fiscal_year')).toEqual({ fiscal_year: null });
  });

  it('reads a year after a 《 that a line cut short never closes', () => {
    expect(pick(text('发文日期', '公安局\uFFFD'), 'fiscal_year')).toEqual({ fiscal_year: 2017 });
  });
});

describe('fourteenth round: the year of the plan that allocated the funds', () => {
  const text = (doc: string) => ['农村饮水维修养护项目绩效自评报告', `根据《某市人民政府关于某市${doc}》,下达预算资金201.48万元用于农村饮水维修养护项目。`, '按照《某省财政厅关于转发〈财政专项扶贫资金绩效管理操作指南(试行)〉的通知》(某财农〔2019〕211号)要求,我单位开展了绩效自评。'].join('\n');

  it('takes the year of the plan or budget a text\'s funds were allocated by when the text names no other', () => {
    expect(pick(text('2022年度涉农资金统筹整合使用实施(调整)计划安排的批复'), 'fiscal_year')).toEqual({ fiscal_year: 2022 });
    // (a cited rule's year allocates nothing)
    expect(pick(text('涉农资金统筹整合使用实施(调整)计划安排的批复'), 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('fourteenth round: a department\'s report known by its words and its base table', () => {
  it('takes 部门预算整体支出 in the opening pages as a department-wide report', () => {
    const text = ['首页>某县某镇人民政府>政务公开', '[ 发布机构 ] 某县某镇人民政府 [ 成文日期 ] 2024-04-15', '2024年3月,组织力量对本镇的2023年度部门预算整体支出进行了绩效评价。现将情况汇报如下:', '一、基本情况'].join('\n');
    expect(pick(text, 'kind')).toEqual({ kind: 'department' });
    expect(pick(text.replace('部门预算整体支出', '部门预算支出'), 'kind')).toEqual({ kind: null });
  });

  it('takes the department-wide base table (预算单位整体支出绩效评价基础数据表) as a department\'s form', () => {
    const text = ['某区文化旅游广电体育局2023年度支出绩效自评', '附件2', '2023年度预算单位整体支出绩效评价基础数据表', '预算单位名称 | 某区文化旅游广电体育局', '三、转移支付资金使用情况'].join('\n');
    expect(pick(text, 'kind')).toEqual({ kind: 'department' });
  });
});

describe('fourteenth round: a department that evaluated its projects and itself', () => {
  const text = ['一、自评工作开展情况', '(一)部门绩效自评工作组织实施情况', '县科技局高度重视,及时安排财务人员进行绩效自评填报。', '二、部门预算支出情况',
    '2025年丰乐县科学技术局部门对2024年度14个项目进行自评,项目实施单位包括本级,自评覆盖率100%。同时对部门整体支出开展了绩效自评工作。经自评,有14个预算项目绩效自评得分在90(含)-100分,绩效自评等级为“优”,占比100%。2024年度部门整体支出绩效自评得分为99.77,绩效自评等级为'].join('\n');

  it('takes the first sentence whose subject is a named body, a date before it and 部门 after it, as the unit', () => {
    expect(pick(text, 'department_name')).toEqual({ department_name: '丰乐县科学技术局' });
  });

  it('reads no grade from a count of projects by grade (…等级为“优”,占比100%)', () => {
    expect(pick(text, 'grade', 'self_score')).toEqual({ grade: null, self_score: 99.77 });
    const counted = '某县科学技术局2024年度绩效自评报告\n经自评,有14个预算项目绩效自评得分在90(含)-100分,绩效自评等级为“优”,占比100%。';
    expect(pick(counted, 'grade')).toEqual({ grade: null });
    // (without the share, the grade the sentence gives is read)
    expect(pick(counted.replace(',占比100%', ''), 'grade')).toEqual({ grade: '优' });
  });

  it('takes a text that scores the department as a whole as the department\'s, though it evaluated projects too', () => {
    expect(pick(text, 'kind')).toEqual({ kind: 'department' });
    expect(pick(text.replace('2024年度部门整体支出绩效自评得分为99.77', '2024年度自评得分为99.77'), 'kind')).toEqual({ kind: null });
  });
});

describe('the fourteenth round\'s review probes', () => readsAsTheReaderWould(probes14));
describe('the fifteenth round\'s review probes', () => readsAsTheReaderWould(probes15));
describe('the fifteenth round\'s second review probes', () => readsAsTheReaderWould(probes15b));
describe('the sixteenth round\'s review probes', () => readsAsTheReaderWould(probes16));

describe('fourteenth round: guards from the review', () => {
  it('takes a unit overview heading over a sentence that opens with a project\'s year figures', () => {
    const text = ['青禾县文化馆2023年度绩效自评', '一、部门基本情况', '本馆为县文化和旅游局所属公益一类事业单位,编制18人。', '二、预算执行情况', '项目全年预算数为120万元,执行数为118万元。'].join('\n');
    expect(pick(text, 'kind')).toEqual({ kind: 'department' });
  });

  it('lets only a score or grade the department as a whole was given decide a text that evaluated projects', () => {
    const text = (s: string) => ['青禾县水务局2023年度绩效自评', '我局对2023年度5个项目进行了自评,同时对部门整体支出开展了绩效自评。', s].join('\n');
    expect(pick(text('部门整体支出绩效自评得分为96.5分。'), 'kind')).toEqual({ kind: 'department' });
    expect(pick(text('各项目自评结果将作为部门整体支出绩效评价得分的重要依据。'), 'kind')).toEqual({ kind: null });
  });

  it('takes no body that checked the unit\'s self-evaluation (…对我局…自评结果进行了抽查) as the unit', () => {
    const text = (checker: string) => ['一、自评工作开展情况', '县科技局高度重视,认真组织开展绩效自评工作。', `${checker}对我局2023年度项目自评结果进行了抽查复核。`].join('\n');
    expect(pick(text('云岭市财政局'), 'department_name')).toEqual({ department_name: null });
    expect(pick(text('云岭市科学技术局'), 'department_name')).toEqual({ department_name: null });
  });
});

describe('fourteenth round: a town\'s forms published under another year\'s page title', () => {
  const form = (name: string, total: string, score: string) => ['财政项目支出绩效自评表', '2020年度', `项目名称${name}`, '主管部门白沙区九亭镇人民政府实施单位白沙区九亭镇人民政府(本部)',
    '项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分', `年度资金总额${total}10100.0%10`, '绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分', '产出指标数量指标项目计划完成率100%100%1515', `总分:${score}`];
  const text = ['九亭镇2021年预算绩效评价结果公开', '', ...form('城镇建设管理', '1450.001450.001450.00', '83'), ...form('动迁安置', '300.00300.00300.00', '90')].join('\n');

  it('takes the year on the line under the form\'s name over the page title\'s', () => {
    expect(pick(text, 'fiscal_year')).toEqual({ fiscal_year: 2020 });
    expect(pick(text.replaceAll('\n2020年度\n', '\n'), 'fiscal_year')).toEqual({ fiscal_year: 2021 });
  });

  it('reads a line that is only the form\'s total (总分:83), also where the first of several forms ends', () => {
    expect(pick(text, 'self_score', 'budget_final_wan')).toEqual({ self_score: 83, budget_final_wan: 1450 });
    // (where the whole text stops, it may be cut short)
    expect(pick(text.slice(0, text.indexOf('总分:83') + '总分:83'.length), 'self_score')).toEqual({ self_score: null });
  });

  it('reads a form\'s cells that would be above 1,000 亿元 in 万元 in 元 (a 万元 head over 元 amounts, fifteenth round), flagged; no sentence\'s amount', () => {
    const yuan = text.replace('1450.001450.001450.00', '145000000.00145000000.00145000000.00');
    expect(pick(yuan, 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 14500, spent_wan: 14500 });
    expect(extractReport(yuan).fields.budget_final_wan.best!.doubts.join('')).toMatch(/按元读/u);
    expect(pick('某镇城镇建设管理项目绩效自评报告\n2020年全年预算资金145000000万元,全年支出145000000万元。', 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
});

describe('fourteenth round: the transfer form\'s two lettered columns, and funds actually used', () => {
  it('reads a money row under `全年预算数(A) | 全年执行数(B)`, its columns lettered for the rate\'s formula', () => {
    const text = (a: string, b: string) => ['就业补助资金绩效目标自评表', '(2022年度)', `资金情况(万元) | 全年预算数${a} | 全年执行数${b}`, '年度资金总额 | 7165.32 | 6992.95', '其中:中央财政资金 | 3144.00 | 3144.00'].join('\n');
    expect(pick(text('(A)', '(B)'), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 7165.32, spent_wan: 6992.95 });
    // (two columns without the letters may be a list of projects' figures)
    expect(pick(text('', ''), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });

  it('reads the funds a project actually used (实际使用补贴资金13.6万元) as its spending', () => {
    const text = ['农机购置补贴项目绩效自评报告', '2023年度省级拨付我区农机购置补贴资金62万元。', '2023年实际使用补贴资金13.6万元,并已结算到位。'].join('\n');
    expect(pick(text, 'spent_wan')).toEqual({ spent_wan: 13.6 });
  });
});

describe('fourteenth round: the year of the notice that asked for the self-evaluation', () => {
  it('takes the year the cited notice asks to evaluate when the text names no other', () => {
    const text = (notice: string) => ['某市文化和旅游局关于公共文化服务体系建设补助资金支出绩效的自评报告', '发布时间:2023-04-23 08:44', `根据《某市财政局转发财政部关于${notice}的通知》要求,现将补助资金支出绩效自评如下:`, '一、绩效目标分解下达情况'].join('\n');
    expect(pick(text('开展2022年度中央对地方转移支付预算执行情况绩效自评工作'), 'fiscal_year')).toEqual({ fiscal_year: 2022 });
    expect(pick(text('开展中央对地方转移支付预算执行情况绩效自评工作'), 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('fourteenth round: a unit field run into the next with a qualifier in parentheses', () => {
  it('keeps a qualifier (本部, 本级, 机关) in parentheses with the name where the value runs into the money head', () => {
    const text = (q: string) => ['财政项目支出绩效自评表', '2020年度', '项目名称城镇建设管理', `主管部门白沙区九亭镇人民政府实施单位白沙区九亭镇人民政府${q}`, '项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分'].join('\n');
    expect(pick(text('(本部)'), 'department_name')).toEqual({ department_name: '白沙区九亭镇人民政府(本部)' });
    expect(pick(text(''), 'department_name')).toEqual({ department_name: '白沙区九亭镇人民政府' });
  });
});

describe('fifteenth round: one body named short and in full; a total named first', () => {
  it('takes the full name where two unit fields name one body, once short (镇政府) and once in full (镇人民政府)', () => {
    const text = (second: string) => ['单位名称:青石镇政府 填报日期:2021.5.18', `单位名称 | ${second} | ||||`, '基本支出总额 | 512.6万 | 项目支出总额 | 0 |'].join('\n');
    expect(pick(text('青石镇人民政府'), 'department_name')).toEqual({ department_name: '青石镇人民政府' });
    expect(extractReport(text('青石镇人民政府')).fields.department_name.uncertain.join('')).toContain('简称“青石镇政府”');
    // (two different bodies still disagree)
    expect(pick(text('白水镇人民政府'), 'department_name')).toEqual({ department_name: null });
  });

  it('takes the amount a text calls the total (共下达…) when it comes first and every later one is a smaller batch of it, though they do not add up', () => {
    const text = (...later: string[]) => ['某市博物馆文物保护专项资金绩效自评报告', '2020年度,省财政厅共下达某市文物保护专项经费873万元,用于馆藏文物保护。', ...later].join('\n');
    expect(pick(text('6月,下达第一笔经费250万元。', '9月,下达第二批专项经费295万元。'), 'budget_final_wan')).toEqual({ budget_final_wan: 873 });
    // (a later amount larger than the total: not its part)
    expect(pick(text('6月,下达第一笔经费950万元。', '9月,下达第二批专项经费295万元。'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
    // (nor a later amount that is no batch: another project's share, another source's money)
    expect(pick(text('6月,下达第一笔经费250万元。', '9月,下达市博物馆预防保护项目补助资金105万元。'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('fifteenth round: a form row that pairs each label with its value', () => {
  const form = (head: string, row: string) => `某县民政局2021年度预算项目绩效自评表\n一、基本情况 项目名称: 高龄津贴 金额单位: 万元\n二、预算执行情况 ${head}\n${row}\n其中:财政资金 12.5 其中:财政资金 12.5 其中:财政资金 11.9\n`;
  const head = '预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)';

  it('reads the spending beside its label and the rate in the last cell under the rate\'s column head', () => {
    expect(pick(form(head, '预算数 12.5 到位数 12.5 执行数 11.9 95.20'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct'))
      .toEqual({ budget_final_wan: 12.5, spent_wan: 11.9, execution_rate_pct: 95.2 });
  });

  it('reads no last cell as the rate under a head that ends otherwise, and no value followed by two more cells', () => {
    expect(pick(form('预算安排情况(调整后) 资金到位情况 资金执行情况 备注', '预算数 12.5 到位数 12.5 执行数 11.9 95.20'), 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
    expect(pick(form(head, '预算数 12.5 到位数 12.5 执行数 11.9 95.20 3'), 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: null, execution_rate_pct: null });
  });
});

describe('fifteenth round: a text that says it self-evaluated a special fund', () => {
  it('is a project\'s report when it says it carried out a special fund\'s self-evaluation (开展了…专项资金绩效自评), not when a cited notice says so', () => {
    const text = (said: string) => [`为加强资金管理,根据有关规定${said},现将相关情况报告如下:`, '一、基本情况', '全年下达资金1200万元,实际支出1150万元。'].join('\n');
    expect(pick(text('我委开展了2017年度某省中小企业发展专项资金绩效自评'), 'kind')).toEqual({ kind: 'project' });
    expect(pick(text('以及《关于做好2017年度省级专项资金绩效自评工作的通知》要求'), 'kind')).toEqual({ kind: null });
  });
});

describe('fifteenth round: the year of a budget notice the funds came by, its number between', () => {
  it('takes the year of the cited budget notice when the funds it brought (拨入…) follow its document number', () => {
    const text = (verb: string) => ['某州司法局认真贯彻实施法律援助法,开展法律援助专项项目。', `根据《某州财政局关于下达2024年州本级行政事业单位基本支出和项目支出预算的通知》(某财预发〔2024〕15号)文件,某州财政局${verb}某州司法局法律援助专项经费20.00万元。`, '支出20.00万元,执行率100%。'].join('\n');
    expect(pick(text('拨入'), 'fiscal_year')).toEqual({ fiscal_year: 2024 });
    // (money still to come is no year's funds)
    expect(pick(text('拟拨入'), 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('fifteenth round: two budgets the stated adjustment leads from one to the other', () => {
  const text = (first: string, cut: string, final: string) => ['某区民政局困难群众救助补助资金绩效自评报告', `2021年中央财政困难群众救助补助资金${first}111万元,其中低保资金100万元,孤儿基本生活保障金11万元,${cut},全年实际下达${final}万元,已全额拨付。`].join('\n');

  it('takes the amount after the adjustment, called the year\'s, as the final budget and the one before it as the start-of-year\'s (111 − 40 = 71)', () => {
    expect(pick(text('下达我区', '调减40万元', '71'), 'budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: 111, budget_adjustment_wan: -40, budget_final_wan: 71 });
  });

  it('settles nothing when the adjustment does not lead from one to the other, or stands in another sentence', () => {
    expect(pick(text('下达我区', '调减30万元', '71'), 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: null, budget_final_wan: null });
    const apart = ['某县交通运输局农村公路养护资金绩效自评报告', '2023年省级下达我县农村公路养护资金150万元,用于县道养护。另,客运站建设项目年中调减30万元。县本级全年下达乡道养护资金120万元。'].join('\n');
    expect(pick(apart, 'budget_initial_wan', 'budget_final_wan')).toEqual({ budget_initial_wan: null, budget_final_wan: null });
  });
});

describe('fifteenth round: the Sichuan transfer form\'s lettered columns, a row number first', () => {
  const head = ['全年预算数(A)', '统筹整合资金数(B)', '扣除统筹整合资金后预算金额(C)', '全年到位资金(D)', '预算到位(D/C×100%)', '全年执行资金(E)', '预算执行(E/C×100%)', '佐证材料'];
  const form = (sep: string, row: string[], rowNumber = true) => ['某县水利局2022年度水利发展资金绩效评价表', '资金投入情况(万元)', [...(rowNumber ? ['行次'] : []), ...head].join(sep), ['列次', '0', '1', '2', '3', '4', '5', '6', '7'].join(sep), ['年度资金总额(万元):', ...(rowNumber ? ['1'] : []), ...row].join(sep), ['其中:中央财政资金(万元)', ...(rowNumber ? ['2'] : []), '80.00', '', '80.00', '80.00', '100.00%', '76.00', '95.00%'].join(sep)].join('\n');
  const fields = ['budget_final_wan', 'spent_wan', 'execution_rate_pct'] as const;

  it('reads 全年预算数(A), 全年执行资金(E) and 预算执行(E/C×100%) in `|` cells, the row number and the column numbering aside', () => {
    expect(pick(form(' | ', ['120.00', '', '120.00', '120.00', '100.00%', '110.40', '92.00%']), ...fields)).toEqual({ budget_final_wan: 120, spent_wan: 110.4, execution_rate_pct: 92 });
  });

  it('reads them space-separated, the empty 统筹整合 cell vanished', () => {
    expect(pick(form(' ', ['120.00', '120.00', '120.00', '100.00%', '110.40', '92.00%']), ...fields)).toEqual({ budget_final_wan: 120, spent_wan: 110.4, execution_rate_pct: 92 });
  });

  it('reads the full-year budget (A) where 统筹整合 funds are deducted, the rate on (C) as printed, flagged', () => {
    const read = extractReport(form(' | ', ['150.00', '30.00', '120.00', '120.00', '100.00%', '110.40', '92.00%']));
    expect(pick(form(' | ', ['150.00', '30.00', '120.00', '120.00', '100.00%', '110.40', '92.00%']), ...fields)).toEqual({ budget_final_wan: 150, spent_wan: 110.4, execution_rate_pct: 92 });
    expect(read.fields.budget_final_wan.uncertain.join('')).toMatch(/执行率/u);
  });

  it('takes no row number for an amount: without 行次 the first cell is the budget', () => {
    expect(pick(form(' | ', ['120.00', '', '120.00', '120.00', '100.00%', '110.40', '92.00%'], false), ...fields)).toEqual({ budget_final_wan: 120, spent_wan: 110.4, execution_rate_pct: 92 });
  });
});

describe('fifteenth round: Hubei\'s form, the sources of the funds and their total', () => {
  const form = (head: string, row: string) => ['某市财政预算支出项目绩效目标自评表', '项目名称  农村公路养护项目  自评总分:94', `项目资金来源  ${head}`, row, '项目年度目标  完成养护里程300公里'].join('\n');
  const head = '中央(万元)  省、地(万元)  本级(万元)  其他(万元)  合计(万元)  执行数(万元)  执行率';

  it('reads 合计(万元) after the sources as the budget, with 执行数 and 执行率, the empty sources vanished', () => {
    expect(pick(form(head, '  309.00      309.00  301.50  97.57%'), 'budget_final_wan', 'spent_wan', 'execution_rate_pct')).toEqual({ budget_final_wan: 309, spent_wan: 301.5, execution_rate_pct: 97.57 });
  });

  it('reads no 合计 as the budget without the sources before it', () => {
    expect(pick(form('项目类别  合计(万元)  执行数(万元)  执行率', '  309.00  301.50  97.57%'), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
});

describe('fifteenth round: a text that names no year but in dates, filed the year after them', () => {
  const text = (filed: string, dated: string) => ['项目支出绩效自评报告', '项目名称:村村通维护经费', `填报日期:${filed}`, '一、项目基本情况', `项目资金分季度支出(${dated},签订《2024年度广播电视接收设备维修维护服务》合同)。`, '项目资金预算140.11万元,实际支出140.11万元,执行率100%。'].join('\n');

  it('takes the year its dates fall in when it was filed the year after', () => {
    expect(pick(text('2025年4月28日', '2024年3月'), 'fiscal_year')).toEqual({ fiscal_year: 2024 });
  });

  it('takes none when its dates fall in the filing year or in two years, or the text gives no filing date', () => {
    expect(pick(text('2025年4月28日', '2025年3月'), 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick(text('2025年4月28日', '2023年12月至2024年3月'), 'fiscal_year')).toEqual({ fiscal_year: null });
    expect(pick(text('', '2024年3月'), 'fiscal_year')).toEqual({ fiscal_year: null });
  });
});

describe('fifteenth round: a text that begins mid-way through a report and goes on to an attachment', () => {
  const body = ['根据2022年部门整体支出绩效评价指标体系,某县农业农村局整体绩效自评分93分。', '(三)存在问题。', '绩效目标编制不够完善,部分指标不够量化。', '(四)改进建议。', '一是加强绩效评价业务培训,按要求编制更规范的绩效目标;二是完善内部控制制度,明晰权责。'];
  const attachment = ['某县2022年度高标准农田建设资金项目绩效评价报告', '一、项目概况', '根据有关文件,共下达我县2022年度高标准农田建设资金3600万元,用于建设高标准农田2万亩。'];

  it('reads the report before the attachment, not the attachment\'s title and money', () => {
    expect(pick([...body, '附件2', ...attachment].join('\n'), 'kind', 'self_score', 'budget_final_wan')).toEqual({ kind: 'department', self_score: 93, budget_final_wan: null });
  });

  it('reads the attachment where the text is only the attachment\'s page (its title on the 附件 line, a page header before it)', () => {
    const page = ['某县人民政府网 > 政务公开 > 财政资金 > 绩效评价', '时间:2023-05-10 来源:县农业农村局 浏览次数:120', '按照县财政局关于做好预算绩效信息公开工作的统一部署,现将我局2022年度项目支出绩效自评结果予以公开,欢迎社会各界监督。', `附件2:${attachment[0]}`, ...attachment.slice(1)].join('\n');
    expect(pick(page, 'kind', 'budget_final_wan')).toEqual({ kind: 'project', budget_final_wan: 3600 });
  });
});

describe('fifteenth round: an input compared with another year\'s', () => {
  it('takes no budget from a sentence comparing a level\'s input over two years (…2021年…7700万元,2020年…7650万元,比去年增加50万元)', () => {
    const text = (sentence: string) => ['某县2021年度衔接推进乡村振兴补助资金绩效自评报告', '一、绩效目标完成情况', `(1)${sentence}`].join('\n');
    expect(pick(text('我县2021年县本级预算安排衔接资金7700万元,2020年县本级专项扶贫资金7650万元,比去年增加50万元。'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
    // (one year's budget with its change on last year is still the budget)
    expect(pick(text('我县2021年预算安排衔接资金7700万元,比去年增加50万元。'), 'budget_final_wan')).toEqual({ budget_final_wan: 7700 });
  });
});

describe('fifteenth round: the money block\'s own unit label moved after its header', () => {
  it('reads the amounts in the unit of a `项目资金 (元)` label a flattened form moved after the header', () => {
    const text = (label: string) => `财政项目支出绩效自评表 (2022 年度) 项目名称 场馆运营结算费用 主管部门 某区体育局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215000.00 10 86% 8.6 其中:当年财政拨款 0 0 — 年度资金总额 ${label} 实施单位 某区体育事业管理中心`;
    expect(pick(text('项目资金 (元)'), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: 25, spent_wan: 21.5 });
  });
});

describe('fifteenth round: an allocation named as a transfer payment', () => {
  it('reads 下达…转移支付755.19万元 as the budget of a transfer report, as 下达…资金', () => {
    const text = (noun: string) => ['一、绩效目标分解下达情况', `(一)某县某镇人民政府2023年度下达上级资金${noun}755.19万元。`, `(二)某县某镇人民政府2023年度下达上级资金${noun}755.19万元。其中:中央级资金转移支付124.23万元,省级资金转移支付370.83万元,市级资金260.13万元,资金共分为10个项目。`].join('\n');
    expect(pick(text('转移支付'), 'budget_final_wan')).toEqual({ budget_final_wan: 755.19 });
    expect(pick(text('转移支付情况说明'), 'budget_final_wan')).toEqual({ budget_final_wan: null });
  });
});

describe('sixteenth round: a fund\'s report the place writes as a whole', () => {
  const report = (title: string, voice: string) => [title, '一、基本情况', `根据省财政厅有关通知,2022年下达${voice}农村公路养护补助资金480万元,用于县乡道养护。`, `二、绩效目标完成情况`, `${voice}严格按照资金管理办法使用资金,年度内实际支出480万元,执行率100%。`].join('\n');

  it('takes the place that leads the title with the year, the text speaking as it, flagged', () => {
    const x = extractReport(report('某某县2022年度农村公路养护补助资金绩效自评报告', '我县'));
    expect(x.fields.department_name.value).toBe('某某县');
    expect(x.fields.department_name.uncertain.join()).toMatch(/地名“某某县”/u);
    expect(pick(report('某某市本级2023年中央彩票公益金项目绩效自评情况', '本市'), 'department_name')).toEqual({ department_name: '某某市' });
    // (a page's breadcrumb on the line above the title)
    expect(pick(`当前位置: 首页 > 政务公开 > 通知公告\n${report('某某区2021年度城乡义务教育补助经费绩效自评报告', '我区')}`, 'department_name')).toEqual({ department_name: '某某区' });
  });

  it('does not when the text speaks as another level, names a body, or is a department-wide report', () => {
    // (a county's title, a city's voice: a city body's page about the county)
    expect(pick(report('某某县2022年度农村公路养护补助资金绩效自评报告', '我市'), 'department_name')).toEqual({ department_name: null });
    // (no voice at all)
    expect(pick(report('某某县2022年度农村公路养护补助资金绩效自评报告', '该县'), 'department_name')).toEqual({ department_name: null });
    // (a body the text names: the body, not the place)
    expect(pick(`${report('某某县2022年度农村公路养护补助资金绩效自评报告', '我县')}\n填报单位:某某县交通运输局`, 'department_name')).toEqual({ department_name: '某某县交通运输局' });
    // (a department-wide report's title: some department's, unnamed)
    expect(pick(report('某某区2021年度部门整体支出绩效自评报告', '我区'), 'department_name')).toEqual({ department_name: null });
    // (a department of that place named in the text: the report may be that department's)
    expect(pick(`${report('某某县2022年度农村公路养护补助资金绩效自评报告', '我县')}\n某某县交通运输局整体绩效自评分95分。`, 'department_name')).toEqual({ department_name: null });
    // (a place followed by a body before the year is the body's title, read as before)
    expect(pick(report('某某县交通运输局2022年度农村公路养护补助资金绩效自评报告', '我县'), 'department_name')).toEqual({ department_name: '某某县交通运输局' });
  });
});

describe('sixteenth round: a body\'s name run into the words before it where a page\'s lines were joined', () => {
  it('reads the name after the gap when the words before it are no part of a name', () => {
    expect(pick('网站首页 热点 新平市广播电视台电视专题节目制作经费项目绩效自评报告 2018-06-19 10:40 一、项目概况 我台2017年安排电视专题节目制作经费42万元,全年支出42万元。', 'department_name')).toEqual({ department_name: '新平市广播电视台' });
    expect(pick('一、部门基本情况 (一)部门概况 东平市殡葬管理处是隶属于市民政局的二级机构。我处2016年预算收入120万元。', 'department_name')).toEqual({ department_name: '东平市殡葬管理处' });
  });

  it('keeps a province\'s, a party\'s or a front\'s prefix before the gap', () => {
    expect(pick('云南省 新平市卫生健康委员会2022年度春节慰问经费项目绩效自评报告 一、项目概况 我委安排慰问经费6万元。', 'department_name')).toEqual({ department_name: '云南省新平市卫生健康委员会' });
    expect(pick('政协 东平市石岭区委员会2022年度部门整体支出绩效自评报告\n一、部门基本情况\n本机关内设办公室、研究室等5个科室。', 'department_name')).toEqual({ department_name: '政协东平市石岭区委员会' });
  });
});

describe('sixteenth round: a title inside a page dumped as one line', () => {
  const header = '预算绩效管理 - 索引号: 20240913-201210-563 - 发布机构: 新平州卫生健康委员会 - 文号: - 发布日期: 2024-03-20 - 时效性: 有效';
  it('reads the title between two gaps after the page\'s header', () => {
    const x = extractReport(`${header} 新平州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告 一、项目概况 2023年下达我院国家基本公共卫生服务项目州级补助资金12万元,全年支出12万元。`);
    expect(x.layout).not.toMatch(/no title/u);
    expect(pick(`${header} 新平州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告 一、项目概况 2023年下达我院国家基本公共卫生服务项目州级补助资金12万元,全年支出12万元。`, 'department_name', 'kind', 'fiscal_year')).toEqual({ department_name: '新平州第二人民医院', kind: 'project', fiscal_year: 2023 });
  });

  it('takes no title from a sentence, nor the year and the report\'s words alone after a gap', () => {
    // (the report's name inside a sentence, no gap after it)
    expect(extractReport(`${header} 按照州财政局的统一部署,我院编制了新平州第二人民医院2023年度项目绩效自评报告并予以公开。一、项目概况 全年支出12万元。`).layout).toMatch(/no title/u);
    // (a sentence that opens with the report's name after the header, the name run into its verb)
    expect(extractReport(`${header} 新平州第二人民医院2023年度项目绩效自评报告已经院务会审议通过。一、项目概况 全年支出12万元。`).layout).toMatch(/no title/u);
    // (`2023年度绩效自评报告` after a gap: the end of a title printed with a space in it, naming nothing)
    expect(extractReport(`${header} 信息名称 东平县2023年省级非物质文化遗产保护资金转移支付 2023年度绩效自评报告 内容概述 一、绩效目标分解下达情况 2023年下达我县省级非物质文化遗产保护专项资金2.1万元。`).layout).toMatch(/no title/u);
  });
});

describe('sixteenth round: a mirror copy in traditional characters reads as its simplified text', () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  it('completes a short name from the full one the text prints, in either script', () => {
    const text = ['来源:荷塘区妇联 发布时间:2023-12-04', '2022年度部门(单位)整体支出绩效自评报告', '一、部门基本情况', '株洲市荷塘区妇女联合会是区委领导下的群团组织。我会2022年部门整体支出预算86万元。'].join('\n');
    expect(pick(text, 'department_name')).toEqual({ department_name: '株洲市荷塘区妇女联合会' });
    expect(pick(toTraditional(text), 'department_name')).toEqual({ department_name: '株洲市荷塘區婦女聯合會' });
  });

  it('takes a page\'s catalogue value, the report words alone, for no title in either script', () => {
    const text = ['• 发布机构', '• 新平市文化和旅游局', '• 公开目录', '• 自评报告', '• 发布日期', '• 2023-04-27', '新平市图书馆2022年度项目支出绩效自评报告', '一、自评结论', '自评得分100分。'].join('\n');
    expect(pick(text, 'department_name')).toEqual({ department_name: '新平市图书馆' });
    expect(pick(toTraditional(text), 'department_name')).toEqual({ department_name: '新平市圖書館' });
  });
});

describe('sixteenth round: a web page\'s related links and footer after the text', () => {
  const body = ['一、项目基本情况', '为保障全县农村公路日常养护,我局实施农村公路养护项目。', '二、项目资金情况', '项目全年预算数为480万元,全年执行数为470万元,预算执行率为97.92%。', '三、绩效自评结论', '经自评,该项目自评得分92分,等级为优。'];
  const related = ['', '相关链接:', '东平县农业农村局2021年度部门整体支出绩效自评报告', '上一篇:东平县2023年第一批中央财政衔接推进乡村振兴补助资金分配表'];
  const footer = ['', '扫一扫在手机打开当前页', '主办单位:东平县人民政府办公室 承办单位:东平县大数据中心', '网站标识码:5304000001 滇ICP备05000000号'];

  it('reads no title, body nor year from the page\'s links to other reports', () => {
    expect(pick([...body, ...related].join('\n'), 'department_name', 'kind', 'fiscal_year', 'budget_final_wan', 'self_score')).toEqual({ department_name: null, kind: 'project', fiscal_year: null, budget_final_wan: 480, self_score: 92 });
  });

  it('reads no body from the page\'s footer, in either script', () => {
    const text = ['一、基本情况', '我中心2022年收到中央医疗救助补助资金1767.21万元,全部用于城乡困难群众医疗救助。', ...footer].join('\n');
    expect(pick(text, 'department_name')).toEqual({ department_name: null });
    expect(pick(text.replace('主办单位', '主辦單位').replace('网站标识码', '網站標識碼'), 'department_name')).toEqual({ department_name: null });
  });

  it('keeps a number the text cut short at its end, the footer after it', () => {
    const cut = ['项目名称:东平县美食节活动经费', '实施单位:东平县商务局', '项目资金(万元) 年初预算数 全年预算数 全年执行数', '实际使用情况(万元)5'].join('\n');
    expect(pick(cut, 'spent_wan')).toEqual({ spent_wan: null });
    expect(pick([cut, ...footer].join('\n'), 'spent_wan')).toEqual({ spent_wan: null });
  });

  it('reads on past the share buttons a page prints between its header and the text', () => {
    const page = ['当前位置:首页 > 政务公开 > 财政资金', '发布时间:2023-05-10 来源:东平县交通运输局', '扫一扫在手机打开当前页', '东平县交通运输局2022年度农村公路养护项目绩效自评报告', ...body].join('\n');
    expect(pick(page, 'department_name', 'budget_final_wan', 'self_score')).toEqual({ department_name: '东平县交通运输局', budget_final_wan: 480, self_score: 92 });
  });
});

describe('sixteenth round: a sentence about last year, from an earlier clause on', () => {
  const text = (sentence: string) => ['东平县2023年农村公路养护项目绩效自评报告', '一、项目资金情况', sentence].join('\n');
  it('reads none of its later figures as this year\'s', () => {
    expect(pick(text('上年度同类项目预算为380万元,实际支出360万元,执行率为94.74%。'), 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: null, execution_rate_pct: null });
  });
  it('reads this year\'s after a comparison, after last year\'s carry-over, and once a clause names this year', () => {
    expect(pick(text('全年支出400万元,比上年增加50万元,执行率98%。'), 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 400, execution_rate_pct: 98 });
    expect(pick(text('上年结转资金20万元,实际支出110万元,执行率91.67%。'), 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 110, execution_rate_pct: 91.67 });
    expect(pick(text('去年该项目支出360万元,今年实际支出400万元,执行率100%。'), 'spent_wan', 'execution_rate_pct')).toEqual({ spent_wan: 400, execution_rate_pct: 100 });
  });
});

describe('sixteenth round: money summed since a project began, no year named', () => {
  const text = (sentence: string) => ['东平县2023年农村公路养护项目绩效自评报告', '一、项目资金情况', sentence].join('\n');
  it('reads no budget or spending summed since the project began (项目实施以来,累计…)', () => {
    expect(pick(text('项目实施以来,累计投入资金1860万元,累计支出资金1720万元。'), 'budget_final_wan', 'spent_wan')).toEqual({ budget_final_wan: null, spent_wan: null });
  });
  it('reads the sum since a start within the report\'s year', () => {
    expect(pick(text('2023年项目实施以来,累计支出资金120万元。'), 'spent_wan')).toEqual({ spent_wan: 120 });
  });
});

describe('sixteenth round: a grade at a line\'s end, the next line run on in the view', () => {
  const text = (end: string) => ['东平县2023年农村公路养护项目绩效自评报告', '三、综合评价结论', `2023年度农村公路养护项目绩效自评得分为98分,自评结论为“优秀${end}`].join('\n');
  it('reads the grade whose quote a cut page left open, a section after it', () => {
    expect(pick(text(''), 'grade')).toEqual({ grade: '优秀' });
    expect(pick(text('\n附:项目概况\n该项目计划总投资5000万元,建设周期三年。'), 'grade')).toEqual({ grade: '优秀' });
  });
  it('reads no grade run into the words after it on its line', () => {
    expect(pick(['东平县2023年农村公路养护项目绩效自评报告', '三、综合评价结论', '全县自评等级为优秀的项目占比为85%,较上年有所提高。'].join('\n'), 'grade')).toEqual({ grade: null });
  });
});

describe('sixteenth round: a rate printed as a bound', () => {
  const text = (sentence: string) => ['东平县2023年农村公路养护项目绩效自评报告', '一、项目资金情况', sentence].join('\n');
  it('reads no rate from 达到95%以上 nor 90%左右, even where the spending and budget fit it', () => {
    expect(pick(text('预算执行率达到95%以上。'), 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
    expect(pick(text('预算执行率在90%左右。'), 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
    expect(pick(text('全年预算1761.58万元,实际支出1688.46万元。\n二、绩效目标完成情况\n资金支出及时,预算执行率达到95%以上。'), 'execution_rate_pct')).toEqual({ execution_rate_pct: null });
  });
  it('reads the rate beside a bound it meets', () => {
    expect(pick(text('全年预算执行率为98.5%,达到了95%以上的目标。'), 'execution_rate_pct')).toEqual({ execution_rate_pct: 98.5 });
  });
});

describe('sixteenth round: a long line that opens with the report words but names nothing', () => {
  it('is no title (绩效评价结果分为四个等级…): the title the opening sentence announces stands', () => {
    const text = ['按照县财政局关于开展2022年度绩效自评工作的通知要求,现将2022年东平县交通运输局农村公路养护资金项目绩效自评总结报告如下:', '一、项目基本情况', '全年预算480万元,实际支出470万元。', '绩效评价结果分为四个等级:90分(含)以上为优,80(含)-90分为良,60(含)-80分为中,60分以下为差,本项目按上述标准逐项打分。'].join('\n');
    expect(pick(text, 'department_name', 'kind')).toEqual({ department_name: '东平县交通运输局', kind: 'project' });
  });
  it('is a title when it names a kind (2021年度项目支出绩效评价自评报告一、项目基本情况…)', () => {
    expect(pick('2021年度项目支出绩效评价自评报告一、项目基本情况(一)项目概况我区位于地震带中东段,地震活动十分频繁,地震灾害威胁十分严重,防震减灾任务繁重。', 'kind')).toEqual({ kind: 'project' });
  });
});

describe('sixteenth round: the kind from a numbered heading run into a page flattened to one line', () => {
  const page = (rest: string) => `发布时间:2023-05-10 来源:东平县交通运输局 ${rest}`;
  it('reads a project\'s or a department\'s overview heading, the next heading right after it', () => {
    expect(pick(page('一、项目基本情况(一)项目概况 为保障全县农村公路日常养护,我局实施农村公路养护项目。二、项目资金情况 全年预算480万元。'), 'kind')).toEqual({ kind: 'project' });
    expect(pick(page('一、部门基本情况(一)部门概况 我局内设6个股室。二、部门预算情况 全年预算480万元。'), 'kind')).toEqual({ kind: 'department' });
  });
  it('reads no kind from the same words in a sentence', () => {
    expect(pick(page('经检查,一、项目基本情况良好,资金使用规范。全年预算480万元。'), 'kind')).toEqual({ kind: null });
  });
});
