/** The text of a synthetic report, written line by line. */
import { CHINESE_NUMERALS } from './phrases.ts';

/** 一, 二, … (then Arabic numerals). */
export const numeral = (i: number) => CHINESE_NUMERALS[i] ?? String(i + 1);

/** Accumulates the text line by line; every helper returns the exact line it wrote. */
export class Text {
  readonly lines: string[] = [];
  add(line: string): string {
    this.lines.push(line);
    return line;
  }
  blank(): void {
    this.lines.push('');
  }
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
