import type { SectionAnalysis } from "../domain/analysis.ts";
import type { ProposedEdit } from "../domain/edit.ts";
import type { LlmChunkReview, LlmRequirementsReview, LlmSummary } from "../domain/llm.ts";
import type { Requirement } from "../domain/requirement.ts";
import type { MatchResult } from "../domain/result.ts";
import type { ParsedResume, Ref } from "../domain/resume.ts";
import type { ChunkPart } from "../engine/chunk/chunk.ts";
import { findDegree, findYears } from "../engine/local/requirements/cues.ts";
import {
  extractRequirements,
  levelName,
  lineContexts,
  requirementWeight,
} from "../engine/local/requirements/extract.ts";
import { extractJobTitle } from "../engine/local/requirements/job-title.ts";
import { analyzeChunk, type TailorTarget, tailorChunk } from "../engine/local/stages.ts";
import { defaultTaxonomy } from "../engine/taxonomy/default.ts";
import type { AnalyzeOutput, RequirementsOutput } from "../run/payloads.ts";
import { analyzePrompt, type Prompt, requirementsPrompt, summaryPrompt } from "./prompts.ts";

/**
 * The llm engine's side of each task: the prompt it sends, and how the model's answer becomes the domain types.
 * Code owns every fact the answer cannot be trusted with — spans, ids, weights, references, `before` texts — and
 * the local engine's evidence stays the score's ground truth.
 */

const lineId = (ref: Pick<Ref, "section" | "entry" | "bullet">) => `${ref.section}/${ref.entry}/${ref.bullet ?? "h"}`;

function lineOf(resume: ParsedResume, id: string): Ref | undefined {
  const [section, entryText, bulletText] = id.replace(/^\[|\]$/g, "").split("/");
  const s = resume.sections.find((x) => x.id === section);
  const entry = s?.entries[Number(entryText)];
  if (!s || !entry) return undefined;
  if (bulletText === "h") return { section: s.id, entry: entry.index, bullet: null, text: entry.header.join(" | ") };
  const bullet = entry.bullets[Number(bulletText)];
  return bullet ? { section: s.id, entry: entry.index, bullet: bullet.index, text: bullet.text } : undefined;
}

/** Resume lines with their ids, for a prompt: "[experience/0/h] Engineer | Acme" then "[experience/0/2] Built…". */
function renderLines(
  resume: ParsedResume,
  include: (ref: Pick<Ref, "section" | "entry" | "bullet">) => boolean,
): string {
  const out: string[] = [];
  for (const section of resume.sections) {
    if (section.kind === "header") continue;
    for (const entry of section.entries) {
      const header = { section: section.id, entry: entry.index, bullet: null };
      if (entry.header.length > 0 && include(header)) out.push(`[${lineId(header)}] ${entry.header.join(" | ")}`);
      for (const bullet of entry.bullets) {
        const ref = { section: section.id, entry: entry.index, bullet: bullet.index };
        if (include(ref)) out.push(`[${lineId(ref)}] ${bullet.text}`);
      }
    }
  }
  return out.join("\n");
}

/** The job's requirements for a prompt, shortest form: "must: Go, Kubernetes; nice: Terraform". */
export function digest(requirements: readonly Requirement[]): string {
  const top = requirements
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 20);
  const names = (priority: "must" | "nice") =>
    top
      .filter((r) => r.priority === priority)
      .map((r) => r.canonical)
      .join(", ");
  return [`must: ${names("must")}`, names("nice") ? `nice: ${names("nice")}` : ""].filter(Boolean).join("; ");
}

/** Section kinds whose lines the model reviews and rewrites; the others gain little from it and stay with code. */
const MODEL_SECTION_KINDS: ReadonlySet<string> = new Set(["experience", "projects", "volunteer"]);

/** Whether an llm run's task of this kind, on a section of this kind, asks a model (else code does it alone). */
export function needsModel(task: "requirements" | "analyze" | "tailor", sectionKind: string): boolean {
  if (task === "requirements") return true;
  return task === "analyze" ? MODEL_SECTION_KINDS.has(sectionKind) : sectionKind === "summary";
}

// ── requirements ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The posting without the parts that state no requirements (about the company, benefits, how to apply, equal
 * opportunity): the model reads what matters and nothing else is paid for.
 */
export function postingForModel(jobText: string): string {
  const contextAt = lineContexts(jobText);
  const kept: string[] = [];
  let at = 0;
  for (const line of jobText.split("\n")) {
    if (contextAt(at) !== "skip" && line.trim() !== "") kept.push(line.trim());
    at += line.length + 1;
  }
  return kept.join("\n");
}

function candidates(jobText: string): Requirement[] {
  return extractRequirements(jobText, { taxonomy: defaultTaxonomy() });
}

const candidateLine = (r: Requirement, i: number) =>
  `${i + 1}. ${r.canonical}${r.text.toLowerCase() !== r.canonical.toLowerCase() ? ` ("${r.text}")` : ""} (${r.priority})`;

/** Code finds the requirements; the model reviews them against the posting: removals, priorities, what was missed. */
export function requirementsRequest(jobText: string): Prompt {
  return requirementsPrompt(postingForModel(jobText), candidates(jobText).map(candidateLine).join("\n"));
}

/**
 * Code's requirements with the model's review applied. An addition counts only where its text is in the posting
 * (anything else is the model's invention and is dropped); skills are normalized by the taxonomy, degrees and
 * years read by code from the text.
 */
export function requirementsFromLlm(jobText: string, answer: LlmRequirementsReview): RequirementsOutput {
  const taxonomy = defaultTaxonomy();
  const found = candidates(jobText);
  const remove = new Set(answer.remove);
  const flip = new Set(answer.flip);
  const kept: Array<Omit<Requirement, "id">> = [];
  for (const [i, r] of found.entries()) {
    if (remove.has(i + 1)) continue;
    if (!flip.has(i + 1)) {
      kept.push(r);
      continue;
    }
    const must = r.priority !== "must";
    const weight = Math.round(Math.min(1, must ? r.weight * 2 : r.weight / 2) * 100) / 100;
    kept.push({ ...r, priority: must ? "must" : "nice", weight });
  }
  const keyOf = (r: Pick<Requirement, "canonical" | "degree">) =>
    r.degree ? `degree:${r.degree.level}` : (taxonomy.lookup(r.canonical)?.id ?? r.canonical.toLowerCase());
  const keys = new Set(kept.map(keyOf));
  const lower = jobText.toLowerCase();
  for (const item of answer.add.slice(0, 30)) {
    const text = item.text.trim();
    if (text === "" || text.length > 120) continue;
    const start = lower.indexOf(text.toLowerCase());
    // A requirement the posting does not state is the model's invention: dropped.
    if (start < 0) continue;
    const span = jobText.slice(start, start + text.length);
    const degree = findDegree(span);
    const entry = degree ? undefined : (taxonomy.match(span)[0]?.entry ?? taxonomy.lookup(span));
    const category = degree ? "education" : (entry?.category ?? item.category);
    const canonical = degree
      ? `${levelName(degree.level)}${degree.field ? ` in ${degree.field}` : ""}`
      : (entry?.canonical ?? span);
    const requirement: Omit<Requirement, "id"> = {
      text: span,
      canonical,
      category,
      priority: item.priority,
      weight: requirementWeight(item.priority === "must", category, 1),
      aliases: entry?.aliases ?? [],
      evidence: { start, end: start + text.length },
    };
    const years = item.years ?? findYears(span)?.years;
    if (years !== undefined && years > 0 && years <= 40) requirement.years = years;
    if (degree)
      requirement.degree = degree.field ? { level: degree.level, field: degree.field } : { level: degree.level };
    const key = keyOf(requirement);
    if (keys.has(key)) continue;
    keys.add(key);
    kept.push(requirement);
  }
  const requirements = kept
    .sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end)
    .map((r, i) => ({ ...r, id: `req-${i + 1}` }));
  const jobTitle = extractJobTitle(jobText);
  return jobTitle ? { requirements, jobTitle } : { requirements };
}

// ── analyze (review, and rewrite when the run tailors) ──────────────────────────────────────────────────────

type ChunkRef = { section: string; parts: readonly ChunkPart[] };

const inChunk = (chunk: ChunkRef) => (ref: Pick<Ref, "section" | "entry" | "bullet">) =>
  ref.section === chunk.section &&
  chunk.parts.some((p) => p.entry === ref.entry && (ref.bullet === null || p.bullets.includes(ref.bullet)));

/** The prompt for a chunk the model reviews, or undefined for a section kind code handles alone. */
export function analyzeRequest(
  resume: ParsedResume,
  chunk: ChunkRef,
  requirements: readonly Requirement[],
  rewrite: boolean,
): Prompt | undefined {
  const section = resume.sections.find((s) => s.id === chunk.section);
  if (!section || !MODEL_SECTION_KINDS.has(section.kind)) return undefined;
  const lines = renderLines(resume, inChunk(chunk));
  if (lines === "") return undefined;
  return analyzePrompt(`Section: ${section.heading || section.kind}`, lines, digest(requirements), rewrite);
}

/**
 * Local evidence (the score's ground truth) plus the model's suggestions and rewrites, each tied to a real line of
 * the chunk; a rewrite's `before` and sources come from the resume. The verifier rules on the rewrites later.
 */
export function analyzeFromLlm(
  resume: ParsedResume,
  chunk: ChunkRef,
  requirements: readonly Requirement[],
  answer: LlmChunkReview,
  now: number,
): AnalyzeOutput {
  const evidence = analyzeChunk(resume, chunk, requirements, { taxonomy: defaultTaxonomy(), now: new Date(now) });
  const within = inChunk(chunk);
  const suggestions: SectionAnalysis["suggestions"] = [];
  for (const s of answer.suggestions.slice(0, 10)) {
    const ref = lineOf(resume, s.line);
    if (!ref || !within(ref) || s.message.trim() === "") continue;
    suggestions.push({ code: "llm_review", severity: s.severity, message: s.message.trim().slice(0, 500), ref });
  }
  const rewrites: ProposedEdit[] = [];
  const seen = new Set<string>();
  for (const r of answer.rewrites.slice(0, 10)) {
    const ref = lineOf(resume, r.line);
    const after = r.after.trim();
    if (!ref || ref.bullet === null || !within(ref) || seen.has(lineId(ref))) continue;
    if (after === "" || after === ref.text || r.reason.trim() === "") continue;
    seen.add(lineId(ref));
    const sources = r.sources.map((id) => lineOf(resume, id)).filter((x): x is Ref => x !== undefined);
    rewrites.push({
      id: "",
      kind: "rewrite_bullet",
      section: ref.section,
      ref,
      before: ref.text,
      after: after.slice(0, 600),
      reason: r.reason.trim().slice(0, 300),
      sources: sources.length > 0 ? sources : [ref],
    });
  }
  return rewrites.length > 0 ? { evidence, suggestions, rewrites } : { evidence, suggestions };
}

// ── tailor ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * What a summary may say, with ids: the current summary, the latest roles, the years the dates add up to and the
 * job's requirements the evidence map shows as met — a few lines instead of the whole resume.
 */
function summaryFacts(resume: ParsedResume, analysis: MatchResult): string {
  const out: string[] = [];
  const summary = resume.sections.find((s) => s.kind === "summary");
  for (const entry of summary?.entries ?? [])
    for (const b of entry.bullets.slice(0, 3))
      out.push(`[${lineId({ section: summary?.id ?? "summary", entry: entry.index, bullet: b.index })}] ${b.text}`);
  const roles = resume.sections
    .filter((s) => s.kind === "experience")
    .flatMap((s) => s.entries.map((e) => ({ s, e })))
    .slice(0, 3);
  for (const { s, e } of roles)
    if (e.header.length > 0)
      out.push(`[${lineId({ section: s.id, entry: e.index, bullet: null })}] ${e.header.join(" | ")}`);
  if (resume.headline) out.push(`Headline: ${resume.headline}`);
  out.push(`Years of dated experience: ${Math.floor(resume.yearsOfExperience)}`);
  const met = analysis.evidence
    .filter((e) => e.status === "met")
    .map((e) => analysis.requirements.find((r) => r.id === e.requirementId))
    .filter((r): r is Requirement => r !== undefined && r.category !== "experience" && r.category !== "education")
    .map((r) => r.canonical);
  if (met.length > 0) out.push(`Shown in the resume: ${met.slice(0, 15).join(", ")}`);
  return out.join("\n");
}

/** The one tailoring call: the summary. Bullets were rewritten with their chunk's review; skills are code's. */
export function tailorRequest(resume: ParsedResume, target: TailorTarget, analysis: MatchResult): Prompt | undefined {
  const kind = resume.sections.find((s) => s.id === target.section)?.kind ?? target.section;
  if (kind !== "summary") return undefined;
  return summaryPrompt(summaryFacts(resume, analysis), digest(analysis.requirements));
}

/**
 * The local engine's edits for the target (reorders, skill additions, name alignment) with the model's: the
 * rewrites its chunk review proposed, and for the summary the model's summary. Where the model rewrote a bullet,
 * the local rewrite of that bullet gives way. Everything still goes through the verifier.
 */
export function tailorFromLlm(
  resume: ParsedResume,
  jobText: string,
  target: TailorTarget,
  analysis: MatchResult,
  answer: LlmSummary | undefined,
  rewrites: readonly ProposedEdit[],
  now: number,
): ProposedEdit[] {
  const local = tailorChunk(resume, jobText, analysis, target, { taxonomy: defaultTaxonomy(), now: new Date(now) });
  const llm: ProposedEdit[] = [...rewrites];
  const summary = answer?.summary.trim() ?? "";
  if (summary !== "" && answer && answer.reason.trim() !== "") {
    const section = resume.sections.find((s) => s.kind === "summary");
    const before = section ? section.entries.flatMap((x) => x.bullets.map((b) => b.text)).join(" ") : "";
    const sources = answer.sources.map((id) => lineOf(resume, id)).filter((r): r is Ref => r !== undefined);
    if (summary !== before && sources.length > 0)
      llm.push({
        id: "",
        kind: "rewrite_summary",
        section: section?.id ?? "summary",
        ref: { section: section?.id ?? "summary", entry: 0, bullet: null, text: before },
        before,
        after: summary.slice(0, 1200),
        reason: answer.reason.trim().slice(0, 300),
        sources,
      });
  }
  return mergeEdits(local, llm);
}

/** Model edits replace the local rewrites of the same bullet (and a model summary the local one). */
export function mergeEdits(local: readonly ProposedEdit[], llm: readonly ProposedEdit[]): ProposedEdit[] {
  const rewritten = new Set(llm.filter((e) => e.kind === "rewrite_bullet").map((e) => lineId(e.ref)));
  const hasSummary = llm.some((e) => e.kind === "rewrite_summary");
  const kept = local.filter(
    (e) =>
      !(e.kind === "rewrite_bullet" && rewritten.has(lineId(e.ref))) && !(hasSummary && e.kind === "rewrite_summary"),
  );
  return [...kept, ...llm];
}
