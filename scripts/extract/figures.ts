/**
 * The figures of a report beyond the headline ones (docs/data-format.md, figure keys):
 * spending by kind and source, income, shares, the change on last year, procurement, staff
 * numbers, the indicator counts a narrative states, the projects self-evaluated. Each is read
 * from a phrase that names it, the value printed right after it (with its unit), and quoted.
 * The first phrase in the text decides; a figure the text does not state is left out.
 */
import type { FigureKey } from '../../src/lib/data/schema.ts';
import type { Flow, Quote } from './flow.ts';
import { NUMBER } from './values.ts';

export interface DraftFigure {
  printed: string;
  quote: Quote;
  negative?: true;
}

type Kind = 'amount' | 'percent' | 'count';

interface Spec {
  key: FigureKey;
  /** Words before the value, in the reading view (half-width, no whitespace between CJK) */
  cue: string;
  kind: Kind;
  /** A decrease (减少, 下降) when this group of the cue matched */
  decrease?: boolean;
  /** Not when the clause before the cue has these words */
  notAfter?: RegExp;
}

const VALUE: Record<Kind, string> = {
  amount: String.raw`(?<num>${NUMBER})\s?万元`,
  percent: String.raw`(?<num>${NUMBER}\s?%)`,
  count: String.raw`(?<num>\d+)\s?(?:人|个|名|家|项)`,
};

const SPECS: readonly Spec[] = [
  { key: 'basic_spent_wan', cue: '基本支出(?:完成)?', kind: 'amount' },
  { key: 'project_spent_wan', cue: '(?<!的)项目支出(?:完成)?', kind: 'amount', notAfter: /其中|该项目|一般公共预算/u },
  { key: 'personnel_spent_wan', cue: '人员(?:经费)?支出(?:完成)?', kind: 'amount' },
  { key: 'public_spent_wan', cue: '公用(?:经费)?支出(?:完成)?', kind: 'amount' },
  { key: 'income_total_wan', cue: '收入(?:总额|合计|总计)', kind: 'amount' },
  { key: 'income_fiscal_wan', cue: '(?<!其他)财政拨款收入', kind: 'amount' },
  { key: 'income_other_wan', cue: '(?<!财政拨款)其他收入(?!支出|预算)', kind: 'amount' },
  { key: 'spent_fiscal_wan', cue: '(?<!政府性基金预算|国有资本经营预算)财政拨款支出', kind: 'amount' },
  { key: 'spent_other_wan', cue: '其他(?:资金|收入)支出', kind: 'amount' },
  { key: 'spent_fiscal_share_pct', cue: '财政拨款支出[^。;,]{0,16}?,占(?:支出总额|总支出)(?:的)?', kind: 'percent' },
  { key: 'spent_other_share_pct', cue: '其他(?:资金|收入)支出[^。;,]{0,16}?,占(?:支出总额|总支出)(?:的)?', kind: 'percent' },
  { key: 'spent_change_pct', cue: '(?:相比|比|较)(?:上年|上一年|去年|\\d{4}年度?)(?:度)?(?:支出)?(?<dir>增加|减少|增长|下降)(?:了)?', kind: 'percent' },
  { key: 'procurement_budget_wan', cue: '政府采购(?:年度|全年)预算(?:金额|数)?', kind: 'amount' },
  { key: 'procurement_spent_wan', cue: '政府采购(?:年度|全年)预算(?:金额|数)?(?:为)?[\\d.,]+万元,实际支出', kind: 'amount' },
  { key: 'procurement_rate_pct', cue: '政府采购[^。;]{0,40}?执行率(?:为|达)?', kind: 'percent' },
  { key: 'staff_authorized', cue: '(?:核定)?编制(?:在职)?(?:人员|人数)?(?:为|共)?', kind: 'count', notAfter: /实有/u },
  { key: 'staff_actual', cue: '实有(?:在职)?(?:人员|人数)(?:为|共)?', kind: 'count' },
  { key: 'staff_retired', cue: '(?<!离)退休人员', kind: 'count' },
  { key: 'staff_other', cue: '其他人员', kind: 'count' },
  { key: 'budget_adjustment_rate_pct', cue: '预算调整率', kind: 'percent' },
  { key: 'indicators_stated_total', cue: '(?:共)?设置(?:了|的)?(?:共)?', kind: 'count' },
  { key: 'indicators_stated_met', cue: '(?:共)?设置(?:了|的)?(?:共)?', kind: 'count' },
  // `16 个指标中有 14 个指标的完成率为 100%-150%`: a completion of 100 % or more is a target met.
  { key: 'indicators_stated_met', cue: '\\d+个(?:关键)?(?:绩效)?指标中(?:有)?', kind: 'count' },
  { key: 'evaluated_projects_count', cue: '对\\d{4}年度?', kind: 'count' },
  { key: 'evaluated_projects_wan', cue: '项目(?:支出)?开展(?:了)?绩效自评,共涉及资金', kind: 'amount' },
];

/** What must follow a count for it to be the figure (`6 个关键指标`, `6 个…项目…绩效自评`). */
const COUNT_TAIL: Partial<Record<FigureKey, RegExp>> = {
  indicators_stated_total: /^(?:关键)?(?:绩效)?指标/u,
  // `设置的6个关键指标均能达到…`: all of them met; `…中有14个指标的完成率为100%…`.
  indicators_stated_met: /^(?:关键)?(?:绩效)?指标(?:均|全部)(?:能|已)?(?:达到|完成)|^(?:关键)?(?:绩效)?指标(?:的)?完成率(?:为|达)?100%/u,
  evaluated_projects_count: /^[^。,;]{0,14}项目(?:支出)?开展(?:了)?绩效自评/u,
};

const CLAUSE = /[,;。!?:\n\t]/u;

/** The figures a report states besides its headline figures, by key. */
export function otherFigures(flow: Flow): Partial<Record<FigureKey, DraftFigure>> {
  const out: Partial<Record<FigureKey, DraftFigure>> = {};
  for (const spec of SPECS) {
    if (out[spec.key]) continue;
    const re = new RegExp(`(?<cue>${spec.cue})(?:为|是|达|共计|合计)?:?\\s?${VALUE[spec.kind]}`, 'dgu');
    for (const m of flow.text.matchAll(re)) {
      const tail = COUNT_TAIL[spec.key];
      if (tail && !tail.test(flow.text.slice(m.index + m[0].length))) continue;
      let from = m.index;
      while (from > 0 && !CLAUSE.test(flow.text[from - 1]!)) from--;
      const clause = flow.text.slice(from, m.index);
      if (spec.notAfter?.test(clause)) continue;
      if (/同比|上年|去年/u.test(clause) && spec.key !== 'spent_change_pct') continue;
      const [numStart, numEnd] = m.indices!.groups!.num!;
      const printed = flow.printed({ start: numStart, end: numEnd });
      const decrease = /减少|下降/u.test(m.groups!.dir ?? '');
      out[spec.key] = { printed, quote: flow.quote({ start: m.index, end: m.index + m[0].length }), ...(decrease ? { negative: true as const } : {}) };
      break;
    }
  }
  return out;
}
