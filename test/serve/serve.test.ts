/**
 * `npm start`'s server (scripts/serve/): the site's own headers and 404 pages, paths outside
 * the base, one printed address that answers, the data warnings kept on screen with one line
 * that explains them, and Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeadersFileError, headersFor, parseHeaders } from '../../scripts/serve/headers.ts';
import { serveSite, type SiteServer } from '../../scripts/serve/server.ts';
import { warningSummary } from '../../scripts/serve/summary.ts';
import { readSiteData } from '../../src/lib/data/generated.ts';
import { dataLocations } from '../../src/lib/data/locations.ts';
import type { Check, Report } from '../../src/lib/data/model.ts';
import { makeReport } from '../charts/helpers.ts';
import { ROOT, tempDir } from '../workspace.ts';

const HEADERS = `# comment
/*
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY

/data/*
  Access-Control-Allow-Origin: *
`;

/** A small built site: pages, a 404 page per language and the headers file. */
const site = tempDir('serve-site');
beforeAll(() => {
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>首页</title>',
    'about/index.html': '<!doctype html><title>关于</title>',
    '404.html': '<!doctype html><title>页面不存在</title>',
    'en/404.html': '<!doctype html><title>Page not found</title>',
    'data/reports.csv': 'id\n',
    _headers: HEADERS,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  }
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('_headers', () => {
  it('applies every block whose pattern matches, in file order', () => {
    const rules = parseHeaders(HEADERS);
    expect(headersFor(rules, '/about/')).toEqual([['X-Content-Type-Options', 'nosniff'], ['X-Frame-Options', 'DENY']]);
    expect(headersFor(rules, '/data/reports.csv').map(([n]) => n)).toEqual(['X-Content-Type-Options', 'X-Frame-Options', 'Access-Control-Allow-Origin']);
  });
  it('names the file and line of a line it cannot read', () => {
    expect(() => parseHeaders('/*\n  not a header\n', 'dist/_headers')).toThrow(HeadersFileError);
    expect(() => parseHeaders('/*\n  not a header\n', 'dist/_headers')).toThrow('dist/_headers:2: expected "Name: value" under a path, found "not a header"');
  });
});

describe('serveSite', () => {
  let server: SiteServer;
  let sub: SiteServer;
  beforeAll(async () => {
    server = await serveSite(site, { headers: true });
    sub = await serveSite(site, { base: '/sub/path/' });
  });
  afterAll(async () => {
    await server.close();
    await sub.close();
  });

  it('serves pages with the headers of _headers', async () => {
    const r = await fetch(server.url('about/'));
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('关于');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(server.url('data/reports.csv'))).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers an unknown path with 404 and the site 404 page of its language', async () => {
    const zh = await fetch(server.url('no/such/page/'));
    expect(zh.status).toBe(404);
    expect(await zh.text()).toContain('页面不存在');
    expect(zh.headers.get('x-content-type-options')).toBe('nosniff');
    const en = await fetch(server.url('en/no/such/page/'));
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('Page not found');
  });

  it('under a base, serves only below it and sends no headers unless asked', async () => {
    expect((await fetch(sub.url('about/'))).status).toBe(200);
    expect(sub.url('about/')).toBe(`${sub.origin}/sub/path/about/`);
    const outside = await fetch(`${sub.origin}/about/`);
    expect(outside.status).toBe(404);
    expect(outside.headers.get('x-frame-options')).toBeNull();
  });
});

describe('the warnings line', () => {
  const check = (ok: boolean): Check => ({ label_zh: 'x', label_en: 'x', field: 'f', stated: '1', computed: ok ? '1' : '2', ok, line: 1 });
  const warning = { file: 'data/sources/x.txt', line: 3, field: 'f', message: 'stated 1, computed 2' };
  const reports = (failed: number): Report[] => [makeReport({ checks: [check(true), ...Array.from({ length: failed }, () => check(false))] })];

  it('says there is nothing to look at', () => {
    expect(warningSummary({ warnings: [], reports: reports(0) })).toEqual(["No warnings: every check of the reports' own arithmetic agrees with what they print."]);
  });
  it('repeats each warning, then explains them in one line', () => {
    const lines = warningSummary({ warnings: [warning, warning, warning], reports: reports(3) });
    expect(lines.slice(0, 3)).toEqual(Array(3).fill('warning: data/sources/x.txt:3: f: stated 1, computed 2'));
    expect(lines[3]).toBe(
      "3 warnings: the reports' own arithmetic disagrees in 3 places. The figures are published as printed and each report page lists its checks (docs/architecture.md, \"Disagreements are warnings\").",
    );
    expect(lines).toHaveLength(4);
  });
  it('counts warnings that are not arithmetic apart', () => {
    const last = warningSummary({ warnings: [warning, warning, warning], reports: reports(1) }).at(-1);
    expect(last).toMatch(/^3 warnings: the reports' own arithmetic disagrees in 1 place; 2 other inputs need a look \(listed above\)\. /u);
  });
});

describe('npm start (scripts/serve/cli.ts)', () => {
  it('prints the warnings, one line on them and the one address that answers, never clears the screen, and stops on Ctrl-C', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/serve/cli.ts', '--dir', site, '--port', '0'], { cwd: ROOT, env: process.env });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 20_000;
    while (!/Serving .*\n/u.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));

    const urls = out.match(/https?:\/\/[^\s)]+/gu) ?? [];
    expect(urls, out).toHaveLength(1);
    expect(urls[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    expect((await fetch(urls[0]!)).status).toBe(200);
    expect(out).toContain('(Ctrl-C stops it)');
    // No escape sequence: nothing clears the terminal or moves the cursor.
    expect(out).not.toContain('\u001b');

    // The data this run built (test/global-setup.ts): its warnings, and the disagreements counted from its checks.
    const data = readSiteData(dataLocations().generatedDir);
    const disagreements = data.reports.flatMap((r) => r.checks).filter((c) => !c.ok).length;
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('warning: '))).toHaveLength(data.warnings.length);
    expect(data.warnings.length).toBeGreaterThan(0);
    expect(lines.find((l) => /^\d+ warnings?: /u.test(l))).toMatch(new RegExp(`^${data.warnings.length} warnings?: the reports' own arithmetic disagrees in ${disagreements} place`, 'u'));

    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
