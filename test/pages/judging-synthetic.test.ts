/**
 * The two-year features on built pages: a site built (npm run build, DATA_DIR) from a small
 * synthetic corpus whose departments report over three years. The department page's
 * year-over-year section and the report page's year-over-year signal are checked against the
 * corpus files (indicator names and printed targets and results), in both languages.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFoldersAtomically } from '../../src/lib/data/write.ts';
import { corpusFiles, synthCorpus } from '../../scripts/synth/index.ts';
import type { SynthReport } from '../../scripts/synth/report.ts';
import type { Lang } from '../../src/lib/site/i18n.ts';
import { BuiltSite, ROOT, one, text } from './helpers.ts';
import { outputDir } from '../workspace.ts';

const WORK = outputDir('pages-judging-synth');
const corpus = synthCorpus({ departments: 6, years: 3, seed: 13 });
let site: BuiltSite;

beforeAll(() => {
  writeFoldersAtomically(new Map([[join(WORK, 'corpus'), corpusFiles(corpus)]]));
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k) && !k.startsWith('VITEST') && !k.startsWith('VITE_')),
  );
  Object.assign(env, { DATA_DIR: join(WORK, 'corpus'), DATA_WORK_DIR: join(WORK, 'data'), BASE_PATH: '/' });
  execFileSync('npm', ['run', 'build', '--', '--outDir', join(WORK, 'site')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  site = new BuiltSite(join(WORK, 'site'), '/');
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const prefix = (lang: Lang) => (lang === 'en' ? 'en/' : '');
const deptReports = corpus.reports.filter((r) => r.source.kind === 'department');
const byYear = new Map(deptReports.map((r) => [`${r.source.department_id}:${r.source.fiscal_year}`, r]));
const names = (r: SynthReport) => r.indicators.filter((i) => i.weight === '').map((i) => i.name);
/** Consecutive department-wide reports of one department, from the corpus. */
const pairs = deptReports.flatMap((r) => {
  const before = byYear.get(`${r.source.department_id}:${Number(r.source.fiscal_year) - 1}`);
  return before ? [{ previous: before, current: r }] : [];
});

describe.each(['zh', 'en'] as Lang[])('two years of a department, built (%s)', (lang) => {
  it('the corpus has departments with consecutive years', () => {
    expect(pairs.length).toBeGreaterThan(5);
  });

  it('a department page sets its years side by side and lists the indicators both years name', () => {
    for (const { previous, current } of pairs) {
      const root = site.page(`${prefix(lang)}departments/${current.source.department_id}/`);
      const section = one(root, '[data-testid=years]');
      expect(section.querySelector('[data-testid=years-needs-two]')).toBeNull();
      const figures = one(section, '[data-series=department] [data-testid=years-figures]');
      expect(figures.querySelectorAll(`tr[data-report="${previous.source.id}"], tr[data-report="${current.source.id}"]`)).toHaveLength(2);
      const pair = section.querySelector(`[data-pair="${previous.source.fiscal_year}-${current.source.fiscal_year}"]`);
      expect(pair, `${previous.source.id} → ${current.source.id}`).not.toBeNull();
      const both = names(current).filter((n) => names(previous).includes(n));
      const rows = pair!.querySelectorAll('[data-testid=years-matched] tbody tr');
      expect(rows.map((tr) => text(tr.querySelector('th'))).sort()).toEqual([...both].sort());
    }
  });

  it('a report with the previous year\'s report runs the year-over-year rule: a signal or what it found, never "needs an earlier report"', () => {
    for (const { current } of pairs) {
      const panel = one(site.page(`${prefix(lang)}reports/${current.source.id}/`), '[data-testid=signal-panel]');
      const signal = panel.querySelector('li[data-signal=target_not_above_last_result]');
      const clear = panel.querySelector('[data-testid=signals-clear] li[data-rule=target_not_above_last_result]');
      expect(signal !== null || clear !== null, current.source.id).toBe(true);
      expect(text(panel)).not.toContain(lang === 'zh' ? '需要更早的报告' : 'Needs an earlier report');
    }
    const firsts = deptReports.filter((r) => !byYear.has(`${r.source.department_id}:${Number(r.source.fiscal_year) - 1}`));
    for (const r of firsts) {
      const panel = one(site.page(`${prefix(lang)}reports/${r.source.id}/`), '[data-testid=signal-panel]');
      expect(text(one(panel, '[data-testid=signals-unavailable] li[data-rule=target_not_above_last_result]'))).toContain(lang === 'zh' ? '需要更早的报告' : 'Needs an earlier report');
    }
  });

  it('some pages show a target at or below last year\'s result', () => {
    const marked = pairs.flatMap(({ current }) => site.page(`${prefix(lang)}departments/${current.source.department_id}/`).querySelectorAll('tr[data-not-above=true]'));
    expect(marked.length).toBeGreaterThan(0);
  });
});
