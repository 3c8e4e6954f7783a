import { fullJitterDelay } from "./backoff.ts";
import { classifyFailure } from "./errors.ts";

export interface SettleOptions {
  /** Backoff window for transient failures, in milliseconds. */
  baseMs: number;
  capMs: number;
  /** Overloaded targets wait at least this long before the next delivery. */
  overloadedFloorMs: number;
  random?: () => number;
}

export const DEFAULT_SETTLE: SettleOptions = { baseMs: 1_000, capMs: 60_000, overloadedFloorMs: 10_000 };

/**
 * Runs `handle` for every message of a batch and settles each one on its own: ack on success or on a permanent
 * failure, retry with full-jitter backoff otherwise. It never throws: a throw from `queue()` would make the
 * platform redeliver the whole batch, including messages already acked (seen with local Queues).
 */
export async function settleEach<Body>(
  batch: MessageBatch<Body>,
  handle: (message: Message<Body>) => Promise<void>,
  options: SettleOptions = DEFAULT_SETTLE,
): Promise<void> {
  await Promise.all(
    batch.messages.map(async (message) => {
      try {
        await handle(message);
        message.ack();
      } catch (error) {
        const kind = classifyFailure(error);
        if (kind === "permanent") {
          logFailure(batch.queue, message, error, kind, null);
          message.ack();
          return;
        }
        const jitter = fullJitterDelay(message.attempts, options, options.random);
        const delayMs = kind === "overloaded" ? Math.max(options.overloadedFloorMs, jitter) : jitter;
        const delaySeconds = Math.ceil(delayMs / 1000);
        logFailure(batch.queue, message, error, kind, delaySeconds);
        message.retry({ delaySeconds });
      }
    }),
  );
}

function logFailure(queue: string, message: Message<unknown>, error: unknown, kind: string, retryIn: number | null) {
  // Message ids and attempt counts only: bodies may name runs but never carry resume or job text.
  console.warn(
    JSON.stringify({
      event: retryIn === null ? "queue_message_dropped" : "queue_message_retry",
      queue,
      messageId: message.id,
      attempts: message.attempts,
      failure: kind,
      retryInSeconds: retryIn,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    }),
  );
}
