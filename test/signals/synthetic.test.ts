/**
 * The signals on a small synthetic corpus (scripts/synth), built into a temporary folder with
 * the real data build. Expectations are computed here from the corpus's own files (the
 * printed targets and results of its indicator CSVs, the printed figures of its records) with
 * a parser of this test's own, never from the signal code.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Big from 'big.js';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { writeFoldersAtomically } from '../../src/lib/data/write.ts';
import { corpusFiles, synthCorpus } from '../../scripts/synth/index.ts';
import type { SynthReport } from '../../scripts/synth/report.ts';
import { THRESHOLDS } from '../../src/lib/signals/rules.ts';
import { tempDir } from '../workspace.ts';

const tmp = tempDir('signals-synth');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const corpus = synthCorpus({ departments: 24, years: 4, seed: 21 });
writeFoldersAtomically(new Map([[join(tmp, 'corpus'), corpusFiles(corpus)]]));
const data = buildSiteData(join(tmp, 'corpus'), { labelRoot: tmp });
const signalsOf = (id: string, rule: string) => data.signals.filter((s) => s.report_id === id && s.signal === rule);

/** This test's own reading of a printed quantity: its number, whether it is a maximum, its unit. */
function read(printed: string): { value: string; max: boolean; unit: string } | null {
  const s = printed.replace(/\s+/gu, '');
  const m = /(\d+(?:\.\d+)?)/u.exec(s);
  if (!m) return null;
  const unit = s.slice((m.index ?? 0) + m[1]!.length).replace(/以上|以内|以下/gu, '');
  return { value: m[1]!, max: /^≤|以内$|以下$/u.test(s), unit };
}

const departmentReports = corpus.reports.filter((r) => r.source.kind === 'department');
const byDeptYear = new Map(departmentReports.map((r) => [`${r.source.department_id}:${r.source.fiscal_year}`, r]));
const previous = (r: SynthReport) => byDeptYear.get(`${r.source.department_id}:${Number(r.source.fiscal_year) - 1}`);

describe('indicators matched across a department\'s years (the synthetic corpus)', () => {
  it('continues a department\'s indicators by name from year to year, and drops some after a miss', () => {
    let pairs = 0;
    let matched = 0;
    let droppedAfterMiss = 0;
    for (const r of departmentReports) {
      const p = previous(r);
      if (!p || p.indicators.length === 0 || r.indicators.length === 0) continue;
      pairs++;
      const names = new Set(r.indicators.map((i) => i.name));
      matched += p.indicators.filter((i) => i.weight === '' && names.has(i.name)).length;
      // A miss the report states (a row marked false) whose name is gone the next year.
      droppedAfterMiss += p.indicators.filter((i) => i.stated_met === 'false' && !names.has(i.name)).length;
    }
    expect(pairs).toBeGreaterThan(20);
    expect(matched / pairs).toBeGreaterThan(5);
    expect(droppedAfterMiss).toBeGreaterThan(0);
  });

  it('flags exactly the indicators whose target is at or below last year\'s result (at or above, for a maximum), in the same unit', () => {
    let expectedTotal = 0;
    for (const r of departmentReports) {
      const p = previous(r);
      const published = signalsOf(r.source.id, 'target_not_above_last_result');
      if (!p) {
        expect(published).toEqual([]);
        continue;
      }
      const last = new Map(p.indicators.filter((i) => i.weight === '').map((i) => [i.name, i]));
      let expected = 0;
      for (const i of r.indicators.filter((x) => x.weight === '')) {
        const before = last.get(i.name);
        if (!before) continue;
        const t = read(i.target_quantity);
        const a = read(before.actual_quantity);
        if (!t || !a || t.unit !== a.unit) continue;
        if (t.unit === '%' && !t.max && new Big(t.value).gte(100)) continue;
        if (t.max ? new Big(t.value).gte(a.value) : new Big(t.value).lte(a.value)) expected++;
      }
      expectedTotal += expected;
      expect(published.map((s) => s.value), r.source.id).toEqual(expected > 0 ? [String(expected)] : []);
    }
    expect(expectedTotal).toBeGreaterThan(10);
  });

  it('says a department\'s first report needs an earlier one', () => {
    const first = departmentReports.filter((r) => !previous(r));
    expect(first.length).toBeGreaterThan(0);
    for (const r of first) expect(signalsOf(r.source.id, 'target_not_above_last_result')).toEqual([]);
  });
});

describe('budget signals on the synthetic corpus, from the printed figures', () => {
  const num = (printed: string) => printed.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,%％]/gu, '');

  it('bands execution rates by their distance from 100 % as the thresholds say', () => {
    let seen = { none: 0, notable: 0, large: 0 };
    for (const r of corpus.reports) {
      const printed = r.record.figures.execution_rate_pct?.printed;
      if (!printed) continue;
      const deviation = new Big(100).minus(num(printed)).abs();
      const level = deviation.gt(THRESHOLDS.execution.large) ? 'large' : deviation.gt(THRESHOLDS.execution.notable) ? 'notable' : 'none';
      seen = { ...seen, [level]: seen[level] + 1 };
      expect(signalsOf(r.source.id, 'execution_rate').map((s) => s.level), r.source.id).toEqual(level === 'none' ? [] : [level]);
    }
    expect(seen.none).toBeGreaterThan(0);
    expect(seen.notable).toBeGreaterThan(0);
  });

  it('flags a mid-year adjustment above 10 % of the initial budget', () => {
    let flagged = 0;
    for (const r of corpus.reports) {
      const f = r.record.figures;
      if (!f.budget_initial_wan || !f.budget_adjustment_wan) continue;
      const share = new Big(num(f.budget_adjustment_wan.printed)).div(num(f.budget_initial_wan.printed)).times(100).round(2, Big.roundHalfUp);
      const fired = share.gt(THRESHOLDS.adjustment);
      if (fired) flagged++;
      expect(signalsOf(r.source.id, 'budget_adjustment').map((s) => s.value), r.source.id).toEqual(fired ? [share.toFixed(2)] : []);
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('flags a self-score of 90 or more when an indicator is missed, counting the rows the report marks false', () => {
    let flagged = 0;
    for (const r of corpus.reports) {
      const score = r.record.figures.self_score?.printed;
      const performance = r.indicators.filter((i) => i.weight === '');
      const stated = performance.filter((i) => i.stated_met === 'false').length;
      if (!score || new Big(score).lt(90) || stated === 0) continue;
      flagged++;
      const s = signalsOf(r.source.id, 'high_score_with_gaps');
      expect(s, r.source.id).toHaveLength(1);
      expect(Number(s[0]!.value)).toBeGreaterThanOrEqual(stated);
    }
    expect(flagged).toBeGreaterThan(0);
  });
});
