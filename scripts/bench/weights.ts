/**
 * Page weight as a browser first loads a page: its HTML plus the stylesheets and scripts it
 * references (with the scripts those import statically), each gzipped (level 9, as a static host would serve them). Fonts and images:
 * the site has none.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

const gzCache = new Map<string, number>();
/** Gzipped size of a file (cached: every page shares the same stylesheet). */
export function gzBytes(file: string): number {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, n);
  }
  return n;
}

/** The stylesheets and scripts a page references (site paths, base removed). */
export function assetsOf(html: string, base = '/'): { css: string[]; js: string[] } {
  const strip = (u: string) => (u.startsWith(base) ? u.slice(base.length) : u.replace(/^\//u, ''));
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gu)].map((m) => /\bhref="([^"]+)"/u.exec(m[0])?.[1]).filter((u): u is string => !!u);
  const js = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gu)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/gu)].map((m) => /\bhref="([^"]+)"/u.exec(m[0])?.[1]).filter((u): u is string => !!u),
  ];
  return { css: [...new Set(css.map(strip))], js: [...new Set(js.map(strip))] };
}

/**
 * The scripts a script loads before it runs: its static imports (`import"./x.js"`,
 * `from"./x.js"`), followed to the end, each once; `import("./x.js")`, loaded on demand, is
 * not counted (the search index and its worker are measured apart).
 */
export function withStaticImports(siteDir: string, scripts: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const file = join(siteDir, path);
    if (!existsSync(file)) return;
    const dir = dirname(path);
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/gu)) visit(normalize(join(dir, m[1]!)));
  };
  scripts.forEach(visit);
  return [...seen];
}

/** The weight of one built page (`path` is its site path: `reports/x/`, `` for the overview). */
export function pageWeight(siteDir: string, path: string): PageWeight {
  const file = join(siteDir, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const { css, js: referenced } = assetsOf(html);
  const js = withStaticImports(siteDir, referenced);
  const sum = (files: string[]) => files.reduce((n, f) => n + (existsSync(join(siteDir, f)) ? gzBytes(join(siteDir, f)) : 0), 0);
  const w = { path, html: gzBytes(file), css: sum(css), js: sum(js) };
  return { ...w, total: w.html + w.css + w.js };
}

/** Site paths of the pages directly under `dir` (e.g. every `reports/<id>/`). */
export function pagesUnder(siteDir: string, dir: string): string[] {
  const abs = join(siteDir, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => existsSync(join(abs, f, 'index.html')))
    .sort()
    .map((f) => `${dir}/${f}/`);
}

/** Count of HTML pages in a built site. */
export function countPages(siteDir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html')) n++;
    }
  };
  walk(siteDir);
  return n;
}

export interface WeightSummary {
  pages: number;
  median: PageWeight;
  max: PageWeight;
}

/** Median and heaviest page of a type (by total). */
export function summarise(weights: readonly PageWeight[]): WeightSummary | null {
  if (weights.length === 0) return null;
  const sorted = [...weights].sort((a, b) => a.total - b.total);
  return { pages: weights.length, median: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted.at(-1)! };
}
