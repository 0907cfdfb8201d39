/**
 * Text normalisation for report text extracted from PDFs.
 *
 * Hand-written because the damage is specific to these documents (spaced-out CJK, stray
 * markdown and HTML from the extractor); the character mapping itself is Unicode NFKC.
 */

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');
const SPACE_CJK_DIGIT = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+(?=[0-9])|(?<=[0-9%])[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');

/** A space written as an HTML character reference, which a page's text may keep (`&nbsp;`, `&#12288;`). */
const SPACE_REFERENCE = /&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#12288|#x3000);/giu;

/** Removes every whitespace character (and a space written as a character reference): the form in which quotes are matched against sources. */
export function compact(s: string): string {
  return s.replace(/\s+/gu, '').replace(SPACE_REFERENCE, '');
}

/**
 * Full-width digits, letters and punctuation (U+FF01–U+FF5E) to their ASCII forms, the
 * ideographic space to a space, ㎡ to m². Not NFKC: that would also turn m² into m2.
 */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ')
    .replace(/㎡/gu, 'm²');
}

/**
 * Removes extraction debris: the formatting tags a PDF-to-text tool leaves (`<b>2000</b>`),
 * markdown emphasis and heading marks. Only those tags: anything else that looks like markup
 * (`<script>`, `<img …>`) is the report's text and is kept, to be shown as text.
 */
const DEBRIS_TAG = /<\/?(?:b|i|u|em|strong|sup|sub|span|font|br|p)(?:\s[^<>]*)?\/?>/giu;
export function stripMarkup(s: string): string {
  return s
    .replace(DEBRIS_TAG, '')
    .replace(/\*\*/gu, '')
    .replace(/^\s*#{1,6}\s+/gmu, '')
    .replace(/^\s*-\s+/gmu, '');
}

/**
 * Readable text for display: markup removed, spaced-out CJK characters joined, line breaks
 * inside a paragraph removed, runs of spaces collapsed. The characters themselves are kept
 * (no half-width mapping): the page shows what the report printed.
 */
export function cleanText(s: string): string {
  return stripMarkup(s)
    .replace(/\s*\n\s*/gu, '')
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(SPACE_CJK_DIGIT, '')
    .replace(/[ \t\u00a0]+/gu, ' ')
    .trim();
}
