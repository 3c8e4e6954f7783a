import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { ParseResponse, type ParseWarning } from "../../src/domain/parse.ts";
import { Problem } from "../../src/domain/problem.ts";
import type { Entry } from "../../src/domain/resume.ts";
import { parse } from "../../src/engine/local/engine.ts";
import { toJsonResume } from "../../src/engine/local/render/json-resume.ts";
import { RESUME_IMAGE_PDF, RESUME_TEXT_PDF } from "../fixtures/pdfs.ts";
import RESUME_JSON from "../fixtures/resume.json?raw";
import RESUME_MD from "../fixtures/resume-backend.md?raw";
import RESUME_NURSE from "../fixtures/resume-nurse.txt?raw";
import RESUME_TEACHER from "../fixtures/resume-teacher.txt?raw";

/** POST /v1/parse through the whole Worker (auth, body reading, the route), as a client sends it. */
const BASE = "http://example.com";
const sendJson = (body: unknown) =>
  exports.default.fetch(`${BASE}/v1/parse`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const sendForm = (fields: Record<string, string | File>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return exports.default.fetch(`${BASE}/v1/parse`, { method: "POST", body: form });
};
const file = (content: string | Uint8Array, name: string, type = "") => new File([content], name, { type });
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

async function ok(response: Response | Promise<Response>): Promise<ParseResponse> {
  const res = await response;
  const text = await res.text();
  expect(res.status, text).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  // The response is what the OpenAPI document says it is.
  return ParseResponse.parse(JSON.parse(text));
}

async function problem(response: Response | Promise<Response>, status: number, code: string) {
  const res = await response;
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as Problem & Record<string, unknown>;
  expect({ status: res.status, code: body.code }, body.detail).toEqual({ status, code });
  expect(() => Problem.parse(body)).not.toThrow();
  return body;
}

const jobsOf = (body: ParseResponse): Entry[] =>
  body.resume.sections.filter((s) => s.kind === "experience").flatMap((s) => s.entries);
const codes = (warnings: ParseWarning[]) => warnings.map((w) => w.code);

describe("POST /v1/parse: what it reads", () => {
  it("reads a Markdown resume: contact, each job with title, employer and dates, and no warnings", async () => {
    const body = await ok(sendJson({ resume: RESUME_MD }));
    expect(body.source).toEqual({ type: "text" });
    expect(body.resume.format).toBe("markdown");
    expect(body.resume.contact).toMatchObject({
      name: "Jordan Rivera",
      email: "jordan.rivera@example.com",
      phone: "+1 (415) 555-0142",
    });
    expect(jobsOf(body).map((e) => [e.title, e.organization, e.dates?.text])).toEqual([
      ["Senior Software Engineer", "Brightpay Inc.", "Mar 2021 – Present"],
      ["Software Engineer", "Northwind Logistics", "Jun 2017 – Feb 2021"],
    ]);
    expect(jobsOf(body)[0]?.bullets.length).toBe(4);
    expect(body.warnings).toEqual([]);
    // The JSON Resume form is the converter the tailored resume.json uses, applied to the same reading.
    const { yearsOfExperience: _years, ...resume } = body.resume;
    const { yearsOfExperience: _local, ...local } = parse(RESUME_MD);
    expect(resume).toEqual(local);
    expect(body.jsonResume).toEqual(toJsonResume(body.resume));
    expect(body.jsonResume.work?.map((w) => [w.position, w.name, w.startDate, w.endDate])).toEqual([
      ["Senior Software Engineer", "Brightpay Inc.", "2021-03", undefined],
      ["Software Engineer", "Northwind Logistics", "2017-06", "2021-02"],
    ]);
    expect(body.jsonResume.basics?.email).toBe("jordan.rivera@example.com");
  });

  it("reads a plain-text resume, warning of its missing skills section and nothing else", async () => {
    const body = await ok(sendJson({ resume: RESUME_NURSE }));
    expect(body.resume.format).toBe("text");
    expect(jobsOf(body).map((e) => e.organization)).toEqual(["Banner Desert Medical Center", "St. Luke's Hospital"]);
    expect(codes(body.warnings)).toEqual(["no_skills_section"]);
    expect(body.warnings[0]?.message).toMatch(/^No skills section found: the \d+ skills counted were picked up/);
  });

  it("reads a JSON Resume object, and the same as a .json upload", async () => {
    const body = await ok(sendJson({ resume: JSON.parse(RESUME_JSON) }));
    expect(body.source).toEqual({ type: "json_resume" });
    expect(body.resume.format).toBe("json_resume");
    expect(body.resume.contact.name).toBe("Sam Lee");
    expect(jobsOf(body).map((e) => [e.title, e.organization])).toEqual([
      ["Data Analyst", "Acme Retail"],
      ["Junior Analyst", "Globex"],
    ]);
    expect(body.warnings).toEqual([]);
    expect(body.jsonResume.work?.map((w) => w.name)).toEqual(["Acme Retail", "Globex"]);

    const uploaded = await ok(sendForm({ resume: file(RESUME_JSON, "resume.json", "application/json") }));
    expect(uploaded.source).toEqual({ type: "json" });
    expect(uploaded.resume).toEqual(body.resume);
    // JSON Resume text in a JSON body is read as the object it holds.
    expect((await ok(sendJson({ resume: RESUME_JSON }))).source).toEqual({ type: "json_resume" });
  });

  it("reads an uploaded PDF (its text layer), saying how many pages it had", async () => {
    const pdf = bytesOf(RESUME_TEXT_PDF);
    const body = await ok(sendForm({ resume: file(pdf, "Jordan Rivera.pdf", "application/pdf") }));
    expect(body.source).toEqual({ type: "pdf", pages: 2 });
    expect(body.resume.contact).toMatchObject({ name: "Jordan Rivera", email: "jordan.rivera@example.com" });
    const jobs = jobsOf(body);
    expect(jobs.map((e) => e.dates?.text)).toEqual(["Mar 2021 – Present", "Jun 2017 – Feb 2021"]);
    expect(jobs.map((e) => e.title)).toEqual([
      expect.stringContaining("Senior Software Engineer"),
      expect.stringContaining("Software Engineer"),
    ]);
    expect(body.resume.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["experience", "skills", "education"]),
    );
    // The warnings say what the reading lacks, and only that: an employer not told apart from the title is named.
    const found = codes(body.warnings);
    expect(found).not.toContain("undated_entries");
    expect(found).not.toContain("no_email");
    expect(found.includes("entry_without_organization")).toBe(jobs.some((e) => !e.organization));
    expect(found.includes("entry_without_title")).toBe(jobs.some((e) => !e.title));
  });

  it("reads a .md upload and a resume pasted into a form field", async () => {
    const md = await ok(sendForm({ resume: file(RESUME_TEACHER, "cv.md", "text/markdown") }));
    expect(md.source).toEqual({ type: "md" });
    expect(jobsOf(md).map((e) => e.organization)).toEqual(["Maple Grove Elementary", "Riverside Academy"]);
    const field = await ok(sendForm({ resume: RESUME_TEACHER }));
    expect(field.source).toEqual({ type: "text" });
    expect(field.resume).toEqual(md.resume);
  });
});

describe("POST /v1/parse: warnings", () => {
  const MISREAD = [
    "Alex Morgan",
    "Springfield, IL",
    "",
    "Experience",
    "",
    "Shift Supervisor | Corner Bakery",
    "- Opened the store and ran a team of 6 on weekend shifts",
    "- Trained 12 new hires on food safety and the till",
    "",
    "Line Cook | Riverside Grill | 2016",
    "- Prepared 200 covers a night on the grill station",
    "",
    "Barista | Bean There Cafe | Mar 2014 – Jun 2016",
    "- Made coffee for 300 customers a day",
  ].join("\n");

  it("names a missing e-mail and phone, undated jobs, a start-less job, no skills section and a short resume", async () => {
    const body = await ok(sendJson({ resume: MISREAD }));
    const byCode = new Map(body.warnings.map((w) => [w.code, w]));
    expect([...byCode.keys()]).toEqual([
      "no_email",
      "no_phone",
      "undated_entries",
      "partly_dated_entries",
      "no_skills_section",
      "short_resume",
    ]);
    expect(byCode.get("no_email")).toEqual({
      code: "no_email",
      message: "No e-mail address found.",
      path: "contact.email",
    });
    expect(byCode.get("undated_entries")?.message).toBe("1 of 3 jobs has no dates: Shift Supervisor at Corner Bakery.");
    // The path leads to the job in `resume`.
    const path = byCode.get("undated_entries")?.path ?? "";
    expect(path).toMatch(/^sections\.\d+\.entries\.0$/);
    const [, s, , e] = path.split(".");
    expect(body.resume.sections[Number(s)]?.entries[Number(e)]?.title).toBe("Shift Supervisor");
    expect(byCode.get("partly_dated_entries")?.message).toBe(
      "1 of 3 jobs has an end date but no start, so its time is not counted: Line Cook at Riverside Grill.",
    );
    expect(byCode.get("short_resume")?.message).toMatch(/^Only \d+ words were read/);
  });

  it("counts jobs without dates in one warning ('2 jobs have no dates'), pointing at their section", async () => {
    const text = [
      "Alex Morgan",
      "alex@example.com | 555-201-7788",
      "",
      "Work History",
      "",
      "Shift Supervisor, Corner Bakery",
      "- Opened the store and ran a team of 6",
      "",
      "Line Cook, Riverside Grill",
      "- Prepared 200 covers a night",
    ].join("\n");
    const body = await ok(sendJson({ resume: text }));
    const undated = body.warnings.find((w) => w.code === "undated_entries");
    expect(undated?.message).toBe(
      "All 2 jobs have no dates: Shift Supervisor at Corner Bakery; Line Cook at Riverside Grill.",
    );
    expect(undated?.path).toBe(`sections.${body.resume.sections.findIndex((s) => s.kind === "experience")}`);
    expect(codes(body.warnings)).not.toContain("no_email");
    expect(codes(body.warnings)).not.toContain("no_phone");
  });

  it("warns when there is no experience section and no name, and names a heading it did not recognize", async () => {
    const body = await ok(
      sendJson({
        resume: [
          "sam@example.com · (555) 010-2233",
          "",
          "Skills",
          "Python, SQL, Excel",
          "",
          "Volunteer Firefighting Adventures",
          "Answered 40 calls a year",
        ].join("\n"),
      }),
    );
    const found = codes(body.warnings);
    expect(found).toEqual(expect.arrayContaining(["no_name", "no_experience_section"]));
    expect(found).not.toContain("no_skills_section");
    const other = body.resume.sections.findIndex((s) => s.kind === "other" && s.heading !== "");
    if (other >= 0) {
      expect(body.warnings).toContainEqual(
        expect.objectContaining({ code: "unrecognized_section", path: `sections.${other}` }),
      );
    }
  });

  it("names jobs read without a title or an employer (JSON Resume: nothing is guessed)", async () => {
    const body = await ok(
      sendJson({
        resume: {
          basics: { name: "Sam Lee", email: "sam@example.com", phone: "+44 20 7946 0958" },
          work: [
            { name: "Acme Retail", startDate: "2021-04", highlights: ["Built dashboards for 40 stores"] },
            { position: "Analyst", startDate: "2019-09", endDate: "2021-03" },
          ],
          skills: [{ name: "Analytics", keywords: ["SQL"] }],
        },
      }),
    );
    expect(body.warnings).toEqual([
      { code: "entry_without_title", message: "1 of 2 jobs has no job title: Acme Retail.", path: expect.any(String) },
      {
        code: "entry_without_organization",
        message: "1 of 2 jobs has no employer: Analyst.",
        path: expect.any(String),
      },
    ]);
  });
});

describe("POST /v1/parse: bad input is a 4xx problem, never a 500", () => {
  it("refuses an empty, missing or extra field with 422 validation_failed naming it", async () => {
    const empty = await problem(sendJson({ resume: "   " }), 422, "validation_failed");
    expect(empty.errors?.map((e) => e.path)).toEqual(["resume"]);
    const missing = await problem(sendJson({}), 422, "validation_failed");
    expect(missing.errors?.map((e) => e.path)).toEqual(["resume"]);
    await problem(sendJson({ resume: RESUME_MD, jobDescription: "A job" }), 422, "validation_failed");
    await problem(sendJson({ resume: 42 }), 422, "validation_failed");
    await problem(sendJson([RESUME_MD]), 422, "validation_failed");
    const form = await problem(sendForm({ resume: RESUME_MD, jobDescription: "A job" }), 422, "validation_failed");
    expect(form.errors).toEqual([{ path: "jobDescription", message: "unknown field" }]);
    await problem(sendForm({ resume: file("", "empty.txt") }), 422, "validation_failed");
    const noField = await problem(sendForm({ other: "x" }), 422, "validation_failed");
    expect(noField.errors?.map((e) => e.path)).toEqual(["other", "resume"]);
  });

  it("refuses text that reads as nothing (only invisible characters) with 422, not a 500", async () => {
    const body = await problem(sendJson({ resume: "\u200b\u200b\u200b" }), 422, "validation_failed");
    expect(body.errors?.map((e) => [e.path, e.message])).toEqual([["resume", "the resume is empty"]]);
  });

  it("refuses an invalid JSON Resume with 422 invalid_json_resume, naming the field", async () => {
    const body = await problem(
      sendJson({ resume: { basics: { name: "Sam" }, work: [{ startDate: "March 2020" }] } }),
      422,
      "invalid_json_resume",
    );
    expect(body.errors?.map((e) => e.path)).toEqual(["resume.work.0.startDate"]);
    await problem(sendJson({ resume: '{"basics": ' }), 422, "invalid_json_resume");
    const uploaded = await problem(
      sendForm({ resume: file('{"work": [{"endDate": "soon"}]}', "resume.json") }),
      422,
      "invalid_json_resume",
    );
    expect(uploaded.errors?.map((e) => e.path)).toEqual(["work.0.endDate"]);
  });

  it("refuses a body that is not JSON or multipart", async () => {
    await problem(sendJson("{not json"), 400, "invalid_json");
    await problem(sendJson(""), 400, "invalid_json");
    await problem(
      exports.default.fetch(`${BASE}/v1/parse`, {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: RESUME_MD,
      }),
      415,
      "unsupported_media_type",
    );
  });

  it("refuses an unsupported file with 415 unsupported_resume_type", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await problem(sendForm({ resume: file(png, "scan.png", "image/png") }), 415, "unsupported_resume_type");
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi Jordan Rivera}");
    await problem(sendForm({ resume: file(rtf, "resume.rtf") }), 415, "unsupported_resume_type");
  });

  it("refuses a PDF with no text layer (422 resume_no_text) and a corrupt one (422 resume_unreadable)", async () => {
    const scan = await problem(
      sendForm({ resume: file(bytesOf(RESUME_IMAGE_PDF), "scan.pdf", "application/pdf") }),
      422,
      "resume_no_text",
    );
    expect(scan.detail).toMatch(/scan\.pdf has no text layer/);
    const garbage = new TextEncoder().encode("%PDF-1.4\n1 0 obj <</Type /Catalog\ngarbage without end");
    await problem(sendForm({ resume: file(garbage, "resume.pdf") }), 422, "resume_unreadable");
  });

  it("refuses a resume over MAX_RESUME_CHARS with 413 resume_too_large", async () => {
    const app = createApp();
    const ctx = createExecutionContext();
    const response = await app.fetch(
      new Request(`${BASE}/v1/parse`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ resume: RESUME_MD }),
      }),
      { ...env, MAX_RESUME_CHARS: "100" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    await problem(response, 413, "resume_too_large");
  });

  it("is a /v1 route like the others: only POST, and a key where keys are required", async () => {
    const get = await exports.default.fetch(`${BASE}/v1/parse`);
    expect(get.status).toBe(405);
    await get.arrayBuffer();
    const app = createApp();
    const ctx = createExecutionContext();
    const response = await app.fetch(
      new Request(`${BASE}/v1/parse`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ resume: RESUME_MD }),
      }),
      { ...env, ALLOW_ANONYMOUS: "false" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    await problem(response, 401, "missing_api_key");
  });
});

describe("POST /v1/parse in the OpenAPI document", () => {
  it("is listed, with its request and response schemas", async () => {
    const document = (await (await exports.default.fetch(`${BASE}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { tags?: string[]; requestBody?: unknown; responses: object }>>;
      components: { schemas: Record<string, unknown> };
    };
    const operation = document.paths["/v1/parse"]?.post;
    expect(operation).toBeDefined();
    expect(operation?.requestBody).toEqual({
      required: true,
      content: {
        "application/json": { schema: { $ref: "#/components/schemas/ParseRequest" } },
        "multipart/form-data": { schema: { $ref: "#/components/schemas/ParseMultipart" } },
      },
    });
    expect(Object.keys(operation?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "401", "413", "415", "422", "429", "500"]),
    );
    for (const id of ["ParseRequest", "ParseMultipart", "ParseResponse", "ParseWarning", "ParsedResume"]) {
      expect(document.components.schemas[id], id).toBeDefined();
    }
  });
});
