import type { Evidence, Recommendation } from "../../domain/analysis.ts";
import type { Requirement } from "../../domain/requirement.ts";

const ORDER = { must: 0, nice: 1 } as const;

function question(requirement: Requirement, evidence: Evidence): string {
  const name = requirement.canonical;
  const priority = requirement.priority === "must" ? "must-have" : "nice-to-have";
  switch (requirement.category) {
    case "education":
      return evidence.status === "cannot_claim"
        ? `The job asks for ${requirement.text} (${priority}); your resume shows a different level. Is there coursework, a degree in progress or equivalent experience you can point to?`
        : `The job asks for ${requirement.text} (${priority}); your resume does not show it. Do you hold it, or equivalent experience?`;
    case "experience":
      if (requirement.years !== undefined && /years/.test(name)) {
        return `The job asks for ${requirement.years}+ years (${priority}); your resume's dates add up to less. Is there earlier or part-time work not listed?`;
      }
      return `The job involves "${requirement.text}" (${priority}); your resume does not mention it. Have you done this? Where, and with what result?`;
    case "certification":
      return `The job asks for ${name} (${priority}); your resume does not list it. Do you hold it, or are you working towards it?`;
    case "language":
      return `The job asks for ${name} (${priority}); your resume does not mention it. What is your level?`;
    case "soft_skill":
      return `The job values ${requirement.text.toLowerCase()} (${priority}). Which of your roles shows it — can you name a situation and its outcome?`;
    default:
      return evidence.status === "partial"
        ? `The job asks for ${name} (${priority}); your resume shows related work but not ${name} itself. Have you used ${name}? If so, where and how?`
        : `The job requires ${name} (${priority}); your resume does not mention it. If you have used it, where and how?`;
  }
}

/**
 * Every requirement the resume does not show in full becomes a recommendation with a question for the candidate.
 * Gaps are asked about — never written into the resume. Must-haves first, then by weight.
 */
export function recommendations(requirements: readonly Requirement[], evidence: readonly Evidence[]): Recommendation[] {
  const byId = new Map(evidence.map((e) => [e.requirementId, e]));
  return requirements
    .filter((r) => {
      const status = byId.get(r.id)?.status;
      return status !== undefined && status !== "met";
    })
    .sort(
      (a, b) =>
        ORDER[a.priority] - ORDER[b.priority] ||
        b.weight - a.weight ||
        a.id.localeCompare(b.id, "en", { numeric: true }),
    )
    .map((r) => {
      const e = byId.get(r.id) as Evidence;
      return {
        requirementId: r.id,
        requirement: r.text,
        priority: r.priority,
        status: e.status,
        message: e.note,
        question: question(r, e),
      };
    });
}
