/**
 * A seeded pseudo-random number generator for the synthetic corpus.
 *
 * mulberry32 (Tommy Ettinger's 32-bit mixer), written out here rather than taken from a
 * package: it is a dozen lines, its output is identical in every JavaScript engine and Node
 * version (only 32-bit integer arithmetic via Math.imul), and a corpus must be byte-identical
 * for a seed forever, whatever d3-random or another library changes in a later release.
 * Not for cryptography; plenty for shaping test data.
 */
export type Rng = () => number;

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed from a seed and a key (FNV-1a over the key's UTF-16 units), so every
 * department gets its own stream: its content does not depend on how many others are drawn.
 */
export function subSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Helpers over one stream; every draw advances it, so call order is part of the output. */
export class Random {
  readonly next: Rng;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** true with probability p */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** An integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** A float in [min, max) */
  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** One of `items`, chosen with the given weights */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items.at(-1)![0];
  }
  /** Standard normal (Box–Muller) */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Log-normal with the given median and spread (sd of the log) */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }
  /** `n` distinct items in random order (partial Fisher–Yates on a copy) */
  sample<T>(items: readonly T[], n: number): T[] {
    const a = [...items];
    const k = Math.min(n, a.length);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.next() * (a.length - i));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, k);
  }
}
