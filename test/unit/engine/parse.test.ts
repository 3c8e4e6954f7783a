import { describe, expect, it } from "vitest";
import { parse } from "../../../src/engine/local/engine.ts";
import { findDateRange, yearsCovered } from "../../../src/engine/local/parse/dates.ts";
import { headingKind } from "../../../src/engine/local/parse/headings.ts";
import { ResumeInputError } from "../../../src/engine/local/parse/index.ts";
import { normalizeText } from "../../../src/engine/text/normalize.ts";
import { NOW, parsed } from "./helpers.ts";

const kinds = (text: string) => parse(text, { now: NOW }).sections.map((s) => s.kind);

describe("section headings", () => {
  it.each([
    ["WORK EXPERIENCE", "experience"],
    ["## Work History", "experience"],
    ["Professional Experience:", "experience"],
    ["Employment", "experience"],
    ["Teaching Experience", "experience"],
    ["Volunteer Experience", "volunteer"],
    ["Technical Skills", "skills"],
    ["Core Competencies", "skills"],
    ["Skills & Abilities", "skills"],
    ["PROFILE", "summary"],
    ["Career Objective", "summary"],
    ["Education and Training", "education"],
    ["Licenses & Certifications", "certifications"],
    ["Honors and Awards", "awards"],
    ["Publications", "publications"],
    ["Languages", "languages"],
    ["Hobbies", "interests"],
    ["E xp er ie nc e", "experience"],
  ])("%s → %s", (heading, kind) => {
    expect(headingKind(heading.replace(/^##\s*/, "").replace(/:$/, ""))).toBe(kind);
  });

  it("recognizes ALL-CAPS, Markdown, trailing-colon and underlined headings in a document", () => {
    expect(
      kinds(
        "Jane Roe\n\nSUMMARY\nNurse.\n\n## Experience\nNurse, Mercy Hospital, 2019 - Present\n\nSkills:\nTriage\n\nEducation\n=========\nBSN, State University, 2018",
      ),
    ).toEqual(["header", "summary", "experience", "skills", "education"]);
  });

  it("keeps text under headings it does not know instead of dropping it", () => {
    const resume = parsed("resume-teacher.txt");
    const all = JSON.stringify(resume.sections);
    expect(all).toContain("A short note the parser does not know about, kept anyway.");
  });
});

describe("entries", () => {
  it("reads title, organization, location and dates from each layout", () => {
    const nurse = parsed("resume-nurse.txt").sections.find((s) => s.kind === "experience");
    expect(nurse?.entries[0]).toMatchObject({
      title: "Staff Nurse, Intensive Care Unit",
      organization: "Banner Desert Medical Center",
      location: "Mesa, AZ",
      dates: { start: { year: 2020, month: 1 }, end: "present" },
    });
    expect(nurse?.entries[0]?.bullets).toHaveLength(4);
    const teacher = parsed("resume-teacher.txt").sections.find((s) => s.kind === "experience");
    expect(teacher?.entries.map((e) => [e.title, e.organization, e.location])).toEqual([
      ["Third Grade Teacher", "Maple Grove Elementary", "Columbus, OH"],
      ["Second Grade Teacher", "Riverside Academy", "Columbus, OH"],
    ]);
    const md = parsed("resume-backend.md").sections.find((s) => s.kind === "experience");
    expect(md?.entries.map((e) => [e.title, e.organization, e.location, e.dates?.text])).toEqual([
      ["Senior Software Engineer", "Brightpay Inc.", "San Francisco, CA", "Mar 2021 – Present"],
      ["Software Engineer", "Northwind Logistics", "Oakland, CA", "Jun 2017 – Feb 2021"],
    ]);
  });

  it("gives each credential its own entry", () => {
    const certs = parsed("resume-nurse.txt").sections.find((s) => s.kind === "certifications");
    expect(certs?.entries.map((e) => [e.title, e.organization])).toEqual([
      ["Registered Nurse", "Arizona State Board of Nursing"],
      ["Basic Life Support (BLS)", "American Heart Association"],
      ["Advanced Cardiovascular Life Support (ACLS)", undefined],
    ]);
  });

  it("extracts contact details", () => {
    expect(parsed("resume-nurse.txt").contact).toEqual({
      name: "MARIA SANTOS",
      email: "maria.santos@example.org",
      phone: "(602) 555-0187",
      location: "Phoenix, AZ",
      links: [],
    });
    expect(parsed("resume-backend.md").contact).toMatchObject({ name: "Jordan Rivera", links: ["github.com/jrivera"] });
  });
});

describe("dates", () => {
  it.each([
    ["January 2016 to Present", { start: { year: 2016, month: 1 }, end: "present" }],
    ["Jan 2019 - Dec 2020", { start: { year: 2019, month: 1 }, end: { year: 2020, month: 12 } }],
    ["05/2018 – 07/2020", { start: { year: 2018, month: 5 }, end: { year: 2020, month: 7 } }],
    ["2019-03 to 2021-11", { start: { year: 2019, month: 3 }, end: { year: 2021, month: 11 } }],
    ["Sept. 2014 — current", { start: { year: 2014, month: 9 }, end: "present" }],
    ["(September 2017 onwards)", { start: { year: 2017, month: 9 }, end: "present" }],
    ["since 2019", { start: { year: 2019 }, end: "present" }],
    ["2015 – 2018", { start: { year: 2015 }, end: { year: 2018 } }],
    ["May 2016", { end: { year: 2016, month: 5 } }],
  ])("%s", (text, expected) => {
    expect(findDateRange(text)?.range).toMatchObject(expected);
  });

  it("does not read version numbers or phone numbers as dates", () => {
    expect(findDateRange("release 2.0.1 of the API")).toBeUndefined();
    expect(findDateRange("call 555-0142")).toBeUndefined();
  });

  it("counts overlapping roles once", () => {
    const ranges = [
      { start: { year: 2019, month: 1 }, end: { year: 2019, month: 12 }, text: "" },
      { start: { year: 2019, month: 6 }, end: { year: 2020, month: 5 }, text: "" },
      { start: { year: 2024, month: 1 }, end: "present" as const, text: "" },
    ];
    // 17 months + Jan 2024..Nov 2026 (35 months) = 52 months.
    expect(yearsCovered(ranges, NOW)).toBe(4.3);
  });
});

describe("JSON Resume", () => {
  it("parses into the same sections and entries as text", () => {
    const resume = parsed("resume.json");
    expect(resume.format).toBe("json_resume");
    expect(resume.contact).toMatchObject({ name: "Sam Lee", email: "sam.lee@example.com", location: "London, GB" });
    expect(resume.headline).toBe("Data Analyst");
    expect(resume.sections.map((s) => s.kind)).toEqual([
      "header",
      "summary",
      "experience",
      "education",
      "skills",
      "languages",
    ]);
    const work = resume.sections.find((s) => s.kind === "experience");
    expect(work?.entries[0]).toMatchObject({
      title: "Data Analyst",
      organization: "Acme Retail",
      dates: { start: { year: 2021, month: 4 }, end: "present" },
    });
    expect(resume.skills.map((s) => s.canonical)).toEqual(
      expect.arrayContaining(["Tableau", "Python", "SQL", "Microsoft Excel"]),
    );
  });

  it("rejects an invalid document with errors that name the field", () => {
    const bad = { basics: { name: "X" }, work: [{ name: "Acme", startDate: "March 2020" }] };
    try {
      parse(bad, { now: NOW });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ResumeInputError);
      expect((error as ResumeInputError).issues.join("\n")).toContain("work.0.startDate");
    }
  });

  it("rejects text that looks like JSON but is not", () => {
    expect(() => parse('{"basics": ', { now: NOW })).toThrow(ResumeInputError);
  });
});

describe("messy text", () => {
  it("recovers lines and bullets from a resume flattened onto one line with byte escapes", () => {
    const flat = `"Pat Doe  pat@example.com  (555) 123-4567    SUMMARY  Warehouse lead with forklift certification and inventory control experience across two sites and three shifts.    EXPERIENCE  Warehouse Lead  Acme Logistics, Dayton, OH  2018  Present  \\xe2\\x80\\xa2 Supervised 12 associates on second shift  \\xe2\\x80\\xa2 Cut picking errors by 30%    EDUCATION  High School Diploma  Dayton High School  2012    SKILLS  Forklift Operation, Inventory Control, RF Scanners"`;
    const text = normalizeText(flat);
    expect(text).toContain("• Supervised 12 associates");
    const resume = parse(flat, { now: NOW });
    expect(resume.sections.map((s) => s.kind)).toEqual(["header", "summary", "experience", "education", "skills"]);
    expect(resume.sections[2]?.entries[0]?.dates).toMatchObject({ start: { year: 2018 }, end: "present" });
    expect(resume.yearsOfExperience).toBeGreaterThan(8);
  });

  it("never crashes and never returns nothing for odd input", () => {
    for (const input of ["x", "•\n•\n•", "SKILLS", "2019 - 2020", "# \n\n---\n", "Ⅻ ✓ ☃ 🎉", "a".repeat(50_000)]) {
      expect(() => parse(input, { now: NOW })).not.toThrow();
    }
    expect(() => parse("   \n\t ", { now: NOW })).toThrow(ResumeInputError);
  });
});

describe("Markdown backslash escapes", () => {
  const bulletsOf = (text: string) =>
    parse(text, { now: NOW }).sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)));

  it("reads escaped punctuation as the character: bullets, entry headings, section headings, text", () => {
    const resume = parse(
      "# Jo Park\n\n## Experience\n\n### Engineer — Acme \\[contract\\]\n_2019 – 2021_\n\n" +
        "- Cut latency \\<50ms for a\\<b and \\[draft\\] docs, C++ and \\\\\\<tag\\\\\\>\n" +
        "- Not a link: \\[x\\](https://e.example), not bold: \\*\\*y\\*\\*\n\n## Skills\n\n- Go, \\<b\\>SQL\\</b\\>\n\n" +
        "## Side notes \\[public\\]\n\nSee \\<https://e.example\\>\n",
      { now: NOW },
    );
    const experience = resume.sections.find((s) => s.kind === "experience");
    expect(experience?.entries[0]?.organization).toBe("Acme [contract]");
    expect(experience?.entries[0]?.bullets.map((b) => b.text)).toEqual([
      "Cut latency <50ms for a<b and [draft] docs, C++ and \\<tag\\>",
      "Not a link: [x](https://e.example), not bold: **y**",
    ]);
    expect(resume.sections.find((s) => s.kind === "skills")?.entries[0]?.bullets.map((b) => b.text)).toEqual([
      "Go, <b>SQL</b>",
    ]);
    const other = resume.sections.find((s) => s.kind === "other");
    expect(other?.heading).toBe("Side notes [public]");
    expect(other?.entries[0]?.bullets.map((b) => b.text)).toEqual(["See <https://e.example>"]);
  });

  it("leaves backslashes alone in plain text, where they are only backslashes", () => {
    expect(
      bulletsOf("Jo Park\n\nEXPERIENCE\nEngineer, Acme, 2019 - 2021\n• Kept C:\\temp\\* and a\\[b\\] tidy"),
    ).toContain("Kept C:\\temp\\* and a\\[b\\] tidy");
  });
});
