import type { SectionAnalysis } from "../../../domain/analysis.ts";
import type { Section, SectionKind } from "../../../domain/resume.ts";
import { certificationsAnalyzer } from "./certifications.ts";
import type { AnalyzerContext, SectionAnalyzer } from "./context.ts";
import { educationAnalyzer } from "./education.ts";
import { experienceAnalyzer } from "./experience.ts";
import { genericAnalyzer } from "./generic.ts";
import { projectsAnalyzer } from "./projects.ts";
import { skillsAnalyzer } from "./skills.ts";
import { summaryAnalyzer } from "./summary.ts";

export type { AnalyzerContext, SectionAnalyzer } from "./context.ts";

const ANALYZERS: readonly SectionAnalyzer[] = [
  summaryAnalyzer,
  experienceAnalyzer,
  skillsAnalyzer,
  educationAnalyzer,
  projectsAnalyzer,
  certificationsAnalyzer,
  genericAnalyzer,
];

const BY_KIND = new Map<SectionKind, SectionAnalyzer>();
for (const analyzer of ANALYZERS)
  for (const kind of analyzer.kinds) if (!BY_KIND.has(kind)) BY_KIND.set(kind, analyzer);

export function analyzerFor(kind: SectionKind): SectionAnalyzer {
  return BY_KIND.get(kind) ?? genericAnalyzer;
}

/** Every section of the resume through its analyzer, the untitled header excepted. */
export function analyzeSections(sections: readonly Section[], context: AnalyzerContext): SectionAnalysis[] {
  return sections.filter((s) => s.kind !== "header").map((s) => analyzerFor(s.kind).analyze(s, context));
}
