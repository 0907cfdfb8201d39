/**
 * scripts/build-data.ts as a person runs it: a failed build exits 1 with its messages and leaves
 * the previous output byte for byte as it was; a build killed at the worst moments leaves the
 * two outputs both previous or (once the next run recovers) both new, never one of each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN, GOLDEN, ROOT } from './helpers.ts';

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const tmp = mkdtempSync(join(tmpdir(), `build-data-test-${process.pid}-`));
const gen = join(tmp, 'gen');
const pub = join(tmp, 'pub');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the script with the Node that runs the tests (the project's pinned one under npm test). */
function buildData(dataDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [TSX, 'scripts/build-data.ts', '--data', relative(ROOT, dataDir), '--generated', gen, '--public', pub], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', ...env },
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` (and every folder beside it) with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(relative(tmp, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

describe('scripts/build-data.ts', () => {
  // The previous output every failed build must leave untouched: built before any test, so
  // each test stands alone (run on its own, filtered or shuffled).
  let golden: ReturnType<typeof buildData>;
  beforeAll(() => {
    golden = buildData(GOLDEN);
  });

  it('builds the golden fixture into the output folders', () => {
    const r = golden;
    expect(r.stderr).toContain('budget_lines[0].execution_rate_pct');
    expect({ status: r.status, stdout: r.stdout }).toEqual({
      status: 0,
      stdout: expect.stringContaining('build-data: 2 departments, 1 reports, 4 indicators, 2 budget lines, 2 outcomes, 36 traced values, 1 warnings\n'),
    });
    const files = [...snapshot(tmp).keys()].sort();
    expect(files).toContain('gen/site-data.json');
    for (const t of ['departments', 'reports', 'indicators', 'budget-lines', 'provenance']) {
      expect(files).toContain(`pub/${t}.csv`);
      expect(files).toContain(`pub/${t}.json`);
    }
    expect(files).toContain('pub/reports/guangzhou-baiyun-2023-department.json');
    expect(files).toContain('pub/sources/fixture-2023-department.txt');
  });

  it.each(['quote-not-found', 'unknown-department'])('on bad input (%s) exits 1 with the message, and leaves the previous output byte-identical', (c) => {
    const before = snapshot(tmp);
    expect(before.size).toBeGreaterThan(10);
    const r = buildData(join(BROKEN, c));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^error: test/data/fixtures/broken/${c}/[a-z0-9./-]+:\\d+: `, 'u'));
    expect(lines.slice(1)).toEqual(['build-data: nothing was written; the previous output is unchanged.']);
    const after = snapshot(tmp);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
    expect(readdirSync(tmp).sort()).toEqual(['gen', 'pub']);
  });

  it('prints exactly the message of the broken input', () => {
    const r = buildData(join(BROKEN, 'quote-not-found'));
    expect(r.stderr).toMatchInlineSnapshot(`
      "error: test/data/fixtures/broken/quote-not-found/reports/guangzhou-baiyun-2023-department.json:9: figures.spent_wan.quote: quote "年度实际总支出 ９８７.６５ 万元" not found in test/data/fixtures/broken/quote-not-found/sources/fixture-2023-department.txt
      build-data: nothing was written; the previous output is unchanged.
      "
    `);
  });

  it('prints every problem of a file, one "error:" line each', () => {
    const r = buildData(join(BROKEN, 'several-problems-one-file'));
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('error: ')).map((l) => l.replace(/: column.*$/u, ''))).toEqual([
      'error: test/data/fixtures/broken/several-problems-one-file/reports/guangzhou-baiyun-2023-department.indicators.csv:2',
      'error: test/data/fixtures/broken/several-problems-one-file/reports/guangzhou-baiyun-2023-department.indicators.csv:3: expected 16 columns, found 17',
      'error: test/data/fixtures/broken/several-problems-one-file/reports/guangzhou-baiyun-2023-department.indicators.csv:5',
    ]);
  });

  it('publishes a source text saved in GB18030 as UTF-8, the same text as the golden one', () => {
    const input = readFileSync(join(BROKEN, 'gb18030-source/sources/fixture-2023-department.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input)).toThrow();
    expect(buildData(join(BROKEN, 'gb18030-source')).status).toBe(0);
    const published = readFileSync(join(pub, 'sources/fixture-2023-department.txt'));
    expect(published.equals(readFileSync(join(GOLDEN, 'sources/fixture-2023-department.txt')))).toBe(true);
  });
});

describe('scripts/build-data.ts killed half-way', () => {
  /** The golden output, then a build of another data folder (its Jiangmen name_en starts with "="), killed at `moment`. */
  const killedAt = (moment: string) => {
    expect(buildData(GOLDEN).status).toBe(0);
    const before = snapshot(tmp);
    const r = buildData(join(BROKEN, 'formula-in-text'), { BUILD_DATA_TEST_KILL: moment });
    // Killed by SIGKILL: tsx reports its child's signal as exit status 128 + 9.
    expect(r.signal === 'SIGKILL' || r.status === 137).toBe(true);
    return before;
  };
  const isNew = () => ({
    generated: readFileSync(join(gen, 'site-data.json'), 'utf8').includes('=HYPERLINK'),
    published: readFileSync(join(pub, 'departments.csv'), 'utf8').includes("'=HYPERLINK"),
  });
  /** A run that fails on bad input still finishes (or undoes) what the killed run left. */
  const recoverWithFailingRun = () => expect(buildData(join(BROKEN, 'quote-not-found')).status).toBe(1);
  const leftovers = () => readdirSync(tmp).filter((f) => f !== 'gen' && f !== 'pub');

  it('before the commit marker: both outputs stay the previous ones, and the next run removes what was staged', () => {
    const before = killedAt('before-commit');
    expect(isNew()).toEqual({ generated: false, published: false });
    expect(leftovers().length).toBeGreaterThan(0);
    recoverWithFailingRun();
    expect(leftovers()).toEqual([]);
    const after = snapshot(tmp);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
  });

  it('after the commit marker: the next run puts both new outputs in place', () => {
    killedAt('after-commit');
    expect(isNew()).toEqual({ generated: false, published: false });
    recoverWithFailingRun();
    expect(isNew()).toEqual({ generated: true, published: true });
    expect(leftovers()).toEqual([]);
  });

  it('between the two swaps (the first output new, the second not): the next run completes the second', () => {
    killedAt('after-first-swap');
    expect(isNew()).toEqual({ generated: true, published: false });
    expect(existsSync(join(tmp, readdirSync(tmp).find((f) => f.startsWith('.build-journal-')) ?? 'none'))).toBe(true);
    recoverWithFailingRun();
    expect(isNew()).toEqual({ generated: true, published: true });
    expect(leftovers()).toEqual([]);
  });
});
