/**
 * Every page of the sitemap, Chinese and English, in real Chromium: loads with no console
 * error, no failed request, no request to another origin (the CSP is enforced: an inline
 * style or script would show up as a console error); axe-core finds no serious or critical
 * violation; screenshots at phone and desktop widths are kept for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SITE_DIR } from './global-setup.ts';
import { launch, serve, watchedPage, type SiteServer } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'test/output/screenshots';

/** Site paths from the built sitemap (its URLs carry the configured SITE origin). */
function sitemapPaths(): string[] {
  const xml = readFileSync(`${SITE_DIR}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
}

let server: SiteServer;
let browser: Browser;
beforeAll(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const paths = sitemapPaths();

describe('every page of the sitemap', () => {
  it('lists the pages of both languages', () => {
    expect(paths.length).toBeGreaterThanOrEqual(40);
    expect(paths).toContain('/');
    expect(paths).toContain('/en/');
  });

  it.each(paths)('%s loads cleanly, passes axe, and is screenshotted', async (path) => {
    const { page, problems } = await watchedPage(browser, server.origin);
    const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(problems).toEqual([]);
    const name = path.replace(/^\/|\/$/gu, '').replace(/\//gu, '_') || 'index';
    await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    // No horizontal scrolling of the page itself at phone width (wide tables scroll in their own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
    await page.context().close();

    // axe in a context that lets its own script run (the CSP would refuse an injected script).
    const ctx = await browser.newContext({ bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(server.origin + path);
    await p.evaluate(axeSource);
    const violations = await p.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return (r.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await ctx.close();
  });
});
