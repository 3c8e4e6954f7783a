/**
 * PDF syntax as PDF.js reads it (PDF 32000-1 §7.2–7.3): a lexer over bytes and an object parser, for the stream
 * pre-flight (pdf-streams.ts), which must see every stream PDF.js could decode. The rules follow PDF.js's Lexer and
 * Parser where they are lenient (`#xx` escapes in names, a dict followed by `stream` at any depth is a stream, the
 * fuzzy `endstream` search), because a reading that differs from PDF.js's is a place to hide a stream. Pure: tested
 * in Node.
 */

/** PDF.js's character classes: 1 whitespace, 2 delimiter, 0 regular. */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of "()<>[]{}/%") CLASS[c.charCodeAt(0)] = 2;

export const isRegular = (c: number | undefined) => c !== undefined && CLASS[c] === 0;
export const isWhite = (c: number | undefined) => c !== undefined && CLASS[c] === 1;

export interface PdfName {
  kind: "name";
  name: string;
}
export interface PdfRef {
  kind: "ref";
  num: number;
  gen: number;
}
export interface PdfString {
  kind: "string";
  /** Where it lies (after its `(` or `<`, to after its `)` or `>`): decoded only when read, by stringBytes. */
  source: Uint8Array;
  from: number;
  to: number;
  hex: boolean;
}
export interface PdfKeyword {
  kind: "keyword";
  word: string;
}
export interface PdfDict {
  kind: "dict";
  entries: Map<string, PdfValue>;
}
/** A stream as the parser met it: its dictionary and where its data lies in the bytes it was parsed from. */
export interface PdfStream {
  kind: "stream";
  dict: PdfDict;
  start: number;
  end: number;
}
export type PdfValue = number | PdfName | PdfRef | PdfString | PdfKeyword | PdfDict | PdfStream | PdfValue[];

type Token =
  | { t: "value"; v: number | PdfName | PdfString | PdfKeyword; int?: boolean }
  | { t: "[" }
  | { t: "]" }
  | { t: "<<" }
  | { t: ">>" }
  | { t: "eof" };

const EOF: Token = { t: "eof" };
const OPEN_ARRAY: Token = { t: "[" };
const CLOSE_ARRAY: Token = { t: "]" };
const OPEN_DICT: Token = { t: "<<" };
const CLOSE_DICT: Token = { t: ">>" };

const hexValue = (c: number) =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;

/** `\n \r \t \b \f` in a literal string. */
const ESCAPES = new Map([
  [0x6e, 0x0a],
  [0x72, 0x0d],
  [0x74, 0x09],
  [0x62, 0x08],
  [0x66, 0x0c],
]);

/** A string's bytes: a literal one's escapes and octal codes decoded, a hex one's digits paired (odd: padded). */
export function stringBytes(value: PdfString): Uint8Array {
  const { source: bytes, from, to } = value;
  const out = new Uint8Array(to - from);
  let n = 0;
  if (value.hex) {
    let first = -1;
    for (let i = from; i < to && bytes[i] !== 0x3e; i++) {
      const h = hexValue(bytes[i] as number);
      if (h < 0) continue;
      if (first < 0) first = h;
      else {
        out[n++] = (first << 4) | h;
        first = -1;
      }
    }
    if (first >= 0) out[n++] = first << 4;
    return out.slice(0, n);
  }
  let depth = 1;
  for (let i = from; i < to; ) {
    const b = bytes[i++] as number;
    if (b === 0x5c) {
      if (i >= to) break;
      const e = bytes[i++] as number;
      if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let k = 0; k < 2 && i < to && (bytes[i] as number) >= 0x30 && (bytes[i] as number) <= 0x37; k++) {
          v = v * 8 + ((bytes[i++] as number) - 0x30);
        }
        out[n++] = v & 0xff;
      } else if (e === 0x0d) {
        if (bytes[i] === 0x0a) i++;
      } else if (e !== 0x0a) out[n++] = ESCAPES.get(e) ?? e;
      continue;
    }
    if (b === 0x28) depth++;
    else if (b === 0x29 && --depth === 0) break;
    out[n++] = b;
  }
  return out.slice(0, n);
}

/** A lexer over `bytes[pos, end)`. `work` counts the bytes it has stepped over, for bounding the whole scan. */
export class Lexer {
  pos: number;
  work = 0;
  private readonly ahead: Token[] = [];
  readonly bytes: Uint8Array;
  readonly end: number;
  constructor(bytes: Uint8Array, pos: number, end: number = bytes.length) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
  }

  /** Moves to `pos`, forgetting any token read ahead. */
  seek(pos: number): void {
    this.pos = pos;
    this.ahead.length = 0;
  }

  peek(k = 0): Token {
    while (this.ahead.length <= k) this.ahead.push(this.read());
    return this.ahead[k] as Token;
  }

  next(): Token {
    return this.ahead.shift() ?? this.read();
  }

  /** Where the next unread token starts, whitespace and comments skipped (only when nothing is read ahead). */
  skipBlank(): number {
    const { bytes, end } = this;
    let i = this.pos;
    for (;;) {
      while (i < end && isWhite(bytes[i])) i++;
      if (i < end && bytes[i] === 0x25) {
        while (i < end && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
        continue;
      }
      break;
    }
    this.work += i - this.pos;
    this.pos = i;
    return i;
  }

  private read(): Token {
    const { bytes, end } = this;
    const from = this.skipBlank();
    if (from >= end) return EOF;
    let i = from;
    const c = bytes[i] as number;
    let token: Token;
    if (c === 0x28) {
      // Balanced parentheses, a backslash escaping the next byte; decoded only if it is read (see stringBytes).
      const start = i + 1;
      let depth = 1;
      i++;
      while (i < end) {
        const b = bytes[i++] as number;
        if (b === 0x5c) i++;
        else if (b === 0x28) depth++;
        else if (b === 0x29 && --depth === 0) break;
      }
      if (i > end) i = end;
      token = { t: "value", v: { kind: "string", source: bytes, from: start, to: i, hex: false } };
    } else if (c === 0x3c) {
      if (bytes[i + 1] === 0x3c) {
        i += 2;
        token = OPEN_DICT;
      } else {
        const start = i + 1;
        i++;
        while (i < end && bytes[i] !== 0x3e) i++;
        if (i < end) i++;
        token = { t: "value", v: { kind: "string", source: bytes, from: start, to: i, hex: true } };
      }
    } else if (c === 0x3e) {
      i++;
      if (bytes[i] === 0x3e) {
        i++;
        token = CLOSE_DICT;
      } else token = { t: "value", v: { kind: "keyword", word: ">" } };
    } else if (c === 0x5b) {
      i++;
      token = OPEN_ARRAY;
    } else if (c === 0x5d) {
      i++;
      token = CLOSE_ARRAY;
    } else if (c === 0x2f) {
      i++;
      let name = "";
      while (i < end && isRegular(bytes[i])) {
        const b = bytes[i++] as number;
        if (b === 0x23 && i + 1 < end) {
          const h1 = hexValue(bytes[i] as number);
          const h2 = hexValue(bytes[i + 1] as number);
          if (h1 >= 0 && h2 >= 0) {
            name += String.fromCharCode((h1 << 4) | h2);
            i += 2;
            continue;
          }
        }
        name += String.fromCharCode(b);
      }
      token = { t: "value", v: { kind: "name", name } };
    } else if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      // As PDF.js's getNumber: a sign (a doubled minus too), line breaks after it, digits with one point, minus
      // signs inside ignored; anything else ends it. No digit at all reads as 0.
      let sign = 1;
      let b = c;
      if (b === 0x2d) {
        sign = -1;
        b = bytes[++i] ?? -1;
        if (b === 0x2d) b = bytes[++i] ?? -1;
      } else if (b === 0x2b) b = bytes[++i] ?? -1;
      while (b === 0x0a || b === 0x0d) b = bytes[++i] ?? -1;
      let divide = 0;
      if (b === 0x2e) {
        divide = 10;
        b = bytes[++i] ?? -1;
      }
      let value = 0;
      if (b >= 0x30 && b <= 0x39) {
        value = b - 0x30;
        for (i++; i < end; i++) {
          const d = bytes[i] as number;
          if (d >= 0x30 && d <= 0x39) {
            if (divide !== 0) divide *= 10;
            value = value * 10 + (d - 0x30);
          } else if (d === 0x2e) {
            if (divide === 0) divide = 1;
            else break;
          } else if (d !== 0x2d) break;
        }
      }
      const v = sign * (divide !== 0 ? value / divide : value);
      token = { t: "value", v, int: Number.isInteger(v) };
    } else if (c === 0x29 || c === 0x7b || c === 0x7d) {
      i++;
      token = { t: "value", v: { kind: "keyword", word: String.fromCharCode(c) } };
    } else {
      let word = "";
      while (i < end && isRegular(bytes[i]) && word.length < 128) word += String.fromCharCode(bytes[i++] as number);
      token = { t: "value", v: { kind: "keyword", word } };
    }
    this.work += i - from;
    this.pos = i;
    return token;
  }
}

const END = [0x65, 0x6e, 0x64];
const STREAM_SUFFIXES = [
  [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d], // stream
  [0x73, 0x74, 0x65, 0x61, 0x6d], // steam
  [0x73, 0x74, 0x72, 0x65, 0x61], // strea
];

/**
 * Where PDF.js's search for the end of a stream whose /Length is wrong stops: the first "endstream" (or
 * "endsteam"/"endstrea" before whitespace) at or after `from`, or -1. `last` finds the last one before `end`.
 */
export function findEndstream(bytes: Uint8Array, from: number, end: number, last = false): number {
  let found = -1;
  for (let i = from; i + 8 < end; i++) {
    if (bytes[i] !== END[0] || bytes[i + 1] !== END[1] || bytes[i + 2] !== END[2]) continue;
    for (const suffix of STREAM_SUFFIXES) {
      let k = 0;
      while (k < suffix.length && bytes[i + 3 + k] === suffix[k]) k++;
      if (k >= 6 || (k === suffix.length && isWhite(bytes[i + 3 + k]))) {
        found = i;
        break;
      }
    }
    if (found >= 0 && !last) return found;
  }
  return found;
}

export type Container = "dict" | "array";

/** What the parser reports besides the value: every reference with the dictionary key it sits under. */
export interface ParseHooks {
  /**
   * A reference was read. `key` is the nearest dictionary key it sits under (inside arrays too); `parentKey` the key
   * of the dictionary holding it; `depth` how many containers deep it sits (1: a member of the object's own dict).
   */
  onRef?(
    ref: PdfRef,
    key: string | undefined,
    parentKey: string | undefined,
    depth: number,
    container?: Container,
  ): void;
  /** A stream was read, with the keys it sits under, as for references (depth 0: the object itself). */
  onStream?(
    stream: PdfStream,
    key: string | undefined,
    parentKey: string | undefined,
    depth: number,
    container?: Container,
  ): void;
  /** The candidate /Length values of a stream whose /Length is a reference (the integers that object holds). */
  lengthsOf?(ref: PdfRef): number[];
}

/** The parser met the `BI` of an inline image outside a content stream: PDF.js would read binary data there. */
export class InlineImageOutsideContent extends Error {}

interface Frame {
  kind: Container;
  items: PdfValue[];
  entries: Map<string, PdfValue>;
  /** A dict's key waiting for its value. */
  key?: string;
  /** The dictionary key this container sits under (through arrays: `/Contents [...]` is under Contents). */
  under?: string;
  /** The key the dictionary holding this container sits under. */
  parentUnder?: string;
}

/** The data of a stream whose dictionary has just been read (the lexer sits after the `stream` keyword). */
function streamData(lexer: Lexer, dict: PdfDict, hooks: ParseHooks): PdfStream {
  const { bytes, end } = lexer;
  // As PDF.js's skipToNextLine: the data starts after the first end of line.
  let start = lexer.pos;
  while (start < end && bytes[start] !== 0x0a && bytes[start] !== 0x0d) start++;
  if (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start += 2;
  else if (start < end) start++;
  lexer.work += start - lexer.pos;

  const endsAt = (length: number) => {
    if (!Number.isInteger(length) || length < 0 || start + length > end) return false;
    const probe = new Lexer(bytes, start + length, end);
    const token = probe.next();
    return (
      token.t === "value" && typeof token.v === "object" && token.v.kind === "keyword" && token.v.word === "endstream"
    );
  };
  const declared = dict.entries.get("Length");
  let candidates: number[];
  let unresolved = false;
  if (typeof declared === "number") candidates = [declared];
  else if (isRef(declared)) {
    candidates = hooks.lengthsOf?.(declared) ?? [];
    unresolved = candidates.length === 0;
  } else candidates = [0];
  const valid = candidates.filter(endsAt);
  let dataEnd: number;
  if (valid.length > 0) {
    // PDF.js keeps a /Length followed by `endstream`; where several objects could be that length, the longest.
    dataEnd = start + Math.max(...valid);
  } else {
    // Otherwise it searches from the start. A length held where this scan cannot see it (in an object stream)
    // may be any of the markers: the last one is assumed.
    const searched = findEndstream(bytes, start, end, unresolved);
    lexer.work += (searched < 0 ? end : searched) - start;
    dataEnd = searched < 0 ? end : searched;
  }
  lexer.seek(dataEnd);
  const after = lexer.peek();
  if (
    after.t === "value" &&
    typeof after.v === "object" &&
    after.v.kind === "keyword" &&
    after.v.word.startsWith("end")
  ) {
    lexer.next();
  }
  return { kind: "stream", dict, start, end: dataEnd };
}

/**
 * Parses one object value from the lexer's position, as PDF.js's Parser.getObj with streams allowed: arrays,
 * dictionaries (a dictionary followed by `stream` is a stream, at any depth), references `n g R`, and the rest.
 * Iterative, so nesting depth costs no stack. Throws InlineImageOutsideContent at a `BI` keyword.
 */
export function parseObject(lexer: Lexer, hooks: ParseHooks = {}): PdfValue | undefined {
  const stack: Frame[] = [];
  let result: PdfValue | undefined;
  const emit = (value: PdfValue): boolean => {
    const top = stack.at(-1);
    if (!top) {
      result = value;
      return true;
    }
    if (top.kind === "array") top.items.push(value);
    else if (top.key === undefined) {
      // PDF.js skips a key that is not a name.
      if (typeof value === "object" && !Array.isArray(value) && value.kind === "name") top.key = value.name;
    } else {
      top.entries.set(top.key, value);
      top.key = undefined;
    }
    return false;
  };
  /** For a value read now: the key it sits under, and the key its dictionary sits under. */
  const context = (): [string | undefined, string | undefined] => {
    const top = stack.at(-1);
    if (!top) return [undefined, undefined];
    return top.kind === "dict" ? [top.key, top.under] : [top.under, top.parentUnder];
  };

  for (;;) {
    const token = lexer.next();
    if (token.t === "eof") {
      // Unterminated containers: what was read is kept (PDF.js gives up on the object; nothing is lost by reading on).
      while (stack.length > 0) {
        const frame = stack.pop() as Frame;
        const value: PdfValue = frame.kind === "array" ? frame.items : { kind: "dict", entries: frame.entries };
        if (emit(value)) return result;
      }
      return result;
    }
    if (token.t === "[" || token.t === "<<") {
      const [under, parentUnder] = context();
      stack.push({ kind: token.t === "[" ? "array" : "dict", items: [], entries: new Map(), under, parentUnder });
      continue;
    }
    if (token.t === "]" || token.t === ">>") {
      const top = stack.at(-1);
      const closes = top && ((token.t === "]" && top.kind === "array") || (token.t === ">>" && top.kind === "dict"));
      if (!closes) {
        if (emit({ kind: "keyword", word: token.t })) return result;
        continue;
      }
      const frame = stack.pop() as Frame;
      if (frame.kind === "array") {
        if (emit(frame.items)) return result;
        continue;
      }
      const dict: PdfDict = { kind: "dict", entries: frame.entries };
      const following = lexer.peek();
      if (
        following.t === "value" &&
        typeof following.v === "object" &&
        following.v.kind === "keyword" &&
        following.v.word === "stream"
      ) {
        lexer.next();
        const stream = streamData(lexer, dict, hooks);
        const [key, parentKey] = context();
        hooks.onStream?.(stream, key, parentKey, stack.length, stack.at(-1)?.kind);
        if (emit(stream)) return result;
        continue;
      }
      if (emit(dict)) return result;
      continue;
    }
    const v = token.v;
    if (typeof v === "number" && token.int) {
      const a = lexer.peek(0);
      const b = lexer.peek(1);
      if (
        a.t === "value" &&
        a.int &&
        b.t === "value" &&
        typeof b.v === "object" &&
        b.v.kind === "keyword" &&
        b.v.word === "R"
      ) {
        lexer.next();
        lexer.next();
        const ref: PdfRef = { kind: "ref", num: v, gen: a.v as number };
        const [key, parentKey] = context();
        hooks.onRef?.(ref, key, parentKey, stack.length, stack.at(-1)?.kind);
        if (emit(ref)) return result;
        continue;
      }
    }
    if (typeof v === "object" && v.kind === "keyword" && v.word === "BI") throw new InlineImageOutsideContent("BI");
    if (emit(v)) return result;
  }
}

/** A dictionary entry as a name, if it is one. */
export function nameOf(value: PdfValue | undefined): string | undefined {
  return value && typeof value === "object" && !Array.isArray(value) && value.kind === "name" ? value.name : undefined;
}

export function isRef(value: PdfValue | undefined): value is PdfRef {
  return !!value && typeof value === "object" && !Array.isArray(value) && value.kind === "ref";
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return !!value && typeof value === "object" && !Array.isArray(value) && value.kind === "dict";
}

/**
 * Every place an indirect object may start: an `obj` keyword standing alone (PDF.js reads `1 0obj` as `1 0 obj`
 * too), with the object and generation numbers before it when they are plain integers.
 */
export function objectStarts(
  bytes: Uint8Array,
  from = 0,
  end = bytes.length,
): Array<{ at: number; num?: number; gen?: number }> {
  const starts: Array<{ at: number; num?: number; gen?: number }> = [];
  for (let i = from; i + 2 < end; i++) {
    if (bytes[i] !== 0x6f || bytes[i + 1] !== 0x62 || bytes[i + 2] !== 0x6a) continue;
    const before = bytes[i - 1];
    if (i > from && isRegular(before) && !(before !== undefined && before >= 0x30 && before <= 0x39)) continue;
    if (i + 3 < end && isRegular(bytes[i + 3])) continue;
    // Back over "num gen": digits, whitespace, digits.
    let j = i - 1;
    while (j >= from && isWhite(bytes[j])) j--;
    let gen = 0;
    let scale = 1;
    let genDigits = 0;
    while (j >= from && (bytes[j] as number) >= 0x30 && (bytes[j] as number) <= 0x39) {
      gen += ((bytes[j] as number) - 0x30) * scale;
      scale *= 10;
      genDigits++;
      j--;
    }
    let k = j;
    while (k >= from && isWhite(bytes[k])) k--;
    let num = 0;
    scale = 1;
    let numDigits = 0;
    while (k >= from && (bytes[k] as number) >= 0x30 && (bytes[k] as number) <= 0x39) {
      num += ((bytes[k] as number) - 0x30) * scale;
      scale *= 10;
      numDigits++;
      k--;
    }
    const plain = genDigits > 0 && numDigits > 0 && k < j && numDigits < 11;
    starts.push(plain ? { at: i + 3, num, gen } : { at: i + 3 });
  }
  return starts;
}
