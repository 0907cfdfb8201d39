import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { compareColumn } from '../../src/lib/compare/model.ts';
import { multipleChart, prepareMultiples, type SvgNode } from '../../src/lib/compare/multiples.ts';

const data = buildSiteData('data');
const columns = data.departments.map((d) => compareColumn(d, data.reports.filter((r) => r.department_id === d.id)));
const prepared = prepareMultiples(columns, 'zh');

const find = (n: SvgNode, pred: (x: SvgNode) => boolean): SvgNode[] => [...(pred(n) ? [n] : []), ...n.children.flatMap((c) => (typeof c === 'string' ? [] : find(c, pred)))];
const textOf = (n: SvgNode): string => n.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
const group = (svg: SvgNode, cls: string) => find(svg, (x) => x.attrs.class === cls)[0]!;

describe('comparison small multiples', () => {
  it('share one scale: the largest amount of the columns shown (Liwan’s final budget, 11,206.52)', () => {
    expect(prepared.max).toBe(11206.52);
    expect(prepareMultiples(columns.filter((c) => c.department.id !== 'guangzhou-liwan'), 'zh').max).toBe(9904.52); // Panyu's budget
  });

  it('bars of equal amounts have equal widths across departments (one scale)', () => {
    const width = (id: string, cls: string) => {
      const d = prepared.data.find((x) => x.id === id)!;
      return Number(find(group(multipleChart(d, prepared.max, 'zh').svg, cls), (x) => x.tag === 'rect')[0]!.attrs.width);
    };
    expect(width('guangzhou-liwan', 'bar-budget') / width('guangzhou-baiyun', 'bar-budget')).toBeCloseTo(11206.52 / 4652.48, 2);
  });

  it('labels a missing budget as not reported, never a zero bar', () => {
    const jiangmen = prepared.data.find((x) => x.id === 'jiangmen')!;
    const budget = group(multipleChart(jiangmen, prepared.max, 'zh').svg, 'bar-budget');
    expect(find(budget, (x) => x.tag === 'rect')).toEqual([]);
    expect(textOf(budget)).toContain('未报告');
  });

  it('has a viewBox, a title and a description, and no style or event attribute', () => {
    const { svg } = multipleChart(prepared.data[0]!, prepared.max, 'en');
    expect(svg.attrs.viewBox).toBe('0 0 320 84');
    expect(textOf(find(svg, (x) => x.tag === 'title')[0]!)).toContain('budget and spending');
    expect(find(svg, (x) => Object.keys(x.attrs).some((k) => k === 'style' || k.startsWith('on')))).toEqual([]);
  });
});
