import { describe, expect, it } from "vitest";
import { fullJitterDelay } from "../../src/queue/backoff.ts";

const window = { baseMs: 1_000, capMs: 60_000 };

describe("fullJitterDelay", () => {
  it("draws from [0, base * 2^attempt]", () => {
    expect(fullJitterDelay(3, window, () => 0)).toBe(0);
    expect(fullJitterDelay(3, window, () => 0.5)).toBe(4_000);
    expect(fullJitterDelay(3, window, () => 0.999_999)).toBe(7_999);
  });

  it("never exceeds the cap however many attempts were made", () => {
    expect(fullJitterDelay(30, window, () => 0.999_999)).toBe(59_999);
    expect(fullJitterDelay(1_000, window, () => 0.5)).toBe(30_000);
  });

  it("treats a negative attempt as the first", () => {
    expect(fullJitterDelay(-4, window, () => 0.5)).toBe(500);
  });
});
