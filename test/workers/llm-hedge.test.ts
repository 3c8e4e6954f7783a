import { env } from "cloudflare:workers";
import { delay } from "msw";
import { describe, expect, it } from "vitest";
import { runLlmTask } from "../../src/llm/run-task.ts";
import { mockProvidersPerTest, openBudget, requirementsClaim } from "./llm-mock.ts";

const mock = mockProvidersPerTest();

describe("hedged calls", () => {
  it("a call still out after the hedge delay gets a twin on the next provider; the first answer wins, the other is called off", async () => {
    mock.on("primary", async () => {
      await delay(1_500);
      return undefined;
    });
    const { budget, held, settled } = openBudget();
    const before = await env.PROVIDER_GATEWAY.getByName("primary").snapshot("primary");
    const started = Date.now();
    const result = await runLlmTask({ ...env, LLM_HEDGE_MS: "200" }, requirementsClaim("hedge-1"), budget);
    expect(Date.now() - started).toBeLessThan(1_400);
    expect(result.report).toMatchObject({ engine: "llm", provider: "secondary" });
    expect(result.report.fallback).toBeUndefined();
    expect(mock.requests("primary")).toHaveLength(1);
    expect(mock.requests("secondary")).toHaveLength(1);
    // The called-off call is no failure of the primary, and its prompt is still counted as spent.
    const after = await env.PROVIDER_GATEWAY.getByName("primary").snapshot("primary");
    expect(after.totals.failures ?? 0).toBe(before.totals.failures ?? 0);
    expect(after.inFlight).toBe(0);
    expect(held.size).toBe(0);
    expect(settled()).toBe((result.report.tokensIn ?? 0) + (result.report.tokensOut ?? 0));
    expect(result.report.tokensIn).toBeGreaterThan(mock.requests("secondary").length);
  });

  it("with a latency history, the twin goes at the provider's p95 (at least 1 s), before LLM_HEDGE_MS", async () => {
    // Twenty recent answers of about 50 ms: the primary's p95 is far below the 1 s floor.
    const gateway = env.PROVIDER_GATEWAY.getByName("primary");
    const limits = { name: "primary", maxConcurrency: 4, timeoutMs: 2000, breaker: true };
    for (let i = 0; i < 20; i++) {
      const lease = await gateway.acquire(limits, 100);
      if (lease.status !== "granted") throw new Error(`expected a lease, got ${lease.status}`);
      await gateway.release(lease.lease, { outcome: { kind: "success" }, latencyMs: 50, tokensIn: 1, tokensOut: 1 });
    }
    expect((await gateway.acquire(limits, 100)).status === "granted").toBe(true);
    // The primary answers in 1.8 s (inside its 2 s timeout), before a twin sent at LLM_HEDGE_MS would be.
    mock.on("primary", async () => {
      await delay(1_800);
      return undefined;
    });
    const started = Date.now();
    const result = await runLlmTask(
      { ...env, LLM_HEDGE_MS: "1900" },
      requirementsClaim("hedge-p95"),
      openBudget().budget,
    );
    const elapsed = Date.now() - started;
    expect(result.report).toMatchObject({ engine: "llm", provider: "secondary" });
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
    expect(elapsed).toBeLessThan(1_700);
  });

  it("no twin when the first answer comes in time, or when hedging is off", async () => {
    const quick = await runLlmTask({ ...env, LLM_HEDGE_MS: "1000" }, requirementsClaim("hedge-2"), openBudget().budget);
    expect(quick.report.provider).toBe("primary");
    expect(mock.requests("secondary")).toHaveLength(0);

    mock.on("primary", async () => {
      await delay(600);
      return undefined;
    });
    const off = await runLlmTask({ ...env, LLM_HEDGE_MS: "0" }, requirementsClaim("hedge-3"), openBudget().budget);
    expect(off.report.provider).toBe("primary");
    expect(mock.requests("secondary")).toHaveLength(0);
  });
});
