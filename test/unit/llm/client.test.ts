import { describe, expect, it } from "vitest";
import { z } from "zod";
import { callStructured, costUsd, ProviderCallError } from "../../../src/llm/client.ts";
import type { Provider } from "../../../src/llm/config.ts";
import { requirementsPrompt } from "../../../src/llm/prompts.ts";

const provider: Provider = {
  name: "p",
  baseURL: "https://llm.test/v1",
  model: "m",
  apiKeyVar: "K",
  apiKey: "secret",
  timeoutMs: 1_000,
  maxConcurrency: 2,
  inputPricePerMTok: 1,
  outputPricePerMTok: 2,
};
const Schema = z.strictObject({ answer: z.string() });
const prompt = requirementsPrompt("We need Go.", "1. Go (must)");

type Reply = (body: Record<string, unknown>, call: number) => Response | Promise<Response>;

/** An injected fetch standing in for the provider: it records each request body and answers with `reply`. */
function provide(reply: Reply) {
  const bodies: Record<string, unknown>[] = [];
  const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    bodies.push(body);
    return reply(body, bodies.length);
  }) as typeof globalThis.fetch;
  return { fetch, bodies };
}

const completion = (
  content: string,
  usage: Record<string, number> | null = { prompt_tokens: 50, completion_tokens: 7 },
) =>
  Response.json({
    id: "c",
    object: "chat.completion",
    created: 0,
    model: "m",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    ...(usage ? { usage: { ...usage, total_tokens: 0 } } : {}),
  });
const error = (status: number, message = "error", headers: Record<string, string> = {}) =>
  Response.json({ error: { message, type: "x" } }, { status, headers });

const call = (fetch: typeof globalThis.fetch, extra: Partial<Parameters<typeof callStructured>[0]> = {}) =>
  callStructured({
    provider,
    prompt,
    schema: Schema,
    schemaName: "t",
    mode: "json_schema",
    maxTokens: 100,
    fetch,
    ...extra,
  });

async function failure(promise: Promise<unknown>): Promise<ProviderCallError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ProviderCallError) return e;
    throw e;
  }
  throw new Error("expected a failure");
}

describe("callStructured", () => {
  it("asks for a strict JSON schema built from the zod schema, and returns the validated value with usage", async () => {
    const p = provide(() => completion('{"answer":"yes"}'));
    const result = await call(p.fetch);
    expect(result).toEqual({
      value: { answer: "yes" },
      usage: { tokensIn: 50, tokensOut: 7 },
      calls: 1,
      mode: "json_schema",
    });
    expect(p.bodies[0]).toMatchObject({
      model: "m",
      temperature: 0,
      max_tokens: 100,
      response_format: { type: "json_schema", json_schema: { name: "t", strict: true, schema: { type: "object" } } },
    });
  });

  it("in json_object and prompt modes, spells out the shape in the system message", async () => {
    for (const mode of ["json_object", "prompt"] as const) {
      const p = provide(() => completion('```json\n{"answer":"ok"}\n```'));
      expect((await call(p.fetch, { mode })).value).toEqual({ answer: "ok" });
      const messages = p.bodies[0]?.messages as Array<{ content: string }>;
      expect(messages[0]?.content).toContain("The JSON has this shape:");
      expect(p.bodies[0]?.response_format).toEqual(mode === "json_object" ? { type: "json_object" } : undefined);
    }
  });

  it("repairs once: the invalid reply and what was wrong go back, and both calls' usage counts", async () => {
    const p = provide((_, n) => completion(n === 1 ? '{"answer": 3}' : '{"answer":"3"}'));
    const result = await call(p.fetch);
    expect(result).toMatchObject({ value: { answer: "3" }, calls: 2, usage: { tokensIn: 100, tokensOut: 14 } });
    const repair = p.bodies[1]?.messages as Array<{ role: string; content: string }>;
    expect(repair.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(repair[3]?.content).toMatch(/answer: Invalid input: expected string/);
  });

  it("fails as invalid_output (a provider failure) when the repair is invalid too", async () => {
    const p = provide(() => completion("no JSON here"));
    const e = await failure(call(p.fetch));
    expect(e).toMatchObject({ code: "invalid_output", calls: 2, usage: { tokensIn: 100, tokensOut: 14 } });
    expect(e.outcome).toEqual({ kind: "failure" });
  });

  it("does not repair when the budget has no room for it", async () => {
    const p = provide(() => completion("{"));
    let asked = 0;
    const e = await failure(
      call(p.fetch, {
        beforeRepair: async (tokens) => {
          asked = tokens;
          return false;
        },
      }),
    );
    expect(e).toMatchObject({ code: "budget", calls: 1 });
    expect(e.outcome).toEqual({ kind: "neutral" });
    expect(asked).toBeGreaterThan(100);
    expect(p.bodies).toHaveLength(1);
  });

  it("charges an estimate when the provider reports no usage", async () => {
    const p = provide(() => completion('{"answer":"yes"}', null));
    const { usage } = await call(p.fetch);
    expect(usage.tokensIn).toBeGreaterThan(20);
    expect(usage.tokensOut).toBeGreaterThan(0);
  });

  it.each([
    [429, { "retry-after": "7" }, "rate_limited", { kind: "failure", rateLimited: true, retryAfterMs: 7_000 }],
    [429, { "retry-after-ms": "1500" }, "rate_limited", { kind: "failure", rateLimited: true, retryAfterMs: 1_500 }],
    [408, {}, "timeout", { kind: "failure", timedOut: true }],
    [500, {}, "server", { kind: "failure" }],
    [503, {}, "server", { kind: "failure" }],
    [401, {}, "client", { kind: "neutral" }],
    [404, {}, "client", { kind: "neutral" }],
  ])(
    "classifies HTTP %i as %s, without retrying (the SDK's retries are off)",
    async (status, headers, code, outcome) => {
      const p = provide(() => error(status, "nope", headers));
      const e = await failure(call(p.fetch));
      expect(e.code).toBe(code);
      expect(e.status).toBe(status);
      expect(e.outcome).toEqual(outcome);
      expect(p.bodies).toHaveLength(1);
    },
  );

  it("tells a rejected structured-output mode apart from other 400s", async () => {
    const rejected = provide(() => error(400, "response_format 'json_schema' is not supported by this model"));
    expect((await failure(call(rejected.fetch))).code).toBe("schema_unsupported");
    const other = provide(() => error(400, "max_tokens is too large"));
    expect((await failure(call(other.fetch))).code).toBe("client");
  });

  it("classifies a connection error and a timeout as provider failures", async () => {
    const refused = (async () => {
      throw new TypeError("fetch failed: ECONNREFUSED");
    }) as typeof fetch;
    expect(await failure(call(refused))).toMatchObject({ code: "connection" });
    const slow = ((_url: string, init?: RequestInit) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      })) as typeof fetch;
    const e = await failure(call(slow, { provider: { ...provider, timeoutMs: 50 } }));
    expect(e.code).toBe("timeout");
    expect(e.outcome).toMatchObject({ kind: "failure", timedOut: true });
  });

  it("prices usage per million tokens", () => {
    expect(costUsd(provider, { tokensIn: 1_000_000, tokensOut: 500_000 })).toBe(2);
  });
});
