/**
 * English beside Chinese: the rules a translation must keep (English, the original's numbers by
 * value), the glossary, the optional `_en` columns, the coverage the build reports, and — for the
 * five real reports — that every text the pages show has its English (checked twice: by the
 * build's own list, and by walking the curated files directly).
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { DataError, formatWarning } from '../../src/lib/data/parse.ts';
import { Glossary, proposeEnglish, readGlossary } from '../../src/lib/data/glossary.ts';
import { tableCsv } from '../../src/lib/data/tables.ts';
import { coveragePercent, numbersIn, translationCoverage, translationProblem } from '../../src/lib/data/translation.ts';
import { GOLDEN, ROOT } from './helpers.ts';
import { tempDir } from '../workspace.ts';

const problemsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => p.message);
    throw e;
  }
  return [];
};

describe('the numbers of a translation are the original\'s', () => {
  it.each([
    ['约 277 万平方米', 'about 2.77 million m²'],
    ['超 <b>2000</b> 亿元', 'over CNY 200 billion'],
    ['全市投资 10 亿元以 上项目数 (个)', 'Projects in the city investing CNY 1 billion or more (number)'],
    ['截至12月30日，已有4182家企业', 'By 30 December, 4,182 companies'],
    ['招商活动促成签约项目投资金额（亿元）', 'Investment of projects signed (100 million CNY)'],
    ['年初预算数 1,287.93 万元', 'initial budget CNY 12.8793 million'],
    ['四个任务分别为6、6、10、5项', 'the four tasks have 6, 6, 10 and 5'],
    ['不足百亿元的项目', 'projects below ten billion yuan'],
    ['服 对 满 度 标', '[label damaged in the source]'],
  ])('%s → %s', (zh, en) => {
    expect(translationProblem(zh, en)).toBeNull();
  });

  it.each([
    ['约 277 万平方米', 'about 27.7 million m²', '2770000 of the original is not in it; 27700000 is not in the original'],
    ['年初预算 1,287.93 万元', 'initial budget CNY 1.28793 million', '12879300 of the original is not in it'],
    ['12月30日', '30 November', '12 of the original is not in it; 11 is not in the original'],
    ['实际完成 83 宗', 'completed', '83 of the original is not in it'],
    ['企业服务满意度', 'Satisfaction of 3 companies', '3 is not in the original'],
  ])('%s → %s is refused', (zh, en, message) => {
    expect(translationProblem(zh, en)).toContain(message);
  });

  it('refuses Chinese characters in an English text', () => {
    expect(translationProblem('招商引资', 'Pingshan’s 招商引资 project')).toContain('holds Chinese characters');
  });

  it('reads magnitudes on both sides as values', () => {
    expect([...numbersIn('超 1 万亩，约 1007 亿元，２０２１年', 'zh')].sort()).toEqual(['10000', '100700000000', '2021']);
    expect([...numbersIn('over 10,000 mu, about CNY 100.7 billion, 2021', 'en')].sort()).toEqual(['10000', '100700000000', '2021']);
  });
});

describe('the glossary', () => {
  const glossary = readGlossary(join(ROOT, 'data/glossary.csv'));

  it('finds a term whatever the spacing and width it is printed with', () => {
    expect(glossary.lookup('产出指标')?.en).toBe('Output indicators');
    expect(glossary.lookup('成本 指标')?.en).toBe('Cost indicators');
    expect(glossary.lookup('产出指标的')).toBeUndefined();
  });

  it('proposes English for a draft: the term, nothing for a text without Chinese, a flag for the rest', () => {
    expect(proposeEnglish(glossary, '预算执行率')).toBe('Budget execution rate');
    expect(proposeEnglish(glossary, '100%')).toBe('');
    expect(proposeEnglish(glossary, '新增落户企业')).toBe('UNTRANSLATED: 新增落户企业');
  });

  it('refuses a term listed twice, at its line', () => {
    const dir = tempDir('glossary');
    writeFileSync(join(dir, 'glossary.csv'), 'zh,en,kind,note\n产出指标,Output indicators,level,\n满意度,Satisfaction,indicator,\n产出 指标,Outputs,level,\n');
    expect(problemsOf(() => readGlossary(join(dir, 'glossary.csv'), 'glossary.csv'))).toEqual([
      'glossary.csv:4: column "zh": "产出 指标" is already listed on line 2; a term has one English',
    ]);
  });

  it('refuses an English that holds Chinese, and an unknown kind', () => {
    const dir = tempDir('glossary');
    writeFileSync(join(dir, 'glossary.csv'), 'zh,en,kind,note\n产出指标,产出 indicators,level,\n满意度,Satisfaction,word,\n');
    const problems = problemsOf(() => readGlossary(join(dir, 'glossary.csv'), 'glossary.csv'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^glossary\.csv:2: column "en": must be English/u);
    expect(problems[1]).toMatch(/^glossary\.csv:3: column "kind": /u);
  });

  it('is an empty glossary for a folder without one', () => {
    expect(new Glossary([]).lookup('产出指标')).toBeUndefined();
  });
});

/** The golden fixture, copied, with `edit` applied to its files (path → new text). */
function variant(edit: Record<string, (text: string) => string>): string {
  const dir = tempDir('translated');
  cpSync(GOLDEN, dir, { recursive: true });
  for (const [path, f] of Object.entries(edit)) writeFileSync(join(dir, path), f(existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : ''));
  return dir;
}
const RECORD = 'reports/guangzhou-baiyun-2023-department.json';
const INDICATORS = 'reports/guangzhou-baiyun-2023-department.indicators.csv';
const BUDGET_LINES = 'reports/guangzhou-baiyun-2023-department.budget-lines.csv';
/** Adds a `<column>_en` column after `column`, with a value per data row (by position). */
const addColumn = (column: string, values: string[]) => (csv: string) => {
  const rows = Papa.parse<string[]>(csv.trim()).data;
  const at = rows[0]!.indexOf(column) + 1;
  rows.forEach((r, i) => r.splice(at, 0, i === 0 ? `${column}_en` : (values[i - 1] ?? '')));
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
};
const GLOSSARY = 'zh,en,kind,note\n产出指标,Output indicators,level,\n数量指标,Quantity indicators,level,\n个,items,unit,\n企业服务满意度,Satisfaction of the companies served,indicator,\n';

describe('translations in a data folder', () => {
  const dir = variant({
    'glossary.csv': () => GLOSSARY,
    'departments.csv': (t) => t.replace('city_zh,province_zh', 'city_zh,city_en,province_zh,province_en').replace('广州市,广东省', '广州市,Guangzhou,广东省,Guangdong').replace('江门市,广东省', '江门市,,广东省,'),
    [INDICATORS]: addColumn('name', ['Investment promotion events held', '', '', '[illegible in the source]']),
    [BUDGET_LINES]: addColumn('name', ['Investment promotion funds project']),
    [RECORD]: (t) => t
      .replace('"name": "招商推介",', '"name": "招商推介", "name_en": "Investment promotion",')
      .replace('"text": "招商线索不足。线索搜集途径有限。",', '"text": "招商线索不足。线索搜集途径有限。", "text_en": "Too few investment leads. There are few channels for collecting them.",')
      .replace('"name": "引进项目总投资额",', '"name": "引进项目总投资额", "name_en": "Total investment of the projects brought in", "actual_text_en": "about CNY 3.55 billion",')
      .replace('"notes": ["测试夹具：虚构数据，不是真实报告"]', '"notes": [{ "text": "测试夹具：虚构数据，不是真实报告", "text_en": "Test fixture: made-up data, not a real report" }]'),
  });
  const data = buildSiteData(dir, { labelRoot: dir });
  const indicators = Papa.parse<Record<string, string>>(tableCsv('indicators', data), { header: true, skipEmptyLines: true }).data;

  it('publishes each translation beside its original, and the glossary\'s English for terms', () => {
    expect(indicators.map((r) => [r.name, r.name_en])).toEqual([
      ['招商活动场次', 'Investment promotion events held'],
      ['新增落户企业', ''],
      ['企业服务满意度', 'Satisfaction of the companies served'],
      ['招■商■推介', '[illegible in the source]'],
    ]);
    expect(indicators.map((r) => r.level1_en)).toEqual(['Output indicators', 'Output indicators', '', 'Output indicators']);
    expect(indicators.map((r) => r.unit_en)).toEqual(['', '', '%', '']);
    expect(data.budgetLines.map((b) => b.name_en)).toEqual(['Investment promotion funds project', null]);
    expect(data.outcomes.map((o) => [o.name_en, o.actual_text_en, o.unit_en])).toEqual([
      [null, null, 'items'],
      ['Total investment of the projects brought in', 'about CNY 3.55 billion', null],
    ]);
    expect(data.reports[0]!.notes_en).toEqual(['Test fixture: made-up data, not a real report']);
    expect(data.reports[0]!.tasks[0]!.name_en).toBe('Investment promotion');
    expect(data.departments.map((d) => [d.city_en, d.province_en])).toEqual([['Guangzhou', 'Guangdong'], [null, null]]);
  });

  it('counts what has English and what has not', () => {
    const c = translationCoverage(data);
    expect(c.departments).toEqual({ texts: 4, translated: 2 });
    const report = c.reports[0]!.coverage;
    expect(report.translated).toBeLessThan(report.texts);
    expect(c.total).toEqual({ texts: c.departments.texts + report.texts, translated: c.departments.translated + report.translated });
    expect(coveragePercent({ texts: 3, translated: 2 })).toBe('66.6 %');
    expect(coveragePercent({ texts: 1000, translated: 999 })).toBe('99.9 %');
  });

  it('builds a folder whose files have no _en columns at all (the golden fixture) with nothing translated', () => {
    const plain = buildSiteData(GOLDEN, { labelRoot: ROOT });
    const c = translationCoverage(plain);
    expect(c.total.texts).toBeGreaterThan(10);
    expect(c.total.translated).toBe(0);
  });
});

describe('a translation the build refuses or warns about', () => {
  it('a number that is not the original\'s is an error at the translation\'s line and field', () => {
    const dir = variant({ [RECORD]: (t) => t.replace('"name": "引进项目总投资额",', '"name": "引进项目总投资额", "actual_text_en": "about CNY 35.5 billion",') });
    const problems = problemsOf(() => buildSiteData(dir, { labelRoot: dir }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RECORD.replaceAll('.', '\\.')}:\\d+: outcomes\\.1\\.actual_text_en: the numbers of the English "about CNY 35\\.5 billion" differ from the original's: 3550000000 of the original is not in it; 35500000000 is not in the original`, 'u'));
    const line = Number(/:(\d+):/u.exec(problems[0]!)![1]);
    expect(readFileSync(join(dir, RECORD), 'utf8').split('\n')[line - 1]).toContain('actual_text_en');
  });

  it('a CSV translation in Chinese is an error at its row and column', () => {
    const dir = variant({ [INDICATORS]: addColumn('actual_text', ['', '实际落户 45 家']) });
    expect(problemsOf(() => buildSiteData(dir, { labelRoot: dir }))).toEqual([
      `${INDICATORS}:3: column "actual_text_en": the English "实际落户 45 家" holds Chinese characters; the original is shown beside it`,
    ]);
  });

  it('an English text beside an empty original is an error', () => {
    const dir = variant({ [INDICATORS]: addColumn('reason', ['Demand was strong.']) });
    expect(problemsOf(() => buildSiteData(dir, { labelRoot: dir }))).toEqual([
      `${INDICATORS}:2: column "reason_en": an English text without its original: the Chinese beside it is empty`,
    ]);
  });

  it('a draft\'s UNTRANSLATED placeholder is a warning, never published', () => {
    const dir = variant({ [BUDGET_LINES]: addColumn('name', ['UNTRANSLATED: 招商推介经费项目']) });
    const data = buildSiteData(dir, { labelRoot: dir });
    expect(data.budgetLines[0]!.name_en).toBeNull();
    expect(data.warnings.map(formatWarning)).toContain(`${BUDGET_LINES}:2: column "name_en": "UNTRANSLATED: …" is a draft's placeholder, not a translation: write the English or leave it out (the page shows the Chinese)`);
  });

  it('an English for a glossary term that is not the glossary\'s is a warning, and is published as written', () => {
    const dir = variant({ 'glossary.csv': () => GLOSSARY, [INDICATORS]: addColumn('level1', ['Outputs']) });
    const data = buildSiteData(dir, { labelRoot: dir });
    expect(data.indicators[0]!.level1_en).toBe('Outputs');
    expect(data.warnings.map(formatWarning)).toContain(`${INDICATORS}:2: column "level1_en": "Outputs" is not the glossary's English for 产出指标, "Output indicators" (data/glossary.csv): use it, or change the glossary`);
  });

  it('a _en column out of its place is a header error that says which columns may be left out', () => {
    const dir = variant({ [BUDGET_LINES]: (t) => t.replace('name,kind,', 'kind,name,name_en,').replace(/^(招商推介经费项目),(project),/mu, '$2,$1,,').replace(/^(招商推介),(task),/mu, '$2,$1,,') });
    expect(problemsOf(() => buildSiteData(dir, { labelRoot: dir }))).toEqual([
      `${BUDGET_LINES}:1: header: expected columns name,name_en,kind,initial_wan,adjustment_wan,final_wan,spent_wan,funds_wan,execution_rate_pct,adjustment_rate_pct,score,quote (name_en may be left out); found kind,name,name_en,initial_wan,adjustment_wan,final_wan,spent_wan,funds_wan,execution_rate_pct,adjustment_rate_pct,score,quote`,
    ]);
  });
});

describe('the five real reports', () => {
  const data = buildSiteData(join(ROOT, 'data'), { labelRoot: ROOT });

  it('have English for every text the pages show: 100 % per report and for the regions', () => {
    const c = translationCoverage(data);
    expect(c.reports.map((r) => r.id).sort()).toEqual(readdirSync(join(ROOT, 'data/reports')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/u, '')).sort());
    for (const r of c.reports) expect(r.coverage.translated, r.id).toBe(r.coverage.texts);
    expect(c.departments.translated).toBe(c.departments.texts);
    expect(c.total.texts).toBeGreaterThan(700);
  });

  /**
   * The same claim, read off the curated files without the build: every Chinese text in a field
   * the pages show has a `_en` beside it, or is a glossary term (read from data/glossary.csv here).
   */
  it('have a _en beside every Chinese text in the curated files, or a glossary term', () => {
    const terms = new Set(Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/glossary.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r.zh!.replace(/\s+/gu, '')));
    const han = /\p{Script=Han}/u;
    const missing: string[] = [];
    const needs = (zh: unknown) => typeof zh === 'string' && han.test(zh) && !terms.has(zh.replace(/<\/?b>|\s+/gu, ''));
    const check = (where: string, obj: Record<string, unknown>, keys: string[]) => {
      for (const k of keys) if (needs(obj[k]) && !obj[`${k}_en`]) missing.push(`${where}.${k}: ${String(obj[k])}`);
    };
    let texts = 0;
    const count = (obj: Record<string, unknown>, keys: string[]) => keys.forEach((k) => needs(obj[k]) && texts++);
    for (const f of readdirSync(join(ROOT, 'data/reports'))) {
      const path = join(ROOT, 'data/reports', f);
      if (f.endsWith('.json')) {
        const r = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { [k: string]: unknown };
        const walk = (where: string, o: unknown, keys: string[]) => {
          if (o && typeof o === 'object') {
            check(where, o as Record<string, unknown>, keys);
            count(o as Record<string, unknown>, keys);
          }
        };
        walk(f, r, ['project_name']);
        for (const [k, fig] of Object.entries(r.figures as object)) walk(`${f}.figures.${k}`, fig, ['note']);
        (r.tasks as object[]).forEach((t, i) => { walk(`${f}.tasks.${i}`, t, ['name', 'goal', 'outcome']); walk(`${f}.tasks.${i}.funds`, (t as { funds: unknown }).funds, ['note']); });
        for (const kind of ['duties', 'problems', 'measures', 'restructuring']) ((r[kind] ?? []) as object[]).forEach((x, i) => walk(`${f}.${kind}.${i}`, x, ['text']));
        ((r.outcomes ?? []) as object[]).forEach((o, i) => walk(`${f}.outcomes.${i}`, o, ['name', 'target_text', 'actual_text', 'note']));
        (r.notes as unknown[]).forEach((n, i) => (typeof n === 'string' ? (texts++, missing.push(`${f}.notes.${i}: ${n}`)) : walk(`${f}.notes.${i}`, n, ['text'])));
      } else {
        const cols = f.endsWith('.indicators.csv') ? ['task', 'level1', 'level2', 'name', 'target_text', 'actual_text', 'reason', 'note'] : ['name'];
        Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data.forEach((row, i) => {
          check(`${f}:${i + 2}`, row, cols);
          count(row, cols);
        });
      }
    }
    const sources = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/sources.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    sources.forEach((row, i) => check(`sources.csv:${i + 2}`, row, ['title']));
    const departments = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/departments.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    departments.forEach((row, i) => {
      if (!row.city_en) missing.push(`departments.csv:${i + 2}: city ${row.city_zh}`);
      if (!row.province_en) missing.push(`departments.csv:${i + 2}: province ${row.province_zh}`);
    });
    expect(missing).toEqual([]);
    expect(texts).toBeGreaterThan(500);
  });
});
