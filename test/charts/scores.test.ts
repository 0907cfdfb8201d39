import { describe, expect, it } from 'vitest';
import { prepareScores, scoreChart } from '../../src/lib/charts/index.ts';
import { checkChart, dept, fig, HOSTILE, makeReport, missingMarks, site } from './helpers.ts';

const SIZE = { width: 640, height: 280 };
const graded = (value: '优' | '良' | '中' | '差', printed: string = value) => ({ value, printed, quote: printed, line: 1, note: null });

describe('prepareScores', () => {
  it('reads scores and grades of the real reports; Panyu has a grade (良好) but no score', () => {
    const p = prepareScores(site.reports, site.departments);
    expect(p.rows.map((r) => [r.reportId, r.score, r.grade, r.gradePrinted, r.scoreBand])).toEqual([
      ['guangzhou-baiyun-2021-department', '91.35', '优', '优', '优'],
      ['guangzhou-liwan-2022-department', '97.57', '优', '优秀', '优'],
      ['guangzhou-panyu-2021-department', null, '良', '良好', null],
      ['jiangmen-2024-department', '98.35', '优', '优', '优'],
      ['shenzhen-pingshan-2021-project', '98', '优', '优', '优'],
    ]);
    expect(p.axisMin).toBe(50);
    expect(p.rows.some((r) => r.gradeMismatch)).toBe(false);
  });

  it('widens the axis to 0 when a score is below 50', () => {
    expect(prepareScores([makeReport({ figures: fig({ self_score: '42' }) })], [dept()]).axisMin).toBe(0);
  });

  it('flags a stated grade that disagrees with the band of the score', () => {
    const p = prepareScores([makeReport({ figures: fig({ self_score: '85' }), grade: graded('优') })], [dept()]);
    expect(p.rows[0]).toMatchObject({ score: '85', grade: '优', scoreBand: '良', gradeMismatch: true });
  });

  it('gives null score and grade for a report with neither', () => {
    expect(prepareScores([makeReport()], [dept()]).rows[0]).toMatchObject({ score: null, grade: null, scoreBand: null, gradeMismatch: false });
  });
});

describe('scoreChart', () => {
  const prepared = prepareScores(site.reports, site.departments);

  it('draws the real reports (zh) as in the snapshot', async () => {
    const out = scoreChart(prepared, SIZE, 'zh');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/scores.zh.svg');
  });

  it('draws the real reports (en) as in the snapshot', async () => {
    const out = scoreChart(prepared, SIZE, 'en');
    checkChart(out);
    await expect(out.svg).toMatchFileSnapshot('__snapshots__/scores.en.svg');
  });

  it('shows Panyu as "grade only, no score" text, not a dot', () => {
    for (const [lang, text] of [['zh', '良好（仅有等级，未报告分数）'], ['en', 'Good: grade only, no score']] as const) {
      const out = scoreChart(prepared, SIZE, lang);
      const svg = checkChart(out);
      expect(svg.querySelectorAll('circle')).toHaveLength(4);
      expect(missingMarks(svg)).toEqual([text]);
      expect(svg.querySelector('.chart-row-missing circle')).toBeNull();
      expect(out.description).toContain(text);
    }
    expect(scoreChart(prepared, SIZE, 'zh').table.rows[2]).toEqual(['番禺区投促中心 2021', '未报告', '良好']);
  });

  it('shades the four grade bands on a 0–100 axis, three on 50–100', () => {
    expect(checkChart(scoreChart(prepared, SIZE, 'zh')).querySelectorAll('.chart-band')).toHaveLength(4);
    const low = prepareScores([makeReport({ figures: fig({ self_score: '42' }), grade: graded('差') })], [dept()]);
    const svg = checkChart(scoreChart(low, SIZE, 'zh'));
    expect(svg.querySelectorAll('.chart-band rect')).toHaveLength(4);
    expect(svg.querySelectorAll('.chart-band text').map((t) => t.text)).toEqual(['差', '< 60', '中', '60–79', '良', '80–89', '优', '≥ 90']);
  });

  it('places a dot where the score is: 91.35 is between the 90 and 100 ticks', () => {
    const svg = checkChart(scoreChart(prepared, SIZE, 'zh'));
    const tick = (label: string) => Number(svg.querySelectorAll('.chart-axis-x text').find((t) => t.text === label)?.getAttribute('x'));
    const cx = Number(svg.querySelector('circle')?.getAttribute('cx'));
    expect(cx).toBeCloseTo(tick('90') + (tick('100') - tick('90')) * 0.135, 1);
  });

  it('labels a report with neither score nor grade 未报告', () => {
    const out = scoreChart(prepareScores([makeReport()], [dept()]), SIZE, 'zh');
    expect(missingMarks(checkChart(out))).toEqual(['未报告']);
    expect(out.table.rows[0]).toEqual(['测试区投促局 2021', '未报告', '未报告']);
  });

  it('notes a grade that disagrees with its score', () => {
    const p = prepareScores([makeReport({ figures: fig({ self_score: '85' }), grade: graded('优') })], [dept()]);
    const out = scoreChart(p, SIZE, 'zh');
    checkChart(out);
    expect(out.svg).toContain('自评等级与分数所在区间不一致');
    expect(out.table.rows[0]?.[2]).toBe('优（自评等级与分数所在区间不一致）');
  });

  it('keeps hostile names as text', () => {
    const p = prepareScores([makeReport({ figures: fig({ self_score: '90' }), grade: graded('优', HOSTILE.attr) })], [dept({ short_name_zh: HOSTILE.script })]);
    const out = scoreChart(p, SIZE, 'zh');
    const svg = checkChart(out);
    expect(svg.querySelector('.chart-row text')?.text).toBe(`${HOSTILE.script} 2021`);
  });
});
