/**
 * The report texts each page shows, with their English, so that the page can say how many of
 * them have no English yet (TranslationNote). The lists follow what the pages render through
 * the Translated component; a test holds the count and the marked texts of a built page together.
 */
import type { BudgetLine, Department, Indicator, Outcome, Report } from '../data/model.ts';
import { departmentTexts, reportTexts, type TextItem } from '../data/translation.ts';

/** How many different texts of a list have no English: what a reader sees marked "not yet translated". */
export function untranslatedCount(items: readonly TextItem[]): number {
  return new Set(items.filter((x) => x.en === null).map((x) => x.zh)).size;
}

/**
 * A report page: the report's texts as ReportPage.astro shows them. Not the duties (the
 * department page lists them), nor a task's funds note, nor an indicator's note or unit; a performance indicator's
 * level-1 label only where it names its group (no task), a scoring-table row only its labels.
 */
export function reportPageTexts(report: Report, indicators: readonly Indicator[], budgetLines: readonly BudgetLine[], outcomes: readonly Outcome[]): TextItem[] {
  const shown = (field: string): boolean => {
    if (field.startsWith('duties[') || /^tasks\[\d+\]\.funds\.note$/u.test(field)) return false;
    const m = /^indicators\[(\d+)\]\.(\w+)$/u.exec(field);
    if (!m) return true;
    const ind = indicators[Number(m[1])];
    const part = m[2]!;
    if (!ind || part === 'note' || part === 'unit') return false;
    if (ind.weight !== null || ind.score !== null) return ['level1', 'level2', 'name'].includes(part);
    return part !== 'level1' || ind.task === null;
  };
  return reportTexts(report, indicators, budgetLines, outcomes).filter((x) => shown(x.field));
}

/** A department page: its region, its reports' titles and the duties they list. */
export function departmentPageTexts(department: Department, reports: readonly Report[]): TextItem[] {
  return [
    ...departmentTexts(department),
    ...reports.flatMap((r) => [
      { field: `${r.id}.title`, zh: r.title, en: r.title_en ?? null },
      ...r.duties.map((d, i) => ({ field: `${r.id}.duties[${i}]`, zh: d.text, en: d.text_en ?? null })),
    ]),
  ].filter((x) => /\p{Script=Han}/u.test(x.zh));
}

/** Report texts the charts of a list of reports label (a project report's project). */
export function chartLabelTexts(reports: readonly Report[]): TextItem[] {
  return reports.flatMap((r) => (r.kind === 'project' && r.project_name ? [{ field: `${r.id}.project_name`, zh: r.project_name, en: r.project_name_en ?? null }] : []));
}

/** The indicator explorer: each performance indicator's name, task, target and result. */
export function indicatorRowTexts(indicators: readonly Indicator[]): TextItem[] {
  return indicators.flatMap((i) => {
    const at = `${i.report_id}.indicators[${i.index - 1}]`;
    const list: TextItem[] = [{ field: `${at}.name`, zh: i.name, en: i.name_en ?? null }];
    if (i.task) list.push({ field: `${at}.task`, zh: i.task, en: i.task_en ?? null });
    if (i.weight === null && i.target_text) list.push({ field: `${at}.target_text`, zh: i.target_text, en: i.target_text_en ?? null });
    if (i.score === null && i.actual_text) list.push({ field: `${at}.actual_text`, zh: i.actual_text, en: i.actual_text_en ?? null });
    return list.filter((x) => /\p{Script=Han}/u.test(x.zh));
  });
}
