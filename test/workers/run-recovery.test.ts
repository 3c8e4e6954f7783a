import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Problem } from "../../src/domain/problem.ts";
import type { RunView } from "../../src/domain/run.ts";
import type { RunCoordinator } from "../../src/run/coordinator.ts";
import { coordinatorFor } from "../../src/run/stub.ts";
import { BASE, env, JOB, post, RESUME, waitForEnd } from "./run-helpers.ts";

// A run's object that dies between writing the run and the rest of start() (the crashAfterWrite fault, as a
// kill -9 or a deploy mid-request leaves it): the run must still end, be indexed in D1 and be wiped at retention.

const body = { resume: RESUME, jobDescription: JOB, options: { mode: "tailor", engine: "local" } };
const crash = { "X-Test-Faults": JSON.stringify({ crashAfterWrite: true }) };

/** Starts a run whose object dies right after writing it; the API answers 503 and the run id is the key's. */
async function crashedStart(key: string): Promise<string> {
  const response = await post("/v1/runs", body, { ...crash, "Idempotency-Key": key });
  expect(response.status).toBe(503);
  const problem = Problem.parse(await response.json());
  expect(problem.code).toBe("run_start_failed");
  expect(response.headers.get("Retry-After")).toBe("1");
  // The run id for an Idempotency-Key is derived from owner and key: find it from the D1-free side, the object.
  const id = await idFor(key);
  const stored = await runInDurableObject(coordinatorFor(env, id), (_: RunCoordinator, state) =>
    state.storage.sql.exec<{ status: string }>("SELECT status FROM run").toArray(),
  );
  expect(stored).toEqual([{ status: "running" }]);
  return id;
}

async function idFor(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`anonymous\n${key}`));
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 32);
}

const d1Row = (id: string) =>
  env.DB.prepare("SELECT status FROM runs WHERE id = ?").bind(id).first<{ status: string }>();

describe("a run whose object died right after writing it", () => {
  it("keeps an alarm, which carries the run to its end without anyone asking, and indexes it in D1", async () => {
    const id = await crashedStart("recovery-alarm");
    const stub = coordinatorFor(env, id);
    // Nothing but the alarm touches the run: no GET, no events, no retry.
    expect(await runInDurableObject(stub, (_: RunCoordinator, state) => state.storage.getAlarm())).not.toBeNull();
    expect(await d1Row(id)).toBeNull();
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const status = await runInDurableObject(stub, (_: RunCoordinator, state) =>
      state.storage.sql
        .exec<{ status: string; indexed: string | null }>("SELECT status, indexed_status AS indexed FROM run")
        .one(),
    );
    // The local engine finishes within the alarm (queue tasks may still be out): either way it moves and is indexed.
    expect(["running", "succeeded"]).toContain(status.status);
    expect(await d1Row(id)).not.toBeNull();
    const view = await waitForEnd(id);
    expect(view.status).toBe("succeeded");
    expect((await d1Row(id))?.status).toBe("succeeded");
    // Finished, it still holds an alarm: its retention.
    expect(await runInDurableObject(stub, (_: RunCoordinator, state) => state.storage.getAlarm())).toBe(
      view.finishedAt ? Date.parse(view.finishedAt) + 7 * 86_400_000 : null,
    );
  });

  it("is resumed by the same request with the same Idempotency-Key, which returns the same run", async () => {
    const id = await crashedStart("recovery-retry");
    // Without the fault this time (a header a retry may not even carry).
    const retry = await post("/v1/runs", body, { "Idempotency-Key": "recovery-retry" });
    expect(retry.status).toBe(202);
    expect(((await retry.json()) as { id: string }).id).toBe(id);
    expect((await waitForEnd(id)).status).toBe("succeeded");
    const list = (await (await exports.default.fetch(`${BASE}/v1/runs?limit=100`)).json()) as {
      runs: Array<{ id: string }>;
    };
    expect(list.runs.map((r) => r.id)).toContain(id);
  });

  it("is repaired by a GET: it gets its D1 row and moves on even when its alarm was lost", async () => {
    const id = await crashedStart("recovery-get");
    const stub = coordinatorFor(env, id);
    // The worst case: the alarm lost as well.
    await runInDurableObject(stub, (_: RunCoordinator, state) => state.storage.deleteAlarm());
    const first = (await (await exports.default.fetch(`${BASE}/v1/runs/${id}`)).json()) as RunView;
    expect(first.id).toBe(id);
    expect(await d1Row(id)).not.toBeNull();
    expect((await waitForEnd(id)).status).toBe("succeeded");
  });

  it("is repaired by opening its events", async () => {
    const id = await crashedStart("recovery-events");
    const stub = coordinatorFor(env, id);
    await runInDurableObject(stub, (_: RunCoordinator, state) => state.storage.deleteAlarm());
    const response = await exports.default.fetch(`${BASE}/v1/runs/${id}/events`, {
      headers: { Accept: "text/event-stream" },
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("event: run.completed");
    expect((await d1Row(id))?.status).toBe("succeeded");
  });

  it("a run whose D1 row failed to be written at its end gets it from the next GET", async () => {
    const response = await post("/v1/runs", body, { "Idempotency-Key": "recovery-stale-index" });
    const { id } = (await response.json()) as { id: string };
    await waitForEnd(id);
    // As if the end's D1 batch had failed: the row still says running, and the object knows it was not written.
    await env.DB.prepare("UPDATE runs SET status = 'running', finished_at = NULL WHERE id = ?").bind(id).run();
    await runInDurableObject(coordinatorFor(env, id), (_: RunCoordinator, state) => {
      state.storage.sql.exec("UPDATE run SET indexed_status = 'running'");
    });
    await exports.default.fetch(`${BASE}/v1/runs/${id}`);
    expect((await d1Row(id))?.status).toBe("succeeded");
  });
});
