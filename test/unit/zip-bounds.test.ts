import { deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  checkZip,
  containsBytes,
  DEFAULT_ZIP_BOUNDS,
  inflatedSize,
  RATIO_GRACE_BYTES,
  readCentralDirectory,
  type ZipBounds,
} from "../../src/api/input/zip-bounds.ts";
import { deflatedZeros, PACKAGE_PARTS, type RawEntry, tabbedResumeDocx, zipBomb, zipOf } from "../fixtures/docx.ts";

const MiB = 1024 * 1024;
const bytes = (text: string) => new TextEncoder().encode(text);
const random = (n: number) => {
  const out = new Uint8Array(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
};
const bounds = (over: Partial<ZipBounds>): ZipBounds => ({ ...DEFAULT_ZIP_BOUNDS, ...over });
const document = (entry: Partial<RawEntry>): RawEntry[] => [
  ...PACKAGE_PARTS,
  { name: "word/document.xml", data: bytes("<w:document/>"), ...entry },
];

describe("checkZip on a real Word file", () => {
  it("accepts it, and measures what each entry really inflates to (as zlib does)", async () => {
    const docx = await tabbedResumeDocx();
    const check = await checkZip(docx);
    if (!check.ok) throw new Error(JSON.stringify(check));
    expect(check.entries.map((e) => e.name)).toContain("word/document.xml");
    let expected = 0;
    for (const e of check.entries) {
      const data = docx.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      expected += e.method === 8 ? inflateRawSync(data).length : data.length;
    }
    expect(check.inflatedBytes).toBe(expected);
    expect(check.inflatedBytes).toBe(check.entries.reduce((n, e) => n + e.uncompressedSize, 0));
  });

  it("finds a name in the stored headers", async () => {
    const docx = await tabbedResumeDocx();
    expect(containsBytes(docx, bytes("word/document.xml"))).toBe(true);
    expect(containsBytes(docx, bytes("content.xml"))).toBe(false);
  });
});

describe("zip bombs", () => {
  it("stops inflating a bomb that declares a small size as soon as it passes it", async () => {
    // 64 MiB of zeros in about 64 KB, declaring the 30 KB a resume's XML would be.
    const bomb = await zipBomb(64, "small");
    expect(bomb.length).toBeLessThan(80_000);
    expect(readCentralDirectory(bomb).ok).toBe(true); // every declared size is within the bounds
    const started = performance.now();
    const check = await checkZip(bomb);
    expect(check).toMatchObject({ ok: false, over: { bound: "declared_size", limit: 30_000 } });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("inflates no more than the cap and one slice's output, however large the stream", async () => {
    const raw = await deflatedZeros(256);
    const stopped = await inflatedSize(raw, MiB);
    expect(stopped).toHaveProperty("size");
    const size = (stopped as { size: number }).size;
    expect(size).toBeGreaterThan(MiB);
    // One 4 KiB slice of deflate inflates to at most about 4.2 MB.
    expect(size).toBeLessThan(MiB + 4.2 * MiB);
  });

  it("refuses a bomb that declares its size by the declared bounds, without inflating it", async () => {
    const bomb = await zipBomb(64, "honest");
    expect(readCentralDirectory(bomb)).toMatchObject({ ok: false, over: { bound: "entry_bytes" } });
    expect(readCentralDirectory(bomb, bounds({ entryBytes: 128 * MiB, totalBytes: 128 * MiB }))).toMatchObject({
      ok: false,
      over: { bound: "document_bytes", limit: DEFAULT_ZIP_BOUNDS.documentBytes },
    });
    const big = { entryBytes: 128 * MiB, totalBytes: 128 * MiB, documentBytes: 128 * MiB };
    expect(readCentralDirectory(bomb, bounds(big))).toMatchObject({ ok: false, over: { bound: "ratio", limit: 100 } });
    // Within every bound, it is measured and passes.
    const measured = await checkZip(bomb, bounds({ ...big, ratio: 10_000 }));
    const packageBytes = PACKAGE_PARTS.reduce((n, p) => n + (p.data?.length ?? 0), 0);
    expect(measured).toMatchObject({ ok: true, inflatedBytes: 64 * MiB + packageBytes });
  });

  it("checks the ratio only above the grace size", async () => {
    const zeros = new Uint8Array(RATIO_GRACE_BYTES);
    expect(readCentralDirectory(await zipOf(document({ data: zeros })))).toMatchObject({ ok: true });
    const more = new Uint8Array(RATIO_GRACE_BYTES + 1);
    expect(readCentralDirectory(await zipOf(document({ data: more })))).toMatchObject({ over: { bound: "ratio" } });
  });

  it("bounds the total over entries", async () => {
    const part = random(MiB);
    const zip = await zipOf([0, 1, 2, 3].map((i) => ({ name: `word/media/image${i}.png`, data: part })));
    expect(readCentralDirectory(zip, bounds({ totalBytes: 3.5 * MiB }))).toMatchObject({
      over: { bound: "total_bytes", limit: 3.5 * MiB },
    });
    expect(await checkZip(zip, bounds({ totalBytes: 4 * MiB }))).toMatchObject({ ok: true, inflatedBytes: 4 * MiB });
  });

  it("counts the XML parts' tags as they inflate, and stops at the bound (what mammoth's memory grows with)", async () => {
    // 60,000 empty paragraphs: 360 KB, well within the byte bounds, that mammoth would hold as 60,000 objects.
    const xml = (n: number) => `<w:document><w:body>${"<w:p/>".repeat(n)}</w:body></w:document>`;
    const dense = await zipOf(document({ data: bytes(xml(60_000)) }));
    expect(readCentralDirectory(dense)).toMatchObject({ ok: true });
    expect(await checkZip(dense)).toMatchObject({ ok: false, over: { bound: "xml_tags", limit: 50_000 } });
    expect(await checkZip(dense, bounds({ xmlTags: 70_000 }))).toMatchObject({ ok: true });
    // Stored, and spread over several parts, they count the same; a picture's "<" bytes do not.
    const spread = await zipOf([
      ...document({ data: bytes(xml(30_000)), stored: true }),
      { name: "word/styles.xml", data: bytes(xml(30_000)) },
      { name: "word/media/image1.png", data: bytes("<".repeat(100_000)) },
    ]);
    expect(await checkZip(spread)).toMatchObject({ over: { bound: "xml_tags" } });
    expect(await checkZip(spread, bounds({ xmlTags: 61_000 }))).toMatchObject({ ok: true });
  });

  it("refuses too many entries, declared or found", async () => {
    const many = await zipOf(Array.from({ length: 501 }, (_, i) => ({ name: `f${i}.xml`, data: bytes("x") })));
    expect(readCentralDirectory(many)).toMatchObject({ over: { bound: "entries", limit: 500 } });
    // The end record may understate the count; the headers are counted as JSZip reads them.
    const understated = many.slice();
    const end = understated.length - 22;
    understated[end + 8] = 1;
    understated[end + 9] = 0;
    understated[end + 10] = 1;
    understated[end + 11] = 0;
    expect(readCentralDirectory(understated)).toMatchObject({ over: { bound: "entries", limit: 500 } });
    expect(readCentralDirectory(many, bounds({ entries: 600 }))).toMatchObject({ ok: true });
  });

  it("refuses an entry that inflates past the size it declares, and a stored entry with two sizes", async () => {
    const lying = await zipOf(document({ data: random(1000), declaredSize: 10 }));
    expect(await checkZip(lying)).toMatchObject({ ok: false, over: { bound: "declared_size", limit: 10 } });
    const stored = await zipOf(document({ data: bytes("<w:document/>"), stored: true, declaredSize: 5 }));
    expect(readCentralDirectory(stored)).toMatchObject({ ok: false, damaged: expect.stringMatching(/two sizes/) });
    // Declaring more than there is does no harm.
    expect(await checkZip(await zipOf(document({ declaredSize: 1000 })))).toMatchObject({ ok: true });
  });
});

describe("damaged and unusual archives", () => {
  it("refuses a truncated archive, invalid deflate data, and a compression method JSZip cannot read", async () => {
    const docx = await tabbedResumeDocx();
    expect(await checkZip(docx.subarray(0, docx.length - 30))).toMatchObject({
      ok: false,
      damaged: expect.any(String),
    });
    expect(await checkZip(docx.subarray(0, 100))).toMatchObject({ damaged: expect.stringMatching(/no end record/) });
    // 0xff: a final block of the reserved type 3.
    const garbage = await zipOf(document({ raw: new Uint8Array([0xff, 1, 2, 3]), declaredSize: 100 }));
    expect(await checkZip(garbage)).toMatchObject({ damaged: expect.stringMatching(/not valid deflate/) });
    // Cut-off deflate data (no final block) is damaged too.
    const cut = deflateRawSync(random(10_000)).subarray(0, 2_000);
    expect(await checkZip(await zipOf(document({ raw: cut, declaredSize: 10_000 })))).toMatchObject({
      damaged: expect.stringMatching(/not valid deflate/),
    });
    const bzip2 = await zipOf(document({}));
    bzip2.set([12, 0], 8); // the local header's method
    const central = bzip2.length - 22 - (46 + "word/document.xml".length);
    bzip2.set([12, 0], central + 10);
    expect(readCentralDirectory(bzip2)).toMatchObject({ damaged: expect.stringMatching(/compression method 12/) });
  });

  it("reports an encrypted entry as encrypted", async () => {
    const zip = await zipOf(document({ flags: 0x0801 }));
    expect(readCentralDirectory(zip)).toMatchObject({ ok: false, encrypted: true });
  });

  it("refuses what JSZip could read differently: ZIP64, duplicate names, data before the archive", async () => {
    const zip = await zipOf(document({}));
    const zip64 = zip.slice();
    zip64.set([0xff, 0xff, 0xff, 0xff], zip64.length - 22 + 16);
    expect(readCentralDirectory(zip64)).toMatchObject({ damaged: expect.stringMatching(/ZIP64/) });
    const twice = await zipOf([...document({}), { name: "word/document.xml", data: bytes("<other/>") }]);
    expect(readCentralDirectory(twice)).toMatchObject({ damaged: expect.stringMatching(/twice/) });
    const prefixed = new Uint8Array([...bytes("junk"), ...zip]);
    expect(readCentralDirectory(prefixed)).toMatchObject({ damaged: expect.stringMatching(/not where/) });
  });
});
