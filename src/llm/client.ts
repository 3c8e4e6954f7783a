import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { z } from "zod";
import { reserveTokens } from "../engine/chunk/estimate.ts";
import type { Outcome } from "./breaker.ts";
import { parseRetryAfter } from "./breaker.ts";
import type { Provider } from "./config.ts";
import type { Prompt } from "./prompts.ts";

/** How structured output is asked for: a strict JSON schema, JSON mode, or only the prompt. */
export type OutputMode = "json_schema" | "json_object" | "prompt";

export type FailureCode =
  | "rate_limited"
  | "timeout"
  | "server"
  | "connection"
  | "invalid_output"
  | "client"
  | "schema_unsupported"
  /** The repair round trip would not fit in the run's token budget: not the provider's fault. */
  | "budget"
  /** We called it off (a hedged call whose twin answered first): not the provider's fault. */
  | "cancelled";

/**
 * A failed call, classified: 408, 429, 5xx, timeouts, connection errors and output still invalid after repair are
 * the provider's failures (they feed its breaker); other 4xx are the caller's and neutral; a provider that rejects
 * the requested structured-output mode is told apart, so the caller can ask again in a simpler mode.
 */
export class ProviderCallError extends Error {
  readonly code: FailureCode;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly usage: Usage;
  /** Requests made before it failed (a failed repair is the second). */
  readonly calls: number;

  constructor(
    code: FailureCode,
    message: string,
    extra: { status?: number; retryAfterMs?: number; usage?: Usage; calls?: number } = {},
  ) {
    super(message);
    this.name = "ProviderCallError";
    this.code = code;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
    this.usage = extra.usage ?? { tokensIn: 0, tokensOut: 0 };
    this.calls = extra.calls ?? 1;
  }

  /** What the provider's breaker should make of it. */
  get outcome(): Outcome {
    switch (this.code) {
      case "rate_limited":
        return {
          kind: "failure",
          rateLimited: true,
          ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
        };
      case "timeout":
        return { kind: "failure", timedOut: true };
      case "server":
      case "connection":
      case "invalid_output":
        return { kind: "failure" };
      default:
        return { kind: "neutral" };
    }
  }
}

export interface Usage {
  tokensIn: number;
  tokensOut: number;
}

export interface CallResult<T> {
  value: T;
  usage: Usage;
  /** Calls made: 2 when the first reply needed a repair. */
  calls: number;
  mode: OutputMode;
}

export interface CallOptions<T> {
  provider: Provider;
  prompt: Prompt;
  schema: z.ZodType<T>;
  schemaName: string;
  mode: OutputMode;
  maxTokens: number;
  /** For tests and the mock server: the fetch the SDK uses. */
  fetch?: typeof fetch;
  /**
   * Asked before the repair round trip with the tokens it may use (its prompt, estimated with a margin, plus
   * `maxTokens`): false means the budget has no room, and the call fails with `budget` instead.
   */
  beforeRepair?: (tokens: number) => Promise<boolean>;
  /** Calls the request off (a hedge answered first). */
  signal?: AbortSignal;
}

function classify(error: unknown, now: number): ProviderCallError {
  if (error instanceof ProviderCallError) return error;
  if (error instanceof APIConnectionTimeoutError)
    return new ProviderCallError("timeout", "the provider did not answer in time");
  if (error instanceof APIConnectionError)
    return new ProviderCallError("connection", `could not reach the provider: ${error.message}`);
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const retryAfterMs = parseRetryAfter(error.headers, now);
    const base = { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    if (status === 429) return new ProviderCallError("rate_limited", "rate limited", base);
    if (status === 408) return new ProviderCallError("timeout", "request timeout", base);
    if (status >= 500) return new ProviderCallError("server", `provider error ${status}`, base);
    if (status === 400 && /response_format|json_schema|json_object|structured|schema/i.test(error.message)) {
      return new ProviderCallError("schema_unsupported", error.message, base);
    }
    return new ProviderCallError("client", `request rejected (${status}): ${error.message}`, base);
  }
  if (error instanceof Error && /abort|timeout/i.test(error.name + error.message))
    return new ProviderCallError("timeout", error.message);
  return new ProviderCallError("connection", error instanceof Error ? error.message : String(error));
}

function responseFormat(mode: OutputMode, schema: z.ZodType, name: string) {
  if (mode === "json_schema") {
    return {
      type: "json_schema" as const,
      json_schema: { name, strict: true, schema: z.toJSONSchema(schema) as Record<string, unknown> },
    };
  }
  if (mode === "json_object") return { type: "json_object" as const };
  return undefined;
}

function parseReply<T>(
  content: string | null | undefined,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; problem: string } {
  if (!content) return { ok: false, problem: "the reply was empty" };
  const text = content.trim().replace(/^```(?:json)?\s*|\s*```$/g, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "the reply was not JSON" };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problem: parsed.error.issues
      .slice(0, 8)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; "),
  };
}

/**
 * One structured call: the SDK with its own retries off (the gateway and the run own retries) and the provider's
 * timeout; the reply validated with zod; one repair round trip when it does not validate; then a failure.
 */
export async function callStructured<T>(options: CallOptions<T>): Promise<CallResult<T>> {
  const { provider, prompt, schema } = options;
  const client = new OpenAI({
    apiKey: provider.apiKey,
    baseURL: provider.baseURL,
    maxRetries: 0,
    timeout: provider.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const system =
    options.mode === "prompt" || options.mode === "json_object"
      ? `${prompt.system}\nThe JSON has this shape: ${prompt.schemaHint}`
      : prompt.system;
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    { role: "system", content: system },
    { role: "user", content: prompt.user },
  ];
  const usage: Usage = { tokensIn: 0, tokensOut: 0 };
  const format = responseFormat(options.mode, schema, options.schemaName);
  for (let round = 1; round <= 2; round++) {
    let content: string | null | undefined;
    try {
      const completion = await client.chat.completions.create(
        {
          model: provider.model,
          messages,
          temperature: 0,
          max_tokens: options.maxTokens,
          ...(format ? { response_format: format } : {}),
        },
        options.signal ? { signal: options.signal } : undefined,
      );
      content = completion.choices[0]?.message?.content;
      // A provider that reports no usage is charged our estimate, so budgets still hold.
      usage.tokensIn +=
        completion.usage?.prompt_tokens ?? reserveTokens(messages.map((m) => String(m.content)).join("\n"));
      usage.tokensOut += completion.usage?.completion_tokens ?? reserveTokens(content ?? "");
    } catch (error) {
      const failure = options.signal?.aborted
        ? new ProviderCallError("cancelled", "called off: another provider answered first")
        : classify(error, Date.now());
      throw new ProviderCallError(failure.code, failure.message, {
        ...(failure.status !== undefined ? { status: failure.status } : {}),
        ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
        usage,
        calls: round,
      });
    }
    const parsed = parseReply(content, schema);
    if (parsed.ok) return { value: parsed.value, usage, calls: round, mode: options.mode };
    if (round === 2)
      throw new ProviderCallError("invalid_output", `output invalid after a repair: ${parsed.problem}`, {
        usage,
        calls: 2,
      });
    messages.push({ role: "assistant", content: content ?? "" });
    messages.push({
      role: "user",
      content: `That reply does not match the required JSON (${parsed.problem}). Reply again with only the corrected JSON object.`,
    });
    const repairTokens = reserveTokens(messages.map((m) => String(m.content)).join("\n")) + options.maxTokens;
    if (options.beforeRepair && !(await options.beforeRepair(repairTokens)))
      throw new ProviderCallError("budget", `the repair (${repairTokens} tokens) would exceed the run's budget`, {
        usage,
        calls: 1,
      });
  }
  throw new ProviderCallError("invalid_output", "unreachable");
}

export function costUsd(provider: Provider, usage: Usage): number {
  return (usage.tokensIn * provider.inputPricePerMTok + usage.tokensOut * provider.outputPricePerMTok) / 1_000_000;
}
