import {
  createExecutionContext,
  createMessageBatch,
  evictDurableObject,
  getQueueResult,
  runDurableObjectAlarm,
  runInDurableObject,
} from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RunResult } from "../../src/domain/result.ts";
import type { RunEvent, RunList, RunView } from "../../src/domain/run.ts";
import worker from "../../src/index.ts";
import { coordinatorFor } from "../../src/run/stub.ts";
import { BASE, getRun, JOB, openSocket, post, startRun, until, waitForEnd } from "./run-helpers.ts";

describe("a run end to end, through the Worker's fetch and the local queue", () => {
  it("tailors: requirements, sections, evidence, scores before and after, verified edits, tailored resume", async () => {
    const started = await startRun();
    expect(started).toMatchObject({
      status: "running",
      links: { self: `/v1/runs/${started.id}`, events: `/v1/runs/${started.id}/events` },
    });
    const view = await waitForEnd(started.id);
    expect(view.status).toBe("succeeded");
    expect(view.progress).toBe(100);
    const result = RunResult.parse(view.result);
    expect(result.requirements.length).toBeGreaterThan(5);
    expect(result.sections.map((s) => s.section)).toEqual(
      expect.arrayContaining(["experience", "skills", "education", "summary"]),
    );
    expect(result.evidence).toHaveLength(result.requirements.length);
    expect(result.score.before.overall).toBeGreaterThan(0);
    expect(result.score.after?.overall).toBeGreaterThanOrEqual(result.score.before.overall);
    expect(result.tailored?.edits.length).toBeGreaterThan(0);
    expect(result.tailored?.markdown).toMatch(/^# Jordan Rivera/);
    expect(result.faithfulness).toMatchObject({ rejected: 0 });
    expect(view.tasks.every((t) => t.state === "succeeded")).toBe(true);
    expect(view.tasks.map((t) => t.kind)).toEqual(
      expect.arrayContaining(["parse", "requirements", "analyze", "merge", "score", "tailor", "verify", "assemble"]),
    );
  });

  it("analyzes without tailoring", async () => {
    const { id } = await startRun({ mode: "analyze" });
    const view = await waitForEnd(id);
    expect(view.status).toBe("succeeded");
    expect(view.result?.score.after).toBeUndefined();
    expect(view.result?.tailored).toBeUndefined();
    expect(view.tasks.some((t) => t.kind === "tailor")).toBe(false);
  });

  it("streams every event in order over a WebSocket, ending in run.completed", async () => {
    const { id } = await startRun();
    const { events, ws } = await openSocket(id);
    await until(() => events.some((e) => e.type === "run.completed"));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]?.type).toBe("run.started");
    expect(events.at(-1)).toMatchObject({ type: "run.completed", percent: 100 });
    expect(events.every((e) => e.runId === id)).toBe(true);
    ws.close(1000, "done");
    expect(JOB.length).toBeGreaterThan(0);
    expect((await getRun(id)).status).toBe("succeeded");
  });
});

describe("events", () => {
  it("lets a second client join with ?since= and miss nothing; SSE delivers the same sequence", async () => {
    const { id } = await startRun();
    const first = await openSocket(id);
    await until(() => first.events.length >= 3);
    const joinAt = first.events[2]?.seq ?? 0;
    const second = await openSocket(id, joinAt);
    await until(
      () =>
        first.events.some((e) => e.type === "run.completed") && second.events.some((e) => e.type === "run.completed"),
    );
    expect(second.events[0]?.seq).toBe(joinAt + 1);
    expect([...first.events.slice(0, joinAt), ...second.events]).toEqual(first.events);

    const sse = await exports.default.fetch(`${BASE}/v1/runs/${id}/events`, {
      headers: { Accept: "text/event-stream" },
    });
    expect(sse.headers.get("content-type")).toContain("text/event-stream");
    const frames = (await sse.text()).trim().split("\n\n");
    const fromSse = frames.map((f) =>
      JSON.parse(
        f
          .split("\n")
          .find((l) => l.startsWith("data: "))
          ?.slice(6) ?? "{}",
      ),
    );
    expect(fromSse).toEqual(first.events);
    expect(frames[0]).toMatch(/^id: 1\nevent: run\.started\n/);

    const resumed = await exports.default.fetch(`${BASE}/v1/runs/${id}/events`, {
      headers: { Accept: "text/event-stream", "Last-Event-ID": "5" },
    });
    const resumedSeqs = (await resumed.text()).match(/^id: (\d+)$/gm)?.map((l) => Number(l.slice(4)));
    expect(resumedSeqs?.[0]).toBe(6);
    first.ws.close(1000);
    second.ws.close(1000);
  });

  it("asks for a WebSocket or SSE on the events URL", async () => {
    const { id } = await startRun({ mode: "analyze" });
    const response = await exports.default.fetch(`${BASE}/v1/runs/${id}/events`);
    expect(response.status).toBe(406);
    expect(((await response.json()) as { code: string }).code).toBe("events_transport");
  });
});

describe("durability", () => {
  it("completes when the coordinator is evicted mid-run, and connected sockets survive hibernation", async () => {
    const { id } = await startRun({ faults: { drop: ["requirements@1"] } });
    const socket = await openSocket(id);
    await until(() => socket.events.some((e) => e.type === "task.succeeded" && e.taskId === "parse"));
    await evictDurableObject(coordinatorFor(env, id));
    const view = await waitForEnd(id);
    expect(view.status).toBe("succeeded");
    await until(() => socket.events.some((e) => e.type === "run.completed"));
    expect(socket.events.map((e) => e.seq)).toEqual(socket.events.map((_, i) => i + 1));
    socket.ws.close(1000);
  });

  it("re-dispatches a message that was never delivered when its deadline passes", async () => {
    const { id } = await startRun({ faults: { drop: ["requirements@1"] } });
    const view = await waitForEnd(id);
    expect(view.status).toBe("succeeded");
    expect(view.tasks.find((t) => t.id === "requirements")).toMatchObject({ state: "succeeded", attempt: 2 });
    const events = await eventsOf(id);
    expect(events.some((e) => e.type === "task.retrying" && e.taskId === "requirements")).toBe(true);
  });

  it("changes nothing when the same queue message is delivered twice", async () => {
    const { id } = await startRun({ mode: "analyze", faults: { drop: ["requirements@1"] } });
    const message = { runId: id, taskId: "requirements", attempt: 1 };
    const deliver = async () => {
      const batch = createMessageBatch("tasks", [
        { id: crypto.randomUUID(), timestamp: Date.now(), attempts: 1, body: message },
      ]);
      const ctx = createExecutionContext();
      await worker.queue(batch, { ...env, ALLOW_TEST_FAULTS: "false" });
      return getQueueResult(batch, ctx);
    };
    // The real delivery was dropped; deliver it ourselves, twice.
    const first = await deliver();
    const view = await waitForEnd(id);
    const eventsAfterFirst = await eventsOf(id);
    const second = await deliver();
    expect(first.explicitAcks).toHaveLength(1);
    expect(second.explicitAcks).toHaveLength(1);
    expect(await eventsOf(id)).toEqual(eventsAfterFirst);
    expect(await getRun(id)).toEqual(view);
    expect(view.tasks.find((t) => t.id === "requirements")).toMatchObject({ state: "succeeded", attempt: 1 });
  });

  it("ends partial, naming the task, when a task keeps failing — on the queue and on the fallback", async () => {
    const { id } = await startRun({ faults: { fail: ["analyze:experience#0"] } });
    const view = await waitForEnd(id);
    expect(view.status).toBe("partial");
    expect(view.failedTasks).toEqual(["analyze:experience#0"]);
    expect(view.result?.incomplete).toEqual({ tasks: ["analyze:experience#0"], sections: ["experience"] });
    expect(view.result?.tailored?.markdown).toBeDefined();
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["task.fallback", "task.failed", "run.partial"]));
  });

  it("fails with a code when a task the run cannot do without fails", async () => {
    const { id } = await startRun({ faults: { fail: ["requirements"] } });
    const view = await waitForEnd(id);
    expect(view).toMatchObject({ status: "failed", error: { code: "requirements_failed" } });
    expect(view.result).toBeUndefined();
  });
});

describe("cancel and delete", () => {
  it("cancel stops dispatching and ends cancelled", async () => {
    const { id } = await startRun({ faults: { drop: ["requirements@1", "requirements@2", "requirements@3"] } });
    const response = await post(`/v1/runs/${id}/cancel`, {});
    expect(response.status).toBe(200);
    const view = (await response.json()) as RunView;
    expect(view.status).toBe("cancelled");
    expect(view.tasks.every((t) => ["succeeded", "skipped"].includes(t.state))).toBe(true);
    expect((await eventsOf(id)).at(-1)?.type).toBe("run.cancelled");
    // A late delivery for a cancelled run is stale.
    expect(await coordinatorFor(env, id).claim("requirements", 1)).toMatchObject({ status: "stale" });
  });

  it("delete leaves no Durable Object storage, no D1 row and no cache entries", async () => {
    const { id } = await startRun({ job: `${JOB}\nRequirements:\n- Delete-test-only skill: Quuxflow` });
    await waitForEnd(id);
    const stub = coordinatorFor(env, id);
    const keys = await runInDurableObject(stub, (_i, state) =>
      state.storage.sql
        .exec<{ key: string }>("SELECT key FROM cache_keys")
        .toArray()
        .map((r) => r.key),
    );
    expect(keys.length).toBeGreaterThan(0);
    const row = await env.DB.prepare(
      "SELECT status, mode, score_before, score_after, finished_at FROM runs WHERE id = ?",
    )
      .bind(id)
      .first();
    expect(row).toMatchObject({ status: "succeeded", mode: "tailor" });
    expect(row?.score_after).toBeGreaterThan(0);
    const metrics = await env.DB.prepare("SELECT COUNT(*) AS n FROM task_metrics WHERE run_id = ?")
      .bind(id)
      .first<{ n: number }>();
    expect(metrics?.n).toBeGreaterThan(3);

    const response = await exports.default.fetch(`${BASE}/v1/runs/${id}`, { method: "DELETE" });
    expect(response.status).toBe(204);
    expect(await env.DB.prepare("SELECT id FROM runs WHERE id = ?").bind(id).first()).toBeNull();
    expect(await env.DB.prepare("SELECT run_id FROM task_metrics WHERE run_id = ?").bind(id).first()).toBeNull();
    for (const key of keys) expect(await env.CACHE.get(key)).toBeNull();
    const rows = await runInDurableObject(stub, (_i, state) => ({
      run: state.storage.sql.exec("SELECT COUNT(*) AS n FROM run").one().n,
      events: state.storage.sql.exec("SELECT COUNT(*) AS n FROM events").one().n,
      outputs: state.storage.sql.exec("SELECT COUNT(*) AS n FROM outputs").one().n,
    }));
    expect(rows).toEqual({ run: 0, events: 0, outputs: 0 });
    expect((await exports.default.fetch(`${BASE}/v1/runs/${id}`)).status).toBe(404);
  });
});

describe("the runs API", () => {
  it("returns the same run for the same Idempotency-Key and body, 409 for another body", async () => {
    const key = `key-${crypto.randomUUID()}`;
    const a = await startRun({ key, mode: "analyze" });
    const b = await startRun({ key, mode: "analyze" });
    expect(b.id).toBe(a.id);
    const conflict = await post(
      "/v1/runs",
      { resume: "Someone else", jobDescription: JOB },
      { "Idempotency-Key": key },
    );
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { code: string }).code).toBe("idempotency_key_reused");
  });

  it("rejects bad input with problem+json naming the field", async () => {
    const nonJson = await post("/v1/runs", "{not json");
    expect(nonJson.status).toBe(400);
    expect(nonJson.headers.get("content-type")).toBe("application/problem+json");

    const missing = await post("/v1/runs", { jobDescription: JOB });
    expect(missing.status).toBe(422);
    const missingBody = (await missing.json()) as { code: string; errors: Array<{ path: string }> };
    expect(missingBody.code).toBe("validation_failed");
    expect(missingBody.errors.map((e) => e.path)).toContain("resume");

    const empty = await post("/v1/runs", { resume: "Jane", jobDescription: "   " });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { errors: Array<{ path: string; message: string }> }).errors).toEqual([
      expect.objectContaining({ path: "jobDescription", message: "the job description is empty" }),
    ]);

    const badResume = await post("/v1/runs", { resume: { work: [{ startDate: "last spring" }] }, jobDescription: JOB });
    expect(badResume.status).toBe(422);
    expect(JSON.stringify(await badResume.json())).toContain("resume.work.0.startDate");

    for (const id of ["0123456789abcdef0123456789abcdef", "not-a-run"]) {
      const unknown = await exports.default.fetch(`${BASE}/v1/runs/${id}`);
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { code: string }).code).toBe("run_not_found");
    }
  });

  it("serves the tailored resume as Markdown and JSON Resume, and 409 before there is one", async () => {
    const { id } = await startRun();
    await waitForEnd(id);
    const md = await exports.default.fetch(`${BASE}/v1/runs/${id}/resume.md`);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(await md.text()).toMatch(/^# Jordan Rivera/);
    const json = (await (await exports.default.fetch(`${BASE}/v1/runs/${id}/resume.json`)).json()) as {
      basics: { name: string };
    };
    expect(json.basics.name).toBe("Jordan Rivera");
    const analyzeRun = await startRun({ mode: "analyze" });
    await waitForEnd(analyzeRun.id);
    expect((await exports.default.fetch(`${BASE}/v1/runs/${analyzeRun.id}/resume.md`)).status).toBe(409);
  });

  it("lists the caller's runs newest first, with a cursor", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await startRun({ mode: "analyze" })).id);
    for (const id of ids) await waitForEnd(id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await (
        await exports.default.fetch(`${BASE}/v1/runs?limit=2${cursor ? `&cursor=${cursor}` : ""}`)
      ).json()) as RunList;
      expect(page.runs.length).toBeLessThanOrEqual(2);
      seen.push(...page.runs.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    const bad = await exports.default.fetch(`${BASE}/v1/runs?cursor=nope`);
    expect(bad.status).toBe(400);
  });

  it("serves the same job's requirements and chunks from the cache on the next run, and says so", async () => {
    const job = `${JOB}\nRequirements:\n- Cache-test skill ${crypto.randomUUID().slice(0, 8)}`;
    const first = await waitForEnd((await startRun({ mode: "analyze", job })).id);
    const second = await waitForEnd((await startRun({ mode: "analyze", job })).id);
    expect(first.result?.usage.cacheHits).toBe(0);
    expect(second.result?.usage.cacheHits).toBeGreaterThan(0);
    expect(second.result?.score).toEqual(first.result?.score);
  });
});

async function eventsOf(id: string): Promise<RunEvent[]> {
  const response = await exports.default.fetch(`${BASE}/v1/runs/${id}/events`, {
    headers: { Accept: "text/event-stream" },
  });
  return (await response.text())
    .trim()
    .split("\n\n")
    .filter(Boolean)
    .map(
      (frame) =>
        JSON.parse(
          frame
            .split("\n")
            .find((l) => l.startsWith("data: "))
            ?.slice(6) ?? "{}",
        ) as RunEvent,
    );
}

describe("retention", () => {
  it("wipes the run's content at its retention time and keeps its metadata row; the API then says 410", async () => {
    const { id } = await startRun({ mode: "analyze" });
    await waitForEnd(id);
    const stub = coordinatorFor(env, id);
    await runInDurableObject(stub, async (_i, state) => {
      state.storage.sql.exec("UPDATE run SET retention_at = ?", Date.now() - 1);
      await state.storage.setAlarm(Date.now() + 60_000);
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.status()).toBeNull();
    expect(await env.DB.prepare("SELECT status FROM runs WHERE id = ?").bind(id).first()).toEqual({
      status: "succeeded",
    });
    const gone = await exports.default.fetch(`${BASE}/v1/runs/${id}`);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as { code: string }).code).toBe("run_expired");
  });
});
