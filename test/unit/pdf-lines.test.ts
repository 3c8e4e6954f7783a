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
    // Each line's text and one for its end: 11 + 28 + 15 + 7 (the blank line between blocks is not text).
    expect(builder.chars).toBe(61);
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
