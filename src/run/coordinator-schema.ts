import type { SchemaStep } from "../storage/sql-schema.ts";

/**
 * RunCoordinator storage, one SQLite database per run: the run (one row), its tasks (each a graph node as JSON:
 * the graph module owns their shape), task outputs, the event log (seq is the stream position), the cache keys
 * the run wrote (deleted with it), and per-task metrics (copied to D1 when the run ends).
 */
export const COORDINATOR_SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE run (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        run_id       TEXT NOT NULL,
        owner        TEXT NOT NULL,
        mode         TEXT NOT NULL,
        engine       TEXT NOT NULL,
        status       TEXT NOT NULL,
        input        TEXT NOT NULL,
        input_hash   TEXT NOT NULL,
        faults       TEXT,
        progress     INTEGER NOT NULL DEFAULT 0,
        degradation  TEXT NOT NULL DEFAULT 'none',
        error_code   TEXT,
        error_message TEXT,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        finished_at  INTEGER,
        retention_at INTEGER
      )`,
      "CREATE TABLE tasks (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL)",
      "CREATE TABLE outputs (task_id TEXT PRIMARY KEY, output TEXT NOT NULL)",
      `CREATE TABLE events (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        type    TEXT NOT NULL,
        task_id TEXT,
        kind    TEXT,
        status  TEXT,
        percent INTEGER NOT NULL,
        message TEXT NOT NULL,
        at      TEXT NOT NULL
      )`,
      "CREATE TABLE cache_keys (key TEXT PRIMARY KEY)",
      `CREATE TABLE metrics (
        task_id    TEXT NOT NULL,
        kind       TEXT NOT NULL,
        engine     TEXT NOT NULL,
        provider   TEXT,
        status     TEXT NOT NULL,
        attempt    INTEGER NOT NULL,
        latency_ms INTEGER NOT NULL,
        tokens_in  INTEGER NOT NULL DEFAULT 0,
        tokens_out INTEGER NOT NULL DEFAULT 0,
        cache_hit  INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (task_id, attempt)
      )`,
    ],
  },
  {
    // The llm engine: a per-run token budget (reserved before a call, settled from the provider's usage after),
    // and per-call cost and fallbacks in the metrics.
    version: 2,
    statements: [
      "ALTER TABLE run ADD COLUMN engine_used TEXT NOT NULL DEFAULT 'local'",
      "ALTER TABLE run ADD COLUMN token_budget INTEGER NOT NULL DEFAULT 0",
      "ALTER TABLE run ADD COLUMN tokens_reserved INTEGER NOT NULL DEFAULT 0",
      "ALTER TABLE run ADD COLUMN tokens_spent INTEGER NOT NULL DEFAULT 0",
      "CREATE TABLE reservations (id TEXT PRIMARY KEY, task_id TEXT NOT NULL, tokens INTEGER NOT NULL, created_at INTEGER NOT NULL)",
      "ALTER TABLE metrics ADD COLUMN cost_usd REAL NOT NULL DEFAULT 0",
      "ALTER TABLE metrics ADD COLUMN llm_calls INTEGER NOT NULL DEFAULT 0",
      "ALTER TABLE metrics ADD COLUMN fallback TEXT",
    ],
  },
  {
    // The API key's daily budget (KeyBudget), checked beside the run's own on every reservation.
    version: 3,
    statements: [
      "ALTER TABLE run ADD COLUMN key_id TEXT",
      "ALTER TABLE run ADD COLUMN key_daily_budget INTEGER",
      "ALTER TABLE reservations ADD COLUMN key_hold TEXT",
    ],
  },
  {
    // The run's switches (src/config/features.ts), fixed when it starts.
    version: 4,
    statements: ["ALTER TABLE run ADD COLUMN features TEXT"],
  },
  {
    // Recovery and live streams. indexed_status: the status last written to D1's run index (NULL: never), so any
    // entry point can write a row a crash left missing or stale. stream_check_at: when the open event streams are
    // next checked (the owner's key still valid, their per-key leases renewed); NULL while none is open.
    version: 5,
    statements: [
      "ALTER TABLE run ADD COLUMN indexed_status TEXT",
      "ALTER TABLE run ADD COLUMN stream_check_at INTEGER",
    ],
  },
];
