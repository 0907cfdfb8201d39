/**
 * The views behind the year-over-year section and the peer sentences, on a synthetic corpus
 * (scripts/synth) big enough to have several years per department and peer groups of five
 * and more. Expectations come from the corpus files (indicator names, printed figures) and
 * from counts made here, not from the views.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { writeFoldersAtomically } from '../../src/lib/data/write.ts';
import { corpusFiles, synthCorpus } from '../../scripts/synth/index.ts';
import { yearSeries } from '../../src/lib/site/years-view.ts';
import { MIN_PEERS, measureOf, peerSentences } from '../../src/lib/site/peers-view.ts';
import type { Report } from '../../src/lib/data/model.ts';
import { tempDir } from '../workspace.ts';

const tmp = tempDir('judging-views');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// 150 departments over three years: about 140 department-wide reports a year, spread over
// the country, so groups by kind and year are large and some provinces reach five.
const corpus = synthCorpus({ departments: 150, years: 3, seed: 5 });
writeFoldersAtomically(new Map([[join(tmp, 'corpus'), corpusFiles(corpus)]]));
const data = buildSiteData(join(tmp, 'corpus'), { labelRoot: tmp });
const reportsOf = (id: string) => data.reports.filter((r) => r.department_id === id);
const files = new Map(corpus.reports.map((r) => [r.source.id, r]));
const performanceNames = (id: string) => [...new Set((files.get(id)?.indicators ?? []).filter((i) => i.weight === '').map((i) => i.name))];

describe('year-over-year section (synthetic corpus)', () => {
  const all = data.departments.map((d) => ({ d, series: yearSeries(reportsOf(d.id), data) }));

  it('pairs consecutive years of the same kind, and matches exactly the indicator names both years list', () => {
    let pairs = 0;
    for (const { series } of all) {
      for (const se of series) {
        for (const p of se.pairs) {
          pairs++;
          expect(p.current.fiscal_year).toBe(p.previous.fiscal_year + 1);
          expect(p.current.kind).toBe(p.previous.kind);
          const before = new Set(performanceNames(p.previous.id));
          const expected = performanceNames(p.current.id).filter((n) => before.has(n)).sort();
          expect(p.matched.map((m) => m.current.name).sort(), `${p.previous.id} → ${p.current.id}`).toEqual(expected);
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it('lists a stated miss whose name is gone the next year among those dropped after a miss', () => {
    let dropped = 0;
    for (const { series } of all) {
      for (const p of series.flatMap((se) => se.pairs)) {
        const now = new Set(performanceNames(p.current.id));
        const missedThenGone = (files.get(p.previous.id)?.indicators ?? []).filter((i) => i.stated_met === 'false' && !now.has(i.name)).map((i) => i.name);
        const listed = p.droppedAfterMiss.map((i) => i.name);
        for (const n of missedThenGone) expect(listed, p.previous.id).toContain(n);
        dropped += listed.length;
        for (const x of p.droppedAfterMiss) expect(now.has(x.name)).toBe(false);
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it('marks some targets as at or below last year\'s result, and some not', () => {
    const marks = all.flatMap(({ series }) => series.flatMap((se) => se.pairs.flatMap((p) => p.matched.map((m) => m.notAbove))));
    expect(marks.filter((x) => x === true).length).toBeGreaterThan(10);
    expect(marks.filter((x) => x === false).length).toBeGreaterThan(10);
  });

  it('has no series for a department with one year', () => {
    const single = data.departments.filter((d) => new Set(reportsOf(d.id).map((r) => r.fiscal_year)).size === 1);
    for (const d of single) expect(yearSeries(reportsOf(d.id), data)).toEqual([]);
  });
});

describe('peer sentences (synthetic corpus)', () => {
  const dept = new Map(data.departments.map((d) => [d.id, d]));
  /** Counted here: the other reports of the same kind and year (and province/level when the sentence says so) that state the measure. */
  function expectedCounts(r: Report, measure: 'execution_rate' | 'self_score', province: string | null, level: string | null) {
    const own = Number(measureOf(r, measure));
    const peers = data.reports.filter((x) => x.id !== r.id && x.kind === r.kind && x.fiscal_year === r.fiscal_year
      && (province === null || dept.get(x.department_id)!.province_zh === province) && (level === null || dept.get(x.department_id)!.level === level)
      && measureOf(x, measure) !== null);
    const v = peers.map((x) => Number(measureOf(x, measure)));
    return { peers: peers.length, higher: v.filter((x) => x > own).length, same: v.filter((x) => x === own).length, lower: v.filter((x) => x < own).length };
  }

  it('counts the peers higher, the same and lower in the group the sentence names, and narrows to a province only with enough peers', () => {
    let shown = 0;
    let narrowed = 0;
    for (const r of data.reports.filter((x) => x.kind === 'department')) {
      for (const s of peerSentences(r, data)) {
        if (s.state !== 'shown' || s.measure === 'indicators_met_share') continue;
        shown++;
        if (s.group.province !== null) narrowed++;
        expect(s.peers).toBeGreaterThanOrEqual(MIN_PEERS);
        expect({ peers: s.peers, higher: s.higher, same: s.same, lower: s.lower }, `${r.id} ${s.measure}`).toEqual(expectedCounts(r, s.measure, s.group.province, s.group.level));
      }
    }
    expect(shown).toBeGreaterThan(100);
    expect(narrowed).toBeGreaterThan(0);
  });

  it('omits the sentence, saying so, when fewer than MIN_PEERS others state the measure', () => {
    // The same corpus cut down to MIN_PEERS reports of one kind and year: each has MIN_PEERS − 1 peers at most.
    const year = data.reports[0]!.fiscal_year;
    const few = data.reports.filter((r) => r.kind === 'department' && r.fiscal_year === year && r.figures.self_score).slice(0, MIN_PEERS);
    const small = { ...data, reports: few };
    for (const r of few) {
      const s = peerSentences(r, small).find((x) => x.measure === 'self_score')!;
      expect(s).toMatchObject({ state: 'too-few', peers: MIN_PEERS - 1 });
    }
    // One more report of that kind and year, and every one of them has enough.
    const more = data.reports.filter((r) => r.kind === 'department' && r.fiscal_year === year && r.figures.self_score).slice(0, MIN_PEERS + 1);
    for (const r of more) expect(peerSentences(r, { ...data, reports: more }).find((x) => x.measure === 'self_score')!.state).toBe('shown');
  });
});
