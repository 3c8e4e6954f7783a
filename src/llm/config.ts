import { z } from "zod";

/** One OpenAI-compatible provider, in fallback order. The key is read from the secret `apiKeyVar` names. */
export const ProviderConfig = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/i, "a short name: letters, digits, - and _"),
    baseURL: z.url(),
    model: z.string().min(1),
    apiKeyVar: z.string().regex(/^[A-Z][A-Z0-9_]*$/, "the name of a secret or var, like OPENAI_API_KEY"),
    timeoutMs: z.number().int().min(1_000).max(600_000).default(30_000),
    maxConcurrency: z.number().int().min(1).max(256).default(4),
    inputPricePerMTok: z.number().nonnegative().default(0),
    outputPricePerMTok: z.number().nonnegative().default(0),
  })
  .strict();
export type ProviderConfig = z.infer<typeof ProviderConfig>;

export interface Provider extends ProviderConfig {
  apiKey: string;
}

export type ProvidersResult = { ok: true; providers: Provider[] } | { ok: false; error: string };

const ProviderList = z.array(ProviderConfig).max(8);

/**
 * The providers the Worker may call, from `LLM_PROVIDERS` (a JSON list) or, when that is empty, from
 * `OPENAI_API_KEY` (+ `OPENAI_BASE_URL`, `OPENAI_MODEL`). A malformed list or a missing key is returned as an
 * error for /v1/health to report; nothing throws. Read once per env object (the runtime's env does not change
 * while an isolate lives; tests pass a new object for other settings): health, run starts, every llm task and
 * the coordinator's deadlines all ask.
 */
export function loadProviders(env: Env): ProvidersResult {
  let result = loaded.get(env);
  if (!result) {
    result = readProviders(env);
    loaded.set(env, result);
  }
  return result;
}

const loaded = new WeakMap<Env, ProvidersResult>();

function readProviders(env: Env): ProvidersResult {
  const vars = env as unknown as Record<string, unknown>;
  const raw = typeof env.LLM_PROVIDERS === "string" ? env.LLM_PROVIDERS.trim() : "";
  let configs: ProviderConfig[];
  if (raw !== "" && raw !== "[]") {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, error: "LLM_PROVIDERS is not valid JSON" };
    }
    const parsed = ProviderList.safeParse(json);
    if (!parsed.success) {
      return {
        ok: false,
        error: `LLM_PROVIDERS: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      };
    }
    configs = parsed.data;
    const names = new Set<string>();
    for (const c of configs) {
      if (names.has(c.name)) return { ok: false, error: `LLM_PROVIDERS: provider "${c.name}" is listed twice` };
      names.add(c.name);
    }
  } else if (typeof vars.OPENAI_API_KEY === "string" && vars.OPENAI_API_KEY !== "") {
    configs = [
      ProviderConfig.parse({
        name: "openai",
        baseURL:
          typeof vars.OPENAI_BASE_URL === "string" && vars.OPENAI_BASE_URL !== ""
            ? vars.OPENAI_BASE_URL
            : "https://api.openai.com/v1",
        model: typeof vars.OPENAI_MODEL === "string" && vars.OPENAI_MODEL !== "" ? vars.OPENAI_MODEL : "gpt-4o-mini",
        apiKeyVar: "OPENAI_API_KEY",
      }),
    ];
  } else {
    return { ok: true, providers: [] };
  }
  const providers: Provider[] = [];
  for (const c of configs) {
    const key = vars[c.apiKeyVar];
    if (typeof key !== "string" || key === "")
      return { ok: false, error: `provider "${c.name}": secret ${c.apiKeyVar} is not set` };
    providers.push({ ...c, apiKey: key });
  }
  return { ok: true, providers };
}

/** The engine a run gets: `auto` is llm when a provider is configured (and valid), else local. */
export function resolveEngine(asked: "auto" | "local" | "llm", providers: ProvidersResult): "local" | "llm" {
  if (asked === "local") return "local";
  if (providers.ok && providers.providers.length > 0) return "llm";
  return "local";
}
