/**
 * Text in, headline fields with their evidence out. See docs/extract.md.
 */
import { resolve, type Candidate, type Resolved } from './candidates.ts';
import { tableRows } from './cells.ts';
import { Flow } from './flow.ts';
import { formFigures } from './form.ts';
import { findDepartment, findFiscalYear, findKind, findProject, findTitle, type Title } from './identity.ts';
import { extractIndicators } from './indicators.ts';
import { proseFigures, proseGrades, type Skipped } from './prose.ts';
import { FIGURE_FIELDS, HEADLINE_FIELDS, type Evidence, type ExtractionJson, type HeadlineField, type IndicatorDraft } from './schema.ts';

export interface Extraction {
  /** The text as decoded */
  text: string;
  title: Title | null;
  fields: Record<HeadlineField, Resolved>;
  indicators: IndicatorDraft[];
}

function notesFor(skipped: readonly Skipped[], field: HeadlineField): string[] {
  return skipped.filter((s) => s.field === field).map((s) => s.note);
}

/** Extracts the headline fields, their evidence and the indicator rows from a report's text. */
export function extractReport(text: string): Extraction {
  const flow = new Flow(text);
  const rows = tableRows(text, flow.reading);
  const title = findTitle(flow);

  const kindCandidate = findKind(flow, title);
  const kind = resolve('kind', kindCandidate ? [kindCandidate] : []);
  const fiscalYear = resolve('fiscal_year', findFiscalYear(flow, title));
  const ctx = {
    kind: (kind.value as 'department' | 'project' | null) ?? null,
    fiscalYear: fiscalYear.value === null ? null : Number(fiscalYear.value),
  };

  const department = resolve('department_name', findDepartment(flow, title));
  const projectCandidate = ctx.kind === 'department' ? null : findProject(flow);
  const project = resolve('project_name', projectCandidate ? [projectCandidate] : []);

  const prose = proseFigures(flow, ctx);
  const grades = proseGrades(flow, ctx);
  const form = formFigures(flow, rows);
  const candidates: Candidate[] = [...form.candidates, ...prose.candidates, ...grades.candidates];
  const skipped = [...form.skipped, ...prose.skipped, ...grades.skipped];
  const figures = Object.fromEntries(
    FIGURE_FIELDS.map((f) => [f, resolve(f, candidates, [...(form.doubts[f] ?? []), ...notesFor(prose.doubts, f)], notesFor(skipped, f))]),
  ) as Record<(typeof FIGURE_FIELDS)[number], Resolved>;

  return {
    text,
    title,
    fields: { department_name: department, fiscal_year: fiscalYear, kind, project_name: project, ...figures },
    indicators: extractIndicators(flow, rows),
  };
}

/** The field's value in JSON: numbers as numbers, the rest as strings. */
function jsonValue(field: HeadlineField, value: string | null): string | number | null {
  if (value === null) return null;
  if (field === 'department_name' || field === 'kind' || field === 'project_name' || field === 'grade') return value;
  return Number(value);
}

/** The note that flags a value (or its absence) for review. */
export function uncertainNote(r: Resolved): string | undefined {
  return r.uncertain.length > 0 ? `UNCERTAIN: ${r.uncertain.join('；')}` : undefined;
}

/** The object `--json` prints. */
export function toJson(x: Extraction): ExtractionJson {
  const evidence: Partial<Record<HeadlineField, Evidence>> = {};
  for (const f of HEADLINE_FIELDS) {
    const r = x.fields[f];
    const note = uncertainNote(r);
    if (r.best) evidence[f] = { printed: r.best.printed, quote: r.best.quote.quote, line: r.best.quote.line, ...(note ? { note } : {}) };
    else if (note) evidence[f] = { printed: null, quote: null, line: null, note };
  }
  const v = (f: HeadlineField) => jsonValue(f, x.fields[f].value);
  return {
    department_name: v('department_name') as string | null,
    fiscal_year: v('fiscal_year') as number | null,
    kind: v('kind') as 'department' | 'project' | null,
    project_name: v('project_name') as string | null,
    budget_initial_wan: v('budget_initial_wan') as number | null,
    budget_final_wan: v('budget_final_wan') as number | null,
    spent_wan: v('spent_wan') as number | null,
    execution_rate_pct: v('execution_rate_pct') as number | null,
    self_score: v('self_score') as number | null,
    grade: v('grade') as string | null,
    indicators: x.indicators,
    evidence,
  };
}
