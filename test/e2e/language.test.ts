/**
 * Each page speaks its own language. Every built page (both languages) is scanned for
 *
 * - the other language's interface strings, taken from the message tables
 *   (src/lib/site/messages/zh.ts, en.ts: every string, and the fixed parts of every function);
 * - internal field names (the columns of the published tables and the curated files, the figure
 *   keys) and `field=value` forms such as `legible=false`;
 * - on English pages, any Chinese character; on Chinese pages, any run of three English words
 *
 * in text a reader sees (text nodes, <title>, title/aria-label/alt/placeholder), leaving out text
 * marked as the other language (lang="zh-CN" on English pages: originals and report text not yet
 * translated; lang="en" on Chinese pages) and code. Text quoted verbatim from the data's history
 * (`[data-verbatim]`: a corrected value as it was, a commit's reason as given) is still checked
 * for its language marking, but not for field names: the record of corrections must show a note
 * that once named a field as it read. English pages also say how many of their
 * report texts are not yet translated, and that count is the number of texts marked so.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';
import { en } from '../../src/lib/site/messages/en.ts';
import { zh } from '../../src/lib/site/messages/zh.ts';
import { TABLES, TABLE_NAMES } from '../../src/lib/data/tables.ts';
import { BUDGET_LINE_FILE, DEPARTMENT_FILE, FIGURE_KEYS, GLOSSARY_COLUMNS, INDICATOR_FILE, SOURCE_FILE } from '../../src/lib/data/schema.ts';

type Lang = 'zh' | 'en';

// ── The lists, derived from the code ─────────────────────────────────────────────────────

const MARK = '\u0001';
/** Every string of a message table: strings as they are, functions by their fixed parts. */
function messageStrings(table: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      const f = v as (...args: unknown[]) => unknown;
      // Called with a marker in every argument (a number where the text does arithmetic), then cut at the markers.
      for (const arg of [MARK, 7919]) {
        try {
          const r = f(...Array.from({ length: Math.max(f.length, 1) }, () => arg));
          if (typeof r === 'string') out.push(...r.split(new RegExp(`${MARK}|7919|7,919|NaN`, 'u')));
        } catch {
          // a function that needs another kind of argument: the other call covers it
        }
      }
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(table);
  return out.map((s) => s.trim()).filter(Boolean);
}

const zhStrings = new Set(messageStrings(zh));
const enStrings = new Set(messageStrings(en));
/** English interface strings a Chinese page must not show: those with a real word in them, and not in the Chinese table too. */
const ENGLISH_UI = [...enStrings].filter((s) => /[A-Za-z]{3}/u.test(s) && s.replace(/[^A-Za-z]/gu, '').length >= 4 && !zhStrings.has(s) && !/\p{Script=Han}/u.test(s));
/** Chinese interface strings an English page must not show (any Chinese character there is found too). */
const CHINESE_UI = [...zhStrings].filter((s) => (s.match(/\p{Script=Han}/gu) ?? []).length >= 3 && !enStrings.has(s));

/** Internal field names: every column and figure key with an underscore (names like `name` are words). */
const FIELD_NAMES = [...new Set([
  ...TABLE_NAMES.flatMap((t) => TABLES[t].columns.map((c) => c.name)),
  ...INDICATOR_FILE.columns, ...BUDGET_LINE_FILE.columns, ...DEPARTMENT_FILE.columns, ...SOURCE_FILE.columns, ...GLOSSARY_COLUMNS,
  ...FIGURE_KEYS,
])].filter((c) => c.includes('_'));

// ── The scan ─────────────────────────────────────────────────────────────────────────────

const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEMPLATE']);
const READ_ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder'];

interface Piece { text: string; marked: boolean; verbatim: boolean }

/** The text of a page a reader sees, each piece with whether it is marked as the other language. */
function pieces(root: HTMLElement, lang: Lang): Piece[] {
  const other = lang === 'en' ? 'zh' : 'en';
  const out: Piece[] = [];
  const walk = (n: Node, effective: string, verbatim = false): void => {
    if (n.nodeType === 3) {
      const text = n.textContent.trim();
      if (text) out.push({ text, marked: effective.startsWith(other), verbatim });
      return;
    }
    const el = n as HTMLElement;
    if (el.tagName && SKIP.has(el.tagName)) return;
    // What a browser without JavaScript shows: the parser keeps <noscript> as raw text.
    if (el.tagName === 'NOSCRIPT') {
      walk(parse(el.rawText), el.getAttribute('lang') ?? effective, verbatim);
      return;
    }
    const here = el.getAttribute?.('lang') ?? effective;
    const quoted = verbatim || el.hasAttribute?.('data-verbatim') === true;
    for (const a of READ_ATTRIBUTES) {
      const v = el.getAttribute?.(a);
      if (v) out.push({ text: v, marked: here.startsWith(other), verbatim: quoted });
    }
    for (const c of el.childNodes) walk(c, here, quoted);
  };
  const html = root.querySelector('html');
  walk(root, html?.getAttribute('lang') ?? lang);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const ENGLISH_UI_RE = ENGLISH_UI.map((s) => ({ s, re: new RegExp(`(?<![A-Za-z])${escape(s)}(?![A-Za-z])`, 'u') }));
const FIELD_RE = FIELD_NAMES.map((f) => ({ f, re: new RegExp(`(?<![A-Za-z0-9_])${escape(f)}(?![A-Za-z0-9_])`, 'u') }));

/** What is wrong with a page's language, one line per finding. */
export function scanPage(html: string, lang: Lang): string[] {
  const found = new Set<string>();
  for (const { text, marked, verbatim } of pieces(parse(html), lang)) {
    if (!verbatim) for (const { f, re } of FIELD_RE) if (re.test(text)) found.add(`field name "${f}" in “${text.slice(0, 80)}”`);
    const assignment = /\b[a-z]+(?:_[a-z]+)*=(?:true|false|null)\b/u.exec(text);
    if (assignment && !verbatim) found.add(`field value "${assignment[0]}" in “${text.slice(0, 80)}”`);
    if (marked) continue;
    if (lang === 'zh') {
      // File names and paths (reports.csv, sources/x.txt) are names, not words.
      const words = text.replace(/[\w./-]*[\w-]+\.(?:csv|json|txt|xml)\b|[\w.-]+\/[\w./-]*/gu, ' ');
      for (const { s, re } of ENGLISH_UI_RE) if (re.test(words)) found.add(`English interface string “${s}” in “${text.slice(0, 80)}”`);
      const run = /[A-Za-z]{2,}(?:[ ,’'-]+[A-Za-z]{2,}){2,}/u.exec(words);
      if (run) found.add(`English words “${run[0]}” in “${text.slice(0, 80)}”`);
    } else {
      for (const s of CHINESE_UI) if (text.includes(s)) found.add(`Chinese interface string “${s}” in “${text.slice(0, 80)}”`);
      if (/\p{Script=Han}/u.test(text)) found.add(`Chinese text not marked lang="zh-CN": “${text.slice(0, 80)}”`);
    }
  }
  return [...found];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

const files = htmlFiles(SITE_DIR).map((f) => f.slice(SITE_DIR.length));
const langOf = (rel: string): Lang => (rel.startsWith('/en/') ? 'en' : 'zh');

describe('the lists the scan uses', () => {
  it('come from the message tables and the column lists', () => {
    // Strings the issue found on Chinese pages, and their English UI source, are in the lists.
    expect(ENGLISH_UI).toContain('not assessed');
    expect(ENGLISH_UI).toContain('not yet translated');
    expect(CHINESE_UI).toContain('未报告');
    expect(FIELD_NAMES).toEqual(expect.arrayContaining(['spent_wan', 'stated_met', 'name_en']));
    expect(ENGLISH_UI.length).toBeGreaterThan(150);
    expect(CHINESE_UI.length).toBeGreaterThan(150);
  });

  it('can fail: each kind of leak is found, and marked text is left alone', () => {
    const page = (lang: Lang, body: string) => `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><title>x</title></head><body>${body}</body></html>`;
    expect(scanPage(page('zh', '<p>2 (+1 not assessed)</p>'), 'zh')).toEqual(['English interface string “not assessed” in “2 (+1 not assessed)”']);
    expect(scanPage(page('zh', '<p>120.84% (120.83% when truncated instead of rounded)</p>'), 'zh')).toEqual(['English words “when truncated instead of rounded” in “120.84% (120.83% when truncated instead of rounded)”']);
    expect(scanPage(page('zh', '<p>标为legible=false，保留原文</p>'), 'zh')).toEqual(['field value "legible=false" in “标为legible=false，保留原文”']);
    expect(scanPage(page('en', '<p>the stated_met column</p>'), 'en')).toEqual(['field name "stated_met" in “the stated_met column”']);
    expect(scanPage(page('en', '<td>未报告</td>'), 'en')).toEqual(['Chinese interface string “未报告” in “未报告”', 'Chinese text not marked lang="zh-CN": “未报告”']);
    expect(scanPage(page('en', '<td title="完成策划方案">x</td>'), 'en')).toEqual(['Chinese text not marked lang="zh-CN": “完成策划方案”']);
    expect(scanPage(page('en', '<td>Planning <span lang="zh-CN">完成策划方案</span></td>'), 'en')).toEqual([]);
    expect(scanPage(page('zh', '<p>名称 <span lang="en">Investment Promotion Bureau of Baiyun District</span></p>'), 'zh')).toEqual([]);
    expect(scanPage(page('zh', '<code>budget_final_wan</code>'), 'zh')).toEqual([]);
    // A value quoted from the history keeps its words, but is still held to its language marking.
    expect(scanPage(page('en', '<del lang="zh-CN" data-verbatim>stated_met留空</del>'), 'en')).toEqual([]);
    expect(scanPage(page('en', '<p data-verbatim>legible=false 乱码</p>'), 'en')).toEqual(['Chinese text not marked lang="zh-CN": “legible=false 乱码”']);
  });
});

describe('every built page speaks its own language', () => {
  it('covers every page of both languages', () => {
    expect(files.filter((f) => langOf(f) === 'en').length).toBeGreaterThanOrEqual(20);
    expect(files.filter((f) => langOf(f) === 'zh').length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [f]))('%s', (rel) => {
    expect(scanPage(readFileSync(join(SITE_DIR, rel), 'utf8'), langOf(rel)).join('\n')).toBe('');
  });
});

describe('untranslated texts, counted', () => {
  const pages = files.map((rel) => ({ rel, root: parse(readFileSync(join(SITE_DIR, rel), 'utf8')) }));

  it.each(pages.filter((p) => p.root.querySelector('[data-testid="translation-note"]')).map((p) => [p.rel, p]))('%s says how many of its texts are not yet translated', (_rel, p) => {
    const note = p.root.querySelector('[data-testid="translation-note"]')!;
    const marked = new Set(p.root.querySelectorAll('[data-untranslated]').map((e) => e.textContent));
    expect(Number(note.getAttribute('data-untranslated-count'))).toBe(marked.size);
  });

  it('English report and department pages of the real reports read in English: the note says 0, every original is a step away', () => {
    const english = pages.filter((p) => /^\/en\/(?:reports|departments)\/[^/]+\/index\.html$/u.test(p.rel));
    expect(english.length).toBeGreaterThanOrEqual(10);
    for (const p of english) {
      expect(p.root.querySelector('[data-testid="translation-note"]')?.getAttribute('data-untranslated-count'), p.rel).toBe('0');
      expect(p.root.querySelectorAll('[data-untranslated]'), p.rel).toHaveLength(0);
      expect(p.root.querySelectorAll('.zh-original, .zh-original-inline').length, p.rel).toBeGreaterThan(0);
      for (const o of p.root.querySelectorAll('.zh-original, .zh-original-inline')) {
        const marked = o.getAttribute('lang') ?? o.querySelector('[lang]')?.getAttribute('lang');
        expect(marked, `${p.rel}: ${o.toString().slice(0, 80)}`).toBe('zh-CN');
      }
    }
  });

  it('Chinese pages show no translation, no note and no originals', () => {
    for (const p of pages.filter((x) => langOf(x.rel) === 'zh')) {
      expect(p.root.querySelectorAll('[data-testid="translation-note"], .zh-original, .zh-original-inline, [data-untranslated]'), p.rel).toHaveLength(0);
    }
  });
});
