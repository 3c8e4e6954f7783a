import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";

const app = createApp();
const fetchWith = (vars: Record<string, string>, path: string, init: RequestInit = {}) =>
  app.fetch(
    new Request(`http://example.com${path}`, init),
    { ...env, ALLOW_ANONYMOUS: "false", ...vars },
    createExecutionContext(),
  );

describe("CORS", () => {
  const preflight = (origin: string) => ({
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization, content-type",
    },
  });

  it("allows no other origin by default", async () => {
    const response = await fetchWith({}, "/v1/runs", preflight("https://elsewhere.example"));
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a preflight from a configured origin without a key, and only that origin", async () => {
    const vars = { ALLOWED_ORIGINS: "https://app.example.com, https://admin.example.com/" };
    const ok = await fetchWith(vars, "/v1/runs", preflight("https://admin.example.com"));
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://admin.example.com");
    expect(ok.headers.get("access-control-allow-headers")).toMatch(/Authorization/i);
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await fetchWith(vars, "/v1/runs", preflight("https://evil.example"));
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    // The actual request then carries the origin back, and exposes the request id.
    const get = await fetchWith(vars, "/v1/health", { headers: { Origin: "https://app.example.com" } });
    expect(get.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(get.headers.get("access-control-expose-headers")).toMatch(/X-Request-Id/i);
  });
});

describe("response headers", () => {
  it("every API answer — success, error, not found — has a request id and locked-down security headers", async () => {
    for (const [path, status] of [
      ["/v1/health", 200],
      ["/v1/runs", 401],
      // Unknown /v1 paths ask for a key first: no route map for strangers.
      ["/v1/nowhere", 401],
      ["/nowhere.json", 404],
      ["/openapi.json", 200],
    ] as const) {
      const response = await fetchWith({}, path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("x-request-id"), path).toMatch(/^[0-9a-f-]{36}$/);
      if (path.startsWith("/v1/") || path === "/openapi.json") {
        expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
        expect(response.headers.get("content-security-policy"), path).toMatch(/default-src 'none'/);
        expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      }
    }
  });

  it("echoes a client's request id, so a support ticket can quote it", async () => {
    const response = await fetchWith({}, "/v1/health", { headers: { "X-Request-Id": "client-abc-123" } });
    expect(response.headers.get("x-request-id")).toBe("client-abc-123");
  });

  it("the docs keep their own policy, which lets Swagger UI run from our origin only", async () => {
    const response = await exports.default.fetch("http://example.com/docs");
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    await response.body?.cancel();
  });
});
