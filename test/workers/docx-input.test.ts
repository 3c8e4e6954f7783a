import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../../src/domain/problem.ts";
import type { MatchResult } from "../../src/domain/result.ts";
import {
  JOBS,
  PACKAGE_PARTS,
  paragraphsDocx,
  tabbedResumeDocx,
  tableResumeDocx,
  zipBomb,
  zipOf,
} from "../fixtures/docx.ts";
import { BASE, JOB } from "./run-helpers.ts";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const docxFile = (bytes: Uint8Array, name = "resume.docx", type = DOCX_TYPE) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

function match(resume: File | string, jobDescription: File | string): Promise<Response> {
  const form = new FormData();
  form.set("resume", resume);
  form.set("jobDescription", jobDescription);
  return exports.default.fetch(`${BASE}/v1/match`, { method: "POST", body: form });
}

async function problemOf(response: Response, status: number, code: string) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as Problem & { bound?: string; limit?: number };
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  return body;
}

/** Each experience entry's header as the evidence quotes it (refs to an entry, not to one of its bullets). */
function experienceHeaders(result: MatchResult): Map<number, string> {
  const refs = [
    ...result.evidence.flatMap((e) => e.refs),
    ...result.sections.flatMap((s) => s.matched.flatMap((m) => m.refs)),
  ];
  return new Map(refs.filter((r) => r.section === "experience" && r.bullet === null).map((r) => [r.entry, r.text]));
}

const yearsRead = (result: MatchResult) => Number(/^([\d.]+) of/.exec(result.score.breakdown.years.detail)?.[1]);

// The first .docx loads mammoth, which the test runner transforms on first use.
beforeAll(async () => {
  expect((await match(docxFile(await tableResumeDocx()), JOB)).status).toBe(200);
}, 60_000);

describe("Word (.docx) resumes through POST /v1/match", () => {
  it.each([
    { layout: "tabbed", make: tabbedResumeDocx },
    { layout: "table", make: tableResumeDocx },
  ])("reads a $layout resume: every job with its title, employer, dates and bullets", async ({ make }) => {
    const response = await match(docxFile(await make()), JOB);
    expect(response.status).toBe(200);
    const result = (await response.json()) as MatchResult;
    const headers = experienceHeaders(result);
    JOBS.forEach((job, i) => {
      expect(headers.get(i)).toContain(job.title);
      expect(headers.get(i)).toContain(job.company);
    });
    const bullets = result.evidence
      .flatMap((e) => e.refs)
      .filter((r) => r.bullet !== null)
      .map((r) => r.text);
    expect(bullets).toContain(JOBS[0]?.bullets[1]); // Kafka and Go
    expect(
      result.evidence.find((e) => e.requirementId === result.requirements.find((r) => r.text === "Kubernetes")?.id),
    ).toMatchObject({ status: "met" });
    // Both jobs' dates were read: Jun 2015 to the present is more than eleven years.
    expect(yearsRead(result)).toBeGreaterThanOrEqual(11);
  });

  it("reads a job description .docx, found by its bytes whatever its name", async () => {
    const job = await paragraphsDocx(JOB.split("\n").filter((l) => l.trim() !== ""));
    const response = await match(
      docxFile(await tableResumeDocx()),
      docxFile(job, "posting.bin", "application/octet-stream"),
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as MatchResult;
    expect(result.requirements.map((r) => r.canonical)).toEqual(expect.arrayContaining(["Kubernetes", "Apache Kafka"]));
  });

  it("answers a .doc 415 unsupported_resume_type, saying to save it as .docx or PDF", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    const body = await problemOf(
      await match(docxFile(ole, "cv.doc", "application/msword"), JOB),
      415,
      "unsupported_resume_type",
    );
    expect(body.detail).toMatch(/cv\.doc/);
    expect(body.detail).toMatch(/save it as \.docx or PDF/);
    const job = await problemOf(
      await match(docxFile(await tableResumeDocx()), docxFile(ole, "job.doc")),
      415,
      "unsupported_job_type",
    );
    expect(job.detail).toMatch(/save it as \.docx or PDF/);
  });

  it("answers a renamed .odt (a ZIP without word/document.xml) 415", async () => {
    const odt = await zipOf([
      { name: "mimetype", data: new TextEncoder().encode("application/vnd.oasis.opendocument.text"), stored: true },
      { name: "content.xml", data: new TextEncoder().encode("<office:document-content/>") },
    ]);
    const body = await problemOf(await match(docxFile(odt), JOB), 415, "unsupported_resume_type");
    expect(body.detail).toMatch(/resume\.docx .*not a Word file/);
    expect((body as { accepted?: string[] }).accepted).toContain(".docx");
  });

  it("answers a corrupt .docx 422 resume_unreadable (damaged ZIP, or a part mammoth cannot read)", async () => {
    const docx = await tabbedResumeDocx();
    const truncated = await problemOf(
      await match(docxFile(docx.subarray(0, docx.length >> 1)), JOB),
      422,
      "resume_unreadable",
    );
    expect(truncated.detail).toMatch(/resume\.docx could not be read/);
    expect(truncated.errors?.map((e) => e.path)).toEqual(["resume"]);
    // Valid ZIP, valid deflate, but the main document is not XML.
    const notXml = await zipOf([
      ...PACKAGE_PARTS,
      { name: "word/document.xml", data: new TextEncoder().encode("<w:document") },
    ]);
    await problemOf(await match(docxFile(notXml), JOB), 422, "resume_unreadable");
    // A ZIP whose document's deflate data is invalid.
    const badDeflate = await zipOf([
      ...PACKAGE_PARTS,
      { name: "word/document.xml", raw: new Uint8Array([0xff, 0, 0]), declaredSize: 50 },
    ]);
    const body = await problemOf(await match(docxFile(badDeflate, "cv.docx"), JOB), 422, "resume_unreadable");
    expect(body.detail).toMatch(/not valid deflate data/);
  });

  it("answers a zip bomb 422 resume_too_complex, quickly, and a job description bomb job_too_complex", async () => {
    const started = Date.now();
    const lying = await problemOf(await match(docxFile(await zipBomb(64, "small")), JOB), 422, "resume_too_complex");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(lying).toMatchObject({ bound: "declared_size", limit: 30_000 });
    expect(lying.detail).toMatch(/resume\.docx is too complex to read: word\/document\.xml inflates past/);
    expect(lying.detail).toMatch(/Save it again as \.docx/);
    const honest = await problemOf(await match(docxFile(await zipBomb(64, "honest")), JOB), 422, "resume_too_complex");
    expect(honest).toMatchObject({ bound: "entry_bytes", limit: 16 * 1024 * 1024 });
    const job = await problemOf(
      await match(docxFile(await tableResumeDocx()), docxFile(await zipBomb(64, "small"), "job.docx")),
      422,
      "job_too_complex",
    );
    expect(job.errors?.map((e) => e.path)).toEqual(["jobDescription"]);
  });

  it("answers a .docx whose XML has more tags than mammoth should hold 422 resume_too_complex (xml_tags)", async () => {
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p/>".repeat(100_000)}</w:body></w:document>`;
    const dense = await zipOf([...PACKAGE_PARTS, { name: "word/document.xml", data: new TextEncoder().encode(xml) }]);
    const body = await problemOf(await match(docxFile(dense), JOB), 422, "resume_too_complex");
    expect(body).toMatchObject({ bound: "xml_tags", limit: 50_000 });
  });

  it("answers an empty .docx 422 as an empty resume, and a .docx past the text limit 413", async () => {
    const empty = await problemOf(await match(docxFile(await paragraphsDocx([])), JOB), 422, "validation_failed");
    expect(empty.errors).toEqual([expect.objectContaining({ path: "resume", message: "the resume is empty" })]);
    const long = await paragraphsDocx(
      Array.from({ length: 1_300 }, (_, i) => `${i} ${"Led payment platform work. ".repeat(4)}`),
    );
    await problemOf(await match(docxFile(long), JOB), 413, "resume_too_large");
  });
});
