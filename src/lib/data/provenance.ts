import { compact } from './text.ts';

/** Where a quote stands in its source. Lines are 1-based. */
export interface Location {
  line: number;
  endLine: number;
}

/**
 * A source text prepared for quote lookup. Quotes are matched with all whitespace removed
 * (PDF extraction breaks lines and spreads characters with spaces), nothing else.
 */
export class SourceText {
  readonly lines: readonly string[];
  readonly #compact: string;
  /** line number (1-based) of each character of the compact text */
  readonly #lineOf: Uint32Array;

  constructor(readonly text: string) {
    // CRLF and a lone CR end a line like LF (decodeText has already made them LF; other callers may not have).
    this.lines = text.split(/\r\n|\r|\n/u);
    let c = '';
    const lineOf: number[] = [];
    this.lines.forEach((line, i) => {
      const part = compact(line);
      c += part;
      for (let k = 0; k < part.length; k++) lineOf.push(i + 1);
    });
    this.#compact = c;
    this.#lineOf = Uint32Array.from(lineOf);
  }

  /** Every place the quote occurs; empty when it does not. */
  locateAll(quote: string): Location[] {
    const q = compact(quote);
    if (q === '') return [];
    const found: Location[] = [];
    for (let i = this.#compact.indexOf(q); i >= 0; i = this.#compact.indexOf(q, i + 1)) {
      found.push({ line: this.#lineOf[i] ?? 0, endLine: this.#lineOf[i + q.length - 1] ?? 0 });
    }
    return found;
  }

  /** The first place the quote occurs, or null. */
  locate(quote: string): Location | null {
    return this.locateAll(quote)[0] ?? null;
  }

  contains(part: string): boolean {
    return this.#compact.includes(compact(part));
  }
}

/** Whether `part` occurs in `whole`, whitespace aside. */
export function containsLoosely(whole: string, part: string): boolean {
  return compact(whole).includes(compact(part));
}
