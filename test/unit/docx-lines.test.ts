import { describe, expect, it } from "vitest";
import { docxText } from "../../src/api/input/docx.ts";
import { docxHtmlToText } from "../../src/api/input/docx-lines.ts";
import { detectFileType } from "../../src/api/input/files.ts";
import { normalizeInput } from "../../src/api/input/text.ts";
import { parse } from "../../src/engine/local/engine.ts";
import { EMAIL, JOBS, NAME, paragraphsDocx, tabbedResumeDocx, tableResumeDocx, zipOf } from "../fixtures/docx.ts";

const NOW = new Date("2026-11-01T00:00:00Z");

describe("docxHtmlToText (mammoth's HTML as the parser's lines)", () => {
  it("puts each paragraph on its line and a heading on its own after a blank line", () => {
    expect(docxHtmlToText("<p>Jane Doe</p><p>Nurse</p><h1>Experience</h1><p>Staff Nurse</p><h2>Education</h2>")).toBe(
      "Jane Doe\nNurse\n\nExperience\nStaff Nurse\n\nEducation",
    );
  });

  it("keeps a tab-stopped date on its title's line, the tab as the parser's two-space gap", () => {
    expect(docxHtmlToText("<p><strong>Title, Company</strong>\tMar 2019 – Present</p>")).toBe(
      "Title, Company  Mar 2019 – Present",
    );
    // A run of tabs (and spaces around them) is one gap; a leading tab is indentation, not a gap.
    expect(docxHtmlToText("<p>\tA \t\t B</p>")).toBe("A  B");
  });

  it("turns list items, numbered ones too, into '- ' bullets, nested ones indented", () => {
    expect(
      docxHtmlToText(
        "<ul><li>Built things<ul><li>Nested</li></ul></li><li>Second</li></ul><ol><li>First step</li></ol>",
      ),
    ).toBe("- Built things\n  - Nested\n- Second\n- First step");
    // A list item made of paragraphs (as mammoth writes notes) keeps its bullet on its first line.
    expect(docxHtmlToText("<ol><li><p>Note text</p></li></ol>")).toBe("- Note text");
  });

  it("keeps a line break inside a paragraph as a line break", () => {
    expect(docxHtmlToText("<p>line one<br />line two</p><ul><li>bullet<br />continued</li></ul>")).toBe(
      "line one\nline two\n- bullet\ncontinued",
    );
  });

  it("lays a table out row by row: the cells' first lines joined with ' | ', then the rest of each cell", () => {
    const html =
      "<table><tr><td><p>2015 – 2019</p><p>Boston, MA</p></td><td><p><strong>Engineer</strong></p><p>Beta Inc</p>" +
      "<ul><li>Shipped</li></ul></td></tr><tr><td><p>2012 – 2015</p></td><td><p>Analyst</p></td></tr></table><p>After</p>";
    expect(docxHtmlToText(html)).toBe(
      "2015 – 2019 | Engineer\nBoston, MA\nBeta Inc\n- Shipped\n2012 – 2015 | Analyst\n\nAfter",
    );
    // A cell that starts with a bullet or a heading does not join the row's line; the heading goes above it.
    expect(
      docxHtmlToText(
        "<table><tr><td><h1>EXPERIENCE</h1></td><td><p>Nurse, Mercy</p><ul><li>Triage</li></ul></td></tr></table>",
      ),
    ).toBe("EXPERIENCE\nNurse, Mercy\n- Triage");
    expect(docxHtmlToText("<table><tr><td><p>Skills</p></td><td><ul><li>Go</li></ul></td><td></td></tr></table>")).toBe(
      "Skills\n- Go",
    );
  });

  it("keeps a link's text, adds its address when the text does not show it, and drops note markers", () => {
    expect(
      docxHtmlToText(
        '<p><a href="https://linkedin.com/in/jane">LinkedIn</a> | <a href="mailto:jane@example.com">jane@example.com</a> | <a href="https://www.example.com/">example.com</a></p>',
      ),
    ).toBe("LinkedIn (https://linkedin.com/in/jane) | jane@example.com | example.com");
    expect(docxHtmlToText('<p><a href="mailto:jo@example.com?subject=Hi">E-mail me</a></p>')).toBe(
      "E-mail me (jo@example.com)",
    );
    expect(
      docxHtmlToText(
        '<p>Award<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>Given in 2020 <a href="#footnote-ref-1">↑</a></p></li></ol>',
      ),
    ).toBe("Award\n- Given in 2020");
  });

  it("decodes what mammoth escapes and ignores images and inline tags", () => {
    expect(
      docxHtmlToText('<p>R&amp;D &lt;team&gt; &quot;x&quot; &#233;t&#xE9;<img src="" alt="logo" /> <em>C++</em></p>'),
    ).toBe('R&D <team> "x" été C++');
  });

  it("is linear: fifty thousand paragraphs (3 MB of HTML) in well under two seconds", () => {
    const html = "<p>Led the migration of payment services\tMar 2019 – Present</p>".repeat(50_000);
    const started = performance.now();
    const text = docxHtmlToText(html);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(text.split("\n")).toHaveLength(50_000);
  });
});

describe("docxText on generated Word files", () => {
  it("(a) headings, paragraphs, bullet and numbered lists, tab-stopped dates", async () => {
    const { text } = await docxText(await tabbedResumeDocx(), { maxChars: 60_000 });
    const lines = text.split("\n");
    for (const job of JOBS) {
      expect(lines).toContain(`${job.title}, ${job.company}  ${job.dates}`);
      for (const bullet of job.bullets) expect(lines).toContain(`- ${bullet}`);
    }
    expect(lines).toContain("Experience");
    expect(lines[lines.indexOf("Experience") - 1]).toBe("");

    const resume = parse(normalizeInput(text), { now: NOW });
    expect(resume.contact).toMatchObject({ name: NAME, email: EMAIL });
    const jobs = resume.sections.filter((s) => s.kind === "experience").flatMap((s) => s.entries);
    expect(jobs).toHaveLength(JOBS.length);
    JOBS.forEach((job, i) => {
      const entry = jobs[i];
      // Title and company are on one line with a comma: whether the parser splits them is the parser's business;
      // both must be read, and the dates, which the tab kept on that line.
      expect(`${entry?.title} ${entry?.organization ?? ""}`).toContain(job.title);
      expect(`${entry?.title} ${entry?.organization ?? ""}`).toContain(job.company);
      expect(entry?.bullets.map((b) => b.text)).toEqual(job.bullets);
    });
    expect(jobs[0]?.dates).toMatchObject({ start: { year: 2019, month: 3 }, end: "present" });
    expect(jobs[1]?.dates).toMatchObject({ start: { year: 2015, month: 6 }, end: { year: 2019, month: 2 } });
  });

  it("(b) a table with the dates in the left cell: each job's dates stay with its title", async () => {
    const { text } = await docxText(await tableResumeDocx(), { maxChars: 60_000 });
    for (const job of JOBS) expect(text.split("\n")).toContain(`${job.dates} | ${job.title}`);
    const resume = parse(normalizeInput(text), { now: NOW });
    const jobs = resume.sections.filter((s) => s.kind === "experience").flatMap((s) => s.entries);
    expect(jobs.map((e) => ({ title: e.title, organization: e.organization, location: e.location }))).toEqual(
      JOBS.map((job) => ({ title: job.title, organization: job.company, location: job.place })),
    );
    expect(jobs[0]?.dates).toMatchObject({ start: { year: 2019, month: 3 }, end: "present" });
    expect(jobs[1]?.bullets.map((b) => b.text)).toEqual(JOBS[1]?.bullets);
  });

  it("gives an empty text for a Word file without any, and refuses text past twice the limit", async () => {
    expect((await docxText(await paragraphsDocx([]), { maxChars: 100 })).text).toBe("");
    await expect(docxText(await paragraphsDocx(["x".repeat(150)]), { maxChars: 60 })).rejects.toMatchObject({
      reason: "too_long",
    });
  });

  it("refuses a ZIP that is not a Word file as unreadable, before or inside mammoth", async () => {
    const docx = await tabbedResumeDocx();
    await expect(docxText(docx.subarray(0, docx.length >> 1), { maxChars: 60_000 })).rejects.toMatchObject({
      name: "DocxReadError",
      reason: "unreadable",
    });
  });
});

describe("detectFileType with Word files", () => {
  it("takes a ZIP naming word/document.xml for a .docx whatever its name, and no other ZIP", async () => {
    const docx = await tabbedResumeDocx();
    expect(detectFileType("resume.docx", "", docx)).toEqual({ type: "docx" });
    expect(detectFileType("resume.txt", "text/plain", docx)).toEqual({ type: "docx" });
    // Truncated, it is still a .docx (to be refused as damaged, not as a type).
    expect(detectFileType("cv", "", docx.subarray(0, 2_000))).toEqual({ type: "docx" });
    const odt = await zipOf([{ name: "content.xml", data: new TextEncoder().encode("<office:document-content/>") }]);
    expect(detectFileType("resume.docx", "", odt)).toHaveProperty("unsupported");
    expect(detectFileType("cv.docx", "", new TextEncoder().encode("plain words"))).toEqual({ unsupported: ".docx" });
    expect(detectFileType("cv.doc", "application/msword", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toEqual({
      unsupported: expect.stringMatching(/Word 97–2003/),
    });
  });
});
