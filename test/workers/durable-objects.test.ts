import { evictDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { COORDINATOR_SCHEMA } from "../../src/run/coordinator-schema.ts";
import { coordinatorFor } from "../../src/run/stub.ts";

const latestCoordinatorVersion = Math.max(...COORDINATOR_SCHEMA.map((s) => s.version));

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
    expect(await stub.ping()).toEqual(before);
  });

  it("treats deliveries and reports for a run it does not hold as stale", async () => {
    const stub = coordinatorFor(env, "no-such-run");
    expect(await stub.claim("analyze:skills#0", 1)).toEqual({ status: "stale", reason: "unknown_task" });
    expect(await stub.fail("analyze:skills#0", 1, { code: "x", message: "y", retryable: true })).toEqual({
      applied: false,
    });
    expect(await stub.status()).toBeNull();
    expect(await stub.purge()).toBe(false);
  });
});

describe("ProviderGateway", () => {
  it("answers ping through its binding", async () => {
    const reply = await env.PROVIDER_GATEWAY.getByName("openai").ping();
    expect(reply.object).toBe("ProviderGateway");
    expect(reply.createdAt).toBeGreaterThan(0);
  });
});
