import { docxHtmlToText } from "./docx-lines.ts";
import { checkZip, DEFAULT_ZIP_BOUNDS, type ZipBound, type ZipBounds } from "./zip-bounds.ts";

export type DocxFailure = "unreadable" | "encrypted" | "too_long" | "too_complex";

/** Why a Word file gave no text: the caller turns it into the right problem for the field it came in. */
export class DocxReadError extends Error {
  readonly reason: DocxFailure;
  /** For `too_complex`: which bound, and its limit. */
  readonly bound?: { name: ZipBound; limit: number };
  constructor(reason: DocxFailure, message: string, cause?: unknown, bound?: { name: ZipBound; limit: number }) {
    super(message, { cause });
    this.name = "DocxReadError";
    this.reason = reason;
    this.bound = bound;
  }
}

/** What reading one .docx may cost; every field but `maxChars` defaults to DEFAULT_ZIP_BOUNDS (zip-bounds.ts). */
export interface DocxLimits {
  /** The text may reach twice this before it is refused (the exact limit is the caller's, on normalized text). */
  maxChars: number;
  entries?: number;
  entryBytes?: number;
  totalBytes?: number;
  documentBytes?: number;
  ratio?: number;
  xmlTags?: number;
}

/** A .docx is a ZIP holding this part (ECMA-376 part 1; Word always names its main document so). */
export const DOCX_MAIN_PART = "word/document.xml";

type Mammoth = typeof import("mammoth");

/**
 * The text of a Word file, laid out in lines for the resume parser (docx-lines.ts): paragraphs, headings, lists as
 * "- " bullets, tables row by row, tab-stopped dates kept on their line. The ZIP pre-flight (zip-bounds.ts) checks
 * what the archive declares and what every entry really inflates to before mammoth sees the file; mammoth, imported
 * here on the first .docx rather than when the Worker starts, then converts it to HTML (which keeps headings, lists
 * and tables, unlike its raw text), without reading images or linked files.
 */
export async function docxText(bytes: Uint8Array, limits: DocxLimits): Promise<{ text: string }> {
  const bounds: ZipBounds = {
    entries: limits.entries ?? DEFAULT_ZIP_BOUNDS.entries,
    entryBytes: limits.entryBytes ?? DEFAULT_ZIP_BOUNDS.entryBytes,
    totalBytes: limits.totalBytes ?? DEFAULT_ZIP_BOUNDS.totalBytes,
    documentBytes: limits.documentBytes ?? DEFAULT_ZIP_BOUNDS.documentBytes,
    ratio: limits.ratio ?? DEFAULT_ZIP_BOUNDS.ratio,
    xmlTags: limits.xmlTags ?? DEFAULT_ZIP_BOUNDS.xmlTags,
  };
  const check = await checkZip(bytes, bounds);
  if (!check.ok) {
    if ("over" in check) {
      const { bound, limit, why } = check.over;
      throw new DocxReadError("too_complex", why, undefined, { name: bound, limit });
    }
    throw new DocxReadError(check.encrypted ? "encrypted" : "unreadable", check.damaged);
  }

  const imported = (await import("mammoth")) as Mammoth & { default?: Mammoth };
  const mammoth = imported.default ?? imported;
  // A copy of exactly these bytes (a Node Buffer's `slice` is a view, its `buffer` a shared pool): JSZip keeps what
  // it is given, and the caller's bytes stay the caller's.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const arrayBuffer = copy.buffer;
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; either may be the one bundled.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as Parameters<Mammoth["convertToHtml"]>[0];
    const result = await mammoth.convertToHtml(input, {
      // Images are never read: an <img> without a source, dropped by the line layout.
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      // A style map stored in the document could make mammoth write tags the line layout does not expect.
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    });
    html = result.value;
  } catch (error) {
    throw new DocxReadError("unreadable", "it is not a valid Word document (.docx)", error);
  }
  const text = docxHtmlToText(html);
  if (text.length > 2 * limits.maxChars) {
    throw new DocxReadError("too_long", `its text is longer than ${limits.maxChars} characters`);
  }
  return { text };
}
