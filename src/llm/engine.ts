import type { SectionAnalysis } from "../domain/analysis.ts";
import type { ProposedEdit } from "../domain/edit.ts";
import type { LlmChunkReview, LlmRequirements, LlmTailor } from "../domain/llm.ts";
import type { Requirement } from "../domain/requirement.ts";
import type { MatchResult } from "../domain/result.ts";
import type { ParsedResume, Ref } from "../domain/resume.ts";
import { levelName, requirementWeight } from "../engine/local/requirements/extract.ts";
import { extractJobTitle } from "../engine/local/requirements/job-title.ts";
import { analyzeChunk, type TailorTarget, tailorChunk } from "../engine/local/stages.ts";
import { defaultTaxonomy } from "../engine/taxonomy/default.ts";
import type { AnalyzeOutput, RequirementsOutput } from "../run/payloads.ts";
import { analyzePrompt, type Prompt, requirementsPrompt, tailorPrompt } from "./prompts.ts";

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
export function renderLines(
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

const digest = (requirements: readonly Requirement[]) =>
  requirements
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 25)
    .map((r) => `${r.canonical} (${r.priority})`)
    .join("; ");

// ── requirements ─────────────────────────────────────────────────────────────────────────────────────────────

export function requirementsRequest(jobText: string): Prompt {
  return requirementsPrompt(jobText);
}

/** The model's requirements, kept only where their text is in the posting, normalized by the taxonomy. */
export function requirementsFromLlm(jobText: string, answer: LlmRequirements): RequirementsOutput {
  const taxonomy = defaultTaxonomy();
  const lower = jobText.toLowerCase();
  const byKey = new Map<string, { r: Omit<Requirement, "id" | "weight">; must: boolean; mentions: number }>();
  for (const item of answer.requirements) {
    const text = item.text.trim();
    if (text === "") continue;
    let start = jobText.indexOf(text);
    if (start < 0) start = lower.indexOf(text.toLowerCase());
    // A requirement the posting does not state is the model's invention: dropped.
    if (start < 0) continue;
    const entry = taxonomy.lookup(item.canonical) ?? taxonomy.lookup(text);
    const category = item.degreeLevel
      ? "education"
      : entry && item.category !== "experience"
        ? entry.category === "domain" && item.category !== "domain"
          ? item.category
          : entry.category
        : item.category;
    const canonical = item.degreeLevel
      ? `${levelName(item.degreeLevel)}${item.degreeField ? ` in ${item.degreeField}` : ""}`
      : (entry?.canonical ?? item.canonical.trim());
    const key = item.degreeLevel
      ? `degree:${item.degreeLevel}`
      : entry
        ? `t:${entry.id}`
        : `p:${canonical.toLowerCase()}`;
    const requirement: Omit<Requirement, "id" | "weight"> = {
      text: jobText.slice(start, start + text.length),
      canonical,
      category,
      priority: item.priority,
      aliases: entry?.aliases ?? [],
      evidence: { start, end: start + text.length },
    };
    if (item.years !== null && item.years > 0 && item.years <= 40) requirement.years = item.years;
    if (item.degreeLevel)
      requirement.degree = item.degreeField
        ? { level: item.degreeLevel, field: item.degreeField }
        : { level: item.degreeLevel };
    const existing = byKey.get(key);
    if (existing) {
      existing.mentions++;
      existing.must ||= item.priority === "must";
    } else byKey.set(key, { r: requirement, must: item.priority === "must", mentions: 1 });
  }
  const requirements = [...byKey.values()]
    .sort((a, b) => a.r.evidence.start - b.r.evidence.start)
    .map((x, i) => ({
      ...x.r,
      id: `req-${i + 1}`,
      priority: x.must ? ("must" as const) : ("nice" as const),
      weight: requirementWeight(x.must, x.r.category, x.mentions),
    }));
  const jobTitle = extractJobTitle(jobText);
  return jobTitle ? { requirements, jobTitle } : { requirements };
}

// ── analyze ──────────────────────────────────────────────────────────────────────────────────────────────────

export function analyzeRequest(
  resume: ParsedResume,
  chunk: { id: string; section: string; parts: { entry: number; bullets: number[] }[] },
  requirements: readonly Requirement[],
): Prompt {
  const inChunk = (ref: Pick<Ref, "section" | "entry" | "bullet">) =>
    ref.section === chunk.section &&
    chunk.parts.some((p) => p.entry === ref.entry && (ref.bullet === null || p.bullets.includes(ref.bullet)));
  const section = resume.sections.find((s) => s.id === chunk.section);
  return analyzePrompt(
    `Section: ${section?.heading || section?.kind || chunk.section}`,
    renderLines(resume, inChunk),
    digest(requirements),
  );
}

/** Local evidence (the score's ground truth) plus the model's suggestions, each tied to a real line of the chunk. */
export function analyzeFromLlm(
  resume: ParsedResume,
  chunk: { section: string; parts: { entry: number; bullets: number[] }[] },
  requirements: readonly Requirement[],
  answer: LlmChunkReview,
  now: number,
): AnalyzeOutput {
  const evidence = analyzeChunk(resume, chunk, requirements, { taxonomy: defaultTaxonomy(), now: new Date(now) });
  const suggestions: SectionAnalysis["suggestions"] = [];
  for (const s of answer.suggestions.slice(0, 20)) {
    const ref = lineOf(resume, s.line);
    if (!ref || ref.section !== chunk.section || s.message.trim() === "") continue;
    suggestions.push({ code: "llm_review", severity: s.severity, message: s.message.trim().slice(0, 500), ref });
  }
  return { evidence, suggestions };
}

// ── tailor ───────────────────────────────────────────────────────────────────────────────────────────────────

export function tailorRequest(resume: ParsedResume, target: TailorTarget, analysis: MatchResult): Prompt | undefined {
  const kind = resume.sections.find((s) => s.id === target.section)?.kind ?? target.section;
  if (kind === "skills") return undefined;
  if (kind === "summary") {
    const facts = renderLines(resume, () => true);
    return tailorPrompt(
      "summary",
      `Headline: ${resume.headline ?? "(none)"}\nYears of dated experience: ${resume.yearsOfExperience}`,
      facts,
      digest(analysis.requirements),
    );
  }
  const parts = target.parts ?? [];
  const inTarget = (ref: Pick<Ref, "section" | "entry" | "bullet">) =>
    ref.section === target.section &&
    parts.some((p) => p.entry === ref.entry && (ref.bullet === null || p.bullets.includes(ref.bullet)));
  return tailorPrompt(
    "bullets",
    `Section: ${target.section}`,
    renderLines(resume, inTarget),
    digest(analysis.requirements),
  );
}

/**
 * The local engine's edits for the target (reorders, skill additions) and the model's rewrites, each tied to a
 * real line with code-supplied `before` and sources. Where the model rewrote a bullet, the local name alignment
 * of that bullet is dropped; a model summary replaces the local one. Everything still goes through the verifier.
 */
export function tailorFromLlm(
  resume: ParsedResume,
  jobText: string,
  target: TailorTarget,
  analysis: MatchResult,
  answer: LlmTailor | undefined,
  now: number,
): ProposedEdit[] {
  const local = tailorChunk(resume, jobText, analysis, target, { taxonomy: defaultTaxonomy(), now: new Date(now) });
  if (!answer) return local;
  const kind = resume.sections.find((s) => s.id === target.section)?.kind ?? target.section;
  const llm: ProposedEdit[] = [];
  for (const e of answer.edits.slice(0, 30)) {
    const sources = e.sources.map((id) => lineOf(resume, id)).filter((r): r is Ref => r !== undefined);
    const after = e.after.trim();
    if (after === "" || e.reason.trim() === "") continue;
    if (e.kind === "rewrite_summary" && kind === "summary") {
      const section = resume.sections.find((s) => s.kind === "summary");
      const before = section ? section.entries.flatMap((x) => x.bullets.map((b) => b.text)).join(" ") : "";
      if (after === before || sources.length === 0) continue;
      llm.push({
        id: "",
        kind: "rewrite_summary",
        section: section?.id ?? "summary",
        ref: { section: section?.id ?? "summary", entry: 0, bullet: null, text: before },
        before,
        after,
        reason: e.reason.trim(),
        sources,
      });
    } else if (e.kind === "rewrite_bullet") {
      const ref = lineOf(resume, e.line);
      const parts = target.parts ?? [];
      if (
        !ref ||
        ref.bullet === null ||
        ref.section !== target.section ||
        !parts.some((p) => p.entry === ref.entry && p.bullets.includes(ref.bullet as number))
      )
        continue;
      if (after === ref.text) continue;
      llm.push({
        id: "",
        kind: "rewrite_bullet",
        section: ref.section,
        ref,
        before: ref.text,
        after,
        reason: e.reason.trim(),
        sources: sources.length > 0 ? sources : [ref],
      });
    }
  }
  const rewritten = new Set(llm.filter((e) => e.kind === "rewrite_bullet").map((e) => lineId(e.ref)));
  const hasSummary = llm.some((e) => e.kind === "rewrite_summary");
  const kept = local.filter(
    (e) =>
      !(e.kind === "rewrite_bullet" && rewritten.has(lineId(e.ref))) && !(hasSummary && e.kind === "rewrite_summary"),
  );
  return [...kept, ...llm];
}
