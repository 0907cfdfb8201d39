import { describe, expect, it } from 'vitest';
import { allReports, budgetLinesOf, getDepartment, getReport, indicatorsOf, outcomesOf, provenanceOf, siteData } from '../../src/lib/site/data.ts';
import { keyFigures, median } from '../../src/lib/site/overview.ts';
import { caveats, citedLines, executionRateAgrees, headlineFigures, indicatorGroups, otherFigures, scoringTable } from '../../src/lib/site/report-view.ts';
import { dutiesByReport, staffFigures } from '../../src/lib/site/department-view.ts';
import { splitLines } from '../../src/lib/site/source-text.ts';
import { t } from '../../src/lib/site/i18n.ts';
import type { Report } from '../../src/lib/data/model.ts';

describe('keyFigures', () => {
  // The printed figures of the five reports (data/sources/*.txt), worked by hand:
  // 2021 department-wide: Baiyun spent 4,468.73, rate 96.05 %, score 91.35; Panyu 9,825.88, 99.21 %, no score.
  // 2021 project: Pingshan 1,372.97, 99.80 %, 98. 2022: Liwan 8,778.17, 78.33 %, 97.57. 2024: Jiangmen 920.94, no rate (no budget), 98.35.
  const kf = keyFigures(siteData.reports, siteData.departments.length);
  const group = (year: number, kind: Report['kind']) => kf.byYearKind.find((g) => g.year === year && g.kind === kind)!;

  it('never sums across years or kinds: one group per fiscal year and kind, newest first', () => {
    expect(kf.byYearKind.map((g) => `${g.year} ${g.kind} ${g.reports}`)).toEqual(['2024 department 1', '2022 department 1', '2021 department 2', '2021 project 1']);
    expect(Object.keys(kf)).not.toContain('spentTotal');
  });
  it('per group: spending summed within it, medians of spending, rate and score over the reports that state them', () => {
    expect(group(2021, 'department')).toMatchObject({
      spentTotal: '14294.61', // 4,468.73 + 9,825.88
      spent: { n: 2, median: '7147.305' }, // their mean, exactly
      rate: { n: 2, median: '97.63' }, // (96.05 + 99.21) / 2
      score: { n: 1, median: '91.35' }, // Panyu states no score: left out, not 0
    });
    expect(group(2021, 'project')).toMatchObject({ spentTotal: '1372.97', rate: { n: 1, median: '99.80' } });
    expect(group(2024, 'department')).toMatchObject({ rate: { n: 0, median: null }, score: { n: 1, median: '98.35' } });
  });
  it('the median self-score of department-wide reports: of 91.35, 97.57 and 98.35 (Panyu states none; Pingshan is a project)', () => {
    expect(kf.departmentScore).toEqual({ n: 3, median: '97.57' });
  });
  it('median is exact: of 0.1 and 0.2 it is 0.15; of one value, that value', () => {
    expect(median(['0.2', '0.1'])).toBe('0.15');
    expect(median(['5278.33'])).toBe('5278.33');
    expect(median([])).toBeNull();
  });
});

describe('report view', () => {
  it('headline figures are the six fixed ones, null where not stated', () => {
    const jiangmen = getReport('jiangmen-2024-department');
    const h = headlineFigures(jiangmen);
    expect(h.map((f) => f.field)).toEqual(['budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score']);
    expect(h.find((f) => f.field === 'budget_final_wan')?.value).toBeNull();
    expect(h.find((f) => f.field === 'spent_wan')?.value?.value).toBe('920.94');
  });
  it('other figures are the stated rest', () => {
    const panyu = getReport('guangzhou-panyu-2021-department');
    const fields = otherFigures(panyu).map((f) => f.field);
    expect(fields).toContain('staff_actual');
    expect(fields).not.toContain('spent_wan');
    expect(otherFigures(panyu).every((f) => f.value !== null)).toBe(true);
  });
  it('execution rate: printed and computed compared exactly', () => {
    expect(executionRateAgrees(getReport('guangzhou-baiyun-2021-department'))).toBe(true);
    expect(executionRateAgrees(getReport('jiangmen-2024-department'))).toBeNull();
  });
  it('indicators are grouped by task (Baiyun) or level 1 (Jiangmen); scoring rows kept apart (Pingshan)', () => {
    const baiyun = indicatorGroups(indicatorsOf('guangzhou-baiyun-2021-department'));
    expect(baiyun.map((g) => g.rows.length)).toEqual([6, 6, 10, 5]);
    const jiangmen = indicatorGroups(indicatorsOf('jiangmen-2024-department'));
    expect(jiangmen.map((g) => g.name)).toEqual(['产指', '效指标', '满意']);
    const pingshan = indicatorsOf('shenzhen-pingshan-2021-project');
    expect(indicatorGroups(pingshan).flatMap((g) => g.rows)).toHaveLength(getReport('shenzhen-pingshan-2021-project').indicator_count);
    const scoring = scoringTable(pingshan);
    expect(scoring?.rows).toHaveLength(16);
    expect(scoring?.weightTotal).toBe('100');
    expect(scoring?.scoreTotal).toBe(getReport('shenzhen-pingshan-2021-project').figures.self_score?.value);
    expect(scoringTable(indicatorsOf('guangzhou-baiyun-2021-department'))).toBeNull();
  });
  it('caveats: project report, title year, illegible rows', () => {
    const kinds = (id: string) => {
      const r = getReport(id);
      return caveats(r, getDepartment(r.department_id), indicatorsOf(id)).map((c) => c.kind);
    };
    expect(kinds('shenzhen-pingshan-2021-project')).toEqual(['project']);
    expect(kinds('guangzhou-panyu-2021-department')).toEqual(['title-year']);
    expect(kinds('jiangmen-2024-department')).toEqual(['illegible']);
    expect(kinds('guangzhou-baiyun-2021-department')).toEqual([]);
  });
  it('cited lines, from what the source page passes, include the line of every traced value', () => {
    let traced = 0;
    for (const r of allReports()) {
      // Exactly the arguments SourcePage.astro passes: no provenance rows.
      const lines = new Set(citedLines(r, indicatorsOf(r.id), budgetLinesOf(r.id), outcomesOf(r.id)));
      for (const p of provenanceOf(r.id)) {
        expect(lines.has(p.line), `${r.id} ${p.field} line ${p.line}`).toBe(true);
        traced++;
      }
      for (const f of Object.values(r.figures)) if (f) expect(lines.has(f.line)).toBe(true);
    }
    expect(traced).toBe(siteData.provenance.length);
    expect(traced).toBeGreaterThan(100);
  });
});

describe('department view', () => {
  it('staff figures come from the reports that state them', () => {
    const s = staffFigures(allReports().filter((r) => r.department_id === 'guangzhou-panyu'));
    expect(s).toHaveLength(1);
    expect(s[0]?.figures.map((f) => f.field)).toEqual(['staff_authorized', 'staff_actual', 'staff_retired', 'staff_other']);
    expect(staffFigures(allReports().filter((r) => r.department_id === 'jiangmen'))).toEqual([]);
  });
  it('duties skip reports that list none', () => {
    expect(dutiesByReport(allReports().filter((r) => r.department_id === 'shenzhen-pingshan'))).toEqual([]);
  });
});

describe('source text lines', () => {
  it('a final newline does not add an empty line', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });
});

describe('i18n', () => {
  it('English interface strings contain no Chinese except the language switch and grade labels', () => {
    const en = t('en');
    const cjk = /[\u4e00-\u9fff]/u;
    for (const [key, value] of Object.entries(en)) {
      if (typeof value === 'string' && !['switchLanguage', 'switchLanguageLabel'].includes(key)) expect(cjk.test(value), key).toBe(false);
    }
    for (const v of Object.values(en.figure)) expect(cjk.test(v)).toBe(false);
  });
  it('both languages have the same keys', () => {
    expect(Object.keys(t('en')).sort()).toEqual(Object.keys(t('zh')).sort());
    expect(Object.keys(t('en').figure).sort()).toEqual(Object.keys(t('zh').figure).sort());
  });
});
