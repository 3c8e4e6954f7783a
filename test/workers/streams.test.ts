import { createExecutionContext, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { CreatedKey } from "../../src/domain/keys.ts";
import type { Problem } from "../../src/domain/problem.ts";
import type { RunEvent } from "../../src/domain/run.ts";
import type { RunCoordinator } from "../../src/run/coordinator.ts";
import { coordinatorFor } from "../../src/run/stub.ts";
import { BASE, JOB, RESUME, startRun, waitForEnd } from "./run-helpers.ts";

// Event streams as deployed (keys required): where a browser's events token may travel, what a revoked key's
// token still opens, and how many streams one run and one key may hold (vitest.config.ts: 10 per run, 40 per key).

const app = createApp();
const deployed = { ...env, ALLOW_ANONYMOUS: "false" };
let ip = 0;

function call(path: string, init: RequestInit & { auth?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.auth) headers.set("Authorization", init.auth);
  // A fresh address per test file run: the per-IP authentication limit is not what these tests are about.
  headers.set("CF-Connecting-IP", `198.51.100.${(ip++ % 200) + 1}`);
  return app.fetch(new Request(`${BASE}${path}`, { ...init, headers }), deployed, createExecutionContext());
}

async function newKey(name: string): Promise<CreatedKey> {
  const response = await call("/v1/admin/keys", {
    method: "POST",
    auth: `Bearer ${env.ADMIN_TOKEN}`,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedKey;
}

async function keyedRun(key: CreatedKey, faults?: unknown): Promise<{ id: string; eventsToken: string }> {
  const response = await call("/v1/runs", {
    method: "POST",
    auth: `Bearer ${key.key}`,
    headers: {
      "Content-Type": "application/json",
      ...(faults ? { "X-Test-Faults": JSON.stringify(faults) } : {}),
    },
    body: JSON.stringify({ resume: RESUME, jobDescription: JOB, options: { engine: "local" } }),
  });
  expect(response.status).toBe(202);
  return (await response.json()) as { id: string; eventsToken: string };
}

/** A WebSocket opened the way the web app opens one: the token as a subprotocol beside rai.events. */
async function socketWithToken(id: string, token: string) {
  const response = await call(`/v1/runs/${id}/events`, {
    headers: { Upgrade: "websocket", "Sec-WebSocket-Protocol": `rai.events, rai.token.${token}` },
  });
  return response;
}

function collect(ws: WebSocket) {
  const events: RunEvent[] = [];
  const closed: { code?: number; reason?: string } = {};
  ws.addEventListener("message", (m) => events.push(JSON.parse(String(m.data)) as RunEvent));
  ws.addEventListener("close", (e) => {
    closed.code = e.code;
    closed.reason = e.reason;
  });
  ws.accept();
  return { events, closed };
}

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(((await response.json()) as Problem).code).toBe(code);
}

describe("events tokens", () => {
  it("travel as a WebSocket subprotocol (never in the URL), and the socket speaks rai.events", async () => {
    const key = await newKey("subprotocol");
    const run = await keyedRun(key);
    const response = await socketWithToken(run.id, run.eventsToken);
    expect(response.status).toBe(101);
    expect(response.headers.get("Sec-WebSocket-Protocol")).toBe("rai.events");
    const ws = response.webSocket as WebSocket;
    const { events } = collect(ws);
    await vi.waitUntil(() => events.some((e) => e.type === "run.completed"), { timeout: 15_000 });
    ws.close(1000);
    // Without the token the same upgrade needs a key.
    await expectProblem(
      await call(`/v1/runs/${run.id}/events`, {
        headers: { Upgrade: "websocket", "Sec-WebSocket-Protocol": "rai.events" },
      }),
      401,
      "missing_api_key",
    );
  });

  it("travel in X-Events-Token for fetch-based SSE", async () => {
    const key = await newKey("sse header");
    const run = await keyedRun(key);
    const response = await call(`/v1/runs/${run.id}/events`, {
      headers: { Accept: "text/event-stream", "X-Events-Token": run.eventsToken },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("event: run.completed");
  });

  it("open nothing once their key is revoked, though they have not expired", async () => {
    const key = await newKey("revoked later");
    const run = await keyedRun(key);
    await waitForKeyedEnd(run.id, key);
    const sse = () =>
      call(`/v1/runs/${run.id}/events`, {
        headers: { Accept: "text/event-stream", "X-Events-Token": run.eventsToken },
      });
    const before = await sse();
    expect(before.status).toBe(200);
    await before.body?.cancel();
    expect(
      (await call(`/v1/admin/keys/${key.id}`, { method: "DELETE", auth: `Bearer ${env.ADMIN_TOKEN}` })).status,
    ).toBe(200);
    await expectProblem(await sse(), 401, "invalid_events_token");
    await expectProblem(await socketWithToken(run.id, run.eventsToken), 401, "invalid_events_token");
  });

  it("a stream already open is closed at the run's next check once its key is revoked", async () => {
    const key = await newKey("revoked while streaming");
    // Every delivery of the requirements task is lost: the run stays running while the test acts.
    const run = await keyedRun(key, { drop: ["requirements"] });
    const opened = await socketWithToken(run.id, run.eventsToken);
    expect(opened.status).toBe(101);
    const { closed } = collect(opened.webSocket as WebSocket);
    const stub = coordinatorFor(env, run.id);
    const checkAt = await runInDurableObject(stub, (_: RunCoordinator, state) =>
      state.storage.sql.exec<{ at: number | null }>("SELECT stream_check_at AS at FROM run").one(),
    );
    expect(checkAt.at).toBeGreaterThan(Date.now());

    await call(`/v1/admin/keys/${key.id}`, { method: "DELETE", auth: `Bearer ${env.ADMIN_TOKEN}` });
    // The check is due now (it runs every minute; the test does not wait a minute).
    await runInDurableObject(stub, (_: RunCoordinator, state) => {
      state.storage.sql.exec("UPDATE run SET stream_check_at = ?", Date.now() - 1);
    });
    await runDurableObjectAlarm(stub);
    await vi.waitUntil(() => closed.code !== undefined, { timeout: 5_000 });
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/revoked/);
  });
});

describe("stream limits", () => {
  it("a run holds at most MAX_STREAMS_PER_RUN streams; a closed one frees its slot", async () => {
    const { id } = await startRun();
    await waitForEnd(id);
    const open = async () =>
      exports.default.fetch(`${BASE}/v1/runs/${id}/events`, { headers: { Upgrade: "websocket" } });
    const sockets: WebSocket[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await open();
      expect(response.status).toBe(101);
      const ws = response.webSocket as WebSocket;
      ws.accept();
      sockets.push(ws);
    }
    const refused = await open();
    await expectProblem(refused, 429, "too_many_streams");
    expect(refused.headers.get("Retry-After")).toBe("60");
    const closing = sockets.pop() as WebSocket;
    const gone = new Promise((resolve) => closing.addEventListener("close", resolve));
    closing.close(1000);
    await gone;
    await vi.waitUntil(async () => {
      const response = await open();
      if (response.status !== 101) return false;
      (response.webSocket as WebSocket).accept();
      return true;
    });
    for (const ws of sockets) ws.close(1000);
  });

  it("a key holds at most MAX_STREAMS_PER_KEY streams across its runs; other keys are not affected", async () => {
    const [busy, calm] = [await newKey("many streams"), await newKey("one stream")];
    const runs = await Promise.all([0, 1, 2, 3, 4].map(() => keyedRun(busy)));
    let opened = 0;
    let refused: Response | undefined;
    for (const run of runs) {
      for (let i = 0; i < 9 && !refused; i++) {
        const response = await socketWithToken(run.id, run.eventsToken);
        if (response.status === 429) refused = response;
        else {
          expect(response.status).toBe(101);
          (response.webSocket as WebSocket).accept();
          opened++;
        }
      }
    }
    expect(opened).toBe(40);
    await expectProblem(refused as Response, 429, "too_many_streams");
    const other = await keyedRun(calm);
    expect((await socketWithToken(other.id, other.eventsToken)).status).toBe(101);
  });

  it("a finished run's streams are closed at its next check: everything they can carry was sent", async () => {
    const { id } = await startRun();
    await waitForEnd(id);
    const response = await exports.default.fetch(`${BASE}/v1/runs/${id}/events`, { headers: { Upgrade: "websocket" } });
    const { events, closed } = collect(response.webSocket as WebSocket);
    await vi.waitUntil(() => events.some((e) => e.type === "run.completed"));
    const stub = coordinatorFor(env, id);
    await runInDurableObject(stub, (_: RunCoordinator, state) => {
      state.storage.sql.exec("UPDATE run SET stream_check_at = ?", Date.now() - 1);
    });
    await runDurableObjectAlarm(stub);
    await vi.waitUntil(() => closed.code !== undefined, { timeout: 5_000 });
    expect(closed.code).toBe(1000);
    const after = await runInDurableObject(stub, (_: RunCoordinator, state) =>
      state.storage.sql.exec<{ at: number | null }>("SELECT stream_check_at AS at FROM run").one(),
    );
    expect(after.at).toBeNull();
  });
});

async function waitForKeyedEnd(id: string, key: CreatedKey) {
  await vi.waitUntil(
    async () => {
      const view = (await (await call(`/v1/runs/${id}`, { auth: `Bearer ${key.key}` })).json()) as { status: string };
      return ["succeeded", "partial", "failed", "cancelled"].includes(view.status);
    },
    { timeout: 15_000, interval: 50 },
  );
}
