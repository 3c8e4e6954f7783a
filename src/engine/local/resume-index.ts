import { DEGREE_RANK, type DegreeLevel } from "../../domain/requirement.ts";
import type { ParsedResume, Ref, SectionKind } from "../../domain/resume.ts";
import { opaqueAt, opaqueSpans, type Taxonomy } from "../taxonomy/index.ts";
import { tokenize } from "../text/tokens.ts";
import { monthIndex } from "./parse/dates.ts";
import { headerClaims, resumeRefs } from "./parse/skills-found.ts";
import { DEGREE_PATTERNS } from "./parse/words.ts";

/** One line of the resume, read once for every requirement: its words, skills and how much it counts. */
export interface IndexedLine {
  ref: Ref;
  kind: SectionKind;
  /** Stemmed words of the line. */
  norms: Set<string>;
  /** Taxonomy entries the line claims (headers: without their title/organization). */
  entries: Set<number>;
  /** Where the line stands: an experience bullet counts more than a bare skills list. */
  weight: number;
  /** Months since the entry ended (0 for current roles); undefined when undated. */
  ageMonths?: number;
}

export interface ResumeIndex {
  resume: ParsedResume;
  lines: IndexedLine[];
  /** Taxonomy entry id → the lines that claim it. */
  byEntry: Map<number, IndexedLine[]>;
  /** Highest degree found in the education section, with its line. */
  degree?: { level: DegreeLevel; ref: Ref; text: string };
  /** Titles held (experience entry titles and the headline), as written. */
  titles: string[];
}

/** How much a mention counts, by where it stands. */
export const PLACE_WEIGHT: Record<SectionKind, number> = {
  experience: 1,
  projects: 0.8,
  volunteer: 0.7,
  certifications: 0.9,
  education: 0.6,
  publications: 0.7,
  awards: 0.6,
  summary: 0.55,
  skills: 0.5,
  languages: 0.8,
  other: 0.4,
  interests: 0.2,
  references: 0,
  header: 0.3,
};

const STOP = new Set(
  "and or the a an of in on at for to with by from as is are be this that our your their its".split(" "),
);

/** The words a line says, stemmed; words inside URLs and e-mail addresses are not said ("github.com/jane/kafka"). */
export function contentNorms(text: string): string[] {
  const opaque = opaqueSpans(text);
  return tokenize(text)
    .filter((t) => opaque.length === 0 || !opaqueAt(t, opaque))
    .map((t) => t.norm)
    .filter((n) => !STOP.has(n) && n.length > 1);
}

/** Reads every line of the resume once — or only the lines `include` keeps (one chunk's). */
export function indexResume(
  resume: ParsedResume,
  taxonomy: Taxonomy,
  now: Date,
  include?: (ref: Ref) => boolean,
): ResumeIndex {
  const sections = new Map(resume.sections.map((s) => [s.id, s]));
  const lines: IndexedLine[] = [];
  const byEntry = new Map<number, IndexedLine[]>();
  for (const ref of resumeRefs(resume.sections)) {
    if (include && !include(ref)) continue;
    const section = sections.get(ref.section);
    if (!section) continue;
    const entry = section.entries[ref.entry];
    // A header's employer and place are not evidence of a skill, but a title held is evidence of its field
    // ("Software Engineer" for software development, "Registered Nurse" for nursing).
    const claimText =
      ref.bullet === null && entry ? `${headerClaims(entry, section.kind)} | ${entry.title ?? ""}` : ref.text;
    const line: IndexedLine = {
      ref,
      kind: section.kind,
      norms: new Set(contentNorms(ref.text)),
      entries: new Set(taxonomy.match(claimText).map((m) => m.entry.id)),
      weight: PLACE_WEIGHT[section.kind] * (ref.bullet === null ? 0.8 : 1),
    };
    const end = entry?.dates?.end;
    if (end) line.ageMonths = Math.max(0, monthIndex("present", now) - monthIndex(end, now));
    // Older experience counts a little less: full weight within five years, then down to 70%.
    if (line.ageMonths !== undefined && section.kind === "experience") {
      line.weight *= line.ageMonths <= 60 ? 1 : Math.max(0.7, 1 - (line.ageMonths - 60) / 240);
    }
    lines.push(line);
    for (const id of line.entries) {
      const list = byEntry.get(id) ?? [];
      list.push(line);
      byEntry.set(id, list);
    }
  }
  const index: ResumeIndex = { resume, lines, byEntry, titles: [] };
  const degree = highestDegree(resume);
  if (degree) index.degree = degree;
  for (const section of resume.sections) {
    if (section.kind === "experience")
      for (const entry of section.entries) if (entry.title) index.titles.push(entry.title);
  }
  if (resume.headline) index.titles.unshift(resume.headline);
  return index;
}

/** The highest degree the education (or certifications) section names, with its line. */
export function highestDegree(resume: ParsedResume): ResumeIndex["degree"] {
  let best: ResumeIndex["degree"];
  for (const section of resume.sections) {
    if (section.kind !== "education" && section.kind !== "certifications") continue;
    for (const entry of section.entries) {
      const text = [entry.title ?? "", ...entry.header].join(" ");
      for (const { level, pattern } of DEGREE_PATTERNS) {
        if (!pattern.test(text)) continue;
        if (!best || DEGREE_RANK[level] > DEGREE_RANK[best.level]) {
          best = {
            level,
            ref: { section: section.id, entry: entry.index, bullet: null, text: entry.header.join(" | ") },
            text,
          };
        }
        break;
      }
    }
  }
  return best;
}
