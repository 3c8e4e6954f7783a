import { JsonResume } from "../../../domain/json-resume.ts";
import type { DateRange, Entry, ParsedResume, Section, SectionKind } from "../../../domain/resume.ts";
import type { Taxonomy } from "../../taxonomy/index.ts";
import { normalizeText } from "../../text/normalize.ts";
import { extractContact, looksLikeName } from "./contact.ts";
import { yearsCovered } from "./dates.ts";
import { buildEntries, type SourceLine } from "./entries.ts";
import { sectionsFromJsonResume } from "./json-resume.ts";
import { splitSections, unescapeMarkdown } from "./sections.ts";
import { findSkills } from "./skills-found.ts";

export interface ParseOptions {
  taxonomy: Taxonomy;
  /** "Present" is measured to this date; fixed by callers that need identical output over time. */
  now?: Date;
}

/** Kinds whose lines are one block of text or items rather than dated entries. */
const FLAT_KINDS: ReadonlySet<SectionKind> = new Set([
  "header",
  "summary",
  "skills",
  "languages",
  "interests",
  "references",
  "other",
]);

export class ResumeInputError extends Error {
  readonly issues: string[];
  constructor(message: string, issues: string[] = []) {
    super(message);
    this.name = "ResumeInputError";
    this.issues = issues;
  }
}

/**
 * Parses a resume given as plain text, Markdown, or JSON Resume (an object, or text holding one) into sections,
 * entries and bullets. Text under headings it does not know is kept as `other` sections.
 */
export function parseResume(input: string | JsonResume, options: ParseOptions): ParsedResume {
  const now = options.now ?? new Date();
  const json = typeof input === "string" ? asJsonResume(input) : input;
  if (json !== undefined) {
    const parsed = JsonResume.safeParse(json);
    if (!parsed.success) {
      throw new ResumeInputError(
        "not a valid JSON Resume",
        parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
      );
    }
    const { sections, contact, headline } = sectionsFromJsonResume(parsed.data);
    return finish("json_resume", sections, contact, headline, options.taxonomy, now);
  }
  const text = normalizeText(input as string);
  if (text.replace(/\s/g, "").length === 0) throw new ResumeInputError("the resume is empty");
  const markdown = /^#{1,6}\s+\S/m.test(text) || /^\s*[-*]\s+\S/m.test(text) || /\*\*[^*\n]+\*\*/.test(text);
  const raw = splitSections(text, { markdown });
  const counts = new Map<SectionKind, number>();
  const sections: Section[] = raw.map((section) => {
    const n = (counts.get(section.kind) ?? 0) + 1;
    counts.set(section.kind, n);
    const id = n === 1 ? section.kind : `${section.kind}-${n}`;
    const entries = FLAT_KINDS.has(section.kind)
      ? [flatEntry(section.lines, section.kind !== "header")]
      : buildEntries(section.kind, section.lines);
    return { id, kind: section.kind, heading: section.heading, entries };
  });
  const headerLines = sections[0]?.entries.flatMap((e) => [...e.header, ...e.bullets.map((b) => b.text)]) ?? [];
  const contact = extractContact(headerLines, markdown ? unescapeMarkdown(text) : text);
  const headline = headerLines.find(
    (line) =>
      !looksLikeName(line) &&
      !(contact.name && line.includes(contact.name)) &&
      line.length <= 60 &&
      !/[@\d]|https?:|www\./i.test(line) &&
      !(contact.location && line.includes(contact.location)),
  );
  return finish(markdown ? "markdown" : "text", sections, contact, headline, options.taxonomy, now);
}

/** One entry whose bullets are the lines; wrapped lines are joined back (not in the header, where lines are fields). */
function flatEntry(lines: readonly SourceLine[], joinWrapped: boolean): Entry {
  const texts: string[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const previous = texts[texts.length - 1];
    if (
      joinWrapped &&
      previous !== undefined &&
      !line.bulleted &&
      /^[\p{Ll}(]/u.test(line.text) &&
      !/[.!?:;,]$/.test(previous)
    ) {
      texts[texts.length - 1] = `${previous} ${line.text}`;
    } else {
      texts.push(line.text);
    }
  }
  return { index: 0, header: [], bullets: texts.map((text, index) => ({ index, text })) };
}

function finish(
  format: ParsedResume["format"],
  sections: Section[],
  contact: ParsedResume["contact"],
  headline: string | undefined,
  taxonomy: Taxonomy,
  now: Date,
): ParsedResume {
  const experienceRanges: DateRange[] = sections
    .filter((s) => s.kind === "experience")
    .flatMap((s) => s.entries.map((e) => e.dates))
    .filter((d): d is DateRange => d !== undefined);
  const latestTitle = sections.find((s) => s.kind === "experience")?.entries.find((e) => e.title)?.title;
  const resume: ParsedResume = {
    format,
    contact,
    sections,
    yearsOfExperience: yearsCovered(experienceRanges, now),
    skills: findSkills(sections, taxonomy),
  };
  const title = headline ?? latestTitle;
  if (title) resume.headline = title;
  return resume;
}

/** Recomputes what is derived from the sections (skills found, years) after the sections changed. */
export function rederive(resume: ParsedResume, taxonomy: Taxonomy, now: Date): ParsedResume {
  const { headline, ...rest } = resume;
  return finish(rest.format, rest.sections, rest.contact, headline, taxonomy, now);
}

/** Text that is a JSON object is treated as JSON Resume; anything else is a text resume. */
function asJsonResume(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  } catch {
    throw new ResumeInputError("the resume looks like JSON but does not parse");
  }
}
