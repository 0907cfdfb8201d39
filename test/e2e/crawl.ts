/**
 * The hosting checks, for any server of a built site: a crawl from the home page that follows
 * every link, stylesheet, script and the search index; every file of the build fetched by its
 * address with the content type its kind must have; the headers each response carries.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';

export interface Fetched { path: string; status: number; headers: Headers; body: string }

export interface Crawl {
  /** Every address fetched, by path */
  fetched: Map<string, Fetched>;
  /** Links that did not answer 200, links outside the base, canonical links that name another site */
  broken: string[];
}

/**
 * Crawls from `start` (a path under `base`) and follows every reference on every page.
 * `site` is the configured origin that canonical, hreflang and Open Graph links must name.
 */
export async function crawl(origin: string, base: string, site: string, start = base): Promise<Crawl> {
  const fetched = new Map<string, Fetched>();
  const broken: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (fetched.has(path)) continue;
    const res = await fetch(origin + path);
    const body = await res.text();
    fetched.set(path, { path, status: res.status, headers: res.headers, body });
    if (res.status !== 200) {
      broken.push(`${res.status} ${path}`);
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const doc = parse(body);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    if (!canonical.startsWith(`${site}${base}`)) broken.push(`canonical ${canonical} on ${path}`);
    if (doc.querySelector('meta[property="og:url"]')?.getAttribute('content') !== canonical) broken.push(`og:url differs from canonical on ${path}`);
    for (const alt of doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
      if (!alt.getAttribute('href')!.startsWith(`${site}${base}`)) broken.push(`hreflang ${alt.getAttribute('href')} on ${path}`);
    }
    for (const url of references(body, origin + path)) {
      if (url.origin !== origin) {
        // Canonical, hreflang and og: links name the configured site (checked above); the
        // licence and error-report links go to other https sites.
        if (url.protocol === 'https:' || url.protocol === 'mailto:') continue;
        broken.push(`foreign ${url.href} on ${path}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) broken.push(`outside the base: ${url.pathname} on ${path}`);
      else queue.push(url.pathname);
    }
  }
  return { fetched, broken };
}

/** Every address an HTML page refers to: links, stylesheets, scripts, images, the search index. */
export function references(html: string, pageUrl: string): URL[] {
  const doc = parse(html);
  const refs = [
    ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
    ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
    ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
    ...doc.querySelectorAll('[data-index-url]').map((el) => el.getAttribute('data-index-url')!),
  ];
  return refs.map((r) => new URL(r, pageUrl));
}

/** Every file of a built site, as its path relative to the site's folder. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The content type each kind of file must be served with: text always with charset=utf-8.
 * JavaScript and XML have two registered types each; either is right.
 */
export const CONTENT_TYPES: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/iu,
  css: /^text\/css; charset=utf-8$/iu,
  js: /^(text|application)\/javascript; charset=utf-8$/iu,
  json: /^application\/json; charset=utf-8$/iu,
  csv: /^text\/csv; charset=utf-8$/iu,
  txt: /^text\/plain; charset=utf-8$/iu,
  xml: /^(text|application)\/xml; charset=utf-8$/iu,
  svg: /^image\/svg\+xml; charset=utf-8$/iu,
  // Full-text search shards: bytes, not text, so no charset (nginx's own mime.types maps .bin).
  bin: /^application\/octet-stream$/iu,
};

/** The address a file is served at: a page's folder for index.html, else the file itself. */
export function addressOf(base: string, file: string): string {
  return base + file.replace(/(^|\/)index\.html$/u, '$1');
}
