import { env } from "cloudflare:workers";
import { delay } from "msw";
import { describe, expect, it } from "vitest";
import { runLlmTask } from "../../src/llm/run-task.ts";
import { mockProvidersPerTest, openBudget, requirementsClaim, status } from "./llm-mock.ts";

const mock = mockProvidersPerTest();

// Hedging off unless a test turns it on: these tests count requests.
const noHedge = { ...env, LLM_HEDGE_MS: "0" };

describe("a second round over the providers", () => {
  it("tries again, after a pause, when the last provider up failed in a way another try can fix", async () => {
    // The primary rejects the request (a 4xx: neutral, not retried); the secondary has one transient 5xx.
    mock.on("primary", () => status(404, "no such model"));
    let secondaryCalls = 0;
    mock.on("secondary", () => (++secondaryCalls === 1 ? status(503, "overloaded") : undefined));
    const { budget, held, settled } = openBudget();
    const result = await runLlmTask(noHedge, requirementsClaim("retry-1"), budget);
    expect(result.report).toMatchObject({ engine: "llm", provider: "secondary" });
    expect(result.report.fallback).toBeUndefined();
    expect(mock.requests("primary")).toHaveLength(2);
    expect(mock.requests("secondary")).toHaveLength(2);
    expect(result.report.llmCalls).toBe(4);
    // Every call of both rounds was reserved and settled.
    expect(held.size).toBe(0);
    expect(settled()).toBe((result.report.tokensIn ?? 0) + (result.report.tokensOut ?? 0));
  });

  it("does not try again when no failure was one another try can fix", async () => {
    mock.on("primary", () => status(404, "no such model"));
    mock.on("secondary", () => status(403, "not allowed"));
    const result = await runLlmTask(noHedge, requirementsClaim("retry-2"), openBudget().budget);
    expect(result.report.engine).toBe("local");
    expect(result.report.fallback).toMatch(/primary: client 404; secondary: client 403$/);
    expect(mock.requests("primary")).toHaveLength(1);
    expect(mock.requests("secondary")).toHaveLength(1);
  });

  it("gives up after the second round and names every failure", async () => {
    mock.on("primary", () => status(500));
    mock.on("secondary", () => status(502));
    const result = await runLlmTask(noHedge, requirementsClaim("retry-3"), openBudget().budget);
    expect(result.report.engine).toBe("local");
    expect(result.report.fallback).toBe(
      "primary: server 500; secondary: server 502; primary: server 500; secondary: server 502",
    );
    expect(mock.requests("primary")).toHaveLength(2);
    expect(mock.requests("secondary")).toHaveLength(2);
  });
});

describe("a hedge that could not be sent", () => {
  it("leaves its provider to be tried when the first call then fails", async () => {
    // The secondary is full when the hedge is due, and has room again before the primary's call fails.
    const gateway = env.PROVIDER_GATEWAY.getByName("secondary");
    const limits = { name: "secondary", maxConcurrency: 4, timeoutMs: 2000, breaker: true };
    const leases: string[] = [];
    for (let i = 0; i < 4; i++) {
      const lease = await gateway.acquire(limits, 100);
      if (lease.status === "granted") leases.push(lease.lease);
    }
    expect(leases).toHaveLength(4);
    mock.on("primary", async () => {
      await delay(400);
      return status(404, "no such model");
    });
    const freed = delay(200).then(() =>
      Promise.all(
        leases.map((l) =>
          gateway.release(l, { outcome: { kind: "neutral" }, latencyMs: 0, tokensIn: 0, tokensOut: 0 }),
        ),
      ),
    );
    const result = await runLlmTask(
      { ...env, LLM_HEDGE_MS: "100" },
      requirementsClaim("hedge-skip"),
      openBudget().budget,
    );
    await freed;
    expect(result.report).toMatchObject({ engine: "llm", provider: "secondary" });
    expect(result.report.fallback).toBeUndefined();
    expect(mock.requests("secondary")).toHaveLength(1);
  });
});
