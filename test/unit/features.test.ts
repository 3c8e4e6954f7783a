import { describe, expect, it } from "vitest";
import { DEFAULT_FEATURES, featuresFrom, forRun } from "../../src/config/features.ts";

describe("service switches", () => {
  it("default to everything on, 8 tasks in flight", () => {
    expect(featuresFrom({})).toEqual({ features: DEFAULT_FEATURES, errors: [] });
  });

  it("read each var's off position", () => {
    const { features, errors } = featuresFrom({
      RUN_PARALLELISM: "1",
      CHUNKING: "off",
      SECTION_ANALYZERS: "off",
      REQUIREMENTS_EXTRACTOR: "local",
      CIRCUIT_BREAKERS: "off",
      CACHING: "off",
    });
    expect(errors).toEqual([]);
    expect(features).toEqual({
      parallelism: 1,
      chunking: false,
      sectionAnalyzers: false,
      requirementsExtractor: "local",
      circuitBreakers: false,
      cache: false,
    });
  });

  it("keep the default for a value they do not understand, and say which", () => {
    const { features, errors } = featuresFrom({ RUN_PARALLELISM: "lots", CHUNKING: "maybe", CACHING: "on" });
    expect(features.parallelism).toBe(8);
    expect(features.chunking).toBe(true);
    expect(errors).toHaveLength(2);
    expect(errors.join(" ")).toMatch(/RUN_PARALLELISM.*CHUNKING must be "on" or "off"/);
  });

  it("can be turned down by a run, never up", () => {
    const global = { ...DEFAULT_FEATURES, parallelism: 4, cache: false };
    expect(forRun(global, { parallelism: 16, cache: true, chunking: false })).toEqual({
      ...global,
      parallelism: 4,
      cache: false,
      chunking: false,
    });
    expect(forRun(global, { parallelism: 1, requirementsExtractor: "local", sectionAnalyzers: false })).toMatchObject({
      parallelism: 1,
      requirementsExtractor: "local",
      sectionAnalyzers: false,
    });
    expect(
      forRun({ ...DEFAULT_FEATURES, requirementsExtractor: "local" }, { requirementsExtractor: "auto" }),
    ).toMatchObject({ requirementsExtractor: "local" });
  });
});
