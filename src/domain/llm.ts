import { z } from "zod";
import { Severity } from "./analysis.ts";
import { DegreeLevel, RequirementCategory } from "./requirement.ts";

/**
 * What the llm engine asks a model for, per task kind. Strict objects with every field required (nullable where
 * absent), so the JSON Schema generated from them is accepted by providers' strict structured-output modes.
 * Code turns these into the domain types: spans, ids, weights, references and `before` texts come from code, not
 * from the model.
 */
export const LlmRequirements = z.strictObject({
  requirements: z.array(
    z.strictObject({
      /** Copied verbatim from the posting (code finds its span; a text not in the posting is dropped). */
      text: z.string(),
      canonical: z.string(),
      category: RequirementCategory,
      priority: z.enum(["must", "nice"]),
      years: z.number().nullable(),
      degreeLevel: DegreeLevel.nullable(),
      degreeField: z.string().nullable(),
    }),
  ),
});
export type LlmRequirements = z.infer<typeof LlmRequirements>;

/** Line ids look like "experience/0/2" (section/entry/bullet) or "experience/0/h" (an entry's header). */
export const LineId = z.string();

export const LlmChunkReview = z.strictObject({
  suggestions: z.array(z.strictObject({ line: LineId, severity: Severity, message: z.string() })),
});
export type LlmChunkReview = z.infer<typeof LlmChunkReview>;

export const LlmTailor = z.strictObject({
  edits: z.array(
    z.strictObject({
      kind: z.enum(["rewrite_bullet", "rewrite_summary"]),
      /** The bullet rewritten, or "summary". */
      line: z.string(),
      after: z.string(),
      reason: z.string(),
      /** Line ids of the resume the new text rests on. */
      sources: z.array(LineId),
    }),
  ),
});
export type LlmTailor = z.infer<typeof LlmTailor>;
