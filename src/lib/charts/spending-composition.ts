/**
 * One report's spending by kind: basic (基本支出) against project (项目支出) spending, and
 * within basic spending personnel (人员经费) against public (公用经费) costs, as stacked bars
 * on one money scale with values and shares written out.
 */
import { scaleLinear } from 'd3';
import type { Department, Report } from '../data/model.ts';
import { percentOf, sum, type Decimal } from '../data/numbers.ts';
import { reportLabel } from './labels.ts';
import { NOT_REPORTED, formatAmount, formatPercent } from '../format/number.ts';
import { sentence, truncate } from './text.ts';
import { chartId, missingLabel, svgRoot } from './frame.ts';
import { el } from './svg.ts';
import { FONT_SIZE, INK, OKABE_ITO, pattern, SMALL_FONT_SIZE, type PatternKind } from './theme.ts';
import type { ChartOptions, ChartOutput, ChartSize, Lang, Texts } from './types.ts';

export type PartKey = 'basic' | 'project' | 'personnel' | 'public';

export interface Part {
  key: PartKey;
  value: Decimal | null;
  /** Share of the parent (total spending, or basic spending), in %; null if either is unknown. */
  share: Decimal | null;
}

export interface Whole {
  /** The parent amount: as printed, else the sum of both parts; null if neither is possible. */
  value: Decimal | null;
  basis: 'printed' | 'sum' | null;
  parts: [Part, Part];
}

export interface SpendingComposition {
  reportId: string;
  label: Texts;
  /** Total spending split into basic and project. */
  spending: Whole;
  /** Basic spending split into personnel and public. */
  basic: Whole;
  /** False when the report splits nothing: the page may leave the chart out. */
  hasParts: boolean;
}

function whole(printed: Decimal | null, a: [PartKey, Decimal | null], b: [PartKey, Decimal | null]): Whole {
  const value = printed ?? (a[1] !== null && b[1] !== null ? sum([a[1], b[1]]) : null);
  const part = ([key, v]: [PartKey, Decimal | null]): Part => ({ key, value: v, share: v !== null && value !== null ? percentOf(v, value) : null });
  return { value, basis: printed !== null ? 'printed' : value !== null ? 'sum' : null, parts: [part(a), part(b)] };
}

/** Parts and shares of one report's spending; shares are computed (2 decimals), amounts as printed. */
export function prepareSpendingComposition(report: Report, departments: readonly Department[] = []): SpendingComposition {
  const f = report.figures;
  const v = (k: 'basic_spent_wan' | 'project_spent_wan' | 'personnel_spent_wan' | 'public_spent_wan') => f[k]?.value ?? null;
  const spending = whole(f.spent_wan?.value ?? null, ['basic', v('basic_spent_wan')], ['project', v('project_spent_wan')]);
  const basic = whole(v('basic_spent_wan'), ['personnel', v('personnel_spent_wan')], ['public', v('public_spent_wan')]);
  const hasParts = [...spending.parts, ...basic.parts].some((p) => p.value !== null);
  return { reportId: report.id, label: reportLabel(report, departments), spending, basic, hasParts };
}

const STYLE: Record<PartKey, { colour: string; pattern: PatternKind | null }> = {
  basic: { colour: OKABE_ITO.blue, pattern: null },
  project: { colour: OKABE_ITO.orange, pattern: 'hatch' },
  personnel: { colour: OKABE_ITO.bluishGreen, pattern: null },
  public: { colour: OKABE_ITO.reddishPurple, pattern: 'dots' },
};

const TEXT = {
  zh: {
    title: (name: string) => `${name} 支出构成`,
    part: { basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费' } as Record<PartKey, string>,
    spendingRow: '实际支出', basicRow: '其中：基本支出',
    sumMark: '（两项之和）',
    column: ['项目', '金额', '占比'],
    shareOf: { spending: '占实际支出', basic: '占基本支出' },
    none: '报告未分项列示支出',
    bothMissing: (a: string, b: string) => `${a}、${b}未报告`,
    basicIntro: '基本支出中：',
  },
  en: {
    title: (name: string) => `${name}: spending by kind`,
    part: { basic: 'Basic spending', project: 'Project spending', personnel: 'Personnel costs', public: 'Public costs' } as Record<PartKey, string>,
    spendingRow: 'Spent', basicRow: 'of which basic',
    sumMark: ' (sum of the two parts)',
    column: ['Item', 'Amount', 'Share'],
    shareOf: { spending: 'of spending', basic: 'of basic' },
    none: 'The report gives no breakdown of spending',
    bothMissing: (a: string, b: string) => `${a} and ${b.toLowerCase()} not reported`,
    basicIntro: 'Within basic spending: ',
  },
} as const;

/** "基本支出 473.63 万元 · 占实际支出 51.43%"; `short` leaves out what the share is of (the bar's heading says it). */
function partText(p: Part, lang: Lang, of: 'spending' | 'basic', short = false): string {
  const t = TEXT[lang];
  if (p.value === null) return `${t.part[p.key]} ${NOT_REPORTED[lang]}`;
  const share = p.share === null ? '' : short ? ` · ${formatPercent(p.share, lang)}` : ` · ${t.shareOf[of]} ${formatPercent(p.share, lang)}`;
  return `${t.part[p.key]} ${formatAmount(p.value, lang)}${share}`;
}

/** Two stacked bars on one scale; a missing part is named "未报告" under its bar, never drawn as 0. */
export function spendingCompositionChart(data: SpendingComposition, size: ChartSize, lang: Lang, options?: ChartOptions): ChartOutput {
  const t = TEXT[lang];
  const id = chartId('spending-composition', data.reportId, lang, options);
  const { width, height } = size;
  const left = 8;
  const right = width - 8;
  const block = (height - 8) / 2;
  const barH = Math.max(12, Math.min(30, block * 0.28));
  const peak = Math.max(1, ...[data.spending, data.basic].flatMap((w) => [w.value, sum(w.parts.map((p) => p.value ?? '0'))]).map((v) => (v === null ? 0 : Number(v))));
  const x = scaleLinear().domain([0, peak]).range([left, right]);
  const fill = (k: PartKey) => (STYLE[k].pattern ? `url(#${id}-${k})` : STYLE[k].colour);

  const row = (w: Whole, of: 'spending' | 'basic', y0: number) => {
    const heading = `${of === 'spending' ? t.spendingRow : t.basicRow} ${formatAmount(w.value, lang)}${w.basis === 'sum' ? t.sumMark : ''}`;
    const barY = y0 + 10;
    let at = 0;
    const given = w.parts.filter((p) => p.value !== null);
    const segments = given.map((p) => {
      const from = at;
      at += Number(p.value);
      return el('rect', { class: `chart-part chart-part-${p.key}`, x: x(from), y: barY, width: Math.max(0, x(at) - x(from)), height: barH, fill: fill(p.key), stroke: '#ffffff', 'stroke-width': 1 });
    });
    const lines = w.parts.map((p, i) =>
      el('g', { transform: `translate(${left},${barY + barH + 10 + i * 17})` },
        p.value === null
          ? missingLabel(0, 6, lang, { text: truncate(partText(p, lang, of), right - left, FONT_SIZE) })
          : [el('rect', { width: 12, height: 12, fill: fill(p.key), stroke: INK, 'stroke-opacity': 0.4 }),
             el('text', { x: 18, y: 6, dy: '0.32em', 'font-size': SMALL_FONT_SIZE }, truncate(partText(p, lang, of, true), right - left - 20, SMALL_FONT_SIZE))]));
    return el('g', { class: `chart-whole chart-whole-${of}` },
      el('text', { x: left, y: y0, 'font-weight': 'bold', 'font-size': FONT_SIZE }, truncate(heading, right - left, FONT_SIZE)),
      // The outline is the whole as printed: parts that do not add up leave a visible gap.
      given.length && w.value !== null ? el('rect', { x: x(0), y: barY, width: x(Number(w.value)) - x(0), height: barH, fill: 'none', stroke: INK, 'stroke-opacity': 0.5 }) : null,
      given.length ? segments : missingLabel(left, barY + barH / 2, lang, { text: truncate(t.bothMissing(t.part[w.parts[0].key], t.part[w.parts[1].key]), right - left, FONT_SIZE) }),
      given.length ? lines : null);
  };

  const describe = (w: Whole, of: 'spending' | 'basic') =>
    w.parts.every((p) => p.value === null)
      ? t.bothMissing(t.part[w.parts[0].key], t.part[w.parts[1].key])
      : w.parts.map((p) => partText(p, lang, of)).join(lang === 'zh' ? '，' : '; ');
  const description = [
    sentence(`${t.spendingRow} ${formatAmount(data.spending.value, lang)}${data.spending.basis === 'sum' ? t.sumMark : ''}`, lang),
    data.hasParts ? '' : sentence(t.none, lang),
    sentence(describe(data.spending, 'spending'), lang),
    sentence(`${t.basicIntro}${describe(data.basic, 'basic')}`, lang),
  ].filter(Boolean).join(lang === 'zh' ? '' : ' ');
  const title = t.title(data.label[lang]);

  const svg = svgRoot(
    {
      id, className: 'chart-spending-composition', size, lang, title, description,
      defs: (Object.keys(STYLE) as PartKey[]).flatMap((k) => { const p = STYLE[k].pattern; return p ? [pattern(`${id}-${k}`, p, STYLE[k].colour)] : []; }),
    },
    row(data.spending, 'spending', 18),
    row(data.basic, 'basic', 18 + block),
  );

  const tableRow = (label: string, w: Whole): string[] => [label, formatAmount(w.value, lang) + (w.basis === 'sum' ? t.sumMark : ''), w.value === null ? NOT_REPORTED[lang] : '100%'];
  const partRow = (p: Part, of: 'spending' | 'basic'): string[] => [t.part[p.key], formatAmount(p.value, lang), p.share === null ? NOT_REPORTED[lang] : `${t.shareOf[of]} ${formatPercent(p.share, lang)}`];
  return {
    svg, title, description,
    table: {
      caption: title,
      columns: [...t.column],
      rows: [tableRow(t.spendingRow, data.spending), ...data.spending.parts.map((p) => partRow(p, 'spending')), ...data.basic.parts.map((p) => partRow(p, 'basic'))],
    },
  };
}
