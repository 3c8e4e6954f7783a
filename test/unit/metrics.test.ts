import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FALLBACK_REASONS,
  fallbackReason,
  MetricsReport,
  percentile,
  percentileRank,
  WINDOW_MS,
} from "../../src/domain/metrics.ts";

describe("percentileRank (nearest rank)", () => {
  it("is ceil(count × p / 100)", () => {
    expect(percentileRank(1, 50)).toBe(1);
    expect(percentileRank(2, 50)).toBe(1);
    expect(percentileRank(3, 50)).toBe(2);
    expect(percentileRank(4, 50)).toBe(2);
    expect(percentileRank(5, 95)).toBe(5);
    expect(percentileRank(20, 95)).toBe(19);
    expect(percentileRank(21, 95)).toBe(20);
    expect(percentileRank(100, 95)).toBe(95);
    expect(percentileRank(7, 100)).toBe(7);
  });

  it("matches the real-number definition and stays within [1, count]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 100 }), (count, p) => {
        const rank = percentileRank(count, p);
        expect(rank).toBe(Math.ceil((count * p) / 100));
        expect(rank).toBeGreaterThanOrEqual(1);
        expect(rank).toBeLessThanOrEqual(count);
      }),
    );
  });

  it("refuses what is not a count or a percentage", () => {
    expect(() => percentileRank(0, 50)).toThrow(RangeError);
    expect(() => percentileRank(2.5, 50)).toThrow(RangeError);
    expect(() => percentileRank(3, 0)).toThrow(RangeError);
    expect(() => percentileRank(3, 101)).toThrow(RangeError);
    expect(() => percentileRank(3, 99.5)).toThrow(RangeError);
  });
});

describe("percentile", () => {
  it("is null for no values", () => {
    expect(percentile([], 50)).toBeNull();
  });

  it("picks an observed value: the smallest with at least p% at or below it", () => {
    const sorted = [500, 1000, 2000, 3000, 10000];
    expect(percentile(sorted, 50)).toBe(2000);
    expect(percentile(sorted, 95)).toBe(10000);
    expect(percentile([500, 1000, 2000, 3000], 50)).toBe(1000);
    expect(percentile([500, 1000, 2000, 3000], 95)).toBe(3000);
    expect(percentile([42], 95)).toBe(42);
  });

  it("has at least p% of the values at or below it and fewer than p% strictly below", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          const v = percentile(sorted, p) as number;
          expect(sorted.filter((x) => x <= v).length * 100).toBeGreaterThanOrEqual(p * sorted.length);
          expect(sorted.filter((x) => x < v).length * 100).toBeLessThan(p * sorted.length);
        },
      ),
    );
  });
});

describe("fallbackReason", () => {
  it("classes the reasons the engine writes", () => {
    expect(fallbackReason("succeeded", "token budget: 4200 more tokens would exceed the run's budget")).toBe(
      "token_budget",
    );
    expect(fallbackReason("succeeded", "no provider configured")).toBe("no_provider");
    expect(fallbackReason("succeeded", "provider configuration: LLM_PROVIDERS is not valid JSON")).toBe(
      "provider_config",
    );
    expect(fallbackReason("fallback", "queue attempts exhausted (step_failed: boom)")).toBe("queue_attempts_exhausted");
    expect(
      fallbackReason("succeeded", "primary: breaker open until 2026-01-01T00:00:00.000Z; secondary: HTTP 503"),
    ).toBe("providers_failed");
  });

  it("counts a coordinator-run attempt as a fallback even without a reason (a local run's)", () => {
    expect(fallbackReason("fallback", null)).toBe("queue_attempts_exhausted");
  });

  it("is null for attempts that ran where their run asked", () => {
    expect(fallbackReason("succeeded", null)).toBeNull();
    expect(fallbackReason("succeeded", undefined)).toBeNull();
    expect(fallbackReason("succeeded", "")).toBeNull();
    expect(fallbackReason("failed", null)).toBeNull();
  });

  it("has one distinct prefix per class", () => {
    const prefixes = FALLBACK_REASONS.map((r) => r.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(a.startsWith(b)).toBe(false);
  });
});

describe("MetricsReport", () => {
  it("names every window in WINDOW_MS", () => {
    expect(MetricsReport.shape.window.options.sort()).toEqual(Object.keys(WINDOW_MS).sort());
    expect(WINDOW_MS["1h"] * 24).toBe(WINDOW_MS["24h"]);
    expect(WINDOW_MS["24h"] * 7).toBe(WINDOW_MS["7d"]);
  });
});
