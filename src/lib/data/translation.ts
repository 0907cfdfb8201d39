/**
 * English beside Chinese: the rules a translation in the curated data must keep, and the list
 * of texts a report shows, which the build's coverage report and the English pages count.
 *
 * Translations are the project's own, unofficial, and never a source of figures: the pages
 * render every number from the data. The one thing a translation may not do is change a
 * number, so the numbers of an English text are compared with those of its original: the same
 * values, a magnitude word on either side included (`277 万平方米` is `2.77 million m²`,
 * `10 亿元` is `CNY 1 billion`, `12月30日` is `30 December`, a unit `（亿元）` is
 * `(100 million CNY)`).
 */
import Big from 'big.js';
import type { BudgetLine, Department, Indicator, Outcome, Report, SiteData } from './model.ts';
import { stripMarkup, toHalfWidth } from './text.ts';

/** What the extractor's drafts write in a `_en` field it has no English for; never published. */
export const UNTRANSLATED = 'UNTRANSLATED:';

const HAN = /\p{Script=Han}/u;

/** Whether a text needs an English version: it holds Chinese characters ("100%" does not). */
export function needsTranslation(zh: string): boolean {
  return HAN.test(zh);
}

/**
 * An editorial statement in place of a translation, wholly in square brackets: what the
 * original is, where it cannot be translated ("[illegible in the source]"). It is English, but
 * not a rendering of the original's words, so its numbers are not compared.
 */
function isEditorial(en: string): boolean {
  return /^\[[^\]]*\]$/u.test(en.trim());
}

const ZH_MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const EN_MAGNITUDE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A number as texts print it: digits with thousands separators (no space after the comma) or without, decimals. */
const NUMBER = String.raw`(?<!\d)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)`;
const ZH_NUMBER = new RegExp(`${NUMBER}\\s*(万亿|亿|万)?`, 'gu');
const EN_NUMBER = new RegExp(`${NUMBER}(?:\\s*(thousand|million|billion|trillion)\\b)?`, 'giu');
const EN_MONTH = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'giu');
/**
 * A unit of money named without a number, as in a column label (投资金额（亿元）, 超亿元项目): its
 * magnitude, "100 million CNY". Not after a numeral written in words (百亿元): that is a number
 * in words, which is not compared.
 */
const ZH_BARE_MONEY = /(?<![\d.十百千]\s*)(万亿|亿|万)元/gu;

/** The values of the numbers in a text, a magnitude word applied, as canonical decimals. */
export function numbersIn(text: string, lang: 'zh' | 'en'): Set<string> {
  const s = toHalfWidth(stripMarkup(text));
  const out = new Set<string>();
  const re = lang === 'zh' ? ZH_NUMBER : EN_NUMBER;
  for (const m of s.matchAll(re)) {
    const magnitude = m[3] ? (lang === 'zh' ? ZH_MAGNITUDE[m[3]] : EN_MAGNITUDE[m[3].toLowerCase()]) ?? 1 : 1;
    out.add(new Big(`${m[1]!.replace(/,/gu, '')}${m[2] ?? ''}`).times(magnitude).toFixed());
  }
  if (lang === 'zh') for (const m of s.matchAll(ZH_BARE_MONEY)) out.add(new Big(ZH_MAGNITUDE[m[1]!] ?? 1).toFixed());
  if (lang === 'en') for (const m of s.matchAll(EN_MONTH)) out.add(String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1));
  return out;
}

/**
 * What is wrong with `en` as the English of `zh`, or null: it holds Chinese characters, or its
 * numbers are not the original's (an editorial statement in brackets is not compared).
 */
export function translationProblem(zh: string, en: string): string | null {
  if (HAN.test(en)) return `the English "${short(en)}" holds Chinese characters; the original is shown beside it`;
  if (isEditorial(en)) return null;
  const a = numbersIn(zh, 'zh');
  const b = numbersIn(en, 'en');
  const missing = [...a].filter((n) => !b.has(n));
  const extra = [...b].filter((n) => !a.has(n));
  if (missing.length === 0 && extra.length === 0) return null;
  const parts = [
    missing.length ? `${missing.join(', ')} of the original ${missing.length === 1 ? 'is' : 'are'} not in it` : '',
    extra.length ? `${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} not in the original` : '',
  ].filter(Boolean);
  return `the numbers of the English "${short(en)}" differ from the original's: ${parts.join('; ')} (numbers are compared by value, 万/亿 and thousand/million/billion applied)`;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** One text a page shows, with its English (null: not translated yet). */
export interface TextItem {
  /** Where it is, as the report's fields name it: `tasks[0].goal`, `indicators[3].name` */
  field: string;
  zh: string;
  en: string | null;
}

/** Items of the texts that need English (those holding Chinese characters). */
function items(list: [string, string | null | undefined, string | null | undefined][]): TextItem[] {
  return list.flatMap(([field, zh, en]) => (zh && needsTranslation(zh) ? [{ field, zh, en: en ?? null }] : []));
}

/**
 * Every text of a report the site shows, with its English: title, project, tasks, duties,
 * problems, measures, restructuring, notes, figure notes, outcomes, indicators and budget lines.
 * The build's coverage and the report page's count of untranslated texts are both this list.
 */
export function reportTexts(report: Report, indicators: readonly Indicator[], budgetLines: readonly BudgetLine[], outcomes: readonly Outcome[]): TextItem[] {
  const list: [string, string | null | undefined, string | null | undefined][] = [
    ['title', report.title, report.title_en],
    ['project_name', report.project_name, report.project_name_en],
  ];
  for (const [k, f] of Object.entries(report.figures)) list.push([`figures.${k}.note`, f.note, f.note_en]);
  if (report.grade) list.push(['figures.grade.note', report.grade.note, report.grade.note_en]);
  report.tasks.forEach((t, i) => {
    list.push([`tasks[${i}].name`, t.name, t.name_en], [`tasks[${i}].goal`, t.goal, t.goal_en], [`tasks[${i}].outcome`, t.outcome, t.outcome_en]);
    if (t.funds) list.push([`tasks[${i}].funds.note`, t.funds.note, t.funds.note_en]);
  });
  for (const kind of ['duties', 'problems', 'measures', 'restructuring'] as const) report[kind].forEach((x, i) => list.push([`${kind}[${i}]`, x.text, x.text_en]));
  report.notes.forEach((n, i) => list.push([`notes[${i}]`, n, report.notes_en?.[i]]));
  for (const o of outcomes) {
    const at = `outcomes[${o.index - 1}]`;
    list.push([`${at}.name`, o.name, o.name_en], [`${at}.target_text`, o.target_text, o.target_text_en], [`${at}.actual_text`, o.actual_text, o.actual_text_en], [`${at}.unit`, o.unit, o.unit_en], [`${at}.note`, o.note, o.note_en]);
  }
  for (const ind of indicators) {
    const at = `indicators[${ind.index - 1}]`;
    list.push(
      [`${at}.task`, ind.task, ind.task_en], [`${at}.level1`, ind.level1, ind.level1_en], [`${at}.level2`, ind.level2, ind.level2_en],
      [`${at}.name`, ind.name, ind.name_en], [`${at}.target_text`, ind.target_text, ind.target_text_en], [`${at}.actual_text`, ind.actual_text, ind.actual_text_en],
      [`${at}.unit`, ind.unit, ind.unit_en], [`${at}.reason`, ind.reason, ind.reason_en], [`${at}.note`, ind.note, ind.note_en],
    );
  }
  budgetLines.forEach((b, i) => list.push([`budget_lines[${i}].name`, b.name, b.name_en]));
  return items(list);
}

/** A department's texts that need English beyond its registered English name: its city and province. */
export function departmentTexts(d: Department): TextItem[] {
  return items([['city', d.city_zh, d.city_en], ['province', d.province_zh, d.province_en]]);
}

export interface Coverage {
  texts: number;
  translated: number;
}

function coverageOf(list: readonly TextItem[]): Coverage {
  return { texts: list.length, translated: list.filter((x) => x.en !== null).length };
}

/** "97.5 %" of a coverage, truncated to one decimal so that anything short of all is below 100 %. */
export function coveragePercent(c: Coverage): string {
  if (c.texts === 0) return '100 %';
  return `${new Big(c.translated).times(100).div(c.texts).round(1, Big.roundDown).toFixed(1).replace(/\.0$/u, '')} %`;
}

/** Groups rows by report id once (a filter per report would be quadratic at scale). */
export function byReport<T extends { report_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.report_id);
    if (list) list.push(row);
    else map.set(row.report_id, [row]);
  }
  return map;
}

/** Translation coverage of a build: every report's texts, the departments' regions, and all together. */
export function translationCoverage(data: SiteData): { total: Coverage; departments: Coverage; reports: { id: string; coverage: Coverage }[] } {
  const ind = byReport(data.indicators);
  const lines = byReport(data.budgetLines);
  const out = byReport(data.outcomes);
  const reports = data.reports.map((r) => ({ id: r.id, coverage: coverageOf(reportTexts(r, ind.get(r.id) ?? [], lines.get(r.id) ?? [], out.get(r.id) ?? [])) }));
  const departments = coverageOf(data.departments.flatMap(departmentTexts));
  const total = [departments, ...reports.map((r) => r.coverage)].reduce((a, c) => ({ texts: a.texts + c.texts, translated: a.translated + c.translated }), { texts: 0, translated: 0 });
  return { total, departments, reports };
}
