import { env } from "cloudflare:workers";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mockProviders, status } from "./llm-mock.ts";
import { eventsOf, JOB, startRun, waitForEnd } from "./run-helpers.ts";

// Its own file: the providers' breakers are shared state.
const mock = mockProviders();
beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.server.resetHandlers());
afterAll(() => mock.server.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a 429 with Retry-After", () => {
  it("is honoured: no call to the provider before it, the second provider serves meanwhile, then a probe brings it back", async () => {
    let limited = true;
    mock.on("primary", () => (limited ? status(429, "rate limited", { "retry-after": "2" }) : undefined));

    const started = Date.now();
    const view = await waitForEnd((await startRun({ engine: "llm", job: `${JOB}\nRef: 429-1\n` })).id, 30_000);
    expect(view.status).toBe("succeeded");
    // The secondary provider served everything: the run is not degraded.
    expect(view.degradation).toBe("none");
    const served = view.tasks.filter((t) => t.engine === "llm");
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((t) => t.provider === "secondary")).toBe(true);
    expect((await eventsOf(view.id)).some((e) => e.type === "task.fallback")).toBe(false);

    // The first call got the 429; none followed it inside the Retry-After window.
    const primary = mock.requests("primary");
    expect(primary).toHaveLength(1);
    const snapshot = await env.PROVIDER_GATEWAY.getByName("primary").snapshot("primary");
    expect(snapshot.state).toBe("open");
    expect(snapshot.reopenAt).toBeGreaterThanOrEqual((primary[0]?.at ?? started) + 2_000);
    expect(snapshot.limit).toBe(2); // halved from 4 by the 429

    // After Retry-After the next call is the one probe; it succeeds and the primary serves again.
    limited = false;
    await sleep(Math.max(0, (snapshot.reopenAt ?? 0) - Date.now()) + 50);
    const again = await waitForEnd((await startRun({ engine: "llm", job: `${JOB}\nRef: 429-2\n` })).id, 30_000);
    expect(again).toMatchObject({ status: "succeeded", degradation: "none" });
    const after = await env.PROVIDER_GATEWAY.getByName("primary").snapshot("primary");
    expect(after.state).toBe("closed");
    expect(after.totals.probes).toBe(1);
    expect(again.tasks.find((t) => t.kind === "requirements")?.provider).toBe("primary");
    expect(mock.requests("primary").length).toBeGreaterThan(1);
  });
});
