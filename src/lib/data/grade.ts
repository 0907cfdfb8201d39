import { compact, toHalfWidth } from './text.ts';
import Big from 'big.js';

export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

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

/** Grade bands of Guangdong's performance evaluation: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60. */
export function gradeForScore(score: string): Grade {
  const s = new Big(score);
  if (s.gte(90)) return '优';
  if (s.gte(80)) return '良';
  if (s.gte(60)) return '中';
  return '差';
}
