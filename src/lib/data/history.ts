/**
 * The public record of corrections, derived from the git history of the data folder
 * (docs/data-format.md, "Corrections"). For every commit that changed a report's files, each
 * committed version is compared with the version before it (the commit's first parent): a value
 * that version had and this one changed or removed is a correction, dated by the commit and
 * explained by its message. Values added (a new row, a new `_en` translation) are not.
 *
 * Read with the `git` command line: one `git log` listing every commit and the blobs it changed,
 * one `git cat-file --batch` reading the versions. Where there is no history to read (no git, a
 * folder copied out of its repository, files never committed, a shallow clone cut before a
 * report was first published) the result says so instead of listing nothing.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import Papa from 'papaparse';
import { decodeText } from './parse.ts';
import type { Correction, CorrectionFile, CorrectionKind, DataHistory, DataVersion, ReportHistory, Unavailable } from './model.ts';

const ZERO = /^0+$/u;
const REPORT_FILE = /^reports\/([a-z0-9-]+)\.(json|indicators\.csv|budget-lines\.csv)$/u;

function git(dir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
    input, maxBuffer: 1 << 30, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
  });
}

/** The folder's path inside its repository (`data/`, or '' at the root), or null when it is in none (or git is missing). */
function repoPrefix(dir: string): string | null {
  try {
    if (git(dir, ['rev-parse', '--is-inside-work-tree']).toString().trim() !== 'true') return null;
    return git(dir, ['rev-parse', '--show-prefix']).toString().trim();
  } catch {
    return null;
  }
}

/**
 * The reason given: the message without its trailers (the last paragraph when every line of it
 * is `Key: value`, as git's own trailer rule; hand-written because git has no placeholder for a
 * message without them), trimmed.
 */
export function commitReason(message: string): string {
  const paras = message.trim().split(/\n\s*\n/u);
  const last = paras.at(-1) ?? '';
  if (paras.length > 1 && last.split('\n').every((l) => /^[A-Za-z0-9][A-Za-z0-9-]*:\s/u.test(l) || /^\s/u.test(l))) paras.pop();
  return paras.join('\n\n').trim();
}

const utcDate = (iso: string) => new Date(iso).toISOString().slice(0, 10);

interface Commit {
  id: string;
  parents: string[];
  date: string;
  reason: string;
  /** path (relative to the data folder) → [blob at the first parent or null, blob here or null] */
  changes: Map<string, [string | null, string | null]>;
}

/** Every commit that touched the folder, parents before children, with what it changed there. */
function readLog(dir: string, prefix: string): Commit[] {
  const out = git(dir, ['log', '--topo-order', '--reverse', '--no-renames', '--raw', '--no-abbrev', '--diff-merges=dense-combined',
    '--format=%x1e%H%x1f%P%x1f%cI%x1f%B%x1f', '--', '.']).toString('utf8');
  const commits: Commit[] = [];
  for (const chunk of out.split('\x1e').slice(1)) {
    const [id = '', parents = '', date = '', message = '', raw = ''] = chunk.split('\x1f');
    const changes = new Map<string, [string | null, string | null]>();
    for (const line of raw.split('\n')) {
      // `:<modes> <blobs> <status>\t<path>`, with one colon per parent (a merge lists each parent's blob).
      const m = /^(:+)(.*)\t(.*)$/u.exec(line);
      if (!m?.[1] || m[2] === undefined || m[3] === undefined) continue;
      const n = m[1].length;
      const blobs = m[2].split(' ').slice(n + 1, 2 * n + 2);
      const path = m[3];
      if (!path.startsWith(prefix)) continue;
      const at = (b: string | undefined) => (b === undefined || ZERO.test(b) ? null : b);
      changes.set(path.slice(prefix.length), [at(blobs[0]), at(blobs[n])]);
    }
    commits.push({ id, parents: parents.split(' ').filter(Boolean), date: utcDate(date), reason: commitReason(message), changes });
  }
  return commits;
}

/** The contents of the given blobs, read in one `git cat-file --batch`. */
function readBlobs(dir: string, ids: Set<string>): Map<string, string> {
  const blobs = new Map<string, string>();
  if (ids.size === 0) return blobs;
  const list = [...ids];
  const out = git(dir, ['cat-file', '--batch'], `${list.join('\n')}\n`);
  let pos = 0;
  while (pos < out.length) {
    const eol = out.indexOf(0x0a, pos);
    const [id = '', type, size] = out.subarray(pos, eol).toString('latin1').split(' ');
    if (type === 'missing' || size === undefined) {
      pos = eol + 1;
      continue;
    }
    const start = eol + 1;
    const end = start + Number(size);
    blobs.set(id, decodeText(id, out.subarray(start, end), []));
    pos = end + 1;
  }
  return blobs;
}

/** The commits listed as the cut of a shallow clone (they have parents the copy does not hold). */
function shallowCommits(dir: string): Set<string> {
  try {
    if (git(dir, ['rev-parse', '--is-shallow-repository']).toString().trim() !== 'true') return new Set();
    const file = git(dir, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']).toString().trim();
    return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

// ---- comparing two versions ----

type Value = string | number | boolean | null | Value[] | { [k: string]: Value };
type Leaf = string | number | boolean;

/** A value as printed; absent, null and the empty string are all "not stated". */
const shown = (v: Value | undefined): string | null =>
  v === undefined || v === null || v === '' ? null : typeof v === 'object' ? null : String(v);

function kindOf(name: string): CorrectionKind {
  if (/^(?:target_)?(?:quote|line)$/u.test(name)) return 'provenance';
  if (name.endsWith('_en')) return 'translation';
  return 'value';
}

/** What names an element of a list or a row: its name, else its text, else its printed value. */
function labelOf(v: Value): string {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return shown(v as Leaf) ?? '';
  return shown(v.name) ?? shown(v.text) ?? shown(v.printed) ?? JSON.stringify(v);
}

type Emit = (c: Pick<Correction, 'field' | 'row' | 'kind' | 'change' | 'old_value' | 'new_value'>) => void;

/**
 * Pairs the elements of two lists: equal keys match (jsdiff's longest common subsequence, so
 * an insertion does not shift every element after it); in a stretch where some were removed
 * and others added, they are paired in order (an edited name is the same row changed). Calls
 * `pair` for each pair and `removed` for each element left over on the old side.
 */
function alignLists<T>(older: T[], newer: T[], key: (x: T) => string, pair: (o: T, n: T, index: number) => void, removed: (o: T, index: number) => void): void {
  const parts = diffArrays(older.map(key), newer.map(key));
  let i = 0;
  let j = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (!part) continue;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++) pair(older[i++] as T, newer[j++] as T, j - 1);
    } else if (part.removed) {
      const next = parts[p + 1];
      const adds = next?.added ? next.count : 0;
      for (let k = 0; k < part.count; k++) {
        if (k < adds) pair(older[i++] as T, newer[j++] as T, j - 1);
        else removed(older[i] as T, i++);
      }
      if (next?.added) {
        j += Math.max(0, adds - part.count);
        p++;
      }
    } else {
      j += part.count;
    }
  }
}

/** Compares two versions of a JSON value at `path`, emitting a correction for every value changed or removed. */
function compareValue(path: string, older: Value | undefined, newer: Value | undefined, row: string | null, emit: Emit): void {
  const leafName = path.replace(/\[\d+\]$/u, '').split('.').at(-1) ?? path;
  if (Array.isArray(older)) {
    const list = Array.isArray(newer) ? newer : [];
    // An element is named by its name (a task, an outcome); a text (a duty, a note) is its own value, not a name.
    const nameOf = (v: Value) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? shown(v.name) : null);
    alignLists(older, list, (v) => labelOf(v).replace(/\s+/gu, ''), (o, n, k) => compareValue(`${path}[${k}]`, o, n, nameOf(n) ?? nameOf(o), emit),
      (o, k) => emit({ field: `${path}[${k}]`, row: nameOf(o), kind: 'row', change: 'removed', old_value: labelOf(o), new_value: null }));
    return;
  }
  if (older !== null && typeof older === 'object') {
    const obj = newer !== null && typeof newer === 'object' && !Array.isArray(newer) ? newer : {};
    for (const [k, v] of Object.entries(older)) {
      if (path === '' && k === 'id') continue;
      const sub = path ? `${path}.${k}` : k;
      // A whole part of the record gone (a figure, a note): one removal, named by its value.
      if (!(k in obj) && v !== null && typeof v === 'object' && !Array.isArray(v)) {
        emit({ field: sub, row, kind: 'row', change: 'removed', old_value: labelOf(v), new_value: null });
      } else compareValue(sub, v, obj[k], row, emit);
    }
    return;
  }
  const o = shown(older);
  if (o === null) return; // not stated before: anything now is an addition
  const n = newer !== null && typeof newer === 'object' ? labelOf(newer) || null : shown(newer);
  if (o === n) return;
  emit({ field: path, row, kind: kindOf(leafName), change: n === null ? 'removed' : 'changed', old_value: o, new_value: n });
}

type CsvRecord = Record<string, string>;

function parseTable(text: string): CsvRecord[] {
  return Papa.parse<CsvRecord>(text, { header: true, skipEmptyLines: true }).data;
}

/** What identifies a row of a table: the columns that name it (a duplicate gets its occurrence number). */
const ROW_KEY: Record<'indicators' | 'budget-lines', string[]> = {
  indicators: ['task', 'level1', 'level2', 'name'],
  'budget-lines': ['kind', 'name'],
};

function keyed(rows: CsvRecord[], columns: string[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const k = columns.map((c) => (r[c] ?? '').replace(/\s+/gu, '')).join('\x1f');
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return `${k}\x1f${n}`;
  });
}

/** Compares two versions of a table row cell by cell (`id` aside): a cell that had a value and now has another or none. */
function compareCells(table: string, o: CsvRecord, n: CsvRecord, row: string | null, emit: Emit): void {
  for (const [col, v] of Object.entries(o)) {
    const was = shown(v);
    const now = shown(n[col]);
    if (col !== 'id' && was !== null && was !== now) emit({ field: `${table}.${col}`, row, kind: kindOf(col), change: now === null ? 'removed' : 'changed', old_value: was, new_value: now });
  }
}

function compareTable(table: 'indicators' | 'budget-lines', older: CsvRecord[], newer: CsvRecord[], emit: Emit): void {
  const oldKeys = keyed(older, ROW_KEY[table]);
  const newKeys = keyed(newer, ROW_KEY[table]);
  const idx = (rows: CsvRecord[], keys: string[]) => rows.map((r, i) => ({ r, k: keys[i] ?? '' }));
  alignLists(idx(older, oldKeys), idx(newer, newKeys), (x) => x.k,
    ({ r: o }, { r: n }) => compareCells(table, o, n, n.name || o.name || null, emit),
    ({ r: o }) => emit({ field: table, row: o.name || null, kind: 'row', change: 'removed', old_value: o.name ?? '', new_value: null }));
}

// ---- the history ----

/**
 * The history of the reports `ids` in the data folder `dir`: whether it can be read, each
 * report's first publication, and every correction since. Never throws for a missing or partial
 * history; it says so per report.
 */
export function readHistory(dir: string, ids: readonly string[]): DataHistory {
  const unavailable = (why: Unavailable): DataHistory => ({ reports: ids.map((id) => ({ report_id: id, unavailable: why, first_published: null })), corrections: [] });
  const prefix = repoPrefix(dir);
  if (prefix === null) return unavailable('no-git');
  let commits: Commit[];
  try {
    commits = readLog(dir, prefix);
  } catch {
    return unavailable('not-committed'); // a repository without a commit yet
  }
  const shallow = shallowCommits(dir);
  const wanted = new Set(ids);

  // Each report's first publication: the first commit that added its record.
  const added = new Map<string, Commit>();
  for (const c of commits) {
    for (const [path, [before, after]] of c.changes) {
      const m = REPORT_FILE.exec(path);
      if (m?.[1] && m[2] === 'json' && before === null && after !== null && !added.has(m[1])) added.set(m[1], c);
    }
  }
  const reports = ids.map((id): ReportHistory => {
    const c = added.get(id);
    if (!c) return { report_id: id, unavailable: 'not-committed', first_published: null };
    // A commit at the cut of a shallow clone shows every file as added: the earlier versions are not in this copy.
    if (c.parents.length === 0 && shallow.has(c.id)) return { report_id: id, unavailable: 'shallow', first_published: null };
    return { report_id: id, unavailable: null, first_published: c.date };
  });
  const available = new Set(reports.filter((r) => r.unavailable === null).map((r) => r.report_id));

  // The versions to read: both sides of every change to an available report's files.
  const relevant = (path: string) => {
    const id = REPORT_FILE.exec(path)?.[1];
    return id !== undefined ? available.has(id) : path === 'sources.csv';
  };
  const blobIds = new Set<string>();
  for (const c of commits) {
    for (const [path, [before, after]] of c.changes) {
      if (before !== null && relevant(path)) {
        blobIds.add(before);
        if (after !== null) blobIds.add(after);
      }
    }
  }
  const blobs = readBlobs(dir, blobIds);
  const text = (b: string | null) => (b === null ? '' : blobs.get(b) ?? '');

  const corrections: Correction[] = [];
  for (const c of commits) {
    const emitFor = (report_id: string, file: CorrectionFile): Emit => (x) => corrections.push({ report_id, date: c.date, commit: c.id, file, ...x, reason: c.reason });
    for (const [path, [before, after]] of [...c.changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (before === null || !relevant(path)) continue; // a file added: nothing it holds was published before
      if (path === 'sources.csv') {
        const newer = new Map(parseTable(text(after)).map((r) => [r.id ?? '', r]));
        for (const o of parseTable(text(before))) {
          const id = o.id ?? '';
          if (!available.has(id)) continue;
          const n = newer.get(id);
          if (!n) continue; // the report withdrawn: it has no page to list this on
          compareCells('sources', o, n, null, emitFor(id, 'sources'));
        }
        continue;
      }
      const m = REPORT_FILE.exec(path);
      if (!m?.[1] || after === null) continue; // a report's file deleted: the report (or its table) is gone
      const id = m[1];
      if (m[2] === 'json') {
        let older: Value;
        let newer: Value;
        try {
          older = JSON.parse(text(before)) as Value;
          newer = JSON.parse(text(after)) as Value;
        } catch {
          continue; // a version that is not JSON was never built or published
        }
        compareValue('', older, newer, null, emitFor(id, 'record'));
      } else {
        const table = m[2] === 'indicators.csv' ? 'indicators' : 'budget-lines';
        compareTable(table, parseTable(text(before)), parseTable(text(after)), emitFor(id, table));
      }
    }
  }
  return { reports, corrections: corrections.filter((x) => wanted.has(x.report_id)) };
}

/** Every file under `dir`, sorted, as paths relative to it. */
function filesUnder(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, join(sub, e.name)) : e.isFile() ? [join(sub, e.name)] : []));
}

/**
 * The data's version. When the folder is in git and its files are exactly as committed: the
 * last commit that touched it, named by its date and commit. Otherwise (no git, uncommitted
 * changes): a SHA-256 over every file's path and bytes, so the same data always has the same
 * version. `date` is the last commit's date either way (null without git): the date the data
 * last changed, never the build's clock.
 */
export function dataVersion(dir: string): DataVersion {
  let date: string | null = null;
  if (repoPrefix(dir) !== null) {
    try {
      const [id = '', iso = ''] = git(dir, ['log', '-1', '--format=%H %cI', '--', '.']).toString().trim().split(' ');
      if (id) date = utcDate(iso);
      const dirty = git(dir, ['status', '--porcelain', '--untracked-files=all', '--', '.']).toString().trim() !== '';
      if (!dirty && date) return { id: `${date}-${id.slice(0, 12)}`, source: 'git', date };
    } catch {
      // a repository without commits: the content hash below
    }
  }
  const hash = createHash('sha256');
  for (const f of filesUnder(dir)) {
    hash.update(`${f.split('\\').join('/')}\0`);
    hash.update(readFileSync(join(dir, f)));
    hash.update('\0');
  }
  return { id: `sha256-${hash.digest('hex').slice(0, 12)}`, source: 'content', date };
}
