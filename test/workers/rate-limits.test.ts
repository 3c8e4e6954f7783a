import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { CreatedKey } from "../../src/domain/keys.ts";
import type { Problem } from "../../src/domain/problem.ts";
import { BASE } from "./run-helpers.ts";

// Per-address limits beside the per-key one (wrangler.toml): authentication attempts (AUTH_LIMITER, 30 a minute)
// and health checks (HEALTH_LIMITER, 100 in 10 s). Each test speaks from its own address.

const app = createApp();
const deployed = { ...env, ALLOW_ANONYMOUS: "false" };

function from(ip: string, path: string, auth?: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("CF-Connecting-IP", ip);
  if (auth) headers.set("Authorization", auth);
  // Hono's fetch may answer synchronously: always a promise here.
  return Promise.resolve(
    app.fetch(new Request(`${BASE}${path}`, { ...init, headers }), deployed, createExecutionContext()),
  );
}

async function code(response: Response): Promise<string> {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return ((await response.json()) as Problem).code;
}

/**
 * The bindings count in fixed windows aligned to the clock (Miniflare does as Cloudflare does): a burst that
 * straddles a window's end would start counting again. Wait for a window with at least `needMs` left.
 */
async function freshWindow(periodS: number, needMs: number) {
  const left = periodS * 1000 - (Date.now() % (periodS * 1000));
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 50));
}

/** Requests until the first 429 (at most `max`); each before it must answer `expected`. */
async function untilLimited(send: () => Promise<Response>, expected: number, max: number) {
  for (let i = 1; i <= max; i++) {
    const response = await send();
    if (response.status === 429) return { response, after: i - 1 };
    expect(response.status).toBe(expected);
    await response.body?.cancel();
  }
  throw new Error(`no 429 in ${max} requests`);
}

describe("per-address limits", () => {
  // The three one-minute limits below are exercised in one window; a test that finds too little of it left waits.
  beforeAll(() => freshWindow(60, 40_000), 70_000);

  it("admin-token guesses: 30 a minute, counted before the comparison, so even the right token waits", async () => {
    const ip = "203.0.113.10";
    await freshWindow(60, 25_000);
    const { response, after } = await untilLimited(
      () => from(ip, "/v1/admin/keys", "Bearer not-the-admin-token"),
      401,
      40,
    );
    expect(after).toBe(30);
    expect(await code(response)).toBe("rate_limited");
    expect(response.headers.get("Retry-After")).toBe("60");
    // The real token from the same address is refused too: guessing right does not get past the limit.
    const right = await from(ip, "/v1/admin/keys", `Bearer ${env.ADMIN_TOKEN}`);
    expect(right.status).toBe(429);
    // Another address is not affected.
    expect((await from("203.0.113.11", "/v1/admin/keys", `Bearer ${env.ADMIN_TOKEN}`)).status).toBe(200);
  }, 70_000);

  it("unknown API keys: 30 failures a minute, then 429; a valid key from that address still works", async () => {
    const created = await from("203.0.113.20", "/v1/admin/keys", `Bearer ${env.ADMIN_TOKEN}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "valid beside guesses" }),
    });
    const key = (await created.json()) as CreatedKey;
    const ip = "203.0.113.21";
    let n = 0;
    await freshWindow(60, 25_000);
    const { response, after } = await untilLimited(() => from(ip, "/v1/runs", `Bearer rai_guess${n++}`), 401, 40);
    expect(after).toBe(30);
    expect(await code(response)).toBe("rate_limited");
    expect((await from(ip, "/v1/runs", `Bearer ${key.key}`)).status).toBe(200);
  }, 70_000);

  it("invalid events tokens count as failures too", async () => {
    const ip = "203.0.113.30";
    const id = "0123456789abcdef0123456789abcdef";
    await freshWindow(60, 25_000);
    const { response, after } = await untilLimited(
      () => from(ip, `/v1/runs/${id}/events?token=1.AAAA`, undefined, { headers: { Accept: "text/event-stream" } }),
      401,
      40,
    );
    expect(after).toBe(30);
    expect(await code(response)).toBe("rate_limited");
  }, 70_000);

  it("health: 100 checks in 10 s per address, then 429 problem+json", async () => {
    const ip = "203.0.113.40";
    // At once, inside one 10-second window.
    await freshWindow(10, 8_000);
    const responses = await Promise.all(Array.from({ length: 110 }, () => from(ip, "/v1/health")));
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    expect(ok).toHaveLength(100);
    expect(limited).toHaveLength(10);
    for (const r of ok) await r.body?.cancel();
    for (const r of limited) {
      expect(await code(r)).toBe("rate_limited");
      expect(r.headers.get("Retry-After")).toBe("10");
    }
    expect((await from("203.0.113.41", "/v1/health")).status).toBe(200);
  }, 20_000);
});
