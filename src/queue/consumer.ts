import { DEFAULT_SETTLE, settleEach } from "./settle.ts";
import { handleDeadLetter, handleTaskMessage } from "./tasks.ts";

export const TASKS_QUEUE = "tasks";
export const DEAD_LETTER_QUEUE = "tasks-dlq";

/** The Worker's `queue()` handler: every batch is settled message by message and nothing escapes as a throw. */
export async function consumeBatch(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  switch (batch.queue) {
    case TASKS_QUEUE:
      return settleEach(batch, (m) => handleTaskMessage(env, m.body), DEFAULT_SETTLE);
    case DEAD_LETTER_QUEUE:
      return settleEach(batch, (m) => handleDeadLetter(env, m.body), DEFAULT_SETTLE);
    default:
      // A queue this Worker was never configured to consume: retrying here cannot help, so ack and say so.
      console.error(JSON.stringify({ event: "unknown_queue", queue: batch.queue, messages: batch.messages.length }));
      batch.ackAll();
  }
}
