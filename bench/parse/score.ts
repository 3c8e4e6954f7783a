/**
 * Scores one parsed resume against the JSON Resume it was rendered from (the truth), field by field. Pure: the
 * caller says what the rendered document printed (`printed`), and fields it did not print are not scored, so a
 * theme that leaves out phones or locations is not held against the parser.
 */
import type { JsonResume } from "../../src/domain/json-resume.ts";
import type { Entry, ParsedResume, YearMonth } from "../../src/domain/resume.ts";
import { benchTokens, tokenF1 } from "../lib/span-match.ts";

export const FIELDS = [
  "name",
  "email",
  "phone",
  "jobsFound",
  "employer",
  "title",
  "start",
  "end",
  "spurious",
  "bulletsWhole",
  "institution",
  "degree",
  "skills",
  "years",
] as const;
export type Field = (typeof FIELDS)[number];

/** `hit` of `total`; for `spurious` the hits are the spurious entries (lower is better). */
export interface Tally {
  hit: number;
  total: number;
}
export type Scores = Record<Field, Tally>;

/** A field the parse got wrong, with what was expected and what came out, for the failure classes. */
export interface Miss {
  field: Field;
  expected: string;
  got: string;
  /** The parsed entry's header lines, or the bullets around a broken one: what a fixer needs to see. */
  context?: string;
}

export interface DocScore {
  scores: Scores;
  misses: Miss[];
}

/** Whether the rendered document shows a piece of text, and the document's text for dates and phones. */
export interface Printed {
  has(text: string): boolean;
  text: string;
}

/**
 * A job counts as found when its employer or title overlaps an entry's by more than this (token F1): strictly more,
 * so one shared word of two ("Staff Nurse" against "Charge Nurse") does not tie an entry to another job.
 */
export const FOUND_F1 = 0.5;
/** A bullet is recovered whole at this token F1 with its source highlight. */
export const WHOLE_F1 = 0.9;
/** Years of experience are right within this many years of the truth. */
export const YEARS_TOLERANCE = 0.5;

const norm = (text: string | undefined) => benchTokens(text ?? "").join(" ");
const digits = (text: string | undefined) => (text ?? "").replace(/\D/g, "");

/**
 * Containment on lower-cased, punctuation-free tokens at word edges. Hyphenated words are joined first on both
 * sides: `pdftotext` drops the hyphen of "twelve-bed" when the line wraps at it, and the field was still printed.
 */
export function printedIn(text: string): Printed {
  const key = (t: string) => norm(t.replace(/(\p{L})-\s*(\p{L})/gu, "$1$2"));
  const flat = ` ${key(text)} `;
  return { text, has: (needle) => key(needle) !== "" && flat.includes(` ${key(needle)} `) };
}

export function emptyScores(): Scores {
  return Object.fromEntries(FIELDS.map((f) => [f, { hit: 0, total: 0 }])) as Scores;
}

export function addScores(into: Scores, more: Scores): Scores {
  for (const f of FIELDS) {
    into[f].hit += more[f].hit;
    into[f].total += more[f].total;
  }
  return into;
}

/** "2019-03" → {2019, 3}; "2015" → {2015}; anything else → undefined. */
export function sourceDate(text: string | undefined): YearMonth | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(text ?? "");
  if (!m) return undefined;
  return m[2] ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(m[1]) };
}

/** Same month, or same year when the source gives only the year. */
export function sameDate(source: YearMonth, parsed: YearMonth | "present" | undefined): boolean {
  if (!parsed || parsed === "present") return false;
  return parsed.year === source.year && (source.month === undefined || parsed.month === source.month);
}

const showDate = (d: YearMonth | "present" | undefined) =>
  d === undefined
    ? "(none)"
    : d === "present"
      ? "present"
      : d.month
        ? `${d.year}-${String(d.month).padStart(2, "0")}`
        : `${d.year}`;

/**
 * Years of experience the source's dates amount to: the union of its jobs' months up to `now`. A year-only date is
 * taken as mid-year, so either reading a parser makes of "2015" (January or December) is within six months of it.
 */
export function sourceYears(work: NonNullable<JsonResume["work"]>, now: Date): number {
  const month = (d: YearMonth) => d.year * 12 + (d.month ?? 7) - 1;
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const ranges = work
    .map((job) => {
      const start = sourceDate(job.startDate);
      const end = sourceDate(job.endDate);
      return start ? ([month(start), end ? month(end) : nowMonth] as const) : undefined;
    })
    .filter((r): r is readonly [number, number] => r !== undefined)
    .sort((a, b) => a[0] - b[0]);
  let months = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [from, to] of ranges) {
    const begin = Math.max(from, reach);
    if (to > begin) months += to - begin;
    reach = Math.max(reach, to);
  }
  return months / 12;
}

interface Pair {
  i: number;
  j: number;
  score: number;
}

/** One-to-one greedy matching, best pair first; returns, for each source index, the parsed index or -1. */
export function greedyMatch(pairs: Pair[], sources: number): number[] {
  const sorted = [...pairs].sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const match = Array.from({ length: sources }, () => -1);
  const used = new Set<number>();
  for (const { i, j } of sorted) {
    if (match[i] !== -1 || used.has(j)) continue;
    match[i] = j;
    used.add(j);
  }
  return match;
}

const f1 = (a: string | undefined, b: string | undefined) => tokenF1(benchTokens(a ?? ""), benchTokens(b ?? ""));

/** How well an entry stands for a job: employer and title overlap, in either slot (a swap still finds the job). */
function jobPairScore(job: { name?: string; position?: string }, entry: Entry): number | undefined {
  const employer = f1(entry.organization, job.name);
  const title = f1(entry.title, job.position);
  const employerAsTitle = f1(entry.title, job.name);
  const titleAsEmployer = f1(entry.organization, job.position);
  if (Math.max(employer, title, employerAsTitle, titleAsEmployer) <= FOUND_F1) return undefined;
  return Math.max(employer + title, employerAsTitle + titleAsEmployer);
}

const entriesOf = (parsed: ParsedResume, kind: "experience" | "education" | "skills") =>
  parsed.sections.filter((s) => s.kind === kind).flatMap((s) => s.entries);

const describe = (e: Entry | undefined) =>
  e ? `title=${JSON.stringify(e.title ?? null)} org=${JSON.stringify(e.organization ?? null)}` : "(no entry)";

/** Name as written, or without the credentials after its first comma ("Jane Q. Doe, CPA" → "Jane Q. Doe"). */
function nameRight(source: string, parsed: string | undefined): boolean {
  const bare = source.split(",")[0] ?? source;
  return norm(parsed) !== "" && (norm(parsed) === norm(source) || norm(parsed) === norm(bare));
}

export function scoreDocument(source: JsonResume, parsed: ParsedResume, printed: Printed, now: Date): DocScore {
  const scores = emptyScores();
  const misses: Miss[] = [];
  const tally = (field: Field, ok: boolean, expected: string, got: string, context?: string) => {
    scores[field].total++;
    if (ok) scores[field].hit++;
    else misses.push({ field, expected, got, ...(context ? { context } : {}) });
  };
  const basics = source.basics ?? {};
  const contact = parsed.contact;

  if (basics.name && printed.has(basics.name.split(",")[0] ?? "")) {
    tally("name", nameRight(basics.name, contact.name), basics.name, contact.name ?? "(none)");
  }
  if (basics.email && printed.text.toLowerCase().includes(basics.email.toLowerCase())) {
    tally(
      "email",
      contact.email?.toLowerCase() === basics.email.toLowerCase(),
      basics.email,
      contact.email ?? "(none)",
    );
  }
  if (basics.phone && digits(printed.text).includes(digits(basics.phone))) {
    tally("phone", digits(contact.phone) === digits(basics.phone), basics.phone, contact.phone ?? "(none)");
  }

  // Jobs: only those the document shows, matched one-to-one to the parsed experience entries.
  const jobs = (source.work ?? []).filter((j) => printed.has(j.name ?? "") || printed.has(j.position ?? ""));
  const entries = entriesOf(parsed, "experience");
  const pairs: Pair[] = [];
  jobs.forEach((job, i) => {
    entries.forEach((entry, j) => {
      const score = jobPairScore(job, entry);
      if (score !== undefined) pairs.push({ i, j, score });
    });
  });
  const match = greedyMatch(pairs, jobs.length);
  jobs.forEach((job, i) => {
    const label = `${job.position} @ ${job.name}`;
    const entry = entries[match[i] ?? -1];
    tally("jobsFound", entry !== undefined, label, entries.map(describe).join(" | ") || "(no experience entries)");
    if (!entry) return;
    const context = entry.header.join(" ⏎ ");
    if (printed.has(job.name ?? "")) {
      tally(
        "employer",
        norm(entry.organization) === norm(job.name),
        job.name ?? "",
        entry.organization ?? "(none)",
        context,
      );
    }
    if (printed.has(job.position ?? "")) {
      tally("title", norm(entry.title) === norm(job.position), job.position ?? "", entry.title ?? "(none)", context);
    }
    const start = sourceDate(job.startDate);
    const datesText = entry.dates?.text ?? "(no dates)";
    if (start && printed.has(String(start.year))) {
      tally(
        "start",
        sameDate(start, entry.dates?.start),
        showDate(start),
        showDate(entry.dates?.start),
        `${datesText} ⏎ ${context}`,
      );
    }
    const end = sourceDate(job.endDate);
    if (end ? printed.has(String(end.year)) : start && printed.has(String(start.year))) {
      const ok = end ? sameDate(end, entry.dates?.end) : entry.dates?.end === "present";
      tally("end", ok, end ? showDate(end) : "present", showDate(entry.dates?.end), `${datesText} ⏎ ${context}`);
    }
    for (const highlight of (job.highlights ?? []).filter((h) => printed.has(h))) {
      const best = entry.bullets.reduce(
        (top, b) => {
          const score = f1(b.text, highlight);
          return score > top.score ? { score, text: b.text } : top;
        },
        { score: 0, text: "(none)" },
      );
      tally(
        "bulletsWhole",
        best.score >= WHOLE_F1,
        highlight,
        best.text,
        entry.bullets.length > 0 ? entry.bullets.map((b) => b.text).join(" ⏎ ") : `(header) ${context}`,
      );
    }
  });
  const matched = new Set(match);
  entries.forEach((entry, j) => {
    scores.spurious.total++;
    if (matched.has(j)) return;
    scores.spurious.hit++;
    const lines = entry.header.length > 0 ? entry.header : entry.bullets.map((b) => `• ${b.text}`);
    misses.push({ field: "spurious", expected: "(no such job)", got: describe(entry), context: lines.join(" ⏎ ") });
  });

  // Education: entries matched by institution, wherever the parser put it.
  const schools = (source.education ?? []).filter((e) => printed.has(e.institution ?? ""));
  const studies = entriesOf(parsed, "education");
  const schoolPairs: Pair[] = [];
  schools.forEach((school, i) => {
    studies.forEach((entry, j) => {
      const score = Math.max(
        f1(entry.organization, school.institution),
        f1(entry.title, school.institution),
        f1(entry.header.join(" "), school.institution),
      );
      if (score > FOUND_F1) schoolPairs.push({ i, j, score });
    });
  });
  const schoolMatch = greedyMatch(schoolPairs, schools.length);
  schools.forEach((school, i) => {
    const entry = studies[schoolMatch[i] ?? -1];
    const context = entry ? entry.header.join(" ⏎ ") : studies.map(describe).join(" | ");
    const lost = studies.length === 0 ? "(no education entries)" : "(no matching education entry)";
    const got = (text: string | undefined) => (entry ? (text ?? "(none)") : lost);
    tally(
      "institution",
      norm(entry?.organization) === norm(school.institution),
      school.institution ?? "",
      got(entry?.organization),
      context,
    );
    const degree = printed.has(school.studyType ?? "")
      ? school.studyType
      : printed.has(school.area ?? "")
        ? school.area
        : undefined;
    if (degree) {
      const title = new Set(benchTokens(entry?.title ?? ""));
      tally(
        "degree",
        benchTokens(degree).every((t) => title.has(t)),
        degree,
        got(entry?.title),
        context,
      );
    }
  });

  // Skills: a keyword is found in the parsed skills or anywhere in the skills section's text.
  const found = new Set(parsed.skills.flatMap((s) => [norm(s.canonical), norm(s.text)]));
  const sectionText = printedIn(
    entriesOf(parsed, "skills")
      .flatMap((e) => [e.title ?? "", e.organization ?? "", ...e.header, ...e.bullets.map((b) => b.text)])
      .join("\n"),
  );
  const noSection = entriesOf(parsed, "skills").length === 0 ? "(no skills section)" : "(not in skills)";
  for (const keyword of (source.skills ?? []).flatMap((s) => s.keywords ?? []).filter((k) => printed.has(k))) {
    tally("skills", found.has(norm(keyword)) || sectionText.has(keyword), keyword, noSection);
  }

  // Years: only when every job's start is printed, so the truth is what the reader could compute.
  const work = source.work ?? [];
  const dated = work.every((j) => {
    const start = sourceDate(j.startDate);
    return start !== undefined && printed.has(String(start.year));
  });
  if (work.length > 0 && dated) {
    const truth = sourceYears(work, now);
    tally(
      "years",
      Math.abs(parsed.yearsOfExperience - truth) <= YEARS_TOLERANCE,
      truth.toFixed(1),
      parsed.yearsOfExperience.toFixed(1),
    );
  }
  return { scores, misses };
}
