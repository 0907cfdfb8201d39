/**
 * The quantity a target or a result states: `3 册` in `3 册文本`, `50 宗以上` in `50 宗以上项目开工`,
 * `38 次` in `2021 年实际完成 38 次，达到预期目标。`, `382 万 m ²`. A number with its measure
 * word (and a comparator before or after it), as printed. A year (`2021 年`) is not one; a text
 * that states two quantities (`100家企业…；10场…`) has no single one.
 */
import { readingText } from './fold.ts';

const MEASURE = String.raw`(?:%|‰|个工作日|工作日|人次|家次|场次|户次|万\s*m\s*²|万\s*平方米|平方米|m\s*²|公里|千米|小时|万元|亿元|元|个|家|次|场|人|项|宗|份|本|册|部|期|条|篇|天|户|吨|米|亩|台|套|批|件|所|座|辆|周|课时|名|棵|株)`;
const BEFORE = String.raw`(?:≥|≤|>=|<=|>|<|不低于|不少于|不高于|不超过|至少|超过|达到|低于|高于)?\s*`;
const AFTER = String.raw`(?:\s*(?:以上|以下|以内|及以上|及以下))?`;
/** A number and its measure word; not inside a longer number, not a year or a date. */
const QUANTITY = new RegExp(String.raw`(?<![\d.])${BEFORE}\d+(?:\.\d+)?\s*(?:余\s*|多\s*)?${MEASURE}(?!年)${AFTER}`, 'gu');

export interface Found {
  printed: string;
  start: number;
  end: number;
}

/** Every quantity of a text (its reading form is matched; the printed characters are returned). */
export function quantitiesIn(text: string): Found[] {
  const read = readingText(text).replace(/[０-９％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const out: Found[] = [];
  for (const m of read.matchAll(QUANTITY)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    // The comparator words are part of the sentence, not of the quantity: keep only ≥ ≤ > <.
    const lead = /^(?:不低于|不少于|不高于|不超过|至少|超过|达到|低于|高于)\s*/u.exec(read.slice(start, m.index + m[0].length))?.[0].length ?? 0;
    const end = m.index + m[0].length;
    out.push({ printed: text.slice(start + lead, end).trim(), start: start + lead, end });
  }
  return out;
}

/** The one quantity a target or result states, as printed; '' when it states none or several. */
export function singleQuantity(text: string): string {
  const found = quantitiesIn(text);
  return found.length === 1 ? found[0]!.printed : '';
}
