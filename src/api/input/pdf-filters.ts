/**
 * PDF stream filters (PDF 32000-1 §7.4), decoded for the stream pre-flight (pdf-streams.ts) so that it knows how
 * many bytes PDF.js would get out of a stream before PDF.js is given the file. Written here from the PDF
 * specification and RFC 1950/1951, not taken from a library, because a measurement needs three things no inflater
 * offers: a cap that stops decoding mid-stream, a count of output without keeping it (a counted stream needs no
 * memory: deflate's bit stream parses the same whatever the bytes it copies), and the Huffman tables each block
 * makes PDF.js build (its cost model: a lookup table of 2^maxLength entries per code, rebuilt for every block).
 *
 * Where a stream is malformed, PDF.js's decoders are lenient in ways of their own (they read on past some faults),
 * so what PDF.js would produce from it is not known here: a fault anywhere but at the end of the data is reported
 * as `damaged`, and the pre-flight refuses the file rather than guess. A stream that merely ends early (truncated)
 * is measured as far as it goes, as any decoder would read it. Pure: tested in Node.
 */
import { isDict, nameOf, type PdfValue } from "./pdf-syntax.ts";

/** What decoding a stream through its filters cost. */
export interface Decoded {
  /** Bytes every filter stage produced, summed (each stage's output is buffered): the stream's decoding work. */
  work: number;
  /** The last stage's output, when asked for and not over the cap. */
  bytes?: Uint8Array;
  /** Whether decoding stopped at the cap (`work` is then only a lower bound). */
  over: boolean;
  /** A filter whose output cannot be bounded here (an image codec on a stream that is not an image). */
  unbounded?: string;
  /** The filter that found the data malformed before its end: its output in PDF.js is unknown. */
  damaged?: string;
  /** Huffman table entries inflating it makes PDF.js build, counted against their own bound. */
  tableWork: number;
}

/** Where a stage writes: bytes kept only when asked for, counted always, never more than one past the cap. */
class Sink {
  bytes: Uint8Array;
  length = 0;
  readonly keep: boolean;
  readonly cap: number;
  constructor(keep: boolean, cap: number) {
    this.keep = keep;
    this.cap = cap;
    this.bytes = new Uint8Array(keep ? Math.min(cap + 1, 1 << 16) : 0);
  }
  get over(): boolean {
    return this.length > this.cap;
  }
  private room(extra: number): number {
    const want = Math.min(this.length + extra, this.cap + 1);
    if (want > this.bytes.length) {
      const next = new Uint8Array(Math.min(Math.max(want, this.bytes.length * 2), this.cap + 1));
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
    return Math.max(0, want - this.length);
  }
  byte(value: number) {
    if (this.keep && this.room(1) > 0) this.bytes[this.length] = value;
    this.length++;
  }
  run(value: number, count: number) {
    const n = this.keep ? this.room(count) : 0;
    if (n > 0) this.bytes.fill(value, this.length, this.length + n);
    this.length += count;
  }
  span(data: Uint8Array) {
    const n = this.keep ? this.room(data.length) : 0;
    if (n > 0) this.bytes.set(data.subarray(0, n), this.length);
    this.length += data.length;
  }
  /** A deflate or LZW back-reference: `count` bytes starting `distance` back (overlapping copies repeat). */
  back(distance: number, count: number) {
    const n = this.keep ? this.room(count) : 0;
    for (let k = 0; k < n; k++) this.bytes[this.length + k] = this.bytes[this.length + k - distance] as number;
    this.length += count;
  }
  result(): Uint8Array | undefined {
    return this.keep && !this.over ? this.bytes.subarray(0, this.length) : undefined;
  }
}

/** The data ended before the stream did: not a fault, a truncation. */
class EndOfData extends Error {}
/** The data breaks the format: decoders differ on what follows. */
class Malformed extends Error {}

/** RFC 1951 §3.1.1: bits are taken from each byte starting at its least significant bit. */
class Bits {
  private readonly data: Uint8Array;
  private at: number;
  private buffer = 0;
  private count = 0;
  constructor(data: Uint8Array, at: number) {
    this.data = data;
    this.at = at;
  }
  take(n: number): number {
    while (this.count < n) {
      if (this.at >= this.data.length) throw new EndOfData();
      this.buffer |= (this.data[this.at++] as number) << this.count;
      this.count += 8;
    }
    const value = this.buffer & ((1 << n) - 1);
    this.buffer >>>= n;
    this.count -= n;
    return value;
  }
  /** Stored blocks start on a byte boundary. */
  align(): void {
    this.buffer = 0;
    this.count = 0;
  }
  bytes(n: number): Uint8Array {
    const end = Math.min(this.at + n, this.data.length);
    const out = this.data.subarray(this.at, end);
    this.at = end;
    return out;
  }
}

/**
 * A canonical Huffman code (RFC 1951 §3.2.2) as counts per length and symbols in code order; decoded a bit at a
 * time, which is plenty for a measurement capped at a few megabytes. An over-subscribed code is malformed; an
 * incomplete one is allowed (a single distance code is legal) and only a code it lacks is a fault.
 */
class Code {
  readonly counts = new Uint16Array(16);
  readonly symbols: Uint16Array;
  readonly maxLength: number;
  constructor(lengths: ArrayLike<number>) {
    let max = 0;
    for (let i = 0; i < lengths.length; i++) {
      const len = lengths[i] as number;
      this.counts[len] = (this.counts[len] as number) + 1;
      if (len > max) max = len;
    }
    this.maxLength = max;
    let left = 1;
    for (let len = 1; len < 16; len++) {
      left = left * 2 - (this.counts[len] as number);
      if (left < 0) throw new Malformed("over-subscribed code");
    }
    const offsets = new Uint16Array(16);
    for (let len = 1; len < 15; len++) offsets[len + 1] = (offsets[len] as number) + (this.counts[len] as number);
    this.symbols = new Uint16Array(lengths.length);
    for (let symbol = 0; symbol < lengths.length; symbol++) {
      const len = lengths[symbol] as number;
      if (len > 0) this.symbols[(offsets[len] as number)++] = symbol;
    }
  }
  decode(bits: Bits): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= bits.take(1);
      const count = this.counts[len] as number;
      if (code - first < count) return this.symbols[index + code - first] as number;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Malformed("a code the table does not have");
  }
}

// RFC 1951 §3.2.5: base lengths and distances of the length and distance symbols, and their extra bits.
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131];
LENGTH_BASE.push(163, 195, 227, 258);
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537];
DISTANCE_BASE.push(2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577);
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
// RFC 1951 §3.2.7: the order in which code-length code lengths are sent.
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixedCodes: [Code, Code] | undefined;
const fixed = (): [Code, Code] => {
  if (!fixedCodes) {
    const lit = new Uint8Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedCodes = [new Code(lit), new Code(new Uint8Array(30).fill(5))];
  }
  return fixedCodes;
};

/** A zlib stream (RFC 1950) into `out`; returns the table entries PDF.js would build (2^maxLength per code). */
function inflate(data: Uint8Array, out: Sink, tableCap: number): number {
  const cmf = data[0];
  const flg = data[1];
  // Not a zlib header (raw deflate, noise): PDF.js gives such a stream no content, and so does this.
  if (cmf === undefined || flg === undefined || (cmf & 0x0f) !== 8 || ((cmf << 8) | flg) % 31 !== 0 || flg & 0x20) {
    return 0;
  }
  const bits = new Bits(data, 2);
  let tables = 0;
  const charge = (code: Code) => {
    tables += 1 << code.maxLength;
    if (tables > tableCap) throw new RangeError("tables");
  };
  try {
    for (let last = 0; !last && !out.over; ) {
      last = bits.take(1);
      const type = bits.take(2);
      if (type === 0) {
        bits.align();
        const head = bits.bytes(4);
        if (head.length < 4) throw new EndOfData();
        const len = (head[0] as number) | ((head[1] as number) << 8);
        const nlen = (head[2] as number) | ((head[3] as number) << 8);
        if ((len ^ 0xffff) !== nlen) throw new Malformed("stored block length");
        const stored = bits.bytes(len);
        out.span(stored);
        if (stored.length < len) throw new EndOfData();
        continue;
      }
      if (type === 3) throw new Malformed("block type 3");
      let lit: Code;
      let dist: Code;
      if (type === 1) [lit, dist] = fixed();
      else {
        const nlit = bits.take(5) + 257;
        const ndist = bits.take(5) + 1;
        const ncode = bits.take(4) + 4;
        if (nlit > 286 || ndist > 30) throw new Malformed("too many codes");
        const codeLengths = new Uint8Array(19);
        for (let i = 0; i < ncode; i++) codeLengths[CODE_LENGTH_ORDER[i] as number] = bits.take(3);
        const lengthCode = new Code(codeLengths);
        charge(lengthCode);
        const lengths = new Uint8Array(nlit + ndist);
        for (let i = 0; i < lengths.length; ) {
          const symbol = lengthCode.decode(bits);
          if (symbol < 16) {
            lengths[i++] = symbol;
            continue;
          }
          let repeat: number;
          let value = 0;
          if (symbol === 16) {
            if (i === 0) throw new Malformed("repeat with no previous length");
            value = lengths[i - 1] as number;
            repeat = 3 + bits.take(2);
          } else repeat = symbol === 17 ? 3 + bits.take(3) : 11 + bits.take(7);
          if (i + repeat > lengths.length) throw new Malformed("lengths overrun");
          lengths.fill(value, i, i + repeat);
          i += repeat;
        }
        if (lengths[256] === 0) throw new Malformed("no end-of-block code");
        lit = new Code(lengths.subarray(0, nlit));
        dist = new Code(lengths.subarray(nlit));
        charge(lit);
        charge(dist);
      }
      for (;;) {
        if (out.over) return tables;
        const symbol = lit.decode(bits);
        if (symbol < 256) out.byte(symbol);
        else if (symbol === 256) break;
        else {
          const l = symbol - 257;
          if (l >= 29) throw new Malformed("length symbol");
          const length = (LENGTH_BASE[l] as number) + bits.take(LENGTH_EXTRA[l] as number);
          const d = dist.decode(bits);
          if (d >= 30) throw new Malformed("distance symbol");
          const distance = (DISTANCE_BASE[d] as number) + bits.take(DISTANCE_EXTRA[d] as number);
          if (distance > out.length) throw new Malformed("distance too far back");
          out.back(distance, length);
        }
      }
    }
  } catch (error) {
    if (error instanceof EndOfData) return tables;
    if (error instanceof RangeError && error.message === "tables") return Number.POSITIVE_INFINITY;
    throw error;
  }
  return tables;
}

/**
 * LZW (§7.4.4): codes of 9 to 12 bits, most significant bit first; 256 clears the table, 257 ends the data;
 * with EarlyChange 1 (the default) the code width grows one code early. Each new entry is an earlier entry plus
 * one byte, so entries are kept as (prefix, last byte, length) and written out backwards.
 */
function lzw(data: Uint8Array, out: Sink, earlyChange: number) {
  const prefix = new Uint16Array(4096);
  const last = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    last[i] = i;
    length[i] = 1;
  }
  const scratch = new Uint8Array(4096);
  const first = (code: number) => {
    let c = code;
    while ((length[c] as number) > 1) c = prefix[c] as number;
    return last[c] as number;
  };
  const write = (code: number) => {
    const n = length[code] as number;
    for (let k = n - 1, c = code; k >= 0; k--, c = prefix[c] as number) scratch[k] = last[c] as number;
    out.span(scratch.subarray(0, n));
  };
  let next = 258;
  let width = 9;
  let previous = -1;
  let buffer = 0;
  let held = 0;
  let at = 0;
  while (!out.over) {
    while (held < width) {
      if (at >= data.length) return;
      buffer = ((buffer << 8) | (data[at++] as number)) & 0xffffff;
      held += 8;
    }
    const code = (buffer >>> (held - width)) & ((1 << width) - 1);
    held -= width;
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (code === 257) return;
    if (previous < 0) {
      if (code > 255) throw new Malformed("LZW code before any entry");
      write(code);
      previous = code;
      continue;
    }
    if (code > next || (code === next && next >= 4096)) throw new Malformed("LZW code not yet defined");
    if (next < 4096) {
      // The new entry is the previous string plus the first byte of this one (of itself, when it is the new one).
      prefix[next] = previous;
      last[next] = first(code === next ? previous : code);
      length[next] = (length[previous] as number) + 1;
      next++;
    }
    write(code);
    previous = code;
    if (next + earlyChange >= 1 << width && width < 12) width++;
  }
}

/** RunLength (§7.4.5): a length byte n, then n + 1 literal bytes (n < 128) or one byte repeated 257 − n times. */
function runLength(data: Uint8Array, out: Sink) {
  for (let at = 0; at < data.length && !out.over; ) {
    const n = data[at++] as number;
    if (n === 128) return;
    if (n < 128) {
      out.span(data.subarray(at, at + n + 1));
      at += n + 1;
    } else if (at < data.length) out.run(data[at++] as number, 257 - n);
  }
}

const isWhite = (c: number) => c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;

/** ASCII85 (§7.4.3): five characters `!`–`u` for four bytes, `z` for four zeros, `~>` ends; white space ignored. */
function ascii85(data: Uint8Array, out: Sink) {
  let value = 0;
  let count = 0;
  for (const c of data) {
    if (out.over) return;
    if (isWhite(c)) continue;
    if (c === 0x7e) break;
    if (c === 0x7a && count === 0) {
      out.run(0, 4);
      continue;
    }
    if (c < 0x21 || c > 0x75) throw new Malformed("ASCII85 character");
    value = value * 85 + (c - 0x21);
    if (++count === 5) {
      for (let shift = 24; shift >= 0; shift -= 8) out.byte(Math.floor(value / 2 ** shift) & 0xff);
      value = 0;
      count = 0;
    }
  }
  if (count === 1) throw new Malformed("ASCII85 final group");
  if (count > 1) {
    // A final partial group of k characters stands for k − 1 bytes: padded with `u` (84), its top bytes kept.
    for (let k = count; k < 5; k++) value = value * 85 + 84;
    for (let k = 0, shift = 24; k < count - 1; k++, shift -= 8) out.byte(Math.floor(value / 2 ** shift) & 0xff);
  }
}

/** ASCIIHex (§7.4.2): pairs of hex digits, white space ignored, `>` ends, an odd final digit followed by 0. */
function asciiHex(data: Uint8Array, out: Sink) {
  let high = -1;
  for (const c of data) {
    if (out.over) return;
    if (isWhite(c)) continue;
    if (c === 0x3e) break;
    const digit = c <= 0x39 && c >= 0x30 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (digit < 0) throw new Malformed("ASCIIHex character");
    if (high < 0) high = digit;
    else {
      out.byte((high << 4) | digit);
      high = -1;
    }
  }
  if (high >= 0) out.byte(high << 4);
}

const intIn = (parms: Map<string, PdfValue> | undefined, fallback: number, ...keys: string[]): number => {
  for (const key of keys) {
    const v = parms?.get(key);
    if (typeof v === "number" && Number.isFinite(v) && v > 0) return Math.floor(v);
  }
  return fallback;
};

/**
 * The predictors of §7.4.4.4 after Flate or LZW: TIFF 2 (8-bit samples) or PNG (10–15, a filter byte per row).
 * The row size comes from /Columns, /Colors and /BitsPerComponent, which nothing bounds, and a decoder holds a
 * row of that size: the output is counted from the sizes, and rows are undone only when the bytes are wanted.
 */
function predict(data: Uint8Array, parms: Map<string, PdfValue>, out: Sink): "passthrough" | "done" | "unscannable" {
  const predictor = intIn(parms, 1, "Predictor");
  if (predictor <= 1) return "passthrough";
  if (predictor !== 2 && (predictor < 10 || predictor > 15)) return "unscannable";
  const colors = intIn(parms, 1, "Colors");
  const bits = intIn(parms, 8, "BPC", "BitsPerComponent");
  const columns = intIn(parms, 1, "Columns");
  const pixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const row = Math.ceil((columns * colors * bits) / 8);
  const inRow = predictor === 2 ? row : row + 1;
  const rows = Math.ceil(data.length / inRow);
  if (!out.keep || rows * row > out.cap) {
    out.length += rows * row;
    return "done";
  }
  if (predictor === 2 && bits !== 8) return "unscannable";
  let above = new Uint8Array(row);
  for (let r = 0; r < rows && !out.over; r++) {
    const from = r * inRow;
    const type = predictor === 2 ? 1 : (data[from] as number);
    const raw = data.subarray(predictor === 2 ? from : from + 1, from + inRow);
    const line = new Uint8Array(row);
    for (let i = 0; i < row; i++) {
      const a = i >= pixel ? (line[i - pixel] as number) : 0;
      const b = above[i] as number;
      const c = i >= pixel ? (above[i - pixel] as number) : 0;
      let predicted: number;
      if (type === 0) predicted = 0;
      else if (type === 1) predicted = a;
      else if (type === 2) predicted = b;
      else if (type === 3) predicted = (a + b) >> 1;
      else if (type === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Malformed("PNG row filter");
      line[i] = ((raw[i] ?? 0) + predicted) & 0xff;
    }
    out.span(line);
    above = line;
  }
  return "done";
}

/** Image codecs: their output is pixels, sized by headers nothing here reads. */
const IMAGE_CODECS = new Set([
  "DCT",
  "DCTDecode",
  "JPX",
  "JPXDecode",
  "JBIG2Decode",
  "CCF",
  "CCITTFaxDecode",
  "BrotliDecode",
]);

export interface Filter {
  name: string;
  parms?: Map<string, PdfValue>;
}

/** A stream's filters and their parameters (the abbreviations `/F` and `/DP` of §8.9.7 too). */
export function filtersOf(
  dict: Map<string, PdfValue>,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
): Filter[] {
  const filter = resolve(dict.get("F") ?? dict.get("Filter"));
  const parms = resolve(dict.get("DP") ?? dict.get("DecodeParms"));
  const parmsAt = (v: PdfValue | undefined) => {
    const r = resolve(v);
    return isDict(r) ? r.entries : undefined;
  };
  const single = nameOf(filter);
  if (single !== undefined) return [{ name: single, parms: Array.isArray(parms) ? undefined : parmsAt(parms) }];
  if (!Array.isArray(filter)) return [];
  return filter.flatMap((f, i) => {
    const name = nameOf(resolve(f));
    return name === undefined ? [] : [{ name, parms: Array.isArray(parms) ? parmsAt(parms[i]) : undefined }];
  });
}

/** A stage: decodes `input` into `out`, returning the Huffman table entries it cost (only Flate has any). */
type Decoder = (input: Uint8Array, out: Sink, parms: Map<string, PdfValue> | undefined, tableCap: number) => number;

const simple =
  (decoder: (input: Uint8Array, out: Sink) => void): Decoder =>
  (input, out) => {
    decoder(input, out);
    return 0;
  };
const DECODERS = new Map<string, Decoder>();
for (const [names, decoder] of [
  [["Fl", "FlateDecode"], (input, out, _parms, tableCap) => inflate(input, out, tableCap)],
  [
    ["LZW", "LZWDecode"],
    (input, out, parms) => {
      lzw(input, out, parms?.get("EarlyChange") === 0 ? 0 : 1);
      return 0;
    },
  ],
  [["RL", "RunLengthDecode"], simple(runLength)],
  [["A85", "ASCII85Decode"], simple(ascii85)],
  [["AHx", "ASCIIHexDecode"], simple(asciiHex)],
] as Array<[string[], Decoder]>) {
  for (const name of names) DECODERS.set(name, decoder);
}
const PREDICTED = new Set(["Fl", "FlateDecode", "LZW", "LZWDecode"]);

/**
 * Decodes `data` through `filters` (after decryption), stopping once the stages' output passes `cap` bytes. `keep`
 * asks for the final bytes (to scan them); without it the last stage only counts. `tableCap` bounds the Huffman
 * table work over this stream. A filter this does not know passes the data through, as it does in PDF.js.
 */
export function decode(
  data: Uint8Array,
  filters: readonly Filter[],
  cap: number,
  keep: boolean,
  tableCap: number,
): Decoded {
  let input = data;
  let work = filters.some((f) => DECODERS.has(f.name)) ? 0 : data.length;
  let tableWork = 0;
  for (let i = 0; i < filters.length; i++) {
    const { name, parms } = filters[i] as Filter;
    if (IMAGE_CODECS.has(name)) return { work, over: false, unbounded: name, tableWork };
    const decoder = DECODERS.get(name);
    if (!decoder) continue;
    const last = i === filters.length - 1;
    const predicts = PREDICTED.has(name) && intIn(parms, 1, "Predictor") > 1;
    const out = new Sink(keep || !last || predicts, Math.max(0, cap - work));
    try {
      tableWork += decoder(input, out, parms, tableCap - tableWork);
    } catch (error) {
      if (error instanceof Malformed) return { work: work + out.length, over: false, damaged: name, tableWork };
      throw error;
    }
    work += out.length;
    if (!Number.isFinite(tableWork) || out.over || work > cap) return { work, over: true, tableWork };
    input = out.result() ?? new Uint8Array(0);
    if (predicts && parms) {
      const rows = new Sink(keep || !last, Math.max(0, cap - work));
      let how: ReturnType<typeof predict>;
      try {
        how = predict(input, parms, rows);
      } catch (error) {
        if (error instanceof Malformed) return { work, over: false, damaged: "Predictor", tableWork };
        throw error;
      }
      if (how === "unscannable") return { work, over: false, unbounded: "Predictor", tableWork };
      if (how === "done") {
        work += rows.length;
        if (rows.over || work > cap) return { work, over: true, tableWork };
        input = rows.result() ?? new Uint8Array(0);
      }
    }
  }
  return { work, over: work > cap, bytes: keep ? input : undefined, tableWork };
}
