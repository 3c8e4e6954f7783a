import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { HealthReport } from "../../src/domain/health.ts";
import type { RunEvent, RunView } from "../../src/domain/run.ts";
import { mockProviders, status } from "./llm-mock.ts";
import { eventsOf, getRun, JOB, RESUME, startRun, waitForEnd } from "./run-helpers.ts";

const mock = mockProviders();
beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.server.close());

/** The most queue tasks a run had in flight at once, from its events ("sent" … "done"). */
function peakInFlight(events: readonly RunEvent[]): number {
  const open = new Set<string>();
  let peak = 0;
  for (const e of events) {
    if (e.type === "task.started" && / sent( \(attempt \d+\))?$/.test(e.message) && e.taskId) open.add(e.taskId);
    if ((e.type === "task.succeeded" || e.type === "task.failed") && e.taskId) open.delete(e.taskId);
    peak = Math.max(peak, open.size);
  }
  return peak;
}

/** A resume whose experience section is far longer than one chunk. */
const LONG_RESUME = RESUME.replace(
  "- Responsible for on-call rotation and incident reviews",
  Array.from(
    { length: 90 },
    (_, i) =>
      `- Shipped payments feature ${i + 1} in Go with Kafka and PostgreSQL, reviewed by the platform team and monitored in production`,
  ).join("\n"),
);

async function runThroughApp(vars: Record<string, string>, body: unknown): Promise<RunView> {
  const ctx = createExecutionContext();
  const response = await createApp().fetch(
    new Request("http://example.com/v1/runs", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
    { ...env, ...vars },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(202);
  return waitForEnd(((await response.json()) as { id: string }).id);
}

describe("switches, each in its off position", () => {
  it("RUN_PARALLELISM=1 sends one queue task at a time; the default sends a wave together", async () => {
    const body = { resume: RESUME, jobDescription: JOB, options: { engine: "local" } };
    const serial = await runThroughApp({ RUN_PARALLELISM: "1" }, body);
    expect(serial.status).toBe("succeeded");
    expect(peakInFlight(await eventsOf(serial.id))).toBe(1);
    const parallel = await runThroughApp({}, body);
    expect(peakInFlight(await eventsOf(parallel.id))).toBeGreaterThan(1);
    // A run can ask for it too.
    const own = await waitForEnd((await startRun({ features: { parallelism: 1 } })).id);
    expect(peakInFlight(await eventsOf(own.id))).toBe(1);
  });

  it("CHUNKING=off analyzes a long section as one chunk", async () => {
    const chunked = await waitForEnd((await startRun({ resume: LONG_RESUME })).id);
    const analyzeTasks = (v: RunView) => v.tasks.filter((t) => t.id.startsWith("analyze:experience#")).length;
    expect(analyzeTasks(chunked)).toBeGreaterThan(1);
    const whole = await runThroughApp(
      { CHUNKING: "off" },
      { resume: LONG_RESUME, jobDescription: JOB, options: { engine: "local" } },
    );
    expect(whole.status).toBe("succeeded");
    expect(analyzeTasks(whole)).toBe(1);
    // Same evidence either way: chunking is how the work is split, not what it finds.
    expect(whole.result?.score.before).toEqual(chunked.result?.score.before);
    const own = await waitForEnd((await startRun({ resume: LONG_RESUME, features: { chunking: false } })).id);
    expect(analyzeTasks(own)).toBe(1);
  });

  it("SECTION_ANALYZERS=off leaves out the section analyses; the score, evidence and tailoring stand", async () => {
    const view = await runThroughApp(
      { SECTION_ANALYZERS: "off" },
      { resume: RESUME, jobDescription: JOB, options: { engine: "local" } },
    );
    expect(view.status).toBe("succeeded");
    expect(view.result?.sections).toEqual([]);
    expect(view.result?.evidence.length).toBeGreaterThan(0);
    expect(view.result?.score.before.overall).toBeGreaterThan(0);
    expect(view.result?.tailored?.edits.length).toBeGreaterThan(0);
  });

  it("REQUIREMENTS_EXTRACTOR=local makes no requirements call on the llm engine, and that is no fallback", async () => {
    const before = mock.requests("primary", "requirements").length;
    const view = await waitForEnd(
      (
        await startRun({
          engine: "llm",
          job: `${JOB}\nRef: extractor-local\n`,
          features: { requirementsExtractor: "local" },
        })
      ).id,
    );
    expect(view).toMatchObject({ status: "succeeded", degradation: "none" });
    expect(mock.requests("primary", "requirements").length).toBe(before);
    expect(view.tasks.find((t) => t.kind === "requirements")).toMatchObject({ engine: "local" });
    expect(view.tasks.find((t) => t.kind === "requirements")?.provider).toBeUndefined();
    expect(mock.requests("primary", "analyze").length).toBeGreaterThan(0);
  });

  it("CIRCUIT_BREAKERS=off keeps calling a failing provider; on, it stops", async () => {
    const stub = env.PROVIDER_GATEWAY.getByName(`breakers-${crypto.randomUUID()}`);
    const provider = { name: "p", maxConcurrency: 4, timeoutMs: 1_000 };
    const fail = async (breaker: boolean) => {
      const lease = await stub.acquire({ ...provider, breaker }, 10);
      if (lease.status === "granted")
        await stub.release(lease.lease, {
          outcome: { kind: "failure" },
          latencyMs: 1,
          tokensIn: 0,
          tokensOut: 0,
          status: 500,
        });
      return lease.status;
    };
    for (let i = 0; i < 10; i++) expect(await fail(false)).toBe("granted");
    expect((await stub.snapshot("p")).state).toBe("open");
    expect(await fail(true)).toBe("open");
    expect(await fail(false)).toBe("granted");
  });

  it("CACHING=off serves nothing from the cache and writes nothing to it", async () => {
    mock.on("primary", () => status(500));
    const job = `${JOB}\nRef: caching\n`;
    const first = await waitForEnd((await startRun({ job, features: { cache: false } })).id);
    const second = await waitForEnd((await startRun({ job, features: { cache: false } })).id);
    expect(first.result?.usage.cacheHits).toBe(0);
    expect(second.result?.usage.cacheHits).toBe(0);
    // With caching on, the same input is served from the cache the second time.
    await waitForEnd((await startRun({ job })).id);
    const cached = await getRun((await startRun({ job })).id).then((v) => waitForEnd(v.id));
    expect(cached.result?.usage.cacheHits).toBeGreaterThan(0);
  });

  it("an unknown value keeps the default, and health says which switch", async () => {
    const ctx = createExecutionContext();
    const response = await createApp().fetch(
      new Request("http://example.com/v1/health"),
      { ...env, CHUNKING: "sometimes" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { components: HealthReport["components"] };
    expect(body.components.find((c) => c.name === "features")).toMatchObject({ status: "fail" });
    expect(body.components.find((c) => c.name === "features")?.detail).toMatch(/CHUNKING/);
  });
});
