/**
 * Builds the full-text index at build time: every term (Han bigram or word, text.ts) of every
 * report's texts (units.ts: the curated record, the verbatim source, what the report is
 * called), with the reports that hold it, filed into shards by a hash of the term's key.
 * The browser fetches only the shards of a query's terms (src/lib/search/fulltext/query.ts).
 *
 * The number of shards follows the index's size, so that a shard stays near SHARD_BYTES
 * however many reports there are: one file for the five real reports, a few hundred for
 * 15,000.
 */
import type { SiteData } from '../../data/model.ts';
import { expandPayload, reportWords } from '../wire.ts';
import type { SearchPayload } from '../types.ts';
import { encodeShard } from './shard.ts';
import { shardKey, shardOf, textTerms } from './text.ts';
import { curatedUnits, sourceUnits } from './units.ts';

/** Target size of one shard (bytes, before compression): a query of a few terms fetches a few of them. */
const SHARD_BYTES = 12 * 1024;

/** What the browser needs to find the shards: carried in the search payload (`ft`). */
export interface FullTextManifest {
  v: 1;
  /** Number of shard files, `search/ft/<n>.bin` for n from 0 */
  shards: number;
  /** Reports indexed (the payload's report list, in its order) */
  reports: number;
  /** Source file names that are not `<report id>.txt`, by report index */
  sources: Record<string, string>;
}

export interface FullTextIndex {
  manifest: FullTextManifest;
  shards: Uint8Array<ArrayBuffer>[];
}

/** The report tables of a data set keyed as in the published bundle (budgetLines → budget_lines), provenance left out. */
function bundleTables(data: SiteData): [string, Map<string, unknown[]>][] {
  const out: [string, Map<string, unknown[]>][] = [];
  for (const [key, rows] of Object.entries(data)) {
    if (key === 'provenance' || key === 'reports' || !Array.isArray(rows)) continue;
    const first: unknown = rows[0];
    if (typeof first !== 'object' || first === null || !('report_id' in first)) continue;
    const byReport = new Map<string, unknown[]>();
    for (const row of rows as { report_id: string }[]) {
      const list = byReport.get(row.report_id);
      if (list) list.push(row);
      else byReport.set(row.report_id, [row]);
    }
    out.push([key.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`), byReport]);
  }
  return out;
}

export function buildFullTextIndex(data: SiteData, payload: SearchPayload, readSource: (file: string) => string): FullTextIndex {
  const x = expandPayload(payload);
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  const tables = bundleTables(data);
  const postings = new Map<string, number[]>();
  const sources: Record<string, string> = {};
  const terms = new Set<string>();
  x.reportIds.forEach((id, r) => {
    const report = reports.get(id);
    if (!report) throw new Error(`search index: report ${id} is not in the data`);
    if (report.source_file !== `${id}.txt`) sources[String(r)] = report.source_file;
    const bundle: Record<string, unknown> = { report };
    for (const [key, byReport] of tables) bundle[key] = byReport.get(id) ?? [];
    terms.clear();
    for (const u of curatedUnits(bundle)) textTerms(u.text, terms, payload.t2s);
    for (const u of sourceUnits(readSource(report.source_file))) textTerms(u.text, terms, payload.t2s);
    for (const w of reportWords(x, r).flat()) textTerms(w, terms, payload.t2s);
    for (const t of terms) {
      const list = postings.get(t);
      if (list) list.push(r);
      else postings.set(t, [r]);
    }
  });
  const n = x.reportIds.length;
  // Size estimate per term: its bytes plus the smaller of a bitmap and a list of gaps.
  let total = 0;
  for (const [t, ids] of postings) total += t.length * 3 + 2 + Math.min(Math.ceil(n / 8), ids.length * 2);
  let shards = 1;
  while (total / shards > SHARD_BYTES) shards *= 2;
  const files: [string, number[]][][] = Array.from({ length: shards }, () => []);
  for (const [t, ids] of postings) files[shardOf(shardKey(t), shards)]!.push([t, ids]);
  return {
    manifest: { v: 1, shards, reports: n, sources },
    shards: files.map((f) => encodeShard(f.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), n)),
  };
}
