/**
 * Progress of a long command on stderr, without flooding it: a line at most every few seconds
 * (`every` ms), and none at all for work that finishes before the first interval, so a small
 * build prints exactly what it always printed.
 */
import type { BuildProgress } from '../src/lib/data/build.ts';

export type Progress = BuildProgress;

export interface ProgressOptions {
  /** Prefix of every line: "build-data" */
  name: string;
  /** Milliseconds between lines (default 3000) */
  every?: number;
  write?: (line: string) => void;
  now?: () => number;
}

export function progressReporter(opts: ProgressOptions): Progress {
  const every = opts.every ?? 3000;
  const write = opts.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = opts.now ?? (() => performance.now());
  const started = now();
  let last = started;
  const count = new Intl.NumberFormat('en');
  return (step, done, total) => {
    const t = now();
    if (t - last < every) return;
    last = t;
    write(`${opts.name}: ${step} ${count.format(done)} / ${count.format(total)} (${Math.round(((t - started) / 1000) * 10) / 10} s)`);
  };
}
