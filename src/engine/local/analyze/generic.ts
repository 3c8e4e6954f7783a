import { matchedIn, part, type SectionAnalyzer, total } from "./context.ts";

/** Any other section (interests, references, unrecognized headings): what of the job it happens to show. */
export const genericAnalyzer = {
  kinds: ["other", "interests", "references", "header"],
  analyze(section, context) {
    const matched = matchedIn(section, context);
    const lines = section.entries.reduce((n, e) => n + e.bullets.length + (e.header.length > 0 ? 1 : 0), 0);
    const breakdown = {
      relevance: part(
        Math.min(1, matched.length / 3) * 100,
        100,
        `${matched.length} job requirement(s) shown in ${lines} line(s).`,
      ),
    };
    return {
      section: section.id,
      kind: section.kind,
      score: total(breakdown),
      breakdown,
      matched,
      missing: [],
      suggestions: [],
    };
  },
} satisfies SectionAnalyzer;
