/**
 * Results a report states in prose (the record's outcomes): `开展党组理论学习中心组集中学习
 * 12 次`, `组织20多次重点招商项目推进专题会议`, `投资总额约 1007 亿元`. Every quantity of a
 * sentence about the work done, with what it counts: the words before it in its clause (the
 * verbs that introduce it aside), or, when those are only a verb, the words after it.
 *
 * Not a result: a figure of the budget or its spending (a clause about 预算, 支出, 资金 …), a
 * change (增长, 同比), a share (占比), a quantity in a section about duties, problems or
 * measures, a table's cell. The names are cut out of sentences, so every outcome is a draft
 * for the reviewer to word.
 */
import type { Flow, Quote } from './flow.ts';
import { quantitiesIn } from './quantities.ts';

export interface OutcomeDraft {
  name: string;
  target_text: string | null;
  actual_text: string | null;
  target_quantity: string | null;
  actual_quantity: string | null;
  quote: Quote;
}

/** Clauses about money the budget speaks of, or about change: their quantities are not results. */
const NOT_RESULT = /预算|支出|经费|拨款|收入|决算|执行|资金到位|调整|增长|增加|下降|减少|同比|占比|比上年|较上年|年均|编制|在职|退休|人员|内设|科室/u;
/** A plan (`计划完成…`, `力争…`): a target, not a result. */
const PLANNED = /(?:计划|力争|预计)(?:完成|实现|新增|举办|开展|引进|出让|签约|开工|达到)/u;
/** Sections whose quantities are not results. */
const NOT_SECTION = /职能|职责|问题|措施|建议|整改|下一步/u;
/** Words before what a result counts that are not part of its name: time, adverbs, 开展. */
const LEAD = /^(?:\d{1,2}[.、]|\(\d{1,2}\)|[、和及与]|其中|并|还|另|同时|全年|全区|全市|今年|本年度|年内|截至[^，,]*?|已经|已|共计|共|累计|先后|合计|实际|主动|有效|积极|持续|成功|顺利|开展了?|有)+/u;
const TRAIL = /(?:达到|达|为|共计|共|约|超过|超|近|逾|累计|合计|总计|完成|有)$/u;

/** The heading of the section a position stands in (the nearest enumerated short line before it). */
function sectionOf(text: string, at: number): string {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.length <= 40 && /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|#)/u.test(line)) return line;
    end = start - 1;
  }
  return '';
}

/** Outcomes stated in prose. */
export function proseOutcomes(flow: Flow): OutcomeDraft[] {
  const text = flow.text;
  const out: OutcomeDraft[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const base = lineStart;
    lineStart += line.length + 1;
    // Sentences only: not a table row, not a heading.
    if (line.includes('\t') || line.length < 20 || !/[,，。;；]/u.test(line)) continue;
    if (NOT_SECTION.test(sectionOf(text, base + 1).replace(/^[^、.)]*[、.)]/u, ''))) continue;
    for (const c of line.matchAll(/[^,，;；。:：!?]+/gu)) {
      const clause = c[0];
      const found = quantitiesIn(clause);
      for (const [k, q] of found.entries()) {
        const before = clause.slice(k > 0 ? found[k - 1]!.end : 0, q.start);
        // A budget figure, a change, a share: not a result (the words right before the quantity say so).
        if (NOT_RESULT.test(before)) continue;
        const after = clause.slice(q.end, found[k + 1]?.start ?? clause.length);
        const planned = PLANNED.test(before);
        let name = before.replace(new RegExp(`^.*?${PLANNED.source}`, 'u'), '').replace(/[（(][^)）]*$/u, '').trim().replace(LEAD, '').replace(TRAIL, '').replace(/[“”"、和及]+$/u, '').trim();
        if ([...name].length < 3 && /^[\u4e00-\u9fff“]/u.test(after.trim())) name = after.trim().replace(/[（(].*$/u, '').replace(/^的/u, '');
        if ([...name].length < 3 || [...name].length > 30 || /\d{4}(?:年|$)/u.test(name) || /^(?:设置|包括|涉及|下属|内设)/u.test(name)) continue;
        // 约 and 超 stand before the number: the result as printed keeps them, the quantity keeps 超 only.
        const mod = /(?:约|超过|超|近|逾)$/u.exec(before)?.[0] ?? '';
        const start = base + c.index + q.start;
        const actualText = flow.excerpt({ start: start - mod.length, end: base + c.index + q.end }).trim();
        const quantity = actualText.replace(/^约\s*/u, '');
        // A plan (计划, 力争, 预计) states a target, not a result.
        out.push({
          name,
          target_text: planned ? actualText : null,
          actual_text: planned ? null : actualText,
          target_quantity: planned ? quantity : null,
          actual_quantity: planned ? null : quantity,
          quote: flow.quote({ start: Math.max(base + c.index, start - mod.length - name.length - 4), end: base + c.index + q.end }),
        });
      }
    }
  }
  return out;
}
