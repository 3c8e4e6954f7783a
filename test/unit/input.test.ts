import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mediaTypeOf, readBoundedBody } from "../../src/api/input/body.ts";
import { detectFileType, isPdf, jsonResumeErrors } from "../../src/api/input/files.ts";
import { jsonDeeperThan, parseJson } from "../../src/api/input/json.ts";
import { DEFAULT_LIMITS, limitsFrom } from "../../src/api/input/limits.ts";
import { joinPages, type PdfTextItem, pageLines } from "../../src/api/input/pdf-lines.ts";
import { cleanField, cleanStrings, decodeTextFile, decodeUtf8, normalizeInput } from "../../src/api/input/text.ts";
import { ProblemError } from "../../src/api/problem.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", name));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Depth of a parsed JSON value, the reference for the scanner. */
const depthOf = (value: unknown): number =>
  value !== null && typeof value === "object"
    ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depthOf))
    : 0;

describe("jsonDeeperThan", () => {
  it("counts arrays and objects, not brackets inside strings or escaped quotes", () => {
    expect(jsonDeeperThan("{}", 1)).toBe(false);
    expect(jsonDeeperThan("{}", 0)).toBe(true);
    expect(jsonDeeperThan('{"a": [{"b": []}]}', 4)).toBe(false);
    expect(jsonDeeperThan('{"a": [{"b": []}]}', 3)).toBe(true);
    expect(jsonDeeperThan(`{"a": "${"[{".repeat(50)}"}`, 1)).toBe(false);
    expect(jsonDeeperThan(`{"a": "\\"[[[[", "b": 1}`, 1)).toBe(false);
    expect(jsonDeeperThan("[[], [], [[]]]", 2)).toBe(true);
    expect(jsonDeeperThan("[[], [], []]", 2)).toBe(false);
  });

  it("agrees with the depth of what JSON.parse builds, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, limit) => {
        expect(jsonDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });

  it("stops at the limit on input far deeper than any stack", () => {
    expect(parseJson("[".repeat(1_000_000), 32)).toEqual({ ok: false, reason: "too_deep" });
    expect(parseJson('{"a":', 32)).toMatchObject({ ok: false, reason: "syntax" });
    expect(parseJson('{"a": [1]}', 32)).toEqual({ ok: true, value: { a: [1] } });
  });
});

describe("text decoding and normalization", () => {
  it("decodes strict UTF-8, dropping a BOM, and UTF-16 with a BOM; nothing else", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe("hi");
    expect(decodeUtf8(new Uint8Array([0x4a, 0xe9]))).toBeUndefined();
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]))).toBe("hé");
    expect(decodeTextFile(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]))).toBe("hé");
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toBeUndefined(); // a lone surrogate
    expect(decodeTextFile(new Uint8Array([0x4a, 0xe9]))).toBeUndefined();
  });

  it("normalizes to NFC with LF line endings and no control characters but tab and newline", () => {
    expect(normalizeInput("Jose\u0301\r\nA\u0007B\u0000\tC\rD\u2028E\u2029F")).toBe("José\nAB\tC\nD\nE\nF");
    expect(normalizeInput("bad \ud800 surrogate")).toBe("bad \ufffd surrogate");
  });

  it("is idempotent on the fixtures, so normalizing again downstream changes nothing", () => {
    for (const name of [
      "resume-backend.md",
      "resume-nurse.txt",
      "resume-teacher.txt",
      "job-platform.txt",
      "job-nurse.txt",
    ]) {
      const once = normalizeInput(fixture(name).toString("utf8"));
      expect(normalizeInput(once), name).toBe(once);
    }
  });

  it("cleans JSON Resume strings without trimming or unquoting them", () => {
    expect(cleanField(' "Quoted"\r\n\u0007e\u0301 ')).toBe(' "Quoted"\n\u00e9 ');
    expect(cleanStrings({ a: ["x\u0000", 1, null, { b: "c\r" }], d: true })).toEqual({
      a: ["x", 1, null, { b: "c\n" }],
      d: true,
    });
  });
});

describe("detectFileType", () => {
  const pdf = utf8("%PDF-1.7\n…");
  it("trusts a PDF's header over its name and type", () => {
    expect(detectFileType("resume.txt", "text/plain", pdf)).toEqual({ type: "pdf" });
    expect(isPdf(new Uint8Array([...new Uint8Array(500), ...pdf]))).toBe(true);
    expect(isPdf(new Uint8Array([...new Uint8Array(1100), ...pdf]))).toBe(false);
  });

  it("refuses office documents and images by their bytes whatever their name", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
    expect(detectFileType("resume.txt", "text/plain", zip)).toHaveProperty("unsupported");
    expect(detectFileType("x", "", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toHaveProperty("unsupported");
    expect(detectFileType("x.md", "", new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toHaveProperty("unsupported");
    expect(detectFileType("x.txt", "", utf8("GIFTED teacher"))).toEqual({ type: "txt" });
  });

  it("then goes by extension, then by media type, then treats the unknown as text to sniff", () => {
    expect(detectFileType("CV.MD", "application/octet-stream", utf8("# Me"))).toEqual({ type: "md" });
    expect(detectFileType("cv.markdown", "", utf8("x"))).toEqual({ type: "md" });
    expect(detectFileType("cv.json", "", utf8("{}"))).toEqual({ type: "json" });
    expect(detectFileType("cv.pdf", "", utf8("not a pdf"))).toEqual({ type: "pdf" });
    expect(detectFileType("cv.docx", "", utf8("x"))).toEqual({ unsupported: ".docx" });
    expect(detectFileType("cv", "text/markdown", utf8("x"))).toEqual({ type: "md" });
    expect(detectFileType("cv", "image/png", utf8("x"))).toEqual({ unsupported: "image/png" });
    expect(detectFileType("cv", "", utf8("x"))).toEqual({ type: "txt", sniffed: true });
  });
});

describe("jsonResumeErrors", () => {
  it("names each failing field by its path, under a prefix", () => {
    const { errors } = jsonResumeErrors(
      { work: [{ startDate: "April 2021" }], skills: [{ keywords: "Go" }] },
      "resume",
    );
    expect(errors.map((e) => e.path)).toEqual(["resume.work.0.startDate", "resume.skills.0.keywords"]);
    expect(jsonResumeErrors([], "").errors).toEqual([{ path: "(root)", message: "expected a JSON object" }]);
    expect(jsonResumeErrors({ basics: { name: "A\u0007" }, extra: 1 }, "")).toEqual({
      data: { basics: { name: "A" }, extra: 1 },
      errors: [],
    });
  });
});

describe("limits and body", () => {
  it("reads the vars, keeping defaults for missing or invalid values", () => {
    expect(limitsFrom({})).toEqual(DEFAULT_LIMITS);
    expect(
      limitsFrom({ MAX_RESUME_CHARS: "100", MAX_JOB_CHARS: "x", MAX_UPLOAD_BYTES: "-5", MAX_JSON_DEPTH: "8" }),
    ).toEqual({ ...DEFAULT_LIMITS, resumeChars: 100, jsonDepth: 8 });
  });

  it("parses media types", () => {
    expect(mediaTypeOf("Application/JSON; charset=UTF-8")).toBe("application/json");
    expect(mediaTypeOf(undefined)).toBe("");
  });

  it("reads a body up to the limit and refuses one past it", async () => {
    const request = (body: string, headers: Record<string, string> = {}) =>
      new Request("http://x/", { method: "POST", body, headers });
    expect(new TextDecoder().decode(await readBoundedBody(request("12345"), 5))).toBe("12345");
    await expect(readBoundedBody(request("123456"), 5)).rejects.toMatchObject({
      status: 413,
      code: "upload_too_large",
    });
    // A declared length over the limit is refused without reading.
    const declared = readBoundedBody(request("1", { "content-length": "999" }), 5);
    await expect(declared).rejects.toBeInstanceOf(ProblemError);
  });
});

const item = (str: string, x: number, y: number, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  size: 10,
  hasEOL: false,
  ...extra,
});

describe("pageLines", () => {
  it("joins items on a baseline, keeps wide gaps as two spaces, and breaks lines and blocks by position", () => {
    const lines = pageLines([
      item("EXPERIENCE", 72, 700, { size: 12 }),
      item("Engineer, Acme", 72, 682),
      item("2020 – 2024", 460, 682),
      item("•", 72, 668, { width: 3.5 }),
      item(" ", 75.5, 668, { width: 8.5 }),
      item("Built things", 84, 668),
      item("K", 84, 654, { width: 6 }),
      item("ubernetes", 90.2, 654),
      item("SKILLS", 72, 620, { size: 12 }),
    ]);
    expect(lines).toEqual(["EXPERIENCE", "Engineer, Acme  2020 – 2024", "• Built things", "Kubernetes", "", "SKILLS"]);
  });

  it("reads by position, not drawing order: text higher on the page comes first, in its own block", () => {
    const lines = pageLines([
      item("left column", 72, 700, { hasEOL: true }),
      item("", 72, 700, { hasEOL: true }),
      item("same baseline, drawn over", 72, 700),
      item("higher up", 320, 740),
    ]);
    expect(lines).toEqual(["higher up", "", "left column same baseline, drawn over"]);
  });

  it("reads a whitespace item wider than a column gap as a field separator", () => {
    expect(pageLines([item("Title", 72, 600), item(" ", 97, 600, { width: 200 }), item("2020", 460, 600)])).toEqual([
      "Title  2020",
    ]);
  });
});

describe("joinPages", () => {
  it("drops page numbers and headers repeated on later pages, keeping their first appearance", () => {
    const text = joinPages([
      ["Jordan Rivera · jr@example.com", "EXPERIENCE", "• one", "Page 1 of 2"],
      ["Jordan Rivera · jr@example.com", "• two", "SKILLS", "Page 2 of 2"],
    ]);
    expect(text).toBe("Jordan Rivera · jr@example.com\nEXPERIENCE\n• one\n\n• two\nSKILLS");
  });

  it("keeps lines that only look alike because of their numbers", () => {
    expect(
      joinPages([
        ["2019 – 2021", "a"],
        ["2015 – 2018", "b"],
      ]),
    ).toBe("2019 – 2021\na\n\n2015 – 2018\nb");
    expect(joinPages([["- 1 -", "only page", "3"]])).toBe("only page");
  });
});
