/**
 * The projects or tasks inside one report: initial budget, final budget and spending per
 * budget line (Liwan lists four), or the funds per task where the report gives them per task
 * (Baiyun's 任务涉及资金). Horizontal bars, because the names are long Chinese phrases.
 */
import { max, scaleLinear } from 'd3';
import type { BudgetLine, Department, Report } from '../data/model.ts';
import type { Decimal } from '../data/numbers.ts';
import { reportLabel } from './labels.ts';
import { MONEY_UNIT, NOT_REPORTED, formatAmount, formatPercent, formatSignedAmount, groupThousands } from '../format/number.ts';
import { sentence, textWidth, tickNumber, truncate } from './text.ts';
import { axisX, chartId, legend, missingLabel, svgRoot, swatch, tickCount } from './frame.ts';
import { el } from './svg.ts';
import { FONT_SIZE, OKABE_ITO, pattern, SMALL_FONT_SIZE, type PatternKind } from './theme.ts';
import type { ChartOptions, ChartOutput, ChartSize, Lang, Texts } from './types.ts';

export type LineMeasure = 'initial' | 'final' | 'spent' | 'funds';

export interface BudgetLineRow {
  name: string;
  /** The name in English, where the data has it (English charts fall back to the Chinese) */
  name_en?: string | null;
  /** One entry per measure of the chart; null = not reported. */
  values: Partial<Record<LineMeasure, Decimal | null>>;
  adjustment: Decimal | null;
  rate: Decimal | null;
}

export interface BudgetLines {
  reportId: string;
  label: Texts;
  /** Where the rows come from; 'none' when the report lists neither. */
  source: 'budget-lines' | 'tasks' | 'none';
  measures: LineMeasure[];
  rows: BudgetLineRow[];
  /** False when no row has any amount: the page may leave the chart out. */
  hasValues: boolean;
}

/**
 * The report's budget lines (from `budgetLines`, matched by report id, in source order); else
 * its tasks with the funds each involves; else nothing. Budget lines win when both exist,
 * since they carry more than one amount.
 */
export function prepareBudgetLines(report: Report, budgetLines: readonly BudgetLine[], departments: readonly Department[] = []): BudgetLines {
  const base = { reportId: report.id, label: reportLabel(report, departments) };
  // Task lines (kind task) carry the funds the tasks show below, not budgets: charted as tasks.
  const lines = budgetLines.filter((b) => b.report_id === report.id && b.kind !== 'task').sort((a, b) => a.line - b.line);
  let result: Omit<BudgetLines, 'hasValues' | 'reportId' | 'label'>;
  if (lines.length) {
    result = {
      source: 'budget-lines', measures: ['initial', 'final', 'spent'],
      rows: lines.map((b) => ({ name: b.name, name_en: b.name_en ?? null, values: { initial: b.initial_wan, final: b.final_wan, spent: b.spent_wan }, adjustment: b.adjustment_wan, rate: b.execution_rate_pct })),
    };
  } else if (report.tasks.length) {
    result = {
      source: 'tasks', measures: ['funds'],
      rows: report.tasks.map((task) => ({ name: task.name, name_en: task.name_en ?? null, values: { funds: task.funds?.value ?? null }, adjustment: null, rate: null })),
    };
  } else result = { source: 'none', measures: [], rows: [] };
  const hasValues = result.rows.some((r) => Object.values(r.values).some((v) => v !== null && v !== undefined));
  return { ...base, ...result, hasValues };
}

const STYLE: Record<LineMeasure, { colour: string; pattern: PatternKind | null }> = {
  initial: { colour: OKABE_ITO.skyBlue, pattern: 'hatch' },
  final: { colour: OKABE_ITO.blue, pattern: null },
  spent: { colour: OKABE_ITO.bluishGreen, pattern: 'dots' },
  funds: { colour: OKABE_ITO.blue, pattern: null },
};

const TEXT = {
  zh: {
    title: { 'budget-lines': (n: string) => `${n} 项目预算与支出`, tasks: (n: string) => `${n} 各项任务涉及资金`, none: (n: string) => `${n} 项目与任务资金` },
    measure: { initial: '年初预算', final: '调整后预算', spent: '实际支出', funds: '任务涉及资金' } as Record<LineMeasure, string>,
    name: { 'budget-lines': '项目', tasks: '任务', none: '项目' },
    adjustment: '调整', rate: '执行率',
    none: '报告未列出项目或任务的资金',
    count: (n: number, what: string) => `报告列出 ${n} 个${what}`,
  },
  en: {
    title: { 'budget-lines': (n: string) => `${n}: budget lines`, tasks: (n: string) => `${n}: funds by task`, none: (n: string) => `${n}: projects and tasks` },
    measure: { initial: 'Initial budget', final: 'Final budget', spent: 'Spent', funds: 'Funds involved' } as Record<LineMeasure, string>,
    name: { 'budget-lines': 'Budget line', tasks: 'Task', none: 'Budget line' },
    adjustment: 'adjustment', rate: 'execution rate',
    none: 'The report lists no funds by project or task',
    count: (n: number, what: string) => `The report lists ${n} ${what.toLowerCase()}${n === 1 ? '' : 's'}`,
  },
} as const;

/** A row's name in the chart's language. */
const nameOf = (r: BudgetLineRow, lang: Lang) => (lang === 'en' ? r.name_en ?? r.name : r.name);

function extras(r: BudgetLineRow, lang: Lang): string {
  const t = TEXT[lang];
  return [r.adjustment !== null ? `${t.adjustment} ${formatSignedAmount(r.adjustment, lang)}` : null, r.rate !== null ? `${t.rate} ${formatPercent(r.rate, lang)}` : null]
    .filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}

/** Grouped horizontal bars per line or task; each missing amount is a "未报告" mark in its slot. */
export function budgetLinesChart(data: BudgetLines, size: ChartSize, lang: Lang, options?: ChartOptions): ChartOutput {
  const t = TEXT[lang];
  const id = chartId('budget-lines', data.reportId, lang, options);
  const { width, height } = size;
  const title = t.title[data.source](data.label[lang]);
  const fill = (m: LineMeasure) => (STYLE[m].pattern ? `url(#${id}-${m})` : STYLE[m].colour);
  const left = 8;
  const right = width - 90;
  const key = legend(data.measures.map((m) => ({ label: t.measure[m], swatch: swatch(fill(m)) })), left, 4, width - 16);
  const top = key.height + 16;
  const bottom = height - 24;
  // Name and extras share one header line where every row fits, else each gets its own line.
  const oneLine = data.rows.every((r) => textWidth(nameOf(r, lang), FONT_SIZE) + textWidth(`  ${extras(r, lang)}`, SMALL_FONT_SIZE) <= width - 16);
  const headerH = oneLine ? 20 : 34;
  const groupH = (bottom - top) / Math.max(1, data.rows.length);
  const barH = Math.max(6, Math.min(18, (groupH - headerH - 4) / Math.max(1, data.measures.length)));
  const peak = max(data.rows.flatMap((r) => data.measures.map((m) => Number(r.values[m] ?? 0)))) ?? 0;
  const x = scaleLinear().domain([0, Math.max(1, peak)]).nice().range([left, right]);

  const groups = data.rows.map((r, i) => {
    const gy = top + i * groupH;
    const extra = extras(r, lang);
    return el('g', { class: 'chart-line-group' },
      el('text', { x: left, y: gy + 12, 'font-size': FONT_SIZE },
        el('tspan', { 'font-weight': 'bold' }, truncate(nameOf(r, lang), width - 16, FONT_SIZE)),
        extra
          ? el('tspan', { 'font-size': SMALL_FONT_SIZE, 'fill-opacity': 0.75, x: oneLine ? null : left, dy: oneLine ? null : '1.25em' },
              oneLine ? `  ${extra}` : truncate(extra, width - 16, SMALL_FONT_SIZE))
          : null),
      data.measures.map((m, j) => {
        const v = r.values[m] ?? null;
        const by = gy + headerH + j * barH;
        if (v === null) return missingLabel(left + 4, by + barH / 2, lang, { text: `${t.measure[m]} ${NOT_REPORTED[lang]}`, fontSize: SMALL_FONT_SIZE });
        const end = x(Number(v));
        return el('g', { class: `chart-bar chart-bar-${m}` },
          el('rect', { x: x(0), y: by + 1, width: Math.max(0, end - x(0)), height: barH - 2, fill: fill(m) }),
          el('text', { x: end + 4, y: by + barH / 2, dy: '0.32em', 'font-size': SMALL_FONT_SIZE }, groupThousands(v)));
      }));
  });

  const budget = data.source === 'budget-lines';
  const columns = [t.name[data.source], ...(budget ? [t.measure.initial, t.adjustment, t.measure.final, t.measure.spent, t.rate] : data.measures.map((m) => t.measure[m]))];
  const cells = (r: BudgetLineRow): string[] =>
    budget
      ? [formatAmount(r.values.initial ?? null, lang), formatSignedAmount(r.adjustment, lang), formatAmount(r.values.final ?? null, lang), formatAmount(r.values.spent ?? null, lang), formatPercent(r.rate, lang)]
      : data.measures.map((m) => formatAmount(r.values[m] ?? null, lang));
  // Running text reads the table row: "招商引资经费：年初预算 100 万元，调整 −41.36 万元，…".
  const rowText = (r: BudgetLineRow) =>
    `${nameOf(r, lang)}${lang === 'zh' ? '：' : ': '}${cells(r).map((c, i) => `${lang === 'zh' ? columns[i + 1] : columns[i + 1]?.toLowerCase()} ${c}`).join(lang === 'zh' ? '，' : ', ')}`;
  const description = data.source === 'none'
    ? sentence(t.none, lang)
    : [sentence(t.count(data.rows.length, t.name[data.source]), lang), ...data.rows.map((r) => sentence(rowText(r), lang))].join(lang === 'zh' ? '' : ' ');

  const svg = svgRoot(
    {
      id, className: 'chart-budget-lines', size, lang, title, description,
      defs: data.measures.flatMap((m) => { const p = STYLE[m].pattern; return p ? [pattern(`${id}-${m}`, p, STYLE[m].colour)] : []; }),
    },
    data.source === 'none' ? missingLabel(width / 2, height / 2, lang, { anchor: 'middle', text: t.none, maxWidth: width - 16 }) : [key.markup, axisX(x, x.ticks(tickCount(right - left, 5)), top, bottom, tickNumber), groups,
      el('text', { x: Math.min(right + 28, width - 4 - textWidth(MONEY_UNIT[lang], SMALL_FONT_SIZE)), y: bottom + 14, 'text-anchor': 'start', 'font-size': SMALL_FONT_SIZE }, MONEY_UNIT[lang])],
  );

  return {
    svg, title, description,
    table: {
      caption: title,
      columns: columns.map((c) => c.charAt(0).toUpperCase() + c.slice(1)),
      rows: data.rows.map((r) => [nameOf(r, lang), ...cells(r)]),
    },
  };
}
