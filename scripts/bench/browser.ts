/**
 * Search measured in Chromium (Debian's, through playwright-core) on a built site:
 *
 * - the site's own search: each query typed one character at a time into /search/; a
 *   keystroke's latency runs from its `input` event (Event.timeStamp) to the moment the
 *   script marks the results of that very query rendered (`data-search-done`, observed with
 *   a MutationObserver), and to the next animation frame after it;
 * - Pagefind, on the same site: `pagefind.search(prefix)` and `data()` of its top 10 for
 *   every prefix of the same queries, timed in the page.
 *
 * Bytes are counted per URL fetched (including the worker's), as the gzipped size of the
 * file on disk (what a host compressing at level 9 sends).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { gzBytes } from './weights.ts';
import { relevance, type BenchQuery } from './queries.ts';

/** Records every URL the context fetches (pages and workers alike). */
function fetched(context: BrowserContext): { urls: () => string[]; reset: () => void } {
  let urls: string[] = [];
  context.on('requestfinished', (r) => urls.push(r.url()));
  return { urls: () => [...urls], reset: () => { urls = []; } };
}

function bytesOf(siteDir: string, origin: string, urls: readonly string[]): number {
  let n = 0;
  for (const u of new Set(urls)) {
    if (!u.startsWith(origin)) continue;
    let path = decodeURIComponent(new URL(u).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(siteDir, path);
    if (existsSync(file)) n += gzBytes(file);
  }
  return n;
}

export interface KeystrokeTiming { query: string; prefix: string; ms: number; frameMs: number }
export interface QueryOutcome { q: string; kind: string; found: number; ideal: number; score: number; top: string[] }

export interface OwnSearchResult {
  keystrokes: KeystrokeTiming[];
  /** Focus to index ready (fetch, parse, index build in the worker) */
  readyMs: number;
  /** Focus, then the first query entered at once, to its results rendered */
  firstResultsMs: number;
  /** Focus to every record indexed (reports by name, in slices after ready) */
  completeMs: number;
  /** Bytes fetched for search until the first query's results (worker script, payload, that query's shards and texts) */
  firstSearchBytes: number;
  firstSearchUrls: string[];
  outcomes: QueryOutcome[];
}

/** Types every query into /search/ and times each keystroke. */
export async function measureOwnSearch(browser: Browser, origin: string, siteDir: string, queries: readonly BenchQuery[]): Promise<OwnSearchResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const net = fetched(context);
  const page = await context.newPage();
  // The page loads the index when idle: what it fetches for search is counted from the start.
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-search-root]')!;
    const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
    const w = window as unknown as { __timings: { seq: number; prefix: string; ms: number; frameMs: number }[]; __seq: number; __start: { seq: number; value: string; at: number } | null };
    w.__timings = [];
    w.__seq = 0;
    w.__start = null;
    // Capture phase: runs before the search script's own input listener. Each input event is
    // numbered, so a keystroke's results are told from a previous one's that land late.
    document.addEventListener('input', (e) => { w.__start = { seq: ++w.__seq, value: input.value.trim(), at: e.timeStamp }; }, { capture: true });
    new MutationObserver(() => {
      const start = w.__start;
      if (!start || root.dataset.searchDone !== start.value || start.value === '') return;
      const entry = { seq: start.seq, prefix: start.value, ms: performance.now() - start.at, frameMs: Number.NaN };
      w.__timings.push(entry);
      w.__start = null;
      requestAnimationFrame(() => { entry.frameMs = performance.now() - start.at; });
    }).observe(root, { attributes: true, attributeFilter: ['data-search-done'] });
  });
  const box = page.locator('#search-q');
  // Focus, and the first query at once (a reader who types straight away): the time to its
  // results rendered, and to the index being ready.
  const t0 = await page.evaluate(() => performance.now());
  await box.focus();
  await page.evaluate(() => {
    const w = window as unknown as { __ready: number | null };
    const root = document.querySelector<HTMLElement>('[data-search-root]')!;
    // Ready before focus (loaded while the page was idle) counts as ready at focus.
    w.__ready = root.dataset.searchReady !== undefined ? performance.now() : null;
    new MutationObserver(() => { if (root.dataset.searchReady !== undefined && w.__ready === null) w.__ready = performance.now(); }).observe(root, { attributes: true, attributeFilter: ['data-search-ready'] });
  });
  const first = queries[0]?.q ?? '';
  await box.fill(first);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.searchDone === q, first, { timeout: 120_000 });
  const firstResultsMs = (await page.evaluate(() => performance.now())) - t0;
  await page.locator('[data-search-root][data-search-ready]').waitFor({ timeout: 120_000 });
  const readyAt = await page.evaluate(() => (window as unknown as { __ready: number | null }).__ready);
  const readyMs = readyAt === null ? firstResultsMs : Math.max(0, readyAt - t0);
  // Reports by name are indexed in slices after that: the keystrokes are timed once all are.
  await page.locator('[data-search-root][data-search-complete]').waitFor({ timeout: 120_000 });
  const completeMs = (await page.evaluate(() => performance.now())) - t0;

  const keystrokes: KeystrokeTiming[] = [];
  const outcomes: QueryOutcome[] = [];
  let firstSearchBytes = 0;
  let firstSearchUrls: string[] = [];
  type Timed = { seq: number; prefix: string; ms: number; frameMs: number };
  for (const [qi, query] of queries.entries()) {
    await box.fill('');
    await page.waitForTimeout(30);
    await page.evaluate(() => { (window as unknown as { __timings: unknown[] }).__timings = []; });
    let typed = '';
    // Input events of keystrokes that leave the query as it was (a space): their results are
    // waited for, so that they cannot land during the next keystroke, and not counted.
    const unchanged = new Set<number>();
    for (const ch of query.q) {
      typed += ch;
      await page.keyboard.type(ch);
      const seq = await page.evaluate(() => (window as unknown as { __seq: number }).__seq);
      if (typed.trim() === '') continue; // nothing to search yet: no results to wait for
      if (typed.trim() === typed.slice(0, -1).trim()) unchanged.add(seq);
      await page.waitForFunction((n) => (window as unknown as { __timings: Timed[] }).__timings.some((t) => t.seq === n), seq, { timeout: 30_000 });
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(50); // let the last frame time land
    const timings = await page.evaluate(() => (window as unknown as { __timings: Timed[] }).__timings);
    keystrokes.push(...timings.filter((t) => !unchanged.has(t.seq)).map(({ prefix, ms, frameMs }) => ({ query: query.q, prefix, ms, frameMs })));
    // Every link in order: the top 10 are the first ten distinct departments or reports (a report
    // found in its text has a link to it and to each matching sentence).
    const top = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    outcomes.push({ q: query.q, kind: query.kind, ideal: query.ideal, top, ...relevance(query, top) });
    if (qi === 0) {
      firstSearchUrls = net.urls().filter((u) => /\/search\/index\.json|\/search\/ft\/|\/data\/|search-worker/u.test(u));
      firstSearchBytes = bytesOf(siteDir, origin, firstSearchUrls);
    }
  }
  await context.close();
  return { keystrokes, readyMs, firstResultsMs, completeMs, firstSearchBytes, firstSearchUrls: firstSearchUrls.map((u) => u.replace(origin, '')), outcomes };
}

export interface ColdQuery { q: string; bytes: number; urls: number }

/**
 * The whole pipeline cold: a fresh context opens `/search/?q=<query>` (a shared link), which
 * loads the worker and the index at once and runs the query; the time from the page's
 * DOMContentLoaded to that query's results rendered.
 */
export async function measureColdStart(browser: Browser, origin: string, q: string): Promise<number> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __done: number | null };
    w.__done = null;
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      if (!root) return;
      new MutationObserver(() => { if (w.__done === null && root.dataset.searchDone) w.__done = performance.now(); }).observe(root, { attributes: true, attributeFilter: ['data-search-done'] });
    });
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => (window as unknown as { __done: number | null }).__done !== null, undefined, { timeout: 120_000 });
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (window as unknown as { __done: number }).__done - nav.domContentLoadedEventEnd;
  });
  await context.close();
  return ms;
}

/**
 * Bytes a further query fetches cold: for each query a fresh browser context opens /search/,
 * focuses the box and waits for the index (the first payload, not counted), then enters the
 * query; everything fetched until its results are rendered is counted (full-text shards and
 * the texts its sentences come from), gzipped.
 */
export async function measureColdQueries(browser: Browser, origin: string, siteDir: string, queries: readonly BenchQuery[]): Promise<ColdQuery[]> {
  const out: ColdQuery[] = [];
  for (const query of queries) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const net = fetched(context);
    const page = await context.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await page.locator('#search-q').focus();
    await page.locator('[data-search-root][data-search-complete]').waitFor({ timeout: 120_000 });
    net.reset();
    await page.locator('#search-q').fill(query.q);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.searchDone === q, query.q, { timeout: 60_000 });
    const urls = net.urls();
    out.push({ q: query.q, bytes: bytesOf(siteDir, origin, urls), urls: new Set(urls).size });
    await context.close();
  }
  return out;
}

export interface PagefindResult {
  keystrokes: KeystrokeTiming[];
  /** Bytes of a cold first query (pagefind.js, WebAssembly, index chunks, top-10 fragments), median over queries */
  coldQueryBytesMedian: number;
  coldQueryBytes: { q: string; bytes: number }[];
  outcomes: QueryOutcome[];
}

interface PagefindApi {
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** Loads Pagefind's JS API into a page of the site (zh or en index by the page's language). */
async function pagefindPage(browser: Browser, origin: string, path: string): Promise<{ page: Page; context: BrowserContext; net: ReturnType<typeof fetched> }> {
  // The site's CSP allows no WebAssembly compilation; Pagefind needs it, so the measurement
  // page bypasses the CSP (the site itself is not changed for Pagefind).
  const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
  const net = fetched(context);
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  net.reset();
  await page.evaluate(async (url) => {
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.init();
    (window as unknown as { __pf: PagefindApi }).__pf = pf;
  }, `${origin}/pagefind/pagefind.js`);
  return { page, context, net };
}

async function pagefindTop(page: Page, q: string): Promise<{ ms: number; urls: string[] }> {
  return page.evaluate(async (query) => {
    const pf = (window as unknown as { __pf: PagefindApi }).__pf;
    const t0 = performance.now();
    const found = await pf.search(query);
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return { ms: performance.now() - t0, urls: data.map((d) => d.url) };
  }, q);
}

/** English queries go to the English pages' index, the rest to the Chinese one. */
const pagefindPath = (q: BenchQuery) => (q.kind === 'english' || q.kind === 'text-english' ? '/en/search/' : '/search/');

export async function measurePagefind(browser: Browser, origin: string, siteDir: string, queries: readonly BenchQuery[]): Promise<PagefindResult> {
  const keystrokes: KeystrokeTiming[] = [];
  const outcomes: QueryOutcome[] = [];
  const coldQueryBytes: { q: string; bytes: number }[] = [];
  const sessions = new Map<string, Awaited<ReturnType<typeof pagefindPage>>>();
  for (const query of queries) {
    // Cold: a fresh context per query, everything it fetches counted.
    const cold = await pagefindPage(browser, origin, pagefindPath(query));
    const first = await pagefindTop(cold.page, query.q);
    coldQueryBytes.push({ q: query.q, bytes: bytesOf(siteDir, origin, cold.net.urls()) });
    outcomes.push({ q: query.q, kind: query.kind, ideal: query.ideal, top: first.urls, ...relevance(query, first.urls) });
    await cold.context.close();
    // As you type: one session per language, every prefix searched in turn.
    const path = pagefindPath(query);
    if (!sessions.has(path)) sessions.set(path, await pagefindPage(browser, origin, path));
    const { page } = sessions.get(path)!;
    let typed = '';
    for (const ch of query.q) {
      typed += ch;
      if (typed.trim() === typed.slice(0, -1).trim()) continue;
      const { ms } = await pagefindTop(page, typed.trim());
      keystrokes.push({ query: query.q, prefix: typed.trim(), ms, frameMs: Number.NaN });
    }
  }
  for (const s of sessions.values()) await s.context.close();
  const sorted = coldQueryBytes.map((c) => c.bytes).sort((a, b) => a - b);
  return { keystrokes, coldQueryBytes, coldQueryBytesMedian: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, outcomes };
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))]!;
}
