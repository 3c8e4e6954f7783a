import type { ParseWarning } from "../../../domain/parse.ts";
import type { Entry, ParsedResume } from "../../../domain/resume.ts";

/**
 * What a person should check in how their resume was read: fields not found (name, e-mail, phone), no experience
 * or skills section, jobs read without dates, title or employer, headings not recognized, and a resume so short
 * that part of it was probably not read (a scanned page, text in an image). Pure: a function of the parsed resume.
 * (No warning compares stated and computed years of experience: ParsedResume keeps only the computed figure.)
 *
 * Jobs are the entries of the experience sections. Entry warnings are one per kind, naming the jobs (at most
 * {@link NAMED} of them); their `path` is the entry when one job is concerned, or its section when all are in one.
 */

/** A resume with fewer words than this is shorter than any real one: some of it was likely not read. */
export const SHORT_RESUME_WORDS = 120;
/** Jobs named in one warning's message; the rest are counted. */
const NAMED = 3;

interface Job {
  entry: Entry;
  section: number;
  index: number;
}

const sectionPath = (section: number) => `sections.${section}`;
const entryPath = (job: Job) => `sections.${job.section}.entries.${job.index}`;

/** How a job is named in a message: what was read of it, or its place. */
function label(job: Job, position: number): string {
  const { title, organization, header } = job.entry;
  if (title && organization) return `${title} at ${organization}`;
  const first = title ?? organization ?? header.find((line) => line.trim() !== "");
  if (!first) return `job ${position + 1}`;
  return first.length > 60 ? `${first.slice(0, 57)}…` : first;
}

/** "The job", "2 of 3 jobs", "All 3 jobs". */
const jobs = (n: number, total: number) =>
  total === 1 ? "The job" : n === total ? `All ${total} jobs` : `${n} of ${total} jobs`;

/** "Acme; Globex and 2 more". */
function names(affected: readonly Job[], all: readonly Job[]): string {
  const named = affected.slice(0, NAMED).map((job) => label(job, all.indexOf(job)));
  const more = affected.length - named.length;
  return more > 0 ? `${named.join("; ")} and ${more} more` : named.join("; ");
}

/** The entry when one job is concerned, its section when all are in one, else nothing. */
function pathOf(affected: readonly Job[]): string | undefined {
  const [first] = affected;
  if (!first) return undefined;
  if (affected.length === 1) return entryPath(first);
  return affected.every((job) => job.section === first.section) ? sectionPath(first.section) : undefined;
}

function entryWarning(
  code: ParseWarning["code"],
  affected: readonly Job[],
  all: readonly Job[],
  what: (one: boolean) => string,
): ParseWarning[] {
  if (affected.length === 0) return [];
  const path = pathOf(affected);
  return [
    {
      code,
      message: `${jobs(affected.length, all.length)} ${what(affected.length === 1)}: ${names(affected, all)}.`,
      ...(path ? { path } : {}),
    },
  ];
}

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Every word read: headers and bullets of every section (the header section holds the name and contact lines). */
function wordCount(resume: ParsedResume): number {
  let total = 0;
  for (const section of resume.sections) {
    for (const entry of section.entries) {
      for (const line of entry.header) total += wordsIn(line);
      for (const bullet of entry.bullets) total += wordsIn(bullet.text);
    }
  }
  return total;
}

export function parseWarnings(resume: ParsedResume): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const { contact } = resume;
  if (!contact.name)
    warnings.push({ code: "no_name", message: "No name found at the top of the resume.", path: "contact.name" });
  if (!contact.email) warnings.push({ code: "no_email", message: "No e-mail address found.", path: "contact.email" });
  if (!contact.phone) warnings.push({ code: "no_phone", message: "No phone number found.", path: "contact.phone" });

  const experience = resume.sections.flatMap((section, index) => (section.kind === "experience" ? [index] : []));
  const all: Job[] = experience.flatMap((section) =>
    (resume.sections[section]?.entries ?? []).map((entry, index) => ({ entry, section, index })),
  );
  if (experience.length === 0) {
    warnings.push({
      code: "no_experience_section",
      message:
        'No work experience section found: jobs are read under a heading such as "Experience", "Work History" or "Employment".',
    });
  } else if (all.length === 0) {
    warnings.push({
      code: "empty_experience_section",
      message: "An experience section was found, but no jobs were read in it.",
      path: sectionPath(experience[0] as number),
    });
  }

  const undated = all.filter(({ entry }) => !entry.dates || (!entry.dates.start && !entry.dates.end));
  warnings.push(...entryWarning("undated_entries", undated, all, (one) => (one ? "has no dates" : "have no dates")));
  const partly = all.filter(({ entry }) => entry.dates && !entry.dates.start && entry.dates.end);
  warnings.push(
    ...entryWarning(
      "partly_dated_entries",
      partly,
      all,
      (one) => `${one ? "has" : "have"} an end date but no start, so ${one ? "its" : "their"} time is not counted`,
    ),
  );
  const untitled = all.filter(({ entry }) => !entry.title);
  warnings.push(
    ...entryWarning("entry_without_title", untitled, all, (one) => (one ? "has no job title" : "have no job title")),
  );
  const noEmployer = all.filter(({ entry }) => !entry.organization);
  warnings.push(
    ...entryWarning("entry_without_organization", noEmployer, all, (one) =>
      one ? "has no employer" : "have no employer",
    ),
  );

  if (!resume.sections.some((s) => s.kind === "skills")) {
    const found = resume.skills.length;
    warnings.push({
      code: "no_skills_section",
      message: `No skills section found${found ? `: the ${found === 1 ? "1 skill" : `${found} skills`} counted were picked up from the rest of the text` : ""}.`,
    });
  }

  resume.sections.forEach((section, index) => {
    if (section.kind !== "other" || section.heading === "") return;
    warnings.push({
      code: "unrecognized_section",
      message: `The heading "${section.heading}" was not recognized: its text is kept, but not read as jobs, education or skills.`,
      path: sectionPath(index),
    });
  });

  // A JSON Resume loses nothing in reading: a short one is short, not misread.
  const words = wordCount(resume);
  if (resume.format !== "json_resume" && words < SHORT_RESUME_WORDS) {
    warnings.push({
      code: "short_resume",
      message: `Only ${words} ${words === 1 ? "word was" : "words were"} read. If your resume is longer, part of it was not read (text in an image, a scanned page, a text box).`,
    });
  }
  return warnings;
}
