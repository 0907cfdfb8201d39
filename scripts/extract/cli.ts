/**
 * npm run extract -- <report.txt | report.pdf> [--json] [--out <dir>] [--force] [--id <report-id>]
 *
 * Drafts a report from its text, or from a PDF's text layer (see docs/extract.md). A PDF's
 * extracted text becomes the verbatim source; the PDF's SHA-256 is written beside it
 * (`pdf.json`). A PDF without a text layer is refused, and nothing is written.
 * - `--json`: prints one JSON object on stdout, nothing else (messages go to stderr).
 * - `--out <dir>`: writes draft files in the data layout for review; refuses to overwrite an
 *   existing file unless `--force`; says on stderr what it wrote.
 * - neither: prints a readable summary.
 * Exits 1 on bad input or a refused overwrite, 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError, decodeText, formatWarning, parseCsv, type Warning } from '../../src/lib/data/parse.ts';
import { DEPARTMENT_FILE, departmentRow, type DepartmentRow } from '../../src/lib/data/schema.ts';
import { Glossary, readGlossary } from '../../src/lib/data/glossary.ts';
import { draftFiles } from './draft.ts';
import { extractReport, toJson, uncertainNote } from './extract.ts';
import { PdfError, readPdf, type PdfText } from './pdf.ts';

/** A PDF starts with `%PDF-` (a few bytes of junk before it are allowed by readers). */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}
import { HEADLINE_FIELDS } from './schema.ts';

const USAGE = 'usage: npm run extract -- <report.txt | report.pdf> [--json] [--out <dir>] [--force] [--id <report-id>]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function commandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        id: { type: 'string' },
        departments: { type: 'string', default: 'data/departments.csv' },
      },
    });
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }
}
const { values, positionals } = commandLine();
if (positionals.length !== 1) fail(USAGE, 2);
if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.id)) fail(`--id "${values.id}" is not a lower-case slug such as "guangzhou-baiyun-2021-department"`, 2);

const input = positionals[0]!;
const label = relative(process.cwd(), resolve(input)) || input;
const warnings: Warning[] = [];
try {
  if (!existsSync(input)) throw new DataError(label, null, null, 'file not found');
  const read = readFileSync(input);
  let bytes: Uint8Array = read;
  let pdf: PdfText | null = null;
  if (isPdf(read)) {
    try {
      pdf = await readPdf(read);
    } catch (e) {
      if (e instanceof PdfError) throw new DataError(label, null, null, e.message);
      throw e;
    }
    // The extracted text is the verbatim source from now on.
    bytes = new TextEncoder().encode(pdf.text);
    process.stderr.write(`read ${pdf.pages} page${pdf.pages === 1 ? '' : 's'} of text from ${label} (${pdf.reader}); sha256 ${pdf.sha256}\n`);
  }
  const text = decodeText(label, bytes, warnings);
  for (const w of warnings) process.stderr.write(`warning: ${formatWarning(w)}\n`);
  const x = extractReport(text);

  if (values.json) process.stdout.write(`${JSON.stringify(toJson(x), null, 2)}\n`);

  if (values.out !== undefined) {
    const departments: DepartmentRow[] = existsSync(values.departments)
      ? parseCsv(values.departments, readFileSync(values.departments, 'utf8'), DEPARTMENT_FILE.columns, departmentRow, DEPARTMENT_FILE.optional).map((r) => r.value)
      : [];
    // The glossary beside the departments (data/glossary.csv): known terms get their English in the draft.
    const glossaryPath = join(dirname(values.departments), 'glossary.csv');
    const glossary = existsSync(glossaryPath) ? readGlossary(glossaryPath) : new Glossary([]);
    const draft = draftFiles(x, { bytes, inputLabel: label, departments, glossary, ...(values.id ? { id: values.id } : {}), ...(pdf ? { pdf: { file: basename(input), sha256: pdf.sha256, pages: pdf.pages, reader: pdf.reader } } : {}) });
    const outDir = resolve(values.out);
    const targets = [...draft.files.keys()].map((rel) => join(outDir, rel));
    const existing = targets.filter((t) => existsSync(t));
    if (existing.length > 0 && !values.force) {
      fail(`refusing to overwrite ${existing.map((t) => relative(process.cwd(), t)).join(', ')}: pass --force to replace ${existing.length === 1 ? 'it' : 'them'}`, 1);
    }
    // Each file is written beside its target and renamed into place, so a failure leaves no half-written file.
    for (const [rel, content] of draft.files) {
      const target = join(outDir, rel);
      mkdirSync(dirname(target), { recursive: true });
      const tmp = `${target}.extract-tmp`;
      try {
        writeFileSync(tmp, content);
        renameSync(tmp, target);
      } finally {
        rmSync(tmp, { force: true });
      }
      process.stderr.write(`wrote ${relative(process.cwd(), target)}\n`);
    }
    const flagged = HEADLINE_FIELDS.filter((k) => x.fields[k].uncertain.length > 0);
    process.stderr.write(`draft ${draft.id}: ${flagged.length === 0 ? 'no field flagged' : `flagged ${flagged.join(', ')}`}; review ${relative(process.cwd(), join(outDir, 'REVIEW.md'))}\n`);
  }

  if (!values.json && values.out === undefined) {
    const lines = HEADLINE_FIELDS.map((k) => {
      const r = x.fields[k];
      const where = r.best ? `  line ${r.best.quote.line}: ${r.best.quote.quote.replace(/\s+/gu, ' ')}` : '';
      const note = uncertainNote(r);
      return `${k.padEnd(20)}${r.value ?? 'null'}${where}${note ? `\n${' '.repeat(20)}${note}` : ''}`;
    });
    process.stdout.write(`${lines.join('\n')}\nindicators          ${x.indicators.length} rows\n`);
  }
} catch (e) {
  if (e instanceof DataError) fail(`error: ${e.message}`, 1);
  throw e;
}
