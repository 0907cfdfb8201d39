import { describe, expect, it } from 'vitest';
import { parse, valid } from 'node-html-parser';
import { el, escapeXml, fragment, Markup, num, safeId } from '../../src/lib/charts/svg.ts';
import { HOSTILE } from './helpers.ts';

describe('el', () => {
  it('builds an element with attributes and children', () => {
    expect(el('g', { class: 'a' }, el('rect', { x: 1, y: 2.345 }), 'hi').toString()).toBe('<g class="a"><rect x="1" y="2.35"/>\nhi</g>');
    expect(el('text', {}, el('tspan', {}, 'a'), el('tspan', {}, 'b')).toString()).toBe('<text><tspan>a</tspan><tspan>b</tspan></text>');
  });

  it('leaves out null, undefined and false attributes and children', () => {
    expect(el('g', { a: null, b: undefined, c: false, d: 0 }, null, false, undefined).toString()).toBe('<g d="0"/>');
  });

  it('flattens nested child arrays', () => {
    expect(el('g', {}, [el('line'), [el('circle'), 'x']]).toString()).toBe('<g><line/>\n<circle/>\nx</g>');
    expect(el('text', {}, ['a', ['b']]).toString()).toBe('<text>ab</text>');
  });

  it('escapes a <script> in text so it stays text', () => {
    const s = el('text', {}, HOSTILE.script).toString();
    expect(s).toBe('<text>&lt;script&gt;alert(1)&lt;/script&gt;</text>');
    const parsed = parse(s);
    expect(parsed.querySelector('script')).toBeNull();
    expect(parsed.querySelector('text')?.text).toBe(HOSTILE.script);
  });

  it('escapes a value that tries to close its attribute and open an <img>', () => {
    const s = el('text', { 'data-name': HOSTILE.attr }, HOSTILE.attr).toString();
    expect(s).not.toContain('<img');
    expect(s).toBe('<text data-name="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</text>');
    expect(valid(s)).toBe(true);
    const node = parse(s).querySelector('text');
    expect(node?.getAttribute('data-name')).toBe(HOSTILE.attr);
    expect(Object.keys(node?.attributes ?? {})).toEqual(['data-name']);
    expect(parse(s).querySelector('img')).toBeNull();
  });

  it('drops a character XML forbids from a string that has nothing else to escape', () => {
    expect(escapeXml('a\u0001b\uFFFEc')).toBe('abc');
    expect(el('text', { 'aria-label': 'x\u0008y' }, 'p\u001Fq').toString()).toBe('<text aria-label="xy">pq</text>');
  });

  it("escapes all five of & < > \" ' and drops characters XML forbids", () => {
    expect(escapeXml(HOSTILE.mixed)).toBe('Tom &amp; Jerry&#39;s &quot;&lt;b&gt;bold&lt;/b&gt;&quot; ');
  });

  it('does not double-escape markup built by el', () => {
    expect(el('g', {}, el('text', {}, 'a & b')).toString()).toBe('<g><text>a &amp; b</text></g>');
  });

  it('treats a plain string child as text even if it looks like markup', () => {
    expect(el('g', {}, '<rect/>').toString()).toBe('<g>&lt;rect/&gt;</g>');
  });

  it('refuses a style attribute and event handlers (CSP)', () => {
    expect(() => el('rect', { style: 'fill:red' })).toThrow(/not allowed/u);
    expect(() => el('rect', { onclick: 'x()' })).toThrow(/not allowed/u);
    expect(() => el('rect', { OnLoad: 'x()' })).toThrow(/not allowed/u);
    // Refused every time, not only the first (names that passed are remembered, refused ones not).
    expect(() => el('rect', { onclick: 'x()' })).toThrow(/not allowed/u);
    expect(() => el('bad tag')).toThrow(/bad tag name/u);
    expect(() => el('bad tag')).toThrow(/bad tag name/u);
  });

  it('refuses tag and attribute names that could inject markup', () => {
    expect(() => el('g onload=x', {})).toThrow(/bad tag/u);
    expect(() => el('g', { 'a="1" onload': 'x' })).toThrow(/bad attribute/u);
  });

  it('refuses to print NaN or Infinity as a coordinate', () => {
    expect(() => el('rect', { x: Number.NaN })).toThrow(/finite/u);
    expect(() => el('rect', { x: Infinity })).toThrow(/finite/u);
  });

  it('cannot be forged: Markup is created by el() and fragment() only', () => {
    expect(() => new Markup('<script/>', Symbol('markup'))).toThrow();
    expect(fragment('<b>', el('g')).toString()).toBe('&lt;b&gt;<g/>');
  });
});

describe('num', () => {
  it('rounds to 2 decimals without trailing zeros or negative zero', () => {
    expect(num(1.005)).toBe('1');
    expect(num(2.345678)).toBe('2.35');
    expect(num(10)).toBe('10');
    expect(num(-0.001)).toBe('0');
  });
});

describe('safeId', () => {
  it('keeps ids to lower-case letters, digits and hyphens, starting with a letter', () => {
    expect(safeId('Trend guangzhou-baiyun zh')).toBe('trend-guangzhou-baiyun-zh');
    expect(safeId(HOSTILE.attr)).toBe('img-src-x-onerror-alert-1');
    expect(safeId('2021')).toBe('c-2021');
  });
});
