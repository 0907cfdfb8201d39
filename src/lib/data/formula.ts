/**
 * Spreadsheet formula neutralising for CSV text cells: a cell that begins with =, +, -, @, a
 * tab or a carriage return would be run as a formula by a spreadsheet that opens the file, so
 * it is prefixed with an apostrophe (shown as text, not run). A plain decimal number such as
 * "-625.85" is not a formula and stays as it is. No imports: the browser's CSV downloads
 * (src/client/csv-download.ts) use it too.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) && !/^-?\d+(?:\.\d+)?$/u.test(cell) ? `'${cell}` : cell;
}
