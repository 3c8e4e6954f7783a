import { env } from "cloudflare:workers";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { answer } from "../../bench/mock-llm/responder.ts";
import { mockProvidersPerTest, reply, status } from "./llm-mock.ts";
import { eventsOf, JOB, RESUME, startRun, waitForEnd } from "./run-helpers.ts";

// Its own file, tests in order: the first teaches the primary gateway json_object, the last opens both breakers.
const mock = mockProvidersPerTest();

// Each test's own posting and resume: a chunk review cached by an earlier test would make no call.
const run = async (ref: string) =>
  waitForEnd(
    (
      await startRun({
        engine: "llm",
        job: `${JOB}\nRef: ${ref}\n`,
        resume: RESUME.replace("Mentored four engineers", `Mentored four engineers (${ref})`),
      })
    ).id,
    30_000,
  );

describe("structured output", () => {
  it("serves a provider that rejects json_schema with json_object, and remembers it", async () => {
    mock.on("primary", ({ format }) =>
      format === "json_schema"
        ? HttpResponse.json(
            {
              error: {
                message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
                type: "invalid_request_error",
                param: "response_format",
                code: null,
              },
            },
            { status: 400 },
          )
        : undefined,
    );
    const view = await run("schema-1");
    expect(view).toMatchObject({ status: "succeeded", degradation: "none" });
    const served = view.tasks.filter((t) => t.id === "requirements" || t.id.startsWith("analyze:experience"));
    expect(served.every((t) => t.provider === "primary")).toBe(true);
    const formats = mock.requests("primary").map((r) => r.format);
    // The requirements call (alone in its wave) met the rejection; it and every later call used json_object.
    expect(formats.filter((f) => f === "json_schema")).toHaveLength(1);
    expect(formats.filter((f) => f === "json_object")).toHaveLength(formats.length - 1);
    expect(formats.length).toBeGreaterThanOrEqual(3);
    // JSON mode carries the shape in the prompt instead.
    const jsonObject = mock.requests("primary").find((r) => r.format === "json_object");
    expect(jsonObject?.body.messages?.[0]?.content).toMatch(/The JSON has this shape:/);
    const snapshot = await env.PROVIDER_GATEWAY.getByName("primary").snapshot("primary");
    expect(snapshot).toMatchObject({ mode: "json_object", state: "closed" });
    // A 400 about the request format is not the provider failing.
    expect(snapshot.totals.failures ?? 0).toBe(0);
  });

  it("repairs a malformed reply with one more round trip", async () => {
    mock.on("primary", ({ repair, body }) =>
      repair
        ? undefined
        : reply(body, `Sure! Here is the JSON you asked for:\n${JSON.stringify(answer(body)).slice(0, 40)}`),
    );
    const view = await run("repair-1");
    expect(view).toMatchObject({ status: "succeeded", degradation: "none" });
    const first = mock.requests("primary").filter((r) => !r.repair);
    const repairs = mock.requests("primary").filter((r) => r.repair);
    expect(repairs).toHaveLength(first.length);
    // The repair shows the model its reply and says what was wrong with it.
    const messages = repairs[0]?.body.messages ?? [];
    expect(messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(messages[3]?.content).toMatch(/does not match the required JSON \(the reply was not JSON\)/);
    expect(view.result?.usage.llmCalls).toBe(first.length + repairs.length);
  });

  it("falls back after the repair fails too: the invalid output counts against the provider", async () => {
    mock.on("primary", ({ body }) => reply(body, { unexpected: true }));
    mock.on("secondary", () => status(503));
    const view = await run("malformed-1");
    expect(view).toMatchObject({ status: "succeeded", degradation: "severe" });
    const primary = mock.requests("primary");
    // Never more than one repair per call.
    expect(primary.filter((r) => r.repair).length).toBe(primary.filter((r) => !r.repair).length);
    const fallbacks = (await eventsOf(view.id)).filter((e) => e.type === "task.fallback");
    expect(fallbacks.length).toBeGreaterThan(0);
    expect(fallbacks.some((e) => /primary: invalid_output/.test(e.message))).toBe(true);
    const snapshot = await env.PROVIDER_GATEWAY.getByName("primary").snapshot("primary");
    expect(snapshot.totals.failures).toBeGreaterThan(0);
  });
});
