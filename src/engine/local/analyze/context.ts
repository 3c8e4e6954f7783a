import type { Evidence, ScoreComponent, SectionAnalysis, Suggestion } from "../../../domain/analysis.ts";
import type { Requirement } from "../../../domain/requirement.ts";
import type { Ref, Section, SectionKind } from "../../../domain/resume.ts";
import type { Taxonomy } from "../../taxonomy/index.ts";
import type { IndexedLine, ResumeIndex } from "../resume-index.ts";

export interface AnalyzerContext {
  requirements: readonly Requirement[];
  evidence: ReadonlyMap<string, Evidence>;
  index: ResumeIndex;
  taxonomy: Taxonomy;
  jobTitle?: string;
  now: Date;
}

/** One analyzer per kind of section; `generic` takes every kind no other analyzer claims. */
export interface SectionAnalyzer {
  kinds: readonly SectionKind[];
  analyze(section: Section, context: AnalyzerContext): SectionAnalysis;
}

export const SKILL_CATEGORIES = new Set(["hard_skill", "tool", "domain", "certification", "language"]);

/** Lines of this section that are evidence for a requirement. */
export function linesIn(section: Section, evidence: Evidence | undefined): Ref[] {
  return (evidence?.refs ?? []).filter((r) => r.section === section.id);
}

/** Requirements this section shows, with its lines and their combined strength. */
export function matchedIn(section: Section, context: AnalyzerContext): SectionAnalysis["matched"] {
  const matched: SectionAnalysis["matched"] = [];
  for (const requirement of context.requirements) {
    const evidence = context.evidence.get(requirement.id);
    if (!evidence || evidence.status === "missing") continue;
    const refs = linesIn(section, evidence);
    if (refs.length > 0)
      matched.push({ requirementId: requirement.id, refs, strength: Math.min(1, evidence.strength) });
  }
  return matched;
}

/** Relevance of one line: the weight of the requirements it is evidence for. */
export function lineRelevance(line: IndexedLine, context: AnalyzerContext): number {
  let relevance = 0;
  for (const requirement of context.requirements) {
    const refs = context.evidence.get(requirement.id)?.refs ?? [];
    if (
      refs.some((r) => r.section === line.ref.section && r.entry === line.ref.entry && r.bullet === line.ref.bullet)
    ) {
      relevance += requirement.weight * (requirement.priority === "must" ? 1 : 0.6);
    }
  }
  return Math.round(relevance * 100) / 100;
}

export function part(points: number, max: number, detail: string): ScoreComponent {
  return { points: Math.round(Math.max(0, Math.min(max, points)) * 10) / 10, max, detail };
}

/** A section's score out of 100 from its breakdown. */
export function total(breakdown: Record<string, ScoreComponent>): number {
  const max = Object.values(breakdown).reduce((s, c) => s + c.max, 0);
  const points = Object.values(breakdown).reduce((s, c) => s + c.points, 0);
  return max === 0 ? 0 : Math.round((points / max) * 1000) / 10;
}

export function suggestion(code: string, severity: Suggestion["severity"], message: string, ref?: Ref): Suggestion {
  return ref ? { code, severity, message, ref } : { code, severity, message };
}

export const bulletRef = (section: Section, entry: number, bullet: number, text: string): Ref => ({
  section: section.id,
  entry,
  bullet,
  text,
});
