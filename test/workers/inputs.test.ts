import { env } from "cloudflare:workers";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../../src/api/env.ts";
import {
  inputBody,
  readJobInput,
  readMatchInput,
  readRunInput,
  registerInputSchemas,
} from "../../src/api/input/index.ts";
import { pdfText } from "../../src/api/input/pdf.ts";
import { ProblemError, problemResponse } from "../../src/api/problem.ts";
import { Problem } from "../../src/domain/problem.ts";
import { RunOptions } from "../../src/domain/run.ts";
import { parse } from "../../src/engine/local/engine.ts";
import JOB from "../fixtures/job-platform.txt?raw";
import { RESUME_IMAGE_PDF, RESUME_TEXT_PDF } from "../fixtures/pdfs.ts";
import RESUME_JSON from "../fixtures/resume.json?raw";
import RESUME_MD from "../fixtures/resume-backend.md?raw";
import RESUME_TXT from "../fixtures/resume-nurse.txt?raw";

/** A tiny app around the readers: each route answers with what its reader returned. */
const app = new Hono<AppEnv>();
app.use(requestId());
app.onError((error, c) => {
  if (error instanceof ProblemError) return problemResponse(c, error);
  return c.json({ unexpected: String(error), stack: (error as Error).stack }, 500);
});
app.post("/runs", async (c) => c.json(await readRunInput(c)));
app.post("/match", async (c) => c.json(await readMatchInput(c)));
app.post("/requirements", async (c) => c.json(await readJobInput(c)));
// A middleware that read the body first (Hono caches it): the reader works from the cached copy.
app.post(
  "/read-first",
  async (c, next) => {
    await c.req.text();
    await next();
  },
  async (c) => c.json(await readRunInput(c)),
);

type Vars = Partial<
  Record<"MAX_RESUME_CHARS" | "MAX_JOB_CHARS" | "MAX_UPLOAD_BYTES" | "MAX_JSON_DEPTH" | "MAX_PDF_PAGES", string>
>;

function send(path: string, init: RequestInit, vars: Vars = {}): Promise<Response> {
  return Promise.resolve(app.request(`http://input.test${path}`, { method: "POST", ...init }, { ...env, ...vars }));
}
const sendJson = (body: unknown, vars?: Vars, path = "/runs") =>
  send(path, { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }, vars);
const sendForm = (fields: Record<string, string | File>, vars?: Vars, path = "/runs") => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return send(path, { body: form }, vars);
};

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const file = (content: string | Uint8Array, name: string, type = "") => new File([content], name, { type });

interface Input {
  resume: unknown;
  jobDescription: string;
  options?: Record<string, unknown>;
  source: {
    kind: string;
    resumeFile?: { name: string; type: string; bytes: number; pages?: number };
    jobFile?: { name: string; type: string };
  };
}

async function ok(response: Response | Promise<Response>): Promise<Input> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body as Input;
}

async function problem(response: Response | Promise<Response>, status: number, code: string) {
  const res = await response;
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as Problem & Record<string, unknown>;
  expect({ status: res.status, code: body.code }, body.detail).toEqual({ status, code });
  expect(() => Problem.parse(body)).not.toThrow();
  return body;
}

const WRONG_DATE = JSON.stringify({
  basics: { name: "Sam Lee" },
  work: [{ name: "Acme", position: "Analyst", startDate: "April 2021", highlights: ["Built dashboards"] }],
});

describe("JSON bodies", () => {
  it("accepts a text resume, a job description and options", async () => {
    const input = await ok(sendJson({ resume: RESUME_MD, jobDescription: JOB, options: { mode: "analyze" } }));
    expect(input.resume).toBe(RESUME_MD.trim());
    expect(input.jobDescription).toBe(JOB.trim());
    // Parsed by the domain's RunOptions: its defaults applied, nothing else added.
    expect(input.options).toEqual(RunOptions.parse({ mode: "analyze" }));
    expect(input.source).toEqual({ kind: "json" });
  });

  it("accepts a JSON Resume object, and JSON Resume text, as a JSON Resume", async () => {
    const object = await ok(sendJson({ resume: JSON.parse(RESUME_JSON), jobDescription: JOB }));
    expect(object.resume).toMatchObject({ basics: { name: "Sam Lee" } });
    expect(object.options).toBeUndefined();
    const text = await ok(sendJson({ resume: RESUME_JSON, jobDescription: JOB }));
    expect(text.resume).toEqual(object.resume);
  });

  it("names the field of a JSON Resume that fails, under resume.", async () => {
    const body = await problem(
      sendJson({ resume: JSON.parse(WRONG_DATE), jobDescription: JOB }),
      422,
      "invalid_json_resume",
    );
    expect(body.errors?.map((e) => e.path)).toEqual(["resume.work.0.startDate"]);
  });

  it("names missing, empty and unknown fields", async () => {
    const missing = await problem(sendJson({ resume: RESUME_MD }), 422, "validation_failed");
    expect(missing.errors?.map((e) => e.path)).toEqual(["jobDescription"]);
    const empty = await problem(sendJson({ resume: "\u0007 \r\n", jobDescription: JOB }), 422, "validation_failed");
    expect(empty.errors?.map((e) => e.path)).toEqual(["resume"]);
    const unknown = await problem(
      sendJson({ resume: RESUME_MD, jobDescription: JOB, extra: 1 }),
      422,
      "validation_failed",
    );
    expect(unknown.errors?.[0]?.message).toMatch(/extra/);
    const badOption = await problem(
      sendJson({ resume: RESUME_MD, jobDescription: JOB, options: { engine: "gpt" } }),
      422,
      "validation_failed",
    );
    expect(badOption.errors?.map((e) => e.path)).toEqual(["options.engine"]);
    await problem(sendJson([RESUME_MD, JOB]), 422, "validation_failed");
  });

  it("answers 400 invalid_json for a body that is not JSON, is empty, or is not UTF-8", async () => {
    const headers = { "Content-Type": "application/json; charset=utf-8" };
    await problem(send("/runs", { body: '{"resume": "x",', headers }), 400, "invalid_json");
    await problem(send("/runs", { body: "", headers }), 400, "invalid_json");
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"resume": "Jos'),
      0xe9,
      ...new TextEncoder().encode('", "jobDescription": "x"}'),
    ]);
    const body = await problem(send("/runs", { body: latin1, headers }), 400, "invalid_json");
    expect(body.detail).toMatch(/UTF-8/);
  });

  it("refuses JSON nested deeper than the limit with 422 json_too_deep", async () => {
    const deep = `{"resume": {"basics": {"x": ${"[".repeat(40)}${"]".repeat(40)}}}, "jobDescription": "x"}`;
    await problem(send("/runs", { body: deep, headers: { "Content-Type": "application/json" } }), 422, "json_too_deep");
    // Brackets inside strings do not count; the limit is a var.
    await ok(sendJson({ resume: `${"[".repeat(100)} resume`, jobDescription: JOB }));
    await problem(
      sendJson({ resume: JSON.parse(RESUME_JSON), jobDescription: JOB }, { MAX_JSON_DEPTH: "3" }),
      422,
      "json_too_deep",
    );
  });
});

describe("content types", () => {
  it("answers 415 unsupported_media_type naming the accepted types", async () => {
    const plain = await problem(
      send("/runs", { body: RESUME_MD, headers: { "Content-Type": "text/plain" } }),
      415,
      "unsupported_media_type",
    );
    expect(plain.detail).toMatch(/application\/json or multipart\/form-data/);
    expect(plain.accepted).toEqual(["application/json", "multipart/form-data"]);
    await problem(
      send("/runs", { body: "resume=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } }),
      415,
      "unsupported_media_type",
    );
    await problem(send("/runs", { body: new Uint8Array([1, 2, 3]) }), 415, "unsupported_media_type");
  });

  it("answers 400 invalid_multipart for a multipart body that does not parse", async () => {
    await problem(
      send("/runs", { body: "no parts here", headers: { "Content-Type": "multipart/form-data; boundary=xyz" } }),
      400,
      "invalid_multipart",
    );
  });
});

describe("multipart uploads", () => {
  it("reads a .txt resume file with a job description field", async () => {
    const input = await ok(
      sendForm({ resume: file(RESUME_TXT, "resume-nurse.txt", "text/plain"), jobDescription: JOB }),
    );
    expect(input.resume).toBe(RESUME_TXT.trim());
    expect(input.jobDescription).toBe(JOB.trim());
    expect(input.source).toEqual({
      kind: "multipart",
      resumeFile: { name: "resume-nurse.txt", type: "txt", bytes: new TextEncoder().encode(RESUME_TXT).length },
    });
  });

  it("reads a .md resume, and a resume and job description sent as text fields", async () => {
    const md = await ok(sendForm({ resume: file(RESUME_MD, "cv.md"), jobDescription: JOB }));
    expect(md.resume).toBe(RESUME_MD.trim());
    expect(md.source.resumeFile?.type).toBe("md");
    const fields = await ok(sendForm({ resume: RESUME_MD, jobDescription: JOB }));
    expect(fields.resume).toBe(RESUME_MD.trim());
    expect(fields.source).toEqual({ kind: "multipart" });
  });

  it("reads a job description file", async () => {
    const input = await ok(sendForm({ resume: RESUME_MD, jobDescription: file(JOB, "posting.txt", "text/plain") }));
    expect(input.jobDescription).toBe(JOB.trim());
    expect(input.source.jobFile).toMatchObject({ name: "posting.txt", type: "txt" });
    await problem(
      sendForm({ resume: RESUME_MD, jobDescription: file(RESUME_JSON, "job.json", "application/json") }),
      415,
      "unsupported_job_type",
    );
  });

  it("reads a .json JSON Resume, and names the field of one that fails", async () => {
    const input = await ok(
      sendForm({ resume: file(RESUME_JSON, "resume.json", "application/json"), jobDescription: JOB }),
    );
    expect(input.resume).toMatchObject({
      basics: { name: "Sam Lee" },
      work: [{ name: "Acme Retail" }, { name: "Globex" }],
    });
    expect(input.source.resumeFile?.type).toBe("json");

    const wrong = await problem(
      sendForm({ resume: file(WRONG_DATE, "resume.json"), jobDescription: JOB }),
      422,
      "invalid_json_resume",
    );
    expect(wrong.errors).toEqual([expect.objectContaining({ path: "work.0.startDate" })]);
    expect(wrong.detail).toMatch(/resume\.json/);
    const typed = await problem(
      sendForm({
        resume: file(JSON.stringify({ work: [{ highlights: "one string" }] }), "resume.json"),
        jobDescription: JOB,
      }),
      422,
      "invalid_json_resume",
    );
    expect(typed.errors?.map((e) => e.path)).toEqual(["work.0.highlights"]);
    await problem(
      sendForm({ resume: file("{not json", "resume.json"), jobDescription: JOB }),
      422,
      "invalid_json_resume",
    );
  });

  it("reads the options field as JSON", async () => {
    const input = await ok(
      sendForm({ resume: RESUME_MD, jobDescription: JOB, options: '{"mode":"analyze","engine":"local"}' }),
    );
    expect(input.options).toEqual(RunOptions.parse({ mode: "analyze", engine: "local" }));
    const notJson = await problem(
      sendForm({ resume: RESUME_MD, jobDescription: JOB, options: "mode=analyze" }),
      422,
      "validation_failed",
    );
    expect(notJson.errors?.map((e) => e.path)).toEqual(["options"]);
    const bad = await problem(
      sendForm({ resume: RESUME_MD, jobDescription: JOB, options: '{"mode":"rewrite"}' }),
      422,
      "validation_failed",
    );
    expect(bad.errors?.map((e) => e.path)).toEqual(["options.mode"]);
  });

  it("names missing, unknown and repeated fields", async () => {
    const missing = await problem(sendForm({ options: "{}" }), 422, "validation_failed");
    expect(missing.errors?.map((e) => e.path)).toEqual(["resume", "jobDescription"]);
    const unknown = await problem(
      sendForm({ resume: RESUME_MD, jobDescription: JOB, photo: "x" }),
      422,
      "validation_failed",
    );
    expect(unknown.errors).toEqual([expect.objectContaining({ path: "photo", message: "unknown field" })]);
    const form = new FormData();
    form.append("resume", RESUME_MD);
    form.append("resume", file(RESUME_MD, "again.md"));
    form.append("jobDescription", JOB);
    const repeated = await problem(send("/runs", { body: form }), 422, "validation_failed");
    expect(repeated.errors?.map((e) => e.path)).toEqual(["resume"]);
    const empty = await problem(
      sendForm({ resume: file("", "empty.txt"), jobDescription: JOB }),
      422,
      "validation_failed",
    );
    expect(empty.errors?.map((e) => e.path)).toEqual(["resume"]);
  });

  it("refuses .docx (by name or by its bytes) and images with 415 unsupported_resume_type", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const byName = await problem(
      sendForm({ resume: file(zip, "resume.docx", docx), jobDescription: JOB }),
      415,
      "unsupported_resume_type",
    );
    expect(byName.detail).toMatch(/resume\.docx/);
    expect(byName.detail).toMatch(/\.pdf, \.txt, \.md, \.json/);
    await problem(
      sendForm({ resume: file(zip, "resume.txt", "text/plain"), jobDescription: JOB }),
      415,
      "unsupported_resume_type",
    );
    await problem(
      sendForm({ resume: file("plain words", "resume.docx"), jobDescription: JOB }),
      415,
      "unsupported_resume_type",
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await problem(
      sendForm({ resume: file(png, "scan.png", "image/png"), jobDescription: JOB }),
      415,
      "unsupported_resume_type",
    );
  });

  it("refuses a text file that is not UTF-8 with 422 resume_not_utf8, and reads UTF-16 with a BOM", async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("Jos"),
      0xe9,
      ...new TextEncoder().encode(" Garc"),
      0xed,
      0x61,
    ]);
    const body = await problem(
      sendForm({ resume: file(latin1, "resume.txt", "text/plain"), jobDescription: JOB }),
      422,
      "resume_not_utf8",
    );
    expect(body.detail).toMatch(/resume\.txt is not UTF-8/);
    // A file with no name or type that is not text is refused as a type, not as bad text.
    await problem(sendForm({ resume: file(latin1, "blob"), jobDescription: JOB }), 415, "unsupported_resume_type");

    const text = "José García\r\nNurse";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const input = await ok(sendForm({ resume: file(utf16, "resume.txt"), jobDescription: JOB }));
    expect(input.resume).toBe("José García\nNurse");
  });
});

describe("PDF resumes", () => {
  // The first PDF loads PDF.js (1.7 MB), which the test runner transforms on first use: seconds, once per run.
  beforeAll(async () => {
    await pdfText(bytesOf(RESUME_IMAGE_PDF), { maxPages: 1, maxChars: 100 });
  }, 60_000);

  it("extracts the text layer with its lines, and the local parser finds the experience section", async () => {
    const pdf = bytesOf(RESUME_TEXT_PDF);
    const input = await ok(
      sendForm({ resume: file(pdf, "Jordan Rivera.pdf", "application/pdf"), jobDescription: JOB }),
    );
    expect(input.source.resumeFile).toEqual({ name: "Jordan Rivera.pdf", type: "pdf", bytes: pdf.length, pages: 2 });
    const text = input.resume as string;
    const lines = text.split("\n");
    for (const line of [
      "Jordan Rivera",
      "EXPERIENCE",
      "• Mentored four engineers through design reviews and pairing",
      "• Migrated the ledger service from a monolith to Go microservices on Kubernetes,",
      "SKILLS",
      "Languages: Python, Go, SQL, JavaScript",
      "EDUCATION",
    ]) {
      expect(lines).toContain(line);
    }
    // The title and its right-aligned dates stay on one line, apart; blocks are separated by blank lines.
    expect(lines).toContain("Senior Software Engineer, Brightpay Inc.  Mar 2021 – Present");
    expect(text).toContain("transactions a day\n\nSoftware Engineer, Northwind Logistics");

    const resume = parse(text, { now: new Date("2026-01-01") });
    const experience = resume.sections.find((s) => s.kind === "experience");
    expect(experience?.entries).toHaveLength(2);
    expect(experience?.entries[0]?.dates?.text).toBe("Mar 2021 – Present");
    expect(experience?.entries[0]?.bullets.map((b) => b.text)).toEqual([
      "Mentored four engineers through design reviews and pairing",
      "Migrated the ledger service from a monolith to Go microservices on Kubernetes, cutting p99 latency by 38%",
      "Built event-driven reconciliation with Kafka and PostgreSQL processing 2M transactions a day",
    ]);
    expect(resume.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["summary", "experience", "skills", "education", "certifications"]),
    );
    expect(resume.contact).toMatchObject({ name: "Jordan Rivera", email: "jordan.rivera@example.com" });
  });

  it("detects a PDF by its bytes whatever its name or type", async () => {
    const input = await ok(
      sendForm({ resume: file(bytesOf(RESUME_TEXT_PDF), "upload", "application/octet-stream"), jobDescription: JOB }),
    );
    expect(input.source.resumeFile).toMatchObject({ type: "pdf", pages: 2 });
    const renamed = await ok(
      sendForm({ resume: file(bytesOf(RESUME_TEXT_PDF), "resume.txt", "text/plain"), jobDescription: JOB }),
    );
    expect(renamed.source.resumeFile?.type).toBe("pdf");
  });

  it("reads a job description PDF", async () => {
    const input = await ok(
      sendForm({ resume: RESUME_MD, jobDescription: file(bytesOf(RESUME_TEXT_PDF), "job.pdf") }, {}, "/match"),
    );
    expect(input.jobDescription).toContain("EXPERIENCE");
    expect(input.source.jobFile).toMatchObject({ type: "pdf", pages: 2 });
  });

  it("answers 422 resume_no_text for an image-only PDF, telling the user what to do", async () => {
    const body = await problem(
      sendForm({ resume: file(bytesOf(RESUME_IMAGE_PDF), "scan.pdf", "application/pdf"), jobDescription: JOB }),
      422,
      "resume_no_text",
    );
    expect(body.detail).toMatch(/scan\.pdf has no text layer/);
    expect(body.detail).toMatch(/paste the text/);
  });

  it("answers 422 resume_unreadable for a corrupt PDF", async () => {
    const garbage = new TextEncoder().encode("%PDF-1.4\n1 0 obj <</Type /Catalog\ngarbage without end");
    const body = await problem(
      sendForm({ resume: file(garbage, "resume.pdf"), jobDescription: JOB }),
      422,
      "resume_unreadable",
    );
    expect(body.detail).toMatch(/resume\.pdf could not be read/);
    const truncated = bytesOf(RESUME_TEXT_PDF).slice(0, 600);
    await problem(sendForm({ resume: file(truncated, "resume.pdf"), jobDescription: JOB }), 422, "resume_unreadable");
    // Named .pdf but not a PDF at all.
    await problem(
      sendForm({ resume: file("just some words", "resume.pdf"), jobDescription: JOB }),
      422,
      "resume_unreadable",
    );
  });
});

describe("limits", () => {
  it("refuses a body over MAX_UPLOAD_BYTES by its Content-Length, before reading it", async () => {
    const body = JSON.stringify({ resume: RESUME_MD, jobDescription: JOB });
    const res = await problem(
      send(
        "/runs",
        { body, headers: { "Content-Type": "application/json", "Content-Length": String(body.length) } },
        {
          MAX_UPLOAD_BYTES: "1000",
        },
      ),
      413,
      "upload_too_large",
    );
    expect(res.limit).toBe(1000);
  });

  it("stops reading a streamed body at MAX_UPLOAD_BYTES", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`"${"x".repeat(1022)}",`);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    await problem(
      send("/runs", { body: stream, headers: { "Content-Type": "application/json" }, duplex: "half" } as RequestInit, {
        MAX_UPLOAD_BYTES: "10000",
      }),
      413,
      "upload_too_large",
    );
    expect(pulled).toBeLessThan(50);
  });

  it("refuses an upload over MAX_UPLOAD_BYTES", async () => {
    await problem(
      sendForm(
        { resume: file(bytesOf(RESUME_TEXT_PDF), "resume.pdf"), jobDescription: JOB },
        { MAX_UPLOAD_BYTES: "2048" },
      ),
      413,
      "upload_too_large",
    );
  });

  it("refuses a resume over MAX_RESUME_CHARS and a job over MAX_JOB_CHARS with 413 and the field's code", async () => {
    const resume = await problem(
      sendJson({ resume: RESUME_MD, jobDescription: JOB }, { MAX_RESUME_CHARS: "100" }),
      413,
      "resume_too_large",
    );
    expect(resume.detail).toBe(`The resume has ${RESUME_MD.trim().length} characters; the limit is 100.`);
    expect(resume.errors?.map((e) => e.path)).toEqual(["resume"]);
    const job = await problem(
      sendJson({ resume: RESUME_MD, jobDescription: JOB }, { MAX_JOB_CHARS: "100" }),
      413,
      "job_too_large",
    );
    expect(job.errors?.map((e) => e.path)).toEqual(["jobDescription"]);
    await problem(
      sendForm({ resume: file(RESUME_TXT, "r.txt"), jobDescription: JOB }, { MAX_RESUME_CHARS: "100" }),
      413,
      "resume_too_large",
    );
    await problem(
      sendJson({ resume: JSON.parse(RESUME_JSON), jobDescription: JOB }, { MAX_RESUME_CHARS: "100" }),
      413,
      "resume_too_large",
    );
    await problem(sendJson({ jobDescription: JOB }, { MAX_JOB_CHARS: "100" }, "/requirements"), 413, "job_too_large");
  });

  it("refuses a PDF whose text, or page count, is over the limits", async () => {
    const pdf = () => file(bytesOf(RESUME_TEXT_PDF), "resume.pdf");
    const long = await problem(
      sendForm({ resume: pdf(), jobDescription: JOB }, { MAX_RESUME_CHARS: "200" }),
      413,
      "resume_too_large",
    );
    expect(long.detail).toMatch(/resume\.pdf/);
    const pages = await problem(
      sendForm({ resume: pdf(), jobDescription: JOB }, { MAX_PDF_PAGES: "1" }),
      413,
      "resume_too_large",
    );
    expect(pages.detail).toMatch(/2 pages; at most 1/);
  });
});

describe("normalization", () => {
  const messy = "Jose\u0301 Garci\u0301a\r\nNurse\u0007 at St.\u0000 Mary\u2019s\rICU\tnights\u2028Caf\u00e9";
  const clean = "José García\nNurse at St. Mary’s\nICU\tnights\nCafé";

  it("returns NFC text with LF line endings and no control characters, from JSON and from files", async () => {
    const json = await ok(sendJson({ resume: messy, jobDescription: `  ${messy}\r\n` }));
    expect(json.resume).toBe(clean);
    expect(json.jobDescription).toBe(clean);
    const upload = await ok(sendForm({ resume: file(messy, "resume.txt"), jobDescription: messy }));
    expect(upload.resume).toBe(clean);
    expect(upload.jobDescription).toBe(clean);
  });

  it("cleans the strings of a JSON Resume without trimming or rewriting them", async () => {
    const input = await ok(
      sendJson({
        resume: { basics: { name: "Jose\u0301\u0007", summary: '"Quoted" summary\r\nline two ' } },
        jobDescription: JOB,
      }),
    );
    expect(input.resume).toEqual({ basics: { name: "José", summary: '"Quoted" summary\nline two ' } });
  });
});

describe("the other endpoints' readers", () => {
  it("works after a middleware read the body, and still applies the upload limit", async () => {
    const input = await ok(sendJson({ resume: RESUME_MD, jobDescription: JOB }, {}, "/read-first"));
    expect(input.resume).toBe(RESUME_MD.trim());
    await problem(
      sendJson({ resume: RESUME_MD, jobDescription: JOB }, { MAX_UPLOAD_BYTES: "100" }, "/read-first"),
      413,
      "upload_too_large",
    );
  });

  it("/v1/match takes a resume and a job description, without options", async () => {
    const input = await ok(sendJson({ resume: RESUME_MD, jobDescription: JOB }, {}, "/match"));
    expect(input).toEqual({ resume: RESUME_MD.trim(), jobDescription: JOB.trim(), source: { kind: "json" } });
    const body = await problem(
      sendJson({ resume: RESUME_MD, jobDescription: JOB, options: {} }, {}, "/match"),
      422,
      "validation_failed",
    );
    expect(body.errors?.[0]?.message).toMatch(/options/);
    await problem(
      sendForm({ resume: RESUME_MD, jobDescription: JOB, options: "{}" }, {}, "/match"),
      422,
      "validation_failed",
    );
  });

  it("/v1/requirements takes a job description, as JSON or a form", async () => {
    expect(await ok(sendJson({ jobDescription: JOB }, {}, "/requirements"))).toEqual({
      jobDescription: JOB.trim(),
      source: { kind: "json" },
    });
    const upload = await ok(sendForm({ jobDescription: file(JOB, "job.md") }, {}, "/requirements"));
    expect(upload.source.jobFile).toMatchObject({ name: "job.md", type: "md" });
    const extra = await problem(
      sendForm({ jobDescription: JOB, resume: RESUME_MD }, {}, "/requirements"),
      422,
      "validation_failed",
    );
    expect(extra.errors?.map((e) => e.path)).toEqual(["resume"]);
  });
});

describe("documenting the routes with @hono/zod-openapi", () => {
  it("inputBody documents both content types without a validator reading the body first", async () => {
    const api = new OpenAPIHono<AppEnv>();
    registerInputSchemas(api.openAPIRegistry);
    api.onError((error, c) => (error instanceof ProblemError ? problemResponse(c, error) : c.text(String(error), 500)));
    const route = createRoute({
      method: "post",
      path: "/v1/runs",
      request: { body: inputBody("run") },
      responses: { 200: { description: "input" } },
    });
    api.openapi(route, async (c) => c.json(await readRunInput(c), 200));

    const doc = api.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "t", version: "1" } });
    const body = doc.paths?.["/v1/runs"]?.post?.requestBody as { content: Record<string, { schema: unknown }> };
    expect(Object.keys(body.content)).toEqual(["application/json", "multipart/form-data"]);
    const schemas = doc.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        "CreateRunRequest",
        "CreateRunMultipart",
        "MatchRequest",
        "RequirementsRequest",
        "JsonResume",
      ]),
    );
    expect(schemas.CreateRunMultipart).toMatchObject({
      properties: { resume: { type: "string", format: "binary" } },
      required: expect.arrayContaining(["resume", "jobDescription"]),
    });

    const form = new FormData();
    form.append("resume", new File([bytesOf(RESUME_TEXT_PDF)], "cv.pdf"));
    form.append("jobDescription", JOB);
    const res = await api.request("http://input.test/v1/runs", { method: "POST", body: form }, env);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Input).source.resumeFile?.pages).toBe(2);
    const plain = await api.request(
      "http://input.test/v1/runs",
      { method: "POST", body: "x", headers: { "Content-Type": "text/plain" } },
      env,
    );
    expect(((await plain.json()) as Problem).code).toBe("unsupported_media_type");
  });
});
