import type { z } from "zod";
import { LlmChunkReview, LlmRequirementsReview, LlmSummary } from "../domain/llm.ts";
import { estimateTokens, reserveTokens } from "../engine/chunk/estimate.ts";
import { sha256Hex } from "../lib/hash.ts";
import { fullJitterDelay } from "../queue/backoff.ts";
import type { TaskReport } from "../run/coordinator.ts";
import { executeLocal } from "../run/executor.ts";
import type { Claimed, TaskOutput } from "../run/payloads.ts";
import { callStructured, costUsd, type FailureCode, type OutputMode, ProviderCallError, type Usage } from "./client.ts";
import { loadProviders, type Provider } from "./config.ts";
import {
  analyzeFromLlm,
  analyzeRequest,
  requirementsFromLlm,
  requirementsRequest,
  tailorFromLlm,
  tailorRequest,
} from "./engine.ts";
import type { GatewayProvider } from "./gateway.ts";
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
/**
 * Default LLM_HEDGE_MS, the longest a call waits for its twin: well past a normal answer (1–3 s for these prompts),
 * early in a slow tail. Once a provider has a latency history the twin goes sooner, at its p95 (not under
 * MIN_HEDGE_MS): about one call in twenty is hedged, and those are the slow ones.
 */
const DEFAULT_HEDGE_MS = 4_000;
const MIN_HEDGE_MS = 1_000;

/**
 * Rounds over the providers a task may make. A second round follows a full-jitter pause when a call failed in a way
 * another try can fix (a 5xx, a timeout, a dropped connection, output still invalid after its repair): with one
 * provider left up, a single transient failure would otherwise cost the run that task's model output. An open
 * breaker, a full provider or a budget refusal is not retried; a 429 opens its breaker, so it is skipped anyway.
 */
const ROUNDS = 2;
const ROUND_BACKOFF = { baseMs: 500, capMs: 2_000 } as const;

/**
 * The longest an llm task can take before it answers: per round, for each provider a wait for a slot and a call
 * with its repair; and the pauses between rounds.
 */
export function llmTaskAllowanceMs(env: Env): number {
  const providers = loadProviders(env);
  if (!providers.ok) return 0;
  const round = providers.providers.reduce((total, p) => total + BUSY_WAIT_MS + 2 * p.timeoutMs, 0);
  return ROUNDS * round + (ROUNDS - 1) * ROUND_BACKOFF.capMs;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one task on the llm engine: providers in fallback order, each through its gateway (an open breaker is
 * skipped without a call; a full one is waited for, briefly), each call within the run's token budget (reserved
 * before, settled after), the model's answer cached where it can be reused; a second round after a transient
 * failure (ROUNDS). When every provider is open or fails, or the budget has no room, the task runs on the local
 * engine and says why.
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
  // Scoped to the run's owner, as every cached output is (src/run/executor.ts cacheKey).
  const promptHash =
    taskPlan.cacheable && claim.features.cache
      ? await sha256Hex(`${claim.owner}\n${taskPlan.prompt.system}\n${taskPlan.prompt.user}`)
      : undefined;

  const cacheKeyFor = (provider: Provider) =>
    promptHash
      ? `llm:${provider.name}:${provider.model}:${PROMPT_VERSIONS[taskPlan.prompt.task]}:${promptHash}`
      : undefined;
  const success = async (provider: Provider, value: unknown): Promise<LlmTaskResult> => {
    const output = taskPlan.finish(value);
    const cacheKey = cacheKeyFor(provider);
    if (cacheKey) {
      const days = Number(env.RUN_RETENTION_DAYS) > 0 ? Number(env.RUN_RETENTION_DAYS) : 7;
      await env.CACHE.put(cacheKey, JSON.stringify(value), { expirationTtl: Math.floor(days * 86_400) }).catch(
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
  };

  // Providers in order of preference, each tried once a round. A call still out after the hedge delay gets a twin
  // on another provider (if one admits it at once): the first good answer wins and the other is called off — the
  // slow tail of one provider costs a few hundred tokens instead of a task's whole latency.
  const hedgeCeilingMs = hedgeDelayMs(env);
  const list = providers.providers;
  type Launched = {
    index: number;
    controller: AbortController;
    done: Promise<Attempt & { index: number }>;
    /** When to send its twin: the provider's recent p95 latency (at least MIN_HEDGE_MS), at most LLM_HEDGE_MS. */
    hedgeAt: number;
  };
  const inFlight = new Map<number, Launched>();
  let tried = new Set<number>();
  let budgetReason: string | undefined;
  const addSpent = (attempt: Spent & { index: number }) => {
    spent.tokensIn += attempt.usage.tokensIn;
    spent.tokensOut += attempt.usage.tokensOut;
    spent.costUsd += costUsd(list[attempt.index] as Provider, attempt.usage);
    spent.llmCalls += attempt.calls;
  };

  /** Cache keys already looked up without an answer: each is read once per task, not once per launch. */
  const missed = new Set<string>();
  /** A cached answer from any provider not yet tried this round. */
  const fromCache = async (): Promise<LlmTaskResult | undefined> => {
    for (const [index, provider] of list.entries()) {
      const cacheKey = tried.has(index) ? undefined : cacheKeyFor(provider);
      if (!cacheKey || missed.has(cacheKey)) continue;
      const cached = await env.CACHE.get(cacheKey, "text").catch(() => null);
      if (cached === null) {
        missed.add(cacheKey);
        continue;
      }
      for (const other of inFlight.values()) other.controller.abort();
      return {
        output: taskPlan.finish(JSON.parse(cached)),
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
    return undefined;
  };

  /**
   * Starts a call on the first provider not yet tried this round that admits one now. An open provider is passed
   * over (and named in the reasons); so is a full one — a preferred provider at its concurrency limit should not
   * hold a task while another has room. When every untried provider is full, a task waits up to BUSY_WAIT_MS for
   * whichever frees first; a hedge does not wait (it is only worth sending at once).
   */
  const launch = async (hedge: boolean): Promise<LlmTaskResult | undefined> => {
    const cached = await fromCache();
    if (cached) return cached;
    const waitUntil = Date.now() + (hedge ? 0 : BUSY_WAIT_MS);
    for (;;) {
      let busy = false;
      let retryAfterMs = 250;
      for (const [index, provider] of list.entries()) {
        if (tried.has(index)) continue;
        const lease = await env.PROVIDER_GATEWAY.getByName(provider.name).acquire(limitsOf(provider, claim), estimate);
        if (lease.status === "granted") {
          tried.add(index);
          const controller = new AbortController();
          const done = callWithLease(env, provider, lease, claim, taskPlan, estimate, budget, fetcher, {
            signal: controller.signal,
          }).then((attempt) => ({ ...attempt, index }));
          const hedgeMs = Math.min(hedgeCeilingMs, Math.max(MIN_HEDGE_MS, lease.p95LatencyMs ?? hedgeCeilingMs));
          inFlight.set(index, { index, controller, done, hedgeAt: Date.now() + hedgeMs });
          return undefined;
        }
        if (lease.status === "open") {
          tried.add(index);
          reasons.push(`${provider.name}: breaker open until ${new Date(lease.reopenAt).toISOString()}`);
          continue;
        }
        busy = true;
        retryAfterMs = Math.min(retryAfterMs, lease.retryAfterMs);
      }
      if (!busy) return undefined;
      if (Date.now() >= waitUntil) {
        if (hedge) return undefined;
        for (const [index, provider] of list.entries()) {
          if (tried.has(index)) continue;
          tried.add(index);
          reasons.push(`${provider.name}: at its concurrency limit`);
        }
        return undefined;
      }
      await sleep(retryAfterMs);
    }
  };

  let hedged = false;
  let retryable = false;
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) {
      if (!retryable || budgetReason !== undefined) break;
      await sleep(fullJitterDelay(round, ROUND_BACKOFF));
      tried = new Set();
      hedged = false;
      retryable = false;
    }
    const cached = await launch(false);
    if (cached) return cached;
    const answered = await settleRound();
    if (answered) return answered;
  }
  if (budgetReason !== undefined) return local(`token budget: ${budgetReason}`, spent);
  return local(reasons.join("; "), spent);

  /** Waits out the calls of one round (hedging the slow one), handing over to the next provider on a failure. */
  async function settleRound(): Promise<LlmTaskResult | undefined> {
    while (inFlight.size > 0) {
      const only = inFlight.size === 1 ? [...inFlight.values()][0] : undefined;
      const timer =
        only && !hedged && hedgeCeilingMs > 0 && tried.size < list.length
          ? sleep(Math.max(0, only.hedgeAt - Date.now())).then(() => "hedge" as const)
          : undefined;
      const settled = await Promise.race([...[...inFlight.values()].map((l) => l.done), ...(timer ? [timer] : [])]);
      if (settled === "hedge") {
        hedged = true;
        const cached = await launch(true);
        if (cached) return cached;
        continue;
      }
      inFlight.delete(settled.index);
      const provider = list[settled.index] as Provider;
      addSpent(settled);
      if (settled.kind === "ok") {
        // The twin, if any, is called off; its tokens are settled by its own call and counted below.
        for (const other of inFlight.values()) other.controller.abort();
        for (const other of inFlight.values()) addSpent(await other.done);
        return success(provider, settled.value);
      }
      if (settled.kind === "budget") budgetReason = settled.reason;
      else if (settled.kind === "skipped") continue;
      else {
        reasons.push(`${provider.name}: ${settled.reason}`);
        retryable ||= settled.retryable;
      }
      if (inFlight.size === 0 && budgetReason === undefined) {
        const cached = await launch(false);
        if (cached) return cached;
      }
    }
    return undefined;
  }
}

/** LLM_HEDGE_MS: how long a call may be out before a twin goes to the next provider; 0 turns hedging off. */
function hedgeDelayMs(env: Env): number {
  const raw = env.LLM_HEDGE_MS;
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : DEFAULT_HEDGE_MS;
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_HEDGE_MS;
}

/** Failures a second round may fix; a 429 is left to its breaker's Retry-After. */
const RETRYABLE: ReadonlySet<FailureCode> = new Set(["server", "timeout", "connection", "invalid_output"]);

type Spent = { usage: { tokensIn: number; tokensOut: number }; calls: number };
type Attempt = (
  | { kind: "ok"; value: unknown }
  /** `retryable`: another try may well succeed (a 5xx, a timeout, a dropped connection, output still invalid). */
  | { kind: "failed"; reason: string; retryable: boolean }
  | { kind: "budget"; reason: string }
  /** A call we called off (its twin answered first): nothing for its breaker. */
  | { kind: "skipped"; reason: string }
) &
  Spent;

/** What the gateway is told of a provider: its limits, and whether its breaker is on for this run. */
function limitsOf(provider: Provider, claim: Claimed): GatewayProvider {
  return {
    name: provider.name,
    maxConcurrency: provider.maxConcurrency,
    timeoutMs: provider.timeoutMs,
    breaker: claim.features.circuitBreakers,
  };
}

/** One call (with its repair) under a granted lease, within the run's budget; the lease is released after. */
async function callWithLease(
  env: Env,
  provider: Provider,
  lease: { lease: string; mode: OutputMode },
  claim: Claimed,
  taskPlan: Plan,
  estimate: number,
  budget: RunBudget,
  fetcher: typeof fetch | undefined,
  call: { signal: AbortSignal },
): Promise<Attempt> {
  const none = { tokensIn: 0, tokensOut: 0 };
  const gateway = env.PROVIDER_GATEWAY.getByName(provider.name);
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
          signal: call.signal,
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
        // A call we called off reports no usage, but the provider may bill the prompt it received: count it.
        if (failure.code === "cancelled")
          usage.tokensIn += estimateTokens(`${taskPlan.prompt.system}\n${taskPlan.prompt.user}`);
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
        if (failure.code === "cancelled") return { kind: "skipped", reason: failure.message, usage, calls };
        return {
          kind: "failed",
          reason: `${failure.code}${failure.status ? ` ${failure.status}` : ""}`,
          retryable: RETRYABLE.has(failure.code),
          usage,
          calls,
        };
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
