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
    // The tasks that call a model: requirements, the experience chunk reviews and the summary.
    const llmTasks = first.tasks.filter(
      (t) => t.id === "requirements" || t.id.startsWith("analyze:experience") || t.id.startsWith("tailor:summary"),
    );
    expect(fallbacks).toHaveLength(llmTasks.length);
    expect(fallbacks[0]?.message).toMatch(/primary: server 503; secondary: server 500/);

    // More runs push both providers past the breaker threshold; from then on their tasks skip them.
    let runs = 1;
    while (runs < 6) {
      const trips = await Promise.all(PROVIDER_NAMES.map(async (n) => (await snapshot(n)).totals.trips ?? 0));
      if (trips.every((t) => t > 0)) break;
      runs++;
      const view = await waitForEnd(
        (await startRun({ engine: "llm", job: `${JOB}\nRef: outage-${runs}\n` })).id,
        30_000,
      );
      expect(view).toMatchObject({ status: "succeeded", degradation: "severe" });
    }
    expect(runs).toBeLessThan(6);

    // A run that meets both breakers open sends no request to either provider (half-open probes aside).
    const before = mock.seen.length;
    const probesBefore = await Promise.all(PROVIDER_NAMES.map(async (n) => (await snapshot(n)).totals.probes ?? 0));
    const last = await waitForEnd((await startRun({ engine: "llm", job: `${JOB}\nRef: outage-last\n` })).id, 30_000);
    expect(last).toMatchObject({ status: "succeeded", degradation: "severe" });
    const probesAfter = await Promise.all(PROVIDER_NAMES.map(async (n) => (await snapshot(n)).totals.probes ?? 0));
    const probes = probesAfter.reduce((a, b, i) => a + b - (probesBefore[i] ?? 0), 0);
    expect(mock.seen.length - before).toBe(probes);
    const messages = (await eventsOf(last.id)).filter((e) => e.type === "task.fallback").map((e) => e.message);
    expect(messages.some((m) => /primary: breaker open until .*; secondary: breaker open until/.test(m))).toBe(true);

    // Every request the "providers" saw went out under a lease: none bypassed its gateway.
    for (const name of PROVIDER_NAMES) {
      const s = await snapshot(name);
      expect(s.state).not.toBe("closed");
      expect(mock.requests(name)).toHaveLength(s.totals.leases ?? 0);
      expect(s.totals.refused_open).toBeGreaterThan(0);
    }
  });
});
