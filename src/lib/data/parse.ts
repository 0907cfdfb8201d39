/**
 * The one parse helper every loader goes through. Errors name the file, the 1-based line and
 * the field: `data/departments.csv:3: column "admin_code": expected 6 digits, found "44011"`.
 * A file's problems are collected and reported together, one line each, not only the first.
 */
import Papa from 'papaparse';
import { findNodeAtLocation, getNodeValue, parseTree, type Node as JsonNode, type ParseError as JsonParseError, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';

/**
 * A broken input. One problem (file, line, field, detail), or several (`problems`), each
 * printed on a line of its own; `file`, `line`, `field` and `detail` are the first one's.
 */
export class DataError extends Error {
  readonly problems: readonly DataError[];
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly detail: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'DataError';
    this.problems = [this];
  }

  /** One error carrying every problem of `errors` (flattened), in order. */
  static of(errors: readonly DataError[]): DataError {
    const all = errors.flatMap((e) => e.problems);
    const first = all[0];
    if (!first) throw new Error('DataError.of needs at least one problem');
    if (all.length === 1) return first;
    const combined = new DataError(first.file, first.line, first.field, first.detail);
    combined.message = all.map((p) => p.message).join('\n');
    (combined as { problems: readonly DataError[] }).problems = all;
    return combined;
  }
}

/**
 * Collects problems instead of stopping at the first, so a person fixing a file sees all of
 * them at once. `attempt` runs a step and keeps its DataError; `check` throws what was
 * collected.
 */
export class Problems {
  readonly list: DataError[] = [];

  add(file: string, line: number | null, field: string | null, detail: string): void {
    this.list.push(new DataError(file, line, field, detail));
  }

  /** Runs `step`; a DataError it throws is collected and `fallback` returned instead. */
  attempt<T>(step: () => T, fallback: T): T {
    try {
      return step();
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      this.list.push(e);
      return fallback;
    }
  }

  get size(): number {
    return this.list.length;
  }

  /** Throws every problem collected so far, if any. */
  check(): void {
    if (this.list.length > 0) throw DataError.of(this.list.splice(0));
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

// ── Decoding ────────────────────────────────────────────────────────────────────────────

/** 1-based line of a byte offset (LF, CRLF and a lone CR each end a line). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * Scans bytes as UTF-8: how many multi-byte sequences are well-formed, how many bytes are
 * not, and where the first bad one is.
 */
function utf8Scan(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) { valid++; i += len; continue; }
    invalid++;
    if (firstInvalid < 0) firstInvalid = i;
    i++;
  }
  return { valid, invalid, firstInvalid };
}

/**
 * Share of the two-byte characters of a GB18030 byte stream that are in the GB2312 area
 * (lead and trail byte 0xA1–0xFE), where simplified Chinese text keeps nearly all its
 * characters. Big5 or Shift_JIS bytes also decode as GB18030, but most of their characters
 * land outside it, as rare characters nobody wrote.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const b2 = bytes[i + 1] ?? 0;
    if (b2 >= 0x30 && b2 <= 0x39) { i += 4; continue; }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && b2 >= 0xa1 && b2 <= 0xfe) common++;
    i += 2;
  }
  return pairs === 0 ? 1 : common / pairs;
}

/**
 * Decodes a data file. UTF-8 (a byte-order mark is removed, with a warning); a file saved in
 * GB18030/GBK by a spreadsheet is decoded as such, with a warning, never shown as mojibake.
 * A UTF-8 file with a broken byte is an error at its line; UTF-16 and other encodings
 * (Big5, Shift_JIS …) are an encoding error. Line ends (CRLF, a lone CR) become LF, so every
 * reader counts lines the same way.
 */
export function decodeText(file: string, bytes: Uint8Array, warnings: Warning[]): string {
  if (bytes.length === 0) throw new DataError(file, null, null, 'file is empty');
  const utf16 = () => new DataError(file, null, null, 'encoding: file is UTF-16, not UTF-8; save it as UTF-8');
  // Counted with indexOf (a native byte search): a reduce over every byte of a large corpus takes seconds.
  let nuls = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) nuls++;
  // A UTF-16 byte-order mark, or NUL bytes in numbers no text has (UTF-16 of ASCII is half NULs).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || nuls * 10 >= bytes.length) throw utf16();
  let text: string;
  try {
    // ignoreBOM: keep a byte-order mark in the text so it can be reported (the default drops it silently).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (nuls > 0) throw utf16();
    const scan = utf8Scan(bytes);
    // Damaged UTF-8 has a few bad bytes among many good sequences; GB18030 read as UTF-8 has about four bad bytes to each good one.
    if (scan.valid > 0 && scan.invalid * 4 <= scan.valid) {
      const hex = bytes[scan.firstInvalid]!.toString(16).toUpperCase().padStart(2, '0');
      throw new DataError(file, lineOfByte(bytes, scan.firstInvalid), null, `encoding: invalid UTF-8 (byte 0x${hex}) in a file that is otherwise UTF-8; fix the damaged character and save it as UTF-8`);
    }
    let decoded: string | null = null;
    try {
      decoded = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      decoded = null;
    }
    if (decoded === null || gb2312Share(bytes) < 0.9) {
      throw new DataError(file, null, null, 'encoding: file is neither UTF-8 nor GB18030/GBK (Big5, Shift_JIS or another encoding?); save it as UTF-8');
    }
    text = decoded;
    warnings.push({ file, line: null, field: null, message: 'file is GB18030/GBK, not UTF-8: decoded as GB18030; save it as UTF-8' });
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({ file, line: 1, field: null, message: 'UTF-8 byte-order mark removed' });
  }
  text = text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') throw new DataError(file, null, null, 'file is empty');
  return text;
}

/** Control characters a text may not hold (tab and line ends aside): C0, DEL and C1. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** A description of the first control character in `s` ("U+0000"), or null. */
function controlCharacter(s: string): string | null {
  const m = CONTROL.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Every line of a text that holds a control character, as problems of `file`. */
export function checkControlCharacters(file: string, text: string, problems: Problems): void {
  text.split('\n').forEach((line, i) => {
    const c = controlCharacter(line);
    if (c) problems.add(file, i + 1, null, `control character ${c} in the text; remove it`);
  });
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────

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

/** A schema issue's message, with the value it was about unless the message already shows it. */
function zodMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const shown = input === undefined || (typeof input === 'string' && input !== '' && issue.message.includes(input)) ? '' : `, found ${JSON.stringify(input)}`;
  return `${issue.message}${shown}`;
}

/**
 * Parses a CSV whose header must be exactly `columns`, and validates each row with `schema`
 * (which receives the row as an object of strings, empty cells as "").
 * The header may leave out any of the `optional` columns (translations); a column left out
 * reaches the schema as "". Blank lines (trailing ones included) are skipped. Every problem of
 * the file is reported at once (one DataError carrying them all); a file with none returns its rows.
 */
export function parseCsv<S extends z.ZodType>(
  file: string,
  text: string,
  allColumns: readonly string[],
  schema: S,
  optional: readonly string[] = [],
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
  // The columns this file has: all of them, less the optional ones its header leaves out.
  const present = new Set(header.cells);
  const columns = allColumns.filter((c) => present.has(c) || !optional.includes(c));
  if (header.cells.join(',') !== columns.join(',')) {
    const may = optional.length > 0 ? ` (${optional.join(', ')} may be left out)` : '';
    throw new DataError(file, header.line, 'header', `expected columns ${allColumns.join(',')}${may}; found ${header.cells.join(',')}`);
  }
  const at = allColumns.map((c) => columns.indexOf(c));
  const problems = new Problems();
  const rows: CsvRow<z.output<S>>[] = [];
  for (const { line, cells } of raw) {
    if (cells.length !== columns.length) {
      problems.add(file, line, null, `expected ${columns.length} columns, found ${cells.length}`);
      continue;
    }
    const obj = Object.fromEntries(allColumns.map((c, i) => [c, cells[at[i]!] ?? '']));
    let clean = true;
    for (const c of columns) {
      const control = controlCharacter(obj[c] ?? '');
      if (control) {
        problems.add(file, line, `column "${c}"`, `control character ${control} in the cell; remove it`);
        clean = false;
      }
    }
    const parsed = schema.safeParse(obj);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const col = String(issue.path[0] ?? '');
        problems.add(file, line, col ? `column "${col}"` : null, zodMessage(issue, obj[col]));
      }
      continue;
    }
    if (clean) rows.push({ line, value: parsed.data });
  }
  problems.check();
  return rows;
}

// ── JSON ────────────────────────────────────────────────────────────────────────────────

/** A validated JSON document, with the line of any value in it. */
export interface JsonDocument<T> {
  value: T;
  /** 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number;
}

/** How deep a curated record may nest (a report record needs 4). */
const MAX_JSON_DEPTH = 8;

/** Offset of the first bracket nested deeper than `max`, outside strings; -1 when none. */
function tooDeep(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > max) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

/** Duplicate keys and control characters anywhere in the tree, with their lines and paths. */
function checkTree(file: string, text: string, node: JsonNode, path: (string | number)[], problems: Problems): void {
  const field = (p: (string | number)[]) => p.map(String).join('.') || null;
  if (node.type === 'object') {
    const seen = new Map<string, number>();
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const line = lineAt(text, prop.offset);
      const first = seen.get(key);
      if (first !== undefined) problems.add(file, line, field([...path, key]), `duplicate key "${key}" (first on line ${first}); a key may appear once`);
      else seen.set(key, line);
      if (valueNode) checkTree(file, text, valueNode, [...path, key], problems);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => checkTree(file, text, child, [...path, i], problems));
  } else if (node.type === 'string') {
    const control = controlCharacter(String(node.value));
    if (control) problems.add(file, lineAt(text, node.offset), field(path), `control character ${control} in the text; remove it`);
  }
}

/**
 * Parses and validates a JSON file: one object, no key twice, nested at most MAX_JSON_DEPTH
 * levels. Every problem is reported, a schema error at the line of the offending value.
 */
export function parseJson<S extends z.ZodType>(file: string, text: string, schema: S): JsonDocument<z.output<S>> {
  const deep = tooDeep(text, MAX_JSON_DEPTH);
  if (deep >= 0) throw new DataError(file, lineAt(text, deep), null, `JSON nested deeper than ${MAX_JSON_DEPTH} levels; a record is an object of figures, lists and texts`);
  const errors: JsonParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    throw new DataError(file, e ? lineAt(text, e.offset) : 1, null, `JSON syntax: ${e ? printParseErrorCode(e.error) : 'no value'}`);
  }
  if (tree.type !== 'object') throw new DataError(file, lineAt(text, tree.offset), null, `expected a JSON object, found ${tree.type === 'array' ? 'an array' : `a ${tree.type}`}`);
  const problems = new Problems();
  checkTree(file, text, tree, [], problems);
  problems.check();
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
  for (const issue of parsed.error.issues) {
    // An unknown key: point at the key itself, not at (and not print) the whole object holding it.
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const unknownKey of unknownKeys) {
      const path = [...issue.path.filter((p): p is string | number => typeof p !== 'symbol'), ...(unknownKey !== undefined ? [unknownKey] : [])];
      const { node, exact, line } = nearest(path);
      const field = path.map(String).join('.') || null;
      const found = node && exact && unknownKey === undefined ? getNodeValue(node) : undefined;
      const message = unknownKey !== undefined ? `Unrecognized key: "${unknownKey}"` : zodMessage(issue, found);
      problems.add(file, line, field, message);
    }
  }
  problems.check();
  throw new Error('unreachable: a failed parse reports at least one problem');
}
