import type { Requirement, RequirementCategory } from "../../../domain/requirement.ts";
import type { Taxonomy, TermMatch } from "../../taxonomy/index.ts";
import { normalizeToken, tokenize } from "../../text/tokens.ts";
import { findDegree, findYears, MUST_CUE, NICE_CUE } from "./cues.ts";
import { type JobContext, jobHeadingContext } from "./job-sections.ts";
import { findPhrases, type PhraseSpan } from "./phrases.ts";

export interface ExtractOptions {
  taxonomy: Taxonomy;
}

interface Candidate {
  key: string;
  text: string;
  canonical: string;
  category: RequirementCategory;
  start: number;
  end: number;
  must: boolean;
  mentions: number;
  source: "taxonomy" | "phrase" | "duty" | "years" | "degree";
  years?: number;
  degree?: Requirement["degree"];
  aliases: string[];
}

const SOFT_WORDS =
  /\b(communicat\w*|team\w*|collaborat\w*|interpersonal|organi[sz]ational|attention to detail|detail[- ]oriented|attitude|self[- ]starter|motivated|proactive|leadership|problem[- ]solving|analytical|social|positive|flexib\w*|adaptab\w*|independent\w*|initiative|curious|curiosity|empath\w*|ownership|mindset|creative|creativity|presentation|listening|customer[- ]focus\w*)\b/i;

/** Equal-opportunity and legal boilerplate: protected characteristics are never requirements. */
const BOILERPLATE =
  /\b(equal opportunity|without regard to|regardless of|protected (?:veteran|characteristic|status|basis)|sexual orientation|gender identity|marital status|national origin|veteran status|disability status|affirmative action|e-?verify|reasonable accommodation)/i;

/** Sentences, bullets and lines: the units a requirement is read from. Offsets stay those of `text`. */
function* clauses(text: string): Generator<{ start: number; end: number; line: string; lineStart: number }> {
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const pattern = /[^.!?;•\u2022]+(?:[.!?;](?=\s|$))?/g;
    for (const m of line.matchAll(pattern)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body.length > 1)
        yield { start: lineStart + m.index + lead, end: lineStart + m.index + lead + body.length, line, lineStart };
    }
    lineStart += line.length + 1;
  }
}

/** Length-preserving cleanup, so spans found here index the caller's text: odd bullets and controls become "•"/spaces. */
function mask(text: string): string {
  return (
    text
      .replace(/\r/g, " ")
      .replace(/[\u0095\ue000-\uf8ff]/g, "•")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, " ")
  );
}

const phraseKey = (text: string) =>
  tokenize(text)
    .map((t) => t.norm)
    .filter((n) => !/^(and|or|the|a|an|of|in|with|for|to|on)$/.test(n))
    .join(" ");

function cleanPhrase(text: string): string {
  return text.replace(/^[\s"'“(]+|[\s"'”),:-]+$/g, "").replace(/\s+/g, " ");
}

/**
 * Requirements of a job description: taxonomy skills, degree and years statements, and skill phrases found from
 * their context ("experience with X", "ability to Y", "such as A and B", duties). Each keeps its text as written
 * and its span; duplicates merge (first wording and span kept, mentions counted); priority comes from the
 * section heading and the sentence's own cue words.
 */
export function extractRequirements(jobText: string, options: ExtractOptions): Requirement[] {
  const text = mask(jobText);
  const taxonomy = options.taxonomy;
  const contexts = lineContexts(text);
  const byKey = new Map<string, Candidate>();
  const add = (candidate: Candidate) => {
    const existing = byKey.get(candidate.key);
    if (!existing) {
      byKey.set(candidate.key, candidate);
      return;
    }
    existing.mentions++;
    existing.must ||= candidate.must;
    if (candidate.years !== undefined) existing.years = Math.max(existing.years ?? 0, candidate.years);
  };

  // The title line names the role; the requirements are stated below it.
  const titleLine = firstLineSpan(text);
  for (const clause of clauses(text)) {
    const context = contexts(clause.start);
    if (context === "skip") continue;
    if (titleLine && clause.start >= titleLine.start && clause.end <= titleLine.end) continue;
    const body = text.slice(clause.start, clause.end);
    if (BOILERPLATE.test(body)) continue;
    const must = isMust(context, body);
    const matches = taxonomy.match(body);
    const years = findYears(body);

    const degree = findDegree(body);
    // The degree's field ("in Computer Science") belongs to the degree requirement, not to a skill of its own.
    const skills = degree ? matches.filter((m) => m.end <= degree.start || m.start >= degree.end) : matches;
    for (const m of skills) add(fromTaxonomy(m, clause.start, must, years?.years));

    if (degree) {
      const span = body.slice(degree.start, degree.end);
      add({
        key: `degree:${degree.level}`,
        text: cleanPhrase(span),
        canonical: degree.field ? `${levelName(degree.level)} in ${degree.field}` : `${levelName(degree.level)}`,
        category: "education",
        start: clause.start + degree.start,
        end: clause.start + degree.end,
        must: must && !NICE_CUE.test(body),
        mentions: 1,
        source: "degree",
        degree: degree.field ? { level: degree.level, field: degree.field } : { level: degree.level },
        aliases: [],
      });
    }

    if (years) {
      // "5+ years of experience in backend development": the years themselves are a requirement; skills named
      // with them ("5+ years of Python") also carry the years (above).
      const after = /^[^.;]*?\bexperience\b(?:\s+(?:in|with|as|of|using)\s+(?:an?\s+)?([^.;,]{2,60}))?/i.exec(
        body.slice(years.end),
      );
      const direct =
        /^\s*(?:of\s+)?(?:professional\s+|relevant\s+|related\s+|hands-on\s+|industry\s+)*(?:work\s+)?experience\b/i.test(
          body.slice(years.end),
        );
      if (after && (direct || !matches.some((m) => m.start >= years.end && m.start - years.end < 40))) {
        const field = after[1]
          ? cleanPhrase(after[1]).split(/\s+(?:and|or|is|are|with|including|such)\s+/)[0]
          : undefined;
        const span = body.slice(years.start, years.end + after[0].length);
        add({
          key: `years:${field ? phraseKey(field) : "overall"}`,
          text: cleanPhrase(span),
          canonical: field ? `${years.years}+ years in ${field}` : `${years.years}+ years of experience`,
          category: "experience",
          start: clause.start + years.start,
          end: clause.start + years.end + after[0].length,
          must: must && !NICE_CUE.test(body),
          mentions: 1,
          source: "years",
          years: years.years,
          aliases: [],
        });
      }
    }

    for (const span of findPhrases(body)) {
      const candidate = fromPhrase(body, span, clause.start, must, matches, taxonomy);
      if (candidate) add(candidate);
    }
  }

  const ordered = [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return ordered.map((c, index) => toRequirement(c, index));
}

/** The first non-empty line when it reads as a job title (short, no sentence punctuation). */
function firstLineSpan(text: string): { start: number; end: number } | undefined {
  const m = /^\s*(\S[^\n]*)/.exec(text);
  if (!m?.[1]) return undefined;
  const line = m[1].trim();
  const rest = text
    .slice(m.index + m[0].length)
    .split("\n")
    .filter((l) => l.trim() !== "").length;
  if (rest < 2 || line.split(/\s+/).length > 8 || /[.!?:]$|\d/.test(line) || MUST_CUE.test(line) || NICE_CUE.test(line))
    return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + line.length };
}

export function levelName(level: string): string {
  return (
    {
      high_school: "High school diploma",
      associate: "Associate degree",
      bachelor: "Bachelor's degree",
      master: "Master's degree",
      doctorate: "Doctorate",
    }[level] ?? level
  );
}

function isMust(context: JobContext, body: string): boolean {
  if (NICE_CUE.test(body)) return false;
  if (context === "preferred") return MUST_CUE.test(body) && /\b(must|required|mandatory|essential)\b/i.test(body);
  if (context === "responsibilities") return false;
  return true;
}

function fromTaxonomy(m: TermMatch, offset: number, must: boolean, years: number | undefined): Candidate {
  const candidate: Candidate = {
    key: `t:${m.entry.id}`,
    text: m.text,
    canonical: m.entry.canonical,
    category: m.entry.category,
    start: offset + m.start,
    end: offset + m.end,
    must,
    mentions: 1,
    source: "taxonomy",
    aliases: m.entry.aliases,
  };
  if (years !== undefined && m.entry.category !== "soft_skill" && m.entry.category !== "language")
    candidate.years = years;
  return candidate;
}

function fromPhrase(
  body: string,
  span: PhraseSpan,
  offset: number,
  must: boolean,
  matches: readonly TermMatch[],
  taxonomy: Taxonomy,
): Candidate | undefined {
  const text = cleanPhrase(body.slice(span.start, span.end));
  const tokens = tokenize(text);
  if (tokens.length === 0 || text.length < 2) return undefined;
  // A phrase that is exactly one taxonomy term is that term (already added); a phrase mostly made of terms adds nothing.
  const whole = taxonomy.lookup(text);
  if (whole) return undefined;
  const inside = matches.filter((m) => m.start >= span.start && m.end <= span.end);
  const covered = new Set(inside.flatMap((m) => tokenize(m.text).map((t) => t.norm)));
  const uncovered = tokens.filter(
    (t) => !covered.has(t.norm) && !/^(and|or|the|a|an|of|in|with|for|to|on|&)$/i.test(t.surface),
  );
  if (inside.length > 0 && uncovered.length < 2) return undefined;
  if (span.kind === "list_item" && tokens.length > 4) return undefined;
  if (span.kind === "duty" && tokens.length < 2) return undefined;
  if (tokens.length > 12 || /^\d+$/.test(text)) return undefined;
  const duty = span.kind === "duty";
  const category: RequirementCategory = SOFT_WORDS.test(text) ? "soft_skill" : duty ? "experience" : "hard_skill";
  const key = `p:${phraseKey(text)}`;
  if (key === "p:") return undefined;
  return {
    key,
    text,
    canonical: text.charAt(0).toUpperCase() + text.slice(1),
    category,
    start: offset + span.start,
    end: offset + span.end,
    must: must && !duty,
    mentions: 1,
    source: duty ? "duty" : "phrase",
    aliases: [],
  };
}

const CATEGORY_FACTOR: Record<RequirementCategory, number> = {
  hard_skill: 1,
  tool: 1,
  certification: 1,
  education: 0.9,
  experience: 0.9,
  domain: 0.7,
  language: 0.8,
  soft_skill: 0.5,
};

/** A requirement's weight: must-haves count double, by category, duties half, repeated mentions a little more. */
export function requirementWeight(
  must: boolean,
  category: RequirementCategory,
  mentions: number,
  duty = false,
): number {
  let weight = (must ? 1 : 0.5) * CATEGORY_FACTOR[category];
  if (duty) weight *= 0.5;
  return Math.round(Math.min(1, weight + Math.min(0.2, 0.05 * (mentions - 1))) * 100) / 100;
}

function toRequirement(c: Candidate, index: number): Requirement {
  const weight = requirementWeight(c.must, c.category, c.mentions, c.source === "duty");
  const requirement: Requirement = {
    id: `req-${index + 1}`,
    text: c.text,
    canonical: c.canonical,
    category: c.category,
    priority: c.must ? "must" : "nice",
    weight,
    aliases: c.aliases,
    evidence: { start: c.start, end: c.end },
  };
  if (c.years !== undefined) requirement.years = c.years;
  if (c.degree) requirement.degree = c.degree;
  return requirement;
}

/** For each offset, the context of the heading above it. */
export function lineContexts(text: string): (offset: number) => JobContext {
  const marks: Array<{ at: number; context: JobContext }> = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const context = jobHeadingContext(line);
    if (context) marks.push({ at, context });
    else {
      // "Requirements: 5+ years…" opens its context on the same line.
      const inline = /^\s*([^:]{3,40}):\s+\S/.exec(line);
      const inlineContext = inline ? jobHeadingContext(`${inline[1]}:`) : undefined;
      if (inlineContext) marks.push({ at, context: inlineContext });
    }
    at += line.length + 1;
  }
  return (offset) => {
    let context: JobContext = "general";
    for (const mark of marks) {
      if (mark.at > offset) break;
      context = mark.context;
    }
    return context;
  };
}

export { normalizeToken };
