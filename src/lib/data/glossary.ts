/**
 * The glossary (data/glossary.csv): the English the project uses for terms that recur from
 * report to report — indicator names (满意度), indicator levels (产出指标), units (宗, 亿元) and
 * other terms. One file serves the data build (a text that is a glossary term gets its English
 * when the record has none, and a record's own English for it is checked against it), the pages
 * (levels and units arrive in English through the build) and the extractor's drafts (known terms
 * are proposed, the rest flagged for review).
 */
import { readFileSync } from 'node:fs';
import { DataError, Problems, decodeText, parseCsv, type CsvRow, type Warning } from './parse.ts';
import { GLOSSARY_COLUMNS, glossaryRow, type GlossaryRow } from './schema.ts';
import { compact, stripMarkup, toHalfWidth } from './text.ts';
import { UNTRANSLATED, needsTranslation } from './translation.ts';

export type GlossaryEntry = GlossaryRow;

/** How a text is looked up: markup, whitespace and full-width forms do not make another term. */
const key = (zh: string) => compact(toHalfWidth(stripMarkup(zh)));

export class Glossary {
  private readonly byZh = new Map<string, GlossaryEntry>();

  constructor(entries: readonly GlossaryEntry[]) {
    for (const e of entries) this.byZh.set(key(e.zh), e);
  }

  /** The glossary of a parsed glossary.csv; a term listed twice is an error at its second line. */
  static fromRows(file: string, rows: readonly CsvRow<GlossaryRow>[]): Glossary {
    const problems = new Problems();
    const first = new Map<string, number>();
    for (const r of rows) {
      const k = key(r.value.zh);
      const seen = first.get(k);
      if (seen !== undefined) problems.add(file, r.line, 'column "zh"', `"${r.value.zh}" is already listed on line ${seen}; a term has one English`);
      else first.set(k, r.line);
    }
    problems.check();
    return new Glossary(rows.map((r) => r.value));
  }

  /** The entry whose term is the whole of `zh` (whitespace and full-width forms aside), if any. */
  lookup(zh: string): GlossaryEntry | undefined {
    return this.byZh.get(key(zh));
  }

  /** The glossary terms that occur inside `zh`, longest first: hints for a translator. */
  termsIn(zh: string): GlossaryEntry[] {
    const k = key(zh);
    return [...this.byZh.entries()].filter(([term]) => term.length > 1 && k.includes(term)).map(([, e]) => e).sort((a, b) => key(b.zh).length - key(a.zh).length);
  }
}

/** Reads a glossary file (the extractor's drafts use the project's data/glossary.csv). */
export function readGlossary(path: string, label = path, warnings: Warning[] = []): Glossary {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new DataError(label, null, null, 'file not found');
  }
  return Glossary.fromRows(label, parseCsv(label, decodeText(label, bytes, warnings), GLOSSARY_COLUMNS, glossaryRow));
}

/**
 * What a draft (scripts/extract/) writes in the `_en` field of a text: the glossary's English
 * when the whole text is a known term, nothing when there is nothing to translate ("100%"),
 * else `UNTRANSLATED: <the text>` for a person to translate. The build never publishes that
 * placeholder: it warns and counts the text as untranslated.
 */
export function proposeEnglish(glossary: Glossary, zh: string | null | undefined): string {
  if (!zh || !needsTranslation(zh)) return '';
  return glossary.lookup(zh)?.en ?? `${UNTRANSLATED} ${zh.trim()}`;
}
