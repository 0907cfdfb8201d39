/**
 * Indicators a report states in prose, not in a table:
 *
 * - a list of targets, `目标设定包括召开…会议次数1次，宣传折页制作5000份，…验收通过率达98%以上。`,
 *   with the results in a later sentence that names them again, `我区共完成引进…项目6个`;
 * - a target met in passing, `已有4182家…使用平台，超额完成了…实现重点企业使用数达3800家的目标任务`.
 *
 * Each becomes a row with its target and, where the text states one, its result, quoted; the
 * rows are flagged, because their names are cut out of sentences.
 */
import type { Flow, Span } from './flow.ts';
import { quantitiesIn } from './quantities.ts';

export interface ProseIndicator {
  name: string;
  target_text: string;
  actual_text: string;
  stated_met: string;
  /** The span of the view the row is quoted from */
  span: Span;
  note: string;
}

/** A list of targets starts after these words. */
const TARGET_LIST = /(?:目标设定|绩效目标|年度目标|设定的目标|预期目标|目标)(?:主要)?(?:包括|为|有)[:]?/gu;
/** Verbs between an indicator's name and its quantity. */
const LINK = /(?:达到|达|为|完成|共|约|实现)$/u;

interface Clause { text: string; start: number }

function clauses(text: string, from: number, to: number): Clause[] {
  const out: Clause[] = [];
  for (const m of text.slice(from, to).matchAll(/[^,;。，；]+/gu)) out.push({ text: m[0], start: from + m.index });
  return out;
}

/** A clause ending in a quantity: its name (the words before, the linking verb aside) and the quantity. */
function nameAndQuantity(c: Clause): { name: string; quantity: string; qStart: number; qEnd: number } | null {
  // The last quantity ends the clause; one before it is part of the name (`引进注册资金2000万元以上项目6个`).
  const last = quantitiesIn(c.text).at(-1);
  if (!last || c.text.slice(last.end).trim() !== '') return null;
  const name = c.text.slice(0, last.start).trim().replace(LINK, '').trim();
  if (!/^[\u4e00-\u9fff]/u.test(name) || [...name].length < 3 || [...name].length > 30) return null;
  return { name, quantity: last.printed, qStart: c.start + last.start, qEnd: c.start + last.end };
}

/** Indicators stated in prose; `known` are the names the tables already give (not repeated). */
export function proseIndicators(flow: Flow, known: readonly string[]): ProseIndicator[] {
  const out: ProseIndicator[] = [];
  const text = flow.text;
  const seen = new Set(known.map((n) => n.replace(/\s+/gu, '')));
  for (const m of text.matchAll(TARGET_LIST)) {
    const from = m.index + m[0].length;
    const end = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
    const targets = clauses(text, from, end).map(nameAndQuantity).filter((x): x is NonNullable<typeof x> => x !== null);
    if (targets.length < 3) continue;
    // The results: a later paragraph that names the indicator again, ending in its quantity.
    const later = clauses(text, end, text.length);
    for (const t of targets) {
      if (seen.has(t.name)) continue;
      seen.add(t.name);
      const results = later.filter((c) => c.text.includes(t.name)).map(nameAndQuantity).filter((x): x is NonNullable<typeof x> => x !== null && x.name.endsWith(t.name));
      const result = results.length === 1 ? results[0]! : null;
      // Quoted where the result stands, else where the target does.
      const q = result ?? t;
      out.push({
        name: t.name,
        target_text: t.quantity,
        actual_text: result?.quantity ?? '',
        stated_met: '',
        span: { start: Math.max(from, q.qStart - t.name.length - 2), end: q.qEnd },
        note: result ? 'UNCERTAIN: 指标取自正文叙述（目标与完成情况分列两处，按名称对应），请核对' : 'UNCERTAIN: 指标取自正文叙述，请核对',
      });
    }
  }
  // A target met in passing: `…超额完成了2021年实现重点企业使用数达3800家的目标任务`, its result the other quantity of the sentence in the same measure word.
  for (const m of text.matchAll(/(?<verb>超额完成|已完成|完成了|未完成|未能完成)[^。;]{0,12}?(?:实现|达到)(?<name>[^,;。，；]{2,24}?)(?:达到|达|为)(?<q>[^,;。，；的]{1,12})的(?:目标任务|目标|任务)/gu)) {
    const name = m.groups!.name!.replace(/^\d{4}年(?:度)?/u, '');
    const q = quantitiesIn(m.groups!.q!);
    if (q.length !== 1 || seen.has(name)) continue;
    const target = q[0]!.printed;
    const unit = /[^\d.\s]+$/u.exec(target.replace(/(?:以上|以下|以内)$/u, ''))?.[0] ?? '';
    const sentenceStart = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const inSentence = quantitiesIn(text.slice(sentenceStart, m.index)).filter((x) => unit !== '' && x.printed.endsWith(unit));
    if (inSentence.length !== 1) continue;
    seen.add(name);
    const actual = inSentence[0]!;
    out.push({
      name,
      target_text: target,
      actual_text: actual.printed,
      stated_met: /未/u.test(m.groups!.verb!) ? 'false' : 'true',
      span: { start: sentenceStart + actual.start, end: m.index + m[0].length },
      note: 'UNCERTAIN: 指标取自正文叙述，请核对',
    });
  }
  return out;
}
