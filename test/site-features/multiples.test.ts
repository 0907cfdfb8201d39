import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { compareColumns } from '../../src/lib/compare/model.ts';
import { multipleChart, prepareMultiples } from '../../src/lib/compare/multiples.ts';
import { extremes } from '../../src/lib/compare/extremes.ts';

const data = buildSiteData('data');
const prepared = prepareMultiples(compareColumns(data, data.departments.map((d) => d.id)));

describe('comparison small multiples', () => {
  it('share one scale: the largest amount of any department', () => {
    expect(prepared.max).toBe(11206.52);
  });

  it('bars of equal amounts have equal widths across departments (one scale)', () => {
    const width = (id: string, cls: string) => {
      const d = prepared.data.find((x) => x.departmentId === id)!;
      return Number(parse(multipleChart(d, prepared.max, 'zh').svg).querySelector(`.${cls} rect`)?.getAttribute('width'));
    };
    expect(width('guangzhou-liwan', 'bar-budget')).toBeGreaterThan(width('guangzhou-baiyun', 'bar-budget'));
    expect(width('guangzhou-liwan', 'bar-budget') / width('guangzhou-baiyun', 'bar-budget')).toBeCloseTo(11206.52 / 4652.48, 1);
  });

  it('labels a missing budget as not reported, never a zero bar', () => {
    const jiangmen = prepared.data.find((x) => x.departmentId === 'jiangmen')!;
    const svg = parse(multipleChart(jiangmen, prepared.max, 'zh').svg);
    expect(svg.querySelector('.bar-budget rect')).toBeNull();
    expect(svg.querySelector('.bar-budget')?.textContent).toContain('未报告');
  });

  it('has a viewBox, a title and a description, and no style attribute', () => {
    const svg = multipleChart(prepared.data[0]!, prepared.max, 'en').svg;
    expect(svg).toMatch(/viewBox="0 0 320 84"/u);
    expect(svg).not.toMatch(/\sstyle=/u);
    expect(parse(svg).querySelector('title')?.textContent).toContain('budget and spending');
  });
});

describe('extremes', () => {
  it('marks highest and lowest, ties together, nothing when fewer than two values', () => {
    expect(extremes([3, null, 1, 3])).toEqual({ max: [0, 3], min: [2] });
    expect(extremes([5, null])).toEqual({ max: [], min: [] });
    expect(extremes([2, 2])).toEqual({ max: [], min: [] });
  });
});
