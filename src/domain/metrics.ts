import { z } from "zod";
import { ProviderHealth } from "./health.ts";

/** The windows `GET /v1/metrics` reports over, each ending now. */
export const MetricsWindow = z.enum(["1h", "24h", "7d"]);
export type MetricsWindow = z.infer<typeof MetricsWindow>;

export const WINDOW_MS: Readonly<Record<MetricsWindow, number>> = {
  "1h": 3_600_000,
  "24h": 86_400_000,
  "7d": 604_800_000,
};

/** Task attempt statuses as D1's task_metrics holds them. */
export const TASK_METRIC_STATUSES = ["succeeded", "failed", "retrying", "fallback", "cancelled"] as const;

/**
 * 1-based rank of the p-th percentile of `count` sorted values, by the nearest-rank method: the smallest value
 * with at least p% of the values at or below it, `ceil(count * p / 100)`. Integer arithmetic, so the SQL in
 * src/api/routes/metrics.ts computes the same rank: `(count * p + 99) / 100` with SQLite's integer division.
 */
export function percentileRank(count: number, p: number): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  if (!Number.isInteger(p) || p < 1 || p > 100) throw new RangeError(`p must be an integer in [1, 100], got ${p}`);
  return Math.floor((count * p + 99) / 100);
}

/** The nearest-rank p-th percentile of values sorted ascending; null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[percentileRank(sorted.length, p) - 1] ?? null;
}

/**
 * Why a task did not run where its run asked, as a few stable classes of the reason the engine wrote
 * (src/llm/run-task.ts; the full text carries times and provider errors, and D1 keeps metadata only). The
 * coordinator stores the class in task_metrics.fallback_reason. Checked in order; an llm fallback matching none is
 * every provider having failed or been skipped ("primary: breaker open until …; secondary: HTTP 503").
 */
export const FALLBACK_REASONS = [
  /** The task's queue attempts ran out and the run's coordinator ran it on the local engine (status `fallback`). */
  { reason: "queue_attempts_exhausted", prefix: "queue attempts exhausted" },
  /** The run's token budget, or the key's daily budget, had no room for the call. */
  { reason: "token_budget", prefix: "token budget:" },
  { reason: "no_provider", prefix: "no provider configured" },
  { reason: "provider_config", prefix: "provider configuration:" },
] as const;

export const FallbackReason = z.enum([...FALLBACK_REASONS.map((r) => r.reason), "providers_failed"] as [
  (typeof FALLBACK_REASONS)[number]["reason"],
  "providers_failed",
]);
export type FallbackReason = z.infer<typeof FallbackReason>;

/** The class of a task attempt's fallback (MetricRow status and fallback), or null when the attempt was not one. */
export function fallbackReason(status: string, fallback: string | null | undefined): FallbackReason | null {
  if (status === "fallback") return "queue_attempts_exhausted";
  if (fallback === null || fallback === undefined || fallback === "") return null;
  return FALLBACK_REASONS.find((r) => fallback.startsWith(r.prefix))?.reason ?? "providers_failed";
}

const Count = z.number().int().nonnegative();
const Millis = z.number().nonnegative();

/** An object with one count per value of `values`, each present (zero when nothing had it). */
const countsOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.object(Object.fromEntries(values.map((v) => [v, Count])) as { [K in T[number]]: typeof Count });

export const LatencyStats = z
  .object({
    count: Count,
    /** Nearest-rank percentiles; null when count is 0. */
    p50Ms: Millis.nullable(),
    p95Ms: Millis.nullable(),
    maxMs: Millis.nullable(),
  })
  .meta({ id: "LatencyStats" });
export type LatencyStats = z.infer<typeof LatencyStats>;

export const TaskLatency = z
  .object({ kind: z.string(), engine: z.enum(["local", "llm"]), ...LatencyStats.shape })
  .meta({ id: "TaskLatency" });
export type TaskLatency = z.infer<typeof TaskLatency>;

const Usage = z.object({
  tokensIn: Count,
  tokensOut: Count,
  costUsd: z.number().nonnegative(),
  /** Model calls made, including repairs and calls whose answer was rejected. */
  llmCalls: Count,
});

export const MetricsReport = z
  .object({
    window: MetricsWindow,
    /** Runs created in [from, to] are counted; task figures are those runs' task attempts. */
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    /** `key`: the caller's runs only; `all`: every key's runs (admin). */
    scope: z.enum(["key", "all"]),
    /**
     * What was read. The report covers at most `limits.runs` runs (the newest in the window) and `limits.taskRows`
     * task attempts of them; `truncated` says a limit was reached and older runs are not counted.
     */
    coverage: z.object({
      runs: Count,
      taskRows: Count,
      truncated: z.boolean(),
      limits: z.object({ runs: Count, taskRows: Count }),
    }),
    runs: z.object({
      total: Count,
      byStatus: countsOf(["queued", "running", "succeeded", "partial", "failed", "cancelled"]),
      byMode: countsOf(["tailor", "analyze"]),
      byEngine: countsOf(["auto", "local", "llm"]),
      /** Of finished runs: how far each fell back from the llm engine. */
      degradation: countsOf(["none", "minor", "moderate", "severe"]),
      /** Failed runs by error code, most frequent first. */
      errors: z.array(z.object({ code: z.string(), count: Count })),
      /** finished_at − created_at of finished runs (succeeded, partial, failed, cancelled). */
      duration: LatencyStats,
    }),
    tasks: z.object({
      /** Every recorded attempt, by its status. */
      attempts: Count,
      byStatus: countsOf(TASK_METRIC_STATUSES),
      /** Attempts that produced the task's output: succeeded, or run by the coordinator after its queue attempts. */
      executions: Count,
      /** Latency of executions by task kind and the engine that ran them, sorted by kind then engine. */
      latency: z.array(TaskLatency),
      cache: z.object({ hits: Count, executions: Count, hitRate: z.number().min(0).max(1).nullable() }),
      fallbacks: z.object({
        total: Count,
        byReason: z.array(z.object({ reason: FallbackReason, count: Count })),
      }),
      /**
       * Executions a provider served (its answer, or its cached answer), by provider. Calls of attempts that then
       * fell back to the local engine are in `usage` but under no provider: the engine does not record which failed.
       */
      byProvider: z.array(z.object({ provider: z.string(), executions: Count, cacheHits: Count, ...Usage.shape })),
    }),
    /** Tokens, cost and model calls of every task attempt counted. */
    usage: Usage,
    /**
     * Service-level, the same for every caller and not limited to the window: each configured provider's breaker
     * now and its gateway's counters (trips, refusedOpen, probes, …) since the gateway was created.
     */
    providers: z.array(ProviderHealth),
  })
  .meta({ id: "MetricsReport" });
export type MetricsReport = z.infer<typeof MetricsReport>;
