import type { Entry, ParsedResume, Section } from "../../../domain/resume.ts";

/**
 * Resume text as Markdown text: `<`, `>`, `[` and `]` are backslash-escaped, so no raw HTML, autolink, link, image
 * or reference a resume (or an edit) contains is read as markup by a CommonMark or GFM renderer — "latency <50ms"
 * and "<img src=x onerror=…>" both show as written. A backslash that would escape the character after it, or
 * break the line, is escaped too. `*`, `_`, `-`, `#` and the like stay as they are: they only style text, and
 * escaping them would make every resume harder to read. The parser (parse/sections.ts) reads the escapes back.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\\(?=[!-/:-@[-`{-~]|$)|[<>[\]]/g, (c) => `\\${c}`);
}

const md = escapeMarkdown;

function entryHeading(entry: Entry): string | undefined {
  const parts = [entry.title, entry.organization].filter(Boolean);
  if (parts.length === 0) return entry.header.length > 0 ? entry.header.join(" · ") : undefined;
  return parts.join(" — ");
}

function entryMeta(entry: Entry): string | undefined {
  const meta = [entry.location, entry.dates?.text].filter(Boolean);
  return meta.length > 0 ? meta.join(" · ") : undefined;
}

const FLAT = new Set(["summary", "skills", "languages", "interests", "references", "other"]);

function renderSection(section: Section): string[] {
  const out = [`## ${md(section.heading || section.kind.charAt(0).toUpperCase() + section.kind.slice(1))}`, ""];
  if (FLAT.has(section.kind)) {
    for (const entry of section.entries) {
      if (section.kind === "summary") out.push(md(entry.bullets.map((b) => b.text).join(" ")), "");
      else {
        for (const line of entry.header) out.push(md(line));
        for (const bullet of entry.bullets) out.push(`- ${md(bullet.text)}`);
        out.push("");
      }
    }
    return out;
  }
  for (const entry of section.entries) {
    const heading = entryHeading(entry);
    if (heading) out.push(`### ${md(heading)}`);
    const meta = entryMeta(entry);
    if (meta) out.push(`_${md(meta)}_`);
    // Header lines that carry more than title, organization, place and dates ("Environment: Java") stay.
    const known = [entry.title, entry.organization, entry.location, entry.dates?.text].filter(Boolean) as string[];
    for (const line of entry.header) {
      let rest = line;
      for (const k of known) rest = rest.split(k).join("");
      if (rest.replace(/[\s|,·•–—:-]+/g, "").length > 3 && !(heading && line === heading)) out.push(md(line));
    }
    if (heading || meta) out.push("");
    for (const bullet of entry.bullets) out.push(`- ${md(bullet.text)}`);
    out.push("");
  }
  return out;
}

/** The resume as Markdown: name and contact, then every section in order; nothing parsed is left out. */
export function toMarkdown(resume: ParsedResume): string {
  const out: string[] = [];
  const { contact } = resume;
  if (contact.name) out.push(`# ${md(contact.name)}`, "");
  if (resume.headline) out.push(`**${md(resume.headline)}**`, "");
  const reach = [contact.email, contact.phone, contact.location, ...contact.links].filter((x): x is string => !!x);
  if (reach.length > 0) out.push(reach.map(md).join(" · "), "");
  for (const section of resume.sections) {
    if (section.kind === "header") {
      const known = new Set([
        contact.name,
        contact.email,
        contact.phone,
        contact.location,
        resume.headline,
        ...contact.links,
      ]);
      const rest = section.entries
        .flatMap((e) => [...e.header, ...e.bullets.map((b) => b.text)])
        .filter((l) => ![...known].some((k) => k && l.includes(k)));
      if (rest.length > 0) out.push(...rest.map(md), "");
      continue;
    }
    out.push(...renderSection(section));
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
