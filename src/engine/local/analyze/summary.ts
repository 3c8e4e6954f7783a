import type { Suggestion } from "../../../domain/analysis.ts";
import { contentNorms } from "../resume-index.ts";
import { matchedIn, part, type SectionAnalyzer, suggestion, total } from "./context.ts";

/** Summary: whether it names the role and the job's top met requirements, at a readable length. */
export const summaryAnalyzer = {
  kinds: ["summary"],
  analyze(section, context) {
    const matched = matchedIn(section, context);
    const text = section.entries.flatMap((e) => e.bullets.map((b) => b.text)).join(" ");
    const words = text.split(/\s+/).filter(Boolean).length;
    const shown = new Set(matched.map((m) => m.requirementId));
    const topMet = context.requirements
      .filter((r) => r.priority === "must" && context.evidence.get(r.id)?.status === "met")
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 5);
    const mentioned = topMet.filter((r) => shown.has(r.id));
    const titleWords = context.jobTitle ? contentNorms(context.jobTitle) : [];
    const summaryWords = new Set(contentNorms(text));
    const titleHit =
      titleWords.length === 0 ? 1 : titleWords.filter((w) => summaryWords.has(w)).length / titleWords.length;

    const suggestions: Suggestion[] = [];
    const unsaid = topMet.filter((r) => !shown.has(r.id)).map((r) => r.canonical);
    if (unsaid.length > 0) {
      suggestions.push(
        suggestion(
          "summary_top_skills",
          "info",
          `Your summary could name what the job wants most that you have: ${unsaid.join(", ")}.`,
        ),
      );
    }
    if (words > 120)
      suggestions.push(suggestion("summary_long", "info", `${words} words; two to four sentences read best.`));
    if (words < 15)
      suggestions.push(
        suggestion(
          "summary_short",
          "info",
          "A one-line summary says little; state your role, years and strongest matching skills.",
        ),
      );
    const breakdown = {
      topSkills: part(
        topMet.length === 0 ? 40 : (mentioned.length / topMet.length) * 40,
        40,
        `${mentioned.length} of ${topMet.length} top matching must-haves named.`,
      ),
      role: part(
        titleHit * 30,
        30,
        context.jobTitle
          ? `Names ${Math.round(titleHit * 100)}% of "${context.jobTitle}".`
          : "No job title to compare.",
      ),
      length: part(words >= 25 && words <= 120 ? 30 : words >= 10 ? 15 : 0, 30, `${words} words.`),
    };
    return {
      section: section.id,
      kind: section.kind,
      score: total(breakdown),
      breakdown,
      matched,
      missing: topMet.filter((r) => !shown.has(r.id)).map((r) => r.id),
      suggestions,
    };
  },
} satisfies SectionAnalyzer;
