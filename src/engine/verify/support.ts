import { DEGREE_RANK, type DegreeLevel } from "../../domain/requirement.ts";
import type { ParsedResume } from "../../domain/resume.ts";
import { DEGREE_PATTERNS } from "../local/parse/words.ts";
import { maskOpaque, type Taxonomy } from "../taxonomy/index.ts";
import { normalizeToken, tokenize } from "../text/tokens.ts";
import type { Claim } from "./claims.ts";
import { extractClaims } from "./claims.ts";

/** Everything the original resume supports, indexed once per resume. */
export interface Support {
  /** The resume's text with URLs and e-mail addresses blanked: nothing inside them supports a claim. */
  text: string;
  lower: string;
  skills: Set<string>;
  numbers: Set<string>;
  dates: Set<string>;
  stems: Set<string>;
  years: number;
  degree?: DegreeLevel;
}

export function resumeText(resume: ParsedResume): string {
  const lines: string[] = [];
  const c = resume.contact;
  for (const value of [c.name, c.email, c.phone, c.location, ...c.links, resume.headline]) if (value) lines.push(value);
  for (const section of resume.sections) {
    if (section.heading) lines.push(section.heading);
    for (const entry of section.entries) {
      lines.push(...entry.header);
      for (const value of [entry.title, entry.organization, entry.location, entry.dates?.text])
        if (value) lines.push(value);
      for (const bullet of entry.bullets) lines.push(bullet.text);
    }
  }
  return lines.join("\n");
}

export function buildSupport(resume: ParsedResume, taxonomy: Taxonomy): Support {
  const original = resumeText(resume);
  const claims = extractClaims(original, taxonomy);
  const text = maskOpaque(original);
  const support: Support = {
    text,
    lower: text.toLowerCase(),
    skills: new Set(claims.filter((c) => c.kind === "skill").map((c) => c.key)),
    numbers: new Set(claims.filter((c) => c.kind === "number").map((c) => c.key)),
    dates: new Set([...text.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)].map((m) => m[1] as string)),
    stems: new Set(tokenize(text).map((t) => t.norm)),
    years: resume.yearsOfExperience,
  };
  for (const section of resume.sections) {
    if (section.kind !== "education" && section.kind !== "certifications") continue;
    for (const entry of section.entries) {
      const entryText = [entry.title ?? "", ...entry.header].join(" ");
      for (const { level, pattern } of DEGREE_PATTERNS) {
        if (pattern.test(entryText) && (!support.degree || DEGREE_RANK[level] > DEGREE_RANK[support.degree]))
          support.degree = level;
      }
    }
  }
  return support;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the original resume supports one claim. */
export function supported(claim: Claim, support: Support): boolean {
  switch (claim.kind) {
    case "skill":
      return support.skills.has(claim.key);
    case "number": {
      if (support.numbers.has(claim.key)) return true;
      // A bare count may be written with a unit elsewhere ("3 teams" vs "three"): accept the same digits only.
      return (
        claim.key.startsWith("#") &&
        new RegExp(`(?<![\\d.])${escapeRegex(claim.key.slice(1))}(?![\\d])`).test(support.text)
      );
    }
    case "years":
      return (
        Number(claim.key) <= Math.floor(support.years) ||
        new RegExp(`\\b${escapeRegex(claim.text)}`, "i").test(support.text)
      );
    case "date":
      return support.dates.has(claim.key);
    case "degree":
      return support.degree !== undefined && DEGREE_RANK[claim.key as DegreeLevel] <= DEGREE_RANK[support.degree];
    case "title":
    case "proper_noun": {
      if (new RegExp(`(?<![\\w])${escapeRegex(claim.key)}(?![\\w])`, "i").test(support.lower)) return true;
      // Word forms of words the resume uses ("Engineering" for "engineer") are not new facts.
      const words = tokenize(claim.key).map((t) => normalizeToken(t.surface));
      return words.length > 0 && words.every((w) => support.stems.has(w));
    }
  }
}
