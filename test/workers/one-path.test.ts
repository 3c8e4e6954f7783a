import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { pdfText } from "../../src/api/input/pdf.ts";
import type { JsonResume } from "../../src/domain/json-resume.ts";
import type { RunResult } from "../../src/domain/result.ts";
import type { RunView } from "../../src/domain/run.ts";
import { parse, runLocal } from "../../src/engine/local/engine.ts";
import JOB_NURSE from "../fixtures/job-nurse.txt?raw";
import JOB_PLATFORM from "../fixtures/job-platform.txt?raw";
import { RESUME_TEXT_PDF } from "../fixtures/pdfs.ts";
import RESUME_JSON from "../fixtures/resume.json?raw";
import RESUME_MD from "../fixtures/resume-backend.md?raw";
import RESUME_NURSE from "../fixtures/resume-nurse.txt?raw";
import { BASE, startRun, waitForEnd } from "./run-helpers.ts";

/**
 * One path: what the benchmarks and the CLI measure is what users get. The same inputs go (a) through the Worker
 * as a real run — POST /v1/runs, the RunCoordinator's task graph, chunked analyses and tailoring over the queue —
 * and (b) through `runLocal`, the engine's in-process function the CLI and bench/ call, with the run's own "now"
 * (a run measures "Present" to its createdAt). The results must be identical field by field; only what describes
 * how the work was done (usage, timings) is left out.
 */

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** What both paths must agree on: the whole RunResult but usage and timings. */
function comparable(result: RunResult): Omit<RunResult, "usage" | "timings"> {
  const { usage: _usage, timings: _timings, ...rest } = result;
  // As the API sends it: fields set to undefined are absent.
  return JSON.parse(JSON.stringify(rest)) as Omit<RunResult, "usage" | "timings">;
}

/** The run's result and its "now". */
async function viaWorker(start: () => Promise<{ id: string }>): Promise<{ view: RunView; result: RunResult }> {
  const { id } = await start();
  const view = await waitForEnd(id, 30_000);
  expect(view.status, JSON.stringify(view.tasks.filter((t) => t.state !== "succeeded"))).toBe("succeeded");
  expect(view.degradation).toBe("none");
  if (!view.result) throw new Error("the run has no result");
  return { view, result: view.result };
}

function viaEngine(resume: string | JsonResume, job: string, view: RunView, mode: "tailor" | "analyze") {
  const now = new Date(view.createdAt);
  return runLocal(parse(resume, { now }), job, mode, { now });
}

function expectSame(worker: RunResult, engine: RunResult): void {
  const a = comparable(worker);
  const b = comparable(engine);
  // Field by field, so a difference names its field.
  expect(a.requirements, "requirements").toEqual(b.requirements);
  expect(a.jobTitle, "jobTitle").toEqual(b.jobTitle);
  expect(a.evidence, "evidence map").toEqual(b.evidence);
  expect(a.score, "score").toEqual(b.score);
  expect(a.sections, "section analyses").toEqual(b.sections);
  expect(a.ats, "ATS checks").toEqual(b.ats);
  expect(a.recommendations, "recommendations").toEqual(b.recommendations);
  expect(a.tailored?.edits, "edits").toEqual(b.tailored?.edits);
  expect(a.tailored?.markdown, "tailored resume (Markdown)").toEqual(b.tailored?.markdown);
  expect(a.tailored?.jsonResume, "tailored resume (JSON Resume)").toEqual(b.tailored?.jsonResume);
  expect(a.faithfulness, "faithfulness").toEqual(b.faithfulness);
  expect(a.degradation, "degradation").toEqual(b.degradation);
  // And nothing else differs (a field added to RunResult later is compared too).
  expect(a).toEqual(b);
}

const TOOLS = ["Python", "Go", "Kafka", "PostgreSQL", "Docker", "Kubernetes", "Terraform", "Redis", "AWS", "gRPC"];
/**
 * A long resume: the Markdown fixture with twelve more jobs, one of them with seventy bullets, so the experience
 * section is cut into several chunks and one job spans two (where chunked analysis and tailoring could part from
 * the whole-resume path: evidence combined across chunks, a reorder owned by the chunk with the job's first bullet).
 */
const LONG_RESUME = RESUME_MD.replace(
  "## Skills",
  [
    ...Array.from({ length: 12 }, (_, job) => {
      const bullets = job === 3 ? 70 : 5;
      return [
        `### Software Engineer — Company ${String.fromCharCode(65 + job)} Systems`,
        `_Remote · Jan ${2004 + job} – Dec ${2004 + job}_`,
        "",
        ...Array.from(
          { length: bullets },
          (_, b) =>
            `- Built ${TOOLS[(job + b) % TOOLS.length]} services for team ${b + 1}, handling ${(b + 1) * 1000} requests a day with ${TOOLS[(job * 3 + b) % TOOLS.length]}`,
        ),
        "",
      ].join("\n");
    }),
    "## Skills",
  ].join("\n"),
);

const PAIRS = [
  { name: "a Markdown resume against a software posting", resume: RESUME_MD, job: JOB_PLATFORM },
  { name: "a plain-text nurse's resume against a nursing posting", resume: RESUME_NURSE, job: JOB_NURSE },
  { name: "a long resume whose jobs span several chunks", resume: LONG_RESUME, job: JOB_PLATFORM },
] as const;

describe("one path: a run through the Worker gives what runLocal gives", () => {
  for (const pair of PAIRS) {
    it(`tailor: ${pair.name}`, async () => {
      const { view, result } = await viaWorker(() =>
        startRun({ resume: pair.resume, job: pair.job, mode: "tailor", engine: "local" }),
      );
      // Not vacuous: the run did tailor the resume.
      expect(result.tailored?.edits.length).toBeGreaterThan(0);
      const chunks = view.tasks.filter((t) => t.kind === "analyze" && t.id.includes("experience#")).length;
      expect(chunks).toBeGreaterThan(pair.resume === LONG_RESUME ? 2 : 0);
      expectSame(result, viaEngine(pair.resume, pair.job, view, "tailor"));
    });
  }

  it("analyze: a JSON Resume object against a software posting", async () => {
    const resume = JSON.parse(RESUME_JSON) as JsonResume;
    const { view, result } = await viaWorker(() =>
      startRun({ resume, job: JOB_PLATFORM, mode: "analyze", engine: "local" }),
    );
    expect(result.tailored).toBeUndefined();
    expectSame(result, viaEngine(resume, JOB_PLATFORM, view, "analyze"));
  });

  it("tailor: an uploaded PDF (read by the same PDF reader) against a software posting", async () => {
    const pdf = bytesOf(RESUME_TEXT_PDF);
    const { view, result } = await viaWorker(async () => {
      const form = new FormData();
      form.append("resume", new File([pdf], "resume.pdf", { type: "application/pdf" }));
      form.append("jobDescription", JOB_PLATFORM);
      form.append("options", JSON.stringify({ mode: "tailor", engine: "local" }));
      const response = await exports.default.fetch(`${BASE}/v1/runs`, { method: "POST", body: form });
      expect(response.status).toBe(202);
      return (await response.json()) as { id: string };
    });
    const { text } = await pdfText(pdf, { maxPages: 50, maxChars: 120_000 });
    expectSame(result, viaEngine(text, JOB_PLATFORM, view, "tailor"));
  });
});
