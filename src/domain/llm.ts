import { z } from "zod";
import { Severity } from "./analysis.ts";
import { RequirementCategory } from "./requirement.ts";

/**
 * What the llm engine asks a model for, per task kind. Strict objects with every field required (nullable where
 * absent), so the JSON Schema generated from them is accepted by providers' strict structured-output modes.
 * Code turns these into the domain types: spans, ids, weights, references and `before` texts come from code, not
 * from the model. The shapes are small on purpose: the model answers only what code cannot decide, which is what
 * keeps a run's tokens well under a single prompt's (docs/decisions/0011).
 */

/**
 * The model's review of the requirements code found in a posting (numbered in the prompt): which are not
 * requirements, which priorities are wrong, and what code missed.
 */
export const LlmRequirementsReview = z.strictObject({
  /** Numbers of candidates that are not requirements of this job. */
  remove: z.array(z.int()),
  /** Numbers of candidates whose priority is the other one (must ↔ nice). */
  flip: z.array(z.int()),
  /** Requirements code missed, each copied verbatim from the posting. */
  add: z.array(
    z.strictObject({
      text: z.string(),
      category: RequirementCategory,
      priority: z.enum(["must", "nice"]),
      years: z.number().nullable(),
    }),
  ),
});
export type LlmRequirementsReview = z.infer<typeof LlmRequirementsReview>;

/** Line ids look like "experience/0/2" (section/entry/bullet) or "experience/0/h" (an entry's header). */
export const LineId = z.string();

/** One chunk of a resume, reviewed and (when the run tailors) rewritten, in one call. */
export const LlmChunkReview = z.strictObject({
  suggestions: z.array(z.strictObject({ line: LineId, severity: Severity, message: z.string() })),
  rewrites: z.array(
    z.strictObject({
      line: LineId,
      after: z.string(),
      reason: z.string(),
      /** Line ids of the resume the new text rests on. */
      sources: z.array(LineId),
    }),
  ),
});
export type LlmChunkReview = z.infer<typeof LlmChunkReview>;

/** A professional summary written from the facts the prompt lists (by id). Empty `summary`: none worth writing. */
export const LlmSummary = z.strictObject({
  summary: z.string(),
  reason: z.string(),
  sources: z.array(LineId),
});
export type LlmSummary = z.infer<typeof LlmSummary>;
