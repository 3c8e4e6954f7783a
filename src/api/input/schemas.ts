import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { CreateRunRequest } from "../../domain/run.ts";

/**
 * Request bodies of the endpoints that read a resume and a job description, for the OpenAPI document. The JSON
 * bodies are validated by these schemas (inside the reader, not by a route validator: see index.ts); the
 * multipart ones only document the form, which the reader checks field by field.
 */

/** `POST /v1/match`: a resume and a job description, no options. */
export const MatchRequest = CreateRunRequest.omit({ options: true }).meta({ id: "MatchRequest" });

/** `POST /v1/requirements`: a job description. */
export const RequirementsRequest = z
  .object({ jobDescription: z.string().trim().min(1, "the job description is empty") })
  .strict()
  .meta({ id: "RequirementsRequest" });

// A string schema, not z.any(): z.any() would make the part optional in the document. Never parsed (see above).
const resumePart = z.string().openapi({
  format: "binary",
  description:
    "The resume: a file (.pdf with a text layer, .txt or .md in UTF-8, .json JSON Resume), or its text as a plain field.",
});
const jobPart = z.string().openapi({
  description: "The job description as text, or a file (.pdf, .txt, .md).",
});
const optionsPart = z.string().optional().openapi({
  description: 'The run options as JSON (RunOptions), e.g. {"mode":"analyze","engine":"local"}.',
  example: '{"mode":"analyze"}',
});

/** `POST /v1/runs` as multipart/form-data. */
export const CreateRunMultipart = z
  .object({ resume: resumePart, jobDescription: jobPart, options: optionsPart })
  .meta({ id: "CreateRunMultipart" });

/** `POST /v1/match` as multipart/form-data. */
export const MatchMultipart = z.object({ resume: resumePart, jobDescription: jobPart }).meta({ id: "MatchMultipart" });

/** `POST /v1/requirements` as multipart/form-data. */
export const RequirementsMultipart = z.object({ jobDescription: jobPart }).meta({ id: "RequirementsMultipart" });

const BODIES = {
  run: { json: "CreateRunRequest", multipart: "CreateRunMultipart" },
  match: { json: "MatchRequest", multipart: "MatchMultipart" },
  requirements: { json: "RequirementsRequest", multipart: "RequirementsMultipart" },
} as const;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/**
 * A `createRoute` request body documenting both content types by reference. The schemas are references, not zod
 * schemas, on purpose: @hono/zod-openapi validates a zod body schema itself (reading the whole body, and refusing
 * multipart that does not match a JSON schema) before the handler runs; these endpoints read their body with
 * `readRunInput` and friends instead, which bound it and report the precise problems.
 */
export function inputBody(endpoint: keyof typeof BODIES) {
  const ids = BODIES[endpoint];
  return {
    required: true,
    content: {
      "application/json": { schema: ref(ids.json) },
      "multipart/form-data": { schema: ref(ids.multipart) },
    },
  };
}

/** Registers the schemas `inputBody` refers to; call once on the app whose document serves them. */
export function registerInputSchemas(registry: OpenAPIHono["openAPIRegistry"]): void {
  registry.register("CreateRunRequest", CreateRunRequest);
  registry.register("CreateRunMultipart", CreateRunMultipart);
  registry.register("MatchRequest", MatchRequest);
  registry.register("MatchMultipart", MatchMultipart);
  registry.register("RequirementsRequest", RequirementsRequest);
  registry.register("RequirementsMultipart", RequirementsMultipart);
}
