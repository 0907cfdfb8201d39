/**
 * Shared test helpers for the chart library: the real site data, hand-made reports for edge
 * cases, hostile strings, and the checks every rendered SVG must pass.
 */
import { expect } from 'vitest';
import { parse, valid, type HTMLElement } from 'node-html-parser';
import type { Department, Report, SiteData } from '../../src/lib/data/model.ts';
import type { ChartOutput } from '../../src/lib/charts/index.ts';
import { readSiteData } from '../../src/lib/data/generated.ts';
import { dataLocations } from '../../src/lib/data/locations.ts';

/** The generated data of the real reports: this run's build of data/ (test/global-setup.ts). */
export const site: SiteData = readSiteData(dataLocations().generatedDir);

export function realReport(id: string): Report {
  const r = site.reports.find((x) => x.id === id);
  if (!r) throw new Error(`no report ${id} in site-data.json`);
  return r;
}

/** Strings that would break out of a text node or an attribute if not escaped. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  attr: '"><img src=x onerror=alert(1)>',
  mixed: `Tom & Jerry's "<b>bold</b>" \u0001`,
} as const;

export const dept = (over: Partial<Department> = {}): Department => ({
  id: 'test-dept', name_zh: '测试市投资促进局', name_en: 'Investment Promotion Bureau of Test District, Testcity',
  short_name_zh: '测试区投促局', admin_code: '000000', level: 'district', city_zh: '测试市', province_zh: '测试省', aliases: [],
  ...over,
});

type Figures = Report['figures'];
/** `fig({ spent_wan: '10' })` → traced figures with dummy quotes. */
export function fig(values: Partial<Record<keyof Figures, string>>): Figures {
  const out: Figures = {};
  for (const [k, v] of Object.entries(values)) out[k as keyof Figures] = { value: v, printed: v, quote: v, line: 1, note: null };
  return out;
}

/** A hand-made report; everything missing unless given. */
export function makeReport(over: Partial<Report> = {}): Report {
  return {
    id: 'test-dept-2021-department', department_id: 'test-dept', fiscal_year: 2021, title_year: 2021, kind: 'department',
    project_name: null, title: '测试报告', title_line: 1, filed_on: null, source_file: 'x.txt', source_sha256: '0',
    original_url: null, retrieved_on: null,
    figures: {}, grade: null, execution_rate_computed_pct: null, indicator_count: 0, indicators_met: 0, indicators_not_met: 0, indicators_not_assessed: 0,
    tasks: [], duties: [], problems: [], measures: [], restructuring: [], notes: [], checks: [],
    ...over,
  };
}

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
const ALLOWED_TAGS = ['title', 'desc', 'defs', 'pattern', 'g', 'rect', 'line', 'path', 'circle', 'text', 'tspan'];

/**
 * Everything every chart must satisfy: well-formed, scalable, named for assistive technology,
 * CSP-safe, deterministic-looking numbers. Returns the parsed <svg> for further checks.
 */
export function checkChart(out: ChartOutput): HTMLElement {
  const { svg } = out;
  expect(valid(svg), 'SVG parses with balanced tags').toBe(true);
  const root = parse(svg).querySelector('svg');
  expect(root).not.toBeNull();
  const el = root!;
  expect(el.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/u);
  expect(el.getAttribute('height')).toBeUndefined();
  expect([undefined, '100%']).toContain(el.getAttribute('width'));
  expect(el.getAttribute('role')).toBe('img');
  const [titleId, descId] = (el.getAttribute('aria-labelledby') ?? '').split(' ');
  const title = el.querySelector('title');
  const desc = el.querySelector('desc');
  expect(title?.getAttribute('id')).toBe(titleId);
  expect(desc?.getAttribute('id')).toBe(descId);
  expect(title?.text).toBe(out.title.replace(XML_FORBIDDEN, ''));
  expect(desc?.text).toBe(out.description.replace(XML_FORBIDDEN, ''));
  // CSP and injection: only the elements the library draws, no inline style, no handlers.
  expect(svg).not.toMatch(/<script|<img|<style|<foreignObject/iu);
  for (const node of el.querySelectorAll('*')) {
    expect(ALLOWED_TAGS).toContain(node.rawTagName);
    for (const name of Object.keys(node.attributes)) {
      expect(name.toLowerCase()).not.toBe('style');
      expect(name).not.toMatch(/^on/iu);
    }
  }
  expect(svg).not.toMatch(/NaN|undefined|Infinity|\[object/u);
  // Coordinates are rounded to at most 2 decimals.
  expect(svg).not.toMatch(/\d\.\d{3,}/u);
  // Ids are unique and every url(#…) points at one of them.
  const ids = [el.getAttribute('id'), ...el.querySelectorAll('[id]').map((n) => n.getAttribute('id'))];
  expect(ids.every((id) => id && /^[a-z][a-z0-9-]*$/u.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of svg.matchAll(/url\(#([^)]+)\)/gu)) expect(ids).toContain(m[1]);
  // Table: rectangular, as many cells as columns.
  for (const row of out.table.rows) expect(row).toHaveLength(out.table.columns.length);
  return el;
}

/** Texts of the "not reported" marks drawn in the SVG. */
export function missingMarks(svg: HTMLElement): string[] {
  return svg.querySelectorAll('text.chart-missing').map((t) => t.text);
}

/** Bars of zero width or height: a missing value drawn as 0 would show up here. */
export function zeroRects(svg: HTMLElement): HTMLElement[] {
  return svg.querySelectorAll('rect').filter((r) => r.getAttribute('width') === '0' || r.getAttribute('height') === '0');
}
