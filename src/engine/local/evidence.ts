import type { Evidence, EvidenceStatus } from "../../domain/analysis.ts";
import { DEGREE_RANK, type Requirement } from "../../domain/requirement.ts";
import type { DateRange, Ref } from "../../domain/resume.ts";
import type { Taxonomy } from "../taxonomy/index.ts";
import { yearsCovered } from "./parse/dates.ts";
import { contentNorms, type IndexedLine, type ResumeIndex } from "./resume-index.ts";

/** Strength at or above which a requirement counts as met. */
export const MET = 0.5;
/** Related skills (Docker for Kubernetes) earn this share of their strength, and only ever "partial". */
const RELATED_SHARE = 0.4;

/** Combines independent pieces of evidence: two skills-list mentions are stronger than one, never above 1. */
function combine(weights: readonly number[]): number {
  return 1 - weights.reduce((rest, w) => rest * (1 - Math.min(1, Math.max(0, w))), 1);
}

const refsOf = (lines: readonly IndexedLine[]): Ref[] => {
  const seen = new Set<string>();
  const refs: Ref[] = [];
  for (const line of [...lines].sort((a, b) => b.weight - a.weight)) {
    const key = `${line.ref.section}/${line.ref.entry}/${line.ref.bullet}`;
    if (!seen.has(key)) {
      seen.add(key);
      refs.push(line.ref);
    }
  }
  return refs.slice(0, 6);
};

const round = (x: number) => Math.round(x * 100) / 100;

function statusOf(strength: number, directly: boolean): EvidenceStatus {
  if (directly && strength >= MET) return "met";
  return strength > 0 ? "partial" : "missing";
}

/** Lines whose words cover enough of a phrase requirement ("payment reconciliation", "lesson planning"). */
function phraseLines(requirement: Requirement, index: ResumeIndex): Array<{ line: IndexedLine; coverage: number }> {
  const words = [...new Set(contentNorms(requirement.canonical))];
  if (words.length === 0) return [];
  const hits: Array<{ line: IndexedLine; coverage: number }> = [];
  for (const line of index.lines) {
    let covered = 0;
    for (const w of words) if (line.norms.has(w)) covered++;
    const coverage = covered / words.length;
    if (coverage >= 0.5 && (covered >= 2 || words.length === 1)) hits.push({ line, coverage });
  }
  return hits;
}

/** The years a skill was used: the union of dated experience entries whose lines claim it. */
function yearsWith(entryId: number, index: ResumeIndex, now: Date): number {
  const ranges: DateRange[] = [];
  const seen = new Set<string>();
  for (const line of index.byEntry.get(entryId) ?? []) {
    if (line.kind !== "experience" && line.kind !== "projects") continue;
    const key = `${line.ref.section}/${line.ref.entry}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const section = index.resume.sections.find((s) => s.id === line.ref.section);
    const dates = section?.entries[line.ref.entry]?.dates;
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
 * required, a lower degree — are `cannot_claim`, which tailoring must never paper over.
 */
export function mapEvidence(
  requirements: readonly Requirement[],
  index: ResumeIndex,
  options: EvidenceOptions,
): Evidence[] {
  return requirements.map((requirement) => evidenceFor(requirement, index, options));
}

function evidenceFor(requirement: Requirement, index: ResumeIndex, options: EvidenceOptions): Evidence {
  const base = { requirementId: requirement.id };
  if (requirement.category === "education" && requirement.degree) {
    const have = index.degree;
    const need = requirement.degree;
    if (!have) {
      return { ...base, status: "missing", strength: 0, refs: [], note: "No degree found in the education section." };
    }
    const levelOk = DEGREE_RANK[have.level] >= DEGREE_RANK[need.level];
    const fieldWords = need.field ? contentNorms(need.field) : [];
    const haveWords = new Set(contentNorms(have.text));
    const fieldOk = fieldWords.length === 0 || fieldWords.some((w) => haveWords.has(w));
    if (!levelOk) {
      return {
        ...base,
        status: "cannot_claim",
        strength: 0.2,
        refs: [have.ref],
        note: `The resume shows a ${have.level.replace("_", " ")} degree; the job asks for ${need.level.replace("_", " ")}.`,
      };
    }
    return fieldOk
      ? { ...base, status: "met", strength: 1, refs: [have.ref], note: "The degree meets the level asked for." }
      : {
          ...base,
          status: "partial",
          strength: 0.5,
          refs: [have.ref],
          note: `The degree level is met, but not in ${need.field}.`,
        };
  }

  if (requirement.category === "experience" && requirement.years !== undefined && /years/.test(requirement.canonical)) {
    const have = index.resume.yearsOfExperience;
    const need = requirement.years;
    const fieldLines = /years in /.test(requirement.canonical)
      ? phraseLines({ ...requirement, canonical: requirement.canonical.replace(/^\d+\+ years in /, "") }, index)
      : [];
    const refs = fieldLines.map((h) => h.line.ref).slice(0, 4);
    if (have === 0) {
      return { ...base, status: "missing", strength: 0, refs, note: "No dated experience found to count years from." };
    }
    if (have >= need) {
      return { ...base, status: "met", strength: 1, refs, note: `${have} years of dated experience (${need}+ asked).` };
    }
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
    const direct = index.byEntry.get(entry.id) ?? [];
    const strength = combine(direct.map((l) => l.weight));
    if (direct.length > 0) {
      const evidence: Evidence = {
        ...base,
        status: statusOf(strength, true),
        strength: round(strength),
        refs: refsOf(direct),
        note: noteFor(direct, strength),
      };
      if (requirement.years !== undefined) {
        const used = yearsWith(entry.id, index, options.now);
        if (used < requirement.years) {
          evidence.status = "partial";
          evidence.note = `Shown in roles covering ${used} years; the job asks for ${requirement.years}+.`;
        }
      }
      return evidence;
    }
    // A certification or licence is held or not: related skills earn no credit toward it.
    const related =
      entry.category === "certification" ? [] : entry.related.flatMap((id) => index.byEntry.get(id) ?? []);
    if (related.length > 0) {
      const names = [...new Set(related.flatMap((l) => [...l.entries]).filter((id) => entry.related.includes(id)))]
        .map((id) => options.taxonomy.entries[id]?.canonical)
        .filter(Boolean)
        .slice(0, 3);
      return {
        ...base,
        status: "partial",
        strength: round(combine(related.map((l) => l.weight)) * RELATED_SHARE),
        refs: refsOf(related),
        note: `Not mentioned; related experience: ${names.join(", ")}.`,
      };
    }
    return { ...base, status: "missing", strength: 0, refs: [], note: `${requirement.canonical} is not mentioned.` };
  }

  // A phrase the taxonomy does not know: the lines that say most of it.
  const hits = phraseLines(requirement, index);
  if (hits.length === 0)
    return { ...base, status: "missing", strength: 0, refs: [], note: "Nothing in the resume says this." };
  const strength = combine(hits.map((h) => h.line.weight * (h.coverage >= 0.75 ? 1 : 0.5)));
  const full = hits.some((h) => h.coverage >= 0.75);
  return {
    ...base,
    status: statusOf(strength, full),
    strength: round(strength),
    refs: refsOf(hits.map((h) => h.line)),
    note: full
      ? noteFor(
          hits.map((h) => h.line),
          strength,
        )
      : "Some of it is mentioned, not all.",
  };
}

function noteFor(lines: readonly IndexedLine[], strength: number): string {
  const kinds = [...new Set(lines.map((l) => l.kind))];
  const inWork = kinds.some((k) => k === "experience" || k === "projects" || k === "volunteer");
  if (!inWork)
    return `${strength >= MET ? "Listed" : "Mentioned"} in ${kinds.join(" and ")}; not shown in work experience.`;
  const where = kinds.includes("experience")
    ? "in experience"
    : kinds.includes("projects")
      ? "in projects"
      : "in volunteer work";
  return `Shown ${where}${lines.length > 1 ? ` (${lines.length} places)` : ""}.`;
}
