import type { Entry, FoundSkill, Ref, Section, SectionKind } from "../../../domain/resume.ts";
import type { Taxonomy, TermMatch } from "../../taxonomy/index.ts";
import { tokenize } from "../../text/tokens.ts";
import { findPhrases } from "../requirements/phrases.ts";
import { findDateRange } from "./dates.ts";
import { headingKind } from "./headings.ts";
import { DEGREE_PATTERNS, ORG_WORDS, SCHOOL_WORDS, TITLE_WORDS } from "./words.ts";

const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(
    " ",
  ),
);

/** Every place a resume line can be referenced from, with its text. The header section is contact, not evidence. */
export function* resumeRefs(sections: readonly Section[]): Generator<Ref> {
  for (const section of sections) {
    if (section.kind === "header") continue;
    for (const entry of section.entries) {
      const header = entry.header.join(" | ");
      if (header !== "") yield { section: section.id, entry: entry.index, bullet: null, text: header };
      for (const bullet of entry.bullets)
        yield { section: section.id, entry: entry.index, bullet: bullet.index, text: bullet.text };
    }
  }
}

/**
 * An entry header without its title, organization, location and dates: "Oracle India Pvt Ltd" as an employer or
 * "B.E. in Computer Science" as a degree is not a claim of the skill it names. What else the header says
 * ("Environment: Java, Oracle") still counts.
 */
export function headerClaims(entry: Entry, kind: SectionKind = "experience"): string {
  let text = entry.header.join(" | ");
  // A certification's, project's or award's name is the claim itself.
  const keepTitle = kind !== "experience" && kind !== "volunteer" && kind !== "education";
  for (const part of [keepTitle ? undefined : entry.title, entry.organization, entry.location, entry.dates?.text]) {
    if (part) text = text.split(part).join(" | ");
  }
  return text;
}

/** Items of a skills line: "Languages: Java, C++ (3 years); Python | Go" → Java, C++, Python, Go. */
export function skillItems(line: string): Array<{ text: string; start: number }> {
  const items: Array<{ text: string; start: number }> = [];
  const label = /^[^:,;|]{2,40}:\s*/.exec(line);
  const from = label ? label[0].length : 0;
  const pattern = /[^,;|•·/]+(?:\/(?=[A-Z]{2})[^,;|•·/]+)*/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const raw = m[0];
    const cleaned = raw
      .replace(/\([^)]*\)/g, " ")
      .replace(/\b(and|&)\s*$/i, "")
      .replace(/^\s*(and|&)\b/i, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[.:]$/, "");
    if (cleaned.length < 2 || cleaned.split(" ").length > 6 || /^\d+$/.test(cleaned)) continue;
    items.push({ text: cleaned, start: m.index + raw.indexOf(cleaned.slice(0, 3)) });
  }
  return items;
}

const SENTENCE_START =
  /^(?:[A-Z][a-z]+(?:ed|ing)|manage|develop|create|build|lead|work|handle|responsible|proven|extensive|excellent|strong|good|well|efficient|able|ability|knowledge|experience|expertise|skilled|proficient|familiar|specializ|fluent|basic)\b/i;

/**
 * Whether a skills-list item reads as a skill rather than leaked text: no dates, addresses, schools, employers,
 * job titles or section names, not a sentence, and not a single lower-case word.
 */
function plausibleItem(item: string): boolean {
  const words = item.split(/\s+/);
  if (words.length > 5 || /[@[\]…]|https?:|www\./.test(item) || /\d{3,}/.test(item)) return false;
  if (findDateRange(item) || SCHOOL_WORDS.test(item) || headingKind(item)) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}.&-]/gu, ""));
  if (lower.some((w) => ORG_WORDS.has(w)) || TITLE_WORDS.has(lower[lower.length - 1] ?? "")) return false;
  if (SENTENCE_START.test(item) && words.length >= 3) return false;
  // Lower-case items in a list are mostly leaked prose ("both spoken and written"); skills are written as names.
  if (!/[\p{Lu}\d+#]/u.test(item)) return false;
  if (US_STATES.has(item) || DEGREE_PATTERNS.some((d) => d.pattern.test(item)) || /[()]/.test(item)) return false;
  if (/^(etc|others?|misc|various|and more|including|such as)$/i.test(item)) return false;
  return /\p{L}/u.test(item);
}

/**
 * Whether prose names the skill rather than uses an ordinary word: a tool, a multi-word skill, an acronym or a
 * capitalized name — but not a plain word capitalized only because it opens a sentence ("Training new staff").
 */
function isNamed(match: TermMatch, text: string): boolean {
  if (match.entry.category === "tool" || tokenize(match.text).length > 1) return true;
  if (!/\p{Lu}/u.test(match.text)) return false;
  const sentenceStart = /(^|[.!?:;•]\s*|\n\s*)$/.test(text.slice(0, match.start));
  const plainTitleCase = /^\p{Lu}\p{Ll}+$/u.test(match.text);
  return !(sentenceStart && plainTitleCase);
}

/**
 * Every skill the resume claims, with each line that claims it, in order of first appearance: taxonomy skills
 * anywhere in the content; the items of skills lists, known to the taxonomy or not; and skill phrases in prose
 * ("expertise in distribution strategies").
 */
export function findSkills(sections: readonly Section[], taxonomy: Taxonomy): FoundSkill[] {
  const found = new Map<string, FoundSkill>();
  const note = (key: string, make: () => Omit<FoundSkill, "refs">, ref: Ref, named: boolean) => {
    let skill = found.get(key);
    if (!skill) {
      skill = { ...make(), refs: [] };
      found.set(key, skill);
    }
    if (named) skill.confidence = "named";
    const last = skill.refs[skill.refs.length - 1];
    if (!last || last.section !== ref.section || last.entry !== ref.entry || last.bullet !== ref.bullet)
      skill.refs.push(ref);
  };
  const kinds = new Map(sections.map((s) => [s.id, s.kind]));
  const entries = new Map(sections.map((s) => [s.id, s.entries]));

  for (const ref of resumeRefs(sections)) {
    const entry = ref.bullet === null ? entries.get(ref.section)?.[ref.entry] : undefined;
    const text = entry ? headerClaims(entry, kinds.get(ref.section)) : ref.text;
    const inList = kinds.get(ref.section) === "skills";
    const matches = taxonomy.match(text);
    for (const match of matches) {
      note(
        `t:${match.entry.id}`,
        () => ({
          canonical: match.entry.canonical,
          category: match.entry.category,
          text: match.text,
          source: "taxonomy",
          confidence: "mentioned",
        }),
        ref,
        inList || isNamed(match, text),
      );
    }
    // A skills line is a list when it is short or separated; a sentence in a skills section is read as prose.
    const listLike = inList && (/[,;|•·]/.test(text) || text.split(/\s+/).length <= 4);
    const phrases = listLike
      ? skillItems(text)
          .filter((item) => plausibleItem(item.text))
          .map((item) => ({ text: item.text, start: item.start, end: item.start + item.text.length }))
      : findPhrases(text)
          .filter((p) => p.kind === "object" || p.kind === "list_item")
          .map((p) => ({ text: text.slice(p.start, p.end), start: p.start, end: p.end }));
    // Phrases and matches are both in text order: one pass finds the matches inside each phrase.
    let first = 0;
    for (const phrase of phrases) {
      // A phrase that is one taxonomy term, or mostly made of them, is already counted.
      while (first < matches.length && (matches[first] as TermMatch).end < phrase.start - 1) first++;
      const inside: TermMatch[] = [];
      for (let k = first; k < matches.length && (matches[k] as TermMatch).start <= phrase.end + 1; k++) {
        const m = matches[k] as TermMatch;
        if (m.start >= phrase.start - 1 && m.end <= phrase.end + 1) inside.push(m);
      }
      const words = tokenize(phrase.text).filter((t) => !/^(and|or|the|a|an|of|in|with|for|to|on)$/i.test(t.surface));
      const covered = new Set(inside.flatMap((m) => tokenize(m.text).map((t) => t.norm)));
      if (words.length === 0 || words.every((w) => covered.has(w.norm))) continue;
      if (!listLike && (words.length < 2 || words.length > 6)) continue;
      const key = `p:${words.map((w) => w.norm).join(" ")}`;
      note(
        key,
        () => ({
          canonical: phrase.text,
          category: "hard_skill",
          text: phrase.text,
          source: listLike ? "listed" : "phrase",
          confidence: listLike || /\p{Lu}/u.test(phrase.text) ? "named" : "mentioned",
        }),
        ref,
        listLike || /\p{Lu}/u.test(phrase.text),
      );
    }
  }
  return [...found.values()];
}
