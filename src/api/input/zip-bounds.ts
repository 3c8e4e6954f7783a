/**
 * The ZIP pre-flight for Word files: before mammoth (through JSZip) opens a .docx, how much would it inflate?
 * JSZip inflates a whole entry into memory when it is read, and mammoth parses every XML part it reads into a DOM,
 * so a few KB of deflated zeros that expand to gigabytes can only be stopped before mammoth starts. Written from
 * PKWARE's APPNOTE (4.3.7 local file header, 4.3.12 central directory header, 4.3.16 end of central directory
 * record), and read the way JSZip reads an archive: the last end-of-central-directory signature in the file, the
 * central headers from its offset, each entry's data from its local header's offset with the central sizes.
 *
 * Bounds, first on what the central directory declares: entries, the uncompressed size of each entry and of all
 * of them, the size of each XML part (word/document.xml, styles, numbering, relationships: what mammoth parses),
 * and the compression ratio of large entries. Declared sizes can lie, so every entry is then inflated here, with the
 * platform's `DecompressionStream("deflate-raw")`, counting bytes without keeping them and stopping as soon as the
 * output passes the size the entry declared (which the bounds have already accepted): what JSZip will inflate is
 * never more than what was measured. While the XML parts inflate, their tags are counted against a bound of their
 * own: mammoth's memory grows with the DOM's nodes, which bytes alone do not bound (1 MB of "<w:p/>" is 175,000
 * paragraphs). What JSZip might read differently from this reader (ZIP64, several disks,
 * data before the archive, a central directory out of place, duplicate or re-encoded names) is refused as damaged
 * rather than guessed at, as is a damaged archive (truncated, a bad signature, invalid deflate data).
 * Pure but for `DecompressionStream`, which Node and workerd both have: tested in Node.
 */

export interface ZipBounds {
  /** Entries in the central directory. */
  entries: number;
  /** Uncompressed bytes of one entry, declared or found. */
  entryBytes: number;
  /** Uncompressed bytes of all entries together, declared or found. */
  totalBytes: number;
  /** Uncompressed bytes of one XML part (`.xml`, `.rels`): word/document.xml and the parts mammoth reads with it. */
  documentBytes: number;
  /** Uncompressed size over compressed size, for an entry larger than RATIO_GRACE_BYTES. */
  ratio: number;
  /**
   * Markup tags ("<") in all XML parts together, counted as they inflate: what mammoth's DOM costs grows with its
   * nodes (about 1 KB of heap per tag, measured), not with bytes.
   */
  xmlTags: number;
}

/**
 * A generated two-page resume is 17 entries and 36 KB of XML, compressing 4–7 times (Word's own files are larger:
 * word/document.xml up to a few hundred KB); a photo adds an entry of its own size (JPEG does not compress).
 * mammoth holds about 1 KB of heap per XML tag: 50,000 tags (some twenty pages of formatted Word) cost it about
 * 45 MB and a second of CPU (decision 0020), within a Worker's 128 MB. The byte bounds leave room for large images.
 */
export const DEFAULT_ZIP_BOUNDS: Readonly<ZipBounds> = {
  entries: 500,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 32 * 1024 * 1024,
  documentBytes: 2 * 1024 * 1024,
  ratio: 100,
  xmlTags: 50_000,
};

/** Below this size an entry's ratio is not checked: small parts of repeated markup compress arbitrarily well. */
export const RATIO_GRACE_BYTES = 1024 * 1024;

export type ZipBound =
  | "entries"
  | "entry_bytes"
  | "total_bytes"
  | "document_bytes"
  | "ratio"
  | "xml_tags"
  | "declared_size";

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared by the central directory. */
  uncompressedSize: number;
  /** Offset of the entry's data (after its local header). */
  dataOffset: number;
}

export type ZipCheck =
  | { ok: true; entries: ZipEntryInfo[]; inflatedBytes: number }
  | { ok: false; over: { bound: ZipBound; limit: number; why: string } }
  | { ok: false; damaged: string; encrypted?: boolean };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
/** Compressed bytes handed to the inflater at a time: one write can then expand to at most about 4 MiB. */
const SLICE = 4096;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);
const mib = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} bytes`);

/** Whether `bytes` holds `needle` anywhere (entry names are stored uncompressed in local and central headers). */
export function containsBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

type Directory = { ok: true; entries: ZipEntryInfo[] } | Exclude<ZipCheck, { ok: true }>;

const over = (bound: ZipBound, limit: number, why: string): Directory => ({ ok: false, over: { bound, limit, why } });
const damaged = (why: string): Directory => ({ ok: false, damaged: why });

/**
 * The archive's central directory, checked against the declared bounds. Synchronous and linear in the
 * directory's size; reads no entry data.
 */
export function readCentralDirectory(bytes: Uint8Array, bounds: ZipBounds = DEFAULT_ZIP_BOUNDS): Directory {
  // JSZip takes the last end-of-central-directory signature in the file, wherever it is.
  let end = -1;
  for (let i = bytes.length - 4; i >= 0; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0 || u32(bytes, end) !== END_OF_CENTRAL) return damaged("it is not a complete ZIP archive (no end record)");
  if (end + 22 + u16(bytes, end + 20) > bytes.length) return damaged("its end record is cut short");
  const disk = u16(bytes, end + 4);
  const cdDisk = u16(bytes, end + 6);
  const onDisk = u16(bytes, end + 8);
  const total = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (total === 0xffff || onDisk === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return damaged("it is a ZIP64 archive, which a Word file of this size never needs");
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) return damaged("it is split over several disks");
  if (total > bounds.entries) return over("entries", bounds.entries, `it declares ${total} entries`);
  if (cdOffset + cdSize !== end) {
    return cdOffset + cdSize > end
      ? damaged("its central directory is cut short")
      : damaged("its central directory is not where its end record says");
  }

  const entries: ZipEntryInfo[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let declaredTotal = 0;
  let at = cdOffset;
  // As JSZip does: central headers are read for as long as their signature follows.
  while (at + 46 <= end && u32(bytes, at) === CENTRAL_HEADER) {
    if (entries.length >= bounds.entries)
      return over("entries", bounds.entries, `it has more than ${bounds.entries} entries`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const uncompressedSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entryDisk = u16(bytes, at + 34);
    const localOffset = u32(bytes, at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) return damaged("a central directory header runs past the directory");
    let name: string;
    try {
      name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    } catch {
      return damaged("an entry's name is not UTF-8");
    }
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(bytes, x);
      if (id === ZIP64_EXTRA) return damaged(`${name} has ZIP64 sizes`);
      if (id === UNICODE_PATH_EXTRA) return damaged(`${name} has a second, Unicode name`);
      x += 4 + u16(bytes, x + 2);
    }
    if (names.has(name)) return damaged(`${name} is in the archive twice`);
    names.add(name);
    if (entryDisk !== 0 || compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      return damaged(`${name} has ZIP64 sizes`);
    }
    if (flags & 0x0001) return { ok: false, damaged: "it is encrypted (password-protected)", encrypted: true };
    if (method !== 0 && method !== 8) return damaged(`${name} uses compression method ${method}, which is not read`);
    if (method === 0 && compressedSize !== uncompressedSize) return damaged(`${name} is stored with two sizes`);

    // The data starts after the local header's own name and extra field, which may differ from the central ones.
    if (localOffset + 30 > cdOffset || u32(bytes, localOffset) !== LOCAL_HEADER) {
      return damaged(`${name} has no local header where the directory says`);
    }
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > cdOffset) return damaged(`${name} runs past the end of the data`);

    if (uncompressedSize > bounds.entryBytes) {
      return over("entry_bytes", bounds.entryBytes, `${name} declares ${mib(uncompressedSize)} uncompressed`);
    }
    if (isXmlPart(name) && uncompressedSize > bounds.documentBytes) {
      return over("document_bytes", bounds.documentBytes, `${name} declares ${mib(uncompressedSize)} of XML`);
    }
    if (uncompressedSize > RATIO_GRACE_BYTES && uncompressedSize / Math.max(compressedSize, 1) > bounds.ratio) {
      const ratio = Math.round(uncompressedSize / Math.max(compressedSize, 1));
      return over("ratio", bounds.ratio, `${name} compresses ${ratio} to 1`);
    }
    declaredTotal += uncompressedSize;
    if (declaredTotal > bounds.totalBytes) {
      return over(
        "total_bytes",
        bounds.totalBytes,
        `its entries declare more than ${mib(bounds.totalBytes)} uncompressed`,
      );
    }
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset });
    at = next;
  }
  if (at !== end || entries.length !== total) return damaged("its central directory does not match its end record");
  return { ok: true, entries };
}

/**
 * Bytes `data` inflates to (raw deflate), counted up to `cap` + 1: past that, inflating stops; it stops too as soon
 * as `onChunk`, shown each piece of output, returns false.
 */
export async function inflatedSize(
  data: Uint8Array,
  cap: number,
  onChunk?: (chunk: Uint8Array) => boolean,
): Promise<{ size: number } | { error: unknown }> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed in slices, so that one write never expands to much more than the reader is willing to count.
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += SLICE) await writer.write(data.slice(i, i + SLICE));
    await writer.close();
  })();
  feeding.catch(() => undefined);
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > cap || (onChunk && !onChunk(value))) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return { size };
      }
    }
    await feeding;
  } catch (error) {
    return { error };
  }
  return { size };
}

/** "<" bytes in `chunk`. */
function tagsIn(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(0x3c); i >= 0; i = chunk.indexOf(0x3c, i + 1)) n++;
  return n;
}

/**
 * The archive checked against `bounds`: first what its central directory declares, then what each entry really
 * inflates to, each stopped as soon as it passes its declared size (or the XML parts, their tag bound).
 */
export async function checkZip(bytes: Uint8Array, bounds: ZipBounds = DEFAULT_ZIP_BOUNDS): Promise<ZipCheck> {
  const directory = readCentralDirectory(bytes, bounds);
  if (!directory.ok) return directory;
  let inflatedBytes = 0;
  let tags = 0;
  const tooManyTags = () => ({
    ok: false as const,
    over: { bound: "xml_tags" as const, limit: bounds.xmlTags, why: `its XML has more than ${bounds.xmlTags} tags` },
  });
  for (const entry of directory.entries) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const xml = isXmlPart(entry.name);
    let size = data.length;
    if (entry.method === 8 && !(entry.compressedSize === 0 && entry.uncompressedSize === 0)) {
      const count = (chunk: Uint8Array) => {
        tags += tagsIn(chunk);
        return tags <= bounds.xmlTags;
      };
      const result = await inflatedSize(data, entry.uncompressedSize, xml ? count : undefined);
      if ("error" in result) return { ok: false, damaged: `${entry.name} is not valid deflate data` };
      size = result.size;
    } else if (xml) {
      tags += tagsIn(data);
    }
    if (tags > bounds.xmlTags) return tooManyTags();
    if (size > entry.uncompressedSize) {
      return {
        ok: false,
        over: {
          bound: "declared_size",
          limit: entry.uncompressedSize,
          why: `${entry.name} inflates past the ${mib(entry.uncompressedSize)} it declares`,
        },
      };
    }
    inflatedBytes += size;
  }
  return { ok: true, entries: directory.entries, inflatedBytes };
}
