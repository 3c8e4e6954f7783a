import type { SectionAnalysis, Suggestion } from "../../../domain/analysis.ts";
import type { Section } from "../../../domain/resume.ts";
import { monthIndex } from "../parse/dates.ts";
import { hasMeasurableResult, startsWeak, startsWithActionVerb } from "./bullets.ts";
import {
  type AnalyzerContext,
  lineRelevance,
  matchedIn,
  part,
  type SectionAnalyzer,
  SKILL_CATEGORIES,
  suggestion,
  total,
} from "./context.ts";

/** Rank of bullets by relevance, with what makes each one strong or weak. */
export function rankBullets(section: Section, context: AnalyzerContext): NonNullable<SectionAnalysis["bullets"]> {
  const lines = context.index.lines.filter((l) => l.ref.section === section.id && l.ref.bullet !== null);
  return lines
    .map((line) => ({
      ref: line.ref,
      relevance: lineRelevance(line, context),
      measurable: hasMeasurableResult(line.ref.text),
      actionVerb: startsWithActionVerb(line.ref.text),
    }))
    .sort(
      (a, b) => b.relevance - a.relevance || a.ref.entry - b.ref.entry || (a.ref.bullet ?? 0) - (b.ref.bullet ?? 0),
    );
}

/**
 * Experience: how much of what the job asks the roles show (relevance), how many bullets state a measurable
 * result, how many open with an action verb, how recent the latest role is, and whether roles have bullets.
 */
export const experienceAnalyzer: SectionAnalyzer = {
  kinds: ["experience", "volunteer"],
  analyze(section, context) {
    const bullets = rankBullets(section, context);
    const matched = matchedIn(section, context);
    const shown = new Set(matched.map((m) => m.requirementId));
    const skillReqs = context.requirements.filter(
      (r) => SKILL_CATEGORIES.has(r.category) || r.category === "experience",
    );
    const totalWeight = skillReqs.reduce((s, r) => s + r.weight, 0);
    const shownWeight = skillReqs.filter((r) => shown.has(r.id)).reduce((s, r) => s + r.weight, 0);
    const relevance = totalWeight === 0 ? 1 : shownWeight / totalWeight;

    const measured = bullets.filter((b) => b.measurable).length;
    const active = bullets.filter((b) => b.actionVerb).length;
    const n = Math.max(1, bullets.length);
    const latest = Math.max(
      ...section.entries.map((e) => (e.dates?.end ? monthIndex(e.dates.end, context.now) : Number.NEGATIVE_INFINITY)),
    );
    const age = Number.isFinite(latest) ? monthIndex("present", context.now) - latest : undefined;
    const recency = age === undefined ? 0.5 : age <= 12 ? 1 : age <= 36 ? 0.7 : 0.4;
    const perRole = section.entries.length === 0 ? 0 : bullets.length / section.entries.length;

    const breakdown = {
      relevance: part(
        relevance * 40,
        40,
        `${shown.size} of ${skillReqs.length} job requirements shown in these roles.`,
      ),
      measurable: part(
        Math.min(1, measured / n / 0.4) * 20,
        20,
        `${measured} of ${bullets.length} bullets state a measurable result (40% reads strong).`,
      ),
      actionVerbs: part(
        Math.min(1, active / n / 0.6) * 15,
        15,
        `${active} of ${bullets.length} bullets open with an action verb.`,
      ),
      recency: part(
        recency * 15,
        15,
        age === undefined ? "No end dates found." : age <= 0 ? "Current role." : `Latest role ended ${age} months ago.`,
      ),
      depth: part(Math.min(1, perRole / 3) * 10, 10, `${perRole.toFixed(1)} bullets per role (3+ reads well).`),
    };

    const suggestions: Suggestion[] = [];
    for (const requirement of context.requirements) {
      if (requirement.priority !== "must" || !SKILL_CATEGORIES.has(requirement.category) || shown.has(requirement.id))
        continue;
      const evidence = context.evidence.get(requirement.id);
      if (evidence?.status === "met" || evidence?.status === "partial") {
        suggestions.push(
          suggestion(
            "show_in_experience",
            "warning",
            `${requirement.canonical} is a must-have you list elsewhere but no role shows it; if a role used it, say how in that role's bullets.`,
          ),
        );
      }
    }
    for (const b of bullets) {
      if (startsWeak(b.ref.text)) {
        suggestions.push(
          suggestion("weak_opener", "info", "Open with what you did and what changed, not with a duty.", b.ref),
        );
      }
    }
    for (const b of bullets.slice(0, 5)) {
      if (b.relevance > 0 && !b.measurable) {
        suggestions.push(
          suggestion(
            "add_measure",
            "info",
            "A relevant bullet with no measurable result: add a number if you have one.",
            b.ref,
          ),
        );
      }
    }
    for (const entry of section.entries) {
      if (entry.bullets.length === 0 && (entry.title || entry.organization)) {
        suggestions.push(
          suggestion(
            "no_bullets",
            "warning",
            `"${entry.title ?? entry.organization}" has no bullets describing the work.`,
            {
              section: section.id,
              entry: entry.index,
              bullet: null,
              text: entry.header.join(" | "),
            },
          ),
        );
      }
    }
    const missing = skillReqs.filter((r) => !shown.has(r.id)).map((r) => r.id);
    return {
      section: section.id,
      kind: section.kind,
      score: total(breakdown),
      breakdown,
      matched,
      missing,
      suggestions,
      bullets,
    };
  },
};
