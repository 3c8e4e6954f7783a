import type { Suggestion } from "../../../domain/analysis.ts";
import { matchedIn, part, type SectionAnalyzer, SKILL_CATEGORIES, suggestion, total } from "./context.ts";
import { rankBullets } from "./experience.ts";

/** Projects: relevance to the job, measurable outcomes, and whether the tools used are named. */
export const projectsAnalyzer = {
  kinds: ["projects", "publications", "awards"],
  analyze(section, context) {
    const matched = matchedIn(section, context);
    const bullets = rankBullets(section, context);
    const skillReqs = context.requirements.filter((r) => SKILL_CATEGORIES.has(r.category));
    const relevance =
      skillReqs.length === 0 ? 1 : Math.min(1, matched.length / Math.max(1, Math.min(5, skillReqs.length)));
    const measured = bullets.filter((b) => b.measurable).length;
    const named = context.index.lines.filter((l) => l.ref.section === section.id && l.entries.size > 0).length;
    const suggestions: Suggestion[] = [];
    if (matched.length === 0 && skillReqs.length > 0) {
      suggestions.push(
        suggestion(
          "irrelevant_projects",
          "info",
          "None of these entries shows a skill the job asks for; lead with the ones that do, if any.",
        ),
      );
    }
    const breakdown = {
      relevance: part(relevance * 60, 60, `${matched.length} job requirement(s) shown.`),
      measurable: part(
        bullets.length === 0 ? 0 : Math.min(1, measured / bullets.length / 0.3) * 20,
        20,
        `${measured} of ${bullets.length} lines state a result.`,
      ),
      toolsNamed: part(
        Math.min(1, named / Math.max(1, section.entries.length)) * 20,
        20,
        `${named} line(s) name a skill or tool.`,
      ),
    };
    return {
      section: section.id,
      kind: section.kind,
      score: total(breakdown),
      breakdown,
      matched,
      missing: [],
      suggestions,
      bullets,
    };
  },
} satisfies SectionAnalyzer;
