/**
 * npm run bench -- --reports N [--seed S] [--years Y] [--no-pagefind] [--no-browser]
 *
 * Builds a synthetic corpus of N reports (scripts/synth/cli.ts), builds the data and the site
 * from it exactly as `DATA_DIR=<corpus> npm run build` does (in bench/work/, never touching
 * data/, src/generated/ or public/), measures time and peak memory of both steps, the search
 * payload, page weights, search latency and relevance in Chromium, and the same site indexed
 * by Pagefind. Writes bench/results/latest.json and a dated copy, and prints a table.
 * See docs/benchmark.md.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { synthCorpus, writeCorpus } from '../synth/index.ts';
import { readSiteData } from '../../src/lib/data/generated.ts';
import { measure } from './process-tree.ts';
import { countPages, pageWeight, pagesUnder, summarise, type PageWeight } from './weights.ts';
import { benchQueries, textQueries, TEXT_KINDS, type BenchQuery, type ReportTexts } from './queries.ts';
import { pinyinForms } from '../../src/lib/search/build-index.ts';
import { measureColdQueries, measureColdStart, measureOwnSearch, measurePagefind, percentile } from './browser.ts';
import { launchChromium } from '../chromium.ts';
import { serveSite } from '../serve/server.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '15000' },
    years: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'no-pagefind': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(values.reports);
const seed = Number(values.seed);
const years = Number(values.years);
if (!Number.isInteger(N) || N < 1) throw new Error(`--reports must be a positive whole number, got ${values.reports}`);

const ROOT = process.cwd();
const WORK = resolve('bench/work');
const corpusDir = join(WORK, `corpus-${N}`);
const buildDir = join(WORK, `build-${N}`);
const siteDir = join(WORK, `site-${N}`);
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
// The project's pinned Node first on PATH, as npm scripts have it.
const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ...extra });
const log = (s: string) => console.error(`bench: ${s}`);
const round = (x: number, dp = 1) => Math.round(x * 10 ** dp) / 10 ** dp;

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });

  // 1. The corpus.
  log(`synthesising ${N} reports (seed ${seed}, ${years} years)`);
  const synthStart = performance.now();
  const corpus = synthCorpus({ reports: N, years, seed });
  writeCorpus(corpusDir, corpus, { reports: N, years, seed });
  const synthS = (performance.now() - synthStart) / 1000;

  // 2. The data build and the site build, as `DATA_DIR=<corpus> npm run build` runs them.
  const buildEnv = env({ DATA_DIR: corpusDir, DATA_WORK_DIR: buildDir, BASE_PATH: '/', SITE: 'https://example.org' });
  log('building the data');
  const data = await measure(bin('tsx'), ['scripts/build-data.ts'], { env: buildEnv });
  if (data.code !== 0) throw new Error(`build-data failed:\n${data.output.slice(-3000)}`);
  rmSync(siteDir, { recursive: true, force: true });
  log('building the site');
  const site = await measure(bin('astro'), ['build', '--outDir', siteDir], { env: buildEnv });
  if (site.code !== 0) throw new Error(`astro build failed:\n${site.output.slice(-3000)}`);
  const siteData = readSiteData(join(buildDir, 'generated'));

  // 3. Sizes.
  const pages = countPages(siteDir);
  const searchFiles = readdirSync(join(siteDir, 'search')).filter((f) => f.endsWith('.json')).map((f) => join(siteDir, 'search', f));
  const searchIndexBytes = searchFiles.reduce((n, f) => n + statSync(f).size, 0);
  const searchIndexGz = searchFiles.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const sample = (list: string[], n: number) => (list.length <= n ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!));
  const weigh = (paths: string[]) => summarise(paths.map((p) => pageWeight(siteDir, p)));
  const weights = {
    overview: weigh(['']),
    department: weigh(sample(pagesUnder(siteDir, 'departments'), 1000)),
    report: weigh(sample(pagesUnder(siteDir, 'reports').filter((p) => !p.startsWith('reports/page')), 2000)),
    source: weigh(sample(pagesUnder(siteDir, 'sources'), 1000)),
    search: weigh(['search/']),
    report_list: weigh(pagesUnder(join(siteDir, 'reports'), 'page').map((p) => `reports/${p}`).slice(0, 1)),
    indicators: weigh(['indicators/']),
    compare: weigh(['compare/']),
    coverage: weigh(['coverage/']),
    coverage_page: weigh(sample(pagesUnder(siteDir, 'coverage/page'), 50)),
  };

  // 4. Pagefind on the same site.
  let pagefindIndex: { seconds: number; peakRssMb: number; bytes: number; files: number } | null = null;
  const withPagefind = !values['no-pagefind'];
  if (withPagefind) {
    log('indexing the site with Pagefind');
    const pf = await measure(bin('pagefind'), ['--site', siteDir], { env: env({}) });
    if (pf.code !== 0) throw new Error(`pagefind failed:\n${pf.output.slice(-3000)}`);
    const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    const files = walk(join(siteDir, 'pagefind'));
    pagefindIndex = { seconds: round(pf.seconds), peakRssMb: pf.peakRssMb, files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
  }

  // 5. Search in Chromium: the name queries, then the full-text ones (expected results found
  // by substring search over the corpus's texts).
  const queries = [...benchQueries(siteData, seed), ...textQueries(siteData, reportTexts(siteData, corpusDir), seed)];
  const textSet = (set: BenchQuery['set']) => queries.filter((q) => TEXT_KINDS.includes(q.kind) && q.set === set);
  let cold: Awaited<ReturnType<typeof measureColdQueries>> | null = null;
  let coldStartMs: number | null = null;
  let own: Awaited<ReturnType<typeof measureOwnSearch>> | null = null;
  let pagefind: Awaited<ReturnType<typeof measurePagefind>> | null = null;
  let chromiumVersion = '';
  if (!values['no-browser']) {
    log(`measuring search in Chromium (${queries.length} queries)`);
    const server = await serveSite(siteDir);
    const browser = await launchChromium();
    chromiumVersion = browser.version();
    try {
      coldStartMs = await measureColdStart(browser, server.origin, queries[0]?.q ?? '');
      own = await measureOwnSearch(browser, server.origin, siteDir, queries);
      cold = await measureColdQueries(browser, server.origin, siteDir, queries.filter((q) => TEXT_KINDS.includes(q.kind)));
      if (withPagefind) pagefind = await measurePagefind(browser, server.origin, siteDir, queries);
    } finally {
      await browser.close();
      await server.close();
    }
  }

  const mean = (xs: number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length, 3) : null);
  const scored = (o: { kind: string; score: number }[]) => o.filter((x) => x.kind !== 'generic').map((x) => x.score);
  // Relevance per set: the name queries, the full-text tuning set, the held-back set.
  const ofSet = (o: { q: string; kind: string; score: number }[], set: 'names' | 'tuning' | 'held-back') => {
    const qs = new Set((set === 'names' ? queries.filter((q) => !TEXT_KINDS.includes(q.kind)) : textSet(set)).map((q) => q.q));
    return scored(o.filter((x) => qs.has(x.q)));
  };
  const coldBytes = (cold ?? []).map((c) => c.bytes).sort((a, b) => a - b);
  const weightOut = (s: ReturnType<typeof summarise>) => (s ? { pages_measured: s.pages, median: strip(s.median), max: strip(s.max) } : null);
  const strip = (w: PageWeight) => ({ path: w.path, html: w.html, css: w.css, js: w.js, total: w.total });
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memory_gb: round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion },
    seed,
    years,
    reports: siteData.reports.length,
    departments: siteData.departments.length,
    indicators: siteData.indicators.length,
    pages,
    synth_s: round(synthS),
    data_build_s: round(data.seconds),
    site_build_s: round(site.seconds),
    build_total_s: round(data.seconds + site.seconds),
    peak_rss_mb: Math.max(data.peakRssMb, site.peakRssMb),
    peak_rss_mb_data_build: data.peakRssMb,
    peak_rss_mb_site_build: site.peakRssMb,
    search_index_bytes: searchIndexBytes,
    search_index_gz_bytes: searchIndexGz,
    search_first_payload_gz_bytes: own?.firstSearchBytes ?? null,
    search_first_payload_urls: own?.firstSearchUrls ?? null,
    search_ready_ms: own?.readyMs ?? null,
    search_first_results_ms: own ? round(own.firstResultsMs) : null,
    search_complete_ms: own ? round(own.completeMs) : null,
    search_cold_start_ms: coldStartMs === null ? null : round(coldStartMs),
    search_cold_query_gz_bytes_median: coldBytes.length ? coldBytes[Math.floor((coldBytes.length - 1) / 2)]! : null,
    search_cold_query_gz_bytes_max: coldBytes.length ? coldBytes.at(-1)! : null,
    search_cold_queries: cold,
    search_fulltext_shards: readdirSync(join(siteDir, 'search', 'ft')).length,
    search_fulltext_gz_bytes: readdirSync(join(siteDir, 'search', 'ft')).reduce((n, f) => n + gzipSync(readFileSync(join(siteDir, 'search', 'ft', f)), { level: 9 }).length, 0),
    search_keystrokes: own?.keystrokes.length ?? null,
    search_p50_ms: own ? round(percentile(own.keystrokes.map((k) => k.ms), 50)) : null,
    search_p95_ms: own ? round(percentile(own.keystrokes.map((k) => k.ms), 95)) : null,
    search_next_frame_p50_ms: own ? round(percentile(own.keystrokes.map((k) => k.frameMs), 50)) : null,
    search_next_frame_p95_ms: own ? round(percentile(own.keystrokes.map((k) => k.frameMs), 95)) : null,
    search_relevance: own ? mean(scored(own.outcomes)) : null,
    compare_column_gz_bytes: jsonFilesGz(join(siteDir, 'data/compare')),
    compare_province_list_gz_bytes: jsonFilesGz(join(siteDir, 'data/compare/provinces')),
    search_relevance_names: own ? mean(ofSet(own.outcomes, 'names')) : null,
    search_relevance_text: own ? mean(ofSet(own.outcomes, 'tuning')) : null,
    search_relevance_text_held_back: own ? mean(ofSet(own.outcomes, 'held-back')) : null,
    page_weight_gz_bytes: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, v ? v.max.total : null])),
    page_weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, weightOut(v)])),
    pagefind: withPagefind
      ? {
          version: '1.5.2',
          index_s: pagefindIndex?.seconds ?? null,
          index_peak_rss_mb: pagefindIndex?.peakRssMb ?? null,
          index_bytes: pagefindIndex?.bytes ?? null,
          index_files: pagefindIndex?.files ?? null,
          query_bytes_median: pagefind?.coldQueryBytesMedian ?? null,
          query_bytes: pagefind?.coldQueryBytes ?? null,
          p50_ms: pagefind ? round(percentile(pagefind.keystrokes.map((k) => k.ms), 50)) : null,
          p95_ms: pagefind ? round(percentile(pagefind.keystrokes.map((k) => k.ms), 95)) : null,
          relevance: pagefind ? mean(scored(pagefind.outcomes)) : null,
          relevance_names: pagefind ? mean(ofSet(pagefind.outcomes, 'names')) : null,
          relevance_text: pagefind ? mean(ofSet(pagefind.outcomes, 'tuning')) : null,
          relevance_text_held_back: pagefind ? mean(ofSet(pagefind.outcomes, 'held-back')) : null,
        }
      : null,
    keystrokes: own ? own.keystrokes.map((k) => [k.prefix, round(k.ms), round(k.frameMs)]) : null,
    pagefind_keystrokes: pagefind ? pagefind.keystrokes.map((k) => [k.prefix, round(k.ms)]) : null,
    load_average: loadavg().map((x) => round(x, 2)),
    queries: queries.map((q, i) => ({
      q: q.q,
      kind: q.kind,
      ...(q.set ? { set: q.set } : {}),
      expected: q.expected.length,
      ideal: q.ideal,
      ours_found: own?.outcomes[i]?.found ?? null,
      pagefind_found: pagefind?.outcomes[i]?.found ?? null,
      ours_p95_ms: own ? round(percentile(own.keystrokes.filter((k) => k.query === q.q).map((k) => k.ms), 95)) : null,
      pagefind_p95_ms: pagefind ? round(percentile(pagefind.keystrokes.filter((k) => k.query === q.q).map((k) => k.ms), 95)) : null,
    })),
  };

  mkdirSync(values.out, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(values.out, 'latest.json'), json);
  writeFileSync(join(values.out, `${result.date}-n${N}.json`), json);
  printTable(result);
  if (!values.keep) {
    rmSync(siteDir, { recursive: true, force: true });
    rmSync(buildDir, { recursive: true, force: true });
  }
  log(`wrote ${join(values.out, 'latest.json')} and ${join(values.out, `${result.date}-n${N}.json`)}`);
}

/** Median and largest gzipped size of the .json files directly in `dir` (the comparison's per-department columns, its province lists). */
function jsonFilesGz(dir: string): { files: number; median: number; max: number } | null {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return null;
  }
  if (files.length === 0) return null;
  const sizes = files.map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length).sort((a, b) => a - b);
  return { files: files.length, median: sizes[Math.floor((sizes.length - 1) / 2)]!, max: sizes.at(-1)! };
}

function printTable(r: Record<string, unknown> & { pagefind: Record<string, unknown> | null; page_weight_gz_bytes: Record<string, number | null> }): void {
  const kb = (n: unknown) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} KB` : '–');
  const rows: [string, string][] = [
    ['reports / departments / indicators', `${r.reports} / ${r.departments} / ${r.indicators}`],
    ['pages', String(r.pages)],
    ['data build', `${r.data_build_s} s`],
    ['site build', `${r.site_build_s} s`],
    ['peak RSS (data / site)', `${r.peak_rss_mb_data_build} / ${r.peak_rss_mb_site_build} MB`],
    ['search index (raw / gz)', `${kb(r.search_index_bytes)} / ${kb(r.search_index_gz_bytes)}`],
    ['first search payload (gz)', kb(r.search_first_payload_gz_bytes)],
    ['search ready after focus', `${r.search_ready_ms ?? '–'} ms`],
    ['first results after focus', `${r.search_first_results_ms ?? '–'} ms`],
    ['every record indexed after focus', `${r.search_complete_ms ?? '–'} ms`],
    ['cold: /search/?q= to results', `${r.search_cold_start_ms ?? '–'} ms`],
    ['further cold query (gz, median / max)', `${kb(r.search_cold_query_gz_bytes_median)} / ${kb(r.search_cold_query_gz_bytes_max)}`],
    ['search keystroke p50 / p95', `${r.search_p50_ms ?? '–'} / ${r.search_p95_ms ?? '–'} ms (${r.search_keystrokes ?? 0} keystrokes)`],
    ['search relevance (top 10)', String(r.search_relevance ?? '–')],
    ['compare column / province list, max (gz)', `${kb((r.compare_column_gz_bytes as { max?: number } | null)?.max)} / ${kb((r.compare_province_list_gz_bytes as { max?: number } | null)?.max)}`],
    ['relevance: names / text / text held back', `${r.search_relevance_names ?? '–'} / ${r.search_relevance_text ?? '–'} / ${r.search_relevance_text_held_back ?? '–'}`],
    ...Object.entries(r.page_weight_gz_bytes).map(([k, v]): [string, string] => [`page weight, ${k} (max, gz)`, kb(v)]),
  ];
  if (r.pagefind) {
    rows.push(['pagefind index', `${r.pagefind.index_s} s, ${kb(r.pagefind.index_bytes)}`]);
    rows.push(['pagefind bytes per cold query (median)', kb(r.pagefind.query_bytes_median)]);
    rows.push(['pagefind keystroke p50 / p95', `${r.pagefind.p50_ms ?? '–'} / ${r.pagefind.p95_ms ?? '–'} ms`]);
    rows.push(['pagefind relevance (top 10)', String(r.pagefind.relevance ?? '–')]);
    rows.push(['pagefind: names / text / text held back', `${r.pagefind.relevance_names ?? '–'} / ${r.pagefind.relevance_text ?? '–'} / ${r.pagefind.relevance_text_held_back ?? '–'}`]);
  }
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
}

/** Every report's texts for the full-text queries' expected results: its source and its published record. */
function reportTexts(data: ReturnType<typeof readSiteData>, corpus: string): ReportTexts[] {
  const group = <T extends { report_id: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const row of rows) m.set(row.report_id, [...(m.get(row.report_id) ?? []), row]);
    return m;
  };
  const indicators = group(data.indicators);
  const lines = group(data.budgetLines);
  const depts = new Map(data.departments.map((d) => [d.id, d]));
  return data.reports.map((r) => {
    const d = depts.get(r.department_id);
    const source = readFileSync(join(corpus, 'sources', r.source_file), 'utf8');
    const record = JSON.stringify({ report: r, indicators: indicators.get(r.id) ?? [], budget_lines: lines.get(r.id) ?? [] });
    const bare = (s: string) => s.replace(/(自治县|自治旗|[市区县旗])$/u, '');
    const pinyin = d ? [d.city_zh, d.name_zh.replace(d.province_zh, '').replace(d.city_zh, '').replace(/投资.*|商务.*/u, '')].map((p) => pinyinForms(bare(p))[0] ?? '').join(' ') : '';
    return { id: r.id, text: `${source}\n${record}`, english: `${d?.name_en ?? ''} ${pinyin} ${r.fiscal_year}` };
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

