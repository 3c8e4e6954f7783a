import { z } from "zod";
import { JsonResume } from "./json-resume.ts";
import { ParsedResume } from "./resume.ts";
import { CreateRunRequest } from "./run.ts";

/** `POST /v1/parse` as JSON: the resume only, as text, Markdown or a JSON Resume object. */
export const ParseRequest = CreateRunRequest.pick({ resume: true }).strict().meta({ id: "ParseRequest" });
export type ParseRequest = z.infer<typeof ParseRequest>;

/**
 * What looks misread or missing in a parsed resume (src/engine/local/parse/warnings.ts decides). Each is something
 * a person can check against their document at a glance: a field that was not found, or a job read without part
 * of itself.
 */
export const ParseWarningCode = z.enum([
  "no_name",
  "no_email",
  "no_phone",
  "no_experience_section",
  "empty_experience_section",
  "undated_entries",
  "partly_dated_entries",
  "entry_without_title",
  "entry_without_organization",
  "no_skills_section",
  "unrecognized_section",
  "short_resume",
]);
export type ParseWarningCode = z.infer<typeof ParseWarningCode>;

export const ParseWarning = z
  .object({
    code: ParseWarningCode,
    /** One sentence for a person: what was not found, and where it was looked for. */
    message: z.string(),
    /**
     * Where in `resume` it is, as a dotted path: `contact.email`, `sections.2` (a section), `sections.2.entries.1`
     * (one entry). Absent when the warning is about the whole resume or about entries in several sections.
     */
    path: z.string().optional(),
  })
  .meta({ id: "ParseWarning" });
export type ParseWarning = z.infer<typeof ParseWarning>;

export const ParseSource = z
  .object({
    /**
     * How the resume arrived: `text` (a string, in a JSON body or a form field), `json_resume` (a JSON Resume
     * object, or text holding one, in a JSON body or a form field), or the uploaded file's type.
     */
    type: z.enum(["text", "json_resume", "pdf", "docx", "txt", "md", "json"]),
    /** Pages, for a PDF. */
    pages: z.number().int().positive().optional(),
  })
  .meta({ id: "ParseSource" });
export type ParseSource = z.infer<typeof ParseSource>;

/** `POST /v1/parse`: the resume as the engine reads it, its JSON Resume form, and what looks misread. */
export const ParseResponse = z
  .object({
    resume: ParsedResume,
    /** The same resume as JSON Resume (schema v1), as the tailored `resume.json` is rendered. */
    jsonResume: JsonResume,
    warnings: z.array(ParseWarning),
    source: ParseSource,
  })
  .meta({ id: "ParseResponse" });
export type ParseResponse = z.infer<typeof ParseResponse>;
