import { DEFAULT_STREAM_CAPS } from "./pdf-streams.ts";
import { DEFAULT_ZIP_BOUNDS } from "./zip-bounds.ts";

/** How much input one request may carry. Every value comes from a `[vars]` entry, with these defaults. */
export interface InputLimits {
  /** Characters of resume text after normalization (a JSON Resume counts as its JSON text). `MAX_RESUME_CHARS`. */
  resumeChars: number;
  /** Characters of job description after normalization. `MAX_JOB_CHARS`. */
  jobChars: number;
  /** Bytes of request body, JSON or multipart. `MAX_UPLOAD_BYTES`. */
  uploadBytes: number;
  /** Nesting of arrays and objects in any JSON read (the body, a .json file, the `options` field). `MAX_JSON_DEPTH`. */
  jsonDepth: number;
  /** Pages of a PDF read before giving up. `MAX_PDF_PAGES`. */
  pdfPages: number;
  /** Text items on one PDF page (a real page has hundreds to a few thousand). `MAX_PDF_ITEMS_PER_PAGE`. */
  pdfItemsPerPage: number;
  /** Text items in one PDF. `MAX_PDF_ITEMS`. */
  pdfItems: number;
  /**
   * Decoded bytes of a PDF's content streams (all but images and fonts, each times its uses), and bytes its pages
   * make PDF.js evaluate, measured before PDF.js reads it. `MAX_PDF_CONTENT_BYTES`.
   */
  pdfContentBytes: number;
  /** Decoded bytes of a PDF's embedded font files. `MAX_PDF_FONT_BYTES`. */
  pdfFontBytes: number;
  /** Streams in a PDF, images included. `MAX_PDF_STREAMS`. */
  pdfStreams: number;
  /** Milliseconds reading one PDF may take, checked whenever the reader yields. `PDF_TIME_BUDGET_MS`. */
  pdfTimeBudgetMs: number;
  /** Entries in a .docx (a ZIP archive). `MAX_DOCX_ENTRIES`. */
  docxEntries: number;
  /** Uncompressed bytes of one .docx entry, as declared and as inflated. `MAX_DOCX_ENTRY_BYTES`. */
  docxEntryBytes: number;
  /** Uncompressed bytes of all of a .docx's entries. `MAX_DOCX_TOTAL_BYTES`. */
  docxTotalBytes: number;
  /** Uncompressed bytes of one XML part of a .docx (word/document.xml, styles, …). `MAX_DOCX_DOCUMENT_BYTES`. */
  docxDocumentBytes: number;
  /** Compression ratio of a .docx entry over 1 MiB uncompressed. `MAX_DOCX_RATIO`. */
  docxRatio: number;
  /** Markup tags in all of a .docx's XML parts (what mammoth's memory grows with). `MAX_DOCX_XML_TAGS`. */
  docxXmlTags: number;
}

export const DEFAULT_LIMITS: Readonly<InputLimits> = {
  resumeChars: 60_000,
  jobChars: 30_000,
  uploadBytes: 5 * 1024 * 1024,
  jsonDepth: 32,
  pdfPages: 50,
  pdfItemsPerPage: 20_000,
  pdfItems: 100_000,
  pdfContentBytes: DEFAULT_STREAM_CAPS.contentBytes,
  pdfFontBytes: DEFAULT_STREAM_CAPS.fontBytes,
  pdfStreams: DEFAULT_STREAM_CAPS.streams,
  pdfTimeBudgetMs: 2_000,
  docxEntries: DEFAULT_ZIP_BOUNDS.entries,
  docxEntryBytes: DEFAULT_ZIP_BOUNDS.entryBytes,
  docxTotalBytes: DEFAULT_ZIP_BOUNDS.totalBytes,
  docxDocumentBytes: DEFAULT_ZIP_BOUNDS.documentBytes,
  docxRatio: DEFAULT_ZIP_BOUNDS.ratio,
  docxXmlTags: DEFAULT_ZIP_BOUNDS.xmlTags,
};

const positive = (value: unknown, fallback: number): number => {
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
};

/** The limits a deployment configured; a var that is missing or not a positive integer keeps its default. */
export function limitsFrom(env: Partial<Record<string, unknown>>): InputLimits {
  return {
    resumeChars: positive(env.MAX_RESUME_CHARS, DEFAULT_LIMITS.resumeChars),
    jobChars: positive(env.MAX_JOB_CHARS, DEFAULT_LIMITS.jobChars),
    uploadBytes: positive(env.MAX_UPLOAD_BYTES, DEFAULT_LIMITS.uploadBytes),
    jsonDepth: positive(env.MAX_JSON_DEPTH, DEFAULT_LIMITS.jsonDepth),
    pdfPages: positive(env.MAX_PDF_PAGES, DEFAULT_LIMITS.pdfPages),
    pdfItemsPerPage: positive(env.MAX_PDF_ITEMS_PER_PAGE, DEFAULT_LIMITS.pdfItemsPerPage),
    pdfItems: positive(env.MAX_PDF_ITEMS, DEFAULT_LIMITS.pdfItems),
    pdfContentBytes: positive(env.MAX_PDF_CONTENT_BYTES, DEFAULT_LIMITS.pdfContentBytes),
    pdfFontBytes: positive(env.MAX_PDF_FONT_BYTES, DEFAULT_LIMITS.pdfFontBytes),
    pdfStreams: positive(env.MAX_PDF_STREAMS, DEFAULT_LIMITS.pdfStreams),
    pdfTimeBudgetMs: positive(env.PDF_TIME_BUDGET_MS, DEFAULT_LIMITS.pdfTimeBudgetMs),
    docxEntries: positive(env.MAX_DOCX_ENTRIES, DEFAULT_LIMITS.docxEntries),
    docxEntryBytes: positive(env.MAX_DOCX_ENTRY_BYTES, DEFAULT_LIMITS.docxEntryBytes),
    docxTotalBytes: positive(env.MAX_DOCX_TOTAL_BYTES, DEFAULT_LIMITS.docxTotalBytes),
    docxDocumentBytes: positive(env.MAX_DOCX_DOCUMENT_BYTES, DEFAULT_LIMITS.docxDocumentBytes),
    docxRatio: positive(env.MAX_DOCX_RATIO, DEFAULT_LIMITS.docxRatio),
    docxXmlTags: positive(env.MAX_DOCX_XML_TAGS, DEFAULT_LIMITS.docxXmlTags),
  };
}
