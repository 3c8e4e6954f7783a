import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { signRunToken } from "../../src/api/run-token.ts";
import type { CreatedKey, KeyInfo } from "../../src/domain/keys.ts";
import type { Problem } from "../../src/domain/problem.ts";
import type { RunList } from "../../src/domain/run.ts";
import { JOB, RESUME } from "./run-helpers.ts";

// The app as deployed: keys required (vitest.config.ts allows anonymous use for the other test files, as
// `npm start` does). Requests go through createApp() with that env; runs still execute on the real queue and
// Durable Objects.
const app = createApp();
const deployed = { ...env, ALLOW_ANONYMOUS: "false" };
const ADMIN = `Bearer ${env.ADMIN_TOKEN}`;

function call(path: string, init: RequestInit & { auth?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.auth) headers.set("Authorization", init.auth);
  return app.fetch(new Request(`http://example.com${path}`, { ...init, headers }), deployed, createExecutionContext());
}

async function newKey(name: string, dailyTokenBudget?: number): Promise<CreatedKey> {
  const response = await call("/v1/admin/keys", {
    method: "POST",
    auth: ADMIN,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name, ...(dailyTokenBudget !== undefined ? { dailyTokenBudget } : {}) }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedKey;
}

async function startRun(auth: string): Promise<{ id: string; eventsToken: string }> {
  const response = await call("/v1/runs", {
    method: "POST",
    auth,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ resume: RESUME, jobDescription: JOB, options: { engine: "local" } }),
  });
  expect(response.status).toBe(202);
  return (await response.json()) as { id: string; eventsToken: string };
}

/** Waits for the run to finish, asking as its owner (anyone else is told it does not exist). */
async function waitForEnd(id: string, auth: string) {
  await vi.waitUntil(
    async () => {
      const view = (await (await call(`/v1/runs/${id}`, { auth })).json()) as { status: string };
      return ["succeeded", "partial", "failed", "cancelled"].includes(view.status);
    },
    { timeout: 15_000, interval: 50 },
  );
}

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as Problem;
  expect(body.code).toBe(code);
  return body;
}

describe("API keys", () => {
  it("are required on every /v1 route but health", async () => {
    expect((await call("/v1/health")).status).toBe(200);
    for (const [method, path] of [
      ["GET", "/v1/runs"],
      ["POST", "/v1/runs"],
      ["GET", "/v1/runs/0123456789abcdef0123456789abcdef"],
      ["DELETE", "/v1/runs/0123456789abcdef0123456789abcdef"],
    ] as const) {
      const response = await call(path, { method });
      await expectProblem(response, 401, "missing_api_key");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    }
  });

  it("refuses unknown keys, other schemes and revoked keys alike", async () => {
    await expectProblem(await call("/v1/runs", { auth: "Bearer rai_not-a-key" }), 401, "invalid_api_key");
    await expectProblem(await call("/v1/runs", { auth: "Bearer something-else" }), 401, "invalid_api_key");
    await expectProblem(await call("/v1/runs", { auth: "Basic dXNlcjpwYXNz" }), 401, "invalid_authorization");

    const key = await newKey("soon revoked");
    expect((await call("/v1/runs", { auth: `Bearer ${key.key}` })).status).toBe(200);
    const revoked = await call(`/v1/admin/keys/${key.id}`, { method: "DELETE", auth: ADMIN });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as KeyInfo).revokedAt).toBeDefined();
    await expectProblem(await call("/v1/runs", { auth: `Bearer ${key.key}` }), 401, "invalid_api_key");
  });

  it("are created once with their secret shown, stored only as a hash, and listed without it", async () => {
    const key = await newKey("listing", 50_000);
    expect(key.key).toMatch(/^rai_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({ name: "listing", dailyTokenBudget: 50_000 });
    const stored = await env.DB.prepare("SELECT key_hash FROM api_keys WHERE id = ?")
      .bind(key.id)
      .first<{ key_hash: string }>();
    expect(stored?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.key_hash).not.toContain(key.key);
    const list = await call("/v1/admin/keys", { auth: ADMIN });
    const text = await list.text();
    expect(text).toContain(key.id);
    expect(text).not.toContain(key.key);
  });

  it("guards key management with the admin token only", async () => {
    const key = await newKey("not an admin");
    const body = JSON.stringify({ name: "x" });
    const headers = { "Content-Type": "application/json" };
    await expectProblem(await call("/v1/admin/keys", { method: "POST", body, headers }), 401, "missing_api_key");
    await expectProblem(
      await call("/v1/admin/keys", { method: "POST", body, headers, auth: `Bearer ${env.ADMIN_TOKEN}x` }),
      401,
      "invalid_api_key",
    );
    await expectProblem(
      await call("/v1/admin/keys", { method: "POST", body, headers, auth: `Bearer ${key.key}` }),
      401,
      "admin_required",
    );
    await expectProblem(await call("/v1/admin/keys/key_nope", { method: "DELETE", auth: ADMIN }), 404, "key_not_found");
    await expectProblem(
      await call("/v1/admin/keys", { method: "POST", auth: ADMIN, headers, body: JSON.stringify({ name: "" }) }),
      422,
      "validation_failed",
    );
  });
});

describe("tenancy", () => {
  it("a run belongs to its creator: any other key gets 404 on every route, events included", async () => {
    const [a, b] = [await newKey("tenant a"), await newKey("tenant b")];
    const run = await startRun(`Bearer ${a.key}`);
    await waitForEnd(run.id, `Bearer ${a.key}`);
    const asA = `Bearer ${a.key}`;
    const asB = `Bearer ${b.key}`;
    expect((await call(`/v1/runs/${run.id}`, { auth: asA })).status).toBe(200);
    expect((await call(`/v1/runs/${run.id}/resume.md`, { auth: asA })).status).toBe(200);

    for (const [method, path, headers] of [
      ["GET", `/v1/runs/${run.id}`, {}],
      ["GET", `/v1/runs/${run.id}/resume.md`, {}],
      ["GET", `/v1/runs/${run.id}/resume.json`, {}],
      ["POST", `/v1/runs/${run.id}/cancel`, {}],
      ["GET", `/v1/runs/${run.id}/events`, { Accept: "text/event-stream" }],
      ["GET", `/v1/runs/${run.id}/events`, { Upgrade: "websocket" }],
      ["DELETE", `/v1/runs/${run.id}`, {}],
    ] as const) {
      await expectProblem(await call(path, { method, headers, auth: asB }), 404, "run_not_found");
    }
    // B's list does not show it; A's does. The run survived B's attempt to delete it.
    const listB = (await (await call("/v1/runs", { auth: asB })).json()) as RunList;
    expect(listB.runs.map((r) => r.id)).not.toContain(run.id);
    const listA = (await (await call("/v1/runs", { auth: asA })).json()) as RunList;
    expect(listA.runs.map((r) => r.id)).toContain(run.id);
    expect((await call(`/v1/runs/${run.id}`, { auth: asA })).status).toBe(200);
  });

  it("opens a run's events to a browser with its events token, and to nothing forged, expired or for another run", async () => {
    const key = await newKey("browser");
    const run = await startRun(`Bearer ${key.key}`);
    const other = await startRun(`Bearer ${key.key}`);
    await waitForEnd(run.id, `Bearer ${key.key}`);
    const sse = (token: string, id = run.id) =>
      call(`/v1/runs/${id}/events?token=${encodeURIComponent(token)}`, { headers: { Accept: "text/event-stream" } });

    const ok = await sse(run.eventsToken);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/event-stream/);
    await ok.body?.cancel();

    const [exp, sig] = run.eventsToken.split(".");
    await expectProblem(await sse(`${exp}.${sig?.slice(0, -2)}AA`), 401, "invalid_events_token");
    await expectProblem(await sse(run.eventsToken, other.id), 401, "invalid_events_token");
    const expired = await signRunToken(env.RUN_TOKEN_SECRET, run.id, key.id, Date.now() - 1_000);
    await expectProblem(await sse(expired), 401, "invalid_events_token");
    // The token opens events only, not the run itself.
    await expectProblem(await call(`/v1/runs/${run.id}?token=${run.eventsToken}`), 401, "missing_api_key");
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a key passes its limit, and other keys are not affected", async () => {
    const [busy, calm] = [await newKey("busy"), await newKey("calm")];
    let limited: Response | undefined;
    for (let i = 0; i < 200 && !limited; i++) {
      const response = await call("/v1/runs", { auth: `Bearer ${busy.key}` });
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(200);
    }
    expect(limited).toBeDefined();
    await expectProblem(limited as Response, 429, "rate_limited");
    expect(limited?.headers.get("retry-after")).toBe("60");
    expect((await call("/v1/runs", { auth: `Bearer ${calm.key}` })).status).toBe(200);
  });
});
