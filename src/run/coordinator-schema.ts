import type { SchemaStep } from "../storage/sql-schema.ts";

/**
 * RunCoordinator storage, one SQLite database per run. Version 1 holds the run's task table;
 * later issues add steps, never edit applied ones.
 */
export const COORDINATOR_SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE tasks (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('pending', 'ready', 'dispatched', 'succeeded', 'failed', 'skipped')),
        attempt     INTEGER NOT NULL DEFAULT 0,
        deadline_at INTEGER,
        error_code  TEXT,
        updated_at  INTEGER NOT NULL
      )`,
    ],
  },
];
