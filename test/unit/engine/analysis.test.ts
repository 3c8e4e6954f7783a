import { describe, expect, it } from "vitest";
import type { MatchResult } from "../../../src/domain/result.ts";
import { analyze, parse, requirements } from "../../../src/engine/local/engine.ts";
import { contentNorms } from "../../../src/engine/local/resume-index.ts";
import { fixture, NOW, parsed } from "./helpers.ts";

const status = (result: MatchResult, canonical: string) => {
  const r = result.requirements.find((x) => x.canonical === canonical);
  return r ? result.evidence.find((e) => e.requirementId === r.id) : undefined;
};

describe("evidence map", () => {
  const result = analyze(parsed("resume-backend.md"), fixture("job-platform.txt"), { now: NOW });

  it("marks what the resume shows as met, with the lines that show it", () => {
    const k8s = status(result, "Kubernetes");
    expect(k8s?.status).toBe("met");
    expect(k8s?.refs[0]?.text).toContain("k8s");
    expect(k8s?.refs[0]).toMatchObject({ section: "experience", entry: 0 });
  });

  it("marks related-only evidence partial and absent skills missing", () => {
    expect(status(result, "Stream Processing")).toMatchObject({ status: "partial" });
    expect(status(result, "Stream Processing")?.note).toContain("Apache Kafka");
    expect(status(result, "Terraform")).toMatchObject({ status: "missing", refs: [] });
  });

  it("takes no evidence from inside a URL or an e-mail address", () => {
    const resume = parse(
      "Alex Kim\nalex@robotics.example\n\nEXPERIENCE\nEngineer, Acme, 2020 - Present\n" +
        "- Built a demo page, see javascript:alert(1)\n- Wrote services in Go\n" +
        "- Portfolio at alex.dev/projects/warehouse-robotics-simulation\n\nSKILLS\nGo",
      { now: NOW },
    );
    const r = analyze(resume, "Requirements:\n- JavaScript\n- Go\n- Experience with warehouse robotics simulation", {
      now: NOW,
    });
    expect(status(r, "JavaScript")).toMatchObject({ status: "missing", refs: [] });
    expect(status(r, "Robotics")).toMatchObject({ status: "missing" });
    expect(status(r, "Go")).toMatchObject({ status: "met" });
    // The word overlap behind phrase evidence reads no address either.
    expect(contentNorms("see github.com/jane/kafka-streams and jane@acme.io, then Kafka")).toEqual([
      "see",
      "then",
      "kafka",
    ]);
  });

  it("counts an experience bullet more than a bare skills list", () => {
    const job = "Requirements:\n- Rust\n- Haskell";
    const resume = parse(
      "Alex Kim\n\nEXPERIENCE\nEngineer, Acme, 2020 - Present\n- Rewrote the parser in Rust\n\nSKILLS\nHaskell",
      { now: NOW },
    );
    const r = analyze(resume, job, { now: NOW });
    expect(status(r, "Rust")?.strength).toBeGreaterThan(status(r, "Haskell")?.strength ?? 1);
    expect(status(r, "Haskell")?.note).toContain("not shown in work experience");
  });

  it("says cannot_claim when the resume contradicts a hard requirement", () => {
    const resume = parse(
      "Kim Lee\n\nEXPERIENCE\nAnalyst, Acme, 2023 - Present\n- Built reports in SQL\n\nEDUCATION\nB.A. in Economics, State University, 2022",
      { now: NOW },
    );
    const r = analyze(resume, "Requirements:\n- Master's degree in Economics\n- 8+ years of experience\n- SQL", {
      now: NOW,
    });
    expect(
      r.evidence.find((e) => r.requirements.find((x) => x.id === e.requirementId)?.category === "education")?.status,
    ).toBe("cannot_claim");
    expect(
      r.evidence.find((e) => r.requirements.find((x) => x.id === e.requirementId)?.category === "experience")?.status,
    ).toBe("cannot_claim");
  });
});

describe("score", () => {
  it("is computed from its breakdown and identical for identical input", () => {
    const a = analyze(parsed("resume-nurse.txt"), fixture("job-nurse.txt"), { now: NOW });
    const b = analyze(parsed("resume-nurse.txt"), fixture("job-nurse.txt"), { now: NOW });
    expect(b).toEqual(a);
    const sum = Object.values(a.score.breakdown).reduce((s, c) => s + c.points, 0);
    expect(a.score.uncapped ?? a.score.overall).toBeCloseTo(sum, 0);
    expect(Object.values(a.score.breakdown).reduce((s, c) => s + c.max, 0)).toBe(100);
    expect(a.score.overall).toBeGreaterThan(80);
  });

  it("is capped when a must-have is missing, and says which", () => {
    const job = `${fixture("job-platform.txt")}\nRequirements:\n- Must have Scala and Elixir`;
    const result = analyze(parsed("resume-backend.md"), job, { now: NOW });
    expect(result.score.cappedBy).toContain("must-have");
    expect(result.score.cappedBy).toMatch(/Scala|Elixir/);
    expect(result.score.overall).toBeLessThanOrEqual(75);
    expect(result.score.uncapped).toBeGreaterThan(result.score.overall);
  });

  it("does not let a missing soft skill cap the score", () => {
    const result = analyze(parsed("resume-backend.md"), "Requirements:\n- Python\n- Excellent communication skills", {
      now: NOW,
    });
    expect(result.score.cappedBy).toBeUndefined();
  });
});

describe("section analyzers", () => {
  const result = analyze(parsed("resume-backend.md"), fixture("job-platform.txt"), { now: NOW });
  const section = (id: string) => result.sections.find((s) => s.section === id);

  it("rank experience bullets by relevance and count measurable results and action verbs", () => {
    const exp = section("experience");
    expect(exp?.bullets?.[0]?.relevance).toBeGreaterThan(exp?.bullets?.at(-1)?.relevance ?? 0);
    expect(exp?.breakdown.measurable?.detail).toContain("4 of 7 bullets");
    expect(exp?.suggestions.find((s) => s.code === "weak_opener")?.ref?.text).toBe(
      "Responsible for on-call rotation and incident reviews",
    );
  });

  it("suggest listing skills the roles show but the skills list leaves out", () => {
    const skills = section("skills");
    const listed = skills?.suggestions.filter((s) => s.code === "list_evidenced_skill").map((s) => s.message) ?? [];
    expect(listed.some((m) => m.includes("Kubernetes"))).toBe(true);
    expect(listed.some((m) => m.includes("Terraform"))).toBe(false);
  });

  it("judge the degree against the requirement", () => {
    expect(section("education")?.score).toBe(100);
    const low = analyze(
      parse("Kim\n\nEDUCATION\nAssociate of Arts, City College, 2015", { now: NOW }),
      "Requirements:\n- Bachelor's degree required",
      { now: NOW },
    );
    expect(low.sections.find((s) => s.kind === "education")?.suggestions[0]).toMatchObject({
      code: "degree_below_requirement",
      severity: "critical",
    });
  });

  it("check the document for ATS problems apart from the score", () => {
    const ats = Object.fromEntries(result.ats.map((a) => [a.id, a.status]));
    expect(ats).toMatchObject({ contact: "pass", headings: "pass", dates: "pass", measurable_results: "pass" });
    const bare = analyze(parse("Just a line of text with no structure at all.", { now: NOW }), "Requirements:\n- SQL", {
      now: NOW,
    });
    expect(Object.fromEntries(bare.ats.map((a) => [a.id, a.status]))).toMatchObject({
      contact: "fail",
      headings: "fail",
    });
  });

  it("turn every gap into a question, must-haves first", () => {
    const gaps = result.recommendations;
    expect(gaps[0]?.priority).toBe("must");
    const terraform = gaps.find((g) => g.requirement === "Terraform");
    expect(terraform?.question).toMatch(/Terraform.*nice-to-have.*does not mention it/);
  });
});

describe("other professions", () => {
  it("analyzes a nurse against a nursing job", () => {
    const result = analyze(parsed("resume-nurse.txt"), fixture("job-nurse.txt"), { now: NOW });
    for (const name of [
      "Registered Nurse",
      "Basic Life Support",
      "Advanced Cardiovascular Life Support",
      "Epic",
      "Intensive Care",
      "Spanish",
    ]) {
      expect(status(result, name)?.status, name).toBe("met");
    }
    expect(requirements(fixture("job-nurse.txt")).jobTitle).toBe("ICU Registered Nurse");
  });
});
