/**
 * One shard of the full-text index as bytes: the terms filed under it, each with the reports
 * (by index in the search payload's report list) whose text holds it. Written at build time,
 * read in the browser; keep it free of Node imports.
 *
 * Layout: the bytes "FT1", then per term: its UTF-8 length (varint), the UTF-8 bytes, a
 * form byte and the postings: form 0 is the report count and the gaps between sorted report
 * indexes (varints), form 1 a bitmap of all reports (one bit per report, ⌈N/8⌉ bytes) —
 * whichever is smaller. A term in most reports (绩效) costs N/8 bytes, a rare one a few.
 */

const MAGIC = [0x46, 0x54, 0x31]; // "FT1"

class Writer {
  private buf: Uint8Array<ArrayBuffer> = new Uint8Array(1024);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  byte(b: number): void {
    this.room(1);
    this.buf[this.length++] = b;
  }
  varint(n: number): void {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array<ArrayBuffer> {
    return this.buf.slice(0, this.length);
  }
}

/** Bytes of a varint. */
const varintSize = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);

/** Encodes terms (sorted by the caller for stable output) with their sorted report indexes, of `reports` reports in all. */
export function encodeShard(terms: readonly (readonly [string, readonly number[]])[], reports: number): Uint8Array<ArrayBuffer> {
  const w = new Writer();
  for (const b of MAGIC) w.byte(b);
  const utf8 = new TextEncoder();
  const bitmapBytes = Math.ceil(reports / 8);
  for (const [term, ids] of terms) {
    const t = utf8.encode(term);
    w.varint(t.length);
    w.bytes(t);
    let listBytes = varintSize(ids.length);
    for (let i = 0; i < ids.length; i++) listBytes += varintSize(ids[i]! - (i > 0 ? ids[i - 1]! : 0));
    if (bitmapBytes < listBytes) {
      w.byte(1);
      const bits = new Uint8Array(bitmapBytes);
      for (const id of ids) bits[id >> 3]! |= 1 << (id & 7);
      w.bytes(bits);
    } else {
      w.byte(0);
      w.varint(ids.length);
      let prev = 0;
      for (const id of ids) {
        w.varint(id - prev);
        prev = id;
      }
    }
  }
  return w.done();
}

/**
 * A shard as read in the browser: its terms at once, each term's reports decoded only when
 * asked for (a shard holds thousands of terms; a query needs a few).
 */
export class Shard {
  private readonly at = new Map<string, number>();
  private readonly decoded = new Map<string, number[]>();
  private readonly bitmapBytes: number;

  constructor(private readonly bytes: Uint8Array, reports: number) {
    if (bytes.length < 3 || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1] || bytes[2] !== MAGIC[2]) throw new Error('not a full-text index shard');
    this.bitmapBytes = Math.ceil(reports / 8);
    const utf8 = new TextDecoder();
    let p = 3;
    while (p < bytes.length) {
      const [len, q] = readVarint(bytes, p);
      const term = utf8.decode(bytes.subarray(q, q + len));
      p = q + len;
      this.at.set(term, p);
      const form = bytes[p++];
      if (form === 1) p += this.bitmapBytes;
      else if (form === 0) {
        let [count, r] = readVarint(bytes, p);
        for (; count > 0; count--) r = readVarint(bytes, r)[1];
        p = r;
      } else throw new Error(`full-text index shard: unknown form ${String(form)}`);
    }
  }

  terms(): IterableIterator<string> {
    return this.at.keys();
  }

  /** The sorted report indexes of a term ([] when the shard does not hold it). */
  get(term: string): number[] {
    const done = this.decoded.get(term);
    if (done) return done;
    const start = this.at.get(term);
    if (start === undefined) return [];
    const { bytes } = this;
    const ids: number[] = [];
    if (bytes[start] === 1) {
      for (let i = 0; i < this.bitmapBytes; i++) {
        const b = bytes[start + 1 + i]!;
        if (b === 0) continue;
        for (let k = 0; k < 8; k++) if (b & (1 << k)) ids.push(i * 8 + k);
      }
    } else {
      let [count, p] = readVarint(bytes, start + 1);
      let prev = 0;
      for (; count > 0; count--) {
        const [gap, q] = readVarint(bytes, p);
        prev += gap;
        ids.push(prev);
        p = q;
      }
    }
    this.decoded.set(term, ids);
    return ids;
  }
}

/** A varint at p: its value and the offset after it. */
function readVarint(bytes: Uint8Array, p: number): [number, number] {
  let n = 0;
  let scale = 1;
  for (;;) {
    const b = bytes[p++];
    if (b === undefined) throw new Error('truncated full-text index shard');
    n += (b & 0x7f) * scale;
    if (b < 0x80) return [n, p];
    scale *= 128;
  }
}
