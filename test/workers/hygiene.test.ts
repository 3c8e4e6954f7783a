import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { CreatedKey } from "../../src/domain/keys.ts";
import type { Problem } from "../../src/domain/problem.ts";
import type { RunEvent, RunView } from "../../src/domain/run.ts";
import { BASE, JOB, post, RESUME, startRun, waitForEnd } from "./run-helpers.ts";

// What every response carrying resume data must do (no-store, markup-free JSON bytes), bodies that lie about
// their length, and cache entries that tell one key nothing about another's runs.

const get = (path: string) => exports.default.fetch(`${BASE}${path}`);

describe("responses carrying resume data", () => {
  it("are never stored: Cache-Control no-store on runs, their resume, the match and the requirements", async () => {
    const { id } = await startRun();
    await waitForEnd(id);
    const responses = [
      await get(`/v1/runs/${id}`),
      await get("/v1/runs"),
      await get(`/v1/runs/${id}/resume.md`),
      await get(`/v1/runs/${id}/resume.json`),
      await post(`/v1/runs/${id}/tailored`, { keep: [] }),
      await post("/v1/match", { resume: RESUME, jobDescription: JOB }),
      await post("/v1/requirements", { jobDescription: JOB }),
      await get(`/v1/runs/${"0".repeat(32)}`),
    ];
    for (const response of responses) {
      expect(response.headers.get("Cache-Control"), response.url).toBe("no-store");
      await response.body?.cancel();
    }
  });

  it("JSON keeps markup the resume itself contains as data, but never as raw < > & bytes", async () => {
    const resume = RESUME.replace(
      "Built event-driven",
      "Built <script>alert(1)</script> & <img src=x onerror=y> event-driven",
    );
    const { id } = await startRun({ resume, mode: "analyze" });
    await waitForEnd(id);
    for (const path of [`/v1/runs/${id}`]) {
      const text = await (await get(path)).text();
      expect(text).not.toMatch(/[<>&]/);
      expect(text).toContain("\\u003cscript\\u003e");
    }
    const match = await post("/v1/match", { resume, jobDescription: JOB });
    const raw = await match.text();
    expect(raw).not.toMatch(/[<>]/);
    // The same string once parsed.
    expect(JSON.stringify(JSON.parse(raw))).toContain("<script>alert(1)</script>");
  });
});

describe("request bodies that lie about their length", () => {
  it("a body that ends before its Content-Length gets 400 body_incomplete, not a hang or a 500", async () => {
    const body = JSON.stringify({ resume: RESUME, jobDescription: JOB });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body.slice(0, 200)));
        controller.error(new Error("connection lost"));
      },
    });
    const response = await exports.default.fetch(`${BASE}/v1/match`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Length": String(body.length) },
      body: stream,
      // @ts-expect-error: workerd's RequestInit has no duplex; Node's needs it for a stream body.
      duplex: "half",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).code).toBe("body_incomplete");
  });

  it("a body that stalls gets 408 body_timeout after BODY_IDLE_MS (1 s in tests)", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"resume": "'));
        // …and nothing more, ever.
      },
    });
    const response = await exports.default.fetch(`${BASE}/v1/runs`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: stream,
    });
    expect(response.status).toBe(408);
    expect(((await response.json()) as Problem).code).toBe("body_timeout");
  });

  it("the same guard covers routes whose body a validator reads (review, admin)", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"keep": ['));
      },
    });
    const response = await exports.default.fetch(`${BASE}/v1/runs/${"0".repeat(32)}/tailored`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: stream,
    });
    expect(response.status).toBe(408);
  });
});

describe("the cache", () => {
  const app = createApp();
  const deployed = { ...env, ALLOW_ANONYMOUS: "false" };
  const call = (path: string, auth: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("Authorization", auth);
    // Hono's fetch may answer synchronously: always a promise here.
    return Promise.resolve(
      app.fetch(new Request(`${BASE}${path}`, { ...init, headers }), deployed, createExecutionContext()),
    );
  };
  const newKey = async (name: string) => {
    const response = await call("/v1/admin/keys", `Bearer ${env.ADMIN_TOKEN}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name }),
    });
    return `Bearer ${((await response.json()) as CreatedKey).key}`;
  };
  const run = async (auth: string, job: string) => {
    const response = await call("/v1/runs", auth, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ resume: RESUME, jobDescription: job, options: { engine: "local", mode: "analyze" } }),
    });
    const { id } = (await response.json()) as { id: string };
    let view: RunView | undefined;
    for (let i = 0; i < 300; i++) {
      view = (await (await call(`/v1/runs/${id}`, auth)).json()) as RunView;
      if (view.status !== "running") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const events = await (
      await call(`/v1/runs/${id}/events`, auth, { headers: { Accept: "text/event-stream" } })
    ).text();
    return { view: view as RunView, events };
  };
  const cachedTasks = (events: string) =>
    events
      .split("\n")
      .filter((l) => l.startsWith("data: "))
      .map((l) => JSON.parse(l.slice(6)) as RunEvent)
      .filter((e) => e.message.includes("(cached)"));

  it("tells a key nothing about another key's runs; a key's own second run is served from it", async () => {
    const [a, b] = [await newKey("cache a"), await newKey("cache b")];
    const job = `${JOB}\nRef: cache-scope\n`;
    const first = await run(a, job);
    expect(first.view.result?.usage.cacheHits).toBe(0);
    const other = await run(b, job);
    expect(other.view.result?.usage.cacheHits).toBe(0);
    expect(cachedTasks(other.events)).toEqual([]);
    const again = await run(a, job);
    expect(again.view.result?.usage.cacheHits).toBeGreaterThan(0);
    expect(cachedTasks(again.events).length).toBeGreaterThan(0);

    // The synchronous requirements endpoint too.
    const requirements = (auth: string) =>
      call("/v1/requirements", auth, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ jobDescription: `${job}sync` }),
      }).then(async (r) => ((await r.json()) as { cached: boolean }).cached);
    expect(await requirements(a)).toBe(false);
    expect(await requirements(b)).toBe(false);
    expect(await requirements(a)).toBe(true);
  });
});
