import { TaskMessage } from "../domain/task-message.ts";
import { coordinatorFor } from "../run/stub.ts";
import { PermanentError } from "./errors.ts";

/**
 * One delivery from the `tasks` queue. The coordinator decides whether this delivery is still wanted (only the
 * current attempt of a dispatched task is); stale deliveries — redeliveries, superseded attempts — are acked
 * without running anything, which is what makes at-least-once delivery safe.
 */
export async function handleTaskMessage(env: Env, body: unknown): Promise<void> {
  const message = parseTaskMessage(body);
  const coordinator = coordinatorFor(env, message.runId);
  const claim = await coordinator.claim(message.taskId, message.attempt);
  if (claim.status === "stale") return;
  // No task kind has an executor in this Worker yet: fail the task in its run (so the run ends instead of
  // waiting) rather than retrying a delivery that cannot succeed.
  await coordinator.fail(message.taskId, message.attempt, "unsupported_task_kind");
  throw new PermanentError(`no executor for task kind "${claim.kind}"`);
}

/** One dead letter: the task exhausted its deliveries, so its run records it as failed and moves on. */
export async function handleDeadLetter(env: Env, body: unknown): Promise<void> {
  const message = parseTaskMessage(body);
  await coordinatorFor(env, message.runId).fail(message.taskId, message.attempt, "dead_lettered");
}

function parseTaskMessage(body: unknown): TaskMessage {
  const parsed = TaskMessage.safeParse(body);
  if (!parsed.success) {
    // Retrying cannot fix a malformed body; acking it keeps it from cycling into the dead-letter queue.
    throw new PermanentError(`malformed task message: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return parsed.data;
}
