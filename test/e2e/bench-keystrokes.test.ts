/**
 * The benchmark's keystroke timing (scripts/bench/browser.ts) on the five-report site: every
 * keystroke that changes the query is timed once, in order, with its own results; a space,
 * whose search leaves the query as it was, is waited for and not counted.
 */
import { describe, expect, it } from 'vitest';
import { measureOwnSearch } from '../../scripts/bench/browser.ts';
import type { BenchQuery } from '../../scripts/bench/queries.ts';
import { SITE_DIR } from './global-setup.ts';
import { siteAndBrowser } from './harness.ts';

const s = siteAndBrowser(SITE_DIR);

describe('benchmark keystroke timing', () => {
  it('times each keystroke that changes the query once, spaces (leading ones too) left out', async () => {
    const queries = ['白云 2021', 'panyu  2021 疫情', ' 番禺'].map((q): BenchQuery => ({ q, kind: 'chinese', expected: [], ideal: 1 }));
    const result = await measureOwnSearch(s.browser, s.server.origin, SITE_DIR, queries);
    // Prefixes as typed, trimmed, without the ones a space repeats: worked out from the queries alone.
    const expected = queries.flatMap(({ q }) => {
      const out: string[] = [];
      for (let n = 1; n <= [...q].length; n++) {
        const prefix = [...q].slice(0, n).join('');
        if (prefix.trim() !== [...q].slice(0, n - 1).join('').trim()) out.push(prefix.trim());
      }
      return out;
    });
    expect(result.keystrokes.map((k) => k.prefix)).toEqual(expected);
    for (const k of result.keystrokes) expect(k.ms, k.prefix).toBeGreaterThan(0);
  }, 120_000);
});
