/**
 * Full-text queries in the browser (and the tests): the shards of the query's terms are
 * fetched (once each), their report lists intersected, and the candidates confirmed in the
 * texts themselves — the verbatim source from `/data/sources/`, the curated record from
 * `/data/reports/<id>.json` — which also gives the matching sentence and where it leads.
 * A phrase of more than two characters is looked up by its bigrams, which a report can hold
 * without holding the phrase: confirming drops those. Keep it free of Node imports.
 */
import type { CharMap } from '../normalise.ts';
import { intersect } from '../keys.ts';
import type { FullTextManifest } from './build.ts';
import { Shard } from './shard.ts';
import { findTerm, fold, lookups, queryTerms, shardKey, shardOf, type Term } from './text.ts';
import { curatedUnits, sourceUnits, type Target, type Unit } from './units.ts';

export interface Snippet {
  /** The sentence (a line of the source, or a field of the record), cut around the hit */
  text: string;
  /** [start, end) of each hit in `text` */
  marks: [number, number][];
  target: Target;
  part: string;
}

export interface TextHit {
  /** Index in the payload's report list */
  report: number;
  id: string;
  snippets: Snippet[];
}

export interface TextResults {
  hits: TextHit[];
  /** Reports whose index holds every term of the query (an upper bound when `exact` is false) */
  candidates: number;
  /** Whether `candidates` counts exactly the reports that contain the query */
  exact: boolean;
}

interface FoldedUnit {
  unit: Unit;
  f: ReturnType<typeof fold>;
}

export interface FullTextSource {
  manifest: FullTextManifest;
  t2s: CharMap;
  reportIds: readonly string[];
  /** What a report is called (department names, place, pinyin, year): searched with its texts */
  reportWords: (r: number) => readonly [department: readonly string[], report: readonly string[]];
  years: readonly number[];
  /** Fetchers relative to the search payload's address */
  fetchBytes: (path: string) => Promise<Uint8Array>;
  fetchText: (path: string) => Promise<string>;
}

export interface FullText {
  search(query: string, limit?: number): Promise<TextResults | null>;
}

/** Most texts fetched to confirm one query's candidates. */
const MAX_CONFIRM = 30;
/** Most candidates ranked by their names (beyond, any order is as good: every report holds the words). */
const RANK_BY_NAME = 2000;
/** Phrases whose absence from reports is remembered. */
const ABSENT_TERMS = 32;
/** Snippets shown per report. */
const SNIPPETS = 2;
/** Characters of context kept before a hit in a long sentence, and the most kept in all. */
const BEFORE = 24;
const SNIPPET_MAX = 96;

export function createFullText(src: FullTextSource): FullText {
  const shards = new Map<number, Promise<Shard>>();
  const shard = (n: number) => {
    let s = shards.get(n);
    if (!s) {
      s = src.fetchBytes(`ft/${n}.bin`).then((b) => new Shard(b, src.manifest.reports));
      s.catch(() => shards.delete(n));
      shards.set(n, s);
    }
    return s;
  };
  // Texts fetched, cut into units and folded once each: typing a phrase confirms the same
  // candidates at every keystroke.
  const texts = new Map<string, Promise<FoldedUnit[]>>();
  const cached = (path: string, parse: (t: string) => Unit[]) => {
    let u = texts.get(path);
    if (!u) {
      u = src.fetchText(path).then((t) => parse(t).map((unit) => ({ unit, f: fold(unit.text, src.t2s) })));
      u.catch(() => texts.delete(path));
      texts.set(path, u);
    }
    return u;
  };
  const sourceOf = (r: number) => cached(`../data/sources/${src.manifest.sources[String(r)] ?? `${src.reportIds[r]}.txt`}`, sourceUnits);
  const recordOf = (r: number) => cached(`../data/reports/${src.reportIds[r]}.json`, (t) => curatedUnits(JSON.parse(t) as Record<string, unknown>));
  // What a report is called, folded: its department's words once per department.
  const folded = new WeakMap<readonly string[], ReturnType<typeof fold>>();
  const foldWords = (words: readonly string[]) => {
    let f = folded.get(words);
    if (!f) {
      f = fold(words.join(' | '), src.t2s);
      folded.set(words, f);
    }
    return f;
  };
  const own = new Map<number, ReturnType<typeof fold>>();
  const meta = (r: number) => {
    const [department, report] = src.reportWords(r);
    let f = own.get(r);
    if (!f) {
      f = fold(report.join(' | '), src.t2s);
      own.set(r, f);
    }
    return [foldWords(department), f];
  };
  const inMeta = (r: number, t: Term) => meta(r).some((f) => findTerm(f, t).length > 0);

  /** Phrases confirmed absent from reports (most recent ABSENT_TERMS phrases) */
  const absent = new Map<string, Set<number>>();
  let lastHits = new Set<number>();

  /** The reports whose index holds a term: a phrase's bigrams intersected, a word's completions united. */
  async function reportsWith(term: Term): Promise<number[]> {
    let result: number[] | null = null;
    for (const l of lookups(term)) {
      const s = await shard(shardOf(shardKey(l.key), src.manifest.shards));
      let ids: number[];
      if (term.kind === 'han') ids = s.get(l.key);
      else {
        const lists = [...s.terms()].filter(l.match).map((t) => s.get(t));
        ids = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => a - b);
      }
      result = result === null ? ids : intersect(result, ids);
      if (result.length === 0) break;
    }
    return result ?? [];
  }

  /** Confirms a candidate: its snippets when every term is in its texts, else null. */
  async function confirm(r: number, terms: readonly Term[]): Promise<TextHit | null> {
    const found = new Set<number>();
    terms.forEach((t, k) => {
      if (inMeta(r, t)) found.add(k);
    });
    // Every word in what the result shows of the report (白云 2021, 广州: its name, year,
    // department) or, typed in letters, a name of its department (guangzhou baiyun, gz,
    // haidong: pinyin, initials, English): the result itself says why it is there, so no text
    // is fetched for a sentence. At a name's second character (广州, 日喀) reading two texts for
    // each of ten reports was the slowest keystroke of all, and found the name again in their
    // first lines. Chinese words only in another name of the department (an alias) are looked
    // for in the texts, whose sentence then shows them where they hold one (the alias alone
    // still makes the report a hit, without a sentence).
    const [department, shown] = meta(r);
    if (terms.every((t) => findTerm(shown!, t).length > 0 || (t.kind === 'word' && findTerm(department!, t).length > 0))) {
      return { report: r, id: src.reportIds[r]!, snippets: [] };
    }
    const scored: { unit: Unit; marks: [number, number][]; n: number; order: number }[] = [];
    const look = (units: readonly FoldedUnit[], order: number) => {
      units.forEach(({ unit, f }, i) => {
        const marks: [number, number][] = [];
        let n = 0;
        terms.forEach((t, k) => {
          const at = findTerm(f, t);
          if (at.length > 0) {
            found.add(k);
            n++;
            marks.push(...at);
          }
        });
        if (n > 0) scored.push({ unit, marks, n, order: order + i });
      });
    };
    // English is in the curated record (translations); Chinese and numbers mostly in the
    // source text, which is also the smaller file (a year being typed after a name, 白云 20,
    // reads the source first). Words the department's names hold in a form the result does
    // not show (an alias: 投促) are looked for in the record first, as measured: at 15,000
    // reports 投促 took 35 ms so against 80-85 ms reading the source first (docs/benchmark.md).
    const english = terms.every((t, k) => found.has(k) || (t.kind === 'word' && /\p{L}/u.test(t.text)));
    const order = english ? [recordOf, sourceOf] : [sourceOf, recordOf];
    for (const [i, load] of order.entries()) {
      if (found.size === terms.length && scored.length > 0) break;
      look(await load(r), i * 100_000);
    }
    if (found.size < terms.length) {
      // Remember which phrases this report does not hold (both its texts were read).
      terms.forEach((t, k) => {
        if (found.has(k) || t.kind !== 'han') return;
        let reports = absent.get(t.text);
        if (!reports) {
          if (absent.size >= ABSENT_TERMS) absent.delete(absent.keys().next().value!);
          reports = new Set();
          absent.set(t.text, reports);
        }
        reports.add(r);
      });
      return null;
    }
    scored.sort((a, b) => b.n - a.n || a.order - b.order);
    return { report: r, id: src.reportIds[r]!, snippets: scored.slice(0, SNIPPETS).map((s) => snippet(s.unit, s.marks)) };
  }

  return {
    async search(query, limit = 10) {
      const terms = queryTerms(query, src.t2s);
      if (terms.length === 0) return null;
      let candidates: number[] | null = null;
      // Rarest first would need every list; the terms are few, so simply in order.
      for (const t of terms) {
        const ids = await reportsWith(t);
        candidates = candidates === null ? ids : intersect(candidates, ids);
        if (candidates.length === 0) break;
      }
      // Reports already found not to hold a part of a phrase cannot hold the phrase (typing
      // 工作主要依 then 工作主要依靠): they are left out before any text is read again.
      const ruledOut = new Set<number>();
      for (const t of terms) {
        if (t.kind !== 'han') continue;
        for (const [part, reports] of absent) if (t.text.includes(part)) for (const r of reports) ruledOut.add(r);
      }
      const all = ruledOut.size > 0 ? (candidates ?? []).filter((r) => !ruledOut.has(r)) : candidates ?? [];
      const exact = terms.every((t) => t.kind === 'word' || [...t.text].length <= 2);
      // Reports whose own names hold the query's words first (白云 2021: Baiyun's 2021
      // report before a report that mentions Baiyun), then those the previous query found
      // (the same phrase typed further), then the newest.
      const named = (r: number) => terms.filter((t) => inMeta(r, t)).length;
      const ranked = all.length <= RANK_BY_NAME ? all.map((r) => ({ r, n: named(r) })) : all.map((r) => ({ r, n: 0 }));
      const before = (r: number) => (lastHits.has(r) ? 1 : 0);
      ranked.sort((a, b) => b.n - a.n || before(b.r) - before(a.r) || (src.years[b.r] ?? 0) - (src.years[a.r] ?? 0) || a.r - b.r);
      const hits: TextHit[] = [];
      let tried = 0;
      // A batch of texts at a time; when many candidates were not confirmed (a phrase whose
      // characters are common apart), the next batch is as large as the rate suggests.
      let size = limit;
      while (hits.length < limit && tried < ranked.length && tried < MAX_CONFIRM) {
        const batch = ranked.slice(tried, Math.min(tried + size, MAX_CONFIRM));
        tried += batch.length;
        const confirmed = await Promise.all(batch.map(({ r }) => confirm(r, terms)));
        for (const h of confirmed) if (h && hits.length < limit) hits.push(h);
        const rate = Math.max(hits.length / tried, 0.1);
        size = Math.ceil((limit - hits.length) / rate);
      }
      lastHits = new Set(hits.map((h) => h.report));
      return { hits, candidates: all.length, exact };
    },
  };
}

/** The unit's text around its first hit, at most SNIPPET_MAX characters, with the hits inside it. */
function snippet(unit: Unit, marks: [number, number][]): Snippet {
  const sorted = [...marks].sort((a, b) => a[0] - b[0]);
  const text = unit.text;
  const first = sorted[0]?.[0] ?? 0;
  let start = text.length <= SNIPPET_MAX ? 0 : Math.max(0, first - BEFORE);
  const end = Math.min(text.length, start + SNIPPET_MAX);
  if (end - start < SNIPPET_MAX) start = Math.max(0, end - SNIPPET_MAX);
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const shift = pre.length - start;
  const kept = sorted.filter(([a, b]) => a >= start && b <= end).map(([a, b]): [number, number] => [a + shift, b + shift]);
  const merged: [number, number][] = [];
  for (const [a, b] of kept) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return { text: `${pre}${text.slice(start, end)}${post}`, marks: merged, target: unit.target, part: unit.part };
}
