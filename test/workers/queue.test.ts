import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index.ts";

async function deliver(queue: string, bodies: unknown[]) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `msg-${i}`, timestamp: Date.now(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

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
  it("acks a dead letter for a run it cannot find", async () => {
    const result = await deliver("tasks-dlq", [{ runId: "no-such-run", taskId: "tailor:experience#0", attempt: 2 }]);
    expect(result.explicitAcks).toEqual(["msg-0"]);
  });
});
