/**
 * Every chart for every real report, in both languages and at a phone and a desktop size:
 * all must pass the common SVG checks, and their ids must not collide when they share a page.
 */
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/lib/charts/index.ts';
import type { ChartOutput, ChartSize, Lang } from '../../src/lib/charts/index.ts';
import { checkChart, site } from './helpers.ts';

const SIZES: ChartSize[] = [{ width: 320, height: 260 }, { width: 800, height: 480 }];
const LANGS: Lang[] = ['zh', 'en'];

function everyChart(size: ChartSize, lang: Lang): ChartOutput[] {
  const { reports, departments, budgetLines } = site;
  return [
    charts.executionRateChart(charts.prepareExecutionRates(reports, departments), size, lang),
    charts.scoreChart(charts.prepareScores(reports, departments), size, lang),
    charts.budgetVsRateChart(charts.prepareBudgetVsRate(reports, departments), size, lang),
    ...reports.flatMap((r) => [
      charts.budgetExecutionChart(charts.prepareBudgetExecution(r, departments), size, lang),
      charts.spendingCompositionChart(charts.prepareSpendingComposition(r, departments), size, lang),
      charts.budgetLinesChart(charts.prepareBudgetLines(r, budgetLines, departments), size, lang),
    ]),
    ...departments.map((d) => charts.trendChart(charts.prepareTrend(reports.filter((r) => r.department_id === d.id), departments), size, lang)),
  ];
}

describe('all charts on the real data', () => {
  for (const size of SIZES) {
    for (const lang of LANGS) {
      it(`pass the SVG checks at ${size.width}×${size.height} (${lang})`, () => {
        const outs = everyChart(size, lang);
        expect(outs).toHaveLength(3 + site.reports.length * 3 + site.departments.length);
        for (const out of outs) {
          checkChart(out);
          // Nothing is drawn outside the viewBox horizontally (a label pushed off the edge).
          for (const m of out.svg.matchAll(/\sx="(-?[\d.]+)"/gu)) {
            expect(Number(m[1])).toBeGreaterThanOrEqual(0);
            expect(Number(m[1])).toBeLessThanOrEqual(size.width);
          }
        }
      });
    }
  }

  it('have ids that stay unique when every chart of both languages is on one page', () => {
    const ids = LANGS.flatMap((lang) => everyChart(SIZES[1]!, lang)).flatMap((o) => [...o.svg.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are deterministic: rendering twice gives the same bytes', () => {
    expect(everyChart(SIZES[0]!, 'zh').map((o) => o.svg)).toEqual(everyChart(SIZES[0]!, 'zh').map((o) => o.svg));
  });

  it('use Chinese text for zh and English text for en', () => {
    for (const out of everyChart(SIZES[1]!, 'en')) expect(out.title).toMatch(/[A-Za-z]/u);
    for (const out of everyChart(SIZES[1]!, 'zh')) expect(out.description).toMatch(/[\u4e00-\u9fff]/u);
    expect(everyChart(SIZES[1]!, 'en').map((o) => o.table.columns.join('|')).join('\n')).not.toMatch(/未报告/u);
  });
});
