/**
 * Overview: each report's self-evaluation score as a dot on a score axis, over the shaded
 * grade bands of Guangdong's performance evaluation (GRADE_BANDS in src/lib/data/grade.ts).
 */
import { scaleLinear } from 'd3';
import type { Department, Report } from '../data/model.ts';
import type { Decimal } from '../data/numbers.ts';
import { GRADE_BANDS, GRADE_EN, bandRange, gradeBandsText, gradeForScore, type Grade } from '../data/grade.ts';
import { reportLabel } from './labels.ts';
import { NOT_REPORTED, formatNumber, groupThousands } from '../format/number.ts';
import { joinList, sentence, textWidth, truncate } from './text.ts';
import { axisX, chartId, missingLabel, rowLayout, svgRoot, tickCount } from './frame.ts';
import { el } from './svg.ts';
import { FONT_SIZE, INK, OKABE_ITO, SMALL_FONT_SIZE } from './theme.ts';
import type { ChartOptions, ChartOutput, ChartSize, Lang, Texts } from './types.ts';

export interface ScoreRow {
  reportId: string;
  label: Texts;
  /** Self-evaluation score (points out of 100); null when the report gives none. */
  score: Decimal | null;
  /** The grade the report states, normalised; null when it states none. */
  grade: Grade | null;
  /** The grade as printed ("良好"). */
  gradePrinted: string | null;
  /** The band the score falls in; null without a score. */
  scoreBand: Grade | null;
  /** Stated grade and score band disagree: worth a note, not a correction. */
  gradeMismatch: boolean;
}

export interface Scores {
  rows: ScoreRow[];
  /** Left end of the score axis: 50, so the top bands are readable, unless a score is below 50. */
  axisMin: 0 | 50;
}

/** One row per report, in the order given. */
export function prepareScores(reports: readonly Report[], departments: readonly Department[]): Scores {
  const rows = reports.map((r): ScoreRow => {
    const score = r.figures.self_score?.value ?? null;
    const grade = r.grade?.value ?? null;
    const scoreBand = score === null ? null : gradeForScore(score);
    return {
      reportId: r.id, label: reportLabel(r, departments), score, grade,
      gradePrinted: r.grade?.printed ?? null, scoreBand,
      gradeMismatch: grade !== null && scoreBand !== null && grade !== scoreBand,
    };
  });
  return { rows, axisMin: rows.some((r) => r.score !== null && Number(r.score) < 50) ? 0 : 50 };
}

const BAND_COLOUR: Record<Grade, string> = { 差: OKABE_ITO.vermillion, 中: OKABE_ITO.yellow, 良: OKABE_ITO.skyBlue, 优: OKABE_ITO.bluishGreen };
/** The grade bands (src/lib/data/grade.ts), lowest first, as spans of the score axis. */
const BANDS = GRADE_BANDS.map((b, i) => ({ grade: b.grade, from: b.min, to: GRADE_BANDS[i - 1]?.min ?? 100, range: bandRange(b.grade), colour: BAND_COLOUR[b.grade] })).reverse();

const TEXT = {
  zh: {
    title: '绩效自评分与等级',
    column: ['报告', '自评分', '自评等级'],
    intro: (min: number) => `各报告的自评分（圆点），横轴 ${min}–100 分，底色为等级区间：${gradeBandsText('zh')}`,
    gradeOnly: (g: string) => `${g}（仅有等级，未报告分数）`,
    mismatch: '自评等级与分数所在区间不一致',
    missingNote: (names: string) => `${names}未报告自评分`,
  },
  en: {
    title: 'Self-evaluation score and grade',
    column: ['Report', 'Self score', 'Grade'],
    intro: (min: number) => `Self-evaluation score of each report (dots) on a ${min}–100 axis, over the grade bands: ${gradeBandsText('en')}`,
    gradeOnly: (g: string) => `${g}: grade only, no score`,
    mismatch: 'stated grade differs from the band of the score',
    missingNote: (names: string) => `No score reported for ${names}`,
  },
} as const;

function gradeText(row: ScoreRow, lang: Lang): string {
  if (!row.grade) return NOT_REPORTED[lang];
  const printed = row.gradePrinted ?? row.grade;
  return lang === 'zh' ? printed : GRADE_EN[row.grade];
}

function scoreText(row: ScoreRow, lang: Lang): string {
  if (row.score === null) return row.grade ? TEXT[lang].gradeOnly(gradeText(row, lang)) : NOT_REPORTED[lang];
  return `${groupThousands(row.score)}${lang === 'zh' ? ' 分' : ''}`;
}

/** Dots on a score axis over grade bands; a grade without a score is a text, never a dot. */
export function scoreChart(data: Scores, size: ChartSize, lang: Lang, options?: ChartOptions): ChartOutput {
  const t = TEXT[lang];
  const id = chartId('scores', null, lang, options);
  const { width, height } = size;
  const top = 40;
  const bottom = height - 24;
  const rowsAt = rowLayout(data.rows.map((r) => r.reportId), data.rows.map((r) => r.label[lang]), width, top, bottom, 0.2);
  const left = rowsAt.left;
  const right = width - 16;
  const x = scaleLinear().domain([data.axisMin, 100]).range([left, right]);

  const bands = BANDS.filter((b) => b.to > data.axisMin).map((b) => {
    const x0 = x(Math.max(b.from, data.axisMin));
    const x1 = x(b.to);
    // English: the grade's English name, shortened where the band is narrow.
    const name = lang === 'zh' ? b.grade : GRADE_EN[b.grade];
    return el(
      'g',
      { class: `chart-band chart-band-${BANDS.indexOf(b)}` },
      el('rect', { x: x0, y: top, width: x1 - x0, height: bottom - top, fill: b.colour, 'fill-opacity': 0.16 }),
      el('line', { x1: x0, x2: x0, y1: top - 28, y2: bottom, stroke: INK, 'stroke-opacity': 0.3 }),
      el('text', { x: (x0 + x1) / 2, y: top - 18, 'text-anchor': 'middle', 'font-weight': 'bold' }, truncate(name, x1 - x0 - 2, FONT_SIZE)),
      el('text', { x: (x0 + x1) / 2, y: top - 5, 'text-anchor': 'middle', 'font-size': SMALL_FONT_SIZE }, b.range),
    );
  });

  const rows = data.rows.map((r) => {
    const { cy } = rowsAt.mark(r.reportId);
    const label = rowsAt.label(r.reportId, r.label[lang]);
    if (r.score === null) {
      return el('g', { class: 'chart-row chart-row-missing' }, label, missingLabel(x(data.axisMin) + 6, cy, lang, { text: truncate(scoreText(r, lang), right - left - 8, FONT_SIZE) }));
    }
    const cx = x(Number(r.score));
    const text = `${scoreText(r, lang)} ${gradeText(r, lang)}${r.gradeMismatch ? ' *' : ''}`;
    const flip = cx + 10 + textWidth(text, SMALL_FONT_SIZE) > right;
    return el(
      'g',
      { class: 'chart-row' },
      label,
      el('line', { x1: x(data.axisMin), x2: cx, y1: cy, y2: cy, stroke: INK, 'stroke-opacity': 0.25, 'stroke-dasharray': '2 3' }),
      el('circle', { cx, cy, r: 6, fill: OKABE_ITO.blue, stroke: '#ffffff', 'stroke-width': 1.5 }),
      el('text', { x: flip ? cx - 10 : cx + 10, y: cy, dy: '0.32em', 'text-anchor': flip ? 'end' : 'start', 'font-size': SMALL_FONT_SIZE }, text),
    );
  });

  const scored = data.rows
    .filter((r) => r.score !== null)
    .map((r) => (lang === 'zh' ? `${r.label.zh} ${scoreText(r, lang)}（${gradeText(r, lang)}）` : `${r.label.en} ${scoreText(r, lang)}, ${gradeText(r, lang)}`));
  const gradeOnly = data.rows.filter((r) => r.score === null && r.grade).map((r) => `${r.label[lang]} ${scoreText(r, lang)}`);
  const none = data.rows.filter((r) => r.score === null && !r.grade).map((r) => r.label[lang]);
  const mismatched = data.rows.filter((r) => r.gradeMismatch).map((r) => `${r.label[lang]}: ${t.mismatch}`);
  const description = [
    sentence(t.intro(data.axisMin), lang),
    scored.length ? sentence(joinList(scored, lang), lang) : '',
    gradeOnly.length ? sentence(joinList(gradeOnly, lang), lang) : '',
    none.length ? sentence(t.missingNote(joinList(none, lang)), lang) : '',
    mismatched.length ? sentence(joinList(mismatched, lang), lang) : '',
  ].filter(Boolean).join(lang === 'zh' ? '' : ' ');

  const svg = svgRoot(
    { id, className: 'chart-scores', size, lang, title: t.title, description },
    bands,
    axisX(x, x.ticks(tickCount(right - left, data.axisMin === 0 ? 10 : 5)), top, bottom, String),
    rows,
    mismatched.length ? el('text', { x: left, y: height - 4, 'font-size': SMALL_FONT_SIZE }, `* ${t.mismatch}`) : null,
  );

  return {
    svg, title: t.title, description,
    table: {
      caption: t.title,
      columns: [...t.column],
      rows: data.rows.map((r) => [r.label[lang], formatNumber(r.score, lang), gradeText(r, lang) + (r.gradeMismatch ? `（${t.mismatch}）` : '')]),
    },
  };
}
