import { describe, expect, it } from "vitest";
import { eventsOf, startRun, waitForEnd } from "./run-helpers.ts";

// The faults the load harness injects (bench/load.ts), each on its own: runs still end, and end right.

describe("platform faults", () => {
  it("a queue message delivered twice runs its task once as far as the run is concerned", async () => {
    const { id } = await startRun({
      faults: { duplicate: ["requirements", "analyze:experience#0", "tailor:experience#0"] },
    });
    const view = await waitForEnd(id);
    expect(view.status).toBe("succeeded");
    const events = await eventsOf(id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    for (const task of ["requirements", "analyze:experience#0", "tailor:experience#0"])
      expect(events.filter((e) => e.type === "task.succeeded" && e.taskId === task)).toHaveLength(1);
  });

  it("the run's Durable Object evicted mid-run carries on from storage to the same result", async () => {
    const clean = await waitForEnd((await startRun()).id);
    const { id } = await startRun({ faults: { evictAfter: ["requirements"] } });
    const view = await waitForEnd(id, 30_000);
    expect(view.status).toBe("succeeded");
    expect(view.result?.score).toEqual(clean.result?.score);
    const events = await eventsOf(id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)?.type).toBe("run.completed");
  });
});
