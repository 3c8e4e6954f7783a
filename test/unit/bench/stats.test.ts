import { describe, expect, it } from "vitest";
import { histogramSvg } from "../../../bench/lib/histogram-svg.ts";
import { checkEvents, histogram, percentile, queuedTaskTimes, summarize, tally } from "../../../bench/lib/stats.ts";

describe("load harness statistics", () => {
  it("percentiles by nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([3, 1, 2, 10])).toEqual({ count: 4, mean: 4, p50: 2, p95: 10, p99: 10, max: 10 });
  });

  it("finds missing, repeated and reordered events, and whether the stream ended", () => {
    const run = (seqs: number[], last = "run.completed") =>
      seqs.map((seq, i) => ({ seq, type: i === seqs.length - 1 ? last : "task.started" }));
    expect(checkEvents(run([1, 2, 3, 4]))).toEqual({ missing: 0, outOfOrder: 0, terminal: true });
    expect(checkEvents(run([1, 2, 4]))).toEqual({ missing: 1, outOfOrder: 0, terminal: true });
    expect(checkEvents(run([1, 3, 2, 4]))).toMatchObject({ missing: 0, outOfOrder: 1 });
    expect(checkEvents(run([1, 2, 2, 3]))).toMatchObject({ outOfOrder: 1 });
    expect(checkEvents(run([1, 2], "task.succeeded")).terminal).toBe(false);
    expect(checkEvents([]).terminal).toBe(false);
  });

  it("tallies and bins", () => {
    expect(tally(["a", "b", "a"])).toEqual({ a: 2, b: 1 });
    const bins = histogram([0, 1, 2, 3, 4, 10], 5);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 1, 0, 1]);
    expect(bins.at(-1)?.to).toBe(10);
    const svg = histogramSvg(bins, { p50: 2, p95: 10 }, "Runs <mixed>");
    expect(svg).toMatch(/^<svg /);
    expect(svg.match(/<rect /g)).toHaveLength(6);
    expect(svg).toContain("Runs &lt;mixed>");
  });
});

describe("queued task times", () => {
  it("times each task from its last sending to its end, and skips tasks run in place", () => {
    const at = (s: number) => new Date(Date.UTC(2026, 10, 29, 10, 0, s)).toISOString();
    const events = [
      { type: "task.started", taskId: "parse", status: "ready", at: at(0) },
      { type: "task.succeeded", taskId: "parse", status: "succeeded", at: at(0) },
      { type: "task.started", taskId: "requirements", status: "dispatched", at: at(1) },
      { type: "task.started", taskId: "analyze:experience#0", status: "dispatched", at: at(2) },
      { type: "task.succeeded", taskId: "requirements", status: "succeeded", at: at(4) },
      // Sent again after a retry: timed from the second sending.
      { type: "task.retrying", taskId: "analyze:experience#0", at: at(5) },
      { type: "task.started", taskId: "analyze:experience#0", status: "dispatched", at: at(6) },
      { type: "task.failed", taskId: "analyze:experience#0", status: "failed", at: at(9) },
      { type: "run.completed", at: at(10) },
    ];
    expect(queuedTaskTimes(events)).toEqual([3000, 3000]);
    expect(queuedTaskTimes([])).toEqual([]);
  });
});
