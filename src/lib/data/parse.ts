/**
 * The one parse helper every loader goes through. Errors name the file, the 1-based line and
 * the field: `data/departments.csv:3: column "admin_code": expected 6 digits, found "44011"`.
 */
import Papa from 'papaparse';
import { findNodeAtLocation, getNodeValue, parseTree, type ParseError as JsonParseError, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly detail: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'DataError';
  }
}

/** A suspicious but valid input: reported once, the build goes on. */
export interface Warning {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
}

export function formatWarning(w: Warning): string {
  return `${w.file}${w.line !== null ? `:${w.line}` : ''}: ${w.field ? `${w.field}: ` : ''}${w.message}`;
}

/**
 * Decodes a data file. UTF-8 (a byte-order mark is removed, with a warning); a file saved in
 * GB18030/GBK by a spreadsheet is decoded as such, with a warning, never shown as mojibake.
 */
export function decodeText(file: string, bytes: Uint8Array, warnings: Warning[]): string {
  if (bytes.length === 0) throw new DataError(file, null, null, 'file is empty');
  let text: string;
  try {
    // ignoreBOM: keep a byte-order mark in the text so it can be reported (the default drops it silently).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new DataError(file, null, null, 'file is neither UTF-8 nor GB18030/GBK text; save it as UTF-8');
    }
    warnings.push({ file, line: null, field: null, message: 'file is GB18030/GBK, not UTF-8: decoded as GB18030; save it as UTF-8' });
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({ file, line: 1, field: null, message: 'UTF-8 byte-order mark removed' });
  }
  if (text.trim() === '') throw new DataError(file, null, null, 'file is empty');
  return text;
}

/** A CSV row with the line it starts on. */
export interface CsvRow<T> {
  line: number;
  value: T;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Line numbers of increasing offsets, counted from where the last one stopped: a CSV of
 * 15,000 rows costs one pass, not one pass per row.
 */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

function zodMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const shown = input === undefined ? '' : `, found ${JSON.stringify(input)}`;
  return `${issue.message}${shown}`;
}

/**
 * Parses a CSV whose header must be exactly `columns`, and validates each row with `schema`
 * (which receives the row as an object of strings, empty cells as "").
 * Blank lines (trailing ones included) are skipped.
 */
export function parseCsv<S extends z.ZodType>(
  file: string,
  text: string,
  columns: readonly string[],
  schema: S,
): CsvRow<z.output<S>>[] {
  const raw: { line: number; cells: string[] }[] = [];
  let start = 0;
  const parseErrors: { line: number; error: Papa.ParseError }[] = [];
  const lineOf = lineCounter(text);
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result) {
      const line = lineOf(start);
      raw.push({ line, cells: result.data });
      // In step mode Papa numbers every row 0, so the error gets the line of its row here.
      parseErrors.push(...result.errors.map((error) => ({ line, error })));
      start = result.meta.cursor;
      // Skip the newline that ends this row, and blank lines (spaces only, which 'greedy'
      // skips too), so the next row starts on its own line.
      while (/\s/u.test(text.charAt(start))) start++;
    },
  });
  const fatal = parseErrors.find((e) => e.error.type === 'Quotes');
  if (fatal) throw new DataError(file, fatal.line, null, `CSV syntax: ${fatal.error.message}`);
  const header = raw.shift();
  if (!header) throw new DataError(file, null, null, 'file is empty');
  if (header.cells.join(',') !== columns.join(',')) {
    throw new DataError(file, header.line, 'header', `expected columns ${columns.join(',')}; found ${header.cells.join(',')}`);
  }
  return raw.map(({ line, cells }) => {
    if (cells.length !== columns.length) {
      throw new DataError(file, line, null, `expected ${columns.length} columns, found ${cells.length}`);
    }
    const obj = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    const parsed = schema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const col = String(issue.path[0] ?? '');
      throw new DataError(file, line, col ? `column "${col}"` : null, zodMessage(issue, obj[col]));
    }
    return { line, value: parsed.data };
  });
}

/** A validated JSON document, with the line of any value in it. */
export interface JsonDocument<T> {
  value: T;
  /** 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number;
}

/** Parses and validates a JSON file; a schema error names the line of the offending value. */
export function parseJson<S extends z.ZodType>(file: string, text: string, schema: S): JsonDocument<z.output<S>> {
  const errors: JsonParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    throw new DataError(file, e ? lineAt(text, e.offset) : 1, null, `JSON syntax: ${e ? printParseErrorCode(e.error) : 'no value'}`);
  }
  const value: unknown = getNodeValue(tree);
  const nearest = (full: readonly (string | number)[]) => {
    // The deepest node of the path that exists in the file.
    let path = [...full];
    let node = findNodeAtLocation(tree, path);
    while (!node && path.length > 0) {
      path = path.slice(0, -1);
      node = findNodeAtLocation(tree, path);
    }
    const line = node ? lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset) : 1;
    return { node, exact: path.length === full.length, line };
  };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { value: parsed.data, lineOf: (path) => nearest(path).line };
  const issue = parsed.error.issues[0]!;
  // An unknown key: point at the key itself, not at (and not print) the whole object holding it.
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path = [...issue.path.filter((p): p is string | number => typeof p !== 'symbol'), ...(unknownKey !== undefined ? [unknownKey] : [])];
  const { node, exact, line } = nearest(path);
  const field = path.map(String).join('.') || null;
  const found = node && exact && unknownKey === undefined ? getNodeValue(node) : undefined;
  throw new DataError(file, line, field, zodMessage(issue, found));
}
