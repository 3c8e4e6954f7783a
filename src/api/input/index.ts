/**
 * Request input for the endpoints that take a resume and a job description. Each reader turns the request into
 * validated, normalized input or throws a `ProblemError` (`onError` answers it as problem+json):
 *
 *   readRunInput(c: Context<AppEnv>): Promise<RunInput>       // POST /v1/runs         {resume, jobDescription, options?}
 *   readMatchInput(c: Context<AppEnv>): Promise<MatchInput>   // POST /v1/match        {resume, jobDescription}
 *   readJobInput(c: Context<AppEnv>): Promise<JobInput>       // POST /v1/requirements {jobDescription}
 *   readResumeInput(c: Context<AppEnv>): Promise<ResumeInput> // POST /v1/parse        {resume}
 *
 * Bodies: `application/json` (the CreateRunRequest / MatchRequest / RequirementsRequest / ParseRequest schemas), or
 * `multipart/form-data` with a `resume` file or text field, a `jobDescription` text field or file, and (runs only)
 * an `options` field holding JSON. Files: .pdf (text layer; detected by its `%PDF-` header whatever its name), .docx
 * (Word; a ZIP naming word/document.xml, whatever its name; read with mammoth, docx.ts), .txt and .md (UTF-8, or
 * UTF-16 with a BOM), .json (JSON Resume; resume only). Every text comes back normalized (NFC,
 * LF line endings, no control characters but tab and newline; see text.ts): callers need not normalize again.
 *
 * Limits (wrangler.toml `[vars]`): MAX_UPLOAD_BYTES for the body (Content-Length checked first, then the bytes as
 * they stream), MAX_RESUME_CHARS and MAX_JOB_CHARS for the normalized texts, MAX_JSON_DEPTH (default 32) for any
 * JSON read, MAX_PDF_PAGES (default 50). What reading a PDF may cost (decision 0015): MAX_PDF_CONTENT_BYTES (4 MiB
 * of decoded content streams, and of content PDF.js would evaluate), MAX_PDF_FONT_BYTES (16 MiB of decoded font
 * files), MAX_PDF_STREAMS (5,000), measured before PDF.js sees the file; MAX_PDF_ITEMS_PER_PAGE (20,000) and
 * MAX_PDF_ITEMS (100,000) text items, and PDF_TIME_BUDGET_MS (2,000), checked as the text streams in. What a .docx
 * may inflate to (decision 0020), checked on its ZIP central directory and then by inflating every entry before
 * mammoth sees it: MAX_DOCX_ENTRIES (500), MAX_DOCX_ENTRY_BYTES (16 MiB), MAX_DOCX_TOTAL_BYTES (32 MiB),
 * MAX_DOCX_DOCUMENT_BYTES (2 MiB per XML part), MAX_DOCX_RATIO (100, for entries over 1 MiB), MAX_DOCX_XML_TAGS
 * (50,000 tags in its XML parts, counted as they inflate).
 *
 * Errors (status, code):
 *   400 invalid_json               a JSON body that does not parse, is empty, or is not UTF-8
 *   400 invalid_multipart          a multipart body that does not parse
 *   413 upload_too_large           the body is over MAX_UPLOAD_BYTES
 *   413 resume_too_large           the resume is over MAX_RESUME_CHARS (or its PDF over MAX_PDF_PAGES, or its
 *                                  PDF's or .docx's text, while read, over twice MAX_RESUME_CHARS)
 *   413 job_too_large              the job description is over MAX_JOB_CHARS (or its PDF over MAX_PDF_PAGES, or
 *                                  its PDF's or .docx's text, while read, over twice MAX_JOB_CHARS)
 *   415 unsupported_media_type     neither JSON nor multipart (`accepted` lists both)
 *   415 unsupported_resume_type    a resume file that is not .pdf/.txt/.md/.json/.docx (.doc: the detail says to
 *                                  save it as .docx or PDF; .odt, .pages, images, a non-ZIP named .docx, …)
 *   415 unsupported_job_type       a job file that is not .pdf/.txt/.md/.docx
 *   422 validation_failed          a field missing, unknown, repeated, empty or of the wrong type (`errors` names it;
 *                                  a .docx with no text is an empty field)
 *   422 invalid_json_resume        a JSON Resume (file, object or text) that does not validate; `errors[].path`
 *                                  like `work.0.startDate` (in a file) or `resume.work.0.startDate` (in a JSON body)
 *   422 json_too_deep              JSON nested deeper than MAX_JSON_DEPTH
 *   422 resume_not_utf8, job_not_utf8           a .txt/.md/.json file that is not UTF-8
 *   422 resume_no_text, job_no_text             a PDF without a text layer (fewer than 20 visible characters)
 *   422 resume_unreadable, job_unreadable       a damaged or password-protected PDF or .docx (a truncated ZIP,
 *                                               invalid deflate data, a part mammoth cannot read, ZIP64, …)
 *   422 resume_too_complex, job_too_complex     a PDF over a work bound: decoded content, fonts, streams, CMap
 *                                               entries, text items (per page, per document) or the time budget
 *                                               (`bound` and `limit` name it; the detail says to export it again);
 *                                               or a .docx over a ZIP bound: entries, entry_bytes, total_bytes,
 *                                               document_bytes, ratio, xml_tags, declared_size (an entry inflating
 *                                               past the size it declares: a zip bomb)
 *
 * Route definitions: do not give these routes a zod body schema in `createRoute` — @hono/zod-openapi would then
 * validate (and read, unbounded) the body before the reader sees it. Use `inputBody(…)` from schemas.ts, which
 * documents both content types by reference, and `registerInputSchemas(app.openAPIRegistry)` once.
 */
import type { Context } from "hono";
import type { z } from "zod";
import type { JsonResume } from "../../domain/json-resume.ts";
import { ParseRequest } from "../../domain/parse.ts";
import type { FieldError } from "../../domain/problem.ts";
import { CreateRunRequest, type RunOptions } from "../../domain/run.ts";
import type { AppEnv } from "../env.ts";
import { mediaTypeOf, readBoundedBody } from "./body.ts";
import {
  type InputField,
  invalidJson,
  invalidJsonResume,
  invalidMultipart,
  jsonTooDeep,
  textTooLarge,
  unsupportedMediaType,
  uploadTooLarge,
  validationFailed,
} from "./errors.ts";
import { type FileInfo, jsonResumeErrors, readFilePart } from "./files.ts";
import { isPlainObject, parseJson } from "./json.ts";
import { type InputLimits, limitsFrom } from "./limits.ts";
import { MatchRequest, RequirementsRequest } from "./schemas.ts";
import { decodeUtf8, normalizeInput } from "./text.ts";

export type { FileInfo, FileType } from "./files.ts";
export type { InputLimits } from "./limits.ts";
export { limitsFrom } from "./limits.ts";
export {
  CreateRunMultipart,
  inputBody,
  MatchMultipart,
  MatchRequest,
  RequirementsMultipart,
  RequirementsRequest,
  registerInputSchemas,
} from "./schemas.ts";

/** Where the input came from: the body's content type and, for uploads, what each file was. */
export interface InputSource {
  kind: "json" | "multipart";
  resumeFile?: FileInfo;
  jobFile?: FileInfo;
}

export interface JobInput {
  jobDescription: string;
  source: InputSource;
}

export interface MatchInput extends JobInput {
  /** Normalized resume text, or a validated JSON Resume (strings cleaned, unknown fields kept). */
  resume: string | JsonResume;
}

export interface RunInput extends MatchInput {
  /** As the request gave them, parsed by the domain's RunOptions (its defaults applied); absent when none were sent. */
  options?: z.output<typeof RunOptions>;
}

/** `POST /v1/runs`. */
export async function readRunInput(c: Context<AppEnv>): Promise<RunInput> {
  const { fields, source, limits } = await gather(c, ["resume", "jobDescription", "options"]);
  const data = validate(CreateRunRequest, fields);
  checkLengths(data, source, limits);
  return {
    resume: data.resume,
    jobDescription: data.jobDescription,
    ...(data.options ? { options: data.options } : {}),
    source,
  };
}

/** `POST /v1/match`. */
export async function readMatchInput(c: Context<AppEnv>): Promise<MatchInput> {
  const { fields, source, limits } = await gather(c, ["resume", "jobDescription"]);
  const data = validate(MatchRequest, fields);
  checkLengths(data, source, limits);
  return { resume: data.resume, jobDescription: data.jobDescription, source };
}

/** `POST /v1/requirements`. */
export async function readJobInput(c: Context<AppEnv>): Promise<JobInput> {
  const { fields, source, limits } = await gather(c, ["jobDescription"]);
  const data = validate(RequirementsRequest, fields);
  checkLengths(data, source, limits);
  return { jobDescription: data.jobDescription, source };
}

export interface ResumeInput {
  /** Normalized resume text, or a validated JSON Resume (strings cleaned, unknown fields kept). */
  resume: string | JsonResume;
  source: InputSource;
}

/** `POST /v1/parse`: the resume alone (a job description is an unknown field). */
export async function readResumeInput(c: Context<AppEnv>): Promise<ResumeInput> {
  const { fields, source, limits } = await gather(c, ["resume"]);
  const data = validate(ParseRequest, fields);
  // No job description to measure: only the resume's length is checked.
  checkLengths({ resume: data.resume, jobDescription: "" }, source, limits);
  return { resume: data.resume, source };
}

type FieldName = InputField | "options";

interface Gathered {
  /** The body's fields, texts normalized and JSON Resumes validated; the endpoint's schema checks the rest. */
  fields: Record<string, unknown>;
  source: InputSource;
  limits: InputLimits;
}

async function gather(c: Context<AppEnv>, allowed: readonly FieldName[]): Promise<Gathered> {
  const limits = limitsFrom(c.env as unknown as Record<string, unknown>);
  const contentType = c.req.header("content-type");
  const mediaType = mediaTypeOf(contentType);
  if (mediaType !== "application/json" && mediaType !== "multipart/form-data") {
    throw unsupportedMediaType(contentType);
  }
  const bytes = await bodyOf(c, limits.uploadBytes);
  if (mediaType === "application/json") return { fields: fromJson(bytes, limits), source: { kind: "json" }, limits };
  return fromMultipart(bytes, contentType ?? "", allowed, limits);
}

/** The body, bounded. If a middleware already read it (Hono caches what it read), the cached copy is measured. */
async function bodyOf(c: Context<AppEnv>, limit: number): Promise<Uint8Array> {
  if (!c.req.raw.bodyUsed) return readBoundedBody(c.req.raw, limit);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > limit) throw uploadTooLarge(limit);
  return bytes;
}

function fromJson(bytes: Uint8Array, limits: InputLimits): Record<string, unknown> {
  const text = decodeUtf8(bytes);
  if (text === undefined) throw invalidJson("The body is not UTF-8; JSON must be sent as UTF-8.");
  if (text.trim() === "") throw invalidJson("The body is empty; send a JSON object.");
  const parsed = parseJson(text, limits.jsonDepth);
  if (!parsed.ok) {
    if (parsed.reason === "too_deep") throw jsonTooDeep(limits.jsonDepth, "The body");
    throw invalidJson(`The body is not valid JSON: ${parsed.message}`);
  }
  if (!isPlainObject(parsed.value)) throw validationFailed([{ path: "(root)", message: "expected a JSON object" }]);
  const fields = { ...parsed.value };
  if (typeof fields.jobDescription === "string") fields.jobDescription = normalizeInput(fields.jobDescription);
  if (typeof fields.resume === "string") fields.resume = resumeText(fields.resume, limits);
  else if (isPlainObject(fields.resume)) fields.resume = jsonResume(fields.resume, "resume", "The resume");
  return fields;
}

async function fromMultipart(
  bytes: Uint8Array,
  contentType: string,
  allowed: readonly FieldName[],
  limits: InputLimits,
): Promise<Gathered> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    throw invalidMultipart(error);
  }
  const errors: FieldError[] = [];
  const names = new Set(form.keys());
  for (const name of names) {
    if (!(allowed as readonly string[]).includes(name)) errors.push({ path: name, message: "unknown field" });
    else if (form.getAll(name).length > 1) errors.push({ path: name, message: "sent more than once" });
  }
  for (const name of allowed) {
    if (name !== "options" && !names.has(name)) {
      errors.push({
        path: name,
        message: name === "resume" ? "required: a file or a text field" : "required: a text field or a file",
      });
    }
  }
  if (errors.length > 0) throw validationFailed(errors);

  const fields: Record<string, unknown> = {};
  const source: InputSource = { kind: "multipart" };
  for (const name of ["resume", "jobDescription"] as const) {
    const part = form.get(name);
    if (part === null) continue;
    if (typeof part === "string") {
      fields[name] = name === "resume" ? resumeText(part, limits) : normalizeInput(part);
      continue;
    }
    const { value, info } = await readFilePart(name, part, limits);
    fields[name] = value;
    if (name === "resume") source.resumeFile = info;
    else source.jobFile = info;
  }
  const options = form.get("options");
  if (options !== null)
    fields.options = optionsField(typeof options === "string" ? options : await options.text(), limits);
  return { fields, source, limits };
}

/** The `options` field of a form: JSON, checked for depth; its schema is checked with the rest of the fields. */
function optionsField(text: string, limits: InputLimits): unknown {
  if (text.trim() === "") return undefined;
  const parsed = parseJson(text, limits.jsonDepth);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === "too_deep") throw jsonTooDeep(limits.jsonDepth, "The options field", "options");
  throw validationFailed([{ path: "options", message: `not JSON: ${parsed.message}` }]);
}

/**
 * A resume sent as text. Text that is a JSON object is a JSON Resume (the engine reads it as one), so it is
 * validated now rather than failing the run later.
 */
function resumeText(text: string, limits: InputLimits): string | JsonResume {
  const normalized = normalizeInput(text);
  if (!normalized.startsWith("{")) return normalized;
  const parsed = parseJson(normalized, limits.jsonDepth);
  if (!parsed.ok) {
    if (parsed.reason === "too_deep") throw jsonTooDeep(limits.jsonDepth, "The resume", "resume");
    throw invalidJsonResume("The resume", [
      { path: "resume", message: `starts with "{" but is not JSON: ${parsed.message}` },
    ]);
  }
  return isPlainObject(parsed.value) ? jsonResume(parsed.value, "resume", "The resume") : normalized;
}

function jsonResume(value: Record<string, unknown>, path: string, where: string): JsonResume {
  const { data, errors } = jsonResumeErrors(value, path);
  if (!data) throw invalidJsonResume(where, errors);
  return data;
}

function validate<S extends z.ZodType>(schema: S, fields: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse(fields);
  if (result.success) return result.data;
  throw validationFailed(
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join(".") || "(root)",
      message: issue.message,
      code: issue.code,
    })),
  );
}

/** Lengths are measured on the normalized text; a JSON Resume by its JSON text. */
function checkLengths(
  data: { resume?: string | JsonResume; jobDescription: string },
  source: InputSource,
  limits: InputLimits,
) {
  const check = (field: InputField, chars: number, limit: number, file?: FileInfo) => {
    if (chars <= limit) return;
    const what = file ? `The text of ${file.name}` : field === "resume" ? "The resume" : "The job description";
    throw textTooLarge(field, limit, `${what} has ${chars} characters; the limit is ${limit}.`);
  };
  if (data.resume !== undefined) {
    const chars = typeof data.resume === "string" ? data.resume.length : JSON.stringify(data.resume).length;
    check("resume", chars, limits.resumeChars, source.resumeFile);
  }
  check("jobDescription", data.jobDescription.length, limits.jobChars, source.jobFile);
}
