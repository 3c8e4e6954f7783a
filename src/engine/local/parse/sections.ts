import type { SectionKind } from "../../../domain/resume.ts";
import { type SourceLine, splitBullet } from "./entries.ts";
import { foldHeading, headingKind, looksLikeHeadingForm } from "./headings.ts";

export interface RawSection {
  kind: SectionKind;
  heading: string;
  lines: SourceLine[];
}

/**
 * CommonMark backslash escapes: a backslash before ASCII punctuation stands for that character (the renderer writes
 * "\<50ms" and "\[draft\]"). While a line is read, each escaped character is held as a private-use stand-in, so
 * "\[x\](y)" is not taken for a link nor "\*\*x\*\*" for bold; it is given back as written once the line is read.
 * Input never holds these code points: normalizeText turns them into bullets.
 */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const HELD = /[\ue021-\ue07e]/g;
const HOLD = 0xe000;

const holdEscapes = (line: string) =>
  line.replace(ESCAPED, (_, c: string) => String.fromCharCode(HOLD + c.charCodeAt(0)));
const releaseEscapes = (line: string) => line.replace(HELD, (c) => String.fromCharCode(c.charCodeAt(0) - HOLD));
/** Markdown text with its backslash escapes read: "\<50ms" → "<50ms". */
export const unescapeMarkdown = (text: string) => text.replace(ESCAPED, "$1");

/** Strips inline Markdown that does not change meaning: links keep their text and URL, emphasis marks go. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}

/**
 * Cuts normalized text into sections at headings. A heading is a line whose text names a known section
 * ("Work History", "TECHNICAL SKILLS:", "## Education"), alone on its line or followed by its content after a
 * colon ("Skills: Java, Go"). Unknown text under a Markdown heading becomes an `other` section; nothing is dropped.
 * Everything before the first heading is the `header` section. In Markdown, backslash escapes are read; in plain
 * text a backslash is only a backslash.
 */
export function splitSections(text: string, options: { markdown: boolean } = { markdown: false }): RawSection[] {
  const held = options.markdown ? holdEscapes : (line: string) => line;
  const release = options.markdown ? releaseEscapes : (line: string) => line;
  const lines = joinSplitDates(text.split("\n").map(held));
  const sections: RawSection[] = [{ kind: "header", heading: "", lines: [] }];
  let current = sections[0] as RawSection;
  let afterGap = false;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const next = lines[i + 1];
    if (raw.trim() === "") {
      afterGap = true;
      continue;
    }
    // Underlines (=== / ---) belong to the heading above them.
    if (/^(={3,}|-{3,}|_{3,})\s*$/.test(raw.trim())) continue;

    const heading = detectHeading(raw, next, current.kind);
    if (heading?.label) continue;
    if (heading) {
      current = { kind: heading.kind, heading: release(heading.text), lines: [] };
      sections.push(current);
      if (heading.rest) {
        const rest = splitBullet(heading.rest);
        current.lines.push({ text: release(rest.text), bulleted: rest.bulleted, afterGap: false });
      }
      afterGap = false;
      continue;
    }
    // A Markdown heading that names no section is an entry's heading ("### Engineer — Acme") or, at the top, the name.
    const markdownHeading = /^(#{1,6})\s+(.*)$/.exec(raw.trim());
    const content = stripInlineMarkdown(markdownHeading ? (markdownHeading[2] ?? "") : raw);
    const { text: lineText, bulleted } = markdownHeading
      ? { text: content.trim(), bulleted: false }
      : splitBullet(content);
    const line: SourceLine = { text: release(lineText), bulleted, afterGap };
    if (markdownHeading) line.heading = true;
    current.lines.push(line);
    afterGap = false;
  }
  return sections.filter((s, index) => index === 0 || s.lines.length > 0 || s.heading !== "");
}

/** Sections made of dated entries, inside which a label line names an entry's part rather than a section. */
const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(["experience", "projects", "volunteer", "education"]);
const ENTRY_LABELS: ReadonlySet<string> = new Set([
  "highlights",
  "key highlights",
  "responsibilities",
  "key responsibilities",
  "courses",
]);

const LONE_DATE =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*\d{4}|(?:0?[1-9]|1[0-2])[/.-]\d{4}|\d{4}(?:[/-](?:0[1-9]|1[0-2]))?)\s*(?:[-–—−]|to)?$/i;
const LONE_END =
  /^(?:[-–—−]|to)?\s*(?:present|current(?:ly)?|now|today|to date|ongoing|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*\d{4}|(?:0?[1-9]|1[0-2])[/.-]\d{4}|\d{4}(?:[/-](?:0[1-9]|1[0-2]))?)$/i;

/**
 * A date range a margin or a narrow cell split over two lines ("June 2020 –" / "Present", "2010" / "2014") is put
 * back on one line, so the entry gets both ends.
 */
function joinSplitDates(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const next = (lines[i + 1] ?? "").trim();
    if (LONE_DATE.test(line) && LONE_END.test(next) && !(/^\d{4}$/.test(line) && /^\d{4}$/.test(next) && next < line)) {
      const dash = /[-–—−]$|\bto$/i.test(line) || /^(?:[-–—−]|to\b)/i.test(next) ? " " : " – ";
      out.push(`${line}${dash}${next}`);
      i++;
    } else out.push(lines[i] ?? "");
  }
  return out;
}

function detectHeading(
  raw: string,
  next: string | undefined,
  currentKind: SectionKind,
): { kind: SectionKind; text: string; rest?: string; label?: boolean } | undefined {
  const trimmed = raw.trim();
  const markdown = /^(#{1,6})\s+(.*)$/.exec(trimmed);
  const form = looksLikeHeadingForm(trimmed, next);
  const bare = trimmed
    .replace(/^#{1,6}\s+/, "")
    .replace(/^\*\*(.*)\*\*:?$/, "$1")
    .replace(/:\s*$/, "")
    .trim();

  if (splitBullet(trimmed).bulleted && !markdown) return undefined;
  // A sentence's end or a wrapped line's rest ("…the customer experience.", "experience and training") is not a
  // heading: headings start with a capital (or are Markdown) and do not end in a full stop.
  if (!markdown && !form && (/\.$/.test(bare) || /^\p{Ll}/u.test(bare))) return undefined;

  const kind = headingKind(bare);
  // Inside an entry, "Highlights" or "Responsibilities" label its bullets (themes print them); not a new section.
  if (
    ENTRY_KINDS.has(currentKind) &&
    ENTRY_LABELS.has(foldHeading(bare)) &&
    !(markdown && (markdown[1]?.length ?? 0) <= 2)
  ) {
    return { kind: currentKind, text: "", label: true };
  }
  if (kind) {
    // Inside a skills list, "Languages" or "Tools" label a group of skills unless set as a real heading.
    if (currentKind === "skills" && !form && (kind === "languages" || kind === "skills")) return undefined;
    if (form || bare.split(/\s+/).length <= 6) return { kind, text: bare };
  }
  // "Skills: Java, Go, SQL" — a known heading with its content on the same line.
  const inline = /^([^:]{2,40}):\s+(\S.*)$/.exec(trimmed);
  if (inline && !markdown) {
    const label = inline[1] ?? "";
    const inlineKind = headingKind(label);
    const labelIsGroup = currentKind === "skills" || currentKind === "header";
    if (
      inlineKind &&
      !(labelIsGroup && inlineKind !== "skills" && inlineKind !== "summary") &&
      currentKind !== inlineKind
    ) {
      if (!(currentKind === "skills" && inlineKind === "skills"))
        return { kind: inlineKind, text: label.trim(), rest: inline[2] };
    }
  }
  // A top-level Markdown heading before any section is the name, not a section.
  if (currentKind === "header" && markdown?.[1] === "#") return undefined;
  // Unknown headings count only when set as top-level Markdown headings or underlined: ALL-CAPS alone is too
  // often a job title or a company inside an entry.
  if ((markdown && (markdown[1]?.length ?? 0) <= 2) || (next !== undefined && /^(={3,}|-{3,})\s*$/.test(next.trim()))) {
    if (foldHeading(bare) !== "") return { kind: "other", text: bare };
  }
  return undefined;
}
