/**
 * Honest accounting of indicators, in one place: every performance indicator is met, not met
 * or not assessed, and a not-assessed one says why. Every count the site publishes or shows
 * (reports.csv, the report and department pages, the overview, the comparison, the indicator
 * explorer, the search payload, the signals) goes through these two functions, so "not
 * assessed" is never folded into "not met" and a total is never a ratio that hides it.
 */
import type { Indicator } from './model.ts';

export type IndicatorStatus = 'met' | 'not_met' | 'not_assessed';

/**
 * Why an indicator is not assessed: the report states no result for it (`no_result`), the
 * result is garbled beyond reading (`result_illegible`), it has no target (`no_target`), or
 * target and result are both stated but cannot be set against each other and the report does
 * not say (`not_comparable`: different units, words without numbers).
 */
export type NotAssessedReason = 'no_result' | 'result_illegible' | 'no_target' | 'not_comparable';

export interface Assessment {
  status: IndicatorStatus;
  /** null unless not assessed */
  reason: NotAssessedReason | null;
}

type Assessable = Pick<Indicator, 'met' | 'target_text' | 'actual_text' | 'legible'>;

/** A row of a scoring table (分值/得分): an item of the score, not a target set against a result. */
export function isScoringRow(i: Pick<Indicator, 'weight' | 'score'>): boolean {
  return i.weight !== null || i.score !== null;
}

/**
 * The status of one indicator. `met` holds what the build decided (the report's own word,
 * else target against result, see derive.ts); when it could not decide, the reason is read
 * off what the row states.
 */
export function assessIndicator(i: Assessable): Assessment {
  if (i.met === true) return { status: 'met', reason: null };
  if (i.met === false) return { status: 'not_met', reason: null };
  const reason: NotAssessedReason = i.actual_text === null ? 'no_result' : i.target_text === null ? 'no_target' : !i.legible ? 'result_illegible' : 'not_comparable';
  return { status: 'not_assessed', reason };
}

export interface IndicatorCounts {
  /** Performance indicators listed (scoring-table rows are not indicators) */
  listed: number;
  met: number;
  not_met: number;
  not_assessed: number;
  /** not_assessed, by reason */
  reasons: Record<NotAssessedReason, number>;
}

/** The counts of a report's performance indicators (scoring-table rows left out). */
export function countIndicators(indicators: readonly (Assessable & Pick<Indicator, 'weight' | 'score'>)[]): IndicatorCounts {
  const counts: IndicatorCounts = { listed: 0, met: 0, not_met: 0, not_assessed: 0, reasons: { no_result: 0, result_illegible: 0, no_target: 0, not_comparable: 0 } };
  for (const i of indicators) {
    if (isScoringRow(i)) continue;
    counts.listed++;
    const a = assessIndicator(i);
    counts[a.status]++;
    if (a.reason) counts.reasons[a.reason]++;
  }
  return counts;
}
