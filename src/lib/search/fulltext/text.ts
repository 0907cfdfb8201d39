/**
 * Full-text search: how texts and queries are folded and cut into index terms, shared by the
 * build (which writes the index) and the browser (which queries it and finds the matching
 * sentence), so both see the same terms. Runs in the browser: keep it free of Node imports.
 *
 * - Folding is one character for one: full-width forms to half-width, upper to lower case,
 *   traditional to simplified (for the characters the name index knows). Offsets in a folded
 *   text are offsets in the original, so a hit can be highlighted in the text as printed.
 * - Chinese is indexed as character bigrams (白云区 → 白云, 云区), whitespace between Han
 *   characters ignored (PDF extraction spreads characters): any word of two characters or
 *   more is found without a dictionary, and a longer phrase is looked up as the intersection of
 *   its bigrams, then confirmed in the text itself.
 * - Everything else (English, pinyin, numbers) is indexed by word; a query word matches every
 *   word it begins ("execut" finds "execution"), so results follow each keystroke.
 */
import type { CharMap } from '../normalise.ts';

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** Folds one character (a UTF-16 unit or a surrogate pair) to its search form; length kept. */
function foldChar(c: string, t2s: CharMap): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
  else if (code === 0x3000) return ' ';
  const lower = c.toLowerCase();
  if (lower.length === c.length) c = lower;
  return t2s[c] ?? c;
}

const codeMaps = new WeakMap<CharMap, Map<number, string>>();
/** The character map by UTF-16 code (single-unit characters), built once per map. */
function byCode(t2s: CharMap): Map<number, string> {
  let m = codeMaps.get(t2s);
  if (!m) {
    m = new Map(Object.entries(t2s).filter(([k, v]) => k.length === 1 && v.length === 1).map(([k, v]) => [k.charCodeAt(0), v]));
    codeMaps.set(t2s, m);
  }
  return m;
}

/** fold(text).spaced, faster: one pass over code units (the build folds every text of every report). */
function foldSpaced(text: string, t2s: CharMap): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41 || (code > 0x5a && code < 0xc0)) continue;
    let c: string | undefined;
    if (code <= 0x5a) c = String.fromCharCode(code + 32);
    else if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0).toLowerCase();
    else if (code === 0x3000) c = ' ';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const pair = text.slice(i, i + 2);
      const f = foldChar(pair, t2s);
      if (f !== pair && f.length === 2) c = f;
      if (c === undefined) {
        i++;
        continue;
      }
      out += text.slice(from, i) + c;
      from = i + 2;
      i++;
      continue;
    } else if (code >= 0x3000) c = byCode(t2s).get(code);
    else {
      const f = foldChar(text[i]!, t2s);
      if (f !== text[i] && f.length === 1) c = f;
    }
    if (c !== undefined) {
      out += text.slice(from, i) + c;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A text folded for matching: `s` without whitespace; `at[i]` is the offset of s[i] in the original. */
export interface Folded {
  s: string;
  at: number[];
  /** The folded text with its whitespace (same length as the original) */
  spaced: string;
}

export function fold(text: string, t2s: CharMap = {}): Folded {
  let s = '';
  let spaced = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const c = String.fromCodePoint(cp);
    const f = foldChar(c, t2s);
    const out = f.length === c.length ? f : c;
    spaced += out;
    if (!SPACE.test(out)) {
      s += out;
      for (let k = 0; k < out.length; k++) at.push(i + k);
    }
    i += c.length;
  }
  return { s, at, spaced };
}

export type Term = { kind: 'han'; text: string } | { kind: 'word'; text: string };

/** Shortest word that is a term (one letter would match nearly everything). */
const MIN_WORD = 2;
/** A word's shard is chosen by its first PREFIX letters, so a query word of that length or more finds every word it begins. */
const PREFIX = 3;

/**
 * The terms of a query: runs of Han characters (two or more: one character is left to the
 * name search) and words of other letters and digits, each to be found anywhere in a report.
 * 白云 2021 → [han 白云, word 2021]; 白云 招商 → [han 白云, han 招商].
 */
export function queryTerms(query: string, t2s: CharMap = {}): Term[] {
  const { spaced } = fold(query, t2s);
  const terms: Term[] = [];
  let han = '';
  let word = '';
  const flushHan = () => {
    if ([...han].length >= 2) terms.push({ kind: 'han', text: han });
    han = '';
  };
  const flushWord = () => {
    if (word.length >= MIN_WORD) terms.push({ kind: 'word', text: word });
    word = '';
  };
  for (const c of spaced) {
    if (HAN.test(c)) {
      flushWord();
      han += c;
    } else if (WORD_CHAR.test(c)) {
      flushHan();
      word += c;
    } else {
      // Whitespace between words of a query separates them (白云 招商: both, anywhere).
      flushWord();
      flushHan();
    }
  }
  flushHan();
  flushWord();
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(`${t.kind}:${t.text}`) && seen.add(`${t.kind}:${t.text}`));
}

/** The bigrams of a run of Han characters: 驻点招商 → 驻点, 点招, 招商. */
function bigrams(han: string): string[] {
  const chars = [...han];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** A Han character by code unit: the common blocks fast, the rest (surrogate pairs) by the regex. */
function isHanUnit(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
const isSpaceUnit = (code: number) => code === 0x20 || code === 0x3000 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code > 0x2000 && code <= 0x200a);

/**
 * Every index term of a text: the Han bigrams (across whitespace, not across punctuation)
 * and the words, added to `into`. The same terms as queryTerms and findTerm see, written for
 * speed (the build reads every text of 15,000 reports): ASCII and the common Han blocks by
 * code, the rest through fold().
 */
export function textTerms(text: string, into: Set<string>, t2s: CharMap = {}): Set<string> {
  const s = foldSpaced(text, t2s);
  let prev = '';
  let wordStart = -1;
  const endWord = (i: number) => {
    if (wordStart >= 0 && i - wordStart >= MIN_WORD) into.add(s.slice(wordStart, i));
    wordStart = -1;
  };
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const han = isHanUnit(code) || (code >= 0xd800 && code <= 0xdbff && HAN.test(s.slice(i, i + 2)));
    if (han) {
      endWord(i);
      const c = code >= 0xd800 && code <= 0xdbff ? s.slice(i, i + 2) : s[i]!;
      if (prev) into.add(prev + c);
      prev = c;
      i += c.length - 1;
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code > 0x7f && !isSpaceUnit(code) && WORD_CHAR.test(s[i]!))) {
      prev = '';
      if (wordStart < 0) wordStart = i;
    } else {
      endWord(i);
      if (!isSpaceUnit(code)) prev = '';
    }
  }
  endWord(s.length);
  return into;
}

/** The key a term is filed under: a bigram itself, a word's first PREFIX letters. */
export function shardKey(term: string): string {
  return HAN.test(term) ? term : term.slice(0, PREFIX);
}

/** Which of `shards` files holds a key (FNV-1a over its UTF-16 units). */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** The index terms a query term is looked up by: a phrase's bigrams, or a word (as a prefix when long enough). */
export function lookups(term: Term): { key: string; match: (t: string) => boolean }[] {
  if (term.kind === 'han') return bigrams(term.text).map((b) => ({ key: b, match: (t: string) => t === b }));
  const w = term.text;
  return [{ key: shardKey(w), match: w.length >= PREFIX ? (t: string) => t.startsWith(w) : (t: string) => t === w }];
}

/** [start, end) ranges of a term in a text, as offsets in the original text. */
export function findTerm(f: Folded, term: Term): [number, number][] {
  const out: [number, number][] = [];
  if (term.kind === 'han') {
    for (let i = f.s.indexOf(term.text); i >= 0; i = f.s.indexOf(term.text, i + 1)) {
      out.push([f.at[i]!, f.at[i + term.text.length - 1]! + 1]);
    }
    return out;
  }
  // A word matches at the start of a word of the text.
  for (let i = f.spaced.indexOf(term.text); i >= 0; i = f.spaced.indexOf(term.text, i + 1)) {
    const before = i > 0 ? f.spaced[i - 1]! : '';
    if (before && WORD_CHAR.test(before) && !HAN.test(before)) continue;
    let end = i + term.text.length;
    while (end < f.spaced.length && WORD_CHAR.test(f.spaced[end]!) && !HAN.test(f.spaced[end]!)) end++;
    if (term.text.length < PREFIX && end !== i + term.text.length) continue;
    out.push([i, end]);
  }
  return out;
}
