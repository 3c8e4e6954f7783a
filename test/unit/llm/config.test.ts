import { describe, expect, it } from "vitest";
import { loadProviders, resolveEngine } from "../../../src/llm/config.ts";

const env = (vars: Record<string, string>) => vars as unknown as Env;
const provider = (extra: Record<string, unknown> = {}) => ({
  name: "main",
  baseURL: "https://llm.example/v1",
  model: "m-1",
  apiKeyVar: "MAIN_KEY",
  ...extra,
});

describe("provider configuration", () => {
  it("reads LLM_PROVIDERS in order, with each key from the secret it names and defaults filled in", () => {
    const result = loadProviders(
      env({
        LLM_PROVIDERS: JSON.stringify([
          provider(),
          provider({ name: "backup", apiKeyVar: "BACKUP_KEY", maxConcurrency: 8 }),
        ]),
        MAIN_KEY: "k1",
        BACKUP_KEY: "k2",
      }),
    );
    expect(result).toEqual({
      ok: true,
      providers: [
        expect.objectContaining({
          name: "main",
          apiKey: "k1",
          timeoutMs: 30_000,
          maxConcurrency: 4,
          inputPricePerMTok: 0,
        }),
        expect.objectContaining({ name: "backup", apiKey: "k2", maxConcurrency: 8 }),
      ],
    });
  });

  it("configures one provider from OPENAI_API_KEY alone, with optional base URL and model", () => {
    expect(loadProviders(env({ OPENAI_API_KEY: "sk" }))).toEqual({
      ok: true,
      providers: [
        expect.objectContaining({
          name: "openai",
          baseURL: "https://api.openai.com/v1",
          model: "gpt-4o-mini",
          apiKey: "sk",
        }),
      ],
    });
    const custom = loadProviders(
      env({ OPENAI_API_KEY: "sk", OPENAI_BASE_URL: "http://127.0.0.1:8787/v1", OPENAI_MODEL: "x" }),
    );
    expect(custom.ok && custom.providers[0]).toMatchObject({ baseURL: "http://127.0.0.1:8787/v1", model: "x" });
  });

  it("is empty, not an error, when nothing is configured", () => {
    expect(loadProviders(env({}))).toEqual({ ok: true, providers: [] });
    expect(loadProviders(env({ LLM_PROVIDERS: "[]" }))).toEqual({ ok: true, providers: [] });
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["a bad URL", JSON.stringify([provider({ baseURL: "nope" })]), /0\.baseURL/],
    ["an unknown field", JSON.stringify([provider({ apiKey: "inline secrets are refused" })]), /apiKey/],
    ["a timeout too short", JSON.stringify([provider({ timeoutMs: 10 })]), /timeoutMs/],
    ["a duplicate name", JSON.stringify([provider(), provider()]), /listed twice/],
    ["a missing secret", JSON.stringify([provider({ apiKeyVar: "NOT_SET" })]), /NOT_SET is not set/],
  ])("reports %s as an error instead of throwing", (_, raw, message) => {
    const result = loadProviders(env({ LLM_PROVIDERS: raw, MAIN_KEY: "k" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("resolves auto to llm only when a valid provider is configured", () => {
    const configured = loadProviders(env({ OPENAI_API_KEY: "sk" }));
    expect(resolveEngine("auto", configured)).toBe("llm");
    expect(resolveEngine("local", configured)).toBe("local");
    expect(resolveEngine("auto", loadProviders(env({})))).toBe("local");
    expect(resolveEngine("auto", loadProviders(env({ LLM_PROVIDERS: "{" })))).toBe("local");
  });
});
