import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { JsonResume } from "../../domain/json-resume.ts";
import { ParseRequest, ParseResponse, type ParseSource } from "../../domain/parse.ts";
import type { ParsedResume } from "../../domain/resume.ts";
import { parse as parseWith } from "../../engine/local/engine.ts";
import { ResumeInputError } from "../../engine/local/parse/index.ts";
import { parseWarnings } from "../../engine/local/parse/warnings.ts";
import { toJsonResume } from "../../engine/local/render/json-resume.ts";
import type { AppEnv } from "../env.ts";
import { invalidJsonResume, validationFailed } from "../input/errors.ts";
import { type InputSource, readResumeInput } from "../input/index.ts";
import { problemSpec } from "../problem.ts";

/**
 * `POST /v1/parse`: the resume as the engine reads it, before any job is involved — the structured resume every
 * score and edit rests on, its JSON Resume form (rendered as a run's tailored `resume.json` is), and warnings for
 * what looks misread, so a person can check the reading at a glance. Deterministic; nothing is stored.
 */

// Documentation only: the body is read by readResumeInput (bounded, multipart, PDFs), never by a route validator.
const ParseMultipart = z
  .object({
    resume: z.string().openapi({
      format: "binary",
      description:
        "The resume: a file (.pdf with a text layer, .txt or .md in UTF-8, .json JSON Resume), or its text as a plain field.",
    }),
  })
  .meta({ id: "ParseMultipart" });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const route = createRoute({
  method: "post",
  path: "/parse",
  tags: ["matching"],
  summary: "How the service reads a resume",
  description:
    "The resume as the local engine reads it — contact, sections, each entry with its title, organization, dates and bullets, the skills found, years of experience — with its JSON Resume form and warnings for what looks misread or missing (`no_email`, `undated_entries`, …). The same reading every run and match uses. Deterministic; nothing is stored.",
  request: {
    body: {
      required: true,
      content: {
        "application/json": { schema: ref("ParseRequest") },
        "multipart/form-data": { schema: ref("ParseMultipart") },
      },
    },
  },
  responses: {
    200: { description: "The resume as read", content: { "application/json": { schema: ParseResponse } } },
    400: problemSpec("The body is not JSON, or not a readable multipart form"),
    413: problemSpec("The upload or the resume is over its size limit (or a PDF over its page limit)"),
    415: problemSpec(
      "Neither JSON nor multipart, or a resume file type that is not read (PDF, text, Markdown, JSON Resume)",
    ),
    422: problemSpec(
      "The resume is missing, empty or an invalid JSON Resume (`errors` names each field), a PDF has no text layer (`resume_no_text`), cannot be read (`resume_unreadable`) or is too complex to read (`resume_too_complex`)",
    ),
  },
});

function sourceOf(resume: string | JsonResume, source: InputSource): ParseSource {
  const file = source.resumeFile;
  if (file) return { type: file.type, ...(file.pages ? { pages: file.pages } : {}) };
  return { type: typeof resume === "string" ? "text" : "json_resume" };
}

/** The engine's own refusals (text that normalizes to nothing), as the readers' 422s: never a 500. */
function readResume(resume: string | JsonResume): ParsedResume {
  try {
    return parseWith(resume, { now: new Date() });
  } catch (error) {
    if (!(error instanceof ResumeInputError)) throw error;
    if (error.issues.length > 0) {
      throw invalidJsonResume(
        "The resume",
        error.issues.map((issue) => ({ path: "resume", message: issue })),
      );
    }
    throw validationFailed([{ path: "resume", message: error.message }]);
  }
}

export const parse = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { resume, source } = await readResumeInput(c);
  const parsed = readResume(resume);
  return c.json(
    {
      resume: parsed,
      jsonResume: toJsonResume(parsed),
      warnings: parseWarnings(parsed),
      source: sourceOf(resume, source),
    },
    200,
  );
});

// Merged into the app's document when this module is mounted (OpenAPIHono#route copies registered schemas).
parse.openAPIRegistry.register("ParseRequest", ParseRequest);
parse.openAPIRegistry.register("ParseMultipart", ParseMultipart);
