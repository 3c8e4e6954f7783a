import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../src/llm/breaker.ts";
import type { AcquireReply, GatewayProvider, ProviderGateway } from "../../src/llm/gateway.ts";

// The ProviderGateway on its own, one fresh provider per test. vitest.config.ts sets BREAKER_CONFIG to a 400 ms
// first cooldown (doubling, capped at 2 s); the rest are the defaults: 10 calls, 5 failures, 50% in 60 s, or 5
// failures in a row (more when more calls are in flight).

function gateway(maxConcurrency = 4) {
  const provider: GatewayProvider = { name: `p-${crypto.randomUUID()}`, maxConcurrency, timeoutMs: 1_000 };
  const stub = env.PROVIDER_GATEWAY.getByName(provider.name);
  const acquire = () => stub.acquire(provider, 100);
  /** One whole call: a lease, then its outcome. */
  const call = async (outcome: Outcome, status?: number) => {
    const lease = await acquire();
    if (lease.status !== "granted") return lease;
    await stub.release(lease.lease, {
      outcome,
      latencyMs: 5,
      tokensIn: 10,
      tokensOut: 5,
      ...(status !== undefined ? { status } : {}),
    });
    return lease;
  };
  return { provider, stub, acquire, call };
}

const ok: Outcome = { kind: "success" };
const serverError: Outcome = { kind: "failure" };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function untilReopen(reply: AcquireReply) {
  if (reply.status !== "open") throw new Error(`expected open, got ${reply.status}`);
  await sleep(Math.max(0, reply.reopenAt - Date.now()) + 20);
}

describe("ProviderGateway breaker", () => {
  it("stays closed below the threshold and opens once failures reach it", async () => {
    const g = gateway();
    for (let i = 0; i < 4; i++) {
      await g.call(ok);
      await g.call(serverError, 500 + i);
    }
    await g.call(ok);
    // 4 failures of 9 calls, never two in a row: under the minimum count and failures.
    expect((await g.stub.snapshot(g.provider.name)).state).toBe("closed");
    await g.call(serverError, 503);
    // 5 failures of 10 calls, 50%: open.
    const snapshot = await g.stub.snapshot(g.provider.name);
    expect(snapshot).toMatchObject({ state: "open", trips: 1, window: { calls: 10, failures: 5 } });
    const refused = await g.acquire();
    expect(refused.status).toBe("open");
    if (refused.status === "open") expect(refused.reopenAt - Date.now()).toBeLessThanOrEqual(400);
    expect((await g.stub.snapshot(g.provider.name)).totals.refused_open).toBe(1);
  });

  it("does not count a caller's 4xx against the provider", async () => {
    const g = gateway();
    for (let i = 0; i < 6; i++) await g.call({ kind: "neutral" }, 400);
    expect(await g.stub.snapshot(g.provider.name)).toMatchObject({ state: "closed", window: { calls: 0 } });
  });

  it("half-open lets exactly one probe through; its success closes the breaker", async () => {
    const g = gateway();
    for (let i = 0; i < 5; i++) await g.call(serverError, 500);
    await untilReopen(await g.acquire());

    const replies = await Promise.all(Array.from({ length: 8 }, () => g.acquire()));
    const granted = replies.filter((r) => r.status === "granted");
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatchObject({ probe: true });
    expect(replies.filter((r) => r.status === "open")).toHaveLength(7);
    expect((await g.stub.snapshot(g.provider.name)).state).toBe("half_open");

    const probe = granted[0] as Extract<AcquireReply, { status: "granted" }>;
    await g.stub.release(probe.lease, { outcome: ok, latencyMs: 5, tokensIn: 1, tokensOut: 1, status: 200 });
    expect((await g.stub.snapshot(g.provider.name)).state).toBe("closed");
    expect((await g.acquire()).status).toBe("granted");
  });

  it("a failed probe opens it again for a longer cooldown", async () => {
    const g = gateway();
    for (let i = 0; i < 5; i++) await g.call(serverError, 500);
    await untilReopen(await g.acquire());
    const probe = await g.call(serverError, 500);
    expect(probe).toMatchObject({ status: "granted", probe: true });
    const again = await g.acquire();
    expect(again.status).toBe("open");
    // Second trip: twice the first cooldown.
    if (again.status === "open") expect(again.reopenAt - Date.now()).toBeGreaterThan(400);
    expect((await g.stub.snapshot(g.provider.name)).trips).toBe(2);
  });

  it("a 429 keeps it open until its Retry-After, even past the cooldown, and the latest value wins", async () => {
    const g = gateway();
    const started = Date.now();
    await g.call({ kind: "failure", rateLimited: true, retryAfterMs: 1_500 }, 429);
    const refused = await g.acquire();
    expect(refused.status).toBe("open");
    if (refused.status === "open") expect(refused.reopenAt).toBeGreaterThanOrEqual(started + 1_500);
    await sleep(600); // past the 400 ms cooldown, not past Retry-After
    expect((await g.acquire()).status).toBe("open");
    await untilReopen(await g.acquire());
    // The probe is rate limited again with a shorter Retry-After: re-read, not the old value.
    const probeAt = Date.now();
    await g.call({ kind: "failure", rateLimited: true, retryAfterMs: 300 }, 429);
    const second = await g.acquire();
    expect(second.status).toBe("open");
    if (second.status === "open") expect(second.reopenAt - probeAt).toBeLessThan(1_000);
  });

  it("keeps its state through eviction", async () => {
    const g = gateway();
    for (let i = 0; i < 5; i++) await g.call(serverError, 500);
    const before = await g.stub.snapshot(g.provider.name);
    await evictDurableObject(g.stub);
    const after = await g.stub.snapshot(g.provider.name);
    expect(after).toMatchObject({ state: "open", trips: 1, reopenAt: before.reopenAt });
    expect((await g.acquire()).status).toBe("open");
  });
});

describe("ProviderGateway concurrency", () => {
  it("starts at its ceiling, halves on a 429 or a timeout and wins slots back by additive increase, within [1, max]", async () => {
    const g = gateway(4);
    expect((await g.stub.snapshot(g.provider.name)).limit).toBe(4);
    await g.call({ kind: "failure", rateLimited: true, retryAfterMs: 10 }, 429);
    expect((await g.stub.snapshot(g.provider.name)).limit).toBe(2);
    await sleep(30);
    await g.call(ok); // the probe closes the breaker
    expect((await g.stub.snapshot(g.provider.name)).limit).toBe(2.5);
    for (let i = 0; i < 12; i++) await g.call(ok);
    expect((await g.stub.snapshot(g.provider.name)).limit).toBe(4);
    for (let i = 0; i < 4; i++) await g.call({ kind: "failure", timedOut: true });
    expect((await g.stub.snapshot(g.provider.name)).limit).toBe(1);
  });

  it("cuts once for the calls that were out together, and again for a call sent after the cut", async () => {
    const g = gateway(4);
    const out = await Promise.all([g.acquire(), g.acquire(), g.acquire(), g.acquire()]);
    await sleep(5);
    for (const lease of out) {
      if (lease.status !== "granted") throw new Error(`expected a lease, got ${lease.status}`);
      await g.stub.release(lease.lease, {
        outcome: { kind: "failure", timedOut: true },
        latencyMs: 1_000,
        tokensIn: 0,
        tokensOut: 0,
      });
    }
    expect((await g.stub.snapshot(g.provider.name)).limit).toBe(2);
    await sleep(5);
    await g.call({ kind: "failure", timedOut: true });
    expect((await g.stub.snapshot(g.provider.name)).limit).toBe(1);
  });

  it("tells each lease the p95 latency of the window's successful calls, once there are 20", async () => {
    const g = gateway(4);
    const succeed = async (latencyMs: number) => {
      const lease = await g.acquire();
      if (lease.status !== "granted") throw new Error(`expected a lease, got ${lease.status}`);
      await g.stub.release(lease.lease, { outcome: ok, latencyMs, tokensIn: 1, tokensOut: 1 });
    };
    for (let i = 1; i <= 19; i++) await succeed(i * 10);
    const before = await g.acquire();
    expect(before.status === "granted" ? before.p95LatencyMs : "not granted").toBeUndefined();
    if (before.status === "granted")
      await g.stub.release(before.lease, { outcome: ok, latencyMs: 200, tokensIn: 1, tokensOut: 1 });
    // Latencies 10, 20 … 200 ms (and a failure, which does not count): the 19th of 20 is 190 ms.
    await g.call(serverError, 500);
    const after = await g.acquire();
    expect(after.status === "granted" ? after.p95LatencyMs : "not granted").toBe(190);
  });

  it("never grants more leases than its limit to 50 simultaneous callers", async () => {
    const g = gateway(4);
    const replies = await Promise.all(Array.from({ length: 50 }, () => g.acquire()));
    const granted = replies.filter((r) => r.status === "granted");
    expect(granted).toHaveLength(4);
    expect(replies.filter((r) => r.status === "busy")).toHaveLength(46);
    expect((await g.stub.snapshot(g.provider.name)).totals.peak_in_flight).toBe(4);
  });

  it("reclaims a lease whose holder died, once it expires", async () => {
    const g = gateway(2);
    const held = await Promise.all([g.acquire(), g.acquire()]);
    expect(held.every((r) => r.status === "granted")).toBe(true);
    expect((await g.acquire()).status).toBe("busy");
    // Time passes for the leases: their holders never released them and their expiry is behind us.
    await runInDurableObject(g.stub, (_instance: ProviderGateway, state) => {
      state.storage.sql.exec("UPDATE leases SET expires_at = ?", Date.now() - 1);
    });
    expect((await g.acquire()).status).toBe("granted");
    const snapshot = await g.stub.snapshot(g.provider.name);
    expect(snapshot.totals.leases_reclaimed).toBe(2);
    expect(snapshot.inFlight).toBe(1);
  });

  it("remembers a downgraded structured-output mode for every later call", async () => {
    const g = gateway();
    expect(await g.acquire()).toMatchObject({ mode: "json_schema" });
    expect(await g.stub.downgrade("json_schema")).toBe("json_object");
    // A second caller that saw the same rejection does not downgrade it twice.
    expect(await g.stub.downgrade("json_schema")).toBe("json_object");
    await evictDurableObject(g.stub);
    expect(await g.acquire()).toMatchObject({ mode: "json_object" });
  });
});
