import { describe, expect, it } from "vitest";
import { md5, rc4 } from "../../src/api/input/pdf-decrypt.ts";
import { decode } from "../../src/api/input/pdf-filters.ts";
import { DEFAULT_STREAM_CAPS, measurePdfStreams, type StreamCaps } from "../../src/api/input/pdf-streams.ts";
import {
  bombPdf,
  brokenDeflatePdf,
  chromiumLikePdf,
  cmapBombPdf,
  deflate,
  disguisedContentsPdf,
  encryptedPdf,
  filterBombPdf,
  fontBombPdf,
  formBombPdf,
  imagePdf,
  lzwEncode,
  manyStreamsPdf,
  noise,
  runLengthEncode,
  sharedContentsPdf,
  tableBomb,
  tableBombPdf,
  writePdf,
  zlibRejectsPaths,
  zlibRejectsPdf,
} from "../fixtures/pdf-bomb.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const caps = (over: Partial<StreamCaps> = {}): StreamCaps => ({ ...DEFAULT_STREAM_CAPS, ...over });
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

describe("measurePdfStreams", () => {
  it("passes a resume laid out as Chromium prints one, with room to spare on every bound", async () => {
    const report = await measurePdfStreams(await chromiumLikePdf());
    expect(report.over).toBeUndefined();
    expect(report).toMatchObject({ images: 1, fonts: 3, encrypted: false });
    // Two pages of about 35 KB of content and three CMaps; three 45 KB font subsets.
    expect(report.contentBytes).toBeGreaterThan(70_000);
    expect(report.contentBytes).toBeLessThan(DEFAULT_STREAM_CAPS.contentBytes / 20);
    expect(report.fontBytes).toBe(135_000);
    expect(report.fontBytes).toBeLessThan(DEFAULT_STREAM_CAPS.fontBytes / 20);
  });

  it("refuses a page of path operators that inflates past the content bound", async () => {
    const pdf = await bombPdf(400_000, "paths");
    expect(pdf.length).toBeLessThan(20_000);
    const report = await measurePdfStreams(pdf);
    expect(report.over).toMatchObject({ bound: "content_bytes", limit: 4 * 1024 * 1024 });
  });

  it("refuses an embedded font file that inflates past the font bound", async () => {
    expect((await measurePdfStreams(await fontBombPdf(32 * 1024 * 1024))).over).toMatchObject({
      bound: "font_bytes",
      limit: 16 * 1024 * 1024,
    });
    // The same font under the bound passes: fonts have their own, larger budget.
    expect((await measurePdfStreams(await fontBombPdf(8 * 1024 * 1024))).over).toBeUndefined();
  });

  it("refuses a document with too many streams", async () => {
    expect((await measurePdfStreams(manyStreamsPdf(60), caps({ streams: 50 }))).over).toMatchObject({
      bound: "streams",
      limit: 50,
    });
    expect((await measurePdfStreams(manyStreamsPdf(40), caps({ streams: 50 }))).over).toBeUndefined();
  });

  it("decodes LZW and RunLength streams and refuses them over the bound (neither is a way around it)", async () => {
    const small = caps({ contentBytes: 256 * 1024 });
    for (const filter of ["LZWDecode", "RunLengthDecode"] as const) {
      const over = await filterBombPdf(filter, 300 * 1024);
      expect((await measurePdfStreams(over, small)).over, filter).toMatchObject({ bound: "content_bytes" });
      const under = await filterBombPdf(filter, 200 * 1024);
      expect((await measurePdfStreams(under, small)).over, filter).toBeUndefined();
    }
  });

  it("skips images without decoding them, however large they inflate", async () => {
    const report = await measurePdfStreams(await imagePdf(64 * 1024 * 1024));
    expect(report.over).toBeUndefined();
    expect(report.images).toBe(1);
    expect(report.contentBytes).toBeLessThan(200);
    // An image whose data would trip the inflater's table bound if it were decoded.
    const trap = writePdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
      { dict: "<< >>", data: bytes("q 10 0 0 10 0 0 cm /Im1 Do Q") },
      {
        dict: "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /Filter /FlateDecode >>",
        data: tableBomb(200),
      },
    ]);
    expect((await measurePdfStreams(trap)).over).toBeUndefined();
  });

  it("skips what text extraction never reads (an ICC profile, an attachment) unless the page also uses it", async () => {
    const profile = await deflate(new Uint8Array(8 * 1024 * 1024));
    const pdf = (contents: string) =>
      writePdf([
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(cv.odt) 6 0 R] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /ColorSpace << /CS0 [/ICCBased 5 0 R] >> >> /Contents ${contents} >>`,
        { dict: "<< >>", data: bytes("0 0 m 1 1 l S") },
        { dict: "<< /N 4 /Filter /FlateDecode >>", data: profile },
        "<< /Type /Filespec /F (cv.odt) /EF << /F 7 0 R >> >>",
        { dict: "<< /Type /EmbeddedFile /Filter /FlateDecode >>", data: profile },
      ]);
    const report = await measurePdfStreams(pdf("4 0 R"));
    expect(report.over).toBeUndefined();
    expect(report.images).toBe(2);
    expect((await measurePdfStreams(pdf("[4 0 R 5 0 R]"))).over).toMatchObject({ bound: "content_bytes" });
  });

  it("measures a stream by how the page uses it, not by its label: an 'image' named as /Contents is content", async () => {
    expect((await measurePdfStreams(await disguisedContentsPdf(400_000))).over).toMatchObject({
      bound: "content_bytes",
    });
  });

  it("does not fail on deflate it cannot inflate (raw deflate, junk after the end, truncated, noise)", async () => {
    const report = await measurePdfStreams(await brokenDeflatePdf());
    expect(report.over).toBeUndefined();
    expect(report.streams).toBe(4);
  });

  it("refuses a deflate stream damaged before its end, which a lenient inflater could expand to anything", async () => {
    // zlib (DecompressionStream) gives up at once on it, as the pre-flight's inflater does; PDF.js's reads on.
    let zlibBytes = 0;
    await expect(
      (async () => {
        const reader = new Blob([zlibRejectsPaths(100) as Uint8Array<ArrayBuffer>])
          .stream()
          .pipeThrough(new DecompressionStream("deflate"))
          .getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          zlibBytes += value.length;
        }
      })(),
    ).rejects.toThrow();
    expect(zlibBytes).toBe(0);
    expect(decode(zlibRejectsPaths(100), [{ name: "FlateDecode" }], 1 << 20, false, 1 << 20)).toMatchObject({
      damaged: "FlateDecode",
    });
    expect((await measurePdfStreams(await zlibRejectsPdf(20))).over).toMatchObject({ bound: "damaged_stream" });
  });

  it("bounds the Huffman tables a deflate stream makes PDF.js rebuild", async () => {
    // Each block builds a 15-bit literal table (32,768 entries), a 4-bit code-length table and a 1-bit distance one.
    expect(decode(tableBomb(10), [{ name: "FlateDecode" }], 1 << 20, false, 1 << 30).tableWork).toBe(
      10 * (32_768 + 16 + 2),
    );
    // 1,100 blocks, 23 KB: past the 32M-entry bound.
    expect((await measurePdfStreams(await tableBombPdf(1_100))).over).toMatchObject({ bound: "inflate_tables" });
    expect((await measurePdfStreams(await tableBombPdf(50))).over).toBeUndefined();
  });

  it("charges each page content for every form it invokes", async () => {
    // 2 KB of forms invoked 100 times is fine; 1 MB invoked 200 times is 200 MB for PDF.js to evaluate.
    expect((await measurePdfStreams(await formBombPdf(2_000, 100))).over).toBeUndefined();
    const report = await measurePdfStreams(await formBombPdf(1 << 20, 200));
    expect(report.over).toMatchObject({ bound: "content_bytes" });
    expect(report.evaluatedBytes).toBeGreaterThan(200 << 20);
  });

  it("charges a content stream for each time the page names it", async () => {
    expect((await measurePdfStreams(await sharedContentsPdf(100_000, 100))).over).toMatchObject({
      bound: "content_bytes",
    });
    expect((await measurePdfStreams(await sharedContentsPdf(100_000, 3))).over).toBeUndefined();
  });

  it("refuses CMaps whose ranges PDF.js would expand into millions of codes", async () => {
    expect((await measurePdfStreams(await cmapBombPdf(2))).over).toMatchObject({ bound: "cmap_entries" });
  });

  it("decrypts as PDF.js does (empty user password) before measuring: RC4, AES-128 and AES-256", async () => {
    const text = bytes("BT /F1 12 Tf 72 700 Td (Owner-password-only resume) Tj ET");
    const paths = bytes("0 0 m 1 1 l S\n".repeat(400_000));
    for (const method of ["rc4-128", "aes-128", "aes-256"] as const) {
      const ok = await measurePdfStreams(await encryptedPdf(method, text));
      expect(ok.over, method).toBeUndefined();
      expect(ok.encrypted).toBe(true);
      // The decrypted stream inflated: measured to the byte (as ciphertext it would not inflate at all).
      expect(ok.contentBytes, method).toBe(text.length);
      expect((await measurePdfStreams(await encryptedPdf(method, paths))).over, method).toMatchObject({
        bound: "content_bytes",
      });
    }
  });

  it("refuses a stream its parser could not place rather than guess how PDF.js reads it", async () => {
    const hidden = writePdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      // After BI, PDF.js reads inline-image data, then the stream under /Contents.
      `<< /Type /Page /Parent 2 0 R /A BI /W 1 ID x EI /Contents << /Filter /FlateDecode /Length 9 >> stream\n${"x".repeat(9)}\nendstream >>`,
    ]);
    expect((await measurePdfStreams(hidden)).over).toMatchObject({ bound: "structure" });
  });

  it("yields to its caller while it works, and stops when the caller says so", async () => {
    let pauses = 0;
    const pdf = await sharedContentsPdf(300_000, 3);
    await measurePdfStreams(pdf, caps(), async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(0);
    await expect(
      measurePdfStreams(pdf, caps(), async () => {
        throw new Error("out of time");
      }),
    ).rejects.toThrow("out of time");
  });
});

describe("filters", () => {
  const sample = bytes("BT /F1 12 Tf 72 700 Td (Filters decode to the same bytes PDF.js reads) Tj ET\n".repeat(50));

  it("decode what the encoders wrote: Flate, LZW, RunLength, ASCIIHex, ASCII85", async () => {
    const keep = (data: Uint8Array, name: string) => decode(data, [{ name }], 1 << 20, true, 1 << 20).bytes;
    expect(keep(await deflate(sample), "FlateDecode")).toEqual(sample);
    expect(keep(lzwEncode(sample), "LZWDecode")).toEqual(sample);
    expect(keep(runLengthEncode(sample), "RunLengthDecode")).toEqual(sample);
    expect(keep(bytes(`${hex(sample)}>`), "ASCIIHexDecode")).toEqual(sample);
    expect(keep(bytes("87cURD]j7BEbo80~>"), "ASCII85Decode")).toEqual(bytes("Hello world!"));
    expect(keep(bytes("87cURD]j7BEbo80+T~>"), "ASCII85Decode")).toEqual(bytes("Hello world!!"));
    expect(keep(bytes("z~>"), "ASCII85Decode")).toEqual(new Uint8Array(4));
  });

  it("inflates what zlib inflates, byte for byte (stored, fixed and dynamic blocks, long matches)", async () => {
    const inputs = [
      new Uint8Array(0),
      noise(70_000, 3), // incompressible: stored blocks
      bytes("a"), // a fixed block
      bytes("0 0 m 612 792 l S\n".repeat(20_000)), // long matches, several dynamic blocks
      Uint8Array.from({ length: 100_000 }, (_, i) => (i * i) % 251), // a 251-byte period: distances and lengths
    ];
    for (const input of inputs) {
      const zlib = await deflate(input);
      const out = decode(zlib, [{ name: "FlateDecode" }], 1 << 22, true, 1 << 30);
      expect(out.damaged).toBeUndefined();
      expect(out.bytes).toEqual(input);
    }
  });

  it("decodes the LZW example of the PDF specification (§7.4.4.2)", () => {
    const encoded = Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(decode(encoded, [{ name: "LZWDecode" }], 1 << 10, true, 0).bytes).toEqual(bytes("-----A---B"));
  });

  it("reports a malformed stream as damaged rather than measuring it", async () => {
    expect(decode(bytes("12 zz >"), [{ name: "ASCIIHexDecode" }], 1 << 10, false, 0).damaged).toBe("ASCIIHexDecode");
    expect(decode(Uint8Array.from([0x78, 0x9c, 0x07]), [{ name: "FlateDecode" }], 1 << 10, false, 0).damaged).toBe(
      "FlateDecode", // block type 3
    );
    // Truncated data is not a fault: measured as far as it goes.
    const zlib = await deflate(bytes("BT (truncated) Tj ET\n".repeat(500)));
    const cut = decode(zlib.subarray(0, zlib.length - 20), [{ name: "FlateDecode" }], 1 << 20, false, 1 << 20);
    expect(cut.damaged).toBeUndefined();
    expect(cut.work).toBeGreaterThan(0);
  });

  it("chains filters and stops at the cap, charging every stage", async () => {
    const chained = bytes(`${hex(await deflate(sample))}>`);
    const full = decode(chained, [{ name: "ASCIIHexDecode" }, { name: "FlateDecode" }], 1 << 20, true, 1 << 20);
    expect(full.bytes).toEqual(sample);
    expect(full.work).toBe((chained.length - 1) / 2 + sample.length);
    expect(decode(chained, [{ name: "ASCIIHexDecode" }, { name: "FlateDecode" }], 1000, false, 1 << 20).over).toBe(
      true,
    );
  });

  it("applies the PNG predictor after Flate, and counts a huge row size without allocating it", async () => {
    const rows = Uint8Array.from([2, 1, 2, 3, 2, 1, 1, 1]); // two rows of 3 bytes, "Up" filter
    const parms = new Map<string, number>([
      ["Predictor", 12],
      ["Columns", 3],
    ]);
    const out = decode(await deflate(rows), [{ name: "FlateDecode", parms }], 1 << 20, true, 1 << 20);
    expect(out.bytes).toEqual(Uint8Array.from([1, 2, 3, 2, 3, 4]));
    const huge = new Map<string, number>([
      ["Predictor", 12],
      ["Columns", 100_000_000],
    ]);
    expect(decode(await deflate(rows), [{ name: "FlateDecode", parms: huge }], 1 << 20, false, 1 << 20).over).toBe(
      true,
    );
  });

  it("refuses an image codec on a stream that is not an image: its output has no bound here", () => {
    expect(decode(new Uint8Array(10), [{ name: "DCTDecode" }], 1 << 20, false, 1 << 20).unbounded).toBe("DCTDecode");
  });
});

describe("crypto helpers", () => {
  it("computes MD5 and RC4 test vectors", () => {
    expect(hex(md5(new Uint8Array(0)))).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(hex(md5(bytes("abc")))).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(hex(md5(bytes("a".repeat(1000))))).toBe("cabe45dcc9ae5b66ba86600cca6b8ba8");
    expect(hex(rc4(bytes("Key"), bytes("Plaintext")))).toBe("bbf316e8d940af0ad3");
  });
});
