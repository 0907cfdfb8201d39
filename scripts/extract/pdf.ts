/**
 * A PDF's text layer as text: pdfjs-dist reads the glyph runs and the rules the PDF draws, and
 * `pdf-layout.ts` rebuilds lines, table rows and paragraphs from their positions. The text is
 * kept as printed (look-alike code points such as ⾃ included: `fold.ts` folds them for reading
 * only). A PDF without a text layer (scanned pages) is refused: it needs OCR first.
 */
import { createHash } from 'node:crypto';
import { getDocument, OPS, version } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPages, type Glyph, type PageContent, type Rule } from './pdf-layout.ts';

/** A PDF whose text cannot be read (no text layer, damaged, encrypted). */
export class PdfError extends Error {}

export interface PdfText {
  text: string;
  pages: number;
  /** SHA-256 of the PDF's bytes */
  sha256: string;
  /** The pdfjs-dist version that read it */
  reader: string;
}

/** Fewer visible characters per page than this: the pages are images, not text. */
const MIN_CHARS_PER_PAGE = 10;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

/** The bounding boxes of the shapes a page draws, in page coordinates; a stroked box gives its four edges. */
function rulesOf(fnArray: number[], argsArray: unknown[]): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      const op = args[0] as number;
      const box = args[2] as ArrayLike<number> | null;
      if (!box || (!STROKES.has(op) && !FILLS.has(op))) continue;
      const corners = [apply(ctm, box[0]!, box[1]!), apply(ctm, box[2]!, box[3]!), apply(ctm, box[0]!, box[3]!), apply(ctm, box[2]!, box[1]!)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      const r = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
      const thin = r.x1 - r.x0 <= 2.5 || r.y1 - r.y0 <= 2.5;
      if (thin) rules.push(r);
      else if (STROKES.has(op)) {
        rules.push({ ...r, x1: r.x0 }, { ...r, x0: r.x1 }, { ...r, y1: r.y0 }, { ...r, y0: r.y1 });
      }
    }
  }
  return rules;
}

/** Reads a PDF's text layer. Throws PdfError for a PDF without one, or one pdfjs cannot open. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw new PdfError(`not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const pages: PageContent[] = [];
    let visible = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const glyphs: Glyph[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = item.transform as Matrix;
        // Horizontal text only: rotated runs (a stamp, a margin note) are left out.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
        visible += item.str.replace(/\s+/gu, '').length;
        glyphs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.abs(d) || Math.abs(a) });
      }
      const ops = await page.getOperatorList();
      const rules = rulesOf(ops.fnArray, ops.argsArray).map((r) => ({ x0: r.x0 - x0, y0: r.y0 - y0, x1: r.x1 - x0, y1: r.y1 - y0 }));
      pages.push({ width: x1 - x0, height: y1 - y0, glyphs, rules });
      page.cleanup();
    }
    if (visible < MIN_CHARS_PER_PAGE * Math.max(1, doc.numPages)) {
      throw new PdfError(`the PDF has no text layer (${visible} characters of text on ${doc.numPages} page${doc.numPages === 1 ? '' : 's'}): it looks like scanned images; run OCR on it first and extract from the OCR text`);
    }
    return { text: layoutPages(pages), pages: doc.numPages, sha256, reader: `pdfjs-dist ${version}` };
  } finally {
    await task.destroy();
  }
}
