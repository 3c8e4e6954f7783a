import { describe, expect, it, vi } from "vitest";
import { PermanentError } from "../../src/queue/errors.ts";
import { settleEach } from "../../src/queue/settle.ts";

function batchOf(bodies: Array<{ id: string; attempts: number; body: unknown }>) {
  const messages = bodies.map(({ id, attempts, body }) => ({
    id,
    attempts,
    body,
    timestamp: new Date(0),
    ack: vi.fn(),
    retry: vi.fn(),
  }));
  const batch = { queue: "tasks", messages, ackAll: vi.fn(), retryAll: vi.fn() } as unknown as MessageBatch<unknown>;
  return { batch, messages };
}

const options = { baseMs: 1_000, capMs: 60_000, overloadedFloorMs: 10_000, random: () => 0.5 };

describe("settleEach", () => {
  it("settles every message on its own and never throws", async () => {
    const { batch, messages } = batchOf([
      { id: "ok", attempts: 1, body: "ok" },
      { id: "flaky", attempts: 2, body: "flaky" },
      { id: "poison", attempts: 1, body: "poison" },
      { id: "busy", attempts: 1, body: "busy" },
    ]);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(
      settleEach(
        batch,
        async (m) => {
          if (m.body === "flaky") throw new Error("connection reset");
          if (m.body === "poison") throw new PermanentError("cannot parse");
          if (m.body === "busy") throw Object.assign(new Error("overloaded"), { overloaded: true });
        },
        options,
      ),
    ).resolves.toBeUndefined();

    const [ok, flaky, poison, busy] = messages;
    expect(ok?.ack).toHaveBeenCalledOnce();
    expect(ok?.retry).not.toHaveBeenCalled();
    // attempts 2 → window 4 s, random 0.5 → 2 s.
    expect(flaky?.retry).toHaveBeenCalledWith({ delaySeconds: 2 });
    expect(flaky?.ack).not.toHaveBeenCalled();
    expect(poison?.ack).toHaveBeenCalledOnce();
    expect(poison?.retry).not.toHaveBeenCalled();
    // Overloaded waits at least the floor even when the jitter draw is smaller.
    expect(busy?.retry).toHaveBeenCalledWith({ delaySeconds: 10 });
    expect(batch.ackAll).not.toHaveBeenCalled();
    expect(batch.retryAll).not.toHaveBeenCalled();
  });

  it("logs ids and counts, never message bodies", async () => {
    const { batch } = batchOf([{ id: "m1", attempts: 1, body: { resume: "Jane Doe, 555-0100" } }]);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await settleEach(
      batch,
      async () => {
        throw new Error("boom");
      },
      options,
    );
    const logged = warn.mock.calls.map((c) => String(c[0])).join("\n");
    expect(logged).toContain('"messageId":"m1"');
    expect(logged).not.toContain("Jane Doe");
  });
});
