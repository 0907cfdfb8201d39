/**
 * The comparison table as data, one model for both renderings: a department page renders it
 * at build time, the comparison script builds DOM nodes from it. Highest and lowest are marked
 * only for ranked measures and only among reports of the same kind (extremes.ts).
 */
import type { Lang } from '../format/lang.ts';
import { extremesByGroup } from './extremes.ts';
import { MEASURES, showMeasure, type CompareColumn, type MeasureKey, type MeasureWords } from './measures.ts';
import { likeness, type LikenessCode } from './selection.ts';

export interface TableCell {
  text: string;
  /** The decimal value of a numeric cell, for sorting and for the CSV */
  value: string | null;
  computed: boolean;
  max: boolean;
  min: boolean;
}

export interface TableRow {
  key: MeasureKey;
  label: string;
  ranked: boolean;
  cells: TableCell[];
}

export interface CompareTable {
  columns: CompareColumn[];
  rows: TableRow[];
  warnings: { code: LikenessCode; years: number[] }[];
}

export function compareTable(columns: readonly CompareColumn[], lang: Lang, words: MeasureWords): CompareTable {
  const kinds = columns.map((c) => c.report?.kind ?? null);
  const rows = MEASURES.map((m) => {
    const raw = columns.map((c) => c.values[m.key] ?? null);
    const numeric = m.kind === 'amount' || m.kind === 'pct' || m.kind === 'points';
    const marks = m.ranked ? extremesByGroup(raw.map((v) => (v === null ? null : Number(v))), kinds) : { max: [], min: [] };
    return {
      key: m.key,
      label: lang === 'zh' ? m.label_zh : m.label_en,
      ranked: m.ranked,
      cells: raw.map((v, i) => ({
        text: showMeasure(m, v, lang, words),
        value: numeric ? v : null,
        computed: columns[i]!.computed.includes(m.key),
        max: marks.max.includes(i),
        min: marks.min.includes(i),
      })),
    };
  });
  const warnings = likeness(columns.map((c) => ({ year: c.report?.fiscal_year ?? null, kind: c.report?.kind ?? null, level: c.department.level })));
  return { columns: [...columns], rows, warnings };
}

/** A warning's text: `{years}` filled with the years, joined as the language writes lists. */
export function warningText(template: string, years: readonly number[], lang: Lang): string {
  return template.replace('{years}', years.join(lang === 'zh' ? '、' : ', '));
}
