import { DEFAULT_FEATURES, type Features } from "../domain/features.ts";
import type { Degradation } from "../domain/result.ts";
import type { RunEvent, RunEventType, RunStatus } from "../domain/run.ts";
import type { Task } from "./graph.ts";
import type { Faults } from "./payloads.ts";

export interface RunInput {
  resume: string | Record<string, unknown>;
  jobDescription: string;
}

export interface RunRow {
  runId: string;
  owner: string;
  mode: "tailor" | "analyze";
  engine: "auto" | "local" | "llm";
  /** What `auto` resolved to when the run started. */
  engineUsed: "local" | "llm";
  status: RunStatus;
  input: RunInput;
  inputHash: string;
  faults?: Faults;
  progress: number;
  degradation: Degradation;
  errorCode?: string;
  errorMessage?: string;
  createdAt: number;
  updatedAt: number;
  finishedAt?: number;
  retentionAt?: number;
  tokenBudget: number;
  tokensReserved: number;
  tokensSpent: number;
  /** The API key that started the run, when it has a daily token budget (held in its KeyBudget object). */
  keyBudget?: { keyId: string; dailyTokens: number };
  /** The switches the run started with. */
  features: Features;
  /** The status last written to D1's run index; undefined when no row was written yet. */
  indexedStatus?: RunStatus;
  /** When the open event streams are next checked; undefined while none is open. */
  streamCheckAt?: number;
}

export interface MetricRow {
  taskId: string;
  kind: string;
  engine: string;
  provider?: string;
  status: string;
  attempt: number;
  latencyMs: number;
  tokensIn: number;
  tokensOut: number;
  cacheHit: boolean;
  createdAt: number;
  costUsd: number;
  llmCalls: number;
  /** Why an llm task ran on the local engine, when it did. */
  fallback?: string;
}

type Row = Record<string, SqlStorageValue>;

const opt = <T>(value: SqlStorageValue | undefined, map: (v: SqlStorageValue) => T): T | undefined =>
  value === null || value === undefined ? undefined : map(value);

/** Typed access to a run's SQLite database. Synchronous, like the storage API: callers write, then act. */
export class RunStore {
  readonly #sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.#sql = sql;
  }

  run(): RunRow | undefined {
    const r = this.#sql.exec<Row>("SELECT * FROM run WHERE id = 1").toArray()[0];
    if (!r) return undefined;
    return {
      runId: String(r.run_id),
      owner: String(r.owner),
      mode: r.mode as RunRow["mode"],
      engine: r.engine as RunRow["engine"],
      status: r.status as RunStatus,
      input: JSON.parse(String(r.input)) as RunInput,
      inputHash: String(r.input_hash),
      faults: opt(r.faults, (v) => JSON.parse(String(v)) as Faults),
      progress: Number(r.progress),
      degradation: r.degradation as Degradation,
      errorCode: opt(r.error_code, String),
      errorMessage: opt(r.error_message, String),
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
      finishedAt: opt(r.finished_at, Number),
      retentionAt: opt(r.retention_at, Number),
      engineUsed: r.engine_used === "llm" ? "llm" : "local",
      tokenBudget: Number(r.token_budget ?? 0),
      tokensReserved: Number(r.tokens_reserved ?? 0),
      tokensSpent: Number(r.tokens_spent ?? 0),
      keyBudget:
        r.key_id !== null && r.key_id !== undefined && r.key_daily_budget !== null && r.key_daily_budget !== undefined
          ? { keyId: String(r.key_id), dailyTokens: Number(r.key_daily_budget) }
          : undefined,
      features: r.features
        ? { ...DEFAULT_FEATURES, ...(JSON.parse(String(r.features)) as Partial<Features>) }
        : DEFAULT_FEATURES,
      indexedStatus: opt(r.indexed_status, (v) => v as RunStatus),
      streamCheckAt: opt(r.stream_check_at, Number),
    };
  }

  createRun(row: Omit<RunRow, "tokensReserved" | "tokensSpent" | "indexedStatus" | "streamCheckAt">): void {
    this.#sql.exec(
      `INSERT INTO run (id, run_id, owner, mode, engine, engine_used, token_budget, status, input, input_hash, faults, progress, degradation, created_at, updated_at, key_id, key_daily_budget, features)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'none', ?, ?, ?, ?, ?)`,
      row.runId,
      row.owner,
      row.mode,
      row.engine,
      row.engineUsed,
      row.tokenBudget,
      row.status,
      JSON.stringify(row.input),
      row.inputHash,
      row.faults ? JSON.stringify(row.faults) : null,
      row.createdAt,
      row.updatedAt,
      row.keyBudget?.keyId ?? null,
      row.keyBudget?.dailyTokens ?? null,
      JSON.stringify(row.features),
    );
  }

  updateRun(
    fields: Partial<
      Pick<RunRow, "status" | "progress" | "degradation" | "errorCode" | "errorMessage" | "finishedAt" | "retentionAt">
    >,
    now: number,
  ): void {
    const columns: Record<string, string> = {
      status: "status",
      progress: "progress",
      degradation: "degradation",
      errorCode: "error_code",
      errorMessage: "error_message",
      finishedAt: "finished_at",
      retentionAt: "retention_at",
    };
    const sets: string[] = ["updated_at = ?"];
    const values: SqlStorageValue[] = [now];
    for (const [key, value] of Object.entries(fields)) {
      const column = columns[key];
      if (column === undefined || value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(value as SqlStorageValue);
    }
    this.#sql.exec(`UPDATE run SET ${sets.join(", ")} WHERE id = 1`, ...values);
  }

  /** Records the status D1's run index now holds (bookkeeping: `updated_at` stays). */
  markIndexed(status: RunStatus): void {
    this.#sql.exec("UPDATE run SET indexed_status = ? WHERE id = 1", status);
  }

  /** When the open streams are next checked, or undefined to stop checking (bookkeeping: `updated_at` stays). */
  setStreamCheck(at: number | undefined): void {
    this.#sql.exec("UPDATE run SET stream_check_at = ? WHERE id = 1", at ?? null);
  }

  tasks(): Task[] {
    return this.#sql
      .exec<{ data: string }>("SELECT data FROM tasks ORDER BY position")
      .toArray()
      .map((r) => JSON.parse(r.data) as Task);
  }

  task(id: string): Task | undefined {
    const row = this.#sql.exec<{ data: string }>("SELECT data FROM tasks WHERE id = ?", id).toArray()[0];
    return row ? (JSON.parse(row.data) as Task) : undefined;
  }

  saveTasks(tasks: readonly Task[]): void {
    for (const t of tasks) {
      this.#sql.exec(
        "INSERT INTO tasks (id, position, data) VALUES (?, (SELECT COUNT(*) FROM tasks), ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data",
        t.id,
        JSON.stringify(t),
      );
    }
  }

  output<T>(taskId: string): T | undefined {
    const row = this.#sql.exec<{ output: string }>("SELECT output FROM outputs WHERE task_id = ?", taskId).toArray()[0];
    return row ? (JSON.parse(row.output) as T) : undefined;
  }

  saveOutput(taskId: string, output: unknown): void {
    this.#sql.exec(
      "INSERT INTO outputs (task_id, output) VALUES (?, ?) ON CONFLICT (task_id) DO UPDATE SET output = excluded.output",
      taskId,
      JSON.stringify(output),
    );
  }

  appendEvent(
    runId: string,
    event: { type: RunEventType; taskId?: string; kind?: string; status?: string; percent: number; message: string },
    now: number,
  ): RunEvent {
    const at = new Date(now).toISOString();
    const cursor = this.#sql.exec<{ seq: number }>(
      "INSERT INTO events (type, task_id, kind, status, percent, message, at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq",
      event.type,
      event.taskId ?? null,
      event.kind ?? null,
      event.status ?? null,
      event.percent,
      event.message,
      at,
    );
    return { ...strip({ ...event }), seq: cursor.one().seq, runId, at };
  }

  events(since: number): RunEvent[] {
    const runId = this.run()?.runId ?? "";
    return this.#sql
      .exec<Row>("SELECT * FROM events WHERE seq > ? ORDER BY seq", since)
      .toArray()
      .map((r) =>
        strip({
          seq: Number(r.seq),
          type: r.type as RunEventType,
          runId,
          taskId: opt(r.task_id, String),
          kind: opt(r.kind, String),
          status: opt(r.status, String),
          percent: Number(r.percent),
          message: String(r.message),
          at: String(r.at),
        }),
      );
  }

  /**
   * Reserves `tokens` of the run's budget if they fit beside what is spent and reserved already. Returns the
   * reservation id, or undefined when the call must not be made. `run` is the row as the caller just read it.
   */
  reserve(run: RunRow, taskId: string, tokens: number, now: number): string | undefined {
    if (run.tokensSpent + run.tokensReserved + tokens > run.tokenBudget) return undefined;
    const id = crypto.randomUUID();
    this.#sql.exec(
      "INSERT INTO reservations (id, task_id, tokens, created_at) VALUES (?, ?, ?, ?)",
      id,
      taskId,
      tokens,
      now,
    );
    this.#sql.exec("UPDATE run SET tokens_reserved = tokens_reserved + ? WHERE id = 1", tokens);
    return id;
  }

  /** Records the key-budget hold taken alongside a reservation, so settling one settles both. */
  attachHold(reservation: string, hold: string): void {
    this.#sql.exec("UPDATE reservations SET key_hold = ? WHERE id = ?", hold, reservation);
  }

  /** Gives a reservation back unused (its call will not be made). */
  release(reservation: string): void {
    const row = this.#sql
      .exec<{ tokens: number }>("SELECT tokens FROM reservations WHERE id = ?", reservation)
      .toArray()[0];
    if (!row) return;
    this.#sql.exec("DELETE FROM reservations WHERE id = ?", reservation);
    this.#sql.exec("UPDATE run SET tokens_reserved = tokens_reserved - ? WHERE id = 1", row.tokens);
  }

  /**
   * Replaces a reservation by what the provider reported using. Settling twice changes nothing. Returns whether it
   * applied, and the key-budget hold to settle with it.
   */
  settle(reservation: string, used: number): { applied: boolean; keyHold?: string } {
    const row = this.#sql
      .exec<{ tokens: number; key_hold: string | null }>(
        "SELECT tokens, key_hold FROM reservations WHERE id = ?",
        reservation,
      )
      .toArray()[0];
    if (!row) return { applied: false };
    this.#sql.exec("DELETE FROM reservations WHERE id = ?", reservation);
    this.#sql.exec(
      "UPDATE run SET tokens_reserved = tokens_reserved - ?, tokens_spent = tokens_spent + ? WHERE id = 1",
      row.tokens,
      Math.max(0, Math.round(used)),
    );
    return row.key_hold ? { applied: true, keyHold: row.key_hold } : { applied: true };
  }

  rememberCacheKey(key: string): void {
    this.#sql.exec("INSERT OR IGNORE INTO cache_keys (key) VALUES (?)", key);
  }

  cacheKeys(): string[] {
    return this.#sql
      .exec<{ key: string }>("SELECT key FROM cache_keys")
      .toArray()
      .map((r) => r.key);
  }

  /** The engine (and provider) each succeeded task ran on, from its metrics. */
  taskEngines(): Map<string, { engine: string; provider?: string }> {
    const rows = this.#sql
      .exec<{ task_id: string; engine: string; provider: string | null }>(
        "SELECT task_id, engine, provider FROM metrics WHERE status = 'succeeded' ORDER BY attempt",
      )
      .toArray();
    return new Map(
      rows.map((r) => [r.task_id, r.provider ? { engine: r.engine, provider: r.provider } : { engine: r.engine }]),
    );
  }

  recordMetric(m: MetricRow): void {
    this.#sql.exec(
      `INSERT INTO metrics (task_id, kind, engine, provider, status, attempt, latency_ms, tokens_in, tokens_out, cache_hit, created_at, cost_usd, llm_calls, fallback)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id, attempt) DO NOTHING`,
      m.taskId,
      m.kind,
      m.engine,
      m.provider ?? null,
      m.status,
      m.attempt,
      Math.round(m.latencyMs),
      m.tokensIn,
      m.tokensOut,
      m.cacheHit ? 1 : 0,
      m.createdAt,
      m.costUsd,
      m.llmCalls,
      m.fallback ?? null,
    );
  }

  metrics(): MetricRow[] {
    return this.#sql
      .exec<Row>("SELECT * FROM metrics ORDER BY created_at")
      .toArray()
      .map((r) => ({
        taskId: String(r.task_id),
        kind: String(r.kind),
        engine: String(r.engine),
        provider: opt(r.provider, String),
        status: String(r.status),
        attempt: Number(r.attempt),
        latencyMs: Number(r.latency_ms),
        tokensIn: Number(r.tokens_in),
        tokensOut: Number(r.tokens_out),
        cacheHit: Number(r.cache_hit) === 1,
        createdAt: Number(r.created_at),
        costUsd: Number(r.cost_usd ?? 0),
        llmCalls: Number(r.llm_calls ?? 0),
        ...(r.fallback ? { fallback: String(r.fallback) } : {}),
      }));
  }
}

/** Drops undefined fields, so stored and streamed events compare equal. */
function strip<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}
