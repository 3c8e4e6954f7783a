import { DurableObject } from "cloudflare:workers";
import { SchemaGate } from "../storage/open-schema.ts";
import { COORDINATOR_SCHEMA } from "./coordinator-schema.ts";

export interface PingReply {
  object: "RunCoordinator" | "ProviderGateway";
  schemaVersion: number;
  createdAt: number;
}

export type ClaimReply =
  | { status: "claimed"; kind: string }
  | { status: "stale"; reason: "unknown_task" | "superseded" | "not_dispatched" };

export interface FailReply {
  applied: boolean;
}

/**
 * One per run. Holds the run's input, task graph, results and events in its own SQLite database and coordinates
 * the run (DESIGN §2–3). This version starts, keeps its schema, and answers the queue consumers' claims and
 * failure reports idempotently; starting runs and dispatching their graphs is built on top of it.
 */
export class RunCoordinator extends DurableObject<Env> {
  readonly #schema: SchemaGate;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#schema = new SchemaGate(ctx, COORDINATOR_SCHEMA);
  }

  async ping(): Promise<PingReply> {
    const { version, createdAt } = this.#schema.ready();
    return { object: "RunCoordinator", schemaVersion: version, createdAt };
  }

  /**
   * A consumer delivering `attempt` of `taskId` asks whether to run it. Only the current attempt of a dispatched
   * task is claimed; anything else (unknown task, an older attempt, a task already settled) is stale, and the
   * consumer acks it without running anything.
   */
  async claim(taskId: string, attempt: number): Promise<ClaimReply> {
    this.#schema.ready();
    const row = this.ctx.storage.sql
      .exec<{ kind: string; state: string; attempt: number }>(
        "SELECT kind, state, attempt FROM tasks WHERE id = ?",
        taskId,
      )
      .toArray()[0];
    if (!row) return { status: "stale", reason: "unknown_task" };
    if (row.attempt !== attempt) return { status: "stale", reason: "superseded" };
    if (row.state !== "dispatched") return { status: "stale", reason: "not_dispatched" };
    return { status: "claimed", kind: row.kind };
  }

  /** Marks the task failed if `attempt` is still its current, dispatched attempt; late or duplicate reports are dropped. */
  async fail(taskId: string, attempt: number, code: string): Promise<FailReply> {
    this.#schema.ready();
    const cursor = this.ctx.storage.sql.exec(
      "UPDATE tasks SET state = 'failed', error_code = ?, updated_at = ? WHERE id = ? AND attempt = ? AND state = 'dispatched'",
      code,
      Date.now(),
      taskId,
      attempt,
    );
    return { applied: cursor.rowsWritten > 0 };
  }
}
