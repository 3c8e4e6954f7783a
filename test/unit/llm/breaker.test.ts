import { describe, expect, it } from "vitest";
import {
  adjustLimit,
  admit,
  afterCall,
  type Breaker,
  type Call,
  closedBreaker,
  DEFAULT_BREAKER,
  parseRetryAfter,
  startProbe,
  tripped,
} from "../../../src/llm/breaker.ts";

const config = DEFAULT_BREAKER;
const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] ?? null });

function feed(outcomes: boolean[], start = 0): { breaker: Breaker; calls: Call[] } {
  let breaker = closedBreaker();
  const calls: Call[] = [];
  outcomes.forEach((ok, i) => {
    const now = start + i * 100;
    calls.push({ at: now, ok });
    breaker = afterCall(breaker, ok ? { kind: "success" } : { kind: "failure" }, calls, now, config, false);
  });
  return { breaker, calls };
}

describe("circuit breaker", () => {
  it("stays closed below the thresholds: too few calls, too few failures, or too low a rate", () => {
    expect(feed([false, false, false, false]).breaker.state).toBe("closed"); // 4 calls < minCalls 10
    const mixed = (pattern: string) => [...pattern].map((c) => c === "1");
    expect(feed(mixed("1110101110")).breaker.state).toBe("closed"); // 3 failures < 5
    expect(feed(mixed("110110110110110")).breaker.state).toBe("closed"); // 5 of 15 < 50%
  });

  it("opens after N failures making M% of at least K calls in the window", () => {
    const { breaker } = feed([true, false, true, false, true, false, true, false, true, false]);
    expect(breaker).toMatchObject({ state: "open", trips: 1, reopenAt: 900 + config.cooldownMs });
  });

  it("opens after C failures in a row even when earlier successes keep the window's rate low", () => {
    const busy = Array.from({ length: 30 }, () => true);
    expect(feed([...busy, false, false, false, false]).breaker.state).toBe("closed");
    expect(feed([...busy, false, false, false, false, false]).breaker).toMatchObject({ state: "open", trips: 1 });
    // A success in between starts the count again.
    expect(feed([...busy, false, false, false, true, false, false, false]).breaker.state).toBe("closed");
  });

  it("with many calls in flight, needs a run of failures longer than one wave of them", () => {
    let breaker = closedBreaker();
    const calls: Call[] = Array.from({ length: 40 }, (_, i) => ({ at: i, ok: true }));
    // 16 fast failures in a row from 32 concurrent calls: a hiccup, not an outage.
    for (let i = 0; i < 16; i++) {
      calls.push({ at: 40 + i, ok: false });
      breaker = afterCall(breaker, { kind: "failure" }, calls, 40 + i, config, false, 32);
    }
    expect(breaker.state).toBe("closed");
    for (let i = 16; i < 32; i++) {
      calls.push({ at: 40 + i, ok: false });
      breaker = afterCall(breaker, { kind: "failure" }, calls, 40 + i, config, false, 32);
    }
    expect(breaker.state).toBe("open");
  });

  it("forgets failures outside the window", () => {
    const old: Call[] = [0, 1, 2].map((i) => ({ at: i, ok: false }));
    const now = config.windowMs + 10;
    expect(tripped([...old, { at: now, ok: true }, { at: now, ok: false }], now, config)).toBe(false);
  });

  it("admits nothing while open, then exactly one probe", () => {
    const opened = feed([false, false, false, false, false]).breaker;
    expect(admit(opened, 1000)).toMatchObject({ admit: "open" });
    const later = (opened.reopenAt ?? 0) + 1;
    expect(admit(opened, later)).toEqual({ admit: "probe" });
    const probing = startProbe(opened, "lease-1");
    expect(admit(probing, later)).toMatchObject({ admit: "open" });
    expect(admit(probing, later + 10)).toMatchObject({ admit: "open" });
  });

  it("closes when the probe succeeds, and reopens for longer when it fails", () => {
    const opened = feed([false, false, false, false, false]).breaker;
    const probing = startProbe(opened, "lease-1");
    expect(afterCall(probing, { kind: "success" }, [], 10_000, config, true)).toEqual(closedBreaker());
    const reopened = afterCall(probing, { kind: "failure" }, [], 10_000, config, true);
    expect(reopened).toMatchObject({ state: "open", trips: 2, reopenAt: 10_000 + 2 * config.cooldownMs });
    const third = afterCall(startProbe(reopened, "l2"), { kind: "failure" }, [], 30_000, config, true);
    expect(third.reopenAt).toBe(30_000 + 4 * config.cooldownMs);
  });

  it("caps the cooldown", () => {
    let b: Breaker = { state: "open", trips: 20, openedAt: 0, reopenAt: 0 };
    b = afterCall(startProbe(b, "x"), { kind: "failure" }, [], 1_000_000, config, true);
    expect((b.reopenAt ?? 0) - 1_000_000).toBe(config.maxCooldownMs);
  });

  it("opens on a 429 until its Retry-After, re-reading each new value, with the total wait capped", () => {
    const closed = closedBreaker();
    const first = afterCall(
      closed,
      { kind: "failure", rateLimited: true, retryAfterMs: 30_000 },
      [],
      1_000,
      config,
      false,
    );
    expect(first).toMatchObject({ state: "open", openedAt: 1_000, reopenAt: 31_000 });
    // A later 429 from a call already in flight says 5 s: the newest value wins.
    const second = afterCall(
      first,
      { kind: "failure", rateLimited: true, retryAfterMs: 5_000 },
      [],
      2_000,
      config,
      false,
    );
    expect(second.reopenAt).toBe(7_000);
    // An absurd Retry-After is capped from the first opening.
    const third = afterCall(
      second,
      { kind: "failure", rateLimited: true, retryAfterMs: 10_000_000 },
      [],
      3_000,
      config,
      false,
    );
    expect(third.reopenAt).toBe(1_000 + config.maxRetryAfterMs);
  });

  it("does not count a caller's mistake (neutral) against the provider", () => {
    const { breaker, calls } = feed([false, false]);
    expect(afterCall(breaker, { kind: "neutral" }, calls, 500, config, false)).toEqual(breaker);
  });
});

describe("Retry-After", () => {
  it("reads retry-after-ms, seconds, and HTTP dates", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "1500" }), 0)).toBe(1500);
    expect(parseRetryAfter(headers({ "retry-after": "7" }), 0)).toBe(7000);
    const now = Date.parse("2026-11-29T10:00:00Z");
    expect(parseRetryAfter(headers({ "retry-after": "Sun, 29 Nov 2026 10:00:30 GMT" }), now)).toBe(30_000);
    expect(parseRetryAfter(headers({}), 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});

describe("adaptive concurrency", () => {
  it("adds on success, halves on 429s and timeouts, stays within [1, max]", () => {
    let limit = 1;
    for (let i = 0; i < 50; i++) limit = adjustLimit(limit, { kind: "success" }, 8);
    expect(limit).toBeGreaterThan(7);
    expect(limit).toBeLessThanOrEqual(8);
    limit = adjustLimit(limit, { kind: "failure", rateLimited: true }, 8);
    expect(limit).toBeLessThanOrEqual(4);
    limit = adjustLimit(limit, { kind: "failure", timedOut: true }, 8);
    expect(limit).toBeLessThanOrEqual(2);
    for (let i = 0; i < 5; i++) limit = adjustLimit(limit, { kind: "failure", rateLimited: true }, 8);
    expect(limit).toBe(1);
    expect(adjustLimit(3, { kind: "failure" }, 8)).toBe(3);
  });

  it("cuts once per window: a call already out at the last cut does not cut again", () => {
    expect(adjustLimit(32, { kind: "failure", rateLimited: true }, 32, true)).toBe(32);
    expect(adjustLimit(32, { kind: "failure", timedOut: true }, 32, true)).toBe(32);
    expect(adjustLimit(32, { kind: "failure", rateLimited: true }, 32, false)).toBe(16);
    expect(adjustLimit(16, { kind: "success" }, 32, true)).toBeCloseTo(16 + 1 / 16);
  });
});
