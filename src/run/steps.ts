import type { Suggestion } from "../domain/analysis.ts";
import type { Edit, ProposedEdit } from "../domain/edit.ts";
import type { JsonResume } from "../domain/json-resume.ts";
import type { Degradation, MatchResult, RunResult, Usage } from "../domain/result.ts";
import type { ParsedResume } from "../domain/resume.ts";
import { chunkResume } from "../engine/chunk/chunk.ts";
import { type ChunkEvidence, evidenceInLines } from "../engine/local/evidence.ts";
import { parseResume } from "../engine/local/parse/index.ts";
import { toJsonResume } from "../engine/local/render/json-resume.ts";
import { toMarkdown } from "../engine/local/render/markdown.ts";
import { indexResume } from "../engine/local/resume-index.ts";
import { numberEdits, scoreRun } from "../engine/local/stages.ts";
import { applyEdits } from "../engine/local/tailor/apply.ts";
import { defaultTaxonomy } from "../engine/taxonomy/default.ts";
import { buildSupport } from "../engine/verify/support.ts";
import { verifyEdits } from "../engine/verify/verify.ts";
import { needsModel } from "../llm/engine.ts";
import type { ChunkRef, Task } from "./graph.ts";
import type { AnalyzeOutput, RequirementsOutput, TaskPayload } from "./payloads.ts";

/**
 * The steps a RunCoordinator runs itself (parse, merge, score, verify, assemble) and the payloads it hands to queue
 * tasks — pure functions of the run's stored inputs and outputs, so the Durable Object only stores and routes.
 */

/** Largest chunk handed to one analyzer call, in estimated tokens (the LLM engine's prompt budget per chunk). */
export const CHUNK_TOKENS = 1200;

export interface StoredChunk {
  id: string;
  section: string;
  kind: string;
  parts: { entry: number; bullets: number[] }[];
  text: string;
}

export interface ParseOutput {
  resume: ParsedResume;
  chunks: StoredChunk[];
  analyze: ChunkRef[];
  tailor: ChunkRef[];
}

const options = (now: number) => ({ taxonomy: defaultTaxonomy(), now: new Date(now) });

/**
 * Parses the resume and decides the graph's shape: a chunk per analyzable part, and the tailoring targets — every
 * chunk of the sections with entries, plus one target each for the summary and the skills list (which tailoring
 * may create when the resume has none).
 */
export function parseStep(
  resumeInput: string | Record<string, unknown>,
  now: number,
  switches: { chunking: boolean } = { chunking: true },
): ParseOutput {
  const resume = parseResume(resumeInput as string | JsonResume, options(now));
  // Chunking off: every section is one chunk, however long.
  const chunks = chunkResume(resume, { maxTokens: switches.chunking ? CHUNK_TOKENS : Number.MAX_SAFE_INTEGER });
  const stored = chunks.map((c) => ({ id: c.id, section: c.section, kind: c.kind, parts: c.parts, text: c.text }));
  const analyze = chunks.map((c) => ({ section: c.section, chunk: c.index }));
  const summary = resume.sections.find((s) => s.kind === "summary")?.id ?? "summary";
  const skills = resume.sections.find((s) => s.kind === "skills")?.id ?? "skills";
  const tailor = [
    { section: summary, chunk: 0 },
    ...chunks
      .filter((c) => c.kind !== "summary" && c.kind !== "skills")
      .map((c) => ({ section: c.section, chunk: c.index })),
    { section: skills, chunk: 0 },
  ];
  return { resume, chunks: stored, analyze, tailor };
}

/**
 * For an llm run: the tasks no model works on run in the Durable Object on the local engine (`local`), so the
 * queue carries only the calls that need a model.
 */
export function markModelFree(tasks: Task[], parsed: ParseOutput): Task[] {
  const kindOf = (section: string | undefined) =>
    parsed.resume.sections.find((s) => s.id === section)?.kind ?? section?.replace(/-\d+$/, "") ?? "";
  for (const t of tasks) {
    if ((t.kind !== "analyze" && t.kind !== "tailor") || needsModel(t.kind, kindOf(t.section))) continue;
    t.where = "do";
    t.local = true;
  }
  return tasks;
}

/** What a queue task needs, from the run's stored outputs. */
export function payloadFor(
  task: Task,
  data: {
    jobText: string;
    mode: "tailor" | "analyze";
    parse?: ParseOutput;
    requirements?: RequirementsOutput;
    score?: MatchResult;
    /** A chunk's analysis output, by chunk id ("experience#0"). */
    analyzed?: (chunkId: string) => AnalyzeOutput | undefined;
  },
): TaskPayload {
  if (task.kind === "requirements") return { kind: "requirements", jobText: data.jobText };
  if (!data.parse) throw new Error(`${task.id}: the resume has not been parsed`);
  if (task.kind === "analyze") {
    if (!data.requirements) throw new Error(`${task.id}: requirements are missing`);
    const chunk = data.parse.chunks.find((c) => c.section === task.section && c.id === `${task.section}#${task.chunk}`);
    if (!chunk) throw new Error(`${task.id}: no such chunk`);
    return {
      kind: "analyze",
      chunk,
      resume: data.parse.resume,
      requirements: data.requirements.requirements,
      rewrite: data.mode === "tailor",
    };
  }
  if (task.kind === "tailor") {
    if (!data.score) throw new Error(`${task.id}: the run has not been scored`);
    const chunk = data.parse.chunks.find((c) => c.id === `${task.section}#${task.chunk}`);
    const whole = chunk === undefined || chunk.kind === "summary" || chunk.kind === "skills";
    const target = whole
      ? { section: task.section as string }
      : { section: task.section as string, parts: chunk.parts };
    const rewrites = chunk ? data.analyzed?.(chunk.id)?.rewrites : undefined;
    return {
      kind: "tailor",
      target,
      resume: data.parse.resume,
      jobText: data.jobText,
      analysis: data.score,
      ...(rewrites?.length ? { rewrites } : {}),
    };
  }
  throw new Error(`${task.id} runs in the coordinator, not on the queue`);
}

export interface MergeOutput {
  section: string;
  evidence: ChunkEvidence[];
  /** Suggestions the llm engine made for the section's chunks. */
  suggestions?: Suggestion[];
  /** Chunks whose analysis failed: the section is reported as not (fully) analyzed. */
  missing: string[];
}

export function mergeStep(
  section: string,
  chunks: ReadonlyArray<{ taskId: string; output?: AnalyzeOutput }>,
): MergeOutput {
  const suggestions = chunks.flatMap((c) => c.output?.suggestions ?? []);
  return {
    section,
    evidence: chunks.flatMap((c) => (c.output ? [c.output.evidence] : [])),
    ...(suggestions.length > 0 ? { suggestions } : {}),
    missing: chunks.filter((c) => !c.output).map((c) => c.taskId),
  };
}

export function scoreStep(
  parse: ParseOutput,
  requirements: RequirementsOutput,
  merges: readonly MergeOutput[],
  now: number,
  switches: { sectionAnalyzers: boolean } = { sectionAnalyzers: true },
): MatchResult {
  const result = scoreRun(
    parse.resume,
    requirements.requirements,
    requirements.jobTitle,
    merges.flatMap((m) => m.evidence),
    { ...options(now), sectionAnalyzers: switches.sectionAnalyzers },
  );
  // The llm engine's review of each section joins the code's suggestions; it does not touch the score.
  for (const merge of merges) {
    if (!merge.suggestions?.length) continue;
    const section = result.sections.find((s) => s.section === merge.section);
    if (section) section.suggestions.push(...merge.suggestions);
  }
  return result;
}

/** Every proposed edit, in the canonical order, through the faithfulness verifier. */
export function verifyStep(resume: ParsedResume, proposed: ReadonlyArray<readonly ProposedEdit[]>): Edit[] {
  const taxonomy = defaultTaxonomy();
  return verifyEdits(numberEdits(proposed.flat(), resume), buildSupport(resume, taxonomy), taxonomy);
}

export interface Finishing {
  usage: Usage;
  timings: Record<string, number>;
  degradation: Degradation;
  incomplete?: RunResult["incomplete"];
}

/** The analysis as a RunResult (mode `analyze`, or the part of a tailor run before tailoring). */
export function analysisResult(analysis: MatchResult, finishing: Finishing): RunResult {
  const result: RunResult = {
    requirements: analysis.requirements,
    sections: analysis.sections,
    evidence: analysis.evidence,
    score: { before: analysis.score },
    ats: analysis.ats,
    recommendations: analysis.recommendations,
    usage: finishing.usage,
    timings: finishing.timings,
    degradation: finishing.degradation,
  };
  if (analysis.jobTitle) result.jobTitle = analysis.jobTitle;
  if (finishing.incomplete) result.incomplete = finishing.incomplete;
  return result;
}

/** Applies the accepted edits, renders the tailored resume and scores it again against the same requirements. */
export function assembleStep(
  parse: ParseOutput,
  analysis: MatchResult,
  edits: readonly Edit[],
  now: number,
  finishing: Finishing,
): RunResult {
  const opts = options(now);
  const tailored = applyEdits(parse.resume, edits, opts.taxonomy, opts.now);
  const index = indexResume(tailored, opts.taxonomy, opts.now);
  const after = scoreRun(
    tailored,
    analysis.requirements,
    analysis.jobTitle,
    [evidenceInLines(analysis.requirements, index.lines, opts.taxonomy)],
    opts,
  );
  const rejected = edits.filter((e) => e.status === "rejected");
  const result = analysisResult(analysis, finishing);
  result.score.after = after.score;
  result.tailored = { markdown: toMarkdown(tailored), jsonResume: toJsonResume(tailored), edits: [...edits] };
  result.faithfulness = {
    checked: edits.length,
    accepted: edits.length - rejected.length,
    rejected: rejected.length,
    unsupportedClaims: rejected.flatMap((e) => e.rejectedFor ?? []),
  };
  return result;
}

/**
 * The tailored resume with only the edits the user kept: the verified edits whose ids are in `keep` (rejected ones
 * never apply), rendered and scored again against the run's requirements. Ids not among the run's edits are
 * ignored; the reply names the edits actually applied.
 */
export function tailoredWith(
  parse: ParseOutput,
  result: RunResult,
  keep: ReadonlySet<string>,
  now: number,
): { markdown: string; jsonResume: JsonResume; score: MatchResult["score"]; applied: string[] } {
  const opts = options(now);
  const edits = (result.tailored?.edits ?? []).filter((e) => e.status === "accepted" && keep.has(e.id));
  const tailored = applyEdits(parse.resume, edits, opts.taxonomy, opts.now);
  const index = indexResume(tailored, opts.taxonomy, opts.now);
  const after = scoreRun(
    tailored,
    result.requirements,
    result.jobTitle,
    [evidenceInLines(result.requirements, index.lines, opts.taxonomy)],
    { ...opts, sectionAnalyzers: false },
  );
  return {
    markdown: toMarkdown(tailored),
    jsonResume: toJsonResume(tailored),
    score: after.score,
    applied: edits.map((e) => e.id),
  };
}
