import type { TaskMessage } from "../domain/task-message.ts";
import { TaskMessage as TaskMessageSchema } from "../domain/task-message.ts";
import { runLlmTask } from "../llm/run-task.ts";
import type { TaskReport } from "../run/coordinator.ts";
import { cacheKey, executeLocal, InjectedFault, LOCAL_ENGINE_VERSION } from "../run/executor.ts";
import type { Claimed, TaskOutput } from "../run/payloads.ts";
import { coordinatorFor } from "../run/stub.ts";
import { PermanentError } from "./errors.ts";

/** Cached task outputs live no longer than the runs that wrote them (retention). */
function cacheTtlSeconds(env: Env): number {
  const days = Number(env.RUN_RETENTION_DAYS) > 0 ? Number(env.RUN_RETENTION_DAYS) : 7;
  return Math.max(60, Math.floor(days * 86_400));
}

/**
 * One delivery from the `tasks` queue: claim the task from its run (stale deliveries — redeliveries, superseded
 * attempts, finished runs — are acked without running anything), run it on the engine the run asks for (served
 * from the KV cache when the same work was done before), and report the result or the failure to the run.
 * Failures of the task itself are reported, not thrown: the run decides about retries. Only a run that cannot
 * be reached throws, so the queue delivers the message again.
 */
export async function handleTaskMessage(env: Env, body: unknown): Promise<void> {
  const message = parseTaskMessage(body);
  const coordinator = coordinatorFor(env, message.runId);
  const claim = await coordinator.claim(message.taskId, message.attempt);
  if (claim.status === "stale") return;
  // Test-only: a dropped delivery is acked and forgotten, as if the queue lost it ("task" or "task@attempt").
  const drop = claim.faults?.drop ?? [];
  if (
    env.ALLOW_TEST_FAULTS === "true" &&
    (drop.includes(claim.taskId) || drop.includes(`${claim.taskId}@${claim.attempt}`))
  )
    return;
  if (env.ALLOW_TEST_FAULTS === "true" && claim.faults?.fail?.includes(claim.taskId)) {
    await coordinator.fail(message.taskId, message.attempt, {
      code: "InjectedFault",
      message: new InjectedFault(claim.taskId).message,
      retryable: false,
    });
    return;
  }
  let result: { output: TaskOutput; report: TaskReport };
  try {
    result = claim.engine === "llm" ? await runLlmTask(env, claim, coordinator) : await runLocalTask(env, claim);
  } catch (error) {
    await coordinator.fail(message.taskId, message.attempt, {
      code: error instanceof Error ? error.name : "error",
      message: error instanceof Error ? error.message : String(error),
      // A deterministic engine failing once fails again; the run moves it to its own fallback at once.
      retryable: false,
    });
    return;
  }
  await coordinator.complete(message.taskId, message.attempt, result.output, result.report);
}

/** A task on the local engine, served from the cache when the same work was done before. */
async function runLocalTask(env: Env, claim: Claimed): Promise<{ output: TaskOutput; report: TaskReport }> {
  const started = performance.now();
  // Caching off (the service's switch or the run's own): nothing of this run is read from or written to KV.
  const key = claim.features.cache
    ? await cacheKey(claim.payload, LOCAL_ENGINE_VERSION, claim.now, claim.owner)
    : undefined;
  const cached = key ? await readCache(env, key) : undefined;
  if (cached !== undefined) {
    return {
      output: cached,
      report: {
        latencyMs: performance.now() - started,
        cacheHit: true,
        ...(key ? { cacheKey: key } : {}),
        engine: "local",
      },
    };
  }
  const output = execute(env, claim);
  if (key) await env.CACHE.put(key, JSON.stringify(output), { expirationTtl: cacheTtlSeconds(env) }).catch(() => {});
  return {
    output,
    report: {
      latencyMs: performance.now() - started,
      cacheHit: false,
      ...(key ? { cacheKey: key } : {}),
      engine: "local",
    },
  };
}

function execute(env: Env, claim: Claimed): TaskOutput {
  const faults = env.ALLOW_TEST_FAULTS === "true" ? claim.faults : undefined;
  return executeLocal(claim.taskId, claim.payload, claim.now, faults);
}

async function readCache(env: Env, key: string): Promise<TaskOutput | undefined> {
  try {
    const value = await env.CACHE.get(key, "text");
    return value === null ? undefined : (JSON.parse(value) as TaskOutput);
  } catch {
    return undefined;
  }
}

/** One dead letter: the task exhausted its deliveries, so its run moves it to the local engine or fails it. */
export async function handleDeadLetter(env: Env, body: unknown): Promise<void> {
  const message = parseTaskMessage(body);
  await coordinatorFor(env, message.runId).fail(message.taskId, message.attempt, {
    code: "dead_lettered",
    message: "the queue gave up delivering this task",
    retryable: false,
  });
}

function parseTaskMessage(body: unknown): TaskMessage {
  const parsed = TaskMessageSchema.safeParse(body);
  if (!parsed.success) {
    // Retrying cannot fix a malformed body; acking it keeps it from cycling into the dead-letter queue.
    throw new PermanentError(`malformed task message: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return parsed.data;
}
