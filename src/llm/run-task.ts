import type { z } from "zod";
import { LlmChunkReview, LlmRequirementsReview, LlmSummary } from "../domain/llm.ts";
import { reserveTokens } from "../engine/chunk/estimate.ts";
import type { TaskReport } from "../run/coordinator.ts";
import { executeLocal } from "../run/executor.ts";
import type { Claimed, TaskOutput } from "../run/payloads.ts";
import { callStructured, costUsd, type OutputMode, ProviderCallError, type Usage } from "./client.ts";
import { loadProviders, type Provider } from "./config.ts";
import {
  analyzeFromLlm,
  analyzeRequest,
  requirementsFromLlm,
  requirementsRequest,
  tailorFromLlm,
  tailorRequest,
} from "./engine.ts";
import { PROMPT_VERSIONS, type Prompt } from "./prompts.ts";

/** The run's side of an llm task: its budget. */
export interface RunBudget {
  reserve(
    taskId: string,
    attempt: number,
    tokens: number,
  ): Promise<{ granted: boolean; reservation?: string; refusedBy?: "run" | "key" }>;
  settle(reservation: string, used: number): Promise<void>;
}

export interface LlmTaskResult {
  output: TaskOutput;
  report: TaskReport;
}

/** Completion tokens allowed per call, by task kind (also what the budget reserves for the answer). */
const MAX_TOKENS = { requirements: 600, analyze: 1000, review: 400, tailor: 300 } as const;
/** How long a task waits, in total, for a slot under a provider's concurrency limit before trying the next one. */
const BUSY_WAIT_MS = 15_000;

/** The longest an llm task can take before it answers: per provider, a wait for a slot and a call with its repair. */
export function llmTaskAllowanceMs(env: Env): number {
  const providers = loadProviders(env);
  if (!providers.ok) return 0;
  return providers.providers.reduce((total, p) => total + BUSY_WAIT_MS + 2 * p.timeoutMs, 0);
}

interface Plan {
  prompt: Prompt;
  schema: z.ZodType;
  name: string;
  maxTokens: number;
  finish(answer: unknown): TaskOutput;
  /** Worth caching by prompt (requirements, chunk reviews), or not (tailoring depends on the whole analysis). */
  cacheable: boolean;
}

function plan(claim: Claimed): Plan | undefined {
  const p = claim.payload;
  switch (p.kind) {
    case "requirements":
      // REQUIREMENTS_EXTRACTOR=local (or the run's own switch): code alone, by choice — not a fallback.
      if (claim.features.requirementsExtractor === "local") return undefined;
      return {
        prompt: requirementsRequest(p.jobText),
        schema: LlmRequirementsReview,
        name: "requirements_review",
        maxTokens: MAX_TOKENS.requirements,
        finish: (answer) => requirementsFromLlm(p.jobText, answer as LlmRequirementsReview),
        cacheable: true,
      };
    case "analyze": {
      const prompt = analyzeRequest(p.resume, p.chunk, p.requirements, p.rewrite);
      if (!prompt) return undefined;
      return {
        prompt,
        schema: LlmChunkReview,
        name: "chunk_review",
        maxTokens: p.rewrite ? MAX_TOKENS.analyze : MAX_TOKENS.review,
        finish: (answer) => analyzeFromLlm(p.resume, p.chunk, p.requirements, answer as LlmChunkReview, claim.now),
        cacheable: true,
      };
    }
    case "tailor": {
      const prompt = tailorRequest(p.resume, p.target, p.analysis);
      if (!prompt) return undefined;
      return {
        prompt,
        schema: LlmSummary,
        name: "summary",
        maxTokens: MAX_TOKENS.tailor,
        finish: (answer) =>
          tailorFromLlm(p.resume, p.jobText, p.target, p.analysis, answer as LlmSummary, p.rewrites ?? [], claim.now),
        cacheable: false,
      };
    }
  }
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one task on the llm engine: providers in fallback order, each through its gateway (an open breaker is
 * skipped without a call; a full one is waited for, briefly), each call within the run's token budget (reserved
 * before, settled after), the model's answer cached where it can be reused. When every provider is open or fails,
 * or the budget has no room, the task runs on the local engine and says why.
 */
export async function runLlmTask(
  env: Env,
  claim: Claimed,
  budget: RunBudget,
  fetcher?: typeof fetch,
): Promise<LlmTaskResult> {
  const started = performance.now();
  const taskPlan = plan(claim);
  const local = (fallback?: string, usage = { tokensIn: 0, tokensOut: 0, costUsd: 0, llmCalls: 0 }): LlmTaskResult => ({
    output: executeLocal(claim.taskId, claim.payload, claim.now),
    report: {
      latencyMs: performance.now() - started,
      cacheHit: false,
      engine: "local",
      tokensIn: usage.tokensIn,
      tokensOut: usage.tokensOut,
      costUsd: usage.costUsd,
      llmCalls: usage.llmCalls,
      ...(fallback ? { fallback } : {}),
    },
  });
  // Work code does alone (skills, education and other sections without bullets worth rewriting; tailoring that
  // only carries its chunk's rewrites): not a fallback.
  if (!taskPlan) return local();
  const providers = loadProviders(env);
  if (!providers.ok) return local(`provider configuration: ${providers.error}`);
  if (providers.providers.length === 0) return local("no provider configured");

  const spent = { tokensIn: 0, tokensOut: 0, costUsd: 0, llmCalls: 0 };
  const reasons: string[] = [];
  const estimate = reserveTokens(`${taskPlan.prompt.system}\n${taskPlan.prompt.user}`) + taskPlan.maxTokens;
  const promptHash =
    taskPlan.cacheable && claim.features.cache
      ? await sha256(`${taskPlan.prompt.system}\n${taskPlan.prompt.user}`)
      : undefined;

  for (const provider of providers.providers) {
    const cacheKey = promptHash
      ? `llm:${provider.name}:${provider.model}:${PROMPT_VERSIONS[taskPlan.prompt.task]}:${promptHash}`
      : undefined;
    if (cacheKey) {
      const cached = await env.CACHE.get(cacheKey, "text").catch(() => null);
      if (cached !== null) {
        const output = taskPlan.finish(JSON.parse(cached));
        return {
          output,
          report: {
            latencyMs: performance.now() - started,
            cacheHit: true,
            cacheKey,
            engine: "llm",
            provider: provider.name,
            ...spent,
          },
        };
      }
    }
    const attempt = await callThroughGateway(env, provider, claim, taskPlan, estimate, budget, fetcher);
    spent.tokensIn += attempt.usage.tokensIn;
    spent.tokensOut += attempt.usage.tokensOut;
    spent.costUsd += costUsd(provider, attempt.usage);
    spent.llmCalls += attempt.calls;
    if (attempt.kind === "budget") return local(`token budget: ${attempt.reason}`, spent);
    if (attempt.kind === "failed") {
      reasons.push(`${provider.name}: ${attempt.reason}`);
      continue;
    }
    const output = taskPlan.finish(attempt.value);
    if (cacheKey) {
      const days = Number(env.RUN_RETENTION_DAYS) > 0 ? Number(env.RUN_RETENTION_DAYS) : 7;
      await env.CACHE.put(cacheKey, JSON.stringify(attempt.value), { expirationTtl: Math.floor(days * 86_400) }).catch(
        () => {},
      );
    }
    return {
      output,
      report: {
        latencyMs: performance.now() - started,
        cacheHit: false,
        ...(cacheKey ? { cacheKey } : {}),
        engine: "llm",
        provider: provider.name,
        ...spent,
      },
    };
  }
  return local(reasons.join("; "), spent);
}

type Spent = { usage: { tokensIn: number; tokensOut: number }; calls: number };
type Attempt = (
  | { kind: "ok"; value: unknown }
  | { kind: "failed"; reason: string }
  | { kind: "budget"; reason: string }
) &
  Spent;

async function callThroughGateway(
  env: Env,
  provider: Provider,
  claim: Claimed,
  taskPlan: Plan,
  estimate: number,
  budget: RunBudget,
  fetcher: typeof fetch | undefined,
): Promise<Attempt> {
  const none = { tokensIn: 0, tokensOut: 0 };
  const gateway = env.PROVIDER_GATEWAY.getByName(provider.name);
  const limits = {
    name: provider.name,
    maxConcurrency: provider.maxConcurrency,
    timeoutMs: provider.timeoutMs,
    breaker: claim.features.circuitBreakers,
  };
  const waitUntil = Date.now() + BUSY_WAIT_MS;
  let lease = await gateway.acquire(limits, estimate);
  while (lease.status === "busy" && Date.now() < waitUntil) {
    await sleep(lease.retryAfterMs);
    lease = await gateway.acquire(limits, estimate);
  }
  if (lease.status === "open")
    return {
      kind: "failed",
      reason: `breaker open until ${new Date(lease.reopenAt).toISOString()}`,
      usage: none,
      calls: 0,
    };
  if (lease.status === "busy") return { kind: "failed", reason: "at its concurrency limit", usage: none, calls: 0 };

  const first = await budget.reserve(claim.taskId, claim.attempt, estimate);
  if (!first.granted || !first.reservation) {
    await gateway.release(lease.lease, { outcome: { kind: "neutral" }, latencyMs: 0, tokensIn: 0, tokensOut: 0 });
    const whose = first.refusedBy === "key" ? "the API key's daily token budget" : "the run's token budget";
    return { kind: "budget", reason: `${estimate} more tokens would exceed ${whose}`, usage: none, calls: 0 };
  }
  // Every reservation this call holds; all are settled at the end, the first with the whole usage.
  const reservations = [first.reservation];
  const beforeRepair = async (tokens: number) => {
    const more = await budget.reserve(claim.taskId, claim.attempt, tokens);
    if (more.granted && more.reservation) reservations.push(more.reservation);
    return more.granted;
  };
  const started = performance.now();
  let mode: OutputMode = lease.mode;
  const usage = { tokensIn: 0, tokensOut: 0 };
  let calls = 0;
  try {
    for (;;) {
      try {
        const result = await callStructured({
          provider,
          prompt: taskPlan.prompt,
          schema: taskPlan.schema,
          schemaName: taskPlan.name,
          mode,
          maxTokens: taskPlan.maxTokens,
          beforeRepair,
          ...(fetcher ? { fetch: fetcher } : {}),
        });
        usage.tokensIn += result.usage.tokensIn;
        usage.tokensOut += result.usage.tokensOut;
        calls += result.calls;
        await gateway.release(lease.lease, {
          outcome: { kind: "success" },
          latencyMs: performance.now() - started,
          tokensIn: usage.tokensIn,
          tokensOut: usage.tokensOut,
          status: 200,
        });
        logCall(claim, provider, taskPlan, {
          outcome: "ok",
          mode,
          calls,
          usage,
          latencyMs: performance.now() - started,
        });
        return { kind: "ok", value: result.value, usage, calls };
      } catch (error) {
        const failure = error instanceof ProviderCallError ? error : new ProviderCallError("connection", String(error));
        usage.tokensIn += failure.usage.tokensIn;
        usage.tokensOut += failure.usage.tokensOut;
        calls += failure.calls;
        // A provider that does not take this structured-output mode: remember the simpler one and ask again.
        if (failure.code === "schema_unsupported" && mode !== "prompt") {
          mode = await gateway.downgrade(mode);
          continue;
        }
        await gateway.release(lease.lease, {
          outcome: failure.outcome,
          latencyMs: performance.now() - started,
          tokensIn: usage.tokensIn,
          tokensOut: usage.tokensOut,
          ...(failure.status !== undefined ? { status: failure.status } : {}),
        });
        logCall(claim, provider, taskPlan, {
          outcome: failure.code,
          mode,
          calls,
          usage,
          latencyMs: performance.now() - started,
          ...(failure.status !== undefined ? { status: failure.status } : {}),
        });
        if (failure.code === "budget") return { kind: "budget", reason: failure.message, usage, calls };
        return { kind: "failed", reason: `${failure.code}${failure.status ? ` ${failure.status}` : ""}`, usage, calls };
      }
    }
  } finally {
    for (const [i, reservation] of reservations.entries())
      await budget.settle(reservation, i === 0 ? usage.tokensIn + usage.tokensOut : 0);
  }
}

/** One structured log line per provider call (Workers Logs): usage and cost per call, not only per run. */
function logCall(
  claim: Claimed,
  provider: Provider,
  taskPlan: Plan,
  call: { outcome: string; mode: OutputMode; calls: number; usage: Usage; latencyMs: number; status?: number },
): void {
  console.log(
    JSON.stringify({
      event: "llm_call",
      task: claim.taskId,
      attempt: claim.attempt,
      prompt: PROMPT_VERSIONS[taskPlan.prompt.task],
      provider: provider.name,
      model: provider.model,
      outcome: call.outcome,
      mode: call.mode,
      requests: call.calls,
      status: call.status,
      latencyMs: Math.round(call.latencyMs),
      tokensIn: call.usage.tokensIn,
      tokensOut: call.usage.tokensOut,
      costUsd: costUsd(provider, call.usage),
    }),
  );
}
