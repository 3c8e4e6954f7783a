import type { ProposedEdit } from "../../domain/edit.ts";
import type { Requirement } from "../../domain/requirement.ts";
import type { MatchResult } from "../../domain/result.ts";
import type { ParsedResume } from "../../domain/resume.ts";
import type { ChunkPart } from "../chunk/chunk.ts";
import type { Taxonomy } from "../taxonomy/index.ts";
import { analyzeSections } from "./analyze/index.ts";
import { atsChecks } from "./ats.ts";
import { type ChunkEvidence, combineEvidence, evidenceInLines } from "./evidence.ts";
import { recommendations } from "./recommendations.ts";
import { indexResume } from "./resume-index.ts";
import { computeScore } from "./score.ts";
import {
  addEvidencedSkills,
  alignSkillNames,
  reorderBullets,
  reorderSkills,
  rewriteSummary,
  type TailorContext,
} from "./tailor/tailor.ts";

/**
 * The local engine cut into the stages of a run's task graph (DESIGN §3), so a Durable Object can spread the work
 * over queue tasks and chunks: `analyzeChunk` per chunk, `scoreRun` once the chunks are in, `tailorChunk` per
 * chunk, then edits are numbered, verified and applied. Running the stages over any chunking gives the same
 * result as running the engine on the whole resume at once.
 */
export interface StageOptions {
  taxonomy: Taxonomy;
  now: Date;
  /** False: no per-section analyses (the service's SECTION_ANALYZERS switch). */
  sectionAnalyzers?: boolean;
}

const inParts = (parts: readonly ChunkPart[], entry: number, bullet: number | null) =>
  parts.some((p) => p.entry === entry && (bullet === null || p.bullets.includes(bullet)));

/** The evidence one chunk of a section holds for each requirement. */
export function analyzeChunk(
  resume: ParsedResume,
  chunk: { section: string; parts: readonly ChunkPart[] },
  requirements: readonly Requirement[],
  options: StageOptions,
): ChunkEvidence {
  const index = indexResume(
    resume,
    options.taxonomy,
    options.now,
    (ref) => ref.section === chunk.section && inParts(chunk.parts, ref.entry, ref.bullet),
  );
  return evidenceInLines(requirements, index.lines, options.taxonomy);
}

/** Evidence map, score, section analyses, ATS checks and gap questions, from every chunk's evidence. */
export function scoreRun(
  resume: ParsedResume,
  requirements: Requirement[],
  jobTitle: string | undefined,
  chunks: readonly ChunkEvidence[],
  options: StageOptions,
): MatchResult {
  const index = indexResume(resume, options.taxonomy, options.now);
  const evidence = combineEvidence(requirements, chunks, resume, options);
  const context = analyzerContext(resume, requirements, evidence, jobTitle, options);
  const result: MatchResult = {
    requirements,
    // Section analyzers off (a service switch): the score and the evidence map stand without them.
    sections: options.sectionAnalyzers === false ? [] : analyzeSections(resume.sections, context),
    evidence,
    score: computeScore(requirements, evidence, index, jobTitle),
    ats: atsChecks(resume),
    recommendations: recommendations(requirements, evidence),
  };
  if (jobTitle) result.jobTitle = jobTitle;
  return result;
}

function analyzerContext(
  resume: ParsedResume,
  requirements: Requirement[],
  evidence: MatchResult["evidence"],
  jobTitle: string | undefined,
  options: StageOptions,
  withIndex = true,
) {
  return {
    requirements,
    evidence: new Map(evidence.map((e) => [e.requirementId, e])),
    index: withIndex
      ? indexResume(resume, options.taxonomy, options.now)
      : (undefined as unknown as ReturnType<typeof indexResume>),
    taxonomy: options.taxonomy,
    now: options.now,
    ...(jobTitle ? { jobTitle } : {}),
  };
}

export function tailorContext(resume: ParsedResume, analysis: MatchResult, options: StageOptions): TailorContext {
  const { index: _unused, ...base } = analyzerContext(
    resume,
    analysis.requirements,
    analysis.evidence,
    analysis.jobTitle,
    options,
    false,
  );
  let index: TailorContext["index"] | undefined;
  return {
    ...base,
    // Tailoring works from the analysis; the line index is built only if something asks for it.
    get index() {
      index ??= indexResume(resume, options.taxonomy, options.now);
      return index;
    },
    resume,
    sections: analysis.sections,
  };
}

/** Where an edit belongs: a section (the summary and skills edits may create theirs) and, for bullets, an entry. */
export interface TailorTarget {
  section: string;
  /** Entries this chunk covers; absent for a whole (or not yet existing) summary or skills section. */
  parts?: readonly ChunkPart[];
}

/** Every edit the local engine proposes for the whole resume, in a canonical order with ids. */
export function proposeAllEdits(
  resume: ParsedResume,
  jobText: string,
  analysis: MatchResult,
  options: StageOptions,
): ProposedEdit[] {
  const context = tailorContext(resume, analysis, options);
  return numberEdits(
    [
      ...rewriteSummary(context),
      ...reorderBullets(context),
      ...reorderSkills(context),
      ...addEvidencedSkills(context),
      ...alignSkillNames(context, jobText),
    ],
    resume,
  );
}

/**
 * The edits of one chunk: those whose place is in the chunk. A bullet edit belongs to the chunk holding its
 * bullet; an entry-wide edit (a reorder) to the chunk holding the entry's first bullet, so an entry split over
 * chunks is reordered once. Summary and skills edits go to their section's single target.
 */
export function tailorChunk(
  resume: ParsedResume,
  jobText: string,
  analysis: MatchResult,
  target: TailorTarget,
  options: StageOptions,
): ProposedEdit[] {
  const context = tailorContext(resume, analysis, options);
  const kind = resume.sections.find((s) => s.id === target.section)?.kind ?? target.section;
  // Each family of edits lives in its own kind of section, so a target computes only its own.
  const proposed =
    kind === "summary"
      ? rewriteSummary(context)
      : kind === "skills"
        ? [...reorderSkills(context), ...addEvidencedSkills(context)]
        : [...reorderBullets(context), ...alignSkillNames(context, jobText)];
  const parts = target.parts;
  return proposed.filter((edit) => {
    if (edit.ref.section !== target.section) return false;
    if (!parts) return true;
    if (edit.kind === "rewrite_bullet") return inParts(parts, edit.ref.entry, edit.ref.bullet);
    const part = parts.find((p) => p.entry === edit.ref.entry);
    return part !== undefined && (part.bullets.length === 0 || part.bullets.includes(0));
  });
}

const KIND_ORDER: Record<ProposedEdit["kind"], number> = {
  rewrite_summary: 0,
  reorder_bullets: 1,
  rewrite_bullet: 2,
  reorder_skills: 3,
  add_skill: 4,
};

/** Edits in one canonical order (kind, then place in the resume), numbered edit-1…: the same from any chunking. */
export function numberEdits(edits: readonly ProposedEdit[], resume: ParsedResume): ProposedEdit[] {
  const sectionOrder = new Map(resume.sections.map((s, i) => [s.id, i]));
  return [...edits]
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (sectionOrder.get(a.ref.section) ?? 999) - (sectionOrder.get(b.ref.section) ?? 999) ||
        a.ref.entry - b.ref.entry ||
        (a.ref.bullet ?? -1) - (b.ref.bullet ?? -1) ||
        a.after.localeCompare(b.after),
    )
    .map((edit, i) => ({ ...edit, id: `edit-${i + 1}` }));
}
