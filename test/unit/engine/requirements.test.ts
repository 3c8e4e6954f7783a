import { describe, expect, it } from "vitest";
import type { Requirement } from "../../../src/domain/requirement.ts";
import { requirements } from "../../../src/engine/local/engine.ts";
import { fixture } from "./helpers.ts";

const find = (list: Requirement[], canonical: string) => list.find((r) => r.canonical === canonical);

describe("requirement extraction", () => {
  const job = fixture("job-platform.txt");
  const { requirements: reqs, jobTitle } = requirements(job);

  it("finds the title and keeps every requirement's text and span as written", () => {
    expect(jobTitle).toBe("Senior Backend Engineer");
    for (const r of reqs) expect(job.slice(r.evidence.start, r.evidence.end)).toBe(r.text);
  });

  it("takes priority from section headings and cue words", () => {
    expect(find(reqs, "Kubernetes")?.priority).toBe("must");
    expect(find(reqs, "PostgreSQL")?.priority).toBe("must");
    expect(find(reqs, "Terraform")?.priority).toBe("nice");
    expect(find(reqs, "Amazon Web Services")?.priority).toBe("nice");
    const weights = Object.fromEntries(reqs.map((r) => [r.canonical, r.weight]));
    expect(weights.Kubernetes).toBeGreaterThan(weights.Terraform ?? 1);
  });

  it("reads years and degrees", () => {
    const years = reqs.find((r) => r.category === "experience" && r.years === 5);
    expect(years?.text).toBe("5+ years of experience in backend software development");
    const degree = reqs.find((r) => r.category === "education");
    expect(degree).toMatchObject({ degree: { level: "bachelor", field: "Computer Science" }, priority: "must" });
    // The degree's field is part of the degree requirement, not a skill of its own.
    expect(find(reqs, "Computer Science")).toBeUndefined();
  });

  it("attaches years to the skill they are stated for", () => {
    const { requirements: r } = requirements("Requirements:\n- 5+ years of Python\n- At least three years with React");
    expect(find(r, "Python")?.years).toBe(5);
    expect(find(r, "React")?.years).toBe(3);
  });

  it("reads degree levels in their common forms", () => {
    const level = (text: string) =>
      requirements(text).requirements.find((r) => r.category === "education")?.degree?.level;
    expect(level("Master's degree in Data Science required")).toBe("master");
    expect(level("BS/BA in Finance or Accounting")).toBe("bachelor");
    expect(level("PhD in Chemistry")).toBe("doctorate");
    expect(level("High school diploma or GED")).toBe("high_school");
  });

  it("ignores company, benefits and equal-opportunity text", () => {
    expect(reqs.some((r) => /insurance|flexible|budget/i.test(r.text))).toBe(false);
    const { requirements: eeo } = requirements(
      "Requirements:\n- SQL\nWe are an equal opportunity employer and consider applicants without regard to race, religion, gender identity or veteran status.",
    );
    expect(eeo.map((r) => r.canonical)).toEqual(["SQL"]);
  });

  it("catches skills the taxonomy does not know, from their context", () => {
    const { requirements: r } = requirements(
      "Requirements:\n- Experience with payment reconciliation workflows\n- Knowledge of Basel III capital rules\n- Proficiency in Zorblax scripting\n- Familiarity with tools such as Quuxdesk and Flarnboard",
    );
    const texts = r.map((x) => x.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "payment reconciliation workflows",
        "Basel III capital rules",
        "Zorblax scripting",
        "Quuxdesk",
        "Flarnboard",
      ]),
    );
  });

  it("merges duplicates, keeping the first wording and counting mentions", () => {
    const { requirements: r } = requirements(
      "Requirements:\n- Kubernetes in production\n- k8s operators\n\nNice to have:\n- Kubernetes certification",
    );
    const k8s = r.filter((x) => x.canonical === "Kubernetes");
    expect(k8s).toHaveLength(1);
    expect(k8s[0]).toMatchObject({ text: "Kubernetes", priority: "must" });
    expect(k8s[0]?.weight).toBeGreaterThan(1 - 1e-9);
  });

  it("gives requirements in other professions their categories", () => {
    const { requirements: r } = requirements(fixture("job-nurse.txt"));
    expect(find(r, "Registered Nurse")).toMatchObject({ category: "certification", priority: "must" });
    expect(find(r, "Basic Life Support")).toMatchObject({ category: "certification", priority: "must" });
    expect(find(r, "Spanish")).toMatchObject({ category: "language", priority: "nice" });
    expect(r.find((x) => x.category === "education")).toMatchObject({
      priority: "nice",
      degree: { level: "bachelor", field: "Nursing" },
    });
    // "2+ years of ICU experience": the years belong to the skill.
    expect(find(r, "Intensive Care")).toMatchObject({ years: 2, priority: "must" });
    // The title line names the role; it is not itself a requirement statement.
    expect(r.every((x) => x.evidence.start > "ICU Registered Nurse".length)).toBe(true);
  });
});
