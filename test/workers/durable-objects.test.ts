import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { COORDINATOR_SCHEMA } from "../../src/run/coordinator-schema.ts";
import { coordinatorFor } from "../../src/run/stub.ts";

const latestCoordinatorVersion = Math.max(...COORDINATOR_SCHEMA.map((s) => s.version));

function seedTask(runId: string, task: { id: string; kind: string; state: string; attempt: number }) {
  return runInDurableObject(coordinatorFor(env, runId), (_instance, state) => {
    state.storage.sql.exec(
      "INSERT INTO tasks (id, kind, state, attempt, updated_at) VALUES (?, ?, ?, ?, ?)",
      task.id,
      task.kind,
      task.state,
      task.attempt,
      Date.now(),
    );
  });
}

describe("RunCoordinator", () => {
  it("answers ping through its binding with its schema version", async () => {
    const reply = await env.RUN_COORDINATOR.getByName("ping-run").ping();
    expect(reply).toMatchObject({ object: "RunCoordinator", schemaVersion: latestCoordinatorVersion });
    expect(reply.createdAt).toBeGreaterThan(0);
  });

  it("keeps its schema and creation time across eviction", async () => {
    const stub = env.RUN_COORDINATOR.getByName("evicted-run");
    const before = await stub.ping();
    await evictDurableObject(stub);
    const after = await stub.ping();
    expect(after).toEqual(before);
  });

  it("claims only the current attempt of a dispatched task", async () => {
    const stub = coordinatorFor(env, "claim-run");
    await seedTask("claim-run", { id: "analyze:skills#0", kind: "analyze", state: "dispatched", attempt: 2 });
    await seedTask("claim-run", { id: "score", kind: "score", state: "succeeded", attempt: 1 });

    expect(await stub.claim("analyze:skills#0", 2)).toEqual({ status: "claimed", kind: "analyze" });
    expect(await stub.claim("analyze:skills#0", 1)).toEqual({ status: "stale", reason: "superseded" });
    expect(await stub.claim("score", 1)).toEqual({ status: "stale", reason: "not_dispatched" });
    expect(await stub.claim("missing", 0)).toEqual({ status: "stale", reason: "unknown_task" });
  });

  it("applies a failure report once, for the current attempt only", async () => {
    const stub = coordinatorFor(env, "fail-run");
    await seedTask("fail-run", { id: "tailor:experience#1", kind: "tailor", state: "dispatched", attempt: 3 });

    expect(await stub.fail("tailor:experience#1", 2, "dead_lettered")).toEqual({ applied: false });
    expect(await stub.fail("tailor:experience#1", 3, "dead_lettered")).toEqual({ applied: true });
    expect(await stub.fail("tailor:experience#1", 3, "dead_lettered")).toEqual({ applied: false });
    const row = await runInDurableObject(stub, (_i, state) =>
      state.storage.sql.exec("SELECT state, error_code FROM tasks WHERE id = 'tailor:experience#1'").one(),
    );
    expect(row).toEqual({ state: "failed", error_code: "dead_lettered" });
  });
});

describe("ProviderGateway", () => {
  it("answers ping through its binding", async () => {
    const reply = await env.PROVIDER_GATEWAY.getByName("openai").ping();
    expect(reply.object).toBe("ProviderGateway");
    expect(reply.createdAt).toBeGreaterThan(0);
  });
});
