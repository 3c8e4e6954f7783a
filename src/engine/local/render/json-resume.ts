import type { JsonResume } from "../../../domain/json-resume.ts";
import type { DateRange, Entry, ParsedResume, Section, YearMonth } from "../../../domain/resume.ts";
import { skillItems } from "../parse/skills-found.ts";

const iso = (d: YearMonth | "present" | undefined): string | undefined =>
  d === undefined || d === "present"
    ? undefined
    : d.month
      ? `${d.year}-${String(d.month).padStart(2, "0")}`
      : String(d.year);

function dates(range: DateRange | undefined): { startDate?: string; endDate?: string } {
  const out: { startDate?: string; endDate?: string } = {};
  const start = iso(range?.start);
  const end = iso(range?.end);
  if (start) out.startDate = start;
  if (end) out.endDate = end;
  return out;
}

const texts = (entry: Entry) => entry.bullets.map((b) => b.text);
const of = (resume: ParsedResume, kind: Section["kind"]) =>
  resume.sections.filter((s) => s.kind === kind).flatMap((s) => s.entries);
function clean<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined || value[key] === "") delete value[key];
  return value;
}

/** The resume as JSON Resume (schema v1). */
export function toJsonResume(resume: ParsedResume): JsonResume {
  const c = resume.contact;
  const summary = of(resume, "summary").flatMap(texts).join(" ");
  const out: JsonResume = {
    $schema: "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    basics: clean({
      name: c.name,
      label: resume.headline,
      email: c.email,
      phone: c.phone,
      url: c.links[0],
      summary: summary || undefined,
      location: c.location ? { address: c.location } : undefined,
      profiles: c.links.length > 1 ? c.links.slice(1).map((url) => ({ url })) : undefined,
    }),
  };
  const work = of(resume, "experience").map((e) =>
    clean({ name: e.organization, position: e.title, location: e.location, ...dates(e.dates), highlights: texts(e) }),
  );
  if (work.length) out.work = work;
  const volunteer = of(resume, "volunteer").map((e) =>
    clean({ organization: e.organization, position: e.title, ...dates(e.dates), highlights: texts(e) }),
  );
  if (volunteer.length) out.volunteer = volunteer;
  const education = of(resume, "education").map((e) =>
    clean({
      institution: e.organization,
      studyType: e.title,
      ...dates(e.dates),
      courses: e.bullets.length ? texts(e) : undefined,
    }),
  );
  if (education.length) out.education = education;
  const skills = of(resume, "skills")
    .flatMap(texts)
    .map((line) => {
      const label = /^([^:]{2,40}):\s*(.+)$/.exec(line);
      const items = skillItems(line).map((i) => i.text);
      return clean({
        name: label ? label[1] : items.length > 1 ? undefined : line,
        keywords: items.length > 1 || label ? items : undefined,
      });
    });
  if (skills.length) out.skills = skills;
  const projects = of(resume, "projects").map((e) =>
    clean({ name: e.title ?? e.header[0], entity: e.organization, ...dates(e.dates), highlights: texts(e) }),
  );
  if (projects.length) out.projects = projects;
  const certificates = of(resume, "certifications").flatMap((e) =>
    e.title || e.header.length
      ? [clean({ name: e.title ?? e.header.join(" "), issuer: e.organization, date: iso(e.dates?.end) })]
      : texts(e).map((name) => ({ name })),
  );
  if (certificates.length) out.certificates = certificates;
  const awards = of(resume, "awards").map((e) =>
    clean({
      title: e.title ?? e.header.join(" ") ?? texts(e)[0],
      awarder: e.organization,
      date: iso(e.dates?.end),
      summary: texts(e).join(" ") || undefined,
    }),
  );
  if (awards.length) out.awards = awards;
  const publications = of(resume, "publications").map((e) =>
    clean({
      name: e.title ?? e.header.join(" "),
      publisher: e.organization,
      releaseDate: iso(e.dates?.end),
      summary: texts(e).join(" ") || undefined,
    }),
  );
  if (publications.length) out.publications = publications;
  const languages = of(resume, "languages")
    .flatMap(texts)
    .map((line) => {
      const [language, fluency] = line.split(/\s*[—–:-]\s*|\s*\(\s*/);
      return clean({ language: language?.trim(), fluency: fluency?.replace(/\)$/, "").trim() });
    });
  if (languages.length) out.languages = languages;
  const interests = of(resume, "interests")
    .flatMap(texts)
    .map((name) => ({ name }));
  if (interests.length) out.interests = interests;
  const references = of(resume, "references")
    .flatMap(texts)
    .map((reference) => ({ reference }));
  if (references.length) out.references = references;
  return out;
}
