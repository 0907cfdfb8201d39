/**
 * Hosting anywhere: a build for a sub-path has no broken link or asset when served there, and
 * two builds of the same data are byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, serve, type SiteServer } from './harness.ts';

const SUB = '/some/sub/path/';
const SUB_DIR = 'test/output/e2e/subpath';
const ONCE_DIR = 'test/output/e2e/once';
const AGAIN_DIR = 'test/output/e2e/again';

function build(outDir: string, env: Record<string, string>): void {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv(env) });
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

let server: SiteServer;
beforeAll(async () => {
  build(SUB_DIR, { BASE_PATH: SUB, SITE: 'https://data.example.gov.cn' });
  server = await serve(SUB_DIR, SUB);
});
afterAll(async () => {
  await server?.close();
});

describe('a build under a sub-path', () => {
  it('has a sitemap whose URLs all live under the sub-path of the configured site', () => {
    const locs = [...readFileSync(join(SUB_DIR, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThanOrEqual(40);
    for (const l of locs) expect(l.startsWith(`https://data.example.gov.cn${SUB}`)).toBe(true);
    expect(readFileSync(join(SUB_DIR, 'robots.txt'), 'utf8')).toContain(`Sitemap: https://data.example.gov.cn${SUB}sitemap.xml`);
  });

  it('crawls every page and finds no broken link or asset', async () => {
    const seen = new Set<string>();
    const queue = [SUB];
    const broken: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await fetch(server.origin + path);
      if (res.status !== 200) {
        broken.push(`${res.status} ${path}`);
        continue;
      }
      if (!(res.headers.get('content-type') ?? '').includes('html')) continue;
      const doc = parse(await res.text());
      // Canonical, Open Graph and hreflang URLs name the configured site and the sub-path.
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (!canonical.startsWith(`https://data.example.gov.cn${SUB}`)) broken.push(`canonical ${canonical} on ${path}`);
      if (doc.querySelector('meta[property="og:url"]')?.getAttribute('content') !== canonical) broken.push(`og:url differs from canonical on ${path}`);
      for (const alt of doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
        if (!alt.getAttribute('href')!.startsWith(`https://data.example.gov.cn${SUB}`)) broken.push(`hreflang ${alt.getAttribute('href')} on ${path}`);
      }
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
        ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
      ];
      for (const ref of refs) {
        const url = new URL(ref, server.origin + path);
        if (url.origin !== server.origin) {
          // Canonical, hreflang and og: links point at the configured site; those are checked above.
          if (url.origin === 'https://data.example.gov.cn' || url.protocol === 'https:') continue;
          broken.push(`foreign ${ref} on ${path}`);
          continue;
        }
        if (!url.pathname.startsWith(SUB)) broken.push(`outside the base: ${ref} on ${path}`);
        else queue.push(url.pathname);
      }
      // The search index and any fetched data must resolve under the base too.
      for (const el of doc.querySelectorAll('[data-index-url]')) queue.push(new URL(el.getAttribute('data-index-url')!, server.origin).pathname);
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(60);
  });
});

describe('determinism', () => {
  it('two builds of the same data are byte-identical', () => {
    // Both builds here, one after the other, from the same checkout.
    build(ONCE_DIR, { BASE_PATH: '/' });
    build(AGAIN_DIR, { BASE_PATH: '/' });
    const a = files(ONCE_DIR);
    const b = files(AGAIN_DIR);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
