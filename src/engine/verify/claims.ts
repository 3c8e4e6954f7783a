import type { DegreeLevel } from "../../domain/requirement.ts";
import { DEGREE_PATTERNS, TITLE_WORDS } from "../local/parse/words.ts";
import { maskOpaque, type Taxonomy } from "../taxonomy/index.ts";

export type ClaimKind = "skill" | "number" | "years" | "date" | "proper_noun" | "title" | "degree";

export interface Claim {
  kind: ClaimKind;
  /** As written in the edit. */
  text: string;
  /** Comparable form: taxonomy entry id, normalized number, year, lower-cased name, degree level. */
  key: string;
}

const NUMBER =
  /(?<![\w.])([$€£¥₹])?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent\b|x\b|×|k\b|m\b|mm\b|million\b|bn\b|billion\b|thousand\b)?/gi;
const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/** A number as a comparable key: value after multipliers, with its kind (percent, multiple, money or count). */
export function numberKey(currency: string | undefined, digits: string, unit: string | undefined): string {
  const u = (unit ?? "").toLowerCase();
  let value = Number(digits.replace(/,/g, ""));
  if (MULTIPLIER[u]) value *= MULTIPLIER[u] as number;
  const kind = u === "%" || u === "percent" ? "%" : u === "x" || u === "×" ? "x" : currency ? "$" : "#";
  return `${kind}${value}`;
}

const YEAR = /^(19[5-9]\d|20[0-4]\d)$/;
const YEARS_CLAIM = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b/gi;
const COMMON_CAPITALIZED = new Set(
  (
    "I A An The And Or But In On At For With By From To Of As Our My Your Their This That These Those It Its We " +
    "He She They Also Including Over Across Through Within While When Where Who Which Led Managed Built Designed " +
    "Developed Delivered Drove Created Improved Increased Reduced Launched Owned Ran Wrote Worked Skilled " +
    "Experienced Proven Strong Key Core Skills Summary Experience Education Projects Present Current Currently " +
    "Responsible Professional Senior Junior Lead Expert Specialist Years Year Months Month January February March " +
    "April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec " +
    "Additional Also Relevant Recent Highlights Other More Most Top Highly Results Focus Focused Known"
  ).split(" "),
);

/**
 * A degree as a claim, written unmistakably: "Bachelor's degree", "Master of Science", "M.S.", "Ph.D.", "MBA",
 * "BS in Biology". Bare "MS", "as" or "Master" (in "master data", "Master slave") are not degrees.
 */
const DEGREE_CLAIM =
  /\b(?:(?:bachelor|master|associate)(?:'s|s)?\s+(?:degree|of|in)\b|doctorate|doctoral degree|ph\.?\s?d\b\.?|mba\b|m\.?\s?sc\b|b\.?\s?sc\b|b\.?\s?tech\b|m\.?\s?tech\b|b\.?\s?eng\b|m\.?\s?eng\b|[BM]\.\s?[AS]\.|[BM]\.\s?Ed\.|[JM]\.D\.|(?:BS|BA|MS|MA)\s+(?:in|degree)\b|high school diploma|GED\b)/gi;

function degreeLevel(claim: string): DegreeLevel | undefined {
  for (const { level, pattern } of DEGREE_PATTERNS) if (pattern.test(claim)) return level;
  if (/^(BS|BA|B\.)/i.test(claim)) return "bachelor";
  if (/^(MS|MA|M\.)/i.test(claim)) return "master";
  return undefined;
}

/**
 * The factual claims a piece of text makes: taxonomy skills, numbers (percentages, money, multipliers, counts),
 * years of experience, dates, organizations and other proper nouns, job titles and degrees. Nothing inside a URL
 * or an e-mail address is a claim (a link is judged as a link, by markup.ts): "jane@stripe.com" does not make
 * "Stripe" an employer, nor "github.com/jane/500-days" a number.
 */
export function extractClaims(original: string, taxonomy: Taxonomy): Claim[] {
  const claims: Claim[] = [];
  // The taxonomy reads the original (it knows which domains are product names); the rest reads the text with
  // addresses blanked, which keeps every offset.
  const matches = taxonomy.match(original);
  const text = maskOpaque(original);
  for (const m of matches) claims.push({ kind: "skill", text: m.text, key: String(m.entry.id) });
  const skillSpans = matches.map((m) => [m.start, m.end] as const);
  const inSkill = (start: number, end: number) => skillSpans.some(([s, e]) => start >= s && end <= e);

  const yearsSpans: Array<[number, number]> = [];
  for (const m of text.matchAll(YEARS_CLAIM)) {
    claims.push({ kind: "years", text: m[0], key: m[1] as string });
    yearsSpans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[2] as string;
    const start = m.index;
    if (inSkill(start, start + m[0].length) || yearsSpans.some(([s, e]) => start >= s && start < e)) continue;
    if (YEAR.test(digits) && !m[1] && !m[3]) {
      claims.push({ kind: "date", text: digits, key: digits });
      continue;
    }
    claims.push({ kind: "number", text: m[0].trim(), key: numberKey(m[1], digits, m[3]) });
  }

  // Capitalized runs that are not skills: employers, products, places, people. The first word of a sentence is
  // only a claim when it starts a longer capitalized run or is not an ordinary word.
  // Skill names are masked first so a run never spans "Kafka and Python".
  let masked = text;
  for (const m of matches) masked = `${masked.slice(0, m.start)}${" ".repeat(m.end - m.start)}${masked.slice(m.end)}`;
  const runs =
    /(?<![\p{L}\p{N}&'’.-])\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:of|and|&|for|the|de)[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*)*/gu;
  for (const m of masked.matchAll(runs)) {
    const phrase = m[0].replace(/[.'’-]+$/, "");
    const start = m.index;
    if (inSkill(start, start + phrase.length)) continue;
    const words = phrase.split(/\s+/).filter((w) => !COMMON_CAPITALIZED.has(w) && !/^(of|and|&|for|the|de)$/.test(w));
    if (words.length === 0) continue;
    const titleLike = words.some((w) => TITLE_WORDS.has(w.toLowerCase()));
    claims.push({ kind: titleLike ? "title" : "proper_noun", text: phrase, key: words.join(" ").toLowerCase() });
  }
  // Titles written in lower case ("team lead", "manager") are claims too.
  for (const m of text.matchAll(/\b([a-z]+(?:\s+[a-z]+)?)\b/g)) {
    const word = (m[1] as string).split(/\s+/).pop() ?? "";
    if (TITLE_WORDS.has(word) && !/^(sales|student|member|lead|head|associate|partner|volunteer)$/.test(word)) {
      claims.push({ kind: "title", text: word, key: word });
    }
  }
  for (const m of text.matchAll(DEGREE_CLAIM)) {
    const level = degreeLevel(m[0]);
    if (level) claims.push({ kind: "degree", text: m[0].trim(), key: level });
  }
  return claims;
}
