import { describe, expect, it } from "vitest";
import {
  abandon,
  afterFailure,
  DEFAULT_POLICY,
  dispatchable,
  expandGraph,
  initialGraph,
  markDispatched,
  markSucceeded,
  nextWake,
  outcome,
  overdue,
  progress,
  refresh,
  runnableHere,
  type Task,
} from "../../../src/run/graph.ts";

const chunks = [
  { section: "experience", chunk: 0 },
  { section: "experience", chunk: 1 },
  { section: "skills", chunk: 0 },
];
const byId = (tasks: Task[], id: string) => tasks.find((t) => t.id === id) as Task;

function graph(mode: "tailor" | "analyze" = "tailor") {
  const tasks = initialGraph();
  refresh(tasks);
  tasks.push(...expandGraph(mode, chunks, [{ section: "summary", chunk: 0 }, ...chunks]));
  return tasks;
}

/** Drives every task to success the way the coordinator does, returning the order tasks ran in. */
function runAll(tasks: Task[], fail: (t: Task) => boolean = () => false): string[] {
  const order: string[] = [];
  for (let guard = 0; guard < 100 && outcome(tasks).status === "running"; guard++) {
    refresh(tasks);
    const now = guard * 1000;
    for (const t of [
      ...runnableHere(tasks, now),
      ...dispatchable(tasks, now, { ...DEFAULT_POLICY, maxInFlight: 100 }),
    ]) {
      if (t.where === "queue" && !t.inline) markDispatched(t, now, DEFAULT_POLICY);
      order.push(t.id);
      if (fail(t)) afterFailure(t, now, DEFAULT_POLICY, "boom", false);
      else markSucceeded(t);
    }
  }
  return order;
}

describe("task graph", () => {
  it("starts with parse and requirements in parallel", () => {
    const tasks = initialGraph();
    refresh(tasks);
    expect(runnableHere(tasks, 0).map((t) => t.id)).toEqual(["parse"]);
    expect(dispatchable(tasks, 0, DEFAULT_POLICY).map((t) => t.id)).toEqual(["requirements"]);
  });

  it("runs in dependency order and ends succeeded", () => {
    const tasks = graph();
    const order = runAll(tasks);
    const at = (id: string) => order.indexOf(id);
    expect(at("analyze:experience#0")).toBeGreaterThan(at("requirements"));
    expect(at("merge:experience")).toBeGreaterThan(at("analyze:experience#1"));
    expect(at("score")).toBeGreaterThan(at("merge:skills"));
    expect(at("tailor:summary#0")).toBeGreaterThan(at("score"));
    expect(at("assemble")).toBe(order.length - 1);
    expect(outcome(tasks)).toEqual({ status: "succeeded", failed: [] });
    expect(progress(tasks)).toBe(100);
  });

  it("stops after score in analyze mode", () => {
    const tasks = graph("analyze");
    expect(tasks.some((t) => t.kind === "tailor" || t.kind === "assemble")).toBe(false);
    runAll(tasks);
    expect(outcome(tasks).status).toBe("succeeded");
  });

  it("goes on without a failed chunk, and ends partial naming it", () => {
    const tasks = graph();
    runAll(tasks, (t) => t.id === "analyze:experience#1");
    expect(byId(tasks, "analyze:experience#1").state).toBe("failed");
    expect(byId(tasks, "merge:experience").state).toBe("succeeded");
    expect(outcome(tasks)).toEqual({ status: "partial", failed: ["analyze:experience#1"] });
  });

  it("fails the run when a critical task fails, skipping what depended on it", () => {
    const tasks = graph();
    runAll(tasks, (t) => t.id === "requirements");
    expect(outcome(tasks)).toMatchObject({ status: "failed", errorCode: "requirements_failed" });
    expect(abandon(tasks, "run failed").map((t) => t.id)).toContain("analyze:experience#0");
    expect(byId(tasks, "analyze:experience#0")).toMatchObject({ state: "skipped", error: "run failed" });
    expect(tasks.every((t) => ["succeeded", "failed", "skipped"].includes(t.state))).toBe(true);
  });

  it("retries with full-jitter backoff, then falls back to the local engine, then fails", () => {
    const t = graph().find((x) => x.id === "analyze:skills#0") as Task;
    t.state = "ready";
    const results: string[] = [];
    for (let i = 0; i < 5; i++) {
      if (!t.inline) markDispatched(t, 1000, DEFAULT_POLICY);
      results.push(afterFailure(t, 1000, DEFAULT_POLICY, "503", true, () => 0.5));
      if (results.at(-1) === "retry") {
        // attempt n waits half of min(cap, base·2^n).
        expect(t.notBefore).toBe(1000 + Math.floor(0.5 * Math.min(30_000, 500 * 2 ** t.attempt)));
      }
    }
    expect(results.slice(0, 4)).toEqual(["retry", "retry", "fallback", "failed"]);
    expect(t.attempt).toBe(3);
  });

  it("does not retry a failure retrying cannot fix", () => {
    const t = graph().find((x) => x.id === "analyze:skills#0") as Task;
    t.state = "ready";
    markDispatched(t, 0, DEFAULT_POLICY);
    expect(afterFailure(t, 0, DEFAULT_POLICY, "bad output", false)).toBe("fallback");
    expect(t.inline).toBe(true);
  });

  it("limits the queue tasks in flight per run and respects backoff", () => {
    const tasks = graph();
    refresh(tasks);
    markSucceeded(byId(tasks, "parse"));
    markSucceeded(byId(tasks, "requirements"));
    refresh(tasks);
    const policy = { ...DEFAULT_POLICY, maxInFlight: 2 };
    const first = dispatchable(tasks, 0, policy);
    expect(first).toHaveLength(2);
    for (const t of first) markDispatched(t, 0, policy);
    expect(dispatchable(tasks, 0, policy)).toHaveLength(0);
    afterFailure(first[0] as Task, 0, policy, "x", true, () => 1);
    expect(dispatchable(tasks, 0, policy).map((t) => t.id)).not.toContain(first[0]?.id);
    expect(dispatchable(tasks, 60_000, policy).map((t) => t.id)).toContain(first[0]?.id);
  });

  it("finds lost attempts by their deadline and wakes for the earliest timer", () => {
    const tasks = graph();
    const t = byId(tasks, "requirements");
    markDispatched(t, 1000, DEFAULT_POLICY);
    expect(overdue(tasks, 1000 + DEFAULT_POLICY.taskTimeoutMs - 1)).toEqual([]);
    expect(overdue(tasks, 1000 + DEFAULT_POLICY.taskTimeoutMs)).toEqual([t]);
    expect(nextWake(tasks, 10_000_000)).toBe(1000 + DEFAULT_POLICY.taskTimeoutMs);
    expect(nextWake([], 5)).toBe(5);
    expect(nextWake([])).toBeUndefined();
  });

  it("reports progress in two phases", () => {
    const tasks = initialGraph();
    refresh(tasks);
    expect(progress(tasks)).toBe(0);
    markSucceeded(byId(tasks, "parse"));
    expect(progress(tasks)).toBe(5);
  });
});
