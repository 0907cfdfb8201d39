/**
 * The real reports of a data folder as evaluation cases: their headline answers come from the
 * curated records (data/reports, sources.csv, departments.csv), and their complete drafts are
 * compared with the curated records part by part (completeness.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../../src/lib/data/load.ts';
import { parseDecimal } from '../../src/lib/data/numbers.ts';
import { SourceText, containsLoosely } from '../../src/lib/data/provenance.ts';
import type { Glossary } from '../../src/lib/data/glossary.ts';
import type { Draft } from './draft.ts';
import { draftFiles } from './draft.ts';
import { comparePart, recordParts, type PartScore } from './completeness.ts';
import type { CaseResult } from './evaluate.ts';
import { extractReport, toJson, type Extraction } from './extract.ts';
import type { Expected } from './schema.ts';

export interface SeedCase {
  id: string;
  dataDir: string;
  text: string;
  extraction: Extraction;
  draft: Draft;
  result: CaseResult;
  /** The data folder's glossary: the English the build gives a curated text that is a glossary term */
  glossary: Glossary;
}

/** The reports of `dataDir`, extracted and drafted, with their expected headline answers. */
export function seedCases(dataDir: string, labelRoot: string): SeedCase[] {
  const data = loadData(dataDir, labelRoot);
  const departments = data.departments.map((d) => d.value);
  // As `npm run extract` drafts: known terms get their English from the glossary beside the data.
  const glossary = data.glossary;
  return data.reports.map((r) => {
    const text = r.text.text;
    const f = r.record.value.figures;
    const num = (k: keyof typeof f) => {
      const fig = f[k];
      if (!fig) return null;
      const n = Number(parseDecimal(fig.printed.replace(/万元$|%$|分$/u, '')));
      return fig.negative ? -n : n;
    };
    const expected: Expected = {
      about: `Real report ${r.source.id}: answers from the curated record`,
      made_up: false,
      department_name: departments.find((d) => d.id === r.source.department_id)?.name_zh ?? null,
      fiscal_year: r.source.fiscal_year,
      kind: r.source.kind,
      project_name: r.record.value.project_name,
      budget_initial_wan: num('budget_initial_wan'),
      budget_adjustment_wan: num('budget_adjustment_wan'),
      budget_final_wan: num('budget_final_wan'),
      spent_wan: num('spent_wan'),
      execution_rate_pct: num('execution_rate_pct'),
      self_score: num('self_score'),
      grade: f.grade?.printed ?? null,
    };
    const extraction = extractReport(text);
    const bytes = readFileSync(join(dataDir, 'sources', r.source.file));
    const draft = draftFiles(extraction, { bytes, inputLabel: r.source.file, departments, glossary, id: r.source.id });
    return { id: r.source.id, dataDir, text, extraction, draft, glossary, result: { case: r.source.id, expected, got: toJson(extraction), layout: extraction.layout } };
  });
}

const str = (v: string | Uint8Array | undefined) => (typeof v === 'string' ? v : '');

export interface SeedCompleteness {
  id: string;
  scores: PartScore[];
  /** Drafted values that are not in their quote, or quotes not in the text */
  unsupported: string[];
}

/** The draft's parts against the curated record's, and every drafted value checked against the text. */
export function seedCompleteness(seeds: readonly SeedCase[]): SeedCompleteness[] {
  return seeds.map((s) => {
    const reports = join(s.dataDir, 'reports');
    const curatedTables = Object.fromEntries(
      readdirSync(reports).filter((f) => f.startsWith(`${s.id}.`) && f.endsWith('.csv')).map((f) => [f.slice(s.id.length + 1, -4), readFileSync(join(reports, f), 'utf8')]),
    );
    const curated = recordParts(JSON.parse(readFileSync(join(reports, `${s.id}.json`), 'utf8')), curatedTables, s.glossary);
    const draftJson = JSON.parse(str(s.draft.files.get(`reports/${s.id}.json`))) as Record<string, unknown>;
    const draftTables = Object.fromEntries(
      [...s.draft.files.entries()].filter(([k]) => k.startsWith(`reports/${s.id}.`) && k.endsWith('.csv')).map(([k, v]) => [k.slice(`reports/${s.id}.`.length, -4), str(v)]),
    );
    const drafted = recordParts(draftJson, draftTables);
    const scores = curated.map((p) => comparePart(p, drafted.find((d) => d.name === p.name)));
    return { id: s.id, scores, unsupported: unsupported(new SourceText(s.text), draftJson, s.extraction) };
  });
}

/** Every drafted value must stand in its quote and every quote in the text: a value the text does not state is an invention. */
function unsupported(source: SourceText, json: Record<string, unknown>, x: Extraction): string[] {
  const out: string[] = [];
  const figures = (json.figures ?? {}) as Record<string, { printed: string; quote: string }>;
  for (const [k, f] of Object.entries(figures)) {
    if (!source.contains(f.quote)) out.push(`figures.${k}: quote not in the text: ${f.quote}`);
    else if (!containsLoosely(f.quote, f.printed)) out.push(`figures.${k}: “${f.printed}” not in its quote`);
  }
  for (const part of ['duties', 'problems', 'measures'] as const) {
    for (const i of (json[part] ?? []) as { text: string; quote: string }[]) if (!source.contains(i.quote)) out.push(`${part}: quote not in the text: ${i.quote}`);
  }
  for (const r of x.indicators) {
    if (!source.contains(r.quote)) out.push(`indicators: quote not in the text: ${r.quote}`);
    for (const v of [r.name, r.target_text, r.actual_text]) if (v && !source.contains(v)) out.push(`indicators: “${v}” not in the text`);
  }
  for (const l of x.record.budgetLines) {
    if (!source.contains(l.quote)) out.push(`budget lines: quote not in the text: ${l.quote}`);
    for (const v of [l.initial_wan, l.final_wan, l.spent_wan, l.execution_rate_pct, l.score]) if (v && !containsLoosely(l.quote, v.replace(/^-/u, ''))) out.push(`budget lines: “${v}” not in its quote`);
  }
  return out;
}
