/**
 * A tiny SVG element builder that produces strings.
 *
 * Hand-written because the charts are rendered at build time in Node, where there is no DOM
 * (jsdom and friends are not available here), and d3-selection needs one. It is also the one
 * place where untrusted report text (department and project names) meets markup, so it escapes
 * every text node and attribute value itself and refuses the attributes a strict
 * Content-Security-Policy would block (`style`, `on…` handlers).
 *
 * `el` returns a `Markup` value rather than a bare string: a bare string child is always
 * treated as text and escaped, so a name like `<script>` can never be mistaken for markup.
 */

/** Already-built, safe markup. Only `el` and `fragment` create it. */
export class Markup {
  readonly #markup: string;
  /** @internal use `el` or `fragment` */
  constructor(markup: string, token: symbol) {
    if (token !== TOKEN) throw new Error('Markup is created by el() or fragment() only');
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}
const TOKEN = Symbol('markup');

/** A child: markup, text (escaped), a number (rounded), nothing, or a list of these. */
export type Child = Markup | string | number | null | undefined | false | readonly Child[];
/** An attribute value; null, undefined and false leave the attribute out. */
export type AttrValue = string | number | null | undefined | false;
export type Attrs = Readonly<Record<string, AttrValue>>;

const CONTAINERS = new Set(['svg', 'g', 'defs', 'pattern']);
const TAG = /^[a-zA-Z][a-zA-Z0-9]*$/u;
const ATTR = /^[a-zA-Z][a-zA-Z0-9:_.-]*$/u;
// Characters XML 1.0 does not allow at all: keep the SVG well-formed whatever the input holds.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** Escapes & < > " ' and drops characters XML forbids. Used for text and attribute values alike. */
export function escapeXml(s: string): string {
  // Most labels and every coordinate need nothing: one test instead of two replacements (a
  // 15,000-report build escapes tens of millions of them).
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(NOT_XML, '').replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/**
 * A number as an SVG coordinate: at most 2 decimals, no trailing zeros, no "-0", so snapshots
 * are stable. A non-finite number is a bug upstream and throws instead of printing "NaN".
 */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

// Names already checked: charts use a few dozen, millions of times in a large build.
const checkedAttrs = new Set<string>();
const checkedTags = new Set<string>();

function attribute(name: string, value: AttrValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (!checkedAttrs.has(name)) {
    if (!ATTR.test(name)) throw new Error(`bad attribute name: ${JSON.stringify(name)}`);
    // A strict CSP blocks inline style and inline handlers; refuse them here so no chart can emit one.
    if (name.toLowerCase() === 'style' || /^on/iu.test(name)) throw new Error(`attribute not allowed: ${name}`);
    checkedAttrs.add(name);
  }
  return ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
}

/** Children as escaped strings, nested lists flattened, empty ones dropped. */
function flatten(children: readonly Child[], out: string[] = []): string[] {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    let s: string;
    if (c instanceof Markup) s = c.toString();
    else if (typeof c === 'number') s = num(c);
    else if (typeof c === 'string') s = escapeXml(c);
    else {
      flatten(c, out);
      continue;
    }
    if (s !== '') out.push(s);
  }
  return out;
}

/** `el('text', { x: 1.234 }, 'a < b')` is `<text x="1.23">a &lt; b</text>`. */
export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  if (!checkedTags.has(tag)) {
    if (!TAG.test(tag)) throw new Error(`bad tag name: ${JSON.stringify(tag)}`);
    checkedTags.add(tag);
  }
  let a = '';
  for (const k in attrs) if (Object.hasOwn(attrs, k)) a += attribute(k, attrs[k]);
  const parts = flatten(children);
  // Line breaks between the children of containers keep snapshot diffs line-sized; never inside
  // <text>, where whitespace would show.
  const body = parts.join(CONTAINERS.has(tag) ? '\n' : '');
  return new Markup(body === '' ? `<${tag}${a}/>` : `<${tag}${a}>${body}</${tag}>`, TOKEN);
}

/** Several children as one piece of markup, without a wrapping element. */
export function fragment(...children: Child[]): Markup {
  return new Markup(flatten(children).join(''), TOKEN);
}

/** An id safe for attributes and url(#…) references: lower-case letters, digits and hyphens. */
export function safeId(s: string): string {
  const id = s.toLowerCase().replace(/[^a-z0-9-]+/gu, '-').replace(/-+/gu, '-').replace(/^-|-$/gu, '');
  return /^[a-z]/u.test(id) ? id : `c-${id}`;
}
