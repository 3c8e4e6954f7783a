import { describe, expect, it } from "vitest";
import { chunkResume } from "../../../src/engine/chunk/chunk.ts";
import { analyze, requirements } from "../../../src/engine/local/engine.ts";
import { analyzeChunk, numberEdits, proposeAllEdits, scoreRun, tailorChunk } from "../../../src/engine/local/stages.ts";
import { defaultTaxonomy } from "../../../src/engine/taxonomy/default.ts";
import { fixture, NOW, parsed } from "./helpers.ts";

const options = { taxonomy: defaultTaxonomy(), now: NOW };

describe("the engine's stages over chunks", () => {
  it.each([
    ["resume-backend.md", "job-platform.txt"],
    ["resume-nurse.txt", "job-nurse.txt"],
    ["resume-teacher.txt", "job-platform.txt"],
  ])("give the same analysis and edits as the whole resume at once: %s", (resumeName, jobName) => {
    const resume = parsed(resumeName);
    const job = fixture(jobName);
    const { requirements: reqs, jobTitle } = requirements(job, options);
    // Small chunks, so sections are split between entries and between bullets.
    const chunks = chunkResume(resume, { maxTokens: 60 });
    expect(chunks.length).toBeGreaterThan(resume.sections.length - 1);
    const staged = scoreRun(
      resume,
      reqs,
      jobTitle,
      chunks.map((c) => analyzeChunk(resume, c, reqs, options)),
      options,
    );
    expect(staged).toEqual(analyze(resume, job, options));

    const targets = [
      ...chunks
        .filter((c) => c.kind !== "summary" && c.kind !== "skills")
        .map((c) => ({ section: c.section, parts: c.parts })),
      { section: resume.sections.find((s) => s.kind === "summary")?.id ?? "summary" },
      { section: resume.sections.find((s) => s.kind === "skills")?.id ?? "skills" },
    ];
    const edits = numberEdits(
      targets.flatMap((t) => tailorChunk(resume, job, staged, t, options)),
      resume,
    );
    expect(edits).toEqual(proposeAllEdits(resume, job, staged, options));
  });
});
