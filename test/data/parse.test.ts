import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataError, decodeText, formatWarning, parseCsv, parseJson, type Warning } from '../../src/lib/data/parse.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const row = z.object({ a: z.string(), b: z.string().regex(/^\d+$/u, 'expected digits') });
const csv = (text: string) => parseCsv('t.csv', text, ['a', 'b'], row);

describe('decodeText', () => {
  it('decodes UTF-8 without a warning', () => {
    const warnings: Warning[] = [];
    expect(decodeText('t.csv', utf8('名称\n'), warnings)).toBe('名称\n');
    expect(warnings).toEqual([]);
  });

  it('removes a UTF-8 byte-order mark, with a warning on line 1', () => {
    const warnings: Warning[] = [];
    expect(decodeText('t.csv', utf8('\uFEFFid,名称\n'), warnings)).toBe('id,名称\n');
    expect(warnings.map(formatWarning)).toEqual(['t.csv:1: UTF-8 byte-order mark removed']);
  });

  it('decodes a file saved as GB18030/GBK, with a warning, and no mojibake', () => {
    const warnings: Warning[] = [];
    expect(decodeText('t.csv', iconv.encode('广州市白云区投资促进局,广东省\n', 'gb18030'), warnings)).toBe('广州市白云区投资促进局,广东省\n');
    expect(warnings.map(formatWarning)).toEqual(['t.csv: file is GB18030/GBK, not UTF-8: decoded as GB18030; save it as UTF-8']);
  });

  it('rejects an empty file and a file of whitespace', () => {
    expect(() => decodeText('t.csv', new Uint8Array(), [])).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv: file is empty]`);
    expect(() => decodeText('t.csv', utf8(' \n\n'), [])).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv: file is empty]`);
  });
});

describe('parseCsv', () => {
  it('returns each row with the 1-based line it starts on', () => {
    expect(csv('a,b\n甲,1\n"乙\n丙",2\n丁,3\n')).toEqual([
      { line: 2, value: { a: '甲', b: '1' } },
      { line: 3, value: { a: '乙\n丙', b: '2' } },
      { line: 5, value: { a: '丁', b: '3' } },
    ]);
  });

  it('skips blank lines, trailing ones included, without a bogus row', () => {
    expect(csv('a,b\r\n甲,1\r\n\r\n乙,2\r\n\r\n\r\n')).toEqual([
      { line: 2, value: { a: '甲', b: '1' } },
      { line: 4, value: { a: '乙', b: '2' } },
    ]);
  });

  it('keeps counting lines past a blank line that holds spaces', () => {
    expect(csv('a,b\n甲,1\n   \n乙,2\n\t\n丙,3\n').map((r) => r.line)).toEqual([2, 4, 6]);
  });

  it('names file, line and column of a value the schema rejects', () => {
    expect(() => csv('a,b\n甲,1\n乙,二\n')).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv:3: column "b": expected digits, found "二"]`);
  });

  it('rejects a row with the wrong number of columns', () => {
    expect(() => csv('a,b\n甲,1\n乙,2,3\n')).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv:3: expected 2 columns, found 3]`);
  });

  it('rejects a header that is not exactly the columns', () => {
    expect(() => csv('a,c\n甲,1\n')).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv:1: header: expected columns a,b; found a,c]`);
  });

  it('names the line of the row where an unterminated quote starts', () => {
    expect(() => csv('a,b\n甲,1\n乙,2\n"丙,3\n丁,4\n')).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv:4: CSV syntax: Quoted field unterminated]`);
  });

  it('throws a DataError carrying file, line and field', () => {
    try {
      csv('a,b\n甲,x\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect(e).toMatchObject({ file: 't.csv', line: 2, field: 'column "b"' });
    }
  });
});

describe('parseJson', () => {
  const doc = z.strictObject({ id: z.string(), figures: z.strictObject({ a: z.number().optional(), b: z.number().optional() }) });
  const text = '{\n  "id": "x",\n  "figures": {\n    "a": 1,\n    "b": "two"\n  }\n}\n';

  it('returns the value and the line of any path in it', () => {
    const parsed = parseJson('t.json', text.replace('"two"', '2'), doc);
    expect(parsed.value).toEqual({ id: 'x', figures: { a: 1, b: 2 } });
    expect(parsed.lineOf(['figures', 'b'])).toBe(5);
    expect(parsed.lineOf(['figures', 'missing'])).toBe(3);
  });

  it('names the line and path of a value the schema rejects', () => {
    expect(() => parseJson('t.json', text, doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:5: figures.b: Invalid input: expected number, received string, found "two"]`);
  });

  it('points an unknown key at its own line, without printing the object around it', () => {
    expect(() => parseJson('t.json', text.replace('"b": "two"', '"c": 2'), doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:5: figures.c: Unrecognized key: "c"]`);
  });

  it('names the line of a syntax error and rejects comments and trailing commas', () => {
    expect(() => parseJson('t.json', text.replace('"a": 1,', '"a": 1'), doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:5: JSON syntax: CommaExpected]`);
    expect(() => parseJson('t.json', '{\n  // note\n  "id": "x"\n}', doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:2: JSON syntax: InvalidCommentToken]`);
    expect(() => parseJson('t.json', '{\n  "id": "x",\n}', doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:3: JSON syntax: PropertyNameExpected]`);
  });
});
