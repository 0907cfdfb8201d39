/**
 * Budget lines: the projects or funds a report accounts for one by one, in the columns of
 * `<id>.budget-lines.csv`. A line is a paragraph that starts with an enumerated name ending in
 * 经费 / 项目 / 资金 / 专项 / 工程 (`1.招商引资经费。该项目年初预算数100万元，年中调减…`) and
 * states amounts; each value is read from its cue inside that paragraph, as printed (a decrease
 * with a leading `-`). A report's government procurement (政府采购) figures make a line too.
 */
import { BUDGET_LINE_COLUMNS } from '../../src/lib/data/schema.ts';
import type { DraftFigure } from './figures.ts';
import type { Flow } from './flow.ts';
import { NUMBER } from './values.ts';

export type BudgetLineDraft = Record<(typeof BUDGET_LINE_COLUMNS)[number], string> & { line: number };

const HEAD = /^(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、)(?<name>[^。:;,]{2,40}?(?:经费|项目|资金|专项|工程))[。:]/u;

type Column = Exclude<(typeof BUDGET_LINE_COLUMNS)[number], 'name' | 'quote'>;

const CUES: readonly (readonly [Column, RegExp])[] = [
  ['initial_wan', new RegExp(String.raw`年初(?:预算|批复)(?:数|资金)?(?:为)?(?<num>${NUMBER})万元`, 'u')],
  ['initial_wan', new RegExp(String.raw`该项目(?:的)?预算资金(?:为)?(?<num>${NUMBER})万元`, 'u')],
  ['adjustment_wan', new RegExp(String.raw`(?<dir>调减|调增|追加)(?:了)?(?<num>${NUMBER})万元`, 'u')],
  ['final_wan', new RegExp(String.raw`(?:全年预算数|调整后预算(?:数)?|年度预算(?:数|安排))(?:为)?(?<num>${NUMBER})万元`, 'u')],
  ['spent_wan', new RegExp(String.raw`(?:全年执行数|执行数|实际支出)(?:为)?(?<num>${NUMBER})万元`, 'u')],
  ['execution_rate_pct', new RegExp(String.raw`(?:完成预算的|执行率(?:为)?)(?<num>${NUMBER}%)`, 'u')],
  ['adjustment_rate_pct', new RegExp(String.raw`预算调整率(?:为)?(?<num>-?${NUMBER}%)`, 'u')],
  ['score', new RegExp(String.raw`得分(?:累计)?(?:为)?(?<num>${NUMBER})分`, 'u')],
];

function empty(line: number): BudgetLineDraft {
  return { ...(Object.fromEntries(BUDGET_LINE_COLUMNS.map((c) => [c, ''])) as Record<(typeof BUDGET_LINE_COLUMNS)[number], string>), line };
}

/** The budget lines of a report. */
export function budgetLines(flow: Flow, figures: Partial<Record<string, DraftFigure>>): BudgetLineDraft[] {
  const out: BudgetLineDraft[] = [];
  let start = 0;
  for (const para of flow.text.split('\n')) {
    const at = start;
    start += para.length + 1;
    const head = HEAD.exec(para);
    if (!head) continue;
    const d = empty(0);
    let end = head[0].length;
    for (const [col, re] of CUES) {
      if (d[col] !== '') continue;
      const m = re.exec(para);
      if (!m) continue;
      const [ns, ne] = [m.index + m[0].indexOf(m.groups!.num!), m.index + m[0].indexOf(m.groups!.num!) + m.groups!.num!.length];
      let printed = flow.printed({ start: at + ns, end: at + ne });
      if (col === 'adjustment_wan' && /减/u.test(m.groups!.dir!)) printed = `-${printed}`;
      d[col] = printed;
      end = Math.max(end, m.index + m[0].length);
    }
    if (!d.initial_wan && !d.final_wan && !d.spent_wan) continue;
    d.name = head.groups!.name!;
    const q = flow.quote({ start: at, end: at + end });
    d.quote = q.quote;
    d.line = q.line;
    out.push(d);
  }
  const pb = figures.procurement_budget_wan;
  const ps = figures.procurement_spent_wan;
  if (pb && ps) {
    const d = empty(pb.quote.line);
    d.name = '政府采购';
    d.final_wan = pb.printed;
    d.spent_wan = ps.printed;
    d.execution_rate_pct = figures.procurement_rate_pct?.printed ?? '';
    const rate = figures.procurement_rate_pct;
    const from = flow.source.locate(pb.quote.quote);
    d.quote = rate && from && flow.source.locate(rate.quote.quote)?.line === from.line ? joinQuotes(flow, pb.quote.quote, rate.quote.quote) : pb.quote.quote;
    out.push(d);
  }
  return out;
}

/** The shortest excerpt of the source from the start of `a` to the end of `b` (same line), else `a`. */
function joinQuotes(flow: Flow, a: string, b: string): string {
  const i = flow.original.indexOf(a);
  const j = flow.original.indexOf(b, i);
  return i >= 0 && j >= 0 ? flow.original.slice(i, Math.max(i + a.length, j + b.length)) : a;
}
