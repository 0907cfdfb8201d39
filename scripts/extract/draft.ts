/**
 * Draft files in the project's data layout (docs/data-format.md), for a person to review:
 *
 *   sources/<id>.txt                 the text, byte for byte
 *   reports/<id>.json                the headline figures, each with `printed` and `quote`
 *   reports/<id>.indicators.csv      the indicator rows found in tables and prose
 *   reports/<id>.budget-lines.csv    the budget lines
 *   outcomes.draft.json              results stated in prose (until the record has an outcomes table)
 *   sources.row.csv                  the row to add to data/sources.csv (with the sha256)
 *   REVIEW.md                        what to check: every flagged value, every trap set aside
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { pinyin } from 'pinyin-pro';
import { BUDGET_LINE_COLUMNS, BUDGET_LINE_FILE, INDICATOR_FILE, SOURCE_FILE, reportRecord, type DepartmentRow } from '../../src/lib/data/schema.ts';
import { normaliseGrade } from '../../src/lib/data/grade.ts';
import { Glossary, proposeEnglish } from '../../src/lib/data/glossary.ts';
import { UNTRANSLATED } from '../../src/lib/data/translation.ts';
import { uncertainNote, type Extraction } from './extract.ts';
import { FIGURE_FIELDS, HEADLINE_FIELDS } from './schema.ts';
import { foldText } from './fold.ts';

export interface DraftOptions {
  /** The text's bytes as read (copied verbatim; their hash goes into the sources row) */
  bytes: Uint8Array;
  /** How the input is named in REVIEW.md */
  inputLabel: string;
  /** The report id to use instead of the suggested one */
  id?: string;
  /** Known departments (data/departments.csv), to suggest the department id */
  departments?: readonly DepartmentRow[];
  /** The PDF the text was read from: its hash is recorded beside the source (`pdf.json`) */
  pdf?: { file: string; sha256: string; pages: number; reader: string };
  /** The project's glossary (data/glossary.csv): English for known terms; the rest is flagged UNTRANSLATED */
  glossary?: Glossary;
}

export interface Draft {
  id: string;
  /** Relative path → content */
  files: Map<string, string | Uint8Array>;
}

/** `广州市白云区投资促进局` → the id of data/departments.csv, else a pinyin slug of its places. */
export function suggestDepartmentId(name: string | null, departments: readonly DepartmentRow[]): { id: string; known: boolean } {
  if (name) {
    // A PDF's text layer may print look-alikes (江⻔ for 江门): names are compared folded.
    name = foldText(name);
    const known = departments.find((d) => foldText(d.name_zh) === name || d.aliases.some((a) => foldText(a) === name));
    if (known) return { id: known.id, known: true };
    const places = /^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?(?:(?<city>[\u4e00-\u9fff]{2,7}?)(?:市|州|盟|地区))?(?:(?<district>[\u4e00-\u9fff]{1,7}?)(?:区|县|旗|市))?/u.exec(name)?.groups ?? {};
    const parts = [places.city, places.district].filter((p): p is string => !!p);
    if (parts.length > 0) return { id: parts.map((p) => pinyin(p, { toneType: 'none', type: 'array' }).join('')).join('-').replace(/[^a-z-]/gu, ''), known: false };
  }
  return { id: 'unknown-department', known: false };
}

function csv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => [...r]) }, { newline: '\n' })}\n`;
}

/** `填报日期: 2025年4月18日` → `2025-04-18`; empty when the text prints none. */
function filedOn(text: string): string {
  const m = /(?:填报日期|报送日期|填报时间)\s*[:：]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
}

const cell = (s: string) => s.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ');

/** The outcomes of a draft in the record's shape (each with its quote and the line the build finds it on). */
function outcomes(x: Extraction, en: English): Record<string, string | number | null>[] {
  return x.record.outcomes.map((o) => ({ name: o.name, ...en('name', o.name), target_text: o.target_text, ...en('target_text', o.target_text), actual_text: o.actual_text, ...en('actual_text', o.actual_text), target_quantity: o.target_quantity, actual_quantity: o.actual_quantity, quote: o.quote.quote, line: o.quote.line }));
}

/** `{ <field>_en: … }` beside a Chinese text: the glossary's English, else `UNTRANSLATED: …`; nothing beside a text without Chinese. */
type English = (field: string, zh: string | null | undefined) => Record<string, string>;

/** The budget lines' rows; with `taskLines`, every task with its funds becomes a line of kind `task`. */
function budgetLineRows(x: Extraction, taskLines: boolean, glossary: Glossary): string[][] {
  // A line the text enumerates is a project unless it is a task's funds (an empty kind is not a kind).
  const cell = (r: Record<string, string>, c: string) => (c === 'name_en' ? proposeEnglish(glossary, r.name) : r[c] || (c === 'kind' ? 'project' : ''));
  const lines: Record<string, string>[] = x.record.budgetLines.map((l) => ({ ...l, line: String(l.line) }));
  if (taskLines) for (const t of x.record.tasks) if (t.funds) lines.push({ name: t.name, kind: 'task', funds_wan: t.funds.printed, quote: t.funds.quote.quote });
  return lines.map((r) => BUDGET_LINE_FILE.columns.map((c) => cell(r, c)));
}

/** Builds the draft files of one report. */
export function draftFiles(x: Extraction, opts: DraftOptions): Draft {
  const f = x.fields;
  const dept = suggestDepartmentId(f.department_name.value, opts.departments ?? []);
  const id = opts.id ?? `${dept.id}-${f.fiscal_year.value ?? 'unknown'}-${f.kind.value ?? 'unknown'}`;
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');

  const figures: Record<string, { printed: string; quote: string; negative?: true; note?: string }> = {};
  const converted: string[] = [];
  for (const key of FIGURE_FIELDS) {
    const r = f[key];
    if (r.value === null || !r.best) continue;
    // The record keeps amounts as printed in 万元: one printed in 元 or 亿元 is the reviewer's to enter.
    if (r.best.unit) { converted.push(`- \`${key}\` = ${r.value} 万元, printed “${r.best.printed}” in ${r.best.unit} (line ${r.best.quote.line}: ${r.best.quote.quote}): the record format takes 万元 as printed, so it is not in the draft JSON`); continue; }
    // A grade printed in a form the data format does not read (優 in a traditional text) is the reviewer's to enter.
    if (key === 'grade' && !normaliseGrade(r.best.printed)) { converted.push(`- \`grade\` = ${r.value}, printed “${r.best.printed}” (line ${r.best.quote.line}): the data format does not read this form, so it is not in the draft JSON`); continue; }
    const note = uncertainNote(r);
    const negative = r.value.startsWith('-') && !r.best.printed.startsWith('-');
    const fig = { printed: r.best.printed, quote: r.best.quote.quote, ...(negative ? { negative: true as const } : {}), ...(note ? { note } : {}) };
    // The data gate's own check of a figure (its number standing alone in its quote, with its
    // unit): a value cut from digits that ran together in a flattened form cannot stand so, and is
    // the reviewer's to enter with a quote that holds it.
    const gate = reportRecord.shape.figures.shape[key].safeParse(fig);
    if (!gate.success) { converted.push(`- \`${key}\` = ${r.value}, printed “${r.best.printed}” (line ${r.best.quote.line}: ${r.best.quote.quote}): the data build would refuse it (${gate.error.issues.map((i) => i.message).join('; ')}), so it is not in the draft JSON`); continue; }
    figures[key] = fig;
  }
  for (const [key, fig] of Object.entries(x.record.figures)) {
    if (figures[key] || !fig) continue;
    figures[key] = { printed: fig.printed, quote: fig.quote.quote, ...(fig.negative ? { negative: true as const } : {}) };
  }
  const glossary = opts.glossary ?? new Glossary([]);
  const en: English = (field, zh) => { const e = proposeEnglish(glossary, zh); return e ? { [`${field}_en`]: e } : {}; };
  const items = (list: readonly { text: string; quote: { quote: string } }[]) => list.map((i) => ({ text: i.text, ...en('text', i.text), quote: i.quote.quote }));
  // Where budget lines have a kind (project / task) and a funds column, a task's funds are a task line; else the task's own.
  const columns = BUDGET_LINE_COLUMNS as readonly string[];
  const taskLines = columns.includes('kind') && columns.includes('funds_wan');
  const projectName = f.kind.value === 'project' ? f.project_name.value : null;
  const projectNameEn = proposeEnglish(glossary, projectName);
  const record = {
    id, project_name: projectName, ...(projectNameEn ? { project_name_en: projectNameEn } : {}), figures,
    tasks: x.record.tasks.map((t) => ({ name: t.name, ...en('name', t.name), funds: t.funds && !taskLines ? { printed: t.funds.printed, quote: t.funds.quote.quote } : null, goal: t.goal, ...en('goal', t.goal), outcome: t.outcome, ...en('outcome', t.outcome), quote: t.quote.quote })),
    duties: items(x.record.duties), problems: items(x.record.problems), measures: items(x.record.measures),
    // Results stated in prose, where the record format has them (an outcomes table).
    ...('outcomes' in reportRecord.shape ? { outcomes: outcomes(x, en) } : {}),
    notes: [],
  };

  // Without a recognisable title, the text's opening words stand in (the build needs a title it can find).
  const openingWords = x.text.split('\n').map((l) => l.trim()).find((l) => l !== '' && !/TEST FIXTURE|测试夹具/u.test(l))?.slice(0, 40).trim() ?? id;
  const title = x.title?.text ?? openingWords;
  const source = {
    id, file: `${id}.txt`, sha256, title, title_en: proposeEnglish(glossary, title), department_id: dept.id,
    fiscal_year: f.fiscal_year.value ?? '', title_year: x.title?.year === null || x.title?.year === undefined ? '' : String(x.title.year),
    kind: f.kind.value ?? '', filed_on: filedOn(x.text), original_url: '', retrieved_on: '',
  };

  const flagged = HEADLINE_FIELDS.filter((k) => f[k].uncertain.length > 0);
  const set = HEADLINE_FIELDS.filter((k) => f[k].skipped.length > 0);
  const uncertainRows = x.indicators.filter((r) => r.note.startsWith('UNCERTAIN'));
  // Every text column of an indicator row with its proposed English beside it.
  const indicatorCells = x.indicators.map((r) => INDICATOR_FILE.columns.map((c) => (c.endsWith('_en') ? proposeEnglish(glossary, r[c.slice(0, -3) as keyof typeof r] as string) : String(r[c as keyof typeof r]))));
  const budgetRows = budgetLineRows(x, taskLines, glossary);
  const budgetNamesEn = budgetRows.map((row) => row[BUDGET_LINE_FILE.columns.indexOf('name_en')]!);
  // The English beside the record's own texts (duties, problems, measures, tasks, outcomes).
  const recordEn = Object.values(record).filter(Array.isArray).flat().flatMap((o) => Object.entries(o as object).filter(([k, v]) => k.endsWith('_en') && typeof v === 'string').map(([, v]) => v as string));
  const proposed = [projectNameEn, source.title_en, ...recordEn, ...indicatorCells.flatMap((row) => row.filter((_, i) => INDICATOR_FILE.columns[i]!.endsWith('_en'))), ...budgetNamesEn].filter(Boolean);
  const untranslated = proposed.filter((e) => e.startsWith(UNTRANSLATED));
  const review = [
    `# Review: ${id}`,
    '',
    `A draft extracted from \`${opts.inputLabel}\` by \`npm run extract\`. Nothing in it is checked yet.`,
    ...(opts.pdf ? ['', `The text is the text layer of the PDF \`${opts.pdf.file}\` (${opts.pdf.pages} pages, SHA-256 \`${opts.pdf.sha256}\`, read by ${opts.pdf.reader}); \`pdf.json\` records it. Look-alike characters the PDF holds (⾃ for 自, ⻔ for 门) stay in the source as they are: the quotes are cut from it.`] : []),
    '',
    '1. Check every value below against the text (line numbers are the text\'s), and the flagged ones first.',
    `2. In \`reports/${id}.json\`, correct what is wrong, and delete each \`"note": "UNCERTAIN: …"\` once resolved (a note that stays is published).`,
    `3. Copy \`sources/${id}.txt\` and \`reports/\` into \`data/\`; add the row of \`sources.row.csv\` to \`data/sources.csv\`${dept.known ? '' : ` and a row for the department to \`data/departments.csv\` (“${f.department_name.value ?? '?'}” is not in it; the suggested id \`${dept.id}\` is a guess)`}.`,
    `4. Check the drafted tasks, duties, problems, measures, other figures and budget lines, and the outcomes (results stated in prose${'outcomes' in reportRecord.shape ? '' : ', in `outcomes.draft.json` until the record format has an outcomes table'}: their names are cut out of sentences, word them); add the notes: see docs/data-format.md.`,
    '5. `npm run build:data`: it locates every quote in the text and checks the report\'s arithmetic.',
    '',
    '## Headline fields',
    '',
    '| field | value | line | quote | check |',
    '|---|---|---|---|---|',
    ...HEADLINE_FIELDS.map((k) => {
      const r = f[k];
      return `| ${k} | ${r.value === null ? '—' : cell(r.value)} | ${r.best?.quote.line ?? ''} | ${r.best ? cell(r.best.quote.quote) : ''} | ${r.uncertain.length > 0 ? '**UNCERTAIN**' : r.value === null ? 'not found' : ''} |`;
    }),
    '',
    '## Flagged (UNCERTAIN)',
    '',
    ...(flagged.length === 0 ? ['None.'] : flagged.map((k) => `- \`${k}\`${f[k].value === null ? ' (left null)' : ` = ${f[k].value}`}: ${f[k].uncertain.join('；')}`)),
    ...(uncertainRows.length > 0 ? [`- indicators: ${uncertainRows.length} of ${x.indicators.length} rows have an UNCERTAIN note (columns inferred)`] : []),
    ...(x.title ? [] : [`- \`title\` in sources.row.csv: no title line was recognised; the text's opening words “${title}” stand in`]),
    ...converted,
    '',
    '## Numbers set aside as traps',
    '',
    'A cue pointed at these numbers, and a rule set them aside (a year-on-year change, procurement, a single project inside a department report …). Check that none of them is the answer.',
    '',
    ...(set.length === 0 ? ['None.'] : set.flatMap((k) => f[k].skipped.map((s) => `- \`${k}\`: ${s}`))),
    '',
    '## English',
    '',
    `${proposed.length - untranslated.length} text(s) got their English from the glossary (data/glossary.csv); ${untranslated.length} say \`${UNTRANSLATED} …\`: write their English (or leave the field out) before the build. Glossary terms inside them, as hints:`,
    '',
    ...(() => {
      const hints = [...new Map(untranslated.flatMap((u) => glossary.termsIn(u)).map((e) => [e.zh, e])).values()];
      return hints.length === 0 ? ['None.'] : hints.map((e) => `- ${e.zh}: ${e.en}`);
    })(),
    '',
    '## Indicators',
    '',
    x.indicators.length === 0 ? 'No indicator table found.' : `${x.indicators.length} rows in \`reports/${id}.indicators.csv\`. Mark garbled rows \`legible=false\`; fill \`stated_met\` only where the text says 达到 / 未达到.`,
    '',
  ].join('\n');

  const files = new Map<string, string | Uint8Array>([
    [`sources/${id}.txt`, opts.bytes],
    [`reports/${id}.json`, `${JSON.stringify(record, null, 2)}\n`],
    [`reports/${id}.indicators.csv`, csv(INDICATOR_FILE.columns, indicatorCells)],
    [`reports/${id}.budget-lines.csv`, csv(BUDGET_LINE_FILE.columns, budgetRows)],
    ['sources.row.csv', csv(SOURCE_FILE.columns, [SOURCE_FILE.columns.map((c) => String(source[c as keyof typeof source]))])],
    ['REVIEW.md', review],
  ]);
  // Until the record format has an outcomes table, the drafted outcomes stand beside the record.
  if (!('outcomes' in reportRecord.shape)) files.set(`outcomes.draft.json`, `${JSON.stringify(outcomes(x, en), null, 2)}\n`);
  if (opts.pdf) files.set('pdf.json', `${JSON.stringify({ source: `sources/${id}.txt`, pdf: opts.pdf.file, pdf_sha256: opts.pdf.sha256, pages: opts.pdf.pages, text_read_by: opts.pdf.reader }, null, 2)}\n`);
  return { id, files };
}
