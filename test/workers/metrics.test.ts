import { env } from "cloudflare:workers";
import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import { beforeAll, describe, expect, it } from "vitest";
import { validationProblem } from "../../src/api/app.ts";
import type { AppEnv, Principal } from "../../src/api/env.ts";
import { ProblemError, problemResponse } from "../../src/api/problem.ts";
import { metrics, metricsQueries, metricsRoutes } from "../../src/api/routes/metrics.ts";
import { fallbackReason, MetricsReport } from "../../src/domain/metrics.ts";
import { Problem } from "../../src/domain/problem.ts";

// GET /v1/metrics over D1 rows seeded by hand (as RunCoordinator#recordEnd writes them), through a tiny app that
// stands in for the auth middleware by setting the principal. Every expected figure is worked out in the comments.

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = Date.now();

const A: Principal = { owner: "key_a", keyId: "key_a", admin: false, dailyTokenBudget: null };
const B: Principal = { owner: "key_b", keyId: "key_b", admin: false, dailyTokenBudget: null };
const ADMIN: Principal = { owner: "admin", admin: true, dailyTokenBudget: null };

interface SeedRun {
  id: string;
  owner: string;
  status: string;
  mode?: string;
  engine?: string;
  ago: number;
  durationMs?: number;
  degradation?: string;
  errorCode?: string;
}

const RUNS: SeedRun[] = [
  // key_a: five runs in the last hour, one 3 h ago, one 3 days ago, one 8 days ago (outside every window).
  {
    id: "a1",
    owner: "key_a",
    status: "succeeded",
    engine: "auto",
    ago: 30 * MIN,
    durationMs: 1000,
    degradation: "none",
  },
  {
    id: "a2",
    owner: "key_a",
    status: "succeeded",
    engine: "llm",
    ago: 20 * MIN,
    durationMs: 3000,
    degradation: "minor",
  },
  {
    id: "a3",
    owner: "key_a",
    status: "partial",
    mode: "analyze",
    engine: "local",
    ago: 10 * MIN,
    durationMs: 2000,
    degradation: "moderate",
  },
  {
    id: "a4",
    owner: "key_a",
    status: "failed",
    engine: "llm",
    ago: 5 * MIN,
    durationMs: 500,
    degradation: "severe",
    errorCode: "requirements_failed",
  },
  { id: "a5", owner: "key_a", status: "running", engine: "auto", ago: 1 * MIN },
  {
    id: "a6",
    owner: "key_a",
    status: "succeeded",
    engine: "local",
    ago: 3 * HOUR,
    durationMs: 10_000,
    degradation: "none",
  },
  {
    id: "a7",
    owner: "key_a",
    status: "succeeded",
    engine: "local",
    ago: 3 * DAY,
    durationMs: 20_000,
    degradation: "none",
  },
  {
    id: "a8",
    owner: "key_a",
    status: "succeeded",
    engine: "local",
    ago: 8 * DAY,
    durationMs: 99_999,
    degradation: "none",
  },
  // key_b: one run in the last hour, one 2 h ago.
  {
    id: "b1",
    owner: "key_b",
    status: "succeeded",
    engine: "llm",
    ago: 15 * MIN,
    durationMs: 4000,
    degradation: "none",
  },
  {
    id: "b2",
    owner: "key_b",
    status: "cancelled",
    engine: "auto",
    ago: 2 * HOUR,
    durationMs: 700,
    degradation: "none",
  },
];

interface SeedTask {
  run: string;
  task: string;
  kind: string;
  engine: "local" | "llm";
  status: string;
  latency: number;
  attempt?: number;
  provider?: string;
  tokensIn?: number;
  tokensOut?: number;
  cost?: number;
  calls?: number;
  cacheHit?: boolean;
  fallback?: string;
}

const TASKS: SeedTask[] = [
  { run: "a1", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 5 },
  {
    run: "a1",
    task: "analyze:0",
    kind: "analyze",
    engine: "llm",
    status: "succeeded",
    latency: 100,
    provider: "primary",
    tokensIn: 100,
    tokensOut: 50,
    cost: 0.001,
    calls: 1,
  },
  {
    run: "a1",
    task: "analyze:1",
    kind: "analyze",
    engine: "llm",
    status: "succeeded",
    latency: 300,
    provider: "primary",
    cacheHit: true,
  },
  { run: "a2", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 7 },
  // A failed attempt as the coordinator records it (engine local, latency 0), then its retry on the model.
  { run: "a2", task: "analyze:0", kind: "analyze", engine: "local", status: "failed", latency: 0, attempt: 1 },
  {
    run: "a2",
    task: "analyze:0",
    kind: "analyze",
    engine: "llm",
    status: "succeeded",
    latency: 200,
    attempt: 2,
    provider: "primary",
    tokensIn: 200,
    tokensOut: 100,
    cost: 0.002,
    calls: 1,
  },
  // Every provider failed or was skipped: the consumer ran it on the local engine (one failed call spent tokens).
  {
    run: "a2",
    task: "analyze:1",
    kind: "analyze",
    engine: "local",
    status: "succeeded",
    latency: 50,
    tokensIn: 10,
    cost: 0.0001,
    calls: 1,
    fallback: "primary: breaker open until 2026-01-01T00:00:00.000Z; secondary: HTTP 503",
  },
  {
    run: "a2",
    task: "tailor:0",
    kind: "tailor",
    engine: "local",
    status: "succeeded",
    latency: 40,
    fallback: "token budget: 5200 more tokens would exceed the run's budget",
  },
  { run: "a3", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 9 },
  // A local run's task that ran in its coordinator after its queue attempts: a fallback without a reason text.
  { run: "a3", task: "analyze:0", kind: "analyze", engine: "local", status: "fallback", latency: 60 },
  { run: "a4", task: "requirements", kind: "requirements", engine: "local", status: "failed", latency: 0, attempt: 1 },
  {
    run: "a4",
    task: "requirements",
    kind: "requirements",
    engine: "local",
    status: "fallback",
    latency: 11,
    attempt: 2,
    fallback: "queue attempts exhausted (step_failed: boom)",
  },
  { run: "a6", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 8 },
  {
    run: "a6",
    task: "analyze:0",
    kind: "analyze",
    engine: "llm",
    status: "succeeded",
    latency: 1000,
    provider: "secondary",
    tokensIn: 300,
    tokensOut: 150,
    cost: 0.003,
    calls: 2,
  },
  { run: "a7", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 6 },
  { run: "a8", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 1 },
  { run: "b1", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 4 },
  {
    run: "b1",
    task: "analyze:0",
    kind: "analyze",
    engine: "llm",
    status: "succeeded",
    latency: 5000,
    provider: "primary",
    tokensIn: 1000,
    tokensOut: 500,
    cost: 0.01,
    calls: 1,
  },
  { run: "b2", task: "requirements", kind: "requirements", engine: "local", status: "succeeded", latency: 3 },
];

async function seed(): Promise<void> {
  const created = new Map(RUNS.map((r) => [r.id, now - r.ago]));
  await env.DB.batch([
    ...RUNS.map((r) => {
      const at = now - r.ago;
      return env.DB.prepare(
        `INSERT INTO runs (id, owner, status, mode, engine, created_at, updated_at, finished_at, degradation, error_code)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).bind(
        r.id,
        r.owner,
        r.status,
        r.mode ?? "tailor",
        r.engine ?? "auto",
        at,
        at,
        r.durationMs !== undefined ? at + r.durationMs : null,
        r.degradation ?? null,
        r.errorCode ?? null,
      );
    }),
    ...TASKS.map((t) =>
      env.DB.prepare(
        `INSERT INTO task_metrics (run_id, task_id, kind, engine, provider, status, attempt, latency_ms, tokens_in,
           tokens_out, cache_hit, created_at, cost_usd, llm_calls, fallback_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).bind(
        t.run,
        t.task,
        t.kind,
        t.engine,
        t.provider ?? null,
        t.status,
        t.attempt ?? 1,
        t.latency,
        t.tokensIn ?? 0,
        t.tokensOut ?? 0,
        t.cacheHit ? 1 : 0,
        (created.get(t.run) ?? now) + 100,
        t.cost ?? 0,
        t.calls ?? 0,
        // As the coordinator writes it: the class of the engine's reason, never the text.
        fallbackReason(t.status, t.fallback),
      ),
    ),
  ]);
}

/** The route behind a stand-in for the auth middleware, with the app's 422 hook and problem+json errors. */
function appFor(principal: Principal | undefined, routes = metrics) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error);
    },
  });
  app.use(requestId());
  if (principal)
    app.use(async (c, next) => {
      c.set("principal", principal);
      await next();
    });
  app.route("/v1/metrics", routes);
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    throw error;
  });
  return app;
}

async function report(principal: Principal, query = "", routes = metrics): Promise<MetricsReport> {
  const response = await appFor(principal, routes).request(`/v1/metrics${query}`, {}, env);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return MetricsReport.parse(await response.json());
}

beforeAll(async () => {
  await seed();
  // Trip the primary provider's breaker: five failed calls through its gateway (the test config's thresholds).
  const gateway = env.PROVIDER_GATEWAY.getByName("primary");
  const provider = { name: "primary", maxConcurrency: 4, timeoutMs: 2_000 };
  for (let i = 0; i < 5; i++) {
    const lease = await gateway.acquire(provider, 100);
    if (lease.status !== "granted") throw new Error(`expected a lease, got ${lease.status}`);
    await gateway.release(lease.lease, {
      outcome: { kind: "failure" },
      latencyMs: 5,
      status: 500,
      tokensIn: 0,
      tokensOut: 0,
    });
  }
});

describe("GET /v1/metrics for a key", () => {
  it("reports the key's last hour exactly", async () => {
    const r = await report(A, "?window=1h");
    expect(r.window).toBe("1h");
    expect(r.scope).toBe("key");
    expect(Date.parse(r.to) - Date.parse(r.from)).toBe(HOUR);
    expect(Math.abs(Date.parse(r.to) - Date.now())).toBeLessThan(10_000);
    expect(r.coverage).toEqual({ runs: 5, taskRows: 12, truncated: false, limits: { runs: 5_000, taskRows: 100_000 } });

    // a1..a5.
    expect(r.runs.total).toBe(5);
    expect(r.runs.byStatus).toEqual({ queued: 0, running: 1, succeeded: 2, partial: 1, failed: 1, cancelled: 0 });
    expect(r.runs.byMode).toEqual({ tailor: 4, analyze: 1 });
    expect(r.runs.byEngine).toEqual({ auto: 2, local: 1, llm: 2 });
    expect(r.runs.degradation).toEqual({ none: 1, minor: 1, moderate: 1, severe: 1 });
    expect(r.runs.errors).toEqual([{ code: "requirements_failed", count: 1 }]);
    // Finished: 500, 1000, 2000, 3000 → p50 rank ceil(2) = 2 → 1000; p95 rank ceil(3.8) = 4 → 3000.
    expect(r.runs.duration).toEqual({ count: 4, p50Ms: 1000, p95Ms: 3000, maxMs: 3000 });

    // 12 attempts: 8 succeeded, 2 failed, 2 run by the coordinator; 10 executions.
    expect(r.tasks.attempts).toBe(12);
    expect(r.tasks.byStatus).toEqual({ succeeded: 8, failed: 2, retrying: 0, fallback: 2, cancelled: 0 });
    expect(r.tasks.executions).toBe(10);
    expect(r.tasks.latency).toEqual([
      // 100, 200, 300 → p50 rank 2, p95 rank 3.
      { kind: "analyze", engine: "llm", count: 3, p50Ms: 200, p95Ms: 300, maxMs: 300 },
      // 50, 60 → p50 rank 1, p95 rank 2.
      { kind: "analyze", engine: "local", count: 2, p50Ms: 50, p95Ms: 60, maxMs: 60 },
      // 5, 7, 9, 11 (the failed attempts' zeros are not executions) → p50 rank 2, p95 rank 4.
      { kind: "requirements", engine: "local", count: 4, p50Ms: 7, p95Ms: 11, maxMs: 11 },
      { kind: "tailor", engine: "local", count: 1, p50Ms: 40, p95Ms: 40, maxMs: 40 },
    ]);
    expect(r.tasks.cache).toEqual({ hits: 1, executions: 10, hitRate: 0.1 });
    expect(r.tasks.fallbacks).toEqual({
      total: 4,
      byReason: [
        { reason: "queue_attempts_exhausted", count: 2 },
        { reason: "providers_failed", count: 1 },
        { reason: "token_budget", count: 1 },
      ],
    });
    expect(r.tasks.byProvider).toEqual([
      { provider: "primary", executions: 3, cacheHits: 1, tokensIn: 300, tokensOut: 150, costUsd: 0.003, llmCalls: 2 },
    ]);
    // Every attempt's usage, the fallen-back one's failed call included.
    expect(r.usage).toEqual({ tokensIn: 310, tokensOut: 150, costUsd: 0.0031, llmCalls: 3 });
  });

  it("widens with the window: 24h adds the run from 3 h ago, 7d the one from 3 days ago, never 8 days", async () => {
    const day = await report(A, "?window=24h");
    expect(day.runs.total).toBe(6);
    expect(day.runs.byStatus.succeeded).toBe(3);
    // 500, 1000, 2000, 3000, 10000 → p50 rank 3, p95 rank ceil(4.75) = 5.
    expect(day.runs.duration).toEqual({ count: 5, p50Ms: 2000, p95Ms: 10_000, maxMs: 10_000 });
    // 100, 200, 300, 1000 → p50 rank 2, p95 rank 4.
    expect(day.tasks.latency.find((l) => l.kind === "analyze" && l.engine === "llm")).toEqual({
      kind: "analyze",
      engine: "llm",
      count: 4,
      p50Ms: 200,
      p95Ms: 1000,
      maxMs: 1000,
    });
    expect(day.tasks.byProvider.map((p) => [p.provider, p.executions, p.llmCalls])).toEqual([
      ["primary", 3, 2],
      ["secondary", 1, 2],
    ]);
    expect(day.usage).toEqual({ tokensIn: 610, tokensOut: 300, costUsd: 0.0061, llmCalls: 5 });

    const week = await report(A, "?window=7d");
    expect(week.runs.total).toBe(7);
    // 500, 1000, 2000, 3000, 10000, 20000 → p50 rank 3, p95 rank ceil(5.7) = 6; a8's 99999 is outside.
    expect(week.runs.duration).toEqual({ count: 6, p50Ms: 2000, p95Ms: 20_000, maxMs: 20_000 });
    expect(week.tasks.latency.find((l) => l.kind === "requirements")?.count).toBe(6);
  });

  it("defaults to 24h", async () => {
    const r = await report(A);
    expect(r.window).toBe("24h");
    expect(r.runs.total).toBe(6);
  });

  it("never shows another key's runs", async () => {
    const r = await report(B, "?window=24h");
    expect(r.scope).toBe("key");
    expect(r.runs.total).toBe(2);
    expect(r.runs.byStatus).toEqual({ queued: 0, running: 0, succeeded: 1, partial: 0, failed: 0, cancelled: 1 });
    expect(r.runs.errors).toEqual([]);
    // 700, 4000 → p50 rank 1, p95 rank 2.
    expect(r.runs.duration).toEqual({ count: 2, p50Ms: 700, p95Ms: 4000, maxMs: 4000 });
    expect(r.tasks.latency).toEqual([
      { kind: "analyze", engine: "llm", count: 1, p50Ms: 5000, p95Ms: 5000, maxMs: 5000 },
      { kind: "requirements", engine: "local", count: 2, p50Ms: 3, p95Ms: 4, maxMs: 4 },
    ]);
    expect(r.tasks.fallbacks).toEqual({ total: 0, byReason: [] });
    expect(r.usage).toEqual({ tokensIn: 1000, tokensOut: 500, costUsd: 0.01, llmCalls: 1 });

    const a = await report(A, "?window=24h");
    expect(a.tasks.latency.some((l) => l.maxMs === 5000)).toBe(false);
    expect(a.usage.tokensIn).toBe(610);
  });

  it("is empty, not an error, for a key with no runs", async () => {
    const r = await report({ owner: "key_new", admin: false, dailyTokenBudget: null }, "?window=7d");
    expect(r.runs.total).toBe(0);
    expect(r.runs.duration).toEqual({ count: 0, p50Ms: null, p95Ms: null, maxMs: null });
    expect(r.tasks).toEqual({
      attempts: 0,
      byStatus: { succeeded: 0, failed: 0, retrying: 0, fallback: 0, cancelled: 0 },
      executions: 0,
      latency: [],
      cache: { hits: 0, executions: 0, hitRate: null },
      fallbacks: { total: 0, byReason: [] },
      byProvider: [],
    });
    expect(r.usage).toEqual({ tokensIn: 0, tokensOut: 0, costUsd: 0, llmCalls: 0 });
  });
});

describe("GET /v1/metrics fallback classes", () => {
  it("counts rows written before 0002 (no class) and hand-written reason text by the engine's classes", async () => {
    const at = now - 10 * MIN;
    const row = (task: string, status: string, reason: string | null) =>
      env.DB.prepare(
        `INSERT INTO task_metrics (run_id, task_id, kind, engine, status, attempt, latency_ms, created_at, fallback_reason)
         VALUES ('legacy1', ?, 'analyze', 'local', ?, 1, 10, ?, ?)`,
      ).bind(task, status, at, reason);
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO runs (id, owner, status, mode, engine, created_at, updated_at, finished_at, degradation)
         VALUES ('legacy1', 'key_legacy', 'succeeded', 'tailor', 'llm', ?, ?, ?, 'minor')`,
      ).bind(at, at, at + 100),
      row("analyze:0", "fallback", null),
      row("analyze:1", "succeeded", "token budget: 900 more tokens would exceed the key's daily budget"),
      row("analyze:2", "succeeded", "primary: at its concurrency limit"),
      row("analyze:3", "succeeded", null),
    ]);
    try {
      const r = await report({ owner: "key_legacy", admin: false, dailyTokenBudget: null }, "?window=1h");
      expect(r.tasks.fallbacks).toEqual({
        total: 3,
        byReason: [
          { reason: "providers_failed", count: 1 },
          { reason: "queue_attempts_exhausted", count: 1 },
          { reason: "token_budget", count: 1 },
        ],
      });
    } finally {
      await env.DB.batch([
        env.DB.prepare("DELETE FROM task_metrics WHERE run_id = 'legacy1'"),
        env.DB.prepare("DELETE FROM runs WHERE id = 'legacy1'"),
      ]);
    }
  });
});

describe("GET /v1/metrics for the admin", () => {
  it("counts every key's runs", async () => {
    const r = await report(ADMIN, "?window=1h");
    expect(r.scope).toBe("all");
    expect(r.runs.total).toBe(6);
    expect(r.runs.byStatus.succeeded).toBe(3);
    // 500, 1000, 2000, 3000, 4000 → p50 rank 3, p95 rank 5.
    expect(r.runs.duration).toEqual({ count: 5, p50Ms: 2000, p95Ms: 4000, maxMs: 4000 });
    expect(
      r.tasks.latency.filter((l) => l.kind !== "tailor" && !(l.kind === "analyze" && l.engine === "local")),
    ).toEqual([
      // 100, 200, 300, 5000 → p50 rank 2, p95 rank 4.
      { kind: "analyze", engine: "llm", count: 4, p50Ms: 200, p95Ms: 5000, maxMs: 5000 },
      // 4, 5, 7, 9, 11 → p50 rank 3, p95 rank 5.
      { kind: "requirements", engine: "local", count: 5, p50Ms: 7, p95Ms: 11, maxMs: 11 },
    ]);
    expect(r.usage).toEqual({ tokensIn: 1310, tokensOut: 650, costUsd: 0.0131, llmCalls: 4 });
  });

  it("is the sum of every key's figures", async () => {
    const [all, a, b] = await Promise.all([
      report(ADMIN, "?window=7d"),
      report(A, "?window=7d"),
      report(B, "?window=7d"),
    ]);
    expect(all.runs.total).toBe(a.runs.total + b.runs.total);
    expect(all.tasks.attempts).toBe(a.tasks.attempts + b.tasks.attempts);
    expect(all.tasks.fallbacks.total).toBe(a.tasks.fallbacks.total + b.tasks.fallbacks.total);
    expect(all.usage.tokensIn).toBe(a.usage.tokensIn + b.usage.tokensIn);
    for (const status of ["succeeded", "partial", "failed", "cancelled", "running"] as const)
      expect(all.runs.byStatus[status]).toBe(a.runs.byStatus[status] + b.runs.byStatus[status]);
  });
});

describe("GET /v1/metrics providers", () => {
  it("shows every caller each provider's breaker and its counters (service-level)", async () => {
    for (const principal of [A, ADMIN]) {
      const r = await report(principal, "?window=1h");
      expect(r.providers.map((p) => p.name)).toEqual(["primary", "secondary"]);
      const [primary, secondary] = r.providers;
      expect(primary?.counters).toMatchObject({ trips: 1, failures: 5, leases: 5 });
      // Open for 400 ms (vitest.config.ts BREAKER_CONFIG), then half-open.
      expect(["open", "half_open"]).toContain(primary?.state);
      expect(secondary).toMatchObject({ state: "closed" });
      expect(secondary?.counters?.trips ?? 0).toBe(0);
    }
  });
});

describe("GET /v1/metrics limits", () => {
  it("reads at most `limits.runs` runs, the newest, and says so", async () => {
    const r = await report(ADMIN, "?window=1h", metricsRoutes({ runs: 3, taskRows: 1_000 }));
    // The newest three: a5 (1 min, running), a4 (5 min), a3 (10 min).
    expect(r.coverage).toEqual({ runs: 3, taskRows: 4, truncated: true, limits: { runs: 3, taskRows: 1_000 } });
    expect(r.runs.byStatus).toMatchObject({ running: 1, failed: 1, partial: 1, succeeded: 0 });
  });

  it("reads at most `limits.taskRows` task attempts", async () => {
    const r = await report(A, "?window=1h", metricsRoutes({ runs: 100, taskRows: 2 }));
    expect(r.coverage).toMatchObject({ runs: 5, taskRows: 2, truncated: true });
    expect(r.tasks.attempts).toBe(2);
  });

  it("walks indexes only: no statement scans runs or task_metrics whole", async () => {
    const limits = { runs: 10, taskRows: 10 };
    for (const [owner, runIndex] of [
      ["key_a", "runs_owner_created"],
      [undefined, "runs_created_status"],
    ] as const) {
      for (const q of metricsQueries(owner, now - HOUR, now, limits)) {
        const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${q.sql}`)
          .bind(...q.binds)
          .all<{ detail: string }>();
        const plan = results.map((r) => r.detail).join(" | ");
        expect(plan).toContain(runIndex);
        expect(plan).not.toMatch(/\bSCAN (runs|task_metrics|tm)\b/);
        if (q.sql.includes("task_metrics"))
          expect(plan).toMatch(/SEARCH tm USING (PRIMARY KEY|INDEX sqlite_autoindex)/);
      }
    }
  });
});

describe("GET /v1/metrics errors", () => {
  it("answers 422 problem+json for a window it does not know", async () => {
    const response = await appFor(A).request("/v1/metrics?window=30d", {}, env);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = Problem.parse(await response.json());
    expect(body.code).toBe("validation_failed");
    expect(body.errors?.map((e) => e.path)).toEqual(["window"]);
  });

  it("answers 401 problem+json when no principal was established", async () => {
    const response = await appFor(undefined).request("/v1/metrics?window=1h", {}, env);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(Problem.parse(await response.json()).code).toBe("unauthorized");
  });
});
