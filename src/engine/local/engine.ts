import type { ProposedEdit } from "../../domain/edit.ts";
import type { JsonResume } from "../../domain/json-resume.ts";
import type { Requirement } from "../../domain/requirement.ts";
import type { MatchResult, RunResult, TailorResult } from "../../domain/result.ts";
import type { ParsedResume } from "../../domain/resume.ts";
import { defaultTaxonomy } from "../taxonomy/default.ts";
import type { Taxonomy } from "../taxonomy/index.ts";
import { buildSupport } from "../verify/support.ts";
import { verifyEdits } from "../verify/verify.ts";
import { evidenceInLines } from "./evidence.ts";
import { parseResume } from "./parse/index.ts";
import { toJsonResume } from "./render/json-resume.ts";
import { toMarkdown } from "./render/markdown.ts";
import { extractRequirements } from "./requirements/extract.ts";
import { extractJobTitle } from "./requirements/job-title.ts";
import { indexResume } from "./resume-index.ts";
import { proposeAllEdits, scoreRun } from "./stages.ts";
import { applyEdits } from "./tailor/apply.ts";

export interface EngineOptions {
  taxonomy?: Taxonomy;
  /** "Present" in resumes is measured to this date; fix it for output that must not change over time. */
  now?: Date;
}

const resolve = (options: EngineOptions) => ({
  taxonomy: options.taxonomy ?? defaultTaxonomy(),
  now: options.now ?? new Date(),
});

export function parse(input: string | JsonResume, options: EngineOptions = {}): ParsedResume {
  return parseResume(input, resolve(options));
}

export function requirements(
  jobText: string,
  options: EngineOptions = {},
): { jobTitle?: string; requirements: Requirement[] } {
  const { taxonomy } = resolve(options);
  const jobTitle = extractJobTitle(jobText);
  const found = extractRequirements(jobText, { taxonomy });
  return jobTitle ? { jobTitle, requirements: found } : { requirements: found };
}

interface Analyzed {
  result: MatchResult;
  options: { taxonomy: Taxonomy; now: Date };
}

function analyzeWith(
  resume: ParsedResume,
  jobText: string,
  given: Requirement[] | undefined,
  options: EngineOptions,
): Analyzed {
  const resolved = resolve(options);
  const jobTitle = extractJobTitle(jobText);
  const reqs = given ?? extractRequirements(jobText, { taxonomy: resolved.taxonomy });
  const index = indexResume(resume, resolved.taxonomy, resolved.now);
  // The whole resume as one chunk: the same stages a run's task graph spreads over many.
  const evidence = evidenceInLines(reqs, index.lines, resolved.taxonomy);
  return { result: scoreRun(resume, reqs, jobTitle, [evidence], resolved), options: resolved };
}

/** Requirements, section analyses, evidence map, score, ATS checks and gap recommendations for one pair. */
export function analyze(
  resume: ParsedResume,
  jobText: string,
  options: EngineOptions & { requirements?: Requirement[] } = {},
): MatchResult {
  return analyzeWith(resume, jobText, options.requirements, options).result;
}

/**
 * Verifies proposed edits (from any engine) against the original resume, applies the accepted ones, renders the
 * tailored resume and scores it again against the same requirements.
 */
export function finishTailoring(
  resume: ParsedResume,
  jobText: string,
  proposed: readonly ProposedEdit[],
  requirementsUsed: Requirement[],
  options: EngineOptions = {},
): TailorResult {
  const { taxonomy, now } = resolve(options);
  const edits = verifyEdits(proposed, buildSupport(resume, taxonomy), taxonomy);
  const tailored = applyEdits(resume, edits, taxonomy, now);
  const after = analyzeWith(tailored, jobText, requirementsUsed, options).result;
  const rejected = edits.filter((e) => e.status === "rejected");
  return {
    edits,
    markdown: toMarkdown(tailored),
    jsonResume: toJsonResume(tailored),
    scoreAfter: after.score,
    faithfulness: {
      checked: edits.length,
      accepted: edits.length - rejected.length,
      rejected: rejected.length,
      unsupportedClaims: rejected.flatMap((e) => e.rejectedFor ?? []),
    },
  };
}

/** Analysis and tailoring of one pair with the local engine. */
export function tailor(
  resume: ParsedResume,
  jobText: string,
  options: EngineOptions = {},
): { analysis: MatchResult; tailored: TailorResult } {
  const { result, options: resolved } = analyzeWith(resume, jobText, undefined, options);
  const proposed = proposeAllEdits(resume, jobText, result, resolved);
  return { analysis: result, tailored: finishTailoring(resume, jobText, proposed, result.requirements, options) };
}

/** A whole run on the local engine, shaped as a RunResult: analysis, and in `tailor` mode the tailored resume. */
export function runLocal(
  resume: ParsedResume,
  jobText: string,
  mode: "tailor" | "analyze",
  options: EngineOptions = {},
): RunResult {
  const started = performance.now();
  const { result, options: resolved } = analyzeWith(resume, jobText, undefined, options);
  const analyzed = performance.now();
  const run: RunResult = {
    requirements: result.requirements,
    sections: result.sections,
    evidence: result.evidence,
    score: { before: result.score },
    ats: result.ats,
    recommendations: result.recommendations,
    usage: { llmCalls: 0, cacheHits: 0, tokensIn: 0, tokensOut: 0, costUsd: 0 },
    timings: { analyze: round(analyzed - started) },
    degradation: "none",
  };
  if (result.jobTitle) run.jobTitle = result.jobTitle;
  if (mode === "tailor") {
    const tailored = finishTailoring(
      resume,
      jobText,
      proposeAllEdits(resume, jobText, result, resolved),
      result.requirements,
      options,
    );
    run.score.after = tailored.scoreAfter;
    run.tailored = { markdown: tailored.markdown, jsonResume: tailored.jsonResume, edits: tailored.edits };
    run.faithfulness = tailored.faithfulness;
    run.timings.tailor = round(performance.now() - analyzed);
  }
  return run;
}

const round = (ms: number) => Math.round(ms * 100) / 100;
