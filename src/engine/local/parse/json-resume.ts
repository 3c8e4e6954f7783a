import type { JsonResume } from "../../../domain/json-resume.ts";
import type { Bullet, Contact, DateRange, Entry, Section, SectionKind, YearMonth } from "../../../domain/resume.ts";

function isoToYearMonth(value: string | undefined): YearMonth | undefined {
  const m = value ? /^(\d{4})(?:-(\d{2}))?/.exec(value) : null;
  if (!m) return undefined;
  return m[2] ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(m[1]) };
}

function range(start: string | undefined, end: string | undefined, ongoing: boolean): DateRange | undefined {
  if (!start && !end) return ongoing ? undefined : undefined;
  const result: DateRange = { text: [start, end ?? (start ? "Present" : undefined)].filter(Boolean).join(" – ") };
  const s = isoToYearMonth(start);
  const e = isoToYearMonth(end);
  if (s) result.start = s;
  if (e) result.end = e;
  else if (s) result.end = "present";
  return result;
}

const bullets = (texts: ReadonlyArray<string | undefined>): Bullet[] =>
  texts
    .filter((t): t is string => typeof t === "string" && t.trim() !== "")
    .map((text, index) => ({ index, text: text.trim() }));

function entry(
  index: number,
  fields: Partial<Omit<Entry, "index" | "bullets" | "header">>,
  header: string[],
  items: Bullet[],
): Entry {
  const e: Entry = { index, header: header.filter((h) => h.trim() !== ""), bullets: items };
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined && value !== "") (e as Record<string, unknown>)[key] = value;
  return e;
}

const headerOf = (...parts: Array<string | undefined>) => [parts.filter((p) => p && p.trim() !== "").join(" | ")];

/** JSON Resume → the same sections, entries and bullets a text resume parses into, so references work alike. */
export function sectionsFromJsonResume(resume: JsonResume): {
  sections: Section[];
  contact: Contact;
  headline?: string;
} {
  const sections: Section[] = [];
  const add = (kind: SectionKind, heading: string, entries: Entry[]) => {
    if (entries.length > 0) sections.push({ id: kind, kind, heading, entries });
  };
  const basics = resume.basics ?? {};
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode]
    .filter(Boolean)
    .join(", ");
  const contact: Contact = {
    links: [basics.url, ...(basics.profiles ?? []).map((p) => p.url)].filter(
      (u): u is string => typeof u === "string" && u !== "",
    ),
  };
  if (basics.name) contact.name = basics.name;
  if (basics.email) contact.email = basics.email;
  if (basics.phone) contact.phone = basics.phone;
  if (location) contact.location = location;

  add("header", "", [entry(0, {}, [], bullets([basics.name, basics.label, basics.email, basics.phone, location]))]);
  if (basics.summary) add("summary", "Summary", [entry(0, {}, [], bullets(basics.summary.split(/\n+/)))]);
  add(
    "experience",
    "Experience",
    (resume.work ?? []).map((w, i) => {
      const dates = range(w.startDate, w.endDate, true);
      return entry(
        i,
        { title: w.position, organization: w.name, location: w.location, dates },
        headerOf(w.position, w.name, w.location, dates?.text),
        bullets([w.summary, ...(w.highlights ?? [])]),
      );
    }),
  );
  add(
    "education",
    "Education",
    (resume.education ?? []).map((e, i) => {
      const degree = [e.studyType, e.area].filter(Boolean).join(" in ");
      const dates = range(e.startDate, e.endDate, false);
      return entry(
        i,
        { title: degree || undefined, organization: e.institution, dates },
        headerOf(degree, e.institution, dates?.text),
        bullets([e.score ? `GPA: ${e.score}` : undefined, ...(e.courses ?? [])]),
      );
    }),
  );
  add(
    "skills",
    "Skills",
    [
      entry(
        0,
        {},
        [],
        bullets((resume.skills ?? []).map((s) => [s.name, (s.keywords ?? []).join(", ")].filter(Boolean).join(": "))),
      ),
    ].filter((e) => e.bullets.length > 0),
  );
  add(
    "projects",
    "Projects",
    (resume.projects ?? []).map((p, i) => {
      const dates = range(p.startDate, p.endDate, false);
      return entry(
        i,
        { title: p.name, organization: p.entity, dates },
        headerOf(p.name, p.entity, dates?.text),
        bullets([
          p.description,
          ...(p.highlights ?? []),
          p.keywords?.length ? `Keywords: ${p.keywords.join(", ")}` : undefined,
        ]),
      );
    }),
  );
  add(
    "certifications",
    "Certifications",
    (resume.certificates ?? []).map((c, i) => {
      const dates = range(undefined, c.date, false);
      return entry(i, { title: c.name, organization: c.issuer, dates }, headerOf(c.name, c.issuer, c.date), []);
    }),
  );
  add(
    "awards",
    "Awards",
    (resume.awards ?? []).map((a, i) =>
      entry(
        i,
        { title: a.title, organization: a.awarder, dates: range(undefined, a.date, false) },
        headerOf(a.title, a.awarder, a.date),
        bullets([a.summary]),
      ),
    ),
  );
  add(
    "publications",
    "Publications",
    (resume.publications ?? []).map((p, i) =>
      entry(
        i,
        { title: p.name, organization: p.publisher, dates: range(undefined, p.releaseDate, false) },
        headerOf(p.name, p.publisher, p.releaseDate),
        bullets([p.summary]),
      ),
    ),
  );
  add(
    "volunteer",
    "Volunteer",
    (resume.volunteer ?? []).map((v, i) => {
      const dates = range(v.startDate, v.endDate, true);
      return entry(
        i,
        { title: v.position, organization: v.organization, dates },
        headerOf(v.position, v.organization, dates?.text),
        bullets([v.summary, ...(v.highlights ?? [])]),
      );
    }),
  );
  add(
    "languages",
    "Languages",
    [
      entry(
        0,
        {},
        [],
        bullets((resume.languages ?? []).map((l) => [l.language, l.fluency].filter(Boolean).join(" — "))),
      ),
    ].filter((e) => e.bullets.length > 0),
  );
  add(
    "interests",
    "Interests",
    [
      entry(
        0,
        {},
        [],
        bullets(
          (resume.interests ?? []).map((x) => [x.name, (x.keywords ?? []).join(", ")].filter(Boolean).join(": ")),
        ),
      ),
    ].filter((e) => e.bullets.length > 0),
  );
  add(
    "references",
    "References",
    [
      entry(0, {}, [], bullets((resume.references ?? []).map((r) => [r.name, r.reference].filter(Boolean).join(": ")))),
    ].filter((e) => e.bullets.length > 0),
  );
  const result: { sections: Section[]; contact: Contact; headline?: string } = { sections, contact };
  if (basics.label) result.headline = basics.label;
  return result;
}
