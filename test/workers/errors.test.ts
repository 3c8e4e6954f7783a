import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Problem } from "../../src/domain/problem.ts";

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return Problem.parse(await response.json());
}

describe("errors are problem+json with a request id", () => {
  it("answers an unknown route with 404 and the request id it generated", async () => {
    const response = await exports.default.fetch("http://example.com/v1/nope");
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 404, code: "not_found", title: "Not found" });
    expect(problem.type).toBe("tag:resume-ai-assistant,2026:problem:not_found");
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(problem.requestId).toBe(id);
  });

  it("echoes a well-formed incoming X-Request-Id and replaces a malformed one", async () => {
    const echoed = await exports.default.fetch("http://example.com/v1/health", {
      headers: { "X-Request-Id": "trace-123_abc" },
    });
    expect(echoed.headers.get("x-request-id")).toBe("trace-123_abc");

    const replaced = await exports.default.fetch("http://example.com/v1/nope", {
      headers: { "X-Request-Id": "bad id <script>" },
    });
    const id = replaced.headers.get("x-request-id");
    expect(id).not.toContain("script");
    expect((await problemOf(replaced)).requestId).toBe(id);
  });

  it("answers a wrong method on a known route with 405 and an Allow header", async () => {
    const response = await exports.default.fetch("http://example.com/v1/health", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 405, code: "method_not_allowed" });
    expect(problem.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("keeps 404 for a wrong method on an unknown route", async () => {
    const response = await exports.default.fetch("http://example.com/v1/nope", { method: "POST" });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe("not_found");
  });
});
