/**
 * Whether a failed message is worth delivering again. Thrown errors are walked down their `cause` chain: one
 * marked permanent anywhere means retrying cannot help (the message is acked and the failure reported);
 * Durable Object errors say `overloaded` when the object is shedding load, which deserves a longer wait.
 */
export class PermanentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentError";
  }
}

export type FailureClass = "permanent" | "overloaded" | "transient";

export function classifyFailure(error: unknown): FailureClass {
  let overloaded = false;
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current instanceof PermanentError) return "permanent";
    const flags = current as Error & { overloaded?: unknown; retryable?: unknown };
    if (flags.overloaded === true) overloaded = true;
    current = current.cause;
  }
  return overloaded ? "overloaded" : "transient";
}
