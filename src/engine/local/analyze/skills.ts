import type { Suggestion } from "../../../domain/analysis.ts";
import { type AnalyzerContext, matchedIn, part, type SectionAnalyzer, suggestion, total } from "./context.ts";

const LISTABLE = new Set(["hard_skill", "tool", "language", "certification"]);

/** Skill requirements evidenced outside the skills section but not listed in it: honest additions to the list. */
export function evidencedButUnlisted(sectionIds: ReadonlySet<string>, context: AnalyzerContext) {
  const found: Array<{ requirementId: string; canonical: string; refs: ReturnType<typeof matchedIn>[number]["refs"] }> =
    [];
  for (const requirement of context.requirements) {
    if (!LISTABLE.has(requirement.category) || !context.taxonomy.byName(requirement.canonical)) continue;
    const evidence = context.evidence.get(requirement.id);
    if (evidence?.status !== "met") continue;
    const listed = evidence.refs.some((r) => sectionIds.has(r.section));
    const elsewhere = evidence.refs.filter((r) => !sectionIds.has(r.section));
    if (!listed && elsewhere.length > 0)
      found.push({ requirementId: requirement.id, canonical: requirement.canonical, refs: elsewhere });
  }
  return found;
}

/**
 * Skills: coverage of the job's skill requirements by the list, skills the resume shows in its roles but leaves
 * off the list, and listed skills no role backs up.
 */
export const skillsAnalyzer = {
  kinds: ["skills", "languages"],
  analyze(section, context: AnalyzerContext) {
    const matched = matchedIn(section, context);
    const listedIds = new Set(matched.map((m) => m.requirementId));
    const wanted = context.requirements.filter((r) => LISTABLE.has(r.category));
    const coverage = wanted.length === 0 ? 1 : wanted.filter((r) => listedIds.has(r.id)).length / wanted.length;
    const unlisted = evidencedButUnlisted(new Set([section.id]), context);
    const items = section.entries.flatMap((e) => e.bullets).length;

    const suggestions: Suggestion[] = unlisted.map((u) =>
      suggestion(
        "list_evidenced_skill",
        "warning",
        `Add ${u.canonical} to your skills: the job asks for it and your resume shows it (${u.refs[0]?.text.slice(0, 80) ?? ""}).`,
        u.refs[0],
      ),
    );
    for (const m of matched) {
      const evidence = context.evidence.get(m.requirementId);
      const backed = evidence?.refs.some(
        (r) =>
          r.section !== section.id &&
          context.index.lines.some((l) => l.ref === r && (l.kind === "experience" || l.kind === "projects")),
      );
      const requirement = context.requirements.find((r) => r.id === m.requirementId);
      if (!backed && requirement?.priority === "must") {
        suggestions.push(
          suggestion(
            "back_up_listed_skill",
            "info",
            `${requirement.canonical} is listed but no role or project shows it in use.`,
            m.refs[0],
          ),
        );
      }
    }
    const breakdown = {
      coverage: part(coverage * 70, 70, `${listedIds.size} of ${wanted.length} skill requirements listed.`),
      completeness: part(
        unlisted.length === 0 ? 20 : Math.max(0, 20 - 5 * unlisted.length),
        20,
        unlisted.length === 0
          ? "Every required skill you show is listed."
          : `${unlisted.length} required skill(s) shown in your roles but not listed.`,
      ),
      size: part(items >= 3 ? 10 : items * 3, 10, `${items} skill line(s).`),
    };
    const missing = wanted.filter((r) => !listedIds.has(r.id)).map((r) => r.id);
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
