import type { Suggestion } from "../../../domain/analysis.ts";
import { matchedIn, part, type SectionAnalyzer, suggestion, total } from "./context.ts";

/** Education: the degree level and field against the job's degree requirement. */
export const educationAnalyzer = {
  kinds: ["education"],
  analyze(section, context) {
    const matched = matchedIn(section, context);
    const degreeReqs = context.requirements.filter((r) => r.category === "education");
    const suggestions: Suggestion[] = [];
    let level = 1;
    let field = 1;
    let detail = "The job states no degree.";
    for (const requirement of degreeReqs) {
      const evidence = context.evidence.get(requirement.id);
      if (!evidence) continue;
      detail = evidence.note;
      if (evidence.status === "met") continue;
      if (evidence.status === "partial") field = Math.min(field, 0.3);
      else {
        level = 0;
        field = 0;
      }
      suggestions.push(
        suggestion(
          evidence.status === "cannot_claim" ? "degree_below_requirement" : "degree_gap",
          requirement.priority === "must" ? "critical" : "warning",
          `${requirement.text}: ${evidence.note} If the posting accepts equivalent experience, make that experience easy to find.`,
        ),
      );
    }
    const entries = section.entries.length;
    const breakdown = {
      level: part(level * 60, 60, detail),
      field: part(
        field * 30,
        30,
        field === 1 ? "Field matches or is not specified." : "Field differs from the one asked for.",
      ),
      dated: part(
        section.entries.some((e) => e.dates) ? 10 : entries > 0 ? 5 : 0,
        10,
        "Graduation dates help recruiters place the degree.",
      ),
    };
    const missing = degreeReqs.filter((r) => context.evidence.get(r.id)?.status !== "met").map((r) => r.id);
    return {
      section: section.id,
      kind: section.kind,
      score: total(breakdown),
      breakdown,
      matched,
      missing,
      suggestions,
    };
  },
} satisfies SectionAnalyzer;
