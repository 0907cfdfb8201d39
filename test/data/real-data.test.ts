/**
 * The real data under data/: builds without an error, every traced value is found in its source at
 * the recorded line, and the headline figures are exactly what the reports print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { formatWarning } from '../../src/lib/data/parse.ts';
import { normaliseGrade } from '../../src/lib/data/grade.ts';
import type { Report } from '../../src/lib/data/model.ts';
import { ROOT } from './helpers.ts';

const DATA = join(ROOT, 'data');
const data = buildSiteData(DATA, { labelRoot: ROOT });
const byId = (id: string): Report => {
  const r = data.reports.find((x) => x.id === id);
  if (!r) throw new Error(`no report ${id}`);
  return r;
};
const value = (r: Report, key: keyof Report['figures']) => r.figures[key]?.value ?? null;
const sourceLines = new Map<string, string[]>();
const linesOf = (file: string) => {
  if (!sourceLines.has(file)) sourceLines.set(file, readFileSync(join(DATA, 'sources', file), 'utf8').split(/\r?\n/u));
  return sourceLines.get(file)!;
};
const squeeze = (s: string) => s.replace(/\s+/gu, '');

/**
 * Whether `quote` (whitespace aside) starts on line `line` of the source: written independently
 * of SourceText, by reading the file from that line on.
 */
function startsOnLine(file: string, quote: string, line: number): boolean {
  const lines = linesOf(file);
  if (line < 1 || line > lines.length) return false;
  const from = squeeze(lines.slice(line - 1).join('\n'));
  const at = from.indexOf(squeeze(quote));
  return at >= 0 && at < squeeze(lines[line - 1]!).length;
}

/**
 * Whether `value` occurs in `quote` as a whole number: NFKC for full-width digits, markup and
 * whitespace dropped, thousands separators removed, and neither a digit nor a decimal part
 * on either side.
 */
function standsAlone(value: string, quote: string): boolean {
  const q = squeeze(quote.normalize('NFKC').replace(/<\/?b>/gu, '')).replace(/(\d),(?=\d{3})/gu, '$1');
  const v = value.replace(/^-/u, '');
  for (let i = q.indexOf(v); i >= 0; i = q.indexOf(v, i + 1)) {
    const before = q[i - 1] ?? '';
    const after = q.slice(i + v.length, i + v.length + 2);
    if (!/[\d.]/u.test(before) && !/^(?:\d|\.\d)/u.test(after)) return true;
  }
  return false;
}

/** The printed value normalised by hand: NFKC for full-width forms, no separators, no unit. */
function normalisePrinted(printed: string, negative: boolean): string {
  const n = printed.normalize('NFKC').replace(/\s+/gu, '').replace(/(万元|%|分|人|个)$/u, '').replace(/,/gu, '');
  return negative ? `-${n}` : n;
}

interface RecordFigure { printed: string; quote: string; negative?: true }
const records = new Map(data.reports.map((r) => [
  r.id,
  JSON.parse(readFileSync(join(DATA, 'reports', `${r.id}.json`), 'utf8')) as { figures: Record<string, RecordFigure> },
]));

describe('the real data', () => {
  it('holds the five reports and their five departments', () => {
    expect(data.reports.map((r) => r.id)).toEqual([
      'guangzhou-baiyun-2021-department',
      'guangzhou-liwan-2022-department',
      'guangzhou-panyu-2021-department',
      'jiangmen-2024-department',
      'shenzhen-pingshan-2021-project',
    ]);
    expect(data.departments.map((d) => d.id)).toEqual(['guangzhou-baiyun', 'guangzhou-liwan', 'guangzhou-panyu', 'jiangmen', 'shenzhen-pingshan']);
  });

  describe.each(data.reports.map((r) => [r.id, r] as const))('%s', (id, report) => {
    const record = records.get(id)!;

    it('gives every figure the value its printed form states', () => {
      const keys = Object.keys(record.figures);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const f = record.figures[key]!;
        if (key === 'grade') {
          expect(report.grade?.value, key).toBe(normaliseGrade(f.printed));
          expect(report.grade?.printed, key).toBe(f.printed);
        } else {
          expect(report.figures[key as keyof Report['figures']]?.value, key).toBe(normalisePrinted(f.printed, f.negative === true));
        }
      }
    });

    it('has every figure\'s quote in the source file at the recorded line', () => {
      const traced = [...Object.entries(report.figures), ...(report.grade ? [['grade', report.grade] as const] : [])];
      for (const [key, f] of traced) expect(startsOnLine(report.source_file, f!.quote, f!.line), `${key} on line ${f!.line}`).toBe(true);
      expect(startsOnLine(report.source_file, report.title, report.title_line), 'title').toBe(true);
    });

    it('has every traced value (figures, tasks, texts, indicators, budget lines) at its recorded line', () => {
      const rows = data.provenance.filter((p) => p.report_id === id);
      expect(rows.length).toBeGreaterThan(0);
      const misplaced = rows.filter((p) => p.source_file !== report.source_file || !startsOnLine(p.source_file, p.quote, p.line));
      expect(misplaced).toEqual([]);
      for (const i of data.indicators.filter((x) => x.report_id === id)) expect(startsOnLine(report.source_file, i.quote, i.line), i.name).toBe(true);
      for (const b of data.budgetLines.filter((x) => x.report_id === id)) expect(startsOnLine(report.source_file, b.quote, b.line), b.name).toBe(true);
    });

    it('has every traced number standing in its quote as a number of its own (checked here without the build\'s tokenizer)', () => {
      const loose = data.provenance.filter((p) => p.report_id === id && /^-?\d+(?:\.\d+)?$/u.test(p.value) && p.field !== 'title')
        .filter((p) => !standsAlone(p.value, p.quote) && !(/^0(?:\.0+)?$/u.test(p.value) && /全部调减|无法支出/u.test(p.quote)));
      expect(loose).toEqual([]);
    });

    it('has every outcome\'s quotes in the source at the recorded lines', () => {
      for (const o of data.outcomes.filter((x) => x.report_id === id)) {
        expect(startsOnLine(report.source_file, o.quote, o.line), o.name).toBe(true);
        if (o.target_quote !== null) expect(startsOnLine(report.source_file, o.target_quote, o.target_line!), o.name).toBe(true);
      }
    });

    it('checks its own execution rate against spent ÷ final budget where both are stated', () => {
      if (value(report, 'spent_wan') && value(report, 'budget_final_wan')) {
        expect(report.execution_rate_computed_pct).toBe(value(report, 'execution_rate_pct'));
      } else {
        expect(report.execution_rate_computed_pct).toBeNull();
      }
    });
  });

  it('Baiyun: 5278.33 − 625.85 = 4652.48, spent 4468.73 = 96.05%, score 91.35, grade 优, 27 indicators, 3 not met', () => {
    const r = byId('guangzhou-baiyun-2021-department');
    expect([value(r, 'budget_initial_wan'), value(r, 'budget_adjustment_wan'), value(r, 'budget_final_wan'), value(r, 'spent_wan'), value(r, 'execution_rate_pct')])
      .toEqual(['5278.33', '-625.85', '4652.48', '4468.73', '96.05']);
    expect(value(r, 'budget_adjustment_rate_pct')).toBe('11.86');
    expect(value(r, 'self_score')).toBe('91.35');
    expect(r.grade).toMatchObject({ value: '优', printed: '优' });
    expect([r.indicator_count, r.indicators_met, r.indicators_not_met]).toEqual([27, 24, 3]);
    expect(r.checks.every((c) => c.ok)).toBe(true);
  });

  it('Jiangmen: spent 920.94 = basic 473.63 + project 447.31, personnel 443.50, public 30.13, score 98.35, 16 indicators, 4 illegible', () => {
    const r = byId('jiangmen-2024-department');
    expect([value(r, 'spent_wan'), value(r, 'basic_spent_wan'), value(r, 'project_spent_wan'), value(r, 'personnel_spent_wan'), value(r, 'public_spent_wan')])
      .toEqual(['920.94', '473.63', '447.31', '443.50', '30.13']);
    expect(r.checks.filter((c) => c.field === 'spent_wan' || c.field === 'basic_spent_wan').map((c) => [c.stated, c.computed, c.ok]))
      .toEqual([['920.94', '920.94', true], ['473.63', '473.63', true]]);
    expect(value(r, 'self_score')).toBe('98.35');
    expect(r.grade?.value).toBe('优');
    expect(r.filed_on).toBe('2025-04-18');
    const rows = data.indicators.filter((i) => i.report_id === r.id);
    expect(r.indicator_count).toBe(16);
    expect(rows).toHaveLength(16);
    expect(rows.filter((i) => !i.legible)).toHaveLength(4);
  });

  it('Pingshan: 1423.71 / 1375.72 / 1372.97 / 99.80%, score 98 = the sum of its scoring table', () => {
    const r = byId('shenzhen-pingshan-2021-project');
    expect([value(r, 'budget_initial_wan'), value(r, 'budget_final_wan'), value(r, 'spent_wan'), value(r, 'execution_rate_pct')])
      .toEqual(['1423.71', '1375.72', '1372.97', '99.80']);
    expect(r.kind).toBe('project');
    expect(r.project_name).toBe('招商引资');
    expect(value(r, 'self_score')).toBe('98');
    const scored = data.indicators.filter((i) => i.report_id === r.id && i.score !== null);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.reduce((s, i) => s.plus(i.score!), new Big(0)).toString()).toBe('98');
    expect(scored.reduce((s, i) => s.plus(i.weight!), new Big(0)).toString()).toBe('100');
    expect(r.checks.find((c) => c.field === 'indicators.score')).toMatchObject({ stated: '98', computed: '98', ok: true });
  });

  it('Liwan: 11206.52 / 8778.17 / 78.33%, score 97.57, grade 优 printed 优秀, and its 4 budget lines', () => {
    const r = byId('guangzhou-liwan-2022-department');
    expect([value(r, 'budget_final_wan'), value(r, 'spent_wan'), value(r, 'execution_rate_pct'), value(r, 'self_score')])
      .toEqual(['11206.52', '8778.17', '78.33', '97.57']);
    expect(r.grade).toMatchObject({ value: '优', printed: '优秀' });
    expect(data.budgetLines.filter((b) => b.report_id === r.id).map((b) => [b.name, b.initial_wan, b.adjustment_wan, b.final_wan, b.spent_wan, b.execution_rate_pct, b.adjustment_rate_pct, b.score]))
      .toEqual([
        ['招商引资经费', '100', '-41.36', '58.64', '46.91', '80.00', '-41.36', '97'],
        ['产业扶持资金项目', '1588.4', '1919.36', '3507.76', '3504.7', '99.91', '120.83', '100'],
        // 年初预算资金2000万元 … 相关资金无法支出，所以年中全部调减 (line 87): cut to 0, nothing spent.
        ['上下九步行街品质提升工程项目', '2000', null, '0', '0', null, null, null],
        ['区政府合作经费', null, '-80', null, null, null, '-72.73', null],
      ]);
  });

  it('Panyu: 9904.52 / 9825.88 / 99.21%, grade 良 printed 良好, no self score, fiscal year 2021 under a 2022 title', () => {
    const r = byId('guangzhou-panyu-2021-department');
    expect([value(r, 'budget_final_wan'), value(r, 'spent_wan'), value(r, 'execution_rate_pct')]).toEqual(['9904.52', '9825.88', '99.21']);
    expect(r.grade).toMatchObject({ value: '良', printed: '良好' });
    expect(value(r, 'self_score')).toBeNull();
    expect([r.fiscal_year, r.title_year]).toEqual([2021, 2022]);
    expect(value(r, 'spent_change_pct')).toBe('-12.23');
  });

  it('produces exactly these warnings', () => {
    expect(data.warnings.map(formatWarning)).toMatchInlineSnapshot(`
      [
        "data/sources/guangzhou-panyu-2021-department.txt:73: spent_fiscal_share_pct: share of fiscal spending: stated 99.78%, computed 99.80%",
        "data/sources/guangzhou-panyu-2021-department.txt:73: spent_other_share_pct: share of other spending: stated 0.22%, computed 0.20%",
        "data/sources/shenzhen-pingshan-2021-project.txt:118: outcomes[2].actual_value: result stated in the text agrees with the indicator table: Projects worth over one billion yuan brought in / Projects of CNY 1 billion or more brought in: indicator table 1 (items), text 5 (items)",
        "data/sources/shenzhen-pingshan-2021-project.txt:120: outcomes[4].actual_value: result stated in the text agrees with the indicator table: Companies with registered capital of CNY 20 million or more brought in / Projects with registered capital of CNY 20 million or more brought in: indicator table 6 (items), text 73 (companies)",
        "data/sources/guangzhou-liwan-2022-department.txt:71: budget_lines[1].adjustment_rate_pct: Industrial support funds project: adjustment rate: stated 120.83%, computed 120.84% (120.83% when truncated instead of rounded)",
      ]
    `);
  });

  it('cites the targets of Baiyun\'s task 3 where table 1 prints them, and Pingshan\'s targets on line 65, apart from their results', () => {
    const baiyun = data.indicators.filter((i) => i.report_id === 'guangzhou-baiyun-2021-department' && i.task === '提升招商引资的规模和质量' && i.target_quote !== null);
    expect(baiyun.map((i) => [i.name, i.target_value, i.target_line, i.actual_value, i.line])).toEqual([
      ['举办招商推介活动次数', '35', 131, '38', 131],
      ['新增项目数量', '100', 131, '105', 131],
      ['签约项目数量', '35', 131, '40', 131],
      ['主题宣传片数量', '1', 131, '90', 131],
      ['协助完成区领导带队赴市外拜访企业数量', '50', 131, '55', 131],
      ['数字经济产业招商方向报告份数', '1', 131, '1', 131],
      ['轨道交通产业招商方向报告份数', '1', 131, '1', 131],
    ]);
    const pingshan = data.indicators.filter((i) => i.report_id === 'shenzhen-pingshan-2021-project' && i.target_quote !== null);
    expect(pingshan.map((i) => [i.name, i.target_value, i.target_line, i.actual_value, i.line])).toEqual([
      ['引进注册资金2000万元以上项目', '6', 65, '6', 69],
      ['引进10亿元以上项目数', '1', 65, '1', 69],
      ['就业增加比例', '3', 65, '3', 69],
      ['单位干部职工满意度', '95', 65, '98', 69],
    ]);
  });

  it('Baiyun: its four task funds (表1 任务涉及资金, lines 116–137) are task budget lines, and the tasks show them', () => {
    const lines = data.budgetLines.filter((b) => b.report_id === 'guangzhou-baiyun-2021-department');
    expect(lines.map((b) => [b.kind, b.name, b.funds_wan, b.line])).toEqual([
      ['task', '完成策划方案', '132', 116],
      ['task', '完成广州市白云区重点产业招商项目报批报建代办服务外包项目', '118.97', 122],
      ['task', '提升招商引资的规模和质量', '321.09', 131],
      ['task', '提供优质的招商引资企业服务', '30.65', 137],
    ]);
    expect(byId('guangzhou-baiyun-2021-department').tasks.map((t) => t.funds?.value ?? null)).toEqual(['132', '118.97', '321.09', '30.65']);
  });

  it('outcomes: Baiyun 180 → 181 projects (lines 41, 75) and 超 1000 → 约 1007 亿元, every report with its prose results', () => {
    const of = (id: string) => data.outcomes.filter((o) => o.report_id === id);
    expect(of('guangzhou-baiyun-2021-department').slice(0, 2).map((o) => [o.target_value, o.target_line, o.actual_value, o.line, o.unit])).toEqual([
      ['180', 41, '181', 75, '宗'],
      ['1000', 41, '1007', 75, '亿元'],
    ]);
    expect(data.reports.map((r) => [r.id, of(r.id).length])).toEqual([
      ['guangzhou-baiyun-2021-department', 36],
      ['guangzhou-liwan-2022-department', 12],
      ['guangzhou-panyu-2021-department', 13],
      ['jiangmen-2024-department', 16],
      ['shenzhen-pingshan-2021-project', 16],
    ]);
  });

  it('Pingshan: the prose contradicts two of its indicators (十亿级项目 5 against 1; firms 73 家 against 6 个), Jiangmen and Baiyun agree', () => {
    const outcomeChecks = (id: string) => byId(id).checks.filter((c) => c.field.startsWith('outcomes')).map((c) => [c.stated, c.computed, c.ok]);
    expect(outcomeChecks('shenzhen-pingshan-2021-project')).toEqual([['1 个', '5 个', false], ['6 个', '73 家', false]]);
    expect(outcomeChecks('jiangmen-2024-department')).toEqual([['2000 亿元', '2000 亿元', true]]);
    expect(outcomeChecks('guangzhou-baiyun-2021-department')).toEqual([['60 宗', '60 宗', true]]);
  });

  it('Jiangmen: the restructuring the report states (formed in 2024, at the end of March; no earlier evaluation) is recorded with its lines', () => {
    expect(byId('jiangmen-2024-department').restructuring.map((r) => r.line)).toEqual([49, 125]);
    expect(byId('jiangmen-2024-department').restructuring[1]!.text).toContain('于2024年3月底挂牌新成立市投资促进局');
  });

  it('knows no original address for the five seeds', () => {
    expect(data.reports.map((r) => [r.original_url, r.retrieved_on])).toEqual(data.reports.map(() => [null, null]));
  });
});
