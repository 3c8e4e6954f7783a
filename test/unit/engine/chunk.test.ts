import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { describe, expect, it } from "vitest";
import type { ParsedResume } from "../../../src/domain/resume.ts";
import { chunkResume } from "../../../src/engine/chunk/chunk.ts";
import { estimateTokens, reserveTokens, TOKEN_MARGIN } from "../../../src/engine/chunk/estimate.ts";
import { parse } from "../../../src/engine/local/engine.ts";
import { fixture, NOW, parsed } from "./helpers.ts";

describe("token estimate", () => {
  it.each(["resume-backend.md", "resume-nurse.txt", "resume-teacher.txt", "job-platform.txt", "job-nurse.txt"])(
    "is within 15%% of the o200k tokenizer on %s, where chars/4 is not required to be",
    (name) => {
      const text = fixture(name);
      const real = encode(text).length;
      expect(Math.abs(estimateTokens(text) - real) / real).toBeLessThan(0.15);
    },
  );

  it("reserves the estimate plus the margin", () => {
    const text = fixture("resume-backend.md");
    expect(reserveTokens(text)).toBe(Math.ceil(estimateTokens(text) * (1 + TOKEN_MARGIN)));
    expect(estimateTokens("")).toBe(1);
  });
});

/** A resume with one long role, for splitting. */
function longResume(bullets: number): ParsedResume {
  const lines = ["Pat Doe", "", "EXPERIENCE", "Operations Manager, Acme Logistics, 2015 - Present"];
  for (let i = 0; i < bullets; i++)
    lines.push(`- Coordinated inbound freight schedule number ${i} across three regional warehouses and two carriers`);
  lines.push("", "SKILLS", "Forklift Operation, Inventory Control");
  return parse(lines.join("\n"), { now: NOW });
}

describe("chunking", () => {
  it("keeps a section that fits in one chunk, with a context header", () => {
    const chunks = chunkResume(parsed("resume-backend.md"), {
      maxTokens: 2000,
      requirementsDigest: "Go, Kubernetes, PostgreSQL",
    });
    expect(chunks.map((c) => c.id)).toEqual(["summary#0", "experience#0", "skills#0", "education#0"]);
    const experience = chunks[1];
    expect(experience?.header).toContain("Section: Experience (experience)");
    expect(experience?.header).toContain("Senior Software Engineer at Brightpay Inc. (Mar 2021 – Present)");
    expect(experience?.header).toContain("Job requirements: Go, Kubernetes, PostgreSQL");
    expect(experience?.parts).toEqual([
      { entry: 0, bullets: [0, 1, 2, 3] },
      { entry: 1, bullets: [0, 1, 2] },
    ]);
  });

  it("splits at entries, then between bullets, never inside one, within the limit", () => {
    const resume = longResume(40);
    const max = 250;
    const chunks = chunkResume(resume, { maxTokens: max });
    const experience = chunks.filter((c) => c.kind === "experience");
    expect(experience.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(max);
      expect(c.oversize).toBe(false);
      expect(c.text.startsWith("Operations Manager, Acme Logistics") || c.kind !== "experience").toBe(true);
    }
    // Every bullet exactly once, in order, each one whole.
    const seen = experience.flatMap((c) => c.parts.flatMap((p) => p.bullets));
    expect(seen).toEqual([...Array(40).keys()]);
    const texts = experience.flatMap((c) => c.text.split("\n").filter((l) => l.startsWith("- ")));
    expect(texts).toEqual(resume.sections[1]?.entries[0]?.bullets.map((b) => `- ${b.text}`));
  });

  it("sends a single bullet larger than the limit whole, flagged", () => {
    const resume = parse(`Pat\n\nEXPERIENCE\nManager, Acme, 2020 - Present\n- ${"word ".repeat(400)}\n- short`, {
      now: NOW,
    });
    const chunks = chunkResume(resume, { maxTokens: 120 }).filter((c) => c.kind === "experience");
    expect(chunks[0]?.oversize).toBe(true);
    expect(chunks[0]?.parts[0]?.bullets).toEqual([0]);
    expect(chunks[1]).toMatchObject({ oversize: false, parts: [{ entry: 0, bullets: [1] }] });
  });
});
