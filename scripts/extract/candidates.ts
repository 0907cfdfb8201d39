/**
 * Every cue that fires proposes a candidate; a field takes a value only when the candidates
 * agree. Disagreement is not settled by guessing: the field stays null and the reviewer is told
 * what was found where.
 */
import Big from 'big.js';
import type { Quote } from './flow.ts';
import type { HeadlineField } from './schema.ts';

export interface Candidate {
  field: HeadlineField;
  /** Canonical form: a decimal string for numbers, the text as printed otherwise. */
  value: string;
  /** The value as printed in the source. */
  printed: string;
  quote: Quote;
  /**
   * How much the cue is worth: 3 a form's cell or a labelled field, 2 a specific prose cue,
   * 1 a vague one. Only the highest tier that proposes anything decides.
   */
  tier: number;
  /** Which rule proposed it, for the reviewer: `prose:实际支出`, `form:年度资金总额`. */
  rule: string;
  /** Doubts the rule itself had (an unverified table alignment …). */
  doubts: string[];
  /** An amount printed in 元 or 亿元 (`value` is converted to 万元; `printed` is as printed) */
  unit?: '元' | '亿元';
}

/** A field's outcome: a value with its evidence, or null with the reason it is null. */
export interface Resolved {
  field: HeadlineField;
  value: string | null;
  best: Candidate | null;
  /** Reasons to check the value (or its absence) by hand; empty when there is nothing to check. */
  uncertain: string[];
  /** Numbers a cue pointed at and a trap rule set aside (year-on-year change, a sub-project …). */
  skipped: string[];
}

const NUMERIC = new Set<HeadlineField>(['budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score', 'fiscal_year']);

function sameValue(field: HeadlineField, a: string, b: string): boolean {
  if (NUMERIC.has(field)) return new Big(a).eq(b);
  return a === b;
}

function describe(c: Candidate): string {
  return `“${c.printed}”（第 ${c.quote.line} 行，${c.rule}）`;
}

/**
 * Resolves one field. The highest tier with candidates decides; if its candidates disagree,
 * the field is null and flagged. Candidates of lower tiers that disagree with the value flag it
 * too (the value stays: a form's cell outranks a sentence that may speak of something else).
 * `doubts` are reasons to check found outside the candidates (an unfilled form cell);
 * `skipped` the numbers a trap rule set aside, shown to the reviewer.
 */
export function resolve(field: HeadlineField, candidates: readonly Candidate[], doubts: readonly string[] = [], skipped: readonly string[] = []): Resolved {
  const own = candidates.filter((c) => c.field === field);
  const extra = [...doubts];
  if (own.length === 0) return { field, value: null, best: null, uncertain: extra, skipped: [...skipped] };
  const top = Math.max(...own.map((c) => c.tier));
  const decisive = own.filter((c) => c.tier === top);
  const first = decisive[0]!;
  const conflicting = decisive.filter((c) => !sameValue(field, c.value, first.value));
  if (conflicting.length > 0) {
    const shown = [...new Map(decisive.map((c) => [c.value, c])).values()].map(describe).join('、');
    return { field, value: null, best: null, uncertain: [`候选值不一致，未取值：${shown}`, ...extra], skipped: [...skipped] };
  }
  const lower = own.filter((c) => c.tier < top && !sameValue(field, c.value, first.value));
  const uncertain = [...first.doubts, ...extra];
  if (lower.length > 0) uncertain.push(`另有不同的候选值：${lower.map(describe).join('、')}`);
  return { field, value: first.value, best: first, uncertain, skipped: [...skipped] };
}
