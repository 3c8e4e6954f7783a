import { z } from "zod";

/**
 * A message on the `tasks` queue (and, after max_retries, on `tasks-dlq`). Ids only: the payload stays in the
 * run's Durable Object, because queue messages are capped at 128 KB and resumes are not.
 */
export const TaskMessage = z
  .object({
    runId: z.string().min(1).max(128),
    taskId: z.string().min(1).max(256),
    attempt: z.number().int().nonnegative(),
  })
  .strict();
export type TaskMessage = z.infer<typeof TaskMessage>;
