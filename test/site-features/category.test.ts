import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { classify } from '../../src/lib/indicators/category.ts';

const data = buildSiteData('data');
const of = (reportId: string) => data.indicators.filter((i) => i.report_id === reportId);

describe('classify', () => {
  it('takes a legible printed label as it is, not inferred', () => {
    expect(classify({ level1: '效益指标', level2: '经济效益指标', name: '任意', weight: null })).toEqual({ category: '效益', subcategory: '经济效益', inferred: false });
  });
  it('reads an OCR-damaged label (`质指标`) but marks it inferred', () => {
    expect(classify({ level1: '产指', level2: '质指标', name: '任意', weight: null })).toEqual({ category: '产出', subcategory: '质量', inferred: true });
  });
  it('infers from the wording when no label is printed', () => {
    expect(classify({ level1: null, level2: null, name: '企业服务满意度', weight: null })).toEqual({ category: '满意度', subcategory: '满意度', inferred: true });
    expect(classify({ level1: null, level2: null, name: '按期完成率', weight: null })).toMatchObject({ subcategory: '时效', inferred: true });
  });
  it('puts scoring-table rows in their own category', () => {
    expect(classify({ level1: '项目决策', level2: '项目立项', name: '立项依据充分性', weight: '5' }).category).toBe('评分项');
  });
  it("agrees with Jiangmen's own count: 12 output, 3 effect and 1 satisfaction indicators", () => {
    const counts: Record<string, number> = {};
    for (const i of of('jiangmen-2024-department')) counts[classify(i).category] = (counts[classify(i).category] ?? 0) + 1;
    expect(counts).toEqual({ 产出: 12, 效益: 3, 满意度: 1 });
  });
  it('finds a satisfaction indicator in every report that has one', () => {
    const sat = data.indicators.filter((i) => classify(i).category === '满意度').map((i) => i.report_id);
    expect([...new Set(sat)].sort()).toEqual(['jiangmen-2024-department', 'shenzhen-pingshan-2021-project']);
  });
});
