/**
 * The CSV of the rows on screen, on parsed HTML (the browser runs the same code on the DOM):
 * the header and cells as shown, hidden parts left out, `data-csv` where a cell gives one,
 * formulas neutralised as in the published CSVs; parsed back with papaparse.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parse } from 'node-html-parser';
import { rowsCsv } from '../../src/lib/site/table-csv.ts';
import { neutraliseFormula } from '../../src/lib/data/formula.ts';

const html = parse(`<table>
  <thead><tr><th><button>部门<span aria-hidden="true">↕</span></button></th><th>支出</th><th>有</th></tr></thead>
  <tbody>
    <tr><th><a href="#">白云区
      投促局</a></th><td>4,468.73</td><td data-csv="yes"><span aria-hidden="true">✓</span><span>有</span></td></tr>
    <tr><th>=HYPERLINK("http://x")</th><td>-625.85</td><td>@SUM(A1)</td></tr>
  </tbody></table>`);
const cells = (sel: string) => html.querySelectorAll(sel).map((tr) => tr.querySelectorAll('th, td'));

describe('CSV of the rows shown', () => {
  const csv = rowsCsv(cells('thead tr')[0]!, cells('tbody tr'));
  const back = Papa.parse<string[]>(csv.trimEnd()).data;

  it('has the header and each row as shown: whitespace collapsed, hidden marks left out, data-csv where given', () => {
    expect(back[0]).toEqual(['部门', '支出', '有']);
    expect(back[1]).toEqual(['白云区 投促局', '4,468.73', 'yes']);
  });
  it('neutralises formulas but leaves negative numbers alone', () => {
    expect(back[2]).toEqual([`'=HYPERLINK("http://x")`, '-625.85', "'@SUM(A1)"]);
  });
  it('ends lines with LF and has no byte-order mark', () => {
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(csv).not.toContain('\r');
    expect(csv.endsWith('\n')).toBe(true);
  });
  it('neutraliseFormula: =, +, -, @, tab, CR lead a formula; a plain decimal does not', () => {
    expect(['=1', '+1', '-x', '@a', '\tb', '\rc'].map(neutraliseFormula)).toEqual(["'=1", "'+1", "'-x", "'@a", "'\tb", "'\rc"]);
    expect(['-3.5', '12', 'a=b'].map(neutraliseFormula)).toEqual(['-3.5', '12', 'a=b']);
  });
});
