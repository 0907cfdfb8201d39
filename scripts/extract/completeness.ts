/**
 * How much of a curated record a draft reproduces, part by part, computed from whatever the
 * record holds (its JSON and every `<id>.<part>.csv` beside it), so the figure stays right when
 * the data format grows a part.
 *
 * A value is one field of one item: a figure; a problem's text; an indicator row's name,
 * target, result, levels, weight, score, stated met, reason; a budget line's amounts … Quotes,
 * notes, `legible` (a reviewer's judgement) and line numbers are provenance, not values.
 * An item of the record is matched to the draft's item with the most equal values; a value is
 * reproduced when the draft's is equal (text: whitespace, markup, full-width forms and
 * look-alike radicals aside; numbers: numerically, with the sign a `negative` flag gives).
 * Translations (`*_en`) are the project's words, not the text's: they are counted apart.
 */
import Papa from 'papaparse';
import { parseDecimal } from '../../src/lib/data/numbers.ts';
import { normaliseGrade } from '../../src/lib/data/grade.ts';
import { HEADLINE_FIGURES } from '../../src/lib/data/headline.ts';
import { compact, stripMarkup, toHalfWidth } from '../../src/lib/data/text.ts';
import type { Glossary } from '../../src/lib/data/glossary.ts';
import { UNTRANSLATED, needsTranslation } from '../../src/lib/data/translation.ts';
import { foldText } from './fold.ts';

/** One part of a record: its name and its items, each a map of field → value as written. */
export interface Part {
  name: string;
  items: Record<string, string>[];
}

/** Fields that are provenance or a reviewer's judgement, not values the text states. */
const NOT_VALUES = new Set(['quote', 'note', 'notes', 'legible', 'line', 'report_id', 'id', 'target_quote', 'target_line']);

function text(s: string): string {
  return compact(toHalfWidth(stripMarkup(foldText(s)))).replace(/^["“]|["”]$/gu, '');
}

/** A printed number with its unit or sign stripped, canonical; null when it is not a number. */
function number(s: string): string | null {
  try {
    return parseDecimal(toHalfWidth(s).replace(/\s+/gu, '').replace(/(?:万元|%|分|人|个|家|项)$/u, ''));
  } catch {
    return null;
  }
}

function sameValue(a: string, b: string): boolean {
  if (text(a) === text(b)) return true;
  const x = number(a);
  const y = number(b);
  if (x !== null && y !== null) return Number(x) === Number(y) && x.replace(/\.?0+$/u, '') === y.replace(/\.?0+$/u, '');
  const g = normaliseGrade(a);
  return g !== null && g === normaliseGrade(b);
}

function flatten(item: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (item === null || item === undefined) return out;
  if (typeof item !== 'object') { out[prefix || 'value'] = String(item); return out; }
  const o = item as Record<string, unknown>;
  // A figure: its value is the printed form, signed by `negative`.
  if (typeof o.printed === 'string' && typeof o.quote === 'string') {
    out[prefix || 'value'] = o.negative === true ? `-${o.printed}` : o.printed;
    return out;
  }
  for (const [k, v] of Object.entries(o)) {
    if (NOT_VALUES.has(k)) continue;
    Object.assign(out, flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}

/**
 * The parts of a record: its figures (headline figures, staff numbers and the other figures
 * apart), every array of its JSON, and every CSV table beside it. With a glossary (a curated
 * record), a text field that has a translation column and no English of its own gets the
 * glossary's English when it is a glossary term, as the data build publishes it.
 */
export function recordParts(json: unknown, tables: Record<string, string>, glossary?: Glossary): Part[] {
  const parts: Part[] = [];
  const record = (json ?? {}) as Record<string, unknown>;
  const figures = (record.figures ?? {}) as Record<string, unknown>;
  const groups: Record<string, Record<string, string>[]> = { 'headline figures': [], staff: [], 'other figures': [] };
  for (const [key, f] of Object.entries(figures)) {
    const value = flatten(f).value;
    if (value === undefined) continue;
    const group = (HEADLINE_FIGURES as readonly string[]).includes(key) ? 'headline figures' : key.startsWith('staff_') ? 'staff' : 'other figures';
    groups[group]!.push({ [key]: value });
  }
  const withGlossary = (items: Record<string, string>[], columns: readonly string[]) => {
    if (!glossary) return items;
    return items.map((item) => {
      const out = { ...item };
      for (const [k, v] of Object.entries(item)) {
        if (isTranslation(k) || !columns.includes(`${k}_en`) || out[`${k}_en`] !== undefined || !needsTranslation(v)) continue;
        const en = glossary.lookup(v)?.en;
        if (en) out[`${k}_en`] = en;
      }
      return out;
    });
  };
  for (const [name, items] of Object.entries(groups)) if (items.length > 0) parts.push({ name, items });
  if (typeof record.project_name === 'string') parts.push({ name: 'project name', items: [{ project_name: record.project_name }] });
  for (const [key, v] of Object.entries(record)) {
    if (!Array.isArray(v) || key === 'notes') continue;
    const items = v.map((x) => flatten(x)).filter((x) => Object.keys(x).length > 0);
    if (items.length > 0) parts.push({ name: key, items: withGlossary(items, [...new Set(items.flatMap((x) => Object.keys(x)))]) });
  }
  for (const [name, csv] of Object.entries(tables)) {
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    const items = parsed.data.map((r) => Object.fromEntries(Object.entries(r).filter(([k, v]) => !NOT_VALUES.has(k) && v !== undefined && v.trim() !== '')));
    if (items.length > 0) parts.push({ name, items: withGlossary(items.filter((x) => Object.keys(x).length > 0), parsed.meta.fields ?? []) });
  }
  return parts;
}

/**
 * A translation: a `_en` field (`text_en`, `title_en`, `name_en` …). The project writes it; the
 * text does not state it, so it is scored apart from the values the text states (a draft
 * proposes English only for glossary terms and marks the rest UNTRANSLATED).
 */
export const isTranslation = (field: string) => /_en$/u.test(field);

/** The parts `npm run extract:eval` scores for the issue's target (headline figures, indicator rows, budget lines, problems, measures). */
export const ISSUE_SCOPE: readonly string[] = ['headline figures', 'indicators', 'budget-lines', 'problems', 'measures'];

export interface PartScore {
  part: string;
  /** Values in the curated record that the text states (translations apart) */
  values: number;
  /** Of those, reproduced by the draft */
  reproduced: number;
  /** The stated values the draft does not reproduce, as `field: value` */
  missing: string[];
  /** Curated English values (`*_en` fields) */
  translations: number;
  /** Of those, proposed equal by the draft (from the glossary) */
  translated: number;
  /** Of those, marked `UNTRANSLATED: …` by the draft */
  untranslated: number;
}

/**
 * How many of the curated part's values the draft's part reproduces. Items are matched on the
 * values the text states (a translation does not decide which drafted row is which); the
 * matched item's translations are then compared.
 */
export function comparePart(curated: Part, draft: Part | undefined): PartScore {
  const out: PartScore = { part: curated.name, values: 0, reproduced: 0, missing: [], translations: 0, translated: 0, untranslated: 0 };
  const pool = [...(draft?.items ?? [])];
  for (const item of curated.items) {
    const fields = Object.entries(item).filter(([k]) => !isTranslation(k));
    const english = Object.entries(item).filter(([k]) => isTranslation(k));
    out.values += fields.length;
    out.translations += english.length;
    let best = -1;
    let bestScore = 0;
    pool.forEach((d, i) => {
      const score = fields.filter(([k, v]) => d[k] !== undefined && sameValue(v, d[k]!)).length;
      if (score > bestScore) { best = i; bestScore = score; }
    });
    out.reproduced += bestScore;
    const match = best >= 0 ? pool.splice(best, 1)[0] : undefined;
    for (const [k, v] of fields) if (!match || match[k] === undefined || !sameValue(v, match[k]!)) out.missing.push(`${k}: ${v.length > 40 ? `${v.slice(0, 40)}…` : v}`);
    for (const [k, v] of english) {
      const proposed = match?.[k];
      if (proposed === undefined) continue;
      if (proposed.startsWith(UNTRANSLATED)) out.untranslated++;
      else if (proposed.trim() === v.trim()) out.translated++;
    }
  }
  return out;
}
