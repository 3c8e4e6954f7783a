import type { SchemaStep } from "../storage/sql-schema.ts";

/**
 * ProviderGateway storage, one SQLite database per provider: the breaker and concurrency limit (one row), the calls
 * of the rolling window, the leases out, and running totals for health and metrics.
 */
export const GATEWAY_SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE state (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        breaker    TEXT NOT NULL,
        limit_now  REAL NOT NULL,
        mode       TEXT NOT NULL DEFAULT 'json_schema',
        updated_at INTEGER NOT NULL
      )`,
      "CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, ok INTEGER NOT NULL, status INTEGER, latency_ms INTEGER NOT NULL)",
      "CREATE INDEX calls_at ON calls (at)",
      "CREATE TABLE leases (id TEXT PRIMARY KEY, acquired_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, probe INTEGER NOT NULL, tokens INTEGER NOT NULL)",
      "CREATE TABLE totals (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    ],
  },
  {
    // The provider's configured ceiling, kept with the adaptive limit so release() can apply it.
    version: 2,
    statements: ["ALTER TABLE state ADD COLUMN max_concurrency INTEGER NOT NULL DEFAULT 4"],
  },
  {
    // When the adaptive limit was last cut: calls already out then do not cut it again (one cut per window).
    version: 3,
    statements: ["ALTER TABLE state ADD COLUMN cut_at INTEGER NOT NULL DEFAULT 0"],
  },
];
