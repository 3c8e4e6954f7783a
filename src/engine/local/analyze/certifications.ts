import type { Suggestion } from "../../../domain/analysis.ts";
import { matchedIn, part, type SectionAnalyzer, suggestion, total } from "./context.ts";

/** Certifications and licences: the ones the job requires, present or not. */
export const certificationsAnalyzer = {
  kinds: ["certifications"],
  analyze(section, context) {
    const matched = matchedIn(section, context);
    const shown = new Set(matched.map((m) => m.requirementId));
    const required = context.requirements.filter((r) => r.category === "certification");
    const held = required.filter((r) => context.evidence.get(r.id)?.status === "met");
    const suggestions: Suggestion[] = required
      .filter((r) => context.evidence.get(r.id)?.status !== "met")
      .map((r) =>
        suggestion(
          "certification_missing",
          r.priority === "must" ? "critical" : "info",
          `${r.canonical} is ${r.priority === "must" ? "required" : "preferred"}; it is not on your resume.`,
        ),
      );
    const breakdown = {
      required: part(
        required.length === 0 ? 70 : (held.length / required.length) * 70,
        70,
        `${held.length} of ${required.length} certification(s) the job names.`,
      ),
      relevance: part(
        matched.length > 0 || required.length === 0 ? 30 : 10,
        30,
        `${matched.length} listed item(s) match the job.`,
      ),
    };
    return {
      section: section.id,
      kind: section.kind,
      score: total(breakdown),
      breakdown,
      matched,
      missing: required.filter((r) => !shown.has(r.id)).map((r) => r.id),
      suggestions,
    };
  },
} satisfies SectionAnalyzer;
