/** The words the comparison writes for kinds and grades, from the message tables (pages and the browser script share them). */
import { GRADES } from '../data/grade.ts';
import type { MeasureWords } from '../compare/measures.ts';
import { formatGrade } from './format.ts';
import { kindLabel } from './names.ts';
import type { Lang } from './i18n.ts';

export function compareWords(lang: Lang): MeasureWords {
  return {
    kind: { department: kindLabel('department', lang), project: kindLabel('project', lang) },
    grade: Object.fromEntries(GRADES.map((g) => [g, formatGrade(g, lang)])),
  };
}
