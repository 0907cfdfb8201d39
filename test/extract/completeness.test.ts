/**
 * The complete-drafts figure (completeness.ts): values the text states are counted apart from
 * the translations (`*_en`), which the project writes. The record and the draft below are made
 * up; every expected count is worked out by hand in the comments, not taken from the code.
 */
import { describe, expect, it } from 'vitest';
import { Glossary } from '../../src/lib/data/glossary.ts';
import { ISSUE_SCOPE, comparePart, isTranslation, recordParts, type Part } from '../../scripts/extract/completeness.ts';

const glossary = new Glossary([
  { zh: '产出指标', en: 'Output indicators', kind: 'level', note: '' },
  { zh: '满意度指标', en: 'Satisfaction indicators', kind: 'level', note: '' },
  { zh: '企业满意度', en: 'Company satisfaction', kind: 'indicator', note: '' },
]);

// A made-up curated record: two headline figures, two problems with their English, and an
// indicator table whose levels and one name are glossary terms left without English (the build
// gives them the glossary's).
const curatedJson = {
  id: 'made-up-2023-department',
  figures: {
    spent_wan: { printed: '120.5', quote: '全年支出120.5万元' },
    self_score: { printed: '96', quote: '自评得分96分' },
  },
  problems: [
    { text: '宣传力度不足', text_en: 'Publicity was too weak', quote: '宣传力度不足' },
    { text: '资金拨付偏慢', text_en: 'Funds were paid late', quote: '资金拨付偏慢' },
  ],
  notes: [{ text: '审阅者的说明', text_en: 'A reviewer\'s note' }],
};
const curatedIndicators = [
  'name,name_en,level1,level1_en,target_text,actual_text,line,quote',
  '签约项目数,Projects signed,产出指标,,≥10 个,12 个,40,签约项目数 ≥10 个 12 个',
  '企业满意度,,满意度指标,,≥90%,95%,41,企业满意度 ≥90% 95%',
].join('\n');

// The draft of the same text: one figure printed with a trailing zero (the same number), the
// other different; one problem of two; the indicator rows in another order, one result wrong,
// one name left UNTRANSLATED, the rest from the glossary.
const draftJson = {
  id: 'made-up-2023-department',
  figures: {
    spent_wan: { printed: '120.50', quote: '全年支出120.50万元' },
    self_score: { printed: '95', quote: '自评得分95分' },
  },
  problems: [{ text: '宣传力度不足', quote: '宣传力度不足' }],
  notes: [],
};
const draftIndicators = [
  'name,name_en,level1,level1_en,target_text,actual_text,line,quote',
  '企业满意度,Company satisfaction,满意度指标,Satisfaction indicators,≥90%,95%,41,企业满意度 ≥90% 95%',
  '签约项目数,UNTRANSLATED: 签约项目数,产出指标,Output indicators,≥10 个,11 个,40,签约项目数 ≥10 个 11 个',
].join('\n');

const part = (parts: Part[], name: string) => parts.find((p) => p.name === name);

describe('complete drafts: stated values and translations apart', () => {
  const curated = recordParts(curatedJson, { indicators: curatedIndicators }, glossary);
  const drafted = recordParts(draftJson, { indicators: draftIndicators });
  const score = (name: string) => comparePart(part(curated, name)!, part(drafted, name));

  it('knows a translation field by its _en ending', () => {
    expect(['text_en', 'title_en', 'name_en', 'level1_en'].every(isTranslation)).toBe(true);
    expect(['text', 'name', 'level1', 'english'].some(isTranslation)).toBe(false);
  });

  it('headline figures: 2 stated, 1 reproduced (120.50 is 120.5; 95 is not 96)', () => {
    expect(score('headline figures')).toMatchObject({ values: 2, reproduced: 1, translations: 0 });
  });

  it('problems: 2 stated texts, 1 reproduced; their 2 English texts are not stated values', () => {
    const s = score('problems');
    expect(s).toMatchObject({ values: 2, reproduced: 1, translations: 2, translated: 0, untranslated: 0 });
    expect(s.missing).toEqual(['text: 资金拨付偏慢']);
  });

  it('indicators: 4 stated fields a row (name, level1, target, result; line and quote are provenance), 7 of 8 reproduced', () => {
    // Row 签约项目数: name, level1, target equal, result 12 个 ≠ 11 个 → 3; row 企业满意度: all 4.
    const s = score('indicators');
    expect(s.values).toBe(8);
    expect(s.reproduced).toBe(7);
    expect(s.missing).toEqual(['actual_text: 12 个']);
  });

  it('indicators: 4 curated English values (1 written, 3 from the glossary), 3 proposed equal, 1 UNTRANSLATED', () => {
    // 签约项目数: name_en written (draft UNTRANSLATED), level1_en = Output indicators (equal);
    // 企业满意度: name_en and level1_en from the glossary, both equal.
    expect(score('indicators')).toMatchObject({ translations: 4, translated: 3, untranslated: 1 });
  });

  it('without a glossary, only the English the record writes is curated English', () => {
    const plain = recordParts(curatedJson, { indicators: curatedIndicators });
    expect(comparePart(part(plain, 'indicators')!, part(drafted, 'indicators'))).toMatchObject({ values: 8, reproduced: 7, translations: 1, untranslated: 1 });
  });

  it('leaves the record\'s notes out (the reviewer\'s words), and scopes the issue\'s figure to five parts', () => {
    expect(part(curated, 'notes')).toBeUndefined();
    expect([...ISSUE_SCOPE].sort()).toEqual(['budget-lines', 'headline figures', 'indicators', 'measures', 'problems']);
  });
});
