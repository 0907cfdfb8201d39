/** Naming and language marking of the record of corrections (src/lib/site/corrections-view.ts); expectations written by hand. */
import { describe, expect, it } from 'vitest';
import { fieldLabel, langRuns } from '../../src/lib/site/corrections-view.ts';

describe('fieldLabel', () => {
  it('names each part of a path in the page’s language, list elements counted from 1, translations marked', () => {
    expect(fieldLabel('figures.spent_wan.printed', 'zh')).toBe('数字 · 支出 · 数值');
    expect(fieldLabel('figures.spent_wan.printed', 'en')).toBe('Figures · Spent · value');
    expect(fieldLabel('tasks[2].goal_en', 'en')).toBe('Task item 3 · goal (English)');
    expect(fieldLabel('indicators.actual_text', 'zh')).toBe('指标表 · 实际完成值');
    expect(fieldLabel('budget-lines', 'en')).toBe('Budget lines');
    // A name the labels do not know is shown in words, not as an identifier.
    expect(fieldLabel('figures.new_thing_pct', 'en')).toBe('Figures · new thing pct');
  });
});

describe('langRuns', () => {
  it('marks a Chinese value on an English page, and the English words inside it', () => {
    expect(langRuns('预算明细的 score 为累计分数', 'en')).toEqual({
      lang: 'zh-CN',
      runs: [{ text: '预算明细的 ' }, { text: 'score', lang: 'en' }, { text: ' 为累计分数' }],
    });
  });

  it('leaves a Chinese value on a Chinese page unmarked but for its English words; a unit letter is not a word', () => {
    expect(langRuns('产业用地 382 万 m ²', 'zh')).toEqual({ lang: undefined, runs: [{ text: '产业用地 382 万 m ²' }] });
    expect(langRuns('见 stated_met 列', 'zh').runs).toEqual([{ text: '见 ' }, { text: 'stated_met', lang: 'en' }, { text: ' 列' }]);
  });

  it('marks an English reason on a Chinese page, and the Chinese it quotes', () => {
    expect(langRuns('Liwan’s 上下九 project cites 年初 and shows the budget as 0', 'zh')).toEqual({
      lang: 'en',
      runs: [{ text: 'Liwan’s ' }, { text: '上下九', lang: 'zh-CN' }, { text: ' project cites ' }, { text: '年初', lang: 'zh-CN' }, { text: ' and shows the budget as 0' }],
    });
    expect(langRuns('Score is 96', 'en')).toEqual({ lang: undefined, runs: [{ text: 'Score is 96' }] });
  });
});
