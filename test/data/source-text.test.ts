/** The source pages read a text through the data build's decoder, so a GB18030 source shows as text, not U+FFFD. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readSourceLines } from '../../src/lib/site/source-text.ts';
import { BROKEN, GOLDEN } from './helpers.ts';

it('reads a source text saved in GB18030 as the same lines as its UTF-8 original', () => {
  const lines = readSourceLines('fixture-2023-department.txt', join(BROKEN, 'gb18030-source/sources'));
  expect(lines.join('\n')).not.toContain('\uFFFD');
  expect(lines).toEqual(readFileSync(join(GOLDEN, 'sources/fixture-2023-department.txt'), 'utf8').replace(/\n$/u, '').split('\n'));
});

it('numbers the lines of a text with lone-CR line ends as the build does', () => {
  const lines = readSourceLines('fixture-2023-department.txt', join(BROKEN, 'cr-only-line-ends/sources'));
  expect(lines[29]).toBe('经综合评分，自评得分 92.5 分，自评结果为“优秀”。');
});
