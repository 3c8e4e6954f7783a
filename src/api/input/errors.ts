import type { FieldError } from "../../domain/problem.ts";
import { ProblemError } from "../problem.ts";

/** The two texts a request carries; codes name them `resume_…` and `job_…`. */
export type InputField = "resume" | "jobDescription";

const prefix = (field: InputField) => (field === "resume" ? "resume" : "job");
const noun = (field: InputField) => (field === "resume" ? "resume" : "job description");

const ACCEPTED_MEDIA_TYPES = ["application/json", "multipart/form-data"] as const;

export function unsupportedMediaType(got: string | undefined): ProblemError {
  return new ProblemError({
    status: 415,
    code: "unsupported_media_type",
    title: "Unsupported media type",
    detail: `${got ? `Content-Type ${got} is not accepted` : "The request has no Content-Type"}; send ${ACCEPTED_MEDIA_TYPES.join(" or ")}.`,
    extensions: { accepted: [...ACCEPTED_MEDIA_TYPES] },
  });
}

export function uploadTooLarge(limit: number): ProblemError {
  return new ProblemError({
    status: 413,
    code: "upload_too_large",
    title: "Payload too large",
    detail: `The request body is larger than ${limit} bytes.`,
    extensions: { limit },
  });
}

/** 413 `resume_too_large` / `job_too_large`; `detail` says what was over (characters, or a PDF's pages). */
export function textTooLarge(field: InputField, limit: number, detail?: string): ProblemError {
  return new ProblemError({
    status: 413,
    code: `${prefix(field)}_too_large`,
    title: "Payload too large",
    detail: detail ?? `The ${noun(field)} is longer than ${limit} characters.`,
    errors: [{ path: field, message: `at most ${limit} characters` }],
    extensions: { limit },
  });
}

export function invalidJson(detail: string, cause?: unknown): ProblemError {
  return new ProblemError({ status: 400, code: "invalid_json", title: "Invalid JSON", detail, cause });
}

export function jsonTooDeep(limit: number, where: string, path?: string): ProblemError {
  return new ProblemError({
    status: 422,
    code: "json_too_deep",
    title: "JSON too deep",
    detail: `${where} nests arrays and objects more than ${limit} levels deep.`,
    ...(path ? { errors: [{ path, message: `nested more than ${limit} levels` }] } : {}),
    extensions: { limit },
  });
}

export function validationFailed(errors: FieldError[]): ProblemError {
  return new ProblemError({
    status: 422,
    code: "validation_failed",
    title: "Invalid request",
    detail: `${errors.length} field(s) failed validation`,
    errors,
  });
}

export function invalidJsonResume(where: string, errors: FieldError[]): ProblemError {
  return new ProblemError({
    status: 422,
    code: "invalid_json_resume",
    title: "Invalid JSON Resume",
    detail: `${where} is not a valid JSON Resume (jsonresume.org/schema): ${errors.length} field(s) failed.`,
    errors,
  });
}

export function notUtf8(field: InputField, name: string): ProblemError {
  return new ProblemError({
    status: 422,
    code: `${prefix(field)}_not_utf8`,
    title: "Not UTF-8 text",
    detail: `${name} is not UTF-8 text. Save it as UTF-8, upload a PDF, or paste the text.`,
    errors: [{ path: field, message: "not valid UTF-8" }],
  });
}

export function noText(field: InputField, name: string): ProblemError {
  return new ProblemError({
    status: 422,
    code: `${prefix(field)}_no_text`,
    title: "No text in the PDF",
    detail: `${name} has no text layer (it looks scanned or made of images). Upload a PDF with selectable text, or paste the text.`,
    errors: [{ path: field, message: "the PDF has no extractable text" }],
  });
}

export function unreadable(field: InputField, name: string, why: string, cause?: unknown): ProblemError {
  return new ProblemError({
    status: 422,
    code: `${prefix(field)}_unreadable`,
    title: "Unreadable file",
    detail: `${name} could not be read: ${why}. Upload it again, export it as PDF or text, or paste the text.`,
    errors: [{ path: field, message: why }],
    cause,
  });
}

/**
 * 422 `resume_too_complex` / `job_too_complex`: a PDF that would cost too much to read (a content stream that
 * expands into millions of operators, hundreds of thousands of text items, …), or a Word file over a ZIP bound
 * (entries, inflated sizes, compression ratio: a zip bomb). `bound` names the limit passed.
 */
export function tooComplex(
  field: InputField,
  name: string,
  why: string,
  bound: string,
  limit: number,
  format: "pdf" | "docx" = "pdf",
): ProblemError {
  const docx = format === "docx";
  return new ProblemError({
    status: 422,
    code: `${prefix(field)}_too_complex`,
    title: docx ? "Word file too complex" : "PDF too complex",
    detail: docx
      ? `${name} is too complex to read: ${why}. Save it again as .docx from Word (or save it as PDF), or paste the text.`
      : `${name} is too complex to read: ${why}. Export it again as PDF from the program it was written in (or print it to PDF), or paste the text.`,
    errors: [{ path: field, message: `the ${docx ? "Word file" : "PDF"} is over the ${bound} limit (${limit})` }],
    extensions: { bound, limit },
  });
}

/**
 * 415 `unsupported_resume_type` / `unsupported_job_type`. `advice`, when given, replaces the generic "upload …"
 * sentence (a .doc is told to be saved as .docx or PDF).
 */
export function unsupportedFileType(
  field: InputField,
  name: string,
  accepted: readonly string[],
  advice?: string,
): ProblemError {
  return new ProblemError({
    status: 415,
    code: `unsupported_${prefix(field)}_type`,
    title: "Unsupported file type",
    detail: `${name} is not a file type the ${noun(field)} accepts; ${advice ?? `upload ${accepted.join(", ")} or paste the text.`}`,
    errors: [{ path: field, message: `accepted: ${accepted.join(", ")}` }],
    extensions: { accepted: [...accepted] },
  });
}

export function invalidMultipart(cause: unknown): ProblemError {
  return new ProblemError({
    status: 400,
    code: "invalid_multipart",
    title: "Invalid multipart body",
    detail: "The multipart/form-data body could not be parsed (check the boundary parameter and the part headers).",
    cause,
  });
}
