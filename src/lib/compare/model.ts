/**
 * The comparison's columns, built from the data at build time: for a department, its latest
 * report and the value of every measure (measures.ts), exact decimals computed with big.js;
 * and the peers a department page compares itself with.
 */
import Big from 'big.js';
import type { Department, Report } from '../data/model.ts';
import { percentOf, type Decimal } from '../data/numbers.ts';
import { shortNameEn } from '../format/names.ts';
import { MAX_COMPARE } from './selection.ts';
import type { CompareColumn, MeasureKey, MeasureValues } from './measures.ts';

/** The report a department is compared by: the newest year; a department-wide report before a project report of that year. */
export function latestReport(reports: readonly Report[]): Report | null {
  const own = [...reports];
  own.sort((a, b) => b.fiscal_year - a.fiscal_year || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'department' ? -1 : 1));
  return own[0] ?? null;
}

function share(part: Decimal | undefined, whole: Decimal | undefined): Decimal | null {
  return part && whole ? percentOf(part, whole) : null;
}

/** Every measure's value for one report; `computed` lists those derived rather than printed. */
export function reportValues(r: Report): { values: MeasureValues; computed: MeasureKey[] } {
  const values: MeasureValues = {};
  const computed: MeasureKey[] = [];
  const set = (key: MeasureKey, value: string | null, isComputed = false) => {
    values[key] = value;
    if (isComputed && value !== null) computed.push(key);
  };
  const f = r.figures;
  set('fiscal_year', String(r.fiscal_year));
  set('kind', r.kind);
  set('budget_final_wan', f.budget_final_wan?.value ?? null);
  set('spent_wan', f.spent_wan?.value ?? null);
  if (f.execution_rate_pct) set('execution_rate_pct', f.execution_rate_pct.value);
  else set('execution_rate_pct', r.execution_rate_computed_pct, true);
  const initial = f.budget_initial_wan?.value;
  const final = f.budget_final_wan?.value;
  if (f.budget_adjustment_wan) set('budget_adjustment_wan', f.budget_adjustment_wan.value);
  else set('budget_adjustment_wan', initial && final ? new Big(final).minus(initial).toFixed(2) : null, true);
  if (f.budget_adjustment_rate_pct) set('budget_adjustment_rate_pct', f.budget_adjustment_rate_pct.value);
  else set('budget_adjustment_rate_pct', initial && final ? percentOf(new Big(final).minus(initial).abs().toString(), initial) : null, true);
  set('basic_share_pct', share(f.basic_spent_wan?.value, f.spent_wan?.value), true);
  set('project_share_pct', share(f.project_spent_wan?.value, f.spent_wan?.value), true);
  set('self_score', f.self_score?.value ?? null);
  set('grade', r.grade?.value ?? null);
  const listed = r.indicator_count;
  set('indicators_listed', listed > 0 ? String(listed) : null);
  set('indicators_met', listed > 0 ? String(r.indicators_met) : null);
  set('indicators_not_met', listed > 0 ? String(r.indicators_not_met) : null);
  set('indicators_not_assessed', listed > 0 ? String(r.indicators_not_assessed) : null);
  const statedTotal = f.indicators_stated_total?.value;
  const statedMet = f.indicators_stated_met?.value;
  set('indicators_stated', statedTotal ? `${statedMet ?? '?'} / ${statedTotal}` : null);
  set('problems', String(r.problems.length));
  return { values, computed };
}

/** A department's column: its latest report's values (none when it has no report). */
export function compareColumn(d: Department, reports: readonly Report[]): CompareColumn {
  return columnOf(d, latestReport(reports));
}

/** The column of a department compared by a given report. */
function columnOf(d: Department, report: Report | null): CompareColumn {
  const department = {
    id: d.id, name_zh: d.name_zh, name_en: d.name_en, short_name_zh: d.short_name_zh, short_name_en: shortNameEn(d.name_en),
    level: d.level, province_zh: d.province_zh, city_zh: d.city_zh,
  };
  if (!report) return { department, report: null, values: {}, computed: [] };
  const { values, computed } = reportValues(report);
  return { department, report: { id: report.id, fiscal_year: report.fiscal_year, kind: report.kind, project_name: report.project_name }, values, computed };
}

/**
 * The peers a department page compares with, at most MAX_COMPARE − 1: departments whose
 * latest report (the one /compare/ shows) is of the same kind as this department's; nearest
 * first: same province and level, then same province, then same level elsewhere (looked at
 * only when the province has too few); within each, the same fiscal year first, then the
 * closest year, then by id.
 */
export function peerColumns(d: Department, all: readonly Department[], reportsOf: (id: string) => readonly Report[]): { self: CompareColumn; peers: CompareColumn[] } {
  const own = latestReport(reportsOf(d.id));
  const self = columnOf(d, own);
  if (!own) return { self, peers: [] };
  const want = MAX_COMPARE - 1;
  const pick = (pool: readonly Department[], tier: (p: Department) => number) => {
    const found = pool.flatMap((p) => {
      const r = p.id === d.id ? null : latestReport(reportsOf(p.id));
      return r && r.kind === own.kind ? [{ p, r, tier: tier(p), gap: Math.abs(r.fiscal_year - own.fiscal_year) }] : [];
    });
    found.sort((a, b) => a.tier - b.tier || a.gap - b.gap || a.p.id.localeCompare(b.p.id));
    return found.slice(0, want);
  };
  let chosen = pick(all.filter((p) => p.province_zh === d.province_zh), (p) => (p.level === d.level ? 0 : 1));
  if (chosen.length < want) chosen = [...chosen, ...pick(all.filter((p) => p.province_zh !== d.province_zh && p.level === d.level), () => 2)].slice(0, want);
  return { self, peers: chosen.map((c) => columnOf(c.p, c.r)) };
}
