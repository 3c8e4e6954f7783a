import { z } from "zod";
import { AtsCheck, Evidence, Recommendation, Score, SectionAnalysis } from "./analysis.ts";
import { Edit } from "./edit.ts";
import { JsonResume } from "./json-resume.ts";
import { Requirement } from "./requirement.ts";

/** What analysis of one resume against one job returns (mode `analyze`, and `POST /v1/match`). */
export const MatchResult = z
  .object({
    jobTitle: z.string().optional(),
    requirements: z.array(Requirement),
    sections: z.array(SectionAnalysis),
    evidence: z.array(Evidence),
    score: Score,
    ats: z.array(AtsCheck),
    recommendations: z.array(Recommendation),
  })
  .meta({ id: "MatchResult" });
export type MatchResult = z.infer<typeof MatchResult>;

export const Faithfulness = z
  .object({
    checked: z.number().int().nonnegative(),
    accepted: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
    /** Every unsupported claim that got an edit rejected, as "kind: text". */
    unsupportedClaims: z.array(z.string()),
  })
  .meta({ id: "Faithfulness" });
export type Faithfulness = z.infer<typeof Faithfulness>;

/** What tailoring returns: the verified edits, the tailored resume with accepted edits applied, the score after. */
export const TailorResult = z
  .object({
    edits: z.array(Edit),
    markdown: z.string(),
    jsonResume: JsonResume,
    scoreAfter: Score,
    faithfulness: Faithfulness,
  })
  .meta({ id: "TailorResult" });
export type TailorResult = z.infer<typeof TailorResult>;

export const Degradation = z.enum(["none", "minor", "moderate", "severe"]);
export type Degradation = z.infer<typeof Degradation>;

export const Usage = z.object({
  llmCalls: z.number().int().nonnegative(),
  /** Task outputs served from the cache instead of computed. */
  cacheHits: z.number().int().nonnegative(),
  tokensIn: z.number().int().nonnegative(),
  tokensOut: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative(),
});
export type Usage = z.infer<typeof Usage>;

/** The whole result of a run (DESIGN §4): analysis, scores before and after, the tailored resume, and how it went. */
export const RunResult = z
  .object({
    jobTitle: z.string().optional(),
    requirements: z.array(Requirement),
    sections: z.array(SectionAnalysis),
    evidence: z.array(Evidence),
    score: z.object({ before: Score, after: Score.optional() }),
    ats: z.array(AtsCheck),
    recommendations: z.array(Recommendation),
    tailored: z.object({ markdown: z.string(), jsonResume: JsonResume, edits: z.array(Edit) }).optional(),
    faithfulness: Faithfulness.optional(),
    usage: Usage,
    /** Milliseconds per stage. */
    timings: z.record(z.string(), z.number().nonnegative()),
    degradation: Degradation,
    /** What a partial run is missing: the tasks that did not succeed and the sections left unanalyzed. */
    incomplete: z.object({ tasks: z.array(z.string()), sections: z.array(z.string()) }).optional(),
  })
  .meta({ id: "RunResult" });
export type RunResult = z.infer<typeof RunResult>;

/** The user's review of a run's edits: the ids of the accepted edits to keep (the others are left out). */
export const TailoredRequest = z
  .object({ keep: z.array(z.string().min(1).max(100)).max(1_000) })
  .strict()
  .meta({ id: "TailoredRequest" });
export type TailoredRequest = z.infer<typeof TailoredRequest>;

/** The tailored resume with only the kept edits, scored again. */
export const TailoredView = z
  .object({
    markdown: z.string(),
    jsonResume: JsonResume,
    score: Score,
    /** The edits applied: the kept ids that are accepted edits of the run. */
    applied: z.array(z.string()),
  })
  .meta({ id: "TailoredView" });
export type TailoredView = z.infer<typeof TailoredView>;
