/**
 * The evaluation set: its shape (made-up texts only, saying so on their first line, at least one
 * per layout kind), the five real reports with their answers from the curated data, and the
 * extractor's answers on every case, exactly.
 * `npm run extract:eval` reports accuracy; this test makes any regression fail.
 */
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SourceText, containsLoosely } from '../../src/lib/data/provenance.ts';
import { extractReport, toJson } from '../../scripts/extract/extract.ts';
import { missesOf } from '../../scripts/extract/evaluate.ts';
import { ISSUE_SCOPE } from '../../scripts/extract/completeness.ts';
import { seedCases, seedCompleteness } from '../../scripts/extract/seeds.ts';
import { ROOT, evalCases } from './helpers.ts';

const cases = evalCases();
const real = cases.filter((c) => !c.expected.made_up);
const madeUp = cases.filter((c) => c.expected.made_up);

describe('the evaluation set', () => {
  it('holds only made-up texts, at least one per layout kind: the real reports are read from data/', () => {
    expect(real).toEqual([]);
    expect(madeUp.length).toBeGreaterThanOrEqual(20);
    const layouts = new Set(madeUp.map((c) => extractReport(c.text).layout.replace(/,.*$/u, '')));
    for (const l of ['form (| cells)', 'form (tab cells)', 'form (one cell per line)', 'form (space-separated)', 'form (flattened)', 'report (prose)']) expect(layouts, l).toContain(l);
  });

  it('marks every made-up text as such on its first line', () => {
    for (const c of madeUp) expect(c.text.split('\n')[0], c.name).toMatch(/TEST FIXTURE.*made-up.*not a real report/u);
  });

  it('keeps the GBK case in GBK: not UTF-8, and exactly the GBK encoding of its text', () => {
    const c = cases.find((x) => x.name === 'made-up-gbk')!;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(c.bytes)).toThrow();
    expect(iconv.encode(c.text, 'gbk').equals(c.bytes)).toBe(true);
    expect(c.text).toContain('青禾市云溪区商务局');
  });
});

describe('the five real reports (answers from their curated records)', () => {
  const seeds = seedCases(join(ROOT, 'data'), ROOT);
  it('are all read', () => expect(seeds.map((s) => s.id).sort()).toEqual(['guangzhou-baiyun-2021-department', 'guangzhou-liwan-2022-department', 'guangzhou-panyu-2021-department', 'jiangmen-2024-department', 'shenzhen-pingshan-2021-project']));
  for (const s of seeds) {
    it(`${s.id}: every stated headline value found, nothing invented`, () => {
      expect(missesOf(s.result)).toEqual([]);
    });
  }
  it('draft at least 95 % of the curated values in the issue\'s scope, every drafted value in its quote', () => {
    const parts = seedCompleteness(seeds);
    const scoped = parts.flatMap((p) => p.scores).filter((x) => ISSUE_SCOPE.includes(x.part));
    const values = scoped.reduce((a, x) => a + x.values, 0);
    const reproduced = scoped.reduce((a, x) => a + x.reproduced, 0);
    expect(values).toBeGreaterThan(400);
    expect(reproduced / values).toBeGreaterThanOrEqual(0.95);
    expect(parts.flatMap((p) => p.unsupported)).toEqual([]);
  });
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const got = toJson(extractReport(c.text));

  it('gets every headline field its answer scores exactly right', () => {
    const { about: _about, made_up: _madeUp, ...expected } = c.expected;
    const picked = Object.fromEntries(Object.keys(expected).map((f) => [f, got[f as keyof typeof got]]));
    expect(picked).toEqual(expected);
  });

  it('quotes every value from the text, at the line it records', () => {
    const source = new SourceText(c.text);
    for (const [field, e] of Object.entries(got.evidence)) {
      if (e.quote === null) continue;
      expect(source.locate(e.quote)?.line, `${field}: ${e.quote}`).toBe(e.line);
      expect(containsLoosely(e.quote, e.printed!), `${field}: ${e.printed} in ${e.quote}`).toBe(true);
    }
    for (const row of got.indicators) {
      expect(source.locate(row.quote)?.line, row.quote).toBe(row.line);
      for (const part of [row.name, row.target_text, row.actual_text]) if (part) expect(source.contains(part), part).toBe(true);
    }
  });
});

describe('the scoring', () => {
  const result = (expected: Record<string, unknown>, got: Record<string, unknown>) => {
    const text = '【测试夹具 TEST FIXTURE：虚构文本，仅供测试，不是真实报告 / made-up test fixture, not a real report】\n某县教育局2020年度项目绩效自评报告\n自评等级:优。';
    const json = toJson(extractReport(text));
    return { case: 'c', layout: 'report (prose)', expected: { made_up: true, about: '', ...expected } as never, got: { ...json, ...got } as never };
  };

  it('counts a grade printed in traditional characters (優) as the same grade (优); names stay as printed', () => {
    expect(missesOf(result({ grade: '優' }, { grade: '优' }))).toEqual([]);
    expect(missesOf(result({ grade: '優秀' }, { grade: '优' })).map((m) => m.kind)).toEqual(['wrong']);
    expect(missesOf(result({ department_name: '臨河區交通運輸局' }, { department_name: '临河区交通运输局' })).map((m) => m.kind)).toEqual(['wrong']);
  });
});
