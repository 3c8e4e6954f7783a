import type { DegreeLevel } from "../../../domain/requirement.ts";
import { DEGREE_PATTERNS } from "../parse/words.ts";

/** Words in a sentence that make what it asks for optional, or required, whatever its section says. */
export const NICE_CUE =
  /\b(is a plus|a plus|are a plus|plus\b|nice[\s-]to[\s-]have|preferred|preferably|preferable|bonus|ideally|desirable|desired|an advantage|advantageous|beneficial|would be (?:great|nice|helpful)|good to have|helpful|not required|optional)\b/i;
export const MUST_CUE =
  /\b(must|required|requirement|essential|mandatory|need to|needs to|minimum|at least|necessary|strong|proven|solid)\b/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};

/** "5+ years", "at least three years", "3-5 years", "minimum of 2 yrs": the smallest number of years stated. */
const YEARS =
  /\b(?:at least|minimum(?: of)?|min\.?|over|more than)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:\+\s*)?(?:years?|yrs?)\b/i;

export function findYears(text: string): { years: number; start: number; end: number } | undefined {
  const m = YEARS.exec(text);
  if (!m) return undefined;
  const raw = (m[1] ?? "").toLowerCase();
  const years = NUMBER_WORDS[raw] ?? Number(raw);
  if (!Number.isFinite(years) || years <= 0 || years > 40) return undefined;
  return { years, start: m.index, end: m.index + m[0].length };
}

const DEGREE_WORD =
  /\b(degree|diploma|bachelor|master|phd|ph\.d|doctorate|mba|b\.?sc?|m\.?sc?|ba\/bs|bs\/ba|ms\/phd|graduate|undergraduate)\b/i;

/** A degree requirement in a sentence: its level (the lowest one named) and field ("in Computer Science"). */
export function findDegree(
  text: string,
): { level: DegreeLevel; field?: string; start: number; end: number } | undefined {
  const cue = DEGREE_WORD.exec(text);
  if (!cue) return undefined;
  let level: DegreeLevel | undefined;
  for (const { level: l, pattern } of [...DEGREE_PATTERNS].reverse()) {
    if (pattern.test(text)) {
      level = l;
      break;
    }
  }
  // "a degree in X" with no level named means a bachelor's.
  level ??= /\b(degree|graduate)\b/i.test(text) ? "bachelor" : undefined;
  if (!level) return undefined;
  // "degree in X", "Bachelor's in X", "Bachelor of Science in X", "MSc in X", "B.S. X" is too loose to read.
  const fieldMatch =
    /\b(?:[Dd]egree|[Dd]iploma|[Bb]achelor'?s?|[Mm]aster'?s?|Ph\.?D|[Dd]octorate|MBA|B\.?Sc?|M\.?Sc?|BA\/BS|BS\/BA)\b(?:\s+[Dd]egree)?(?:\s+of\s+(?:[Ss]cience|[Aa]rts|[Ee]ngineering|[Bb]usiness [Aa]dministration|[Ee]ducation|[Ff]ine [Aa]rts|[Ll]aws|[Tt]echnology|[Aa]pplied [Ss]cience))?\s+(?:in|of)\s+((?:[\p{Lu}][\p{L}&/+-]*|and|or)(?:\s+(?:[\p{Lu}][\p{L}&/+-]*|and|or|science|engineering|studies)){0,5})/u.exec(
      text,
    );
  const cleaned = fieldMatch?.[1]?.replace(/\s+(or|and)$/i, "").trim();
  const end = fieldMatch
    ? fieldMatch.index + fieldMatch[0].length - ((fieldMatch[1] ?? "").length - (cleaned ?? "").length)
    : cue.index + cue[0].length;
  const result: { level: DegreeLevel; field?: string; start: number; end: number } = {
    level,
    start: Math.min(cue.index, fieldMatch?.index ?? cue.index),
    end: Math.max(end, cue.index + cue[0].length),
  };
  if (cleaned && cleaned.length > 2) result.field = cleaned;
  return result;
}
