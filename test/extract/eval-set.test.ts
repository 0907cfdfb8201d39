/**
 * The evaluation set: its shape (real texts are verbatim copies agreeing with the curated data,
 * made-up texts say so on their first line), and the extractor's answers on every case, exactly.
 * `npm run extract:eval` reports accuracy; this test makes any regression fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { parseDecimal } from '../../src/lib/data/numbers.ts';
import { SourceText, containsLoosely } from '../../src/lib/data/provenance.ts';
import { extractReport, toJson } from '../../scripts/extract/extract.ts';
import { HEADLINE_FIELDS } from '../../scripts/extract/schema.ts';
import { ROOT, evalCases } from './helpers.ts';

const cases = evalCases();
const real = cases.filter((c) => !c.expected.made_up);
const madeUp = cases.filter((c) => c.expected.made_up);

describe('the evaluation set', () => {
  it('holds the five real sources and at least eight made-up texts', () => {
    expect(real.map((c) => c.name)).toEqual([
      'guangzhou-baiyun-2021-department',
      'guangzhou-liwan-2022-department',
      'guangzhou-panyu-2021-department',
      'jiangmen-2024-department',
      'shenzhen-pingshan-2021-project',
    ]);
    expect(madeUp.length).toBeGreaterThanOrEqual(8);
  });

  it('copies the real sources byte for byte', () => {
    for (const c of real) expect(c.bytes.equals(readFileSync(join(ROOT, 'data/sources', `${c.name}.txt`))), c.name).toBe(true);
  });

  it('expects of the real sources exactly what the curated data says', () => {
    const data = loadData(join(ROOT, 'data'), ROOT);
    for (const c of real) {
      const r = data.reports.find((x) => x.source.id === c.name)!;
      const f = r.record.value.figures;
      const num = (k: keyof typeof f) => (f[k] ? Number(parseDecimal(f[k].printed.replace(/万元$|%$|分$/u, ''))) : null);
      const { about: _about, made_up: _madeUp, ...expected } = c.expected;
      expect(expected, c.name).toEqual({
        department_name: data.departments.find((d) => d.value.id === r.source.department_id)!.value.name_zh,
        fiscal_year: r.source.fiscal_year,
        kind: r.source.kind,
        project_name: r.record.value.project_name,
        budget_initial_wan: num('budget_initial_wan'),
        budget_final_wan: num('budget_final_wan'),
        spent_wan: num('spent_wan'),
        execution_rate_pct: num('execution_rate_pct'),
        self_score: num('self_score'),
        grade: f.grade?.printed ?? null,
      });
    }
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

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const got = toJson(extractReport(c.text));

  it('gets every headline field exactly right', () => {
    const picked = Object.fromEntries(HEADLINE_FIELDS.map((f) => [f, got[f]]));
    const { about: _about, made_up: _madeUp, ...expected } = c.expected;
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
