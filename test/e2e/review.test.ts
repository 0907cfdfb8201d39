/**
 * `npm run review`, end to end in Chromium (issue 16's "done when"): a data folder in a git
 * repository of its own (a copy of data/ whose jiangmen report was first published with one
 * slip: its personnel spending read off the neighbouring phrase, 30.13 where the report says
 * 443.50), a PDF printed from that report's source, opened with `npm run review`. The value is
 * corrected and its quote reselected in the source; a save with a quote the source does not
 * hold is refused with the build's message and writes nothing; a request from another origin is
 * refused; the save with its reason is committed, the data build passes, and the site built
 * from the folder shows the corrected value and the correction. Screenshots are written on the
 * way: into test/output/, or into docs/adding-a-report/ with DOC_SCREENSHOTS=1 (so that a test run
 * never changes the committed pictures).
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, launch, serve } from './harness.ts';
import { reportHtml } from './report-pdf.ts';
import { startReviewCli } from './review-cli.ts';
import { ROOT, tempDir } from '../workspace.ts';

const ID = 'jiangmen-2024-department';
const SHOTS = process.env.DOC_SCREENSHOTS === '1' ? join(ROOT, 'docs/adding-a-report') : join(ROOT, 'test/output/e2e/review-shots');
const work = tempDir('review-e2e');
const data = join(work, 'repo/data');
const git = (...args: string[]) => execFileSync('git', ['-C', join(work, 'repo'), ...args], { encoding: 'utf8' });

/** Every file of the data folder (git's own aside) with its hash: what "writes nothing" compares. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(data, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name)] = createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex');
  }
  return out;
}

// The curated record (independent of the tool): the figure and the quote the report states it in.
const curated = JSON.parse(readFileSync(join(ROOT, 'data/reports', `${ID}.json`), 'utf8')) as { figures: Record<string, { printed: string; quote: string }> };
const right = curated.figures.personnel_spent_wan!;
const neighbour = curated.figures.public_spent_wan!;

let browser: Browser;
let review: ChildProcess;
let origin = '';
let page: Page;
let output: string[] = [];

beforeAll(async () => {
  // The data folder as first published, with the slip, committed.
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const recordPath = join(data, 'reports', `${ID}.json`);
  const record = JSON.parse(readFileSync(recordPath, 'utf8')) as typeof curated;
  record.figures.personnel_spent_wan = { printed: neighbour.printed, quote: neighbour.quote };
  writeFileSync(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  git('init', '-q');
  git('config', 'user.name', 'Review Test');
  git('config', 'user.email', 'review@example.invalid');
  git('add', '-A');
  git('commit', '-q', '-m', 'Publish the five reports');

  browser = await launch();
  const p = await browser.newPage();
  await p.setContent(reportHtml(readFileSync(join(ROOT, 'data/sources', `${ID}.txt`), 'utf8')), { waitUntil: 'load' });
  writeFileSync(join(work, `${ID}.pdf`), await p.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } }));
  await p.close();

  const run = await startReviewCli(join(work, `${ID}.pdf`), data, join(work, 'build'));
  review = run.child;
  origin = run.origin;
  output = run.output;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator('[data-entry="record:figures.personnel_spent_wan"]').waitFor();
}, 240_000);

afterAll(async () => {
  if (review?.exitCode === null) review.kill('SIGKILL');
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const entry = () => page.locator('[data-entry="record:figures.personnel_spent_wan"]');

describe('npm run review on a PDF of a published report', () => {
  it('opens the published record beside the source, the build\'s messages shown', async () => {
    expect(output.join('')).toMatch(/listening on 127\.0\.0\.1 only/u);
    await expect(page.locator('#source').inputValue()).resolves.toContain('其中人员支出完成');
    await expect(entry().getByLabel('printed').inputValue()).resolves.toBe(neighbour.printed);
    // The slip makes the report's own arithmetic disagree: the build's warning is on the page.
    await page.locator('#warnings li').filter({ hasText: ID }).first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, '1-opened.png') });
    // Both languages: the switch, reached and pressed with the keyboard, and back.
    await page.locator('#lang').focus();
    await page.keyboard.press('Enter');
    await page.locator('h1').filter({ hasText: 'Review a report' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.keyboard.press('Enter');
    await page.locator('h1').filter({ hasText: '审阅报告' }).waitFor();
  });

  it('refuses to save a quote the source does not hold, with the build\'s message, and writes nothing', async () => {
    const before = snapshot();
    const commits = git('rev-list', '--count', 'HEAD');
    await entry().getByLabel('printed').fill(right.printed);
    await entry().getByLabel(/^引文$/u).fill(`其中人员经费支出完成 ${right.printed} 万元`);
    await page.locator('#overwrite').check();
    await page.locator('#reason').fill('人员支出误取了公用支出的数字');
    await page.locator('#problems li').filter({ hasText: 'personnel_spent_wan' }).first().waitFor({ timeout: 20_000 });
    await page.locator('#save').click();
    await page.locator('#save-result li').filter({ hasText: `data/reports/${ID}.json` }).first().waitFor({ timeout: 20_000 });
    const shown = await page.locator('#save-result li').allTextContents();
    // The message is the data build's own: the same as build-data prints for that record.
    const r = (() => {
      const recordPath = join(data, 'reports', `${ID}.json`);
      const copy = join(tempDir('review-e2e-build'), 'data');
      cpSync(data, copy, { recursive: true, filter: (s) => !s.includes('/.git') });
      const rec = JSON.parse(readFileSync(recordPath, 'utf8')) as typeof curated;
      rec.figures.personnel_spent_wan = { printed: right.printed, quote: `其中人员经费支出完成 ${right.printed} 万元` };
      writeFileSync(join(copy, 'reports', `${ID}.json`), `${JSON.stringify(rec, null, 2)}\n`);
      try {
        // Run beside the copy, so that it names files as data/…, as it does in a checkout.
        execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build-data.ts')], { cwd: join(copy, '..'), env: buildEnv({ DATA_DIR: copy, DATA_WORK_DIR: join(copy, '..', 'out') }), encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (e) {
        return String((e as { stderr: string }).stderr);
      } finally {
        rmSync(join(copy, '..'), { recursive: true, force: true });
      }
    })();
    const buildLine = r.split('\n').find((l) => l.includes('personnel_spent_wan'));
    expect(buildLine).toBeDefined();
    expect(shown.map((s) => `error: ${s}`)).toEqual([buildLine]);
    await page.locator('#save-result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '2-refused.png') });
    expect(snapshot()).toEqual(before);
    expect(git('rev-list', '--count', 'HEAD')).toBe(commits);
  });

  it('refuses a write from another origin, and one without the token', async () => {
    const before = snapshot();
    const token = await page.locator('meta[name="review-token"]').getAttribute('content');
    const body = JSON.stringify({ draft: {}, overwrite: true, reason: 'x' });
    const post = (headers: Record<string, string>) => fetch(`${origin}/api/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    expect((await post({ 'X-Review-Token': token!, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ Origin: origin })).status).toBe(403);
    // A page of another origin in the browser: its request is refused, nothing is written.
    const other = await serve(work);
    const p2 = await browser.newPage();
    await p2.goto(other.url(''));
    // Even holding the token (it cannot read it), the page gets nothing: a CORS request's
    // preflight is refused, and a no-cors one's answer is withheld (Cross-Origin-Resource-Policy).
    const results = await p2.evaluate(async ([url, t]) => Promise.all((['cors', 'no-cors'] as const).map(async (mode) => {
      try {
        const r = await fetch(url, { method: 'POST', mode, headers: { 'Content-Type': mode === 'cors' ? 'application/json' : 'text/plain', 'X-Review-Token': t }, body: JSON.stringify({ draft: {}, overwrite: true, reason: 'x' }) });
        return `${r.type} ${r.status}`;
      } catch (e) {
        return String(e);
      }
    })), [`${origin}/api/save`, token!] as const);
    expect(results).toEqual(['TypeError: Failed to fetch', 'TypeError: Failed to fetch']);
    await p2.close();
    await other.close();
    expect(snapshot()).toEqual(before);
  });

  it('saves the corrected value with its quote reselected in the source and its reason; commits; the build passes', async () => {
    // Reselect: the quote's text selected in the source with the keyboard's selection, then Alt+Q.
    const text = await page.locator('#source').inputValue();
    const at = text.indexOf(right.quote);
    expect(at).toBeGreaterThan(0);
    await entry().getByLabel('printed').focus();
    await page.locator('#source').evaluate((el, [s, e]) => { (el as HTMLTextAreaElement).focus(); (el as HTMLTextAreaElement).setSelectionRange(s, e); }, [at, at + right.quote.length] as const);
    await page.keyboard.press('Alt+q');
    await expect(entry().getByLabel(/^引文$/u).inputValue()).resolves.toBe(right.quote);
    await page.locator('#problems').filter({ hasText: '构建未发现错误' }).waitFor({ timeout: 20_000 });
    await entry().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '3-corrected.png') });
    await page.locator('#save').click();
    await page.locator('#save-result').getByText('数据构建通过').waitFor({ timeout: 120_000 });
    await page.locator('#save-result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '4-saved.png') });
    const saved = JSON.parse(readFileSync(join(data, 'reports', `${ID}.json`), 'utf8')) as typeof curated;
    expect(saved.figures.personnel_spent_wan).toEqual({ printed: right.printed, quote: right.quote });
    // The save's commit: only the files it wrote, the reason as its message; nothing left uncommitted.
    expect(git('log', '-1', '--format=%B').trim()).toMatch(/^人员支出误取了公用支出的数字/u);
    expect(git('status', '--porcelain')).toBe('');
    // With the slip fixed, the report is its curated record again.
    expect(readFileSync(join(data, 'reports', `${ID}.json`))).toEqual(readFileSync(join(ROOT, 'data/reports', `${ID}.json`)));
  }, 180_000);

  it('the site built from the folder shows the corrected value and the correction', async () => {
    const site = join(work, 'site');
    execFileSync('npm', ['run', 'build', '--', '--outDir', site], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv({ BASE_PATH: '/', DATA_DIR: data, DATA_WORK_DIR: join(work, 'build') }) });
    const server = await serve(site);
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(server.url(`reports/${ID}/`));
    await expect(p.locator('body').textContent()).resolves.toContain('443.50');
    // The corrections record (the other half of issue 16, docs/data-contract.md): the change with its field.
    const correction = p.locator('#corrections [data-correction][data-field^="figures.personnel_spent_wan"]');
    await correction.first().scrollIntoViewIfNeeded().catch(() => undefined);
    await p.screenshot({ path: join(SHOTS, '5-report-page.png') });
    await expect(correction.count()).resolves.toBeGreaterThan(0);
    await expect(correction.first().textContent()).resolves.toContain('人员支出误取了公用支出的数字');
    await p.close();
    await server.close();
  }, 600_000);

  it('stops with Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => review.once('exit', (code) => resolve(code)));
    review.kill('SIGINT');
    await expect(exited).resolves.toBe(0);
  });
});
