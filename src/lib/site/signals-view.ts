/**
 * The credibility signals as the pages show them: every rule's outcome for a report (from
 * the same function the data build publishes with, src/lib/signals/evaluate.ts), the signals
 * of each report for the filters, and the rules as /about/ explains them.
 */
import type { Report, SiteData } from '../data/model.ts';
import { evaluateReport, signalContext, type RuleOutcome, type Signal, type SignalContext } from '../signals/evaluate.ts';
import { RULES, ruleOf, type RuleDoc, type SignalId } from '../signals/rules.ts';
import { allReports, indicatorsOf, siteData } from './data.ts';

export interface SignalPanel {
  /** The rules that found something, in the order of the rules */
  signals: { rule: RuleDoc; signal: Signal }[];
  /** The rules that ran and found nothing, with what they found */
  clear: { rule: RuleDoc; why: RuleOutcome & { state: 'clear' } }[];
  /** The rules that could not run on this report, with why */
  unavailable: { rule: RuleDoc; why: RuleOutcome & { state: 'unavailable' } }[];
}

const contexts = new WeakMap<SiteData, SignalContext>();

function contextOf(data: SiteData): SignalContext {
  let ctx = contexts.get(data);
  if (!ctx) contexts.set(data, (ctx = signalContext(allReports(data), (id) => indicatorsOf(id, data))));
  return ctx;
}

// A report's panel is the same in both languages: evaluated once, for its first page.
const panels = new WeakMap<SiteData, WeakMap<Report, SignalPanel>>();

/** Every rule's outcome for a report, grouped for the panel. */
export function signalPanel(report: Report, data: SiteData = siteData): SignalPanel {
  let cached = panels.get(data);
  if (!cached) panels.set(data, (cached = new WeakMap()));
  let panel = cached.get(report);
  if (!panel) cached.set(report, (panel = evaluatePanel(report, data)));
  return panel;
}

function evaluatePanel(report: Report, data: SiteData): SignalPanel {
  const panel: SignalPanel = { signals: [], clear: [], unavailable: [] };
  for (const o of evaluateReport({ report, indicators: indicatorsOf(report.id, data) }, contextOf(data))) {
    const rule = ruleOf(o.rule);
    if (o.state === 'signal') panel.signals.push({ rule, signal: o.signal });
    else if (o.state === 'clear') panel.clear.push({ rule, why: o });
    else panel.unavailable.push({ rule, why: o });
  }
  return panel;
}

const byReport = new WeakMap<SiteData, Map<string, Signal[]>>();

/** The published signals of a report (signals.csv), in rule order. */
export function signalsOf(reportId: string, data: SiteData = siteData): Signal[] {
  let map = byReport.get(data);
  if (!map) {
    map = new Map();
    // Data built before signals existed has none.
    for (const s of data.signals ?? []) {
      const list = map.get(s.report_id);
      if (list) list.push(s);
      else map.set(s.report_id, [s]);
    }
    byReport.set(data, map);
  }
  return map.get(reportId) ?? [];
}

/** The rules a filter offers, with how many reports (or rows) each applies to. */
export function signalOptions(counts: ReadonlyMap<SignalId, number>): { rule: RuleDoc; count: number }[] {
  return RULES.map((rule) => ({ rule, count: counts.get(rule.id) ?? 0 }));
}

/** How many reports raise each signal. */
export function signalReportCounts(data: SiteData = siteData): Map<SignalId, number> {
  const counts = new Map<SignalId, number>();
  for (const s of data.signals ?? []) counts.set(s.signal, (counts.get(s.signal) ?? 0) + 1);
  return counts;
}

/** A report's signal ids as a row attribute (`data-signals`), space-separated. */
export function signalIdsAttr(reportId: string, data: SiteData = siteData): string {
  return signalsOf(reportId, data).map((s) => s.signal).join(' ');
}

/**
 * The signals an indicator row of the explorer carries: those that rest on this indicator, and
 * those of its report that concern the report as a whole (no indicator of their own).
 */
export function indicatorSignalIds(reportId: string, index: number, data: SiteData = siteData): string {
  return signalsOf(reportId, data)
    .filter((s) => s.indicators.length === 0 || s.indicators.includes(index))
    .map((s) => s.signal)
    .join(' ');
}
