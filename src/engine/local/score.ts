import type { Evidence, EvidenceStatus, Score, ScoreComponent } from "../../domain/analysis.ts";
import type { Requirement } from "../../domain/requirement.ts";
import { contentNorms, type ResumeIndex } from "./resume-index.ts";

/** Points available per component; they sum to 100. */
export const SCORE_WEIGHTS = { mustHave: 50, niceToHave: 15, years: 15, education: 10, titleAlignment: 10 } as const;

const CREDIT: Record<EvidenceStatus, number> = { met: 1, partial: 0.5, missing: 0, cannot_claim: 0 };

/** Categories whose absence caps the score when they are must-haves. Soft skills are judged in interview, not here. */
const CAPPING = new Set(["hard_skill", "tool", "certification", "education", "experience", "language", "domain"]);

const round1 = (x: number) => Math.round(x * 10) / 10;

function component(points: number, max: number, detail: string): ScoreComponent {
  return { points: round1(points), max, detail };
}

/**
 * The match score, computed from the evidence map and nothing else, so the same resume and job always score the
 * same and every point can be traced to a requirement:
 * - must-haves (50) and nice-to-haves (15): weighted credit, met 1, partial ½;
 * - years (15) and education (10): from the years and degree requirements, full marks when the job sets none;
 * - title alignment (10): word overlap between the job's title and the titles the resume holds.
 * A missing must-have (skill, tool, certification, degree or years) caps the total: 75 with one, five less for
 * each further one, never below 40.
 */
export function computeScore(
  requirements: readonly Requirement[],
  evidence: readonly Evidence[],
  index: ResumeIndex,
  jobTitle: string | undefined,
): Score {
  const byId = new Map(evidence.map((e) => [e.requirementId, e]));
  const isYears = (r: Requirement) => r.category === "experience" && r.years !== undefined && /years/.test(r.canonical);
  const isDegree = (r: Requirement) => r.category === "education" && r.degree !== undefined;
  const general = requirements.filter((r) => !isYears(r) && !isDegree(r));

  const weighted = (list: readonly Requirement[]) => {
    let total = 0;
    let earned = 0;
    let met = 0;
    for (const r of list) {
      const status = byId.get(r.id)?.status ?? "missing";
      total += r.weight;
      earned += r.weight * CREDIT[status];
      if (status === "met") met++;
    }
    return { ratio: total === 0 ? 1 : earned / total, met, count: list.length };
  };

  const must = weighted(general.filter((r) => r.priority === "must"));
  const nice = weighted(general.filter((r) => r.priority === "nice"));

  const yearsReqs = requirements.filter(isYears);
  const yearsNeeded = Math.max(0, ...yearsReqs.map((r) => r.years ?? 0));
  const yearsRatio = yearsNeeded === 0 ? 1 : Math.min(1, index.resume.yearsOfExperience / yearsNeeded);

  const degreeReqs = requirements.filter(isDegree);
  const degree = weighted(degreeReqs);

  const title = titleAlignment(jobTitle, index);

  const breakdown: Score["breakdown"] = {
    mustHave: component(
      must.ratio * SCORE_WEIGHTS.mustHave,
      SCORE_WEIGHTS.mustHave,
      must.count === 0
        ? "No must-have requirements found."
        : `${must.met} of ${must.count} must-haves met (partial counts half).`,
    ),
    niceToHave: component(
      nice.ratio * SCORE_WEIGHTS.niceToHave,
      SCORE_WEIGHTS.niceToHave,
      nice.count === 0 ? "No nice-to-have requirements found." : `${nice.met} of ${nice.count} nice-to-haves met.`,
    ),
    years: component(
      yearsRatio * SCORE_WEIGHTS.years,
      SCORE_WEIGHTS.years,
      yearsNeeded === 0
        ? "The job states no years of experience."
        : `${index.resume.yearsOfExperience} of ${yearsNeeded}+ years asked.`,
    ),
    education: component(
      degree.ratio * SCORE_WEIGHTS.education,
      SCORE_WEIGHTS.education,
      degreeReqs.length === 0
        ? "The job states no degree."
        : degree.met > 0
          ? "Degree requirement met."
          : "Degree requirement not fully met.",
    ),
    titleAlignment: component(title.ratio * SCORE_WEIGHTS.titleAlignment, SCORE_WEIGHTS.titleAlignment, title.detail),
  };
  const uncapped = round1(Object.values(breakdown).reduce((sum, c) => sum + c.points, 0));

  const missingMust = requirements
    .filter((r) => r.priority === "must" && CAPPING.has(r.category))
    .filter((r) => {
      const status = byId.get(r.id)?.status ?? "missing";
      return status === "missing" || status === "cannot_claim";
    })
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id, "en", { numeric: true }));
  const score: Score = { overall: uncapped, breakdown };
  if (missingMust.length > 0) {
    const cap = Math.max(40, 75 - 5 * (missingMust.length - 1));
    if (uncapped > cap) {
      score.overall = cap;
      score.uncapped = uncapped;
      const first = missingMust[0] as Requirement;
      score.cappedBy = `${missingMust.length} must-have${missingMust.length > 1 ? "s" : ""} missing, first "${first.canonical}"`;
    }
  }
  return score;
}

function titleAlignment(jobTitle: string | undefined, index: ResumeIndex): { ratio: number; detail: string } {
  if (!jobTitle) return { ratio: 1, detail: "No job title found in the posting." };
  const wanted = [...new Set(contentNorms(jobTitle))].filter(
    (w) => !/^(senior|junior|sr|jr|lead|principal|staff|ii|iii|iv|mid|level)$/.test(w),
  );
  if (wanted.length === 0) return { ratio: 1, detail: "No job title found in the posting." };
  let best = 0;
  let bestTitle = "";
  for (const title of index.titles) {
    const have = new Set(contentNorms(title));
    const ratio = wanted.filter((w) => have.has(w)).length / wanted.length;
    if (ratio > best) {
      best = ratio;
      bestTitle = title;
    }
  }
  return best === 0
    ? { ratio: 0, detail: `No title held matches "${jobTitle}".` }
    : { ratio: best, detail: `"${bestTitle}" matches ${Math.round(best * 100)}% of "${jobTitle}".` };
}
