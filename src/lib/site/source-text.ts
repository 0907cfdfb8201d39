/**
 * Reads a report's verbatim source text at build time (data/sources/<file>, or DATA_DIR's) through the
 * data build's decoder and splits it into numbered lines the same way the build locates quotes
 * (1-based; CRLF and a lone CR end a line like LF).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLocations } from '../data/locations.ts';
import { decodeText } from '../data/parse.ts';

/** Where the verbatim texts live: data/sources/, or DATA_DIR's; the build runs from the project root. */
function sourceDir(root: string = process.cwd()): string {
  return dataLocations(process.env, root).sourcesDir;
}

/**
 * The lines of a text. A final newline ends the last line rather than starting an empty one,
 * so a file of 168 newline-terminated lines has 168 lines.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

export function readSourceLines(file: string, dir: string = sourceDir()): string[] {
  if (!/^[a-z0-9-]+\.txt$/u.test(file)) throw new Error(`unexpected source file name "${file}"`);
  // The one parse helper: a GB18030 text reads as the build read it, never as U+FFFD.
  return splitLines(decodeText(file, readFileSync(join(dir, file)), []));
}
