/**
 * The category of an indicator in the standard three-level framework of Chinese performance
 * evaluation: 产出 (output: 数量 quantity, 质量 quality, 时效 timeliness, 成本 cost),
 * 效益 (effect: 经济 economic, 社会 social, 生态 ecological, 可持续 sustainable) and
 * 满意度 (satisfaction). Taken from the printed level-1/level-2 labels where they are legible,
 * otherwise inferred from the indicator's wording — and then marked as inferred.
 */
import type { Indicator } from '../data/model.ts';

export const CATEGORIES = ['产出', '效益', '满意度', '评分项'] as const;
export type Category = (typeof CATEGORIES)[number];
export const SUBCATEGORIES = ['数量', '质量', '时效', '成本', '经济效益', '社会效益', '生态效益', '可持续影响', '满意度'] as const;
export type Subcategory = (typeof SUBCATEGORIES)[number];

export interface Classification {
  category: Category;
  subcategory: Subcategory | null;
  /** true when read from the wording rather than from a printed label */
  inferred: boolean;
}

export const CATEGORY_EN: Record<Category, string> = { 产出: 'Output', 效益: 'Effect', 满意度: 'Satisfaction', 评分项: 'Scoring item' };
export const SUBCATEGORY_EN: Record<Subcategory, string> = {
  数量: 'quantity', 质量: 'quality', 时效: 'timeliness', 成本: 'cost',
  经济效益: 'economic', 社会效益: 'social', 生态效益: 'ecological', 可持续影响: 'sustainability', 满意度: 'satisfaction',
};

/** Printed labels; the loose forms catch OCR damage (`产指`, `质指标`, `服对满度标`) and count as inferred. */
const LEVEL1: [exact: RegExp, loose: RegExp, Category][] = [
  [/^产出指标$/u, /^产.{0,2}指/u, '产出'],
  [/^效益指标$/u, /^效.{0,2}指/u, '效益'],
  [/^满意度指标$/u, /^满意/u, '满意度'],
];
const LEVEL2: [exact: RegExp, loose: RegExp, Subcategory][] = [
  [/^数量指标$/u, /^数.?指/u, '数量'], [/^质量指标$/u, /^质.?指/u, '质量'], [/^时效指标$/u, /^时.?指/u, '时效'], [/^成本指标$/u, /^成.?指/u, '成本'],
  [/^经济效益指标$/u, /^经.*指/u, '经济效益'], [/^社会效益指标$/u, /^社.*指/u, '社会效益'], [/^生态效益指标$/u, /^生.*指/u, '生态效益'],
  [/^可持续影响指标$/u, /^可持续/u, '可持续影响'], [/^(服务对象)?满意度指标$/u, /满.{0,2}度/u, '满意度'],
];

function label<T>(table: [RegExp, RegExp, T][], printed: string | null): { value: T; inferred: boolean } | null {
  if (!printed) return null;
  const exact = table.find(([re]) => re.test(printed));
  if (exact) return { value: exact[2], inferred: false };
  const loose = table.find(([, re]) => re.test(printed));
  return loose ? { value: loose[2], inferred: true } : null;
}
const PARENT: Record<Subcategory, Category> = {
  数量: '产出', 质量: '产出', 时效: '产出', 成本: '产出',
  经济效益: '效益', 社会效益: '效益', 生态效益: '效益', 可持续影响: '效益', 满意度: '满意度',
};

/** Wording cues, most specific first. */
const WORDING: [RegExp, Subcategory][] = [
  [/满意/u, '满意度'],
  [/按期|及时|时效|进度/u, '时效'],
  [/投资额|投资金额|税收|产值/u, '经济效益'],
  [/成本|预算内|规定支出/u, '成本'],
  [/生态|环境的影响|环境影响/u, '生态效益'],
  [/就业|营商环境|公共服务|政商/u, '社会效益'],
  [/合格率|通过率|达标|质量|完成率/u, '质量'],
  [/数量|次数|场次|份数|人数|个数|项目数|数$|面积|总数|项目$|制作$|(\(|（)(个|家|次|篇|人|场次|条)(\)|）)/u, '数量'],
];

export function classify(i: Pick<Indicator, 'level1' | 'level2' | 'name' | 'weight'>): Classification {
  if (i.weight !== null) return { category: '评分项', subcategory: null, inferred: false };
  const l1 = label(LEVEL1, i.level1);
  const l2 = label(LEVEL2, i.level2);
  if (l2) return { category: PARENT[l2.value], subcategory: l2.value, inferred: l2.inferred };
  const guess = WORDING.find(([re]) => re.test(i.name))?.[1] ?? null;
  if (l1) {
    const sub = guess && PARENT[guess] === l1.value ? guess : null;
    return { category: l1.value, subcategory: sub, inferred: l1.inferred || sub !== null };
  }
  if (guess) return { category: PARENT[guess], subcategory: guess, inferred: true };
  return { category: '产出', subcategory: null, inferred: true };
}
