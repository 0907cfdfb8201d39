import { describe, expect, it } from 'vitest';
import { prepareSpendingComposition, spendingCompositionChart } from '../../src/lib/charts/index.ts';
import { checkChart, fig, HOSTILE, makeReport, missingMarks, realReport, site, zeroRects } from './helpers.ts';

const SIZE = { width: 560, height: 240 };
const prep = (id: string) => prepareSpendingComposition(realReport(id), site.departments);

describe('prepareSpendingComposition', () => {
  it('splits Jiangmen 2024: basic 473.63 + project 447.31 of 920.94; personnel 443.50 + public 30.13 of basic', () => {
    const p = prep('jiangmen-2024-department');
    expect(p.spending).toEqual({
      value: '920.94', basis: 'printed',
      parts: [{ key: 'basic', value: '473.63', share: '51.43' }, { key: 'project', value: '447.31', share: '48.57' }],
    });
    expect(p.basic).toEqual({
      value: '473.63', basis: 'printed',
      parts: [{ key: 'personnel', value: '443.50', share: '93.64' }, { key: 'public', value: '30.13', share: '6.36' }],
    });
    expect(p.hasParts).toBe(true);
  });

  it('leaves the personnel/public split of Liwan null, and has no parts at all for Baiyun', () => {
    const liwan = prep('guangzhou-liwan-2022-department');
    expect(liwan.spending.parts.map((x) => x.share)).toEqual(['12.78', '87.22']);
    expect(liwan.basic.parts.map((x) => [x.value, x.share])).toEqual([[null, null], [null, null]]);
    const baiyun = prep('guangzhou-baiyun-2021-department');
    expect(baiyun.hasParts).toBe(false);
    expect(baiyun.spending.value).toBe('4468.73');
  });

  it('sums the parts when the total is not printed, and says so', () => {
    const p = prepareSpendingComposition(makeReport({ figures: fig({ basic_spent_wan: '10.5', project_spent_wan: '30' }) }));
    expect(p.spending).toMatchObject({ value: '40.5', basis: 'sum' });
    expect(p.spending.parts.map((x) => x.share)).toEqual(['25.93', '74.07']);
  });

  it('gives no share when the whole is unknown', () => {
    const p = prepareSpendingComposition(makeReport({ figures: fig({ project_spent_wan: '30' }) }));
    expect(p.spending).toMatchObject({ value: null, basis: null });
    expect(p.spending.parts[1]).toEqual({ key: 'project', value: '30', share: null });
  });
});

describe('spendingCompositionChart', () => {
  it('draws Jiangmen (zh, en) and Liwan (zh) as in the snapshots', async () => {
    for (const [id, name, lang] of [['jiangmen-2024-department', 'jiangmen', 'zh'], ['jiangmen-2024-department', 'jiangmen', 'en'], ['guangzhou-liwan-2022-department', 'liwan', 'zh']] as const) {
      const out = spendingCompositionChart(prep(id), SIZE, lang);
      checkChart(out);
      await expect(out.svg).toMatchFileSnapshot(`__snapshots__/spending-composition.${name}.${lang}.svg`);
    }
  });

  it('stacks the parts end to end on one scale', () => {
    const svg = checkChart(spendingCompositionChart(prep('jiangmen-2024-department'), SIZE, 'zh'));
    const basic = svg.querySelector('.chart-part-basic');
    const project = svg.querySelector('.chart-part-project');
    const personnel = svg.querySelector('.chart-part-personnel');
    const pub = svg.querySelector('.chart-part-public');
    const end = (r: typeof basic) => Number(r?.getAttribute('x')) + Number(r?.getAttribute('width'));
    expect(Number(project?.getAttribute('x'))).toBeCloseTo(end(basic), 1);
    // Personnel + public make up basic spending: the second bar ends where basic ends.
    expect(end(pub)).toBeCloseTo(end(basic), 0);
    expect(Number(personnel?.getAttribute('width'))).toBeGreaterThan(Number(pub?.getAttribute('width')) * 10);
    expect(project?.getAttribute('fill')).toMatch(/^url\(#spending-composition-jiangmen-2024-department-zh-project\)$/u);
    expect(svg.text).toContain('人员经费 443.50 万元 · 93.64%');
  });

  it('labels the missing personnel/public split of Liwan 未报告 instead of drawing it', () => {
    const out = spendingCompositionChart(prep('guangzhou-liwan-2022-department'), SIZE, 'zh');
    const svg = checkChart(out);
    expect(missingMarks(svg)).toEqual(['人员经费、公用经费未报告']);
    expect(svg.querySelector('.chart-part-personnel')).toBeNull();
    expect(zeroRects(svg)).toEqual([]);
    expect(out.table.rows.slice(3)).toEqual([['人员经费', '未报告', '未报告'], ['公用经费', '未报告', '未报告']]);
  });

  it('names a single missing part under its bar', () => {
    const d = prepareSpendingComposition(makeReport({ figures: fig({ spent_wan: '100', basic_spent_wan: '40' }) }));
    const svg = checkChart(spendingCompositionChart(d, SIZE, 'en'));
    expect(missingMarks(svg)).toEqual(['Project spending not reported', 'Personnel costs and public costs not reported']);
    expect(svg.querySelectorAll('.chart-part')).toHaveLength(1);
  });

  it('says so when a report splits nothing (Baiyun)', () => {
    const out = spendingCompositionChart(prep('guangzhou-baiyun-2021-department'), SIZE, 'zh');
    const svg = checkChart(out);
    expect(svg.querySelectorAll('g.chart-whole rect')).toHaveLength(0);
    expect(missingMarks(svg)).toEqual(['基本支出、项目支出未报告', '人员经费、公用经费未报告']);
    expect(out.description).toContain('报告未分项列示支出');
  });

  it('keeps a hostile department name as text', () => {
    const d = prepareSpendingComposition(makeReport({ department_id: HOSTILE.attr, figures: fig({ spent_wan: '1' }) }));
    const out = spendingCompositionChart(d, SIZE, 'en');
    expect(checkChart(out).querySelector('title')?.text).toBe(`${HOSTILE.attr} 2021: spending by kind`);
  });
});
