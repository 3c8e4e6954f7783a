import { describe, expect, it } from "vitest";
import { newFacts as independentNewFacts } from "../../../bench/lib/new-facts.ts";
import { JsonResume } from "../../../src/domain/json-resume.ts";
import { parse, runLocal, tailor } from "../../../src/engine/local/engine.ts";
import { applyEdits } from "../../../src/engine/local/tailor/apply.ts";
import { defaultTaxonomy } from "../../../src/engine/taxonomy/default.ts";
import { fixture, NOW, parsed } from "./helpers.ts";

const taxonomy = defaultTaxonomy();

const newFacts = (input: ReturnType<typeof parsed>, output: string) => independentNewFacts(input, output, taxonomy);

describe("honest tailoring", () => {
  const resume = parsed("resume-backend.md");
  const job = fixture("job-platform.txt");
  const { analysis, tailored } = tailor(resume, job, { now: NOW });

  it("proposes edits of every kind with a reason and sources, and the verifier accepts them", () => {
    expect(new Set(tailored.edits.map((e) => e.kind))).toEqual(
      new Set(["rewrite_summary", "reorder_bullets", "add_skill", "rewrite_bullet"]),
    );
    for (const edit of tailored.edits) {
      expect(edit.reason.length).toBeGreaterThan(10);
      expect(edit.sources.length).toBeGreaterThan(0);
      expect(edit.status).toBe("accepted");
    }
    expect(tailored.faithfulness).toEqual({
      checked: tailored.edits.length,
      accepted: tailored.edits.length,
      rejected: 0,
      unsupportedClaims: [],
    });
  });

  it("adds no fact the resume does not state (checked independently of the verifier)", () => {
    for (const edit of tailored.edits) expect(newFacts(resume, edit.after), edit.kind).toEqual([]);
    expect(newFacts(resume, tailored.markdown)).toEqual([]);
  });

  it("adds to the skills list only skills the resume shows, and never a gap", () => {
    const added = tailored.edits.filter((e) => e.kind === "add_skill").map((e) => e.after.split(", ").at(-1));
    expect(added).toEqual(expect.arrayContaining(["Kubernetes", "PostgreSQL", "Apache Kafka"]));
    expect(added).not.toContain("Terraform");
    expect(tailored.markdown).not.toMatch(/Terraform|AWS|Amazon Web Services/);
  });

  it("turns each unmet requirement into a question instead", () => {
    const gaps = analysis.recommendations.map((g) => g.requirement);
    expect(gaps).toEqual(expect.arrayContaining(["Terraform", "AWS"]));
    expect(analysis.recommendations.every((g) => g.question.endsWith("?"))).toBe(true);
  });

  it("builds the summary from stated facts and keeps what the candidate wrote", () => {
    const summary = tailored.edits.find((e) => e.kind === "rewrite_summary");
    expect(summary?.after).toMatch(/^Senior Software Engineer with 9\+ years of experience and hands-on work with /);
    expect(summary?.after).toContain("Backend engineer who builds reliable payment systems.");
  });

  it("puts the most relevant bullets first without changing any of them", () => {
    const reorder = tailored.edits.find((e) => e.kind === "reorder_bullets");
    expect(reorder?.after.split("\n").sort()).toEqual(reorder?.before.split("\n").sort());
    expect(reorder?.after.split("\n")[0]).not.toBe(reorder?.before.split("\n")[0]);
  });

  it("applies any subset of edits: a rejected edit leaves its text as it was", () => {
    const bulletEdit = tailored.edits.find((e) => e.kind === "rewrite_bullet");
    expect(bulletEdit).toBeDefined();
    const without = tailored.edits.map((e) => (e === bulletEdit ? { ...e, status: "rejected" as const } : e));
    const applied = applyEdits(resume, without, taxonomy, NOW);
    const bullets = applied.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)));
    expect(bullets).toContain(bulletEdit?.before);
    expect(bullets).not.toContain(bulletEdit?.after);
    const all = applyEdits(resume, tailored.edits, taxonomy, NOW);
    expect(all.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)))).toContain(
      bulletEdit?.after,
    );
  });

  it("outputs valid JSON Resume and Markdown, and a score after that is not below the score before", () => {
    expect(JsonResume.safeParse(tailored.jsonResume).success).toBe(true);
    expect(tailored.jsonResume.work?.[0]).toMatchObject({
      name: "Brightpay Inc.",
      position: "Senior Software Engineer",
      startDate: "2021-03",
    });
    expect(tailored.markdown).toMatch(/^# Jordan Rivera\n/);
    expect(tailored.scoreAfter.overall).toBeGreaterThanOrEqual(analysis.score.overall);
  });

  it("round-trips: the tailored Markdown parses back to the same roles", () => {
    const again = parse(tailored.markdown, { now: NOW });
    expect(again.sections.find((s) => s.kind === "experience")?.entries.map((e) => [e.title, e.organization])).toEqual(
      resume.sections.find((s) => s.kind === "experience")?.entries.map((e) => [e.title, e.organization]),
    );
  });

  it("round-trips text that looks like markup: the tailored Markdown shows it escaped and reads back the same", () => {
    const text = fixture("resume-backend.md")
      .replace("cutting p99 latency by 38%", "cutting p99 latency by 38% to <50ms")
      .replace("Mentored four engineers", "Mentored four engineers [contract] <b>")
      .replace("Brightpay Inc.", "Brightpay Inc. <img src=x onerror=alert(1)>");
    const input = parse(text, { now: NOW });
    const out = tailor(input, job, { now: NOW }).tailored;
    expect(out.markdown).toContain("to \\<50ms");
    expect(out.markdown).toContain("Mentored four engineers \\[contract\\] \\<b\\>");
    expect(out.markdown).not.toMatch(/(?<!\\)<(?:img|b)\b/);
    const again = parse(out.markdown, { now: NOW });
    const texts = (r: ReturnType<typeof parse>) =>
      r.sections
        .filter((s) => s.kind === "experience")
        .flatMap((s) => s.entries.flatMap((e) => [e.title, e.organization, ...e.bullets.map((b) => b.text).sort()]));
    const applied = applyEdits(input, out.edits, taxonomy, NOW);
    expect(texts(again)).toEqual(texts(applied));
    expect(texts(again)).toEqual(expect.arrayContaining(["Brightpay Inc. <img src=x onerror=alert(1)>"]));
    expect(texts(again).join("\n")).toContain("to <50ms");
  });

  it("is deterministic and in analyze mode stops before tailoring", () => {
    expect(tailor(resume, job, { now: NOW })).toEqual({ analysis, tailored });
    const run = runLocal(resume, job, "analyze", { now: NOW });
    expect(run.tailored).toBeUndefined();
    expect(run.score.after).toBeUndefined();
    expect(run.degradation).toBe("none");
  });

  it("tailors other professions honestly too", () => {
    for (const [r, j] of [
      ["resume-nurse.txt", "job-nurse.txt"],
      ["resume-teacher.txt", "job-platform.txt"],
      ["resume.json", "job-platform.txt"],
    ] as const) {
      const input = parsed(r);
      const out = tailor(input, fixture(j), { now: NOW }).tailored;
      expect(out.faithfulness.rejected, r).toBe(0);
      expect(newFacts(input, out.markdown), r).toEqual([]);
    }
  });
});
