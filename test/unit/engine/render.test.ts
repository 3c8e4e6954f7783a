import { describe, expect, it } from "vitest";
import type { ParsedResume } from "../../../src/domain/resume.ts";
import { parse } from "../../../src/engine/local/engine.ts";
import { escapeMarkdown, toMarkdown } from "../../../src/engine/local/render/markdown.ts";
import { NOW } from "./helpers.ts";

const IMG = "<img src=x onerror=alert(1)>";
const LINK = "[x](https://e.example)";
const SCRIPT = "<script>alert(1)</script>";

/**
 * A JSON Resume whose own text holds markup: JSON values are taken as written (a text or Markdown resume has its
 * links stripped on the way in), so this is how such text reaches the renderer.
 */
const hostile = parse(
  {
    basics: {
      name: `Jane ${IMG} Doe`,
      label: `Engineer ${SCRIPT}`,
      email: "jane@example.com",
      summary: `Cut latency <50ms; see ${LINK} and ${SCRIPT}`,
    },
    work: [
      {
        name: `Acme [draft] ${IMG}`,
        position: "Senior Engineer",
        startDate: "2019-01",
        endDate: "2021-06",
        highlights: [
          `Shipped ${IMG} to 40% more users`,
          `Wrote ${LINK} and ![](https://t.example/p.gif) docs`,
          "Kept a<b and x>y, C++ and a path C:\\temp\\ with \\<escaped\\>",
          "<!-- note --> [ref]: https://e.example",
        ],
      },
    ],
    skills: [{ name: "Languages", keywords: ["Go", "<b>Python</b>", "[C#]"] }],
  },
  { now: NOW },
);

/** The resume's lines as text: headings, entry headers and bullets, section by section. */
const lines = (resume: ParsedResume) =>
  resume.sections.flatMap((s) => s.entries.flatMap((e) => [...e.header, ...e.bullets.map((b) => b.text)]));

/** Occurrences of `ch` in Markdown that are not backslash-escaped (an odd run of backslashes before it escapes it). */
const unescaped = (markdown: string, ch: string) =>
  [...markdown.matchAll(new RegExp(`(\\\\*)\\${ch}`, "g"))].filter((m) => (m[1] ?? "").length % 2 === 0).length;

describe("Markdown rendering escapes the resume's own text", () => {
  const markdown = toMarkdown(hostile);

  it("leaves no raw HTML, autolink, link, image or reference for a CommonMark renderer", () => {
    for (const ch of ["<", ">", "[", "]"]) expect(unescaped(markdown, ch), `${ch} in\n${markdown}`).toBe(0);
    expect(markdown).not.toMatch(/(?<!\\)<\/?[a-z!]/i);
    expect(markdown).not.toMatch(/(?<!\\)\]\(/);
    // Shown as written, and still readable: only the four characters (and backslashes before punctuation) change.
    expect(markdown).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(markdown).toContain("Cut latency \\<50ms; see \\[x\\](https://e.example)");
    // A backslash before a letter or a space escapes nothing and stays; one before "<" is escaped with it.
    expect(markdown).toContain("C++ and a path C:\\temp\\ with \\\\\\<escaped\\\\\\>");
    expect(markdown).toContain("40% more users");
  });

  it("reads back to the same text", () => {
    const again = parse(markdown, { now: NOW });
    expect(lines(again)).toEqual(expect.arrayContaining(lines(hostile).filter((l) => !l.includes("|"))));
    const bullets = (r: ParsedResume) =>
      r.sections
        .filter((s) => s.kind !== "header")
        .flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)));
    expect(bullets(again)).toEqual(bullets(hostile));
    // The name and headline come back as the header's lines (a name holding a tag is not taken for a name).
    const header =
      again.sections.find((s) => s.kind === "header")?.entries.flatMap((e) => e.bullets.map((b) => b.text)) ?? [];
    expect(header).toEqual(expect.arrayContaining([hostile.contact.name, hostile.headline]));
    const work = (r: ParsedResume) => r.sections.find((s) => s.kind === "experience")?.entries[0];
    expect(work(again)).toMatchObject({ title: "Senior Engineer", organization: `Acme [draft] ${IMG}` });
  });

  it("escapes only what makes markup, and backslashes that would escape or break a line", () => {
    expect(escapeMarkdown("latency <50ms, a<b, [draft]")).toBe("latency \\<50ms, a\\<b, \\[draft\\]");
    expect(escapeMarkdown("C++ - 3.5 + #1 *bold* _x_ 40%")).toBe("C++ - 3.5 + #1 *bold* _x_ 40%");
    expect(escapeMarkdown("a\\b \\* end\\")).toBe("a\\b \\\\* end\\\\");
  });
});
