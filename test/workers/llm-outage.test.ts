import { env } from "cloudflare:workers";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RunResult } from "../../src/domain/result.ts";
import { mockProviders, PROVIDER_NAMES, status } from "./llm-mock.ts";
import { eventsOf, JOB, startRun, waitForEnd } from "./run-helpers.ts";

// Its own file: the providers' breakers are shared state, and this file leaves both open.
const mock = mockProviders();
beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.server.resetHandlers());
afterAll(() => mock.server.close());

const snapshot = (name: string) => env.PROVIDER_GATEWAY.getByName(name).snapshot(name);

describe("every provider down", () => {
  it("runs on the local engine, reports severe degradation and succeeds; open providers get no calls", async () => {
    mock.on("primary", () => status(503, "overloaded"));
    mock.on("secondary", () => status(500, "internal error"));

    const first = await waitForEnd((await startRun({ engine: "llm", job: `${JOB}\nRef: outage-1\n` })).id, 30_000);
    expect(first.status).toBe("succeeded");
    expect(first.degradation).toBe("severe");
    const result = RunResult.parse(first.result);
    expect(result.degradation).toBe("severe");
    expect(result.tailored?.edits.length).toBeGreaterThan(0);
    expect(result.score.before.overall).toBeGreaterThan(0);

    // Each task that fell back says so, naming what each provider did.
    const events = await eventsOf(first.id);
    const fallbacks = events.filter((e) => e.type === "task.fallback");
    const llmTasks = first.tasks.filter(
      (t) => ["requirements", "analyze", "tailor"].includes(t.kind) && !t.id.startsWith("tailor:skills"),
    );
    expect(fallbacks).toHaveLength(llmTasks.length);
    expect(fallbacks[0]?.message).toMatch(/primary: server 503; secondary: server 500/);
    expect(fallbacks.some((e) => /breaker open until/.test(e.message))).toBe(true);

    // A second run meets both breakers open: no request reaches either provider.
    const before = mock.seen.length;
    const second = await waitForEnd((await startRun({ engine: "llm", job: `${JOB}\nRef: outage-2\n` })).id, 30_000);
    expect(second).toMatchObject({ status: "succeeded", degradation: "severe" });
    const probes = await Promise.all(PROVIDER_NAMES.map(async (n) => (await snapshot(n)).totals.probes ?? 0));
    // Only half-open probes (at most one per provider per cooldown) may have gone out.
    expect(mock.seen.length - before).toBeLessThanOrEqual(probes.reduce((a, b) => a + b, 0));

    // Every request the "providers" saw went out under a lease: none bypassed its gateway.
    for (const name of PROVIDER_NAMES) {
      const s = await snapshot(name);
      expect(s.state).not.toBe("closed");
      expect(mock.requests(name)).toHaveLength(s.totals.leases ?? 0);
      expect(s.totals.refused_open).toBeGreaterThan(0);
    }
  });
});
