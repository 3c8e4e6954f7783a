import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { PdfReadError, pdfText } from "../../src/api/input/pdf.ts";
import type { Problem } from "../../src/domain/problem.ts";
import { bombPdf, textPdf } from "../fixtures/pdf-bomb.ts";
import { RESUME_TEXT_PDF } from "../fixtures/pdfs.ts";
import { BASE, JOB } from "./run-helpers.ts";

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const pdfFile = (bytes: Uint8Array, name = "resume.pdf") =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/pdf" });

function match(resume: File | string, jobDescription: File | string): Promise<Response> {
  const form = new FormData();
  form.set("resume", resume);
  form.set("jobDescription", jobDescription);
  return exports.default.fetch(`${BASE}/v1/match`, { method: "POST", body: form });
}

async function problemOf(response: Response): Promise<Problem & { bound?: string; limit?: number }> {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as Problem & { bound?: string; limit?: number };
}

const health = () => exports.default.fetch(`${BASE}/v1/health`, { headers: { "CF-Connecting-IP": "203.0.113.77" } });

// The first PDF loads PDF.js, which the test runner transforms on first use: seconds, once per file.
beforeAll(async () => {
  expect((await match(pdfFile(bytesOf(RESUME_TEXT_PDF)), JOB)).status).toBe(200);
}, 60_000);

describe("PDF bombs through POST /v1/match", () => {
  it.each([
    // 200,000 items on one baseline: a few KB that inflate past the content bound, refused before PDF.js reads it.
    { layout: "line", items: 200_000, status: 422, code: "resume_too_complex", bound: "content_bytes" },
    // 100,000 items over rows: under the content bound, so PDF.js reads it, and stops at 20,000 items on the page.
    { layout: "grid", items: 100_000, status: 422, code: "resume_too_complex", bound: "items_per_page" },
    // 4,000,000 path operators, no text at all.
    { layout: "paths", items: 4_000_000, status: 422, code: "resume_too_complex", bound: "content_bytes" },
  ] as const)("a $layout bomb of $items items answers $status $code ($bound)", async ({ layout, items, ...want }) => {
    const pdf = await bombPdf(items, layout);
    const response = await match(pdfFile(pdf, "cv.pdf"), JOB);
    expect(response.status).toBe(want.status);
    const body = await problemOf(response);
    expect(body).toMatchObject({ code: want.code, bound: want.bound });
    expect(body.limit).toBeGreaterThan(0);
    expect(body.errors?.map((e) => e.path)).toEqual(["resume"]);
    expect(body.detail).toMatch(/cv\.pdf is too complex to read/);
    expect(body.detail).toMatch(/paste the text/);
  });

  it("answers job_too_complex for a job description PDF bomb", async () => {
    const response = await match(JOB, pdfFile(await bombPdf(4_000_000, "paths"), "job.pdf"));
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body).toMatchObject({ code: "job_too_complex", bound: "content_bytes" });
    expect(body.errors?.map((e) => e.path)).toEqual(["jobDescription"]);
  });

  it("answers 413 resume_too_large for a PDF whose text runs past twice the limit, without reading on", async () => {
    // 160-character lines at 6 pt (so they fit the page): 800 of them are 128,000 characters, twice the limit's
    // 60,000 and more; reading stops once the text passes 120,000.
    const line = "Backend engineer building payment systems in Go, Kafka and PostgreSQL for a living; "
      .repeat(2)
      .slice(0, 160);
    const pdf = await textPdf(
      Array.from({ length: 800 }, (_, i) => `${i} ${line}`),
      6,
    );
    const response = await match(pdfFile(pdf), JOB);
    expect(response.status).toBe(413);
    expect((await problemOf(response)).code).toBe("resume_too_large");
  });

  it("keeps answering health checks started while a bomb is being read", async () => {
    expect((await health()).status).toBe(200);
    const order: string[] = [];
    const statuses: number[] = [];
    let done = false;
    const bomb = match(pdfFile(await bombPdf(100_000, "grid")), JOB).then(async (response) => {
      order.push("bomb");
      done = true;
      return response;
    });
    for (let i = 0; i < 40 && !done; i++) {
      const response = await health();
      statuses.push(response.status);
      await response.body?.cancel();
      if (!done) order.push("health");
    }
    const response = await bomb;
    // Order, not timing: a health check started after the bomb was answered before it, and every one was healthy.
    expect(order.indexOf("health")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("health")).toBeLessThan(order.indexOf("bomb"));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(response.status).toBe(422);
    expect((await problemOf(response)).code).toBe("resume_too_complex");
  });
});

describe("pdfText's bounds while the text streams in", () => {
  const limits = { maxPages: 50, maxChars: 60_000 };

  const reasonOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfReadError);
    return { reason: (error as PdfReadError).reason, bound: (error as PdfReadError).bound };
  };

  it("stops at the text items of a page, and of the document", async () => {
    const pdf = await bombPdf(5_000, "grid", 3);
    expect(await reasonOf(pdfText(pdf, { ...limits, itemsPerPage: 1_000 }))).toEqual({
      reason: "too_complex",
      bound: { name: "items_per_page", limit: 1_000 },
    });
    expect(await reasonOf(pdfText(pdf, { ...limits, items: 12_000 }))).toEqual({
      reason: "too_complex",
      bound: { name: "items", limit: 12_000 },
    });
    expect((await pdfText(pdf, limits)).pages).toBe(3);
  });

  it("stops when its time budget is spent (the clock is read after each yield)", async () => {
    const pdf = await bombPdf(50_000, "grid", 2);
    expect(await reasonOf(pdfText(pdf, { ...limits, timeBudgetMs: 1, itemsPerPage: 100_000 }))).toEqual({
      reason: "too_complex",
      bound: { name: "time", limit: 1 },
    });
  });

  it("applies the pre-flight's bounds as configured", async () => {
    const pdf = await bombPdf(20_000, "paths");
    expect((await pdfText(pdf, limits)).text).toBe("");
    expect(await reasonOf(pdfText(pdf, { ...limits, contentBytes: 100_000 }))).toEqual({
      reason: "too_complex",
      bound: { name: "content_bytes", limit: 100_000 },
    });
  });
});
