import { z } from "zod";

export const RequirementCategory = z.enum([
  "hard_skill",
  "tool",
  "soft_skill",
  "certification",
  "education",
  "experience",
  "domain",
  "language",
]);
export type RequirementCategory = z.infer<typeof RequirementCategory>;

export const DegreeLevel = z.enum(["high_school", "associate", "bachelor", "master", "doctorate"]);
export type DegreeLevel = z.infer<typeof DegreeLevel>;

export const DEGREE_RANK: Record<DegreeLevel, number> = {
  high_school: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
  doctorate: 5,
};

export const Requirement = z
  .object({
    id: z.string(),
    /** The requirement as written in the posting. */
    text: z.string(),
    /** Canonical name (the taxonomy's, or the phrase normalized). */
    canonical: z.string(),
    category: RequirementCategory,
    priority: z.enum(["must", "nice"]),
    /** Relative importance, 0–1, used by the score. */
    weight: z.number().min(0).max(1),
    years: z.number().positive().optional(),
    degree: z.object({ level: DegreeLevel, field: z.string().optional() }).optional(),
    /** Other names the requirement is recognized by (taxonomy aliases). */
    aliases: z.array(z.string()),
    /** Character span of `text` in the job description. */
    evidence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  })
  .meta({ id: "Requirement" });
export type Requirement = z.infer<typeof Requirement>;
