import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
  FallbackReason,
  fallbackReason,
  type LatencyStats,
  MetricsReport,
  MetricsWindow,
  TASK_METRIC_STATUSES,
  type TaskLatency,
  WINDOW_MS,
} from "../../domain/metrics.ts";
import type { AppEnv, Principal } from "../env.ts";
import { providerHealth } from "../health-checks.ts";
import { problemSpec, unauthorized } from "../problem.ts";

/**
 * `GET /v1/metrics?window=1h|24h|7d` — what the caller's runs (an admin: every run) did in the window, from D1.
 *
 * Window: runs created in [now − window, now], and the task attempts of those runs (task_metrics is written when a
 * run ends, so a run still going has no task rows yet). Selecting tasks through their runs keeps both scopes one
 * definition — an admin's figures are the sum of every key's — and walks indexes only:
 *
 *   runs  (key)    runs_owner_created  (owner, created_at DESC …)  range on created_at, newest first
 *   runs  (admin)  runs_created_status (created_at, status)         range on created_at, newest first
 *   tasks          task_metrics primary key (run_id, …)            one prefix lookup per run; `CROSS JOIN` makes
 *                                                                   SQLite keep runs as the outer loop
 *
 * Cost bound: the runs read are capped at `limits.runs` (the newest in the window) and the task rows at
 * `limits.taskRows`; the report's `coverage` says when a cap was reached. Four statements go in one D1 batch (one
 * round trip): run counts, run-duration percentiles, task counts, task-latency percentiles — so at most
 * 4 × limits.runs run rows and 2 × limits.taskRows task rows are read.
 *
 * Percentiles: D1 has no percentile function. Each is the nearest-rank value (src/domain/metrics.ts
 * `percentileRank`): `ROW_NUMBER() OVER (PARTITION BY … ORDER BY value)` next to `COUNT(*) OVER (PARTITION BY …)`,
 * keeping the row whose number is `(count * p + 99) / 100`. Only aggregates leave D1, never the rows.
 */

export interface MetricsLimits {
  /** Most runs a report reads, newest first. */
  runs: number;
  /** Most task attempts a report reads (of those runs). */
  taskRows: number;
}

export const DEFAULT_METRICS_LIMITS: MetricsLimits = { runs: 5_000, taskRows: 100_000 };

/** The auth middleware sets the principal for every /v1 route but health; a route reached without one refuses. */
const requirePrincipal: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!(c.get("principal") as Principal | undefined))
    throw unauthorized("unauthorized", "Metrics need a key: `Authorization: Bearer <key>`.");
  await next();
};

const route = createRoute({
  method: "get",
  path: "/",
  tags: ["metrics"],
  summary: "Run and task metrics over a window",
  description:
    "Runs created in the window and their task attempts: counts by status, durations and task latency (p50/p95), tokens, cost, cache hit rate, fallbacks and degradation. A key sees its own runs; the admin token sees every run. `providers` is service-level (each provider's breaker now and its counters since its gateway was created), the same for every caller.",
  middleware: [requirePrincipal] as const,
  request: { query: z.object({ window: MetricsWindow.default("24h") }) },
  responses: {
    200: { description: "The report", content: { "application/json": { schema: MetricsReport } } },
    401: problemSpec("No key"),
    422: problemSpec("`window` is not 1h, 24h or 7d"),
  },
});

/**
 * The class of an attempt's fallback (task_metrics.fallback_reason, written by the coordinator with
 * `fallbackReason`); a coordinator-run attempt is one even when written without it (rows from before 0002).
 */
const FALLBACK_CLASS = "CASE WHEN status = 'fallback' THEN 'queue_attempts_exhausted' ELSE fallback_reason END";

/** The nearest rank of the p-th percentile over a `cnt` column, as `percentileRank` computes it. */
const rank = (p: number) => `(cnt * ${p} + 99) / 100`;

interface RunGroup {
  status: string;
  mode: string;
  engine: string;
  degradation: string | null;
  error_code: string | null;
  n: number;
}
interface Percentiles {
  n: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
}
interface TaskGroup {
  kind: string;
  engine: string;
  status: string;
  provider: string | null;
  fallback_reason: string | null;
  n: number;
  cache_hits: number;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
  llm_calls: number;
}
type LatencyGroup = Percentiles & { kind: string; engine: string };

/** One report's four statements (SQL and binds), for its scope (`owner`, or undefined for every run) and window. */
export function metricsQueries(
  owner: string | undefined,
  from: number,
  to: number,
  limits: MetricsLimits,
): { sql: string; binds: (string | number)[] }[] {
  // The newest runs of the scope created in the window: served by runs_owner_created or runs_created_status.
  const runs = `SELECT id, status, mode, engine, degradation, error_code, created_at, finished_at FROM runs
    WHERE ${owner !== undefined ? "owner = ? AND " : ""}created_at >= ? AND created_at <= ?
    ORDER BY created_at DESC LIMIT ?`;
  const runBinds = [...(owner !== undefined ? [owner] : []), from, to, limits.runs];
  // Their task attempts, runs as the outer loop (CROSS JOIN), each looked up by the task_metrics primary key.
  const tasks = `WITH w AS (${runs}),
    t AS (SELECT tm.* FROM w CROSS JOIN task_metrics AS tm ON tm.run_id = w.id LIMIT ?)`;
  const taskBinds = [...runBinds, limits.taskRows];
  return [
    {
      sql: `SELECT status, mode, engine, degradation, error_code, COUNT(*) AS n FROM (${runs})
         GROUP BY status, mode, engine, degradation, error_code`,
      binds: runBinds,
    },
    {
      sql: `SELECT COUNT(*) AS n, MAX(CASE WHEN rn = ${rank(50)} THEN d END) AS p50,
           MAX(CASE WHEN rn = ${rank(95)} THEN d END) AS p95, MAX(d) AS max
         FROM (SELECT d, ROW_NUMBER() OVER (ORDER BY d) AS rn, COUNT(*) OVER () AS cnt
               FROM (SELECT finished_at - created_at AS d FROM (${runs}) WHERE finished_at IS NOT NULL))`,
      binds: runBinds,
    },
    {
      sql: `${tasks}
         SELECT kind, engine, status, provider, ${FALLBACK_CLASS} AS fallback_reason, COUNT(*) AS n,
           SUM(cache_hit) AS cache_hits, SUM(tokens_in) AS tokens_in, SUM(tokens_out) AS tokens_out,
           SUM(cost_usd) AS cost_usd, SUM(llm_calls) AS llm_calls
         FROM t GROUP BY kind, engine, status, provider, fallback_reason`,
      binds: taskBinds,
    },
    {
      sql: `${tasks}
         SELECT kind, engine, COUNT(*) AS n, MAX(CASE WHEN rn = ${rank(50)} THEN latency_ms END) AS p50,
           MAX(CASE WHEN rn = ${rank(95)} THEN latency_ms END) AS p95, MAX(latency_ms) AS max
         FROM (SELECT kind, engine, latency_ms,
                 ROW_NUMBER() OVER (PARTITION BY kind, engine ORDER BY latency_ms) AS rn,
                 COUNT(*) OVER (PARTITION BY kind, engine) AS cnt
               FROM t WHERE status IN ('succeeded', 'fallback'))
         GROUP BY kind, engine ORDER BY kind, engine`,
      binds: taskBinds,
    },
  ];
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Adds `n` under `key` when the key is one the report names (the D1 CHECK constraints make others impossible). */
function add<K extends string>(counts: Record<K, number>, key: string | null, n: number): void {
  if (key !== null && Object.hasOwn(counts, key)) counts[key as K] += n;
}

const stats = (p: Percentiles | undefined): LatencyStats => ({
  count: p?.n ?? 0,
  p50Ms: p?.p50 ?? null,
  p95Ms: p?.p95 ?? null,
  maxMs: p?.max ?? null,
});

/** A stored class as the report names it; text that is not one (written by hand) is classed as the engine's reason. */
function classOf(stored: string | null): FallbackReason | null {
  if (stored === null || stored === "") return null;
  const known = FallbackReason.safeParse(stored);
  return known.success ? known.data : fallbackReason("succeeded", stored);
}

const roundUsd = (usd: number) => Math.round(usd * 1e6) / 1e6;

/** The report from the statements' rows (aggregates only). */
function report(
  rows: { runs: RunGroup[]; duration: Percentiles | undefined; tasks: TaskGroup[]; latency: LatencyGroup[] },
  meta: { window: MetricsWindow; from: number; to: number; scope: "key" | "all"; limits: MetricsLimits },
): Omit<MetricsReport, "providers"> {
  const byStatus = zeros(["queued", "running", "succeeded", "partial", "failed", "cancelled"] as const);
  const byMode = zeros(["tailor", "analyze"] as const);
  const byEngine = zeros(["auto", "local", "llm"] as const);
  const degradation = zeros(["none", "minor", "moderate", "severe"] as const);
  const errors = new Map<string, number>();
  let runCount = 0;
  for (const r of rows.runs) {
    runCount += r.n;
    add(byStatus, r.status, r.n);
    add(byMode, r.mode, r.n);
    add(byEngine, r.engine, r.n);
    add(degradation, r.degradation, r.n);
    if (r.error_code !== null && r.status === "failed") errors.set(r.error_code, (errors.get(r.error_code) ?? 0) + r.n);
  }

  const taskStatus = zeros(TASK_METRIC_STATUSES);
  const fallbacks = new Map<FallbackReason, number>();
  const providers = new Map<string, MetricsReport["tasks"]["byProvider"][number]>();
  const usage = { tokensIn: 0, tokensOut: 0, costUsd: 0, llmCalls: 0 };
  let attempts = 0;
  let executions = 0;
  let cacheHits = 0;
  for (const t of rows.tasks) {
    attempts += t.n;
    add(taskStatus, t.status, t.n);
    usage.tokensIn += t.tokens_in;
    usage.tokensOut += t.tokens_out;
    usage.costUsd += t.cost_usd;
    usage.llmCalls += t.llm_calls;
    const reason = classOf(t.fallback_reason);
    if (reason !== null) fallbacks.set(reason, (fallbacks.get(reason) ?? 0) + t.n);
    const executed = t.status === "succeeded" || t.status === "fallback";
    if (!executed) continue;
    executions += t.n;
    cacheHits += t.cache_hits;
    if (t.provider === null || t.engine !== "llm") continue;
    const p = providers.get(t.provider) ?? {
      provider: t.provider,
      executions: 0,
      cacheHits: 0,
      tokensIn: 0,
      tokensOut: 0,
      costUsd: 0,
      llmCalls: 0,
    };
    p.executions += t.n;
    p.cacheHits += t.cache_hits;
    p.tokensIn += t.tokens_in;
    p.tokensOut += t.tokens_out;
    p.costUsd += t.cost_usd;
    p.llmCalls += t.llm_calls;
    providers.set(t.provider, p);
  }

  const latency: TaskLatency[] = rows.latency.map((l) => ({
    kind: l.kind,
    engine: l.engine === "llm" ? "llm" : "local",
    ...stats(l),
  }));
  const byCount = <K extends string>(entries: Map<K, number>) =>
    [...entries].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));

  return {
    window: meta.window,
    from: new Date(meta.from).toISOString(),
    to: new Date(meta.to).toISOString(),
    scope: meta.scope,
    coverage: {
      runs: runCount,
      taskRows: attempts,
      truncated: runCount >= meta.limits.runs || attempts >= meta.limits.taskRows,
      limits: { ...meta.limits },
    },
    runs: {
      total: runCount,
      byStatus,
      byMode,
      byEngine,
      degradation,
      errors: byCount(errors).map(([code, count]) => ({ code, count })),
      duration: stats(rows.duration),
    },
    tasks: {
      attempts,
      byStatus: taskStatus,
      executions,
      latency,
      cache: { hits: cacheHits, executions, hitRate: executions > 0 ? cacheHits / executions : null },
      fallbacks: {
        total: [...fallbacks.values()].reduce((s, n) => s + n, 0),
        byReason: byCount(fallbacks).map(([reason, count]) => ({ reason, count })),
      },
      byProvider: [...providers.values()]
        .map((p) => ({ ...p, costUsd: roundUsd(p.costUsd) }))
        .sort((a, b) => a.provider.localeCompare(b.provider)),
    },
    usage: { ...usage, costUsd: roundUsd(usage.costUsd) },
  };
}

/** The metrics routes, reading at most `limits` rows per report. Mounted at /v1/metrics. */
export function metricsRoutes(limits: MetricsLimits = DEFAULT_METRICS_LIMITS) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const principal = c.get("principal");
    const { window } = c.req.valid("query");
    const to = Date.now();
    const from = to - WINDOW_MS[window];
    const owner = principal.admin ? undefined : principal.owner;
    const [results, providers] = await Promise.all([
      c.env.DB.batch(metricsQueries(owner, from, to, limits).map((q) => c.env.DB.prepare(q.sql).bind(...q.binds))),
      providerHealth(c.env),
    ]);
    const [runs, duration, tasks, latency] = results.map((r) => r.results);
    const body = report(
      {
        runs: (runs ?? []) as RunGroup[],
        duration: (duration as Percentiles[] | undefined)?.[0],
        tasks: (tasks ?? []) as TaskGroup[],
        latency: (latency ?? []) as LatencyGroup[],
      },
      { window, from, to, scope: owner === undefined ? "all" : "key", limits },
    );
    c.header("Cache-Control", "private, no-store");
    return c.json({ ...body, providers }, 200);
  });
}

export const metrics = metricsRoutes();
