// Screenshots of each page type at phone and desktop widths, for a person to look at.
// Usage: serve dist on :4400 (npx sirv dist --port 4400 --host 127.0.0.1), then
//   node test/pages/screenshots.mjs [path ...]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const out = new URL('../output/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const base = process.env.SCREENSHOT_BASE ?? 'http://127.0.0.1:4400';
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/departments/guangzhou-panyu/',
      '/reports/guangzhou-baiyun-2021-department/',
      '/reports/jiangmen-2024-department/',
      '/reports/shenzhen-pingshan-2021-project/',
      '/sources/guangzhou-baiyun-2021-department/#L87',
      '/en/',
      '/en/reports/guangzhou-panyu-2021-department/',
    ];
const widths = [360, 1280];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const errors = [];
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(base)) errors.push(`third-party request: ${r.url()}`); });
  for (const p of pages) {
    await page.goto(base + p, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const name = `${p.replace(/[^a-z0-9]+/giu, '_').replace(/^_|_$/gu, '') || 'home'}-${width}.png`;
    await page.screenshot({ path: new URL(name, out).pathname, fullPage: true });
    // Long pages: also save readable slices of 1200 px.
    if (true) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height; y += 1200, i++) {
        const clip = { x: 0, y, width, height: Math.min(1200, height - y) };
        await page.screenshot({ path: new URL(name.replace('.png', `-part${i}.png`), out).pathname, fullPage: true, clip });
      }
    }
    console.log(`${name}${overflow > 0 ? `  PAGE OVERFLOWS by ${overflow}px` : ''}`);
  }
  await page.close();
}
await browser.close();
if (errors.length) console.log('errors:\n' + [...new Set(errors)].join('\n'));
