import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FEATURES } from "../../src/config/features.ts";
import { runLlmTask } from "../../src/llm/run-task.ts";
import type { Claimed } from "../../src/run/payloads.ts";
import { mockProviders, openBudget } from "./llm-mock.ts";
import { JOB } from "./run-helpers.ts";

const mock = mockProviders();
beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.server.close());

describe("50 simultaneous llm tasks", () => {
  it("never put more calls in flight at a provider than its lease limit, and spill over to the next one", async () => {
    mock.latency(40);
    const { budget, held, settled } = openBudget();
    const claims: Claimed[] = Array.from({ length: 50 }, (_, i) => ({
      status: "claimed",
      taskId: `requirements-${i}`,
      attempt: 1,
      owner: "anonymous",
      engine: "llm",
      features: DEFAULT_FEATURES,
      now: Date.now(),
      // Distinct postings: no task is served from another's cached answer.
      payload: { kind: "requirements", jobText: `${JOB}\nRef: concurrency-${i}\n` },
    }));
    const results = await Promise.all(claims.map((claim) => runLlmTask(env, claim, budget)));

    // All served by the model: waiting for a slot is not failing.
    expect(results.every((r) => r.report.engine === "llm" && r.report.fallback === undefined)).toBe(true);
    // The adaptive limit is at most maxConcurrency (4): neither provider ever sees more, and each sees that many —
    // a task that finds the primary full goes to the secondary rather than queue for the primary.
    for (const name of ["primary", "secondary"] as const) {
      const snapshot = await env.PROVIDER_GATEWAY.getByName(name).snapshot(name);
      expect(mock.peak[name]).toBe(4);
      expect(snapshot.totals.peak_in_flight).toBeLessThanOrEqual(4);
      expect(snapshot.inFlight).toBe(0);
    }
    const primary = await env.PROVIDER_GATEWAY.getByName("primary").snapshot("primary");
    expect(primary.totals.refused_busy).toBeGreaterThan(0);
    // One call per task, wherever it went.
    expect(mock.requests("primary").length + mock.requests("secondary").length).toBe(50);
    // Every reservation was settled with the provider's reported usage.
    expect(held.size).toBe(0);
    expect(settled()).toBe(results.reduce((sum, r) => sum + (r.report.tokensIn ?? 0) + (r.report.tokensOut ?? 0), 0));
  });
});
