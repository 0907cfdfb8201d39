/**
 * Reads a report's verbatim source text at build time (data/sources/<file>, or DATA_DIR's) and splits it into
 * numbered lines the same way the data build locates quotes (1-based, split on \n or \r\n).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLocations } from '../data/locations.ts';

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
  return splitLines(readFileSync(join(dir, file), 'utf8'));
}
