/**
 * Draft files in the project's data layout (docs/data-format.md), for a person to review:
 *
 *   sources/<id>.txt                 the text, byte for byte
 *   reports/<id>.json                the headline figures, each with `printed` and `quote`
 *   reports/<id>.indicators.csv      the indicator rows found in tables
 *   sources.row.csv                  the row to add to data/sources.csv (with the sha256)
 *   REVIEW.md                        what to check: every flagged value, every trap set aside
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { pinyin } from 'pinyin-pro';
import { INDICATOR_FILE, SOURCE_FILE, type DepartmentRow } from '../../src/lib/data/schema.ts';
import { Glossary, proposeEnglish } from '../../src/lib/data/glossary.ts';
import { UNTRANSLATED } from '../../src/lib/data/translation.ts';
import { uncertainNote, type Extraction } from './extract.ts';
import { FIGURE_FIELDS, HEADLINE_FIELDS } from './schema.ts';

export interface DraftOptions {
  /** The text's bytes as read (copied verbatim; their hash goes into the sources row) */
  bytes: Uint8Array;
  /** How the input is named in REVIEW.md */
  inputLabel: string;
  /** The report id to use instead of the suggested one */
  id?: string;
  /** Known departments (data/departments.csv), to suggest the department id */
  departments?: readonly DepartmentRow[];
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
    const known = departments.find((d) => d.name_zh === name || d.aliases.includes(name));
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

/** Builds the draft files of one report. */
export function draftFiles(x: Extraction, opts: DraftOptions): Draft {
  const f = x.fields;
  const dept = suggestDepartmentId(f.department_name.value, opts.departments ?? []);
  const id = opts.id ?? `${dept.id}-${f.fiscal_year.value ?? 'unknown'}-${f.kind.value ?? 'unknown'}`;
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');

  const figures: Record<string, { printed: string; quote: string; note?: string }> = {};
  for (const key of FIGURE_FIELDS) {
    const r = f[key];
    if (r.value === null || !r.best) continue;
    const note = uncertainNote(r);
    figures[key] = { printed: r.best.printed, quote: r.best.quote.quote, ...(note ? { note } : {}) };
  }
  const glossary = opts.glossary ?? new Glossary([]);
  const projectName = f.kind.value === 'project' ? f.project_name.value : null;
  const projectNameEn = proposeEnglish(glossary, projectName);
  const record = { id, project_name: projectName, ...(projectNameEn ? { project_name_en: projectNameEn } : {}), figures, tasks: [], duties: [], problems: [], measures: [], notes: [] };

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
  const proposed = [projectNameEn, source.title_en, ...indicatorCells.flatMap((row) => row.filter((_, i) => INDICATOR_FILE.columns[i]!.endsWith('_en')))].filter(Boolean);
  const untranslated = proposed.filter((e) => e.startsWith(UNTRANSLATED));
  const review = [
    `# Review: ${id}`,
    '',
    `A draft extracted from \`${opts.inputLabel}\` by \`npm run extract\`. Nothing in it is checked yet.`,
    '',
    '1. Check every value below against the text (line numbers are the text\'s), and the flagged ones first.',
    `2. In \`reports/${id}.json\`, correct what is wrong, and delete each \`"note": "UNCERTAIN: …"\` once resolved (a note that stays is published).`,
    `3. Copy \`sources/${id}.txt\` and \`reports/\` into \`data/\`; add the row of \`sources.row.csv\` to \`data/sources.csv\`${dept.known ? '' : ` and a row for the department to \`data/departments.csv\` (“${f.department_name.value ?? '?'}” is not in it; the suggested id \`${dept.id}\` is a guess)`}.`,
    '4. Add what the extractor does not draft (tasks, duties, problems, measures, notes, other figures, budget lines): see docs/data-format.md.',
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
    ['sources.row.csv', csv(SOURCE_FILE.columns, [SOURCE_FILE.columns.map((c) => String(source[c as keyof typeof source]))])],
    ['REVIEW.md', review],
  ]);
  return { id, files };
}
