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

  it('turns CRLF and lone-CR line ends into LF, so every reader counts lines alike', () => {
    expect(decodeText('t.csv', utf8('一\r\n二\r三\n四'), [])).toBe('一\n二\n三\n四');
  });

  it('names the line of a broken byte in a file that is otherwise UTF-8', () => {
    const bytes = Buffer.concat([utf8('名称,城市\n白云区,广州市\n'), Buffer.from([0xe5, 0x28]), utf8('江门,江门市\n')]);
    expect(() => decodeText('t.csv', bytes, [])).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv:3: encoding: invalid UTF-8 (byte 0xE5) in a file that is otherwise UTF-8; fix the damaged character and save it as UTF-8]`);
  });

  it('rejects UTF-16 and Shift_JIS with an encoding message', () => {
    expect(() => decodeText('t.csv', iconv.encode('名称,城市\n', 'utf-16le'), [])).toThrow('encoding: file is UTF-16');
    // ASCII in UTF-16 without a byte-order mark is valid UTF-8 (every other byte NUL): only the NUL count tells.
    expect(() => decodeText('t.csv', iconv.encode('id,name,city\n1,abc,def\n', 'utf-16le'), [])).toThrow('encoding: file is UTF-16');
    expect(() => decodeText('t.csv', iconv.encode('東京都港区の投資促進局,東京\n', 'shift_jis'), [])).toThrow('encoding: file is neither UTF-8 nor GB18030/GBK');
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

  it('reports every broken row of a file, not only the first', () => {
    expect(() => csv('a,b\n甲,一\n乙,2\n丙,三\n丁,4,5\n')).toThrowErrorMatchingInlineSnapshot(`
      [DataError: t.csv:2: column "b": expected digits, found "一"
      t.csv:4: column "b": expected digits, found "三"
      t.csv:5: expected 2 columns, found 3]
    `);
  });

  it('rejects a control character in a cell, naming its column', () => {
    expect(() => csv('a,b\n甲\u0007,1\n')).toThrowErrorMatchingInlineSnapshot(`[DataError: t.csv:2: column "a": control character U+0007 in the cell; remove it]`);
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

  it('reports every value the schema rejects, each at its line', () => {
    expect(() => parseJson('t.json', text.replace('"a": 1', '"a": "one"'), doc)).toThrowErrorMatchingInlineSnapshot(`
      [DataError: t.json:4: figures.a: Invalid input: expected number, received string, found "one"
      t.json:5: figures.b: Invalid input: expected number, received string, found "two"]
    `);
  });

  it('rejects a key given twice, a document that is not an object, and one nested too deep', () => {
    expect(() => parseJson('t.json', text.replace('"b": "two"', '"a": 2'), doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:5: figures.a: duplicate key "a" (first on line 4); a key may appear once]`);
    expect(() => parseJson('t.json', '[1, 2]', doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:1: expected a JSON object, found an array]`);
    expect(() => parseJson('t.json', `{"id": ${'['.repeat(10000)}${']'.repeat(10000)}}`, doc)).toThrow('JSON nested deeper than 8 levels');
  });

  it('names the line of a syntax error and rejects comments and trailing commas', () => {
    expect(() => parseJson('t.json', text.replace('"a": 1,', '"a": 1'), doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:5: JSON syntax: CommaExpected]`);
    expect(() => parseJson('t.json', '{\n  // note\n  "id": "x"\n}', doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:2: JSON syntax: InvalidCommentToken]`);
    expect(() => parseJson('t.json', '{\n  "id": "x",\n}', doc)).toThrowErrorMatchingInlineSnapshot(`[DataError: t.json:3: JSON syntax: PropertyNameExpected]`);
  });
});
