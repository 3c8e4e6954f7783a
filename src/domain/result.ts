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
