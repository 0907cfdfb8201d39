/**
 * The data build's output for the pages, and how the pages read it back. Two files:
 * `site-data.json` (everything the pages show) and `provenance.json` (every traced value,
 * which only the open data and the tests need; read on first use). Written as chunks so a
 * corpus of 15,000 reports never has to be one string in memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProvenanceRow, SiteData } from './model.ts';
import type { FileContent } from './write.ts';

const SITE_DATA_FILE = 'site-data.json';
const PROVENANCE_FILE = 'provenance.json';

/** A JSON array written one element per line (valid JSON, chunked). */
function* arrayChunks(items: readonly unknown[]): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i++) yield `${i > 0 ? ',' : ''}\n${JSON.stringify(items[i])}`;
  yield '\n]';
}

/** The object `{ key: value, … }`, arrays chunked by element. */
function* objectChunks(obj: Record<string, unknown>): Generator<string> {
  yield '{';
  let first = true;
  for (const [k, v] of Object.entries(obj)) {
    yield `${first ? '' : ','}\n${JSON.stringify(k)}:`;
    first = false;
    if (Array.isArray(v)) yield* arrayChunks(v);
    else yield JSON.stringify(v);
  }
  yield '\n}\n';
}

/** The generated files for the pages. */
export function generatedFiles(data: SiteData): [string, FileContent][] {
  const { provenance, ...rest } = data;
  return [
    [SITE_DATA_FILE, objectChunks(rest)],
    [PROVENANCE_FILE, (function* () { yield* arrayChunks(provenance); yield '\n'; })()],
  ];
}

/**
 * Reads the generated data back. `provenance` is loaded the first time it is used: the pages
 * never need it (every cited line is also on a figure, row or text), and at scale it is the
 * largest part.
 */
export function readSiteData(dir: string): SiteData {
  const data = JSON.parse(readFileSync(join(dir, SITE_DATA_FILE), 'utf8')) as Omit<SiteData, 'provenance'>;
  let provenance: ProvenanceRow[] | null = null;
  return Object.defineProperty(data, 'provenance', {
    enumerable: true,
    get: () => (provenance ??= JSON.parse(readFileSync(join(dir, PROVENANCE_FILE), 'utf8')) as ProvenanceRow[]),
  }) as SiteData;
}
