import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { JOBS, NAME, tableResumeDocx, zipBomb } from "../fixtures/docx.ts";

const root = join(import.meta.dirname, "..", "..");
const pinned = join(root, "node_modules", ".bin", "node");
const node = existsSync(pinned) ? pinned : process.execPath;
const dir = mkdtempSync(join(tmpdir(), "cli-docx-"));

function cli(args: string[]) {
  const result = spawnSync(node, [join(root, "src", "cli.ts"), ...args, "--now", "2026-11-01"], {
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  writeFileSync(join(dir, "cv.docx"), await tableResumeDocx());
  writeFileSync(join(dir, "bomb.docx"), await zipBomb(64, "small"));
});

describe("cli with .docx and .pdf resumes", () => {
  it("parses a .docx as the API reads an upload", () => {
    const { code, stdout, stderr } = cli(["parse", join(dir, "cv.docx")]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const resume = JSON.parse(stdout);
    expect(resume.contact.name).toBe(NAME);
    const jobs = resume.sections
      .filter((s: { kind: string }) => s.kind === "experience")
      .flatMap((s: { entries: unknown[] }) => s.entries);
    expect(jobs.map((e: { organization: string }) => e.organization)).toEqual(JOBS.map((j) => j.company));
  });

  it("prints the parsed resume as JSON Resume with --format json-resume, from a .docx or a .pdf", () => {
    const docx = JSON.parse(cli(["parse", join(dir, "cv.docx"), "--format", "json-resume"]).stdout);
    expect(docx.basics.name).toBe(NAME);
    expect(docx.work).toEqual(
      JOBS.map((job) => expect.objectContaining({ name: job.company, position: job.title, highlights: job.bullets })),
    );
    expect(docx.work[0]).toMatchObject({ startDate: "2019-03" });
    expect(docx.work[0]).not.toHaveProperty("endDate");
    const pdf = cli(["parse", join(root, "test", "fixtures", "resume-text.pdf"), "--format", "json-resume"]);
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout).basics.name).toBe("Jordan Rivera");
    expect(JSON.parse(pdf.stdout).work.length).toBeGreaterThan(0);
  });

  it("analyzes a .docx resume against a job", () => {
    const run = JSON.parse(
      cli(["analyze", join(dir, "cv.docx"), join(root, "test", "fixtures", "job-platform.txt")]).stdout,
    );
    expect(run.score.before.overall).toBeGreaterThan(0);
  });

  it("exits 2 with one line for a zip bomb, a scanned PDF and json-resume on another command", () => {
    const bomb = cli(["parse", join(dir, "bomb.docx")]);
    expect(bomb.code).toBe(2);
    expect(bomb.stderr).toMatch(
      /bomb\.docx could not be read: word\/document\.xml inflates past .* \(over the declared_size limit, 30000\)\n$/,
    );
    const scanned = cli(["parse", join(root, "test", "fixtures", "resume-image.pdf")]);
    expect(scanned.code).toBe(2);
    expect(scanned.stderr).toMatch(/no text layer/);
    const wrong = cli(["analyze", join(dir, "cv.docx"), join(dir, "cv.docx"), "--format", "json-resume"]);
    expect(wrong).toMatchObject({ code: 2, stderr: "--format json-resume is for parse (one resume)\n" });
  });
});
