import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { HealthReport } from "../../src/domain/health.ts";
import { Problem } from "../../src/domain/problem.ts";

const COMPONENTS = ["d1", "kv", "queue", "run_coordinator", "provider_gateway", "key_budget", "llm_config", "features"];

/** A D1 binding whose every statement fails the way D1 reports an outage; everything else is the real binding. */
function failingD1(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "prepare") {
        return () => {
          throw new Error("D1_ERROR: injected outage");
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

describe("GET /v1/health", () => {
  it("answers 200 with every component checked against the real bindings", async () => {
    const response = await exports.default.fetch("http://example.com/v1/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const report = HealthReport.parse(await response.json());
    expect(report.status).toBe("ok");
    expect(report.components.map((c) => c.name).sort()).toEqual([...COMPONENTS].sort());
    expect(report.components.every((c) => c.status === "ok")).toBe(true);
    // vitest.config.ts configures two providers: auto means llm, and each breaker is reported.
    expect(report.engine).toBe("llm");
    expect(report.providers.map((p) => [p.name, p.state])).toEqual([
      ["primary", "closed"],
      ["secondary", "closed"],
    ]);
    expect(JSON.stringify(report)).not.toContain("test-primary-key");
  });

  it("answers 503 naming D1 when D1 fails, and still checks everything else", async () => {
    const app = createApp();
    const ctx = createExecutionContext();
    const response = await app.fetch(
      new Request("http://example.com/v1/health"),
      { ...env, DB: failingD1(env.DB) },
      ctx,
    );
    await waitOnExecutionContext(ctx);

    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toBe("5");
    const body = (await response.json()) as Problem & { components: HealthReport["components"] };
    expect(Problem.parse(body).code).toBe("unhealthy");
    expect(body.detail).toContain("d1");
    expect(body.detail).toContain("injected outage");
    const byName = Object.fromEntries(body.components.map((c) => [c.name, c]));
    expect(byName.d1?.status).toBe("fail");
    expect(byName.d1?.detail).toContain("injected outage");
    for (const name of COMPONENTS.filter((n) => n !== "d1")) expect(byName[name]?.status).toBe("ok");
  });

  it("reports a component that does not answer in time as failed instead of hanging", async () => {
    const hangingKv = new Proxy(env.CACHE, {
      get(target, property, receiver) {
        if (property === "get") return () => new Promise(() => {});
        return Reflect.get(target, property, receiver);
      },
    });
    const { checkComponents } = await import("../../src/api/health-checks.ts");
    const components = await checkComponents({ ...env, CACHE: hangingKv }, 50);
    const kv = components.find((c) => c.name === "kv");
    expect(kv?.status).toBe("fail");
    expect(kv?.detail).toContain("no answer within 50 ms");
    expect(components.filter((c) => c.status === "fail")).toHaveLength(1);
  });

  it("answers 503 naming llm_config when the provider list does not validate, instead of crashing", async () => {
    for (const [vars, detail] of [
      [{ LLM_PROVIDERS: "[{not json" }, "not valid JSON"],
      [
        { LLM_PROVIDERS: JSON.stringify([{ name: "x", baseURL: "not a url", model: "m", apiKeyVar: "X_KEY" }]) },
        "baseURL",
      ],
      [
        {
          LLM_PROVIDERS: JSON.stringify([
            { name: "x", baseURL: "https://x.test/v1", model: "m", apiKeyVar: "MISSING_KEY" },
          ]),
        },
        "MISSING_KEY is not set",
      ],
    ] as const) {
      const ctx = createExecutionContext();
      const response = await createApp().fetch(new Request("http://example.com/v1/health"), { ...env, ...vars }, ctx);
      await waitOnExecutionContext(ctx);
      expect(response.status).toBe(503);
      const body = (await response.json()) as Problem & { components: HealthReport["components"]; engine: string };
      const llm = body.components.find((c) => c.name === "llm_config");
      expect(llm?.status).toBe("fail");
      expect(llm?.detail).toContain(detail);
      // Runs still work: auto falls back to the local engine.
      expect(body.engine).toBe("local");
    }
  });

  it("configures one provider from OPENAI_API_KEY alone", async () => {
    const ctx = createExecutionContext();
    const response = await createApp().fetch(
      new Request("http://example.com/v1/health"),
      { ...env, LLM_PROVIDERS: "", OPENAI_API_KEY: "sk-test", OPENAI_MODEL: "gpt-test" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    const report = HealthReport.parse(await response.json());
    expect(report.engine).toBe("llm");
    expect(report.providers).toEqual([expect.objectContaining({ name: "openai", model: "gpt-test", state: "closed" })]);
  });
});
