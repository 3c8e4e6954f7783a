import { z } from "zod";
import { Ref } from "./resume.ts";

export const Severity = z.enum(["info", "warning", "critical"]);
export type Severity = z.infer<typeof Severity>;

export const Suggestion = z.object({
  code: z.string(),
  severity: Severity,
  message: z.string(),
  ref: Ref.optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const ScoreComponent = z.object({
  /** Points earned out of `max`. */
  points: z.number(),
  max: z.number(),
  detail: z.string(),
});
export type ScoreComponent = z.infer<typeof ScoreComponent>;

export const SectionAnalysis = z
  .object({
    section: z.string(),
    kind: z.string(),
    score: z.number().min(0).max(100),
    breakdown: z.record(z.string(), ScoreComponent),
    matched: z.array(z.object({ requirementId: z.string(), refs: z.array(Ref), strength: z.number().min(0).max(1) })),
    missing: z.array(z.string()),
    suggestions: z.array(Suggestion),
    /** Bullets ranked by relevance to the job (experience and projects). */
    bullets: z
      .array(z.object({ ref: Ref, relevance: z.number().min(0), measurable: z.boolean(), actionVerb: z.boolean() }))
      .optional(),
  })
  .meta({ id: "SectionAnalysis" });
export type SectionAnalysis = z.infer<typeof SectionAnalysis>;

export const EvidenceStatus = z.enum(["met", "partial", "missing", "cannot_claim"]);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

export const Evidence = z
  .object({
    requirementId: z.string(),
    status: EvidenceStatus,
    /** Weighted strength of the evidence, 0–1 (an experience bullet counts more than a bare skills list). */
    strength: z.number().min(0).max(1),
    refs: z.array(Ref),
    /** Why the status is what it is, in one sentence. */
    note: z.string(),
  })
  .meta({ id: "Evidence" });
export type Evidence = z.infer<typeof Evidence>;

export const Score = z
  .object({
    overall: z.number().min(0).max(100),
    breakdown: z.object({
      mustHave: ScoreComponent,
      niceToHave: ScoreComponent,
      years: ScoreComponent,
      education: ScoreComponent,
      titleAlignment: ScoreComponent,
    }),
    /** Set when a missing must-have capped the score, naming it. */
    cappedBy: z.string().optional(),
    /** The uncapped total, when a cap applied. */
    uncapped: z.number().optional(),
  })
  .meta({ id: "Score" });
export type Score = z.infer<typeof Score>;

export const AtsCheck = z
  .object({
    id: z.string(),
    label: z.string(),
    status: z.enum(["pass", "warn", "fail"]),
    detail: z.string(),
  })
  .meta({ id: "AtsCheck" });
export type AtsCheck = z.infer<typeof AtsCheck>;

export const Recommendation = z
  .object({
    requirementId: z.string(),
    requirement: z.string(),
    priority: z.enum(["must", "nice"]),
    status: EvidenceStatus,
    /** What the resume lacks, plainly. */
    message: z.string(),
    /** A question for the candidate: gaps are asked about, never written into the resume. */
    question: z.string(),
  })
  .meta({ id: "Recommendation" });
export type Recommendation = z.infer<typeof Recommendation>;
