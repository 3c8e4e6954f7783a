import type { Bullet, DateRange, Entry, SectionKind } from "../../../domain/resume.ts";
import { findDateRange } from "./dates.ts";
import { DEGREE_PATTERNS, ORG_WORDS, REGIONS, SCHOOL_WORDS, SUBLABEL, TITLE_WORDS } from "./words.ts";

export interface SourceLine {
  text: string;
  bulleted: boolean;
  /** A blank line came before this one. */
  afterGap: boolean;
  /** Set as a heading (Markdown `###`): always an entry header. */
  heading?: boolean;
}

/** Bullet markers people and exporters use; a hyphen or asterisk counts only when followed by a space. */
const BULLET = /^\s*(?:[•●▪■□◦‣⁃➢➤►▶▸✓✔❖◆◇○∙·⦁]|[-*+–—](?=\s)|o(?=\s{1,3}\S)|\d{1,2}[.)](?=\s))\s*/u;

export function splitBullet(line: string): { text: string; bulleted: boolean } {
  const m = BULLET.exec(line);
  if (!m) return { text: line.trim(), bulleted: false };
  return { text: line.slice(m[0].length).trim(), bulleted: true };
}

const SMALL_WORDS = new Set(["of", "and", "the", "in", "at", "for", "to", "on", "a", "an", "&", "with", "de", "la"]);

/** Mostly capitalized words and no sentence punctuation: how headers (titles, companies, places) are written. */
function titleCased(text: string): boolean {
  const words = text.split(/[\s,|/]+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return false;
  const capitalized = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalized / words.length >= 0.6;
}

const ONE_LINE_KINDS: ReadonlySet<SectionKind> = new Set(["certifications", "awards", "publications"]);

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether a line reads like an entry header (title, organization, place, dates) rather than content. */
export function isHeaderLike(text: string): boolean {
  if (text.length === 0 || SUBLABEL.test(text)) return false;
  const words = wordCount(text);
  const date = findDateRange(text);
  if (date && words <= 16) return true;
  // A closing abbreviation ("Acme Inc.", "Smith & Co.") is not the end of a sentence.
  const sentenceEnd = /[.!?;]$/.test(text) && !/\b(inc|ltd|co|corp|llc|plc|jr|sr|st|dept|univ)\.$/i.test(text);
  if (words > 10 || sentenceEnd || /^[\p{Ll}]/u.test(text)) return false;
  return titleCased(text);
}

/**
 * Groups a section's lines into entries. An entry starts at a header-like line that follows content, or at a
 * dated header line when the current entry already has its own dates; bullets and prose belong to the entry
 * above them. A line that continues the previous one (it starts in lower case after a line with no closing
 * punctuation) is joined to it, so wrapped bullets stay whole.
 */
export function buildEntries(kind: SectionKind, lines: readonly SourceLine[]): Entry[] {
  const drafts: Array<{ header: string[]; bullets: string[]; dated: boolean }> = [];
  let current: (typeof drafts)[number] | undefined;
  const open = () => {
    current = { header: [], bullets: [], dated: false };
    drafts.push(current);
    return current;
  };

  for (const line of lines) {
    const text = line.text;
    if (text === "") continue;
    if (line.bulleted) {
      (current ?? open()).bullets.push(text);
      continue;
    }
    if (line.heading) {
      const target = !current || current.bullets.length > 0 || current.header.length > 0 ? open() : current;
      target.header.push(text);
      target.dated ||= findDateRange(text) !== undefined;
      continue;
    }
    const entry = current ?? open();
    const previous = entry.bullets[entry.bullets.length - 1];
    if (previous !== undefined && /^[\p{Ll}(]/u.test(text) && !/[.!?:;]$/.test(previous)) {
      entry.bullets[entry.bullets.length - 1] = `${previous} ${text}`;
      continue;
    }
    if (isHeaderLike(text)) {
      const dated = findDateRange(text) !== undefined;
      // In lists of credentials, awards and publications every line is its own entry; a line that is only a
      // date still belongs to the one above.
      const oneLineEach =
        ONE_LINE_KINDS.has(kind) &&
        entry.header.length > 0 &&
        !/^[\s\d/.,–-]*$/.test(text.replace(findDateRange(text)?.range.text ?? "", ""));
      const startsNew = entry.bullets.length > 0 || (dated && entry.dated) || entry.header.length >= 4 || oneLineEach;
      const target = startsNew ? open() : entry;
      target.header.push(text);
      target.dated ||= dated;
      continue;
    }
    if (entry.bullets.length === 0 && entry.header.length > 0 && SUBLABEL.test(text)) {
      entry.header.push(text);
      continue;
    }
    entry.bullets.push(text);
  }

  return drafts.map((draft, index) => describeEntry(kind, index, draft.header, draft.bullets));
}

function describeEntry(kind: SectionKind, index: number, header: string[], bulletTexts: string[]): Entry {
  const bullets: Bullet[] = bulletTexts.map((text, i) => ({ index: i, text }));
  const entry: Entry = { index, header, bullets };
  let dates: DateRange | undefined;
  const parts: string[] = [];
  for (const line of header) {
    const found = dates ? undefined : findDateRange(line);
    let rest = line;
    if (found) {
      dates = found.range;
      rest = `${line.slice(0, found.start)} ${line.slice(found.end)}`;
    }
    // "Oakland, CA" and "Paris, France" are one place: keep the comma out of the split.
    rest = rest.replace(/,\s+(?=(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)(?:\s|$|[|·•–—,-]))/gu, (comma, region: string) =>
      REGIONS.test(region) ? "\u241f " : comma,
    );
    // "Title at Company": split at the first " at " only, and only when what precedes it is not itself an
    // organization ("University of Texas at Austin", "Bank of America at Home" are one name each).
    rest = rest.replace(/^(.*?)\s+at\s+(?=\p{Lu})/u, (whole, left: string) =>
      SCHOOL_WORDS.test(left) || hasWord(left, ORG_WORDS) ? whole : `${left}  `,
    );
    // A header on several lines has one field per line ("Staff Nurse, ICU" is one title); a one-line header
    // separates its fields with commas too ("Analyst, Acme, 2023 - Present").
    const separators = header.length > 1 ? FIELD_SEPARATORS : FIELD_SEPARATORS_WITH_COMMA;
    for (const part of rest.split(separators)) {
      let cleaned = part
        .replace(/\u241f/g, ",")
        .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
        .replace(/\*\*|__/g, "");
      // Parentheses stay when balanced ("Nursing (BSN)"), go when left dangling by the split.
      if ((cleaned.match(/\(/g) ?? []).length !== (cleaned.match(/\)/g) ?? []).length)
        cleaned = cleaned.replace(/^[()\s]+|[()\s]+$/g, "");
      if (cleaned.length > 1 && !SUBLABEL.test(cleaned)) parts.push(cleaned);
    }
  }
  if (dates) entry.dates = dates;
  assignFields(kind, entry, parts);
  return entry;
}

const FIELD_SEPARATORS =
  /\s+[|•·–—-]\s+|\s*\|\s*|\t+|\s{2,}|:\s+|,\s+(?=\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,2}\u241f)/u;
const FIELD_SEPARATORS_WITH_COMMA = /\s+[|•·–—-]\s+|\s*\|\s*|\t+|\s{2,}|,\s+(?=[\p{Lu}\d])|:\s+/u;

const LOCATION =
  /^(remote|hybrid|on-?site|[\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+){0,2}(?:,\s*[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)?)$/u;
const US_STATE = /^[A-Z]{2}$/;

function hasWord(text: string, words: Set<string>): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}.&-]+/u)
    .some((w) => words.has(w));
}

function assignFields(kind: SectionKind, entry: Entry, parts: string[]): void {
  if (parts.length === 0) return;
  const remaining = [...parts];
  const take = (predicate: (part: string) => boolean): string | undefined => {
    const i = remaining.findIndex(predicate);
    return i < 0 ? undefined : remaining.splice(i, 1)[0];
  };
  if (kind === "education") {
    const degree = take((p) => DEGREE_PATTERNS.some((d) => d.pattern.test(p)));
    const school = take((p) => SCHOOL_WORDS.test(p));
    entry.title = degree ?? (school ? remaining.shift() : remaining.shift());
    entry.organization = school ?? remaining.shift();
  } else if (kind === "experience" || kind === "volunteer") {
    const title =
      take((p) => hasWord(p, TITLE_WORDS) && !hasWord(p, ORG_WORDS)) ?? take((p) => hasWord(p, TITLE_WORDS));
    const org = take((p) => hasWord(p, ORG_WORDS)) ?? take((p) => !isLocation(p));
    entry.title = title ?? org;
    entry.organization = title ? org : remaining.shift();
  } else {
    entry.title = remaining.shift();
    const org = take((p) => !isLocation(p));
    if (org) entry.organization = org;
  }
  const location = take(isLocation);
  if (location) entry.location = location;
  if (entry.title === undefined) delete entry.title;
  if (entry.organization === undefined) delete entry.organization;
}

function isLocation(part: string): boolean {
  if (US_STATE.test(part)) return true;
  if (!LOCATION.test(part) || hasWord(part, TITLE_WORDS) || hasWord(part, ORG_WORDS)) return false;
  return /,/.test(part) || /^(remote|hybrid|on-?site)$/i.test(part);
}
