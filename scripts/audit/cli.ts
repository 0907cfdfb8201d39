/**
 * npm run audit — Lighthouse (from npm) with Debian's Chromium on the overview, a department
 * page, a report page and the search page, mobile settings. Serves the built site (dist/, or
 * --dir) on 127.0.0.1 and writes the category scores to audit/results/latest.json and a dated
 * copy. Targets: 100 for accessibility, best practices and SEO; ≥ 95 for performance.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.ts';
import { serveSite } from '../serve/server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const PAGES = ['', 'departments/guangzhou-baiyun/', 'reports/guangzhou-baiyun-2021-department/', 'search/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serveSite(values.dir);
const { origin } = server;

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const results: Record<string, Record<string, number | null>> = {};
let missed = 0;
try {
  for (const path of PAGES) {
    const run = await lighthouse(`${origin}/${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = run?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for /${path}`);
    results[`/${path}`] = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]));
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    console.log(`/${path}`.padEnd(48), CATEGORIES.map((c) => `${c} ${results[`/${path}`]![c]}`).join('  '), failing.length ? `(failing: ${failing.join(', ')})` : '');
    for (const c of CATEGORIES) if ((results[`/${path}`]![c] ?? 0) < TARGET[c]) missed++;
  }
} finally {
  chrome.kill();
  await server.close();
}

const out = { lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version, form_factor: 'mobile', targets: TARGET, pages: results };
mkdirSync('audit/results', { recursive: true });
const json = `${JSON.stringify(out, null, 2)}\n`;
writeFileSync('audit/results/latest.json', json);
writeFileSync(`audit/results/${new Date().toISOString().slice(0, 10)}.json`, json);
console.log(missed === 0 ? 'audit: every target met' : `audit: ${missed} category score(s) below target`);
