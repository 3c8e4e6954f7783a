import type { Evidence, EvidenceStatus } from "../../domain/analysis.ts";
import { DEGREE_RANK, type Requirement } from "../../domain/requirement.ts";
import type { DateRange, ParsedResume, Ref, SectionKind } from "../../domain/resume.ts";
import type { Taxonomy } from "../taxonomy/index.ts";
import { yearsCovered } from "./parse/dates.ts";
import { contentNorms, highestDegree, type IndexedLine, type ResumeIndex } from "./resume-index.ts";

/** Strength at or above which a requirement counts as met. */
export const MET = 0.5;
/** Related skills (Docker for Kubernetes) earn this share of their strength, and only ever "partial". */
const RELATED_SHARE = 0.4;

/** One line that is evidence for one requirement: directly, through a related skill, or by saying most of a phrase. */
export interface LineHit {
  ref: Ref;
  kind: SectionKind;
  weight: number;
  how: "direct" | "related" | "phrase";
  /** Phrase hits: the share of the phrase's words the line says. */
  coverage?: number;
  /** Related hits: the related taxonomy entries the line names. */
  via?: number[];
}

/** What a set of lines (a chunk) shows for each requirement; chunks' hits are combined into the evidence map. */
export type ChunkEvidence = Record<string, LineHit[]>;

const isDegree = (r: Requirement) => r.category === "education" && r.degree !== undefined;
const isYears = (r: Requirement) => r.category === "experience" && r.years !== undefined && /years/.test(r.canonical);
const yearsField = (r: Requirement) =>
  /years in /.test(r.canonical) ? r.canonical.replace(/^\d+\+ years in /, "") : undefined;

function phraseHits(phrase: string, lines: readonly IndexedLine[]): LineHit[] {
  const words = [...new Set(contentNorms(phrase))];
  if (words.length === 0) return [];
  const hits: LineHit[] = [];
  for (const line of lines) {
    let covered = 0;
    for (const w of words) if (line.norms.has(w)) covered++;
    const coverage = covered / words.length;
    if (coverage >= 0.5 && (covered >= 2 || words.length === 1)) {
      hits.push({ ref: line.ref, kind: line.kind, weight: line.weight, how: "phrase", coverage });
    }
  }
  return hits;
}

/**
 * The evidence a set of resume lines holds for each requirement. This is the matching work, done per chunk (the
 * `analyze:<section>#<chunk>` tasks); degree and years requirements are judged from the whole resume when the
 * chunks are combined.
 */
export function evidenceInLines(
  requirements: readonly Requirement[],
  lines: readonly IndexedLine[],
  taxonomy: Taxonomy,
): ChunkEvidence {
  const out: ChunkEvidence = {};
  const byEntry = new Map<number, IndexedLine[]>();
  for (const line of lines) {
    for (const id of line.entries) {
      const list = byEntry.get(id) ?? [];
      list.push(line);
      byEntry.set(id, list);
    }
  }
  for (const requirement of requirements) {
    if (isDegree(requirement)) continue;
    if (isYears(requirement)) {
      const field = yearsField(requirement);
      if (field) out[requirement.id] = phraseHits(field, lines);
      continue;
    }
    const entry = taxonomy.byName(requirement.canonical);
    if (!entry) {
      out[requirement.id] = phraseHits(requirement.canonical, lines);
      continue;
    }
    const hits: LineHit[] = (byEntry.get(entry.id) ?? []).map((l) => ({
      ref: l.ref,
      kind: l.kind,
      weight: l.weight,
      how: "direct",
    }));
    // A certification or licence is held or not: related skills earn no credit toward it.
    if (entry.category !== "certification") {
      for (const id of entry.related) {
        for (const l of byEntry.get(id) ?? [])
          hits.push({ ref: l.ref, kind: l.kind, weight: l.weight, how: "related", via: [id] });
      }
    }
    out[requirement.id] = hits;
  }
  return out;
}

/** Combines independent pieces of evidence: two skills-list mentions are stronger than one, never above 1. */
function combine(weights: readonly number[]): number {
  return 1 - weights.reduce((rest, w) => rest * (1 - Math.min(1, Math.max(0, w))), 1);
}

const refKey = (ref: Ref) => `${ref.section}/${ref.entry}/${ref.bullet}`;

/** Strongest first, each line once, at most six. */
function refsOf(hits: readonly LineHit[]): Ref[] {
  const seen = new Set<string>();
  const refs: Ref[] = [];
  for (const hit of [...hits].sort((a, b) => b.weight - a.weight || refKey(a.ref).localeCompare(refKey(b.ref)))) {
    if (!seen.has(refKey(hit.ref))) {
      seen.add(refKey(hit.ref));
      refs.push(hit.ref);
    }
  }
  return refs.slice(0, 6);
}

/** Each line once: chunks never overlap, but one line can reach a requirement two ways. */
function unique(hits: readonly LineHit[]): LineHit[] {
  const byLine = new Map<string, LineHit>();
  for (const hit of hits) {
    const existing = byLine.get(refKey(hit.ref));
    if (!existing || hit.weight > existing.weight) byLine.set(refKey(hit.ref), hit);
  }
  return [...byLine.values()];
}

const round = (x: number) => Math.round(x * 100) / 100;

function statusOf(strength: number, directly: boolean): EvidenceStatus {
  if (directly && strength >= MET) return "met";
  return strength > 0 ? "partial" : "missing";
}

/** The years a skill was used: the union of the dated experience and project entries whose lines show it. */
function yearsWith(hits: readonly LineHit[], resume: ParsedResume, now: Date): number {
  const ranges: DateRange[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (hit.kind !== "experience" && hit.kind !== "projects") continue;
    const key = `${hit.ref.section}/${hit.ref.entry}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const dates = resume.sections.find((s) => s.id === hit.ref.section)?.entries[hit.ref.entry]?.dates;
    if (dates) ranges.push(dates);
  }
  return yearsCovered(ranges, now);
}

export interface EvidenceOptions {
  taxonomy: Taxonomy;
  now: Date;
}

/**
 * Maps each requirement to what the resume shows for it: met / partial / missing / cannot_claim, with the lines
 * that show it and a one-sentence reason. Evidence is weighted by where it stands (PLACE_WEIGHT) and combined;
 * related skills only ever make a requirement partial; hard facts the resume contradicts — fewer years than
 * required, a lower degree — are `cannot_claim`, which tailoring must never paper over. Deterministic: the same
 * hits in any chunking give the same map.
 */
export function combineEvidence(
  requirements: readonly Requirement[],
  chunks: readonly ChunkEvidence[],
  resume: ParsedResume,
  options: EvidenceOptions,
): Evidence[] {
  const degree = highestDegree(resume);
  return requirements.map((requirement) => {
    const hits = unique(chunks.flatMap((c) => c[requirement.id] ?? []));
    const base = { requirementId: requirement.id };

    if (isDegree(requirement) && requirement.degree) {
      const need = requirement.degree;
      if (!degree)
        return { ...base, status: "missing", strength: 0, refs: [], note: "No degree found in the education section." };
      const fieldWords = need.field ? contentNorms(need.field) : [];
      const haveWords = new Set(contentNorms(degree.text));
      const fieldOk = fieldWords.length === 0 || fieldWords.some((w) => haveWords.has(w));
      if (DEGREE_RANK[degree.level] < DEGREE_RANK[need.level]) {
        return {
          ...base,
          status: "cannot_claim",
          strength: 0.2,
          refs: [degree.ref],
          note: `The resume shows a ${degree.level.replace("_", " ")} degree; the job asks for ${need.level.replace("_", " ")}.`,
        };
      }
      return fieldOk
        ? { ...base, status: "met", strength: 1, refs: [degree.ref], note: "The degree meets the level asked for." }
        : {
            ...base,
            status: "partial",
            strength: 0.5,
            refs: [degree.ref],
            note: `The degree level is met, but not in ${need.field}.`,
          };
    }

    if (isYears(requirement)) {
      const have = resume.yearsOfExperience;
      const need = requirement.years ?? 0;
      const refs = refsOf(hits).slice(0, 4);
      if (have === 0)
        return {
          ...base,
          status: "missing",
          strength: 0,
          refs,
          note: "No dated experience found to count years from.",
        };
      if (have >= need)
        return {
          ...base,
          status: "met",
          strength: 1,
          refs,
          note: `${have} years of dated experience (${need}+ asked).`,
        };
      return {
        ...base,
        status: have >= need * 0.7 ? "partial" : "cannot_claim",
        strength: round(have / need),
        refs,
        note: `${have} years of dated experience; the job asks for ${need}+.`,
      };
    }

    const entry = options.taxonomy.byName(requirement.canonical);
    if (entry) {
      const direct = hits.filter((h) => h.how === "direct");
      if (direct.length > 0) {
        const strength = combine(direct.map((h) => h.weight));
        const evidence: Evidence = {
          ...base,
          status: statusOf(strength, true),
          strength: round(strength),
          refs: refsOf(direct),
          note: noteFor(direct, strength),
        };
        if (requirement.years !== undefined) {
          const used = yearsWith(direct, resume, options.now);
          if (used < requirement.years) {
            evidence.status = "partial";
            evidence.note = `Shown in roles covering ${used} years; the job asks for ${requirement.years}+.`;
          }
        }
        return evidence;
      }
      const related = hits.filter((h) => h.how === "related");
      if (related.length > 0) {
        const names = [...new Set(related.flatMap((h) => h.via ?? []))]
          .sort((a, b) => a - b)
          .map((id) => options.taxonomy.entries[id]?.canonical)
          .filter(Boolean)
          .slice(0, 3);
        return {
          ...base,
          status: "partial",
          strength: round(combine(related.map((h) => h.weight)) * RELATED_SHARE),
          refs: refsOf(related),
          note: `Not mentioned; related experience: ${names.join(", ")}.`,
        };
      }
      return { ...base, status: "missing", strength: 0, refs: [], note: `${requirement.canonical} is not mentioned.` };
    }

    // A phrase the taxonomy does not know: the lines that say most of it.
    if (hits.length === 0)
      return { ...base, status: "missing", strength: 0, refs: [], note: "Nothing in the resume says this." };
    const strength = combine(hits.map((h) => h.weight * ((h.coverage ?? 0) >= 0.75 ? 1 : 0.5)));
    const full = hits.filter((h) => (h.coverage ?? 0) >= 0.75);
    return {
      ...base,
      status: statusOf(strength, full.length > 0),
      strength: round(strength),
      refs: refsOf(hits),
      note: full.length > 0 ? noteFor(hits, strength) : "Some of it is mentioned, not all.",
    };
  });
}

/** The evidence map of a whole resume: every line as one chunk. */
export function mapEvidence(
  requirements: readonly Requirement[],
  index: ResumeIndex,
  options: EvidenceOptions,
): Evidence[] {
  return combineEvidence(
    requirements,
    [evidenceInLines(requirements, index.lines, options.taxonomy)],
    index.resume,
    options,
  );
}

function noteFor(hits: readonly LineHit[], strength: number): string {
  const kinds = [...new Set(hits.map((h) => h.kind))];
  const inWork = kinds.some((k) => k === "experience" || k === "projects" || k === "volunteer");
  if (!inWork)
    return `${strength >= MET ? "Listed" : "Mentioned"} in ${kinds.join(" and ")}; not shown in work experience.`;
  const where = kinds.includes("experience")
    ? "in experience"
    : kinds.includes("projects")
      ? "in projects"
      : "in volunteer work";
  const lines = new Set(hits.map((h) => refKey(h.ref))).size;
  return `Shown ${where}${lines > 1 ? ` (${lines} places)` : ""}.`;
}
