import { describe, expect, it } from "vitest";
import { classify } from "../../../bench/parse/failures.ts";
import { type Miss, printedIn, sameDate, scoreDocument, sourceYears } from "../../../bench/parse/score.ts";
import { flatten } from "../../../bench/parse/text-variants.ts";
import type { JsonResume } from "../../../src/domain/json-resume.ts";
import type { Entry, ParsedResume } from "../../../src/domain/resume.ts";

const NOW = new Date("2026-12-01T00:00:00Z");
const SOURCE: JsonResume = {
  basics: { name: "Jane Q. Doe, CPA", email: "jane@example.com", phone: "(555) 123-4567" },
  work: [
    {
      name: "Acme Corp",
      position: "Senior Accountant",
      startDate: "2019-03",
      highlights: ["Cut the monthly close from 10 to 6 days", "Saved $120,000 a year on audit fees"],
    },
    { name: "Beta LLC", position: "Staff Accountant", startDate: "2015", endDate: "2019" },
  ],
  education: [{ institution: "State University", area: "Accounting", studyType: "Bachelor of Science" }],
  skills: [{ name: "Tools", keywords: ["Excel", "QuickBooks"] }],
};
const PRINTED = printedIn(
  "Jane Q. Doe, CPA jane@example.com (555) 123-4567 Senior Accountant Acme Corp Mar 2019 – Present " +
    "Cut the monthly close from 10 to 6 days Saved $120,000 a year on audit fees " +
    "Staff Accountant Beta LLC 2015 – 2019 State University Bachelor of Science in Accounting Excel QuickBooks",
);

const entry = (index: number, fields: Partial<Entry>): Entry => ({ index, header: [], bullets: [], ...fields });
const bullets = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

function parsed(experience: Entry[], overrides: Partial<ParsedResume> = {}): ParsedResume {
  return {
    format: "text",
    contact: { name: "Jane Q. Doe", email: "jane@example.com", phone: "555 123 4567", links: [] },
    sections: [
      { id: "experience", kind: "experience", heading: "Experience", entries: experience },
      {
        id: "education",
        kind: "education",
        heading: "Education",
        entries: [entry(0, { title: "Bachelor of Science in Accounting", organization: "State University" })],
      },
      { id: "skills", kind: "skills", heading: "Skills", entries: [entry(0, { header: ["Excel, QuickBooks"] })] },
    ],
    yearsOfExperience: 11.7,
    skills: [],
    ...overrides,
  };
}

const ACME = entry(0, {
  title: "Senior Accountant",
  organization: "Acme Corp",
  dates: { start: { year: 2019, month: 3 }, end: "present", text: "Mar 2019 – Present" },
  bullets: bullets("Cut the monthly close from 10 to 6 days", "Saved $120,000 a year on audit fees"),
});
const BETA = entry(1, {
  title: "Staff Accountant",
  organization: "Beta LLC",
  dates: { start: { year: 2015, month: 1 }, end: { year: 2019, month: 1 }, text: "2015 – 2019" },
});
const RIGHT = [ACME, BETA];

function missOf(misses: readonly Miss[], field: Miss["field"]): Miss {
  const miss = misses.find((m) => m.field === field);
  if (!miss) throw new Error(`no ${field} miss`);
  return miss;
}

describe("round-trip parse scoring", () => {
  it("gives full marks to a faithful parse", () => {
    const { scores, misses } = scoreDocument(SOURCE, parsed(RIGHT), PRINTED, NOW);
    expect(misses).toEqual([]);
    for (const f of ["name", "email", "phone", "jobsFound", "employer", "title", "start", "end"] as const) {
      expect(scores[f].hit).toBe(scores[f].total);
    }
    expect(scores.jobsFound.total).toBe(2);
    expect(scores.spurious).toEqual({ hit: 0, total: 2 });
    expect(scores.bulletsWhole).toEqual({ hit: 2, total: 2 });
    expect(scores.skills).toEqual({ hit: 2, total: 2 });
    expect(scores.years).toEqual({ hit: 1, total: 1 });
  });

  it("scores a misattributed employer 0, while the job is still found by its title", () => {
    const wrong = [{ ...ACME, organization: "Springfield, IL" }, BETA];
    const { scores, misses } = scoreDocument(SOURCE, parsed(wrong), PRINTED, NOW);
    expect(scores.jobsFound).toEqual({ hit: 2, total: 2 });
    expect(scores.employer).toEqual({ hit: 1, total: 2 });
    expect(misses).toContainEqual(
      expect.objectContaining({ field: "employer", expected: "Acme Corp", got: "Springfield, IL" }),
    );
  });

  it("counts a date glued into the title as a wrong title, and classifies it", () => {
    const glued = [{ ...ACME, title: "Senior Accountant  Mar 2019 – Present" }, BETA];
    const { scores, misses } = scoreDocument(SOURCE, parsed(glued), PRINTED, NOW);
    expect(scores.title).toEqual({ hit: 1, total: 2 });
    expect(classify(missOf(misses, "title"))).toBe("date glued into title");
  });

  it("does not find a job nothing overlaps, and counts the stray entry as spurious", () => {
    const stray = [ACME, entry(1, { title: "Cut the monthly close from 10 to" })];
    const { scores } = scoreDocument(SOURCE, parsed(stray), PRINTED, NOW);
    expect(scores.jobsFound).toEqual({ hit: 1, total: 2 });
    expect(scores.spurious).toEqual({ hit: 1, total: 2 });
  });

  it("matches one-to-one: two entries for the same job leave one spurious", () => {
    const twice = [ACME, { ...ACME, index: 1 }];
    const { scores } = scoreDocument(SOURCE, parsed(twice), PRINTED, NOW);
    expect(scores.jobsFound).toEqual({ hit: 1, total: 2 });
    expect(scores.spurious).toEqual({ hit: 1, total: 2 });
  });

  it("fails a bullet split in two at its wrap, and a current job read as ended", () => {
    const split = [
      {
        ...ACME,
        dates: { start: { year: 2019, month: 3 }, end: { year: 2019, month: 3 }, text: "Mar 2019" },
        bullets: bullets("Cut the monthly close", "from 10 to 6 days", "Saved $120,000 a year on audit fees"),
      },
      BETA,
    ];
    const { scores, misses } = scoreDocument(SOURCE, parsed(split), PRINTED, NOW);
    expect(scores.bulletsWhole).toEqual({ hit: 1, total: 2 });
    expect(scores.end).toEqual({ hit: 1, total: 2 });
    expect(classify(missOf(misses, "bulletsWhole"))).toBe("bullet cut or split (a wrapped line not joined)");
  });

  it("compares year-only sources by year and month sources by month", () => {
    expect(sameDate({ year: 2015 }, { year: 2015, month: 9 })).toBe(true);
    expect(sameDate({ year: 2019, month: 3 }, { year: 2019, month: 4 })).toBe(false);
    expect(sameDate({ year: 2019, month: 3 }, "present")).toBe(false);
  });

  it("takes the union of dated jobs to now for years of experience", () => {
    const years = sourceYears(
      [
        { startDate: "2020-01", endDate: "2022-01" },
        { startDate: "2021-01", endDate: "2023-01" },
        { startDate: "2025-01" },
      ],
      NOW,
    );
    expect(years).toBeCloseTo(3 + 23 / 12, 5);
    const { scores } = scoreDocument(SOURCE, parsed(RIGHT, { yearsOfExperience: 0 }), PRINTED, NOW);
    expect(scores.years).toEqual({ hit: 0, total: 1 });
  });

  it("accepts the name without its credentials but not another line, and skips what is not printed", () => {
    const town = scoreDocument(
      SOURCE,
      parsed(RIGHT, { contact: { name: "Springfield", email: "jane@example.com", links: [] } }),
      PRINTED,
      NOW,
    );
    expect(town.scores.name).toEqual({ hit: 0, total: 1 });
    const noPhone = printedIn(PRINTED.text.replace("(555) 123-4567", ""));
    expect(scoreDocument(SOURCE, parsed(RIGHT), noPhone, NOW).scores.phone.total).toBe(0);
  });

  it("misses skills that are in neither the parsed skills nor the skills section", () => {
    const bare = parsed(RIGHT);
    bare.sections = bare.sections.filter((s) => s.kind !== "skills");
    expect(scoreDocument(SOURCE, bare, PRINTED, NOW).scores.skills).toEqual({ hit: 0, total: 2 });
  });

  it("sees a field as printed through a hyphen pdftotext dropped at a wrap", () => {
    expect(printedIn("a twelvebed unit").has("twelve-bed unit")).toBe(true);
    expect(printedIn("a twelve-\nbed unit").has("twelve-bed unit")).toBe(true);
    expect(printedIn("Acme Corporation").has("Acme Corp")).toBe(false);
  });

  it("flattens line breaks into runs of 2 to 4 spaces", () => {
    expect(flatten("a\nb\n\nc\nd\ne")).toBe("a  b   c    d  e");
  });
});
