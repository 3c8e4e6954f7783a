import { createExecutionContext, createMessageBatch, getQueueResult, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index.ts";
import { coordinatorFor } from "../../src/run/stub.ts";

async function deliver(queue: string, bodies: unknown[]) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `msg-${i}`, timestamp: Date.now(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

async function seedDispatched(runId: string, taskId: string, attempt: number) {
  await runInDurableObject(coordinatorFor(env, runId), (_i, state) => {
    state.storage.sql.exec(
      "INSERT INTO tasks (id, kind, state, attempt, updated_at) VALUES (?, 'analyze', 'dispatched', ?, ?)",
      taskId,
      attempt,
      Date.now(),
    );
  });
}

const taskState = (runId: string, taskId: string) =>
  runInDurableObject(coordinatorFor(env, runId), (_i, state) =>
    state.storage.sql.exec("SELECT state, error_code FROM tasks WHERE id = ?", taskId).one(),
  );

describe("tasks queue consumer", () => {
  it("acks malformed messages instead of cycling them into the dead-letter queue", async () => {
    const result = await deliver("tasks", [
      { runId: "" },
      "not an object",
      { runId: "r", taskId: "t", attempt: -1, extra: 1 },
    ]);
    expect(result.explicitAcks.sort()).toEqual(["msg-0", "msg-1", "msg-2"]);
    expect(result.retryMessages).toEqual([]);
  });

  it("acks a delivery its run does not want (unknown task) without touching anything", async () => {
    const result = await deliver("tasks", [{ runId: "no-such-run", taskId: "analyze:skills#0", attempt: 0 }]);
    expect(result.explicitAcks).toEqual(["msg-0"]);
    expect(result.retryMessages).toEqual([]);
  });

  it("fails a claimed task it has no executor for, once, and acks its redelivery as stale", async () => {
    await seedDispatched("queue-run", "analyze:summary#0", 1);
    const message = { runId: "queue-run", taskId: "analyze:summary#0", attempt: 1 };
    const first = await deliver("tasks", [message]);
    expect(first.explicitAcks).toEqual(["msg-0"]);
    expect(await taskState("queue-run", "analyze:summary#0")).toEqual({
      state: "failed",
      error_code: "unsupported_task_kind",
    });

    const redelivered = await deliver("tasks", [message]);
    expect(redelivered.explicitAcks).toEqual(["msg-0"]);
    expect(redelivered.retryMessages).toEqual([]);
  });

  it("retries, with a delay, a message whose run cannot be reached, and settles the rest of the batch", async () => {
    const batch = createMessageBatch("tasks", [
      { id: "ok", timestamp: Date.now(), attempts: 1, body: { runId: "fine-run", taskId: "x", attempt: 0 } },
      { id: "down", timestamp: Date.now(), attempts: 3, body: { runId: "down-run", taskId: "x", attempt: 0 } },
    ]);
    const down = batch.messages.find((m) => m.id === "down");
    const retry = vi.spyOn(down as Message, "retry");
    const broken = {
      ...env,
      RUN_COORDINATOR: {
        getByName: (name: string) => {
          if (name === "down-run")
            return {
              claim: () => Promise.reject(Object.assign(new Error("Network connection lost."), { retryable: true })),
            };
          return env.RUN_COORDINATOR.getByName(name);
        },
      },
    } as unknown as Env;
    const { consumeBatch } = await import("../../src/queue/consumer.ts");
    const ctx = createExecutionContext();
    await consumeBatch(batch, broken);
    const result = await getQueueResult(batch, ctx);

    expect(result.explicitAcks).toEqual(["ok"]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["down"]);
    expect(retry).toHaveBeenCalledTimes(1);
    const delay = retry.mock.calls[0]?.[0]?.delaySeconds ?? -1;
    // attempts = 3 → full jitter over [0, min(60 s, 1 s · 2^3)] = [0, 8 s].
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(8);
  });
});

describe("dead-letter consumer", () => {
  it("marks the dead-lettered task failed in its run, and a duplicate dead letter changes nothing", async () => {
    await seedDispatched("dlq-run", "tailor:experience#0", 2);
    const message = { runId: "dlq-run", taskId: "tailor:experience#0", attempt: 2 };
    const first = await deliver("tasks-dlq", [message]);
    expect(first.explicitAcks).toEqual(["msg-0"]);
    expect(await taskState("dlq-run", "tailor:experience#0")).toEqual({ state: "failed", error_code: "dead_lettered" });

    const again = await deliver("tasks-dlq", [message]);
    expect(again.explicitAcks).toEqual(["msg-0"]);
    expect(await taskState("dlq-run", "tailor:experience#0")).toEqual({ state: "failed", error_code: "dead_lettered" });
  });
});
