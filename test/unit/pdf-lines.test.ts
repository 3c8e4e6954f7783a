import { describe, expect, it } from "vitest";
import { LineBuilder, type PdfTextItem, pageLines } from "../../src/api/input/pdf-lines.ts";

const item = (str: string, x: number, y: number, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  size: 10,
  hasEOL: false,
  ...extra,
});

describe("LineBuilder", () => {
  it("joins 44,000 items of 50 characters on one baseline in linear time (the old join took 148 s)", () => {
    const items = Array.from({ length: 44_000 }, (_, i) => item("x".repeat(50), i, 400, { width: 0.5, size: 1 }));
    // The test's own timeout is the bound (speed figures are in `npm run bench:pdf`).
    const lines = pageLines(items);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(44_000 * 50 + 43_999);
  });

  it("gives what pageLines gives when fed in chunks, and counts the characters it took in", () => {
    const items = [
      item("EXPERIENCE", 72, 700, { size: 12 }),
      item("Engineer, Acme", 72, 682),
      item("2020 – 2024", 460, 682),
      item("•", 72, 668, { width: 3.5 }),
      item(" ", 75.5, 668, { width: 8.5 }),
      item("Built things", 84, 668),
      item("SKILLS", 72, 620, { size: 12 }),
    ];
    const builder = new LineBuilder();
    for (const chunk of [items.slice(0, 2), items.slice(2, 5), items.slice(5)]) for (const i of chunk) builder.add(i);
    expect(builder.lines()).toEqual(pageLines(items));
    expect(builder.lines()).toEqual(["EXPERIENCE", "Engineer, Acme  2020 – 2024", "• Built things", "", "SKILLS"]);
    // Each item's text and one for the gap after it (whitespace-only items are not text): 11 + 15 + 12 + 2 + 13 + 7.
    expect(builder.chars).toBe(60);
  });

  it("adds no separator after text that ends in whitespace or before text that starts with it (any Unicode space)", () => {
    expect(
      pageLines([
        item("Name\u00a0", 72, 600),
        item("Surname", 110, 600),
        item("\u2003Title", 200, 600),
        item("end ", 232, 600),
      ]),
    ).toEqual(["Name\u00a0Surname\u2003Title end"]);
    // A gap wide enough for a word space, between items with no whitespace of their own.
    expect(pageLines([item("left", 72, 600), item("right", 98, 600)])).toEqual(["left right"]);
    // Kerning inside a word: no space.
    expect(pageLines([item("K", 84, 654, { width: 6 }), item("ubernetes", 90.2, 654)])).toEqual(["Kubernetes"]);
  });

  it("keeps a line open across a whitespace item that is not on it, as before", () => {
    expect(pageLines([item("one", 72, 600), item(" ", 72, 500), item("two", 90, 600)])).toEqual(["one two"]);
  });
});

describe("pageLines reads by layout", () => {
  it("keeps a right-aligned date drawn after the bullets on its title's row", () => {
    expect(
      pageLines([
        item("Led a team of twelve nurses on a busy unit every night", 72, 686),
        item("Mar 2019 - Current", 460, 700.5, { width: 80 }),
        item("Charge Nurse at St. Agnes", 72, 700),
      ]),
    ).toEqual([
      "Charge Nurse at St. Agnes  Mar 2019 - Current",
      "Led a team of twelve nurses on a busy unit every night",
    ]);
  });

  it("reads a sidebar and a main column one after the other, not across", () => {
    const sidebar = ["SKILLS", "Epic", "IV therapy", "Triage", "Wound care"].map((s, i) => item(s, 40, 700 - i * 14));
    const main = [
      "EXPERIENCE",
      "Charge Nurse, St. Agnes",
      "Reduced falls by 30%",
      "Staff Nurse, Hill Clinic",
      "Trained six nurses",
    ];
    // Drawn row by row across both columns, as a table-based theme draws them.
    const lines = pageLines(sidebar.flatMap((left, i) => [left, item(main[i] as string, 220, 700 - i * 14)]));
    expect(lines).toEqual(["SKILLS", "Epic", "IV therapy", "Triage", "Wound care", "", ...main]);
  });

  it("joins a wrapped line to the line it continues, and closes up letter-spaced headings", () => {
    const wide = { width: 400 };
    expect(
      pageLines([
        item("W O R K  E X P E R I E N C E", 72, 712, { width: 120 }),
        item("Improved patient satisfaction scores by fifteen percent through hourly", 72, 700, wide),
        item("rounding.", 72, 688, { width: 45 }),
        item("Reduced falls.", 72, 676, { width: 70 }),
      ]),
    ).toEqual([
      "WORK EXPERIENCE",
      "Improved patient satisfaction scores by fifteen percent through hourly rounding.",
      "Reduced falls.",
    ]);
  });

  it("drops icon-font glyphs (private-use code points and control codes)", () => {
    expect(pageLines([item("\uf0e0", 72, 700, { width: 8 }), item("jane@example.com", 84, 700)])).toEqual([
      "jane@example.com",
    ]);
    expect(pageLines([item("\u0000", 72, 700, { width: 4 }), item("Led the unit", 80, 700)])).toEqual(["Led the unit"]);
  });
});
