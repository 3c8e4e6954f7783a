import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";

// Malformed requests of every kind to every route the app serves: the answer is never a 5xx, and every error is
// problem+json. Seeded, so a failure reproduces.

const RUN_ID = "0123456789abcdef0123456789abcdef";

/** Every concrete route of the app, with its path parameters filled. */
const routes = createApp()
  .routes.filter((r) => r.method !== "ALL" && !r.path.includes("*"))
  .map((r) => ({
    method: r.method,
    path: r.path.replace(":id", r.path.includes("/keys/") ? "key_0123456789abcdef" : RUN_ID),
  }))
  .filter((r, i, all) => all.findIndex((x) => x.method === r.method && x.path === r.path) === i);

const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0x72, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]);
const deepJson = `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
const deepObject = `${'{"resume":'.repeat(3_000)}1${"}".repeat(3_000)}`;

/** Bodies that are wrong in every way a client gets them wrong. */
const body = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((b) => ({ bytes: b, type: "application/json" })),
  fc.uint8Array({ maxLength: 2_000 }).map((b) => ({ bytes: b, type: "multipart/form-data; boundary=xyz" })),
  fc.string({ maxLength: 500 }).map((s) => ({ bytes: new TextEncoder().encode(s), type: "application/json" })),
  fc
    .jsonValue({ maxDepth: 4 })
    .map((v) => ({ bytes: new TextEncoder().encode(JSON.stringify(v)), type: "application/json" })),
  fc
    .record({
      resume: fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string()),
        fc.string({ maxLength: 50 }),
      ),
      jobDescription: fc.oneof(fc.integer(), fc.constant(""), fc.dictionary(fc.string(), fc.string()), fc.string()),
      options: fc.oneof(fc.constant(undefined), fc.string(), fc.record({ mode: fc.string(), engine: fc.integer() })),
      name: fc.oneof(fc.string(), fc.integer()),
    })
    .map((v) => ({ bytes: new TextEncoder().encode(JSON.stringify(v)), type: "application/json" })),
  fc.constantFrom(
    { bytes: invalidUtf8, type: "application/json" },
    { bytes: invalidUtf8, type: "text/plain" },
    { bytes: new TextEncoder().encode(deepJson), type: "application/json" },
    { bytes: new TextEncoder().encode(deepObject), type: "application/json" },
    {
      bytes: new TextEncoder().encode(JSON.stringify({ resume: "x".repeat(300_000), jobDescription: "y" })),
      type: "application/json",
    },
    { bytes: new Uint8Array(), type: "application/json" },
    { bytes: new TextEncoder().encode("resume=a&jobDescription=b"), type: "application/x-www-form-urlencoded" },
    {
      bytes: new TextEncoder().encode("--xyz\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--xyz--"),
      type: "multipart/form-data; boundary=xyz",
    },
  ),
);

const query = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "?limit=abc",
    "?limit=-1",
    "?limit=1e9",
    "?cursor=%%%",
    "?cursor=Zm9v",
    "?status=weird",
    "?window=2y",
    "?since=-5",
    "?token=x.y",
  ),
  fc.webQueryParameters().map((q) => `?${q}`),
);

async function expectWellFormed(response: Response, what: string) {
  expect(response.status, what).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.headers.get("content-type"), what).toBe("application/problem+json");
    const problem = (await response.json()) as { code?: unknown; status?: unknown };
    expect(typeof problem.code, what).toBe("string");
    expect(problem.status, what).toBe(response.status);
  } else await response.body?.cancel();
}

describe("malformed requests to every route", () => {
  it("covers the routes the app serves", () => {
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        "POST /v1/runs",
        "POST /v1/match",
        "POST /v1/requirements",
        "POST /v1/admin/keys",
        "GET /v1/metrics",
      ]),
    );
  });

  for (const route of routes) {
    it(`${route.method} ${route.path}: never a 5xx, every error problem+json`, async () => {
      await fc.assert(
        fc.asyncProperty(body, query, fc.boolean(), async (b, q, asAdmin) => {
          const headers: Record<string, string> = { "Content-Type": b.type };
          if (asAdmin) headers.Authorization = `Bearer ${env.ADMIN_TOKEN}`;
          const hasBody = route.method !== "GET" && route.method !== "HEAD";
          const response = await exports.default.fetch(`http://example.com${route.path}${q}`, {
            method: route.method,
            headers,
            ...(hasBody ? { body: b.bytes } : {}),
          });
          await expectWellFormed(response, `${route.method} ${route.path}${q} (${b.type}, ${b.bytes.length} bytes)`);
        }),
        { numRuns: 25, seed: 20261129 },
      );
    }, 60_000);
  }

  it("wrong methods, unknown paths and odd headers get problem+json too", async () => {
    for (const [method, path, headers] of [
      ["PUT", "/v1/runs", {}],
      ["PATCH", `/v1/runs/${RUN_ID}`, {}],
      ["GET", "/v1/nowhere", {}],
      ["GET", "/v1/runs/not-an-id", {}],
      ["GET", "/v1/runs", { Authorization: "Bearer" }],
      ["GET", "/v1/runs", { Authorization: "Bearer rai_\u00e9" }],
      ["POST", "/v1/runs", { "Content-Type": "application/json", "Content-Length": "99999999999" }],
      ["GET", `/v1/runs/${RUN_ID}/events`, { Accept: "text/html" }],
    ] as const) {
      const response = await exports.default.fetch(`http://example.com${path}`, {
        method,
        headers,
        ...(method === "POST" ? { body: "{}" } : {}),
      });
      await expectWellFormed(response, `${method} ${path}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
    }
  });
});
