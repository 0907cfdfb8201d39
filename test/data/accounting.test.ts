/**
 * Honest accounting of the five real reports: every indicator met, not met or not assessed (with
 * its reason), the counts each report states in prose beside what its table shows, units read
 * from the text. Every expected number below is read from the report texts (line numbers of
 * data/sources/*.txt), not from the build's output.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { tableCsv } from '../../src/lib/data/tables.ts';
import { assessIndicator, countIndicators, isScoringRow } from '../../src/lib/data/status.ts';
import type { Indicator } from '../../src/lib/data/model.ts';

const data = buildSiteData('data');
const rows = (id: string) => data.indicators.filter((i) => i.report_id === id);
const report = (id: string) => data.reports.find((r) => r.id === id)!;
const csv = (table: 'reports' | 'indicators') => Papa.parse<Record<string, string>>(tableCsv(table, data), { header: true, skipEmptyLines: true }).data;

describe('every indicator is met, not met or not assessed, with its reason', () => {
  it('Baiyun: 27 listed (table 1, lines 113–142), 3 say 未达到预期目标 (主题宣传片, 外出考察, 高层次人才), 24 达到', () => {
    expect(countIndicators(rows('guangzhou-baiyun-2021-department'))).toEqual({
      listed: 27, met: 24, not_met: 3, not_assessed: 0, reasons: { no_result: 0, result_illegible: 0, no_target: 0, not_comparable: 0 },
    });
    expect(rows('guangzhou-baiyun-2021-department').filter((i) => assessIndicator(i).status === 'not_met').map((i) => i.name))
      .toEqual(['主题宣传片数量', '外出考察数量', '高层次人才服务人数']);
  });

  it('Pingshan: of its 8 performance targets (lines 63–65), 4 state no result and none was missed; its 16 scoring-table items are not indicators', () => {
    const list = rows('shenzhen-pingshan-2021-project');
    expect(countIndicators(list)).toMatchObject({ listed: 8, met: 4, not_met: 0, not_assessed: 4, reasons: { no_result: 4 } });
    expect(list.filter((i) => !isScoringRow(i) && assessIndicator(i).reason === 'no_result').map((i) => i.name)).toEqual(['召开市级生物医药产业会议次数', '宣传折页制作', '宣传册制作', '验收通过率']);
    expect(list.filter((i) => i.weight !== null)).toHaveLength(16);
  });

  it('Jiangmen: 16 listed, 2 missed with a reason (151 against ≥170, line 56; 38 against ≥40, line 66); 7 against "≥5 ↑" (line 57) is met despite its OCR-damaged unit', () => {
    const list = rows('jiangmen-2024-department');
    expect(countIndicators(list)).toMatchObject({ listed: 16, met: 14, not_met: 2, not_assessed: 0 });
    const damaged = list.find((i) => i.target_text === '≥5 ↑')!;
    expect(damaged).toMatchObject({ target_value: '5', unit: '↑', actual_value: '7', actual_unit: '个', unit_legible: false, legible: false, met: true, met_basis: 'computed' });
    const missed = list.find((i) => i.target_text === '≥40 ↑')!;
    expect(missed).toMatchObject({ target_value: '40', actual_value: '38', actual_unit: '个', unit_legible: false, met: false });
  });

  it('Liwan lists no indicator and states "6个关键指标均能达到" (line 65): 0 listed, stated 6 of 6', () => {
    const r = report('guangzhou-liwan-2022-department');
    expect([r.indicator_count, r.indicators_met, r.indicators_not_met, r.indicators_not_assessed]).toEqual([0, 0, 0, 0]);
    expect([r.figures.indicators_stated_total?.value, r.figures.indicators_stated_met?.value, r.figures.indicators_stated_total?.line]).toEqual(['6', '6', 65]);
  });

  it('Jiangmen states "16 个指标中有 14 个指标的完成率为 100%-150%" (line 35), which now agrees with its table', () => {
    const r = report('jiangmen-2024-department');
    expect([r.figures.indicators_stated_total?.value, r.figures.indicators_stated_met?.value]).toEqual(['16', '14']);
    expect(r.checks.find((c) => c.field === 'indicators_stated_met')).toMatchObject({ stated: '14', computed: '14', ok: true });
  });

  it('Panyu: its one narrative target (重点企业使用数 3800 家, reached 4182 家, line 107) is a result stated in prose, not a table row', () => {
    const r = report('guangzhou-panyu-2021-department');
    expect(r.indicator_count).toBe(0);
    expect(rows(r.id)).toEqual([]);
    const o = data.outcomes.find((x) => x.report_id === r.id && x.name === '重点企业使用数');
    expect(o).toMatchObject({ target_value: '3800', actual_value: '4182', unit: '家', line: 107 });
  });

  it('the reasons follow what the row states: no result, no target, illegible result, or not comparable', () => {
    const base = { met: null, target_text: '≥3 次', actual_text: '实际 ■ 次', legible: true } satisfies Pick<Indicator, 'met' | 'target_text' | 'actual_text' | 'legible'>;
    expect(assessIndicator({ ...base, actual_text: null }).reason).toBe('no_result');
    expect(assessIndicator({ ...base, target_text: null }).reason).toBe('no_target');
    expect(assessIndicator({ ...base, legible: false }).reason).toBe('result_illegible');
    expect(assessIndicator(base).reason).toBe('not_comparable');
    expect(assessIndicator({ ...base, met: false })).toEqual({ status: 'not_met', reason: null });
  });
});

describe('units come from the text', () => {
  it('Baiyun\'s 主题宣传片数量: target 1 部, result "实际完成 90%" (line 131) is 90 %, not 90 部', () => {
    const film = rows('guangzhou-baiyun-2021-department').find((i) => i.name === '主题宣传片数量')!;
    expect([film.target_value, film.unit, film.actual_value, film.actual_unit]).toEqual(['1', '部', '90', '%']);
    const published = csv('indicators').find((r) => r.name === '主题宣传片数量')!;
    expect([published.actual_value, published.actual_unit, published.unit]).toEqual(['90', '%', '部']);
  });
});

describe('reports.csv carries all three counts, the stated counts and the title year', () => {
  const byId = new Map(csv('reports').map((r) => [r.id, r]));
  it.each([
    // id, listed, met, not met, not assessed, stated total, stated met, fiscal year, title year
    ['guangzhou-baiyun-2021-department', '27', '24', '3', '0', '', '', '2021', '2021'],
    ['guangzhou-liwan-2022-department', '0', '0', '0', '0', '6', '6', '2022', '2022'],
    ['guangzhou-panyu-2021-department', '0', '0', '0', '0', '', '', '2021', '2022'],
    ['jiangmen-2024-department', '16', '14', '2', '0', '16', '14', '2024', ''],
    ['shenzhen-pingshan-2021-project', '8', '4', '0', '4', '', '', '2021', '2021'],
  ])('%s', (id, listed, met, notMet, notAssessed, statedTotal, statedMet, fiscal, title) => {
    const r = byId.get(id)!;
    expect([r.indicator_count, r.indicators_met, r.indicators_not_met, r.indicators_not_assessed, r.indicators_stated_total, r.indicators_stated_met, r.fiscal_year, r.title_year])
      .toEqual([listed, met, notMet, notAssessed, statedTotal, statedMet, fiscal, title]);
  });

  it('indicators.csv says met, not_met or not_assessed with a reason for every performance indicator, nothing for scoring items', () => {
    const published = csv('indicators');
    const pingshan = published.filter((r) => r.report_id === 'shenzhen-pingshan-2021-project');
    expect(pingshan.filter((r) => r.weight !== '').every((r) => r.status === '' && r.not_assessed_reason === '')).toBe(true);
    expect(pingshan.filter((r) => r.status === 'not_assessed').map((r) => r.not_assessed_reason)).toEqual(['no_result', 'no_result', 'no_result', 'no_result']);
    expect(published.filter((r) => r.weight === '').every((r) => ['met', 'not_met', 'not_assessed'].includes(r.status!))).toBe(true);
  });
});
