/** Progress lines of long commands (scripts/progress.ts): a line every few seconds, none for quick work. */
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../scripts/progress.ts';

function fakeClock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progressReporter', () => {
  it('prints nothing for work that ends within the first interval', () => {
    const lines: string[] = [];
    const clock = fakeClock();
    const report = progressReporter({ name: 'build-data', every: 3000, write: (l) => lines.push(l), now: clock.now });
    for (let i = 0; i < 5; i++) {
      clock.advance(100);
      report('read', i, 5);
    }
    expect(lines).toEqual([]);
  });

  it('prints at most one line per interval, with counts and seconds', () => {
    const lines: string[] = [];
    const clock = fakeClock();
    const report = progressReporter({ name: 'build-data', every: 3000, write: (l) => lines.push(l), now: clock.now });
    // 15,000 reports at 1 ms each: 15 s of work.
    for (let i = 0; i < 15_000; i++) {
      clock.advance(1);
      report('read', i, 15_000);
    }
    expect(lines).toEqual([
      'build-data: read 2,999 / 15,000 (3 s)',
      'build-data: read 5,999 / 15,000 (6 s)',
      'build-data: read 8,999 / 15,000 (9 s)',
      'build-data: read 11,999 / 15,000 (12 s)',
      'build-data: read 14,999 / 15,000 (15 s)',
    ]);
  });
});
