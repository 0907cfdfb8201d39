/**
 * Damage a copy of a report suffers on its way to us, applied to every made-up case of the evaluation set: the headline
 * answers (written with each case, not by the extractor) must still all be found, and nothing the answer leaves empty read.
 * The five real reports too, their answers from the curated records. A mirror site's traditional characters, a web page's related links and footer after the text, Windows line ends,
 * ideographic indentation, full-width punctuation, blank lines between paragraphs.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SourceText, containsLoosely } from '../../src/lib/data/provenance.ts';
import { extractReport, toJson } from '../../scripts/extract/extract.ts';
import { seedCases } from '../../scripts/extract/seeds.ts';
import { ROOT, evalCases } from './helpers.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const RELATED = ['', '相关链接:', '青禾市农业农村局2021年度部门整体支出绩效自评报告', '上一篇:青禾市2023年第一批中央财政衔接推进乡村振兴补助资金分配表', '下一篇:关于下达2024年省级公共文化服务体系建设专项资金预算的通知'].join('\n');
const FOOTER = ['', '扫一扫在手机打开当前页', '主办单位:青禾市人民政府办公室 承办单位:青禾市大数据中心', '网站标识码:5304000001 滇ICP备05000000号 联系电话:0877-1234567'].join('\n');

/** Each damage, and the cases whose own layout it would break rather than damage (a comma-separated form's commas, a form whose wrapped cells continue on the very next line). */
const DAMAGES: { name: string; apply: (t: string) => string; not?: RegExp }[] = [
  { name: 'converted to traditional characters by a mirror site', apply: (t) => toTraditional(t) },
  { name: 'the page\'s related links after the text', apply: (t) => `${t}\n${RELATED}\n` },
  { name: 'the page\'s footer after the text', apply: (t) => `${t}\n${FOOTER}\n` },
  { name: 'Windows line ends', apply: (t) => t.replace(/\n/gu, '\r\n') },
  { name: 'paragraphs indented with ideographic spaces', apply: (t) => t.split('\n').map((l) => (l.trim() ? `\u3000\u3000${l}` : l)).join('\n') },
  { name: 'HTML character references kept for its spaces and indents', apply: (t) => t.split('\n').map((l) => (l.trim() && !l.startsWith('#') ? `&nbsp;&nbsp;${l.replace(/ /gu, '&nbsp;')}` : l)).join('\n'), not: /wrapped-columns/u },
  { name: 'full-width punctuation', apply: (t) => t.replace(/,/gu, '，').replace(/:/gu, '：').replace(/;/gu, '；'), not: /comma-cells/u },
  { name: 'a blank line after every line', apply: (t) => t.replace(/\n/gu, '\n\n'), not: /wrapped-columns/u },
];

const cases = evalCases().filter((c) => c.expected.made_up);
const seeds = seedCases(join(ROOT, 'data'), ROOT);

/** The fields of `expected` that the extraction of the damaged text does not give as the answer says (converted as the text was). */
function wrongAfter(damage: (typeof DAMAGES)[number], text: string, expected: Record<string, unknown>, name: string): string[] {
  const got = toJson(extractReport(text));
  const wrong: string[] = [];
  for (const [field, value] of Object.entries(expected)) {
    if (field === 'about' || field === 'made_up') continue;
    // (a name converted with the text is the same name: the answer converted the same way; a grade is a category, given in
    // simplified characters whatever the script)
    const want = typeof value === 'string' && field !== 'grade' && damage.name.startsWith('converted') ? toTraditional(value) : value;
    const have = got[field as keyof typeof got];
    if (JSON.stringify(have) !== JSON.stringify(want)) wrong.push(`${name} ${field}: ${JSON.stringify(want)} → ${JSON.stringify(have)}`);
  }
  // (and every value still quoted from the damaged text, as the data build checks it)
  const source = new SourceText(text);
  for (const [field, e] of Object.entries(got.evidence)) {
    if (e.quote === null) continue;
    if (source.locate(e.quote) === null || !containsLoosely(e.quote, e.printed!)) wrong.push(`${name} ${field}: ${JSON.stringify(e.printed)} not in its quote ${JSON.stringify(e.quote)}`);
  }
  return wrong;
}

describe.each(DAMAGES.map((d) => [d.name, d] as const))('a copy %s', (_name, damage) => {
  it('still gives every headline answer of every made-up case', () => {
    // (the fixture's marker line stays first, as the evaluation set requires of a made-up text)
    const wrong = cases.filter((c) => !damage.not?.test(c.name)).flatMap((c) => {
      const [marker, ...rest] = c.text.split('\n');
      return wrongAfter(damage, `${marker}\n${damage.apply(rest.join('\n'))}`, c.expected, c.name);
    });
    expect(wrong).toEqual([]);
  });

  it('still gives every headline answer of the five real reports', () => {
    expect(seeds.flatMap((s) => wrongAfter(damage, damage.apply(s.text), s.result.expected as unknown as Record<string, unknown>, s.id))).toEqual([]);
  });
});
