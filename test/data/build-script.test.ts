/**
 * scripts/build-data.ts as a person runs it: a failed build exits 1 with one message and leaves
 * the previous output byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
function buildData(dataDir: string) {
  const r = spawnSync(process.execPath, [TSX, 'scripts/build-data.ts', '--data', relative(ROOT, dataDir), '--generated', gen, '--public', pub], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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
      stdout: expect.stringContaining('build-data: 2 departments, 1 reports, 4 indicators, 1 budget lines, 32 traced values, 1 warnings\n'),
    });
    const files = [...snapshot(tmp).keys()].sort();
    expect(files).toContain('gen/site-data.json');
    for (const t of ['departments', 'reports', 'indicators', 'budget-lines', 'provenance']) {
      expect(files).toContain(`pub/${t}.csv`);
      expect(files).toContain(`pub/${t}.json`);
    }
    expect(files).toContain('pub/reports/fixture-2023-department.json');
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
      "error: test/data/fixtures/broken/quote-not-found/reports/fixture-2023-department.json:9: figures.spent_wan.quote: quote "年度实际总支出 ９８７.６５ 万元" not found in test/data/fixtures/broken/quote-not-found/sources/fixture-2023-department.txt
      build-data: nothing was written; the previous output is unchanged.
      "
    `);
  });
});
