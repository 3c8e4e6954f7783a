import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { RequirementsResponse } from "../../src/domain/matching.ts";
import type { Problem } from "../../src/domain/problem.ts";
import { MatchResult } from "../../src/domain/result.ts";
import type { RunView } from "../../src/domain/run.ts";
import { RESUME_IMAGE_PDF, RESUME_TEXT_PDF } from "../fixtures/pdfs.ts";
import { BASE, JOB, RESUME, waitForEnd } from "./run-helpers.ts";

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

const postJson = (path: string, body: unknown) =>
  exports.default.fetch(`${BASE}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

const postForm = (path: string, form: FormData) =>
  exports.default.fetch(`${BASE}${path}`, { method: "POST", body: form });

const pdfForm = (base64: string, name = "resume.pdf") => {
  const form = new FormData();
  form.set("resume", new File([bytesOf(base64)], name, { type: "application/pdf" }));
  form.set("jobDescription", JOB);
  return form;
};

// PDF.js is transformed on first use in the test runner: warm it once.
beforeAll(async () => {
  await postForm("/v1/match", pdfForm(RESUME_TEXT_PDF));
}, 60_000);

describe("POST /v1/requirements", () => {
  it("reads a posting's requirements, and serves the same posting from the cache", async () => {
    const job = `${JOB}\nRef: sync-requirements\n`;
    const first = await postJson("/v1/requirements", { jobDescription: job });
    expect(first.status).toBe(200);
    const a = (await first.json()) as RequirementsResponse;
    expect(a.cached).toBe(false);
    expect(a.jobTitle).toBe("Senior Backend Engineer");
    expect(a.requirements.map((r) => r.canonical)).toEqual(expect.arrayContaining(["Kubernetes", "Go", "PostgreSQL"]));
    const second = (await (await postJson("/v1/requirements", { jobDescription: job })).json()) as RequirementsResponse;
    expect(second).toEqual({ ...a, cached: true });
  });

  it("takes the posting as an uploaded file too", async () => {
    const form = new FormData();
    form.set("jobDescription", new File([JOB], "job.txt", { type: "text/plain" }));
    const response = await postForm("/v1/requirements", form);
    expect(response.status).toBe(200);
    expect(((await response.json()) as RequirementsResponse).requirements.length).toBeGreaterThan(5);
  });

  it("refuses a body without a posting, naming the field", async () => {
    const response = await postJson("/v1/requirements", { job: JOB });
    expect(response.status).toBe(422);
    const body = (await response.json()) as Problem;
    expect(body.code).toBe("validation_failed");
    expect(body.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(["jobDescription"]));
  });
});

describe("POST /v1/match", () => {
  it("scores a resume against a job in one request: evidence map, score, ATS checks", async () => {
    const response = await postJson("/v1/match", { resume: RESUME, jobDescription: JOB });
    expect(response.status).toBe(200);
    const result = MatchResult.parse(await response.json());
    expect(result.score.overall).toBeGreaterThan(0);
    expect(result.evidence).toHaveLength(result.requirements.length);
    expect(result.ats.length).toBeGreaterThan(0);
    // The same engine as a run: the same input scores the same.
    const again = MatchResult.parse(
      await (await postJson("/v1/match", { resume: RESUME, jobDescription: JOB })).json(),
    );
    expect(again.score).toEqual(result.score);
  });

  it("analyzes a text PDF, and refuses an image-only PDF with a clear 422", async () => {
    const ok = await postForm("/v1/match", pdfForm(RESUME_TEXT_PDF));
    expect(ok.status).toBe(200);
    const result = MatchResult.parse(await ok.json());
    expect(result.evidence.some((e) => e.status === "met")).toBe(true);

    const image = await postForm("/v1/match", pdfForm(RESUME_IMAGE_PDF));
    expect(image.status).toBe(422);
    expect(image.headers.get("content-type")).toBe("application/problem+json");
    expect(((await image.json()) as Problem).code).toBe("resume_no_text");
  });
});

describe("POST /v1/runs with an upload", () => {
  it("tailors a PDF resume end to end", async () => {
    const form = pdfForm(RESUME_TEXT_PDF);
    form.set("options", JSON.stringify({ engine: "local" }));
    const response = await postForm("/v1/runs", form);
    expect(response.status).toBe(202);
    const view: RunView = await waitForEnd(((await response.json()) as { id: string }).id);
    expect(view.status).toBe("succeeded");
    expect(view.result?.tailored?.markdown.length).toBeGreaterThan(100);
  });

  it("answers 415 for a Word file and 413 past the upload limit", async () => {
    const docx = new FormData();
    docx.set("resume", new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "cv.docx"));
    docx.set("jobDescription", JOB);
    const word = await postForm("/v1/runs", docx);
    expect(word.status).toBe(415);
    expect(((await word.json()) as Problem).code).toBe("unsupported_resume_type");

    const huge = await postJson("/v1/runs", { resume: "x".repeat(6_000_000), jobDescription: JOB });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as Problem).code).toBe("upload_too_large");
  });
});
