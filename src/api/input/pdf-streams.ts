/**
 * The stream pre-flight: before PDF.js sees a PDF, how much would reading its text make PDF.js decode and evaluate?
 * PDF.js runs a content stream synchronously to its end (its time slots rely on a clock that does not move inside
 * a synchronous run in workerd), so a few KB of FlateDecode that expand into millions of operators can only be
 * stopped before PDF.js starts. The pre-flight finds every stream the way PDF.js's parser would, decodes each
 * (pdf-filters.ts; a stream damaged before its end refuses the file, since what PDF.js reads from it is unknown),
 * decrypting first where PDF.js would (pdf-decrypt.ts), and adds up:
 *
 * - content bytes: decoded bytes of every stream that is neither an image nor a font file (page contents, forms,
 *   object streams, CMaps, …), each times the references to it (PDF.js decodes a stream again for each use), and
 *   the bytes PDF.js evaluates: each page's contents plus, for every `Do`, the largest form it could invoke;
 * - font bytes: decoded bytes of embedded font files (PDF.js parses each one it loads);
 * - CMap entries: the code ranges of `beginbfrange`/`begincidrange` sections, which PDF.js expands one by one;
 * - Huffman table entries the inflater builds (a deflate stream can rebuild a 32K-entry table every few bytes);
 * - streams, and the bytes the scan itself reads.
 *
 * Images are skipped without decoding: text extraction never decodes them. What is an image, a font or content is
 * decided by how the document refers to a stream (a stream labelled /Image but named as a page's /Contents is
 * content), because PDF.js decodes a stream as whatever the referring object asks for. Pure: tested in Node.
 */
import { type CryptMethod, decryptStream, type EncryptParams, fileKey } from "./pdf-decrypt.ts";
import { decode, filtersOf } from "./pdf-filters.ts";
import {
  InlineImageOutsideContent,
  isDict,
  isRef,
  isRegular,
  isWhite,
  Lexer,
  nameOf,
  objectStarts,
  type PdfDict,
  type PdfStream,
  type PdfValue,
  parseObject,
  stringBytes,
} from "./pdf-syntax.ts";

export interface StreamCaps {
  /** Decoded (and evaluated) bytes of streams that are neither images nor font files. */
  contentBytes: number;
  /** Decoded bytes of embedded font files. */
  fontBytes: number;
  /** Streams in the document, images included. */
  streams: number;
  /** Code-range entries PDF.js would expand from embedded CMaps. */
  cmapEntries: number;
  /** Huffman table entries the inflater would build, over all streams. */
  inflateTables: number;
}

/**
 * A two-page resume printed by Chromium decodes to about 70 KB of content (about 10 KB of CMaps) and 45 KB per
 * embedded font subset; these leave room for fifty pages of dense text and a dozen large fonts.
 */
export const DEFAULT_STREAM_CAPS: Readonly<StreamCaps> = {
  contentBytes: 4 * 1024 * 1024,
  fontBytes: 16 * 1024 * 1024,
  streams: 5_000,
  cmapEntries: 2 * 1024 * 1024,
  inflateTables: 32 * 1024 * 1024,
};

export type StreamBound =
  | "content_bytes"
  | "font_bytes"
  | "streams"
  | "cmap_entries"
  | "inflate_tables"
  | "damaged_stream"
  | "structure";

export interface StreamReport {
  streams: number;
  images: number;
  fonts: number;
  /** Decoded bytes of content-like streams, each times its uses. */
  contentBytes: number;
  /** Bytes PDF.js would evaluate: page contents with the forms they invoke. */
  evaluatedBytes: number;
  fontBytes: number;
  cmapEntries: number;
  inflateTables: number;
  encrypted: boolean;
  /** The first bound passed: the document is refused without PDF.js reading it. */
  over?: { bound: StreamBound; limit: number; why: string };
}

/**
 * How a reference (or a stream sitting inline) is used, from the dictionary key it is under. `unused`: where text
 * extraction never looks (attachments, colour profiles, output intents, soft masks, thumbnails).
 */
type Role = "contents" | "charproc" | "fontfile" | "xobject" | "unused" | "other" | "member";

const FONT_FILE_KEYS = new Set(["FontFile", "FontFile2", "FontFile3"]);
/** Keys whose streams text extraction never decodes: masks, thumbnails, output-intent profiles. */
const UNUSED_KEYS = new Set(["SMask", "Mask", "Thumb", "DestOutputProfile"]);
/** Dictionaries whose members' streams it never decodes: attachments (/EF), colour spaces (ICC profiles). */
const UNUSED_PARENTS = new Set(["EF", "ColorSpace"]);
const FONT_SUBTYPES = new Set(["Type1C", "CIDFontType0C", "OpenType"]);

/** A stream found in the file or in an object stream. */
interface Found {
  id: number;
  stream: PdfStream;
  /** The bytes its data lies in: the file, or an object stream's decoded bytes. */
  region: Uint8Array;
  regionId: number;
  /** The object it is, when it is a top-level object's value. */
  num?: number;
  gen?: number;
  /** The object it sits in (itself at top level). */
  owner?: number;
  ownerGen?: number;
  /** Roles from where it sits, for a stream inside a dictionary; references add theirs by number. */
  roles: Set<Role>;
  inObjectStream: boolean;
  /** Other dictionaries read before the same data from other starts: each is measured. */
  alternates: PdfDict[];
}

interface Measured {
  kind: "content" | "font" | "image";
  /** Final decoded bytes (the largest of the readings, plain or decrypted). */
  size: number;
  views: Uint8Array[];
}

class Refused extends Error {
  readonly bound: StreamBound;
  readonly limit: number;
  constructor(bound: StreamBound, limit: number, why: string) {
    super(why);
    this.bound = bound;
    this.limit = limit;
  }
}

const text = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const DO = text("Do");
const BFRANGE = text("beginbfrange");
const CIDRANGE = text("begincidrange");
const TRAILER = text("trailer");
const STREAM = text("stream");
const MAX_MAP_RANGE = 2 ** 24 - 1;

/** Offsets of `word` standing as its own token in `bytes`. */
function keywordAt(bytes: Uint8Array, word: Uint8Array): number[] {
  const out: number[] = [];
  const first = word[0];
  outer: for (
    let i = bytes.indexOf(first as number);
    i >= 0 && i + word.length <= bytes.length;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    for (let k = 1; k < word.length; k++) if (bytes[i + k] !== word[k]) continue outer;
    if (i > 0 && isRegular(bytes[i - 1])) continue;
    if (isRegular(bytes[i + word.length])) continue;
    out.push(i);
  }
  return out;
}

/** `Do` operators in decoded content, wherever they stand (strings and inline images too: an upper bound). */
const countDo = (bytes: Uint8Array) => keywordAt(bytes, DO).length;

/** PDF.js's strToInt for CMap codes. */
function codeOf(value: PdfValue | undefined): number | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value) || value.kind !== "string") return undefined;
  let a = 0;
  for (const b of stringBytes(value)) a = (a << 8) | b;
  return a >>> 0;
}

/** Entries PDF.js's CMap parser would expand from this stream's `begin…range` sections (an upper bound). */
function cmapEntries(bytes: Uint8Array): number {
  let entries = 0;
  for (const word of [BFRANGE, CIDRANGE]) {
    for (const at of keywordAt(bytes, word)) {
      const lexer = new Lexer(bytes, at + word.length);
      for (;;) {
        const t1 = lexer.next();
        if (t1.t !== "value") break;
        const low = codeOf(t1.v);
        const high = low === undefined ? undefined : codeOf((lexer.next() as { v?: PdfValue }).v);
        if (low === undefined || high === undefined) break;
        const t3 = lexer.next();
        if (t3.t === "[") {
          while (!["]", "eof"].includes(lexer.next().t));
          continue;
        }
        if (t3.t !== "value" || !(typeof t3.v === "number" || (typeof t3.v === "object" && t3.v.kind === "string"))) {
          break;
        }
        if (high - low > MAX_MAP_RANGE) break; // PDF.js refuses the line, and the rest of its section
        if (high >= low) entries += high - low + 1;
      }
    }
  }
  return entries;
}

/** Where PDF.js's skipToNextLine puts the data of a stream whose keyword ends at `i`. */
function dataStartAfter(bytes: Uint8Array, i: number): number {
  let j = i;
  while (j < bytes.length && bytes[j] !== 0x0a && bytes[j] !== 0x0d) j++;
  if (bytes[j] === 0x0d && bytes[j + 1] === 0x0a) return j + 2;
  return j < bytes.length ? j + 1 : j;
}

/** Whether `>>` ends just before `i` (whitespace, and comments on the lines between, skipped). */
function dictEndsBefore(bytes: Uint8Array, i: number): boolean {
  let j = i - 1;
  for (let hops = 0; hops < 8; hops++) {
    while (j >= 0 && isWhite(bytes[j])) j--;
    if (j >= 1 && bytes[j] === 0x3e && bytes[j - 1] === 0x3e) return true;
    // A comment ending this line: go back to the first % on it.
    let lineStart = j;
    while (lineStart >= 0 && bytes[lineStart] !== 0x0a && bytes[lineStart] !== 0x0d) lineStart--;
    const percent = bytes.subarray(lineStart + 1, j + 1).indexOf(0x25);
    if (percent < 0) return false;
    j = lineStart + percent;
  }
  return false;
}

export class StreamScan {
  private readonly found: Found[] = [];
  private readonly byStart = new Map<string, Found>();
  private readonly byNum = new Map<number, Found[]>();
  private readonly foundOf = new Map<PdfStream, Found>();
  private readonly objects = new Map<number, PdfValue[]>();
  private readonly ints = new Map<number, number[]>();
  /** Roles of the objects each number names, from the references to it. */
  private readonly roles = new Map<number, Set<Role>>();
  private readonly refCount = new Map<number, number>();
  /** References to an object's own members (`<< /Im1 5 0 R >>`), resolved once holders are known. */
  private readonly members: Array<{ owner: number; target: number }> = [];
  private readonly memberStreams: Array<{ owner: number; found: Found }> = [];
  private readonly xobjectHolders = new Set<number>();
  private readonly charProcHolders = new Set<number>();
  private readonly contentsUses: Array<{ target?: number; found?: Found; owner?: number }> = [];
  private readonly charProcUses: Array<{ target?: number; found?: Found; owner?: number }> = [];
  private readonly trailers: PdfDict[] = [];
  private readonly regions: Uint8Array[] = [];
  private work = 0;
  private workCap: number;
  private readonly bytes: Uint8Array;
  private readonly caps: StreamCaps;
  private readonly pause: () => Promise<void>;

  constructor(bytes: Uint8Array, caps: StreamCaps, pause: () => Promise<void> = async () => {}) {
    this.bytes = bytes;
    this.caps = caps;
    this.pause = pause;
    this.workCap = 8 * bytes.length + (1 << 20);
  }

  async run(): Promise<StreamReport> {
    const report: StreamReport = {
      streams: 0,
      images: 0,
      fonts: 0,
      contentBytes: 0,
      evaluatedBytes: 0,
      fontBytes: 0,
      cmapEntries: 0,
      inflateTables: 0,
      encrypted: false,
    };
    try {
      await this.measure(report);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      report.over = { bound: error.bound, limit: error.limit, why: error.message };
      report.streams = this.found.length;
    }
    return report;
  }

  private charge(work: number) {
    this.work += work;
    if (this.work > this.workCap) {
      throw new Refused(
        "structure",
        this.workCap,
        "its objects overlap so much that checking them is itself too much work",
      );
    }
  }

  /** Indirect objects in one region: every `obj`, parsed as PDF.js parses an object there. */
  private async scanRegion(
    region: Uint8Array,
    starts: Array<{ at: number; end: number; num?: number; gen?: number }>,
  ): Promise<void> {
    const regionId = this.regions.push(region) - 1;
    const inObjectStream = regionId > 0;
    // First the integers, for /Length references to objects that come later.
    for (const { at, end, num } of starts) {
      if (num === undefined) continue;
      const lexer = new Lexer(region, at, end);
      const a = lexer.next();
      const b = lexer.peek(0);
      const c = lexer.peek(1);
      const isRefNext =
        b.t === "value" && b.int && c.t === "value" && typeof c.v === "object" && "word" in c.v && c.v.word === "R";
      if (a.t === "value" && typeof a.v === "number" && a.int && !isRefNext) {
        this.ints.set(num, [...(this.ints.get(num) ?? []), a.v]);
      }
      this.charge(lexer.work);
    }
    for (const [index, { at, end, num, gen }] of starts.entries()) {
      // A file of small objects takes a while to read through: let other requests in now and then.
      if (index % 1_000 === 999) await this.pause();
      const lexer = new Lexer(region, at, end);
      let value: PdfValue | undefined;
      try {
        value = parseObject(lexer, {
          lengthsOf: (ref) => this.ints.get(ref.num) ?? [],
          onRef: (ref, key, parentKey, depth, container) => {
            this.refCount.set(ref.num, (this.refCount.get(ref.num) ?? 0) + 1);
            const role = roleAt(key, parentKey, depth, container);
            // A member's role waits until every object is read: it depends on what refers to its owner.
            if (role === "member" && num !== undefined) this.members.push({ owner: num, target: ref.num });
            else this.addRole(ref.num, role === "member" ? "other" : role);
            if (key === "XObject" && container === "dict") this.xobjectHolders.add(ref.num);
            if (key === "CharProcs" && container === "dict") this.charProcHolders.add(ref.num);
            if (role === "contents") this.contentsUses.push({ target: ref.num, owner: num });
            if (role === "charproc") this.charProcUses.push({ target: ref.num, owner: num });
          },
          onStream: (stream, key, parentKey, depth, container) => {
            const found = this.addStream(stream, region, regionId, inObjectStream, depth === 0 ? num : undefined, gen);
            found.owner = num;
            found.ownerGen = gen;
            if (depth > 0) {
              const role = roleAt(key, parentKey, depth, container);
              if (role === "member" && num !== undefined) this.memberStreams.push({ owner: num, found });
              else found.roles.add(role === "member" ? "other" : role);
              if (role === "contents") this.contentsUses.push({ found, owner: num });
              if (role === "charproc") this.charProcUses.push({ found, owner: num });
            }
          },
        });
      } catch (error) {
        // PDF.js would read binary inline-image data here; what follows is checked by the orphan search below.
        if (!(error instanceof InlineImageOutsideContent)) throw error;
      }
      this.charge(lexer.work);
      if (num !== undefined && value !== undefined) this.objects.set(num, [...(this.objects.get(num) ?? []), value]);
    }
    this.checkOrphans(region, regionId);
  }

  private addRole(num: number, role: Role) {
    const set = this.roles.get(num) ?? new Set<Role>();
    this.roles.set(num, set);
    set.add(role);
  }

  private addStream(
    stream: PdfStream,
    region: Uint8Array,
    regionId: number,
    inObjectStream: boolean,
    num: number | undefined,
    gen: number | undefined,
  ): Found {
    const key = `${regionId}:${stream.start}`;
    const seen = this.byStart.get(key);
    if (seen) {
      // The same data read from another start: one stream, with both readings' roles (and the longer data).
      if (stream.end > seen.stream.end) seen.stream = { ...seen.stream, end: stream.end };
      if (stream.dict !== seen.stream.dict) seen.alternates.push(stream.dict);
      this.foundOf.set(stream, seen);
      if (num !== undefined && seen.num === undefined) {
        seen.num = num;
        seen.gen = gen;
        this.byNum.set(num, [...(this.byNum.get(num) ?? []), seen]);
      }
      return seen;
    }
    const found: Found = {
      id: this.found.length,
      stream,
      region,
      regionId,
      num,
      gen,
      roles: new Set(),
      inObjectStream,
      alternates: [],
    };
    this.found.push(found);
    this.byStart.set(key, found);
    this.foundOf.set(stream, found);
    if (num !== undefined) this.byNum.set(num, [...(this.byNum.get(num) ?? []), found]);
    if (this.found.length > this.caps.streams) {
      throw new Refused("streams", this.caps.streams, `it has more than ${this.caps.streams} streams`);
    }
    return found;
  }

  /** A `>> stream` no parse accounted for is a stream PDF.js may read differently: refused rather than guessed. */
  private checkOrphans(region: Uint8Array, regionId: number) {
    for (const at of keywordAt(region, STREAM)) {
      if (!dictEndsBefore(region, at)) continue;
      const start = dataStartAfter(region, at + STREAM.length);
      if (!this.byStart.has(`${regionId}:${start}`)) {
        throw new Refused("structure", 0, "it has a stream outside any object the checker could read");
      }
    }
    this.charge(region.length);
  }

  private resolve(value: PdfValue | undefined): PdfValue[] {
    if (value === undefined) return [];
    if (isRef(value)) return this.objects.get(value.num) ?? [];
    return [value];
  }

  private resolveOne = (value: PdfValue | undefined): PdfValue | undefined => this.resolve(value).at(-1);

  private dicts(value: PdfValue | undefined): PdfDict[] {
    return this.resolve(value).flatMap((v) =>
      isDict(v) ? [v] : v && typeof v === "object" && !Array.isArray(v) && v.kind === "stream" ? [v.dict] : [],
    );
  }

  private async measure(report: StreamReport) {
    const { bytes } = this;
    await this.scanRegion(
      bytes,
      objectStarts(bytes).map((s) => ({ ...s, end: bytes.length })),
    );
    for (const at of keywordAt(bytes, TRAILER)) {
      const lexer = new Lexer(bytes, at + TRAILER.length);
      const dict = parseObject(lexer, {});
      this.charge(lexer.work);
      if (isDict(dict)) this.trailers.push(dict);
    }
    const decryptors = await this.decryptors();
    report.encrypted = decryptors !== undefined;

    // Object streams first: the objects inside them refer to streams too, and may hold streams themselves.
    const measured = new Map<Found, Measured>();
    const budget = { left: this.caps.contentBytes, tables: this.caps.inflateTables };
    for (let i = 0; i < this.found.length; i++) {
      const found = this.found[i] as Found;
      const entries = found.stream.dict.entries;
      const isObjectStream =
        nameOf(entries.get("Type")) === "ObjStm" ||
        (typeof entries.get("N") === "number" && typeof entries.get("First") === "number");
      if (!isObjectStream) continue;
      const m = await this.decodeFound(found, "content", decryptors, budget, 1);
      measured.set(found, m);
      report.contentBytes += m.size;
      budget.left = this.caps.contentBytes - report.contentBytes;
      for (const view of m.views) await this.scanObjectStream(view, entries);
      await this.pause();
    }

    for (const { owner, target } of this.members) {
      if (this.xobjectHolders.has(owner)) this.addRole(target, "xobject");
      else if (this.charProcHolders.has(owner)) {
        this.addRole(target, "charproc");
        this.charProcUses.push({ target, owner });
      } else this.addRole(target, "other");
    }
    for (const { owner, found } of this.memberStreams) {
      found.roles.add(
        this.xobjectHolders.has(owner) ? "xobject" : this.charProcHolders.has(owner) ? "charproc" : "other",
      );
    }

    let sinceYield = 0;
    for (const found of this.found) {
      if (measured.has(found)) continue;
      const kind = this.kindOf(found);
      if (kind === "image") {
        report.images++;
        measured.set(found, { kind, size: 0, views: [] });
        continue;
      }
      const uses = found.num === undefined ? 1 : Math.max(1, this.refCount.get(found.num) ?? 0);
      budget.left =
        kind === "font" ? this.caps.fontBytes - report.fontBytes : this.caps.contentBytes - report.contentBytes;
      const m = await this.decodeFound(found, kind, decryptors, budget, uses);
      measured.set(found, m);
      if (kind === "font") {
        report.fonts++;
        report.fontBytes += m.size * uses;
      } else {
        report.contentBytes += m.size * uses;
        for (const view of m.views) {
          report.cmapEntries += cmapEntries(view) * uses;
          if (report.cmapEntries > this.caps.cmapEntries) {
            throw new Refused("cmap_entries", this.caps.cmapEntries, "its character maps expand to too many codes");
          }
        }
      }
      sinceYield += m.size;
      if (sinceYield > 256 * 1024) {
        sinceYield = 0;
        await this.pause();
      }
    }
    report.streams = this.found.length;
    report.inflateTables = this.caps.inflateTables - budget.tables;
    if (report.fontBytes > this.caps.fontBytes) {
      throw new Refused("font_bytes", this.caps.fontBytes, "its embedded fonts decode to too many bytes");
    }
    report.evaluatedBytes = this.evaluated(measured);
    if (report.evaluatedBytes > this.caps.contentBytes) {
      throw new Refused("content_bytes", this.caps.contentBytes, "its pages draw too many operators");
    }
  }

  /** The objects of a decoded object stream, at the offsets its header gives (as PDF.js reads them). */
  private async scanObjectStream(view: Uint8Array, entries: Map<string, PdfValue>): Promise<void> {
    const first = entries.get("First");
    const n = entries.get("N");
    if (typeof first !== "number" || typeof n !== "number") return;
    const header = new Lexer(view, 0, view.length);
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < n; k++) {
      const a = header.next();
      const b = header.next();
      if (a.t !== "value" || !a.int || b.t !== "value" || !b.int) break;
      pairs.push([a.v as number, b.v as number]);
    }
    this.charge(header.work);
    this.workCap += 8 * view.length;
    const starts = pairs.map(([num, offset], k) => {
      const next = pairs[k + 1];
      return {
        at: first + offset,
        end: Math.min(view.length, next ? first + next[1] : view.length),
        num,
        gen: 0,
      };
    });
    await this.scanRegion(
      view,
      starts.filter((s) => s.at >= 0 && s.at <= s.end),
    );
  }

  /** Content, font or image, from how the document refers to the stream and then from its own dictionary. */
  private kindOf(found: Found): Measured["kind"] {
    const roles = new Set(found.roles);
    if (found.num === undefined && found.roles.size === 0) roles.add("other");
    for (const role of found.num === undefined ? [] : (this.roles.get(found.num) ?? [])) roles.add(role);
    const kinds = [found.stream.dict, ...found.alternates].map((dict) => kindFrom(roles, dict.entries));
    return kinds.includes("content") ? "content" : kinds.includes("font") ? "font" : "image";
  }

  /** Decodes a stream (every reading of it, where the document is encrypted) within what the budget has left. */
  private async decodeFound(
    found: Found,
    kind: "content" | "font",
    decryptors: Decryptor[] | undefined,
    budget: { left: number; tables: number },
    uses: number,
  ): Promise<Measured> {
    const raw = found.region.subarray(found.stream.start, found.stream.end);
    const readings: Uint8Array[] = [raw];
    if (decryptors && !found.inObjectStream) {
      const num = found.num ?? found.owner;
      const gen = found.num !== undefined ? (found.gen ?? 0) : (found.ownerGen ?? 0);
      for (const d of decryptors) {
        if (num === undefined && d.method !== "aes256") {
          throw new Refused("structure", 0, "it has an encrypted stream whose object number cannot be read");
        }
        readings.push(await decryptStream(d.method, d.key, num ?? 0, gen, raw));
      }
    }
    const cap = Math.floor(budget.left / uses);
    let size = 0;
    const views: Uint8Array[] = [];
    const chains = [found.stream.dict, ...found.alternates].map((dict) =>
      filtersOf(dict.entries, this.resolveOne).filter((f) => f.name !== "Crypt"),
    );
    for (const reading of readings.flatMap((r) => chains.map((filters) => [r, filters] as const))) {
      const [data, filters] = reading;
      const decoded = decode(data, filters, cap, kind === "content", budget.tables);
      budget.tables -= decoded.tableWork;
      if (!Number.isFinite(decoded.tableWork) || budget.tables < 0) {
        throw new Refused(
          "inflate_tables",
          this.caps.inflateTables,
          "its compressed streams rebuild their tables too often",
        );
      }
      if (decoded.damaged) {
        // What PDF.js makes of a malformed stream depends on its decoder's leniency, which nothing here models.
        throw new Refused("damaged_stream", 0, `it has a ${decoded.damaged} stream that is damaged`);
      }
      if (decoded.unbounded) {
        throw new Refused(
          kind === "font" ? "font_bytes" : "content_bytes",
          kind === "font" ? this.caps.fontBytes : this.caps.contentBytes,
          `it has a ${kind === "font" ? "font" : "content"} stream compressed with ${decoded.unbounded}, whose size cannot be bounded`,
        );
      }
      if (decoded.over) {
        throw kind === "font"
          ? new Refused("font_bytes", this.caps.fontBytes, "its embedded fonts decode to too many bytes")
          : new Refused("content_bytes", this.caps.contentBytes, "its content streams decode to too many bytes");
      }
      size = Math.max(size, decoded.work);
      if (decoded.bytes) views.push(decoded.bytes);
    }
    return { kind, size, views };
  }

  /**
   * What PDF.js evaluates: every page content (once per reference to it) and Type3 glyph procedure, with each `Do`
   * in it charged the costliest form it could name. A form invoking itself is skipped, as PDF.js skips it.
   */
  private evaluated(measured: Map<Found, Measured>): number {
    const memo = new Map<string, number>();
    const dictIds = new Map<PdfDict, number>();
    const idOf = (d: PdfDict) => {
      const id = dictIds.get(d) ?? dictIds.size;
      dictIds.set(d, id);
      return id;
    };
    const allForms = this.found.filter((f) => nameOf(f.stream.dict.entries.get("Subtype")) === "Form");
    let visits = 0;
    const formsIn = (resources: PdfDict[] | "all"): Found[] => {
      if (resources === "all") return allForms;
      const out = new Set<Found>();
      for (const r of resources) {
        for (const xobjects of this.dicts(r.entries.get("XObject"))) {
          for (const value of xobjects.entries.values()) {
            const targets = isRef(value)
              ? (this.byNum.get(value.num) ?? [])
              : value && typeof value === "object" && !Array.isArray(value) && value.kind === "stream"
                ? [this.foundOf.get(value)].filter((f): f is Found => f !== undefined)
                : [];
            for (const t of targets) if (measured.get(t)?.kind === "content") out.add(t);
          }
        }
      }
      return [...out];
    };
    const cost = (found: Found, inherited: PdfDict[] | "all", path: Set<Found>): { cost: number; cut: boolean } => {
      if (++visits > 100_000) {
        throw new Refused("structure", 100_000, "its forms invoke each other too intricately to bound");
      }
      const own = this.dicts(found.stream.dict.entries.get("Resources"));
      const resources = own.length > 0 ? own : inherited;
      const key = `${found.id}|${resources === "all" ? "all" : resources.map(idOf).join(",")}`;
      const known = memo.get(key);
      if (known !== undefined) return { cost: known, cut: false };
      const m = measured.get(found);
      const views = m?.views ?? [];
      const dos = Math.max(0, ...views.map(countDo));
      let cut = false;
      let worst = 0;
      if (dos > 0) {
        path.add(found);
        for (const form of formsIn(resources)) {
          if (path.has(form)) {
            cut = true;
            continue;
          }
          const sub = cost(form, resources, path);
          cut ||= sub.cut;
          worst = Math.max(worst, sub.cost);
        }
        path.delete(found);
      }
      const total = (m?.size ?? 0) + dos * worst;
      if (!cut) memo.set(key, total);
      return { cost: total, cut };
    };
    const pageResources = (owner: number | undefined): PdfDict[] | "all" => {
      if (owner === undefined) return "all";
      const out: PdfDict[] = [];
      let level = this.dicts({ kind: "ref", num: owner, gen: 0 });
      for (let depth = 0; depth < 32 && level.length > 0 && out.length === 0; depth++) {
        for (const d of level) out.push(...this.dicts(d.entries.get("Resources")));
        level = level.flatMap((d) => this.dicts(d.entries.get("Parent")));
      }
      return out;
    };
    let total = 0;
    const uses = [
      ...this.contentsUses.map((u) => ({ ...u, glyphs: false })),
      ...this.charProcUses.map((u) => ({ ...u, glyphs: true })),
    ];
    for (const use of uses) {
      const targets = use.found ? [use.found] : (this.byNum.get(use.target ?? -1) ?? []);
      let resources = pageResources(use.owner);
      // A Type3 font without resources of its own draws with those of the page using it: any of them.
      if (use.glyphs && resources !== "all" && resources.length === 0) resources = "all";
      let worst = 0;
      for (const t of targets) {
        if (measured.get(t)?.kind !== "content") continue;
        worst = Math.max(worst, cost(t, resources, new Set()).cost);
      }
      total += worst;
      if (total > this.caps.contentBytes) return total;
    }
    return total;
  }

  /** Every way PDF.js could decrypt this document's streams (none when it is not encrypted). */
  private async decryptors(): Promise<Decryptor[] | undefined> {
    const trailers = [
      ...this.trailers,
      ...this.found.filter((f) => nameOf(f.stream.dict.entries.get("Type")) === "XRef").map((f) => f.stream.dict),
    ];
    const encrypts = trailers.flatMap((t) => this.dicts(t.entries.get("Encrypt")));
    if (encrypts.length === 0) return undefined;
    const ids = new Map<string, Uint8Array>([["", new Uint8Array(0)]]);
    for (const t of trailers) {
      const id = this.resolveOne(t.entries.get("ID"));
      const first = Array.isArray(id) ? this.resolveOne(id[0]) : undefined;
      if (first && typeof first === "object" && !Array.isArray(first) && first.kind === "string") {
        const id = stringBytes(first);
        ids.set(Array.from(id).join(","), id);
      }
    }
    if (encrypts.length * ids.size > 16) {
      throw new Refused("structure", 16, "it has too many encryption dictionaries to check");
    }
    const out: Decryptor[] = [];
    for (const dict of encrypts) {
      const params = encryptParams(dict.entries, this.resolveOne);
      if (!params) continue;
      for (const id of ids.values()) {
        const key = await fileKey(params, id);
        for (const method of params.methods) if (method !== "identity") out.push({ key, method });
      }
    }
    return out;
  }
}

interface Decryptor {
  key: Uint8Array;
  method: CryptMethod;
}

/** A stream's kind from its roles, then from its dictionary (a role outranks a label). */
function kindFrom(roles: Set<Role>, entries: Map<string, PdfValue>): Measured["kind"] {
  const subtype = nameOf(entries.get("Subtype"));
  if (
    roles.has("contents") ||
    roles.has("charproc") ||
    roles.has("other") ||
    subtype === "Form" ||
    nameOf(entries.get("Type")) === "XRef" ||
    (entries.has("Subtype") && subtype === undefined)
  ) {
    return "content";
  }
  if (roles.has("fontfile")) return "font";
  if (subtype === "Image") return "image";
  // Reached only from where text extraction never reads (a profile, an attachment): skipped like an image.
  if (roles.size > 0 && [...roles].every((role) => role === "unused")) return "image";
  const labelledFont =
    entries.has("Length1") || entries.has("Length2") || entries.has("Length3") || FONT_SUBTYPES.has(subtype ?? "");
  return labelledFont ? "font" : "content";
}

/** The role of a reference or inline stream from the keys it sits under. */
function roleAt(
  key: string | undefined,
  parentKey: string | undefined,
  depth: number,
  container: "dict" | "array" | undefined,
): Role {
  if (container === "array") {
    if (key === "Contents") return "contents";
    // `[/ICCBased 5 0 R]`, as a colour space resource or an image's /ColorSpace.
    return key === "ColorSpace" || parentKey === "ColorSpace" ? "unused" : "other";
  }
  if (container !== "dict" || key === undefined) return "other";
  if (FONT_FILE_KEYS.has(key)) return "fontfile";
  if (key === "Contents") return "contents";
  if (parentKey === "XObject") return "xobject";
  if (parentKey === "CharProcs") return "charproc";
  if (UNUSED_KEYS.has(key) || UNUSED_PARENTS.has(parentKey ?? "")) return "unused";
  // A member of an object's own dictionary: an image if that object turns out to be a resource's /XObject dict.
  if (depth === 1) return "member";
  return "other";
}

const bytesIn = (v: PdfValue | undefined): Uint8Array | undefined =>
  v && typeof v === "object" && !Array.isArray(v) && v.kind === "string" ? stringBytes(v) : undefined;

/** The /Encrypt dictionary as PDF.js reads it, or undefined where PDF.js would refuse it (it then reads nothing). */
function encryptParams(
  entries: Map<string, PdfValue>,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
): EncryptParams | undefined {
  const get = (key: string) => resolve(entries.get(key));
  if (nameOf(get("Filter")) !== "Standard") return undefined;
  const v = get("V");
  if (v !== 1 && v !== 2 && v !== 4 && v !== 5) return undefined;
  const cf = get("CF");
  const cfs = isDict(cf) ? cf.entries : new Map<string, PdfValue>();
  let length = get("Length");
  if (!length) {
    if (v <= 3) length = 40;
    else {
      const stmf = nameOf(get("StmF"));
      const std = stmf ? resolve(cfs.get(stmf)) : undefined;
      const l = isDict(std) ? resolve(std.entries.get("Length")) : undefined;
      length = typeof l === "number" && l ? l : 128;
      if (length < 40) length <<= 3;
    }
  }
  if (typeof length !== "number" || !Number.isInteger(length) || length < 40 || length % 8 !== 0) return undefined;
  const o = bytesIn(get("O"));
  const u = bytesIn(get("U"));
  const p = get("P");
  const r = get("R");
  if (!o || !u || typeof r !== "number") return undefined;
  const methods: CryptMethod[] = [];
  if (v === 5) methods.push("aes256");
  else if (v === 4) {
    for (const value of cfs.values()) {
      const filter = resolve(value);
      const cfm = isDict(filter) ? nameOf(resolve(filter.entries.get("CFM"))) : undefined;
      if (cfm === "V2") methods.push("rc4");
      else if (cfm === "AESV2") methods.push("aes128");
      else if (cfm === "AESV3") methods.push("aes256");
    }
  } else methods.push("rc4");
  const metadata = get("EncryptMetadata");
  return {
    v,
    r,
    length,
    o,
    u,
    p: typeof p === "number" ? p : 0,
    ue: bytesIn(get("UE")),
    encryptMetadata:
      (v === 4 || v === 5) &&
      !(
        metadata &&
        typeof metadata === "object" &&
        !Array.isArray(metadata) &&
        "word" in metadata &&
        metadata.word === "false"
      ),
    methods: [...new Set(methods)],
  };
}

/**
 * Measures a PDF's streams against `caps` before PDF.js reads it. `pause` is awaited between costly steps, so the
 * caller can yield to other requests and keep its time budget.
 */
export function measurePdfStreams(
  bytes: Uint8Array,
  caps: StreamCaps = DEFAULT_STREAM_CAPS,
  pause?: () => Promise<void>,
): Promise<StreamReport> {
  return new StreamScan(bytes, caps, pause).run();
}
