import { JsonResume } from "../../domain/json-resume.ts";
import type { FieldError } from "../../domain/problem.ts";
import { mediaTypeOf } from "./body.ts";
import { DOCX_MAIN_PART, DocxReadError, docxText } from "./docx.ts";
import {
  type InputField,
  invalidJsonResume,
  jsonTooDeep,
  noText,
  notUtf8,
  textTooLarge,
  tooComplex,
  unreadable,
  unsupportedFileType,
} from "./errors.ts";
import { isPlainObject, parseJson } from "./json.ts";
import type { InputLimits } from "./limits.ts";
import { PdfReadError, pdfText } from "./pdf.ts";
import { cleanStrings, decodeTextFile, decodeUtf8, normalizeInput, visibleChars } from "./text.ts";
import { containsBytes } from "./zip-bounds.ts";

export type FileType = "txt" | "md" | "json" | "pdf" | "docx";

/** What the request's file was, for the run's record (`source.resumeFile`). */
export interface FileInfo {
  name: string;
  type: FileType;
  /** Size of the upload in bytes. */
  bytes: number;
  /** Pages, for a PDF. */
  pages?: number;
}

/** The file types each field accepts, in the order error messages list them. */
const ACCEPTED_FILES: Record<InputField, readonly FileType[]> = {
  resume: ["pdf", "txt", "md", "json", "docx"],
  jobDescription: ["pdf", "txt", "md", "docx"],
};

/** A PDF with fewer visible characters than this has no usable text layer. */
const MIN_PDF_CHARS = 20;

const EXTENSIONS: Record<string, FileType> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  json: "json",
  pdf: "pdf",
};
const MEDIA_TYPES: Record<string, FileType> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "application/json": "json",
  "application/pdf": "pdf",
};

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** The PDF header may follow up to 1 KiB of junk (PDF 32000-1 §7.5.2 says readers should allow it). */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - PDF_MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (PDF_MAGIC.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04", a local file header
const MAIN_PART = new TextEncoder().encode(DOCX_MAIN_PART);

/**
 * A Word file (.docx): a ZIP archive naming word/document.xml (names are stored uncompressed, so a damaged or
 * truncated .docx is still recognized, and refused as damaged rather than as a type). Only the bytes make a .docx:
 * a file merely named .docx (or sent as the .docx media type) is refused as a type it is not.
 */
export function isDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ...ZIP_MAGIC) && containsBytes(bytes, MAIN_PART);
}

/** What a .doc is told (an OLE compound file: Word 97–2003, or a password-protected Word file). */
const DOC_ADVICE =
  "open it in Word (or LibreOffice) and save it as .docx or PDF, without a password, or paste the text.";
const OLE_FORMAT = "a Word 97–2003 document or a password-protected Word file";

/** Formats people upload by mistake, recognized by their first bytes whatever the file is called. */
function binaryFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ...ZIP_MAGIC)) return "a ZIP container that is not a Word file, such as .odt or .pages";
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return OLE_FORMAT;
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return "an RTF document";
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38)
  )
    return "an image";
  return undefined;
}

export type Detected = { type: FileType; sniffed?: boolean } | { unsupported: string };

/**
 * A file's type: by its first bytes (a PDF is a PDF and a Word file a .docx whatever its name; another ZIP, such as
 * an .odt renamed .docx, is still refused), then by its extension, then by its declared media type. A file with
 * neither is treated as text if it decodes as text.
 */
export function detectFileType(name: string, mediaType: string, bytes: Uint8Array): Detected {
  if (isPdf(bytes)) return { type: "pdf" };
  if (isDocx(bytes)) return { type: "docx" };
  const binary = binaryFormat(bytes);
  if (binary) return { unsupported: binary };
  const extension = /\.([a-z0-9]{1,10})$/i.exec(name)?.[1]?.toLowerCase();
  if (extension) return EXTENSIONS[extension] ? { type: EXTENSIONS[extension] } : { unsupported: `.${extension}` };
  const declared = MEDIA_TYPES[mediaType];
  if (declared) return { type: declared };
  if (mediaType !== "" && mediaType !== "application/octet-stream") return { unsupported: mediaType };
  return { type: "txt", sniffed: true };
}

/** A JSON Resume's validation failures, paths relative to `prefix` ("" for a file, "resume" in a JSON body). */
export function jsonResumeErrors(value: unknown, prefix: string): { data?: JsonResume; errors: FieldError[] } {
  if (!isPlainObject(value)) return { errors: [{ path: prefix || "(root)", message: "expected a JSON object" }] };
  const parsed = JsonResume.safeParse(value);
  if (parsed.success) return { data: cleanStrings(parsed.data), errors: [] };
  return {
    errors: parsed.error.issues.map((issue) => ({
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)",
      message: issue.message,
      code: issue.code,
    })),
  };
}

/**
 * Reads an uploaded file for a field: text and Markdown (UTF-8, or UTF-16 with a BOM), JSON Resume (resume only),
 * PDF (its text layer), Word (.docx). Returns the normalized text or the validated JSON Resume, and what the file
 * was. Throws the field's problem: 415 for a type it does not accept (a .doc is told to save it as .docx or PDF),
 * 422 for text that is not UTF-8, a PDF with no text, a PDF or .docx that cannot be read or is too complex to read
 * (over a PDF work bound or a ZIP bound), an invalid JSON Resume or JSON nested too deep, 413 for a PDF with too
 * many pages or a PDF or .docx with too much text.
 */
export async function readFilePart(
  field: InputField,
  file: File,
  limits: InputLimits,
): Promise<{ value: string | JsonResume; info: FileInfo }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name || (field === "resume" ? "the resume file" : "the job description file");
  const accepted = ACCEPTED_FILES[field];
  const acceptedLabels = accepted.map((t) => `.${t}`);
  const detected = detectFileType(file.name, mediaTypeOf(file.type), bytes);
  if ("unsupported" in detected || !accepted.includes(detected.type)) {
    const what =
      "unsupported" in detected && !name.toLowerCase().endsWith(detected.unsupported)
        ? `${name} (${detected.unsupported})`
        : name;
    if ("unsupported" in detected && detected.unsupported === OLE_FORMAT) {
      throw unsupportedFileType(field, what, acceptedLabels, DOC_ADVICE);
    }
    if ("unsupported" in detected && detected.unsupported === ".docx") {
      throw unsupportedFileType(field, `${name} (not a Word file: its content is not a .docx package)`, acceptedLabels);
    }
    throw unsupportedFileType(field, what, acceptedLabels);
  }
  const info: FileInfo = { name, type: detected.type, bytes: bytes.byteLength };

  switch (detected.type) {
    case "txt":
    case "md": {
      const text = decodeTextFile(bytes);
      if (text === undefined) {
        throw detected.sniffed ? unsupportedFileType(field, name, acceptedLabels) : notUtf8(field, name);
      }
      return { value: normalizeInput(text), info };
    }
    case "json": {
      const text = decodeUtf8(bytes);
      if (text === undefined) throw notUtf8(field, name);
      const parsed = parseJson(text, limits.jsonDepth);
      if (!parsed.ok) {
        if (parsed.reason === "too_deep") throw jsonTooDeep(limits.jsonDepth, name, field);
        throw invalidJsonResume(name, [{ path: "(root)", message: `not JSON: ${parsed.message}` }]);
      }
      const { data, errors } = jsonResumeErrors(parsed.value, "");
      if (!data) throw invalidJsonResume(name, errors);
      return { value: data, info };
    }
    case "pdf": {
      const limit = field === "resume" ? limits.resumeChars : limits.jobChars;
      let read: Awaited<ReturnType<typeof pdfText>>;
      try {
        read = await pdfText(bytes, {
          maxPages: limits.pdfPages,
          maxChars: limit,
          itemsPerPage: limits.pdfItemsPerPage,
          items: limits.pdfItems,
          contentBytes: limits.pdfContentBytes,
          fontBytes: limits.pdfFontBytes,
          streams: limits.pdfStreams,
          timeBudgetMs: limits.pdfTimeBudgetMs,
        });
      } catch (error) {
        if (!(error instanceof PdfReadError)) throw error;
        if (error.reason === "too_complex" && error.bound) {
          throw tooComplex(field, name, error.message, error.bound.name, error.bound.limit);
        }
        if (error.reason === "too_many_pages")
          throw textTooLarge(field, limit, `${name} could not be read: ${error.message}.`);
        if (error.reason === "too_long")
          throw textTooLarge(field, limit, `The text of ${name} is longer than ${limit} characters.`);
        const why = error.reason === "encrypted" ? "it is password-protected; remove the password" : error.message;
        throw unreadable(field, name, why, error.cause);
      }
      const text = normalizeInput(read.text);
      if (visibleChars(text) < MIN_PDF_CHARS) throw noText(field, name);
      return { value: text, info: { ...info, pages: read.pages } };
    }
    case "docx": {
      const limit = field === "resume" ? limits.resumeChars : limits.jobChars;
      let read: Awaited<ReturnType<typeof docxText>>;
      try {
        read = await docxText(bytes, {
          maxChars: limit,
          entries: limits.docxEntries,
          entryBytes: limits.docxEntryBytes,
          totalBytes: limits.docxTotalBytes,
          documentBytes: limits.docxDocumentBytes,
          ratio: limits.docxRatio,
          xmlTags: limits.docxXmlTags,
        });
      } catch (error) {
        if (!(error instanceof DocxReadError)) throw error;
        if (error.reason === "too_complex" && error.bound) {
          throw tooComplex(field, name, error.message, error.bound.name, error.bound.limit, "docx");
        }
        if (error.reason === "too_long")
          throw textTooLarge(field, limit, `The text of ${name} is longer than ${limit} characters.`);
        const why = error.reason === "encrypted" ? "it is password-protected; remove the password" : error.message;
        throw unreadable(field, name, why, error.cause);
      }
      // A Word file with no text reads as an empty resume (or job description) would: validation refuses it.
      return { value: normalizeInput(read.text), info };
    }
  }
}
