import { TERMINAL_EVENTS } from "../../src/domain/run.ts";
import { quantile } from "./report.ts";

/**
 * The load harness's arithmetic, kept pure so it is unit tested (test/unit/bench-stats.test.ts): percentiles,
 * summaries, and the check that a run's events arrived complete and in order.
 */

/** Nearest-rank percentile of an ascending list (p in 0–100); NaN for an empty list. */
export const percentile = (sorted: readonly number[], p: number): number => quantile(sorted, p / 100);

export interface Summary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN;
  return {
    count: sorted.length,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? (sorted.at(-1) as number) : Number.NaN,
  };
}

export interface EventCheck {
  /** Sequence numbers that never arrived, up to the last one seen. */
  missing: number;
  /** Events that arrived after a later one, or twice. */
  outOfOrder: number;
  /** The stream ended with a terminal event. */
  terminal: boolean;
}

/** Whether a run's events are 1, 2, 3, … with nothing missing, repeated or reordered, ending in a terminal one. */
export function checkEvents(events: ReadonlyArray<{ seq: number; type: string }>): EventCheck {
  let outOfOrder = 0;
  let last = 0;
  const seen = new Set<number>();
  for (const e of events) {
    if (e.seq <= last || seen.has(e.seq)) outOfOrder++;
    seen.add(e.seq);
    last = Math.max(last, e.seq);
  }
  let missing = 0;
  for (let s = 1; s <= last; s++) if (!seen.has(s)) missing++;
  return { missing, outOfOrder, terminal: events.length > 0 && TERMINAL_EVENTS.has(events.at(-1)?.type ?? "") };
}

/**
 * How long each task sent to the queue took from "sent" (task.started with status dispatched) to its end
 * (task.succeeded or task.failed), in ms, from one run's events in order: queue wait, consumer work and model
 * calls together. A task sent again after a retry is timed from its last sending.
 */
export function queuedTaskTimes(
  events: ReadonlyArray<{ type: string; taskId?: string; status?: string; at: string }>,
): number[] {
  const sent = new Map<string, number>();
  const times: number[] = [];
  for (const e of events) {
    if (!e.taskId) continue;
    if (e.type === "task.started" && e.status === "dispatched") sent.set(e.taskId, Date.parse(e.at));
    else if ((e.type === "task.succeeded" || e.type === "task.failed") && sent.has(e.taskId)) {
      times.push(Date.parse(e.at) - (sent.get(e.taskId) as number));
      sent.delete(e.taskId);
    }
  }
  return times;
}

/** Counts of each value. */
export function tally<T extends string>(values: readonly T[]): Partial<Record<T, number>> {
  const out: Partial<Record<T, number>> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Equal-width bins over [0, max], for the latency histogram. */
export function histogram(values: readonly number[], bins: number): Array<{ from: number; to: number; count: number }> {
  if (values.length === 0 || bins < 1) return [];
  const max = Math.max(...values);
  const width = max > 0 ? max / bins : 1;
  const out = Array.from({ length: bins }, (_, i) => ({ from: i * width, to: (i + 1) * width, count: 0 }));
  for (const v of values) {
    const i = Math.min(bins - 1, Math.floor(v / width));
    (out[i] as { count: number }).count++;
  }
  return out;
}
