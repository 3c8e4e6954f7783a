import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const fixtures = join(root, "test", "fixtures");

// The CLI needs Node 22 (it runs TypeScript directly); the project pins it, whatever Node runs the tests.
const pinned = join(root, "node_modules", ".bin", "node");
const node = existsSync(pinned) ? pinned : process.execPath;

function cli(args: string[], input?: string) {
  const result = spawnSync(node, [join(root, "src", "cli.ts"), ...args, "--now", "2026-11-01"], {
    input,
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli", () => {
  it("parses a resume to JSON with every skill found and its references", () => {
    const { code, stdout } = cli(["parse", join(fixtures, "resume-nurse.txt")]);
    expect(code).toBe(0);
    const resume = JSON.parse(stdout);
    expect(resume.contact.name).toBe("MARIA SANTOS");
    const bls = resume.skills.find((s: { canonical: string }) => s.canonical === "Basic Life Support");
    expect(bls.refs[0]).toMatchObject({ section: "certifications" });
  });

  it("reads stdin with - and JSON Resume by extension", () => {
    expect(
      JSON.parse(cli(["parse", "-"], "Jo Park\n\nSKILLS\nSQL, Tableau").stdout).skills.map(
        (s: { canonical: string }) => s.canonical,
      ),
    ).toEqual(["SQL", "Tableau"]);
    expect(JSON.parse(cli(["parse", join(fixtures, "resume.json")]).stdout).format).toBe("json_resume");
  });

  it("prints requirements as {requirements: [...]} and analyses and tailoring as RunResult", () => {
    const reqs = JSON.parse(cli(["requirements", join(fixtures, "job-nurse.txt")]).stdout);
    expect(Object.keys(reqs)).toEqual(["requirements"]);
    const run = JSON.parse(
      cli(["tailor", join(fixtures, "resume-backend.md"), join(fixtures, "job-platform.txt")]).stdout,
    );
    expect(run.score.before.overall).toBeGreaterThan(0);
    expect(run.tailored.edits.length).toBeGreaterThan(0);
    const md = cli([
      "analyze",
      join(fixtures, "resume-backend.md"),
      join(fixtures, "job-platform.txt"),
      "--format",
      "md",
    ]);
    expect(md.stdout).toContain("# Match report");
    expect(md.stdout).toContain("| must | Kubernetes | ✓ met |");
  });

  it("runs a batch, one JSON line per input with its id, errors included", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const file = join(dir, "batch.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a", resume: "Jo Park\n\nSKILLS\nSQL", job: "Requirements:\n- SQL" }),
        JSON.stringify({ id: "b", resume: "Jo Park", job: "" }),
        "not json",
      ].join("\n"),
    );
    const { code, stdout } = cli(["analyze", "--batch", file]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ id: "a" });
    expect(lines[0].score.before.breakdown.mustHave.points).toBe(50);
    expect(lines[1]).toEqual({ id: "b", error: "the job description is empty" });
    expect(lines[2]).toEqual({ id: null, error: "line 3: not JSON" });
  });

  it.each([
    [["nonsense"], /usage: cli/],
    [["parse"], /parse takes 1 file/],
    [["parse", "/no/such/file.txt"], /cannot read/],
    [["parse", join(fixtures, "resume.json").replace(".json", ".doc")], /unsupported file type/],
    [["analyze", join(fixtures, "resume-backend.md"), "/dev/null"], /job description is empty/],
    [["parse", "-", "--format", "xml"], /--format must be json or md/],
  ])("exits 2 with one line on stderr for bad input: %s", (args, message) => {
    const { code, stderr, stdout } = cli(args as string[], "x");
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });

  it("exits 2 for an invalid JSON Resume, naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ work: [{ startDate: "last year" }] }));
    const { code, stderr } = cli(["parse", file]);
    expect(code).toBe(2);
    expect(stderr).toContain("work.0.startDate");
  });
});
