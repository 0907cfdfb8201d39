/**
 * Candidate keys: which records a query can possibly match, so that Fuse scores a few
 * hundred records per keystroke instead of every one of 20,000.
 *
 * A key is a Han character, or a prefix of a Latin word or number. A record is listed under
 * every key of its searchable text; a query looks at the records under its rarest keys.
 * Fuse's fuzzy matching still decides and ranks: the keys only rule out records that share
 * nothing with the query. What this gives up: a Latin typo in the first two letters of
 * every word ("vaiyun"), one-letter Latin queries, and a Chinese query none of whose
 * characters is right.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Longest word prefix used as a key: long enough to narrow "jiangmen" to a few dozen records. */
const MAX_PREFIX = 6;

/**
 * The keys of a (normalised) record text: each Han character, and every prefix of 2 to
 * MAX_PREFIX letters of each Latin word or number. One letter is no key: a one-letter query
 * would have to score nearly everything.
 */
export function textKeys(text: string, into: Set<string> = new Set()): Set<string> {
  for (const c of text) if (HAN.test(c)) into.add(c);
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/\p{Script=Han}/gu, '');
    for (let n = 2; n <= Math.min(MAX_PREFIX, w.length); n++) into.add(w.slice(0, n));
  }
  return into;
}

/**
 * The keys a query looks under: its Han characters, and for each Latin word the longest
 * prefix (up to MAX_PREFIX) that some record has — so a typo late in a word ("baiyn") still
 * finds the records of the word's intact start ("baiy").
 */
export function queryKeys(query: string, postings: PostingsView): string[] {
  const keys: string[] = [];
  for (const c of query) if (HAN.test(c)) keys.push(c);
  for (const m of query.matchAll(WORD)) {
    const w = m[0].replace(/\p{Script=Han}/gu, '');
    for (let n = Math.min(MAX_PREFIX, w.length); n >= 2; n--) {
      if (postings.has(w.slice(0, n))) {
        keys.push(w.slice(0, n));
        break;
      }
    }
  }
  return keys;
}

/** Record ids per key. */
export type Postings = Map<string, number[]>;

/** What candidates() reads: the record ids under a key (a Map, or a merged view of two). */
export interface PostingsView {
  get(key: string): readonly number[] | undefined;
  has(key: string): boolean;
}

/**
 * Postings built record by record, each record's strings normalised by `normalise` (the
 * identity by default) before their keys are taken; ids must be added in increasing order.
 */
export function postingsBuilder(normalise: (s: string) => string = (s) => s): { postings: Postings; add(id: number, strings: readonly string[]): void } {
  const postings: Postings = new Map();
  // Most strings repeat across records (a department's place names and pinyin are on each
  // of its reports, years and kind words on thousands): each string's posting lists are
  // found once, and a record is then appended to them directly.
  const memo = new Map<string, number[][]>();
  const listsOf = (s: string): number[][] => {
    let lists = memo.get(s);
    if (!lists) {
      lists = [...textKeys(normalise(s))].map((k) => {
        let list = postings.get(k);
        if (!list) {
          list = [];
          postings.set(k, list);
        }
        return list;
      });
      memo.set(s, lists);
    }
    return lists;
  };
  return {
    postings,
    add(id, strings) {
      for (const s of strings) {
        for (const list of listsOf(s)) {
          // Ids arrive in order: a key already given this record ends with it.
          if (list[list.length - 1] !== id) list.push(id);
        }
      }
    },
  };
}

export function buildPostings(texts: readonly (readonly string[])[], normalise?: (s: string) => string): Postings {
  const b = postingsBuilder(normalise);
  texts.forEach((strings, id) => b.add(id, strings));
  return b.postings;
}

/** Two postings (of disjoint records) read as one: each key's lists merged in order. */
export function mergedPostings(a: Postings, b: Postings): PostingsView {
  return {
    has: (k) => a.has(k) || b.has(k),
    get(k) {
      const x = a.get(k);
      const y = b.get(k);
      if (!x || !y) return x ?? y;
      const out: number[] = [];
      let i = 0;
      let j = 0;
      while (i < x.length && j < y.length) out.push(x[i]! < y[j]! ? x[i++]! : y[j++]!);
      return out.concat(x.slice(i), y.slice(j));
    },
  };
}

/**
 * Most records the further keys of a short query may add. Small: they are there for a typo
 * (one wrong character of two); the common keys of a long query ("阿坝藏族羌族自治州金川县
 * 投资促进局": 投, 局) would only add hundreds of records.
 */
const UNION_CAP = 150;
/** Keys from which a query counts as long. */
const LONG_QUERY_KEYS = 4;

/**
 * The records to score for a query, as sorted ids (none when no key of the query is known):
 * - a short query: those under its rarest key, and under its next rarest keys as long as the
 *   union stays within `unionCap` (a typo in one character then still finds the record
 *   through another);
 * - a long one (LONG_QUERY_KEYS keys or more): those under both of its two rarest keys;
 * - when even the rarest key has more than `cap` records: those that also have the other
 *   keys, at most `cap` of them.
 */
export function candidates(postings: PostingsView, query: string, cap: number, unionCap = UNION_CAP): number[] {
  const lists = queryKeys(query, postings).map((k) => postings.get(k)).filter((l): l is readonly number[] => l !== undefined).sort((a, b) => a.length - b.length);
  if (lists.length === 0) return [];
  let chosen = lists[0]!;
  if (chosen.length > cap) {
    // Common keys (广 of every Guangdong record, 投 of every bureau): narrow by the query's
    // other keys (广州: records with both) before falling back to the first `cap` — such a
    // general query cannot rank thousands of records anyway (departments come first).
    for (const list of lists.slice(1)) {
      if (chosen.length <= cap) break;
      const narrowed = intersect(chosen, list);
      if (narrowed.length > 0) chosen = narrowed;
    }
    return chosen.slice(0, cap);
  }
  // A long query's rarest keys are right (a typo spares most of its characters): the
  // records with both of the two rarest, no union.
  if (lists.length >= LONG_QUERY_KEYS) {
    const both = intersect(chosen, lists[1]!);
    return both.length > 0 ? both : [...chosen];
  }
  const union = new Set<number>(chosen);
  for (const list of lists.slice(1)) {
    if (union.size + list.length > unionCap) break;
    for (const id of list) union.add(id);
  }
  return [...union].sort((a, b) => a - b);
}

/** Ids in both sorted lists. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}
