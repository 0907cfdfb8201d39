import { compact, toHalfWidth } from './text.ts';
import Big from 'big.js';

export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** The grades' English names, for English pages and charts ("Excellent"). */
export const GRADE_EN: Readonly<Record<Grade, string>> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

/**
 * The grade bands of Guangdong's budget performance evaluation, declared once: a score of at
 * least `min` points (and below the next band's `min`) has the band's grade. Everything that
 * states the bands — the build's check, the score chart, the method page — is derived from this.
 */
export const GRADE_BANDS: readonly { grade: Grade; min: number }[] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

const FORMS: Record<string, Grade> = {
  优: '优', 优秀: '优',
  良: '良', 良好: '良',
  中: '中', 中等: '中', 一般: '中', 合格: '中',
  差: '差', 较差: '差', 不合格: '差',
};

/** `normaliseGrade("优秀")` is "优"; `null` for a form that is not a grade. */
export function normaliseGrade(printed: string): Grade | null {
  return FORMS[compact(toHalfWidth(printed)).replace(/^["“]|["”]$/gu, '')] ?? null;
}

/** The grade of a score's band: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (GRADE_BANDS). */
export function gradeForScore(score: string): Grade {
  const s = new Big(score);
  const band = GRADE_BANDS.find((b) => s.gte(b.min));
  return band?.grade ?? '差';
}

/** A band's range as printed in running text: "≥ 90", "80–89", "< 60". */
export function bandRange(grade: Grade): string {
  const i = GRADE_BANDS.findIndex((b) => b.grade === grade);
  const band = GRADE_BANDS[i];
  if (!band) throw new Error(`no band for grade ${grade}`);
  const above = GRADE_BANDS[i - 1];
  if (!above) return `≥ ${band.min}`;
  if (band.min === 0) return `< ${above.min}`;
  return `${band.min}–${above.min - 1}`;
}

/**
 * Every band in one phrase, best first: "优 ≥ 90，良 80–89，中 60–79，差 < 60" (zh),
 * "Excellent ≥ 90, Good 80–89, …" (en), with `unit` "优 ≥ 90 分，…".
 */
export function gradeBandsText(lang: 'zh' | 'en', opts: { unit?: string } = {}): string {
  const unit = opts.unit ? ` ${opts.unit}` : '';
  const name = (g: Grade) => (lang === 'en' ? GRADE_EN[g] : g);
  return GRADE_BANDS.map((b) => `${name(b.grade)} ${bandRange(b.grade)}${unit}`).join(lang === 'zh' ? '，' : ', ');
}
