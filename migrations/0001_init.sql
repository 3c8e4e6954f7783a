-- Run index, API keys and task metrics. D1 holds metadata only: resume and job text live in the run's
-- Durable Object and are wiped with it at retention (DESIGN §6). Times are Unix epoch milliseconds.

CREATE TABLE runs (
  id           TEXT PRIMARY KEY,
  owner        TEXT NOT NULL,                       -- api_keys.id, or 'anonymous' in local development
  status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled')),
  mode         TEXT NOT NULL CHECK (mode IN ('tailor', 'analyze')),
  engine       TEXT NOT NULL CHECK (engine IN ('auto', 'local', 'llm')),
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  finished_at  INTEGER,
  score_before REAL,
  score_after  REAL,
  degradation  TEXT CHECK (degradation IN ('none', 'minor', 'moderate', 'severe')),
  tokens_in    INTEGER NOT NULL DEFAULT 0,
  tokens_out   INTEGER NOT NULL DEFAULT 0,
  error_code   TEXT
);

-- GET /v1/runs: the caller's runs, newest first, cursor (created_at, id). Also serves the per-key daily
-- token sum (owner + created_at range).
CREATE INDEX runs_owner_created ON runs (owner, created_at DESC, id DESC);
-- GET /v1/metrics?window=: counts by status and durations over a time window.
CREATE INDEX runs_created_status ON runs (created_at, status);

CREATE TABLE api_keys (
  id                 TEXT PRIMARY KEY,
  name               TEXT NOT NULL,
  key_hash           TEXT NOT NULL,                 -- hex SHA-256 of the key; the key itself is never stored
  created_at         INTEGER NOT NULL,
  revoked_at         INTEGER,
  daily_token_budget INTEGER CHECK (daily_token_budget IS NULL OR daily_token_budget >= 0)
);

-- Every authenticated request looks a key up by its hash.
CREATE UNIQUE INDEX api_keys_key_hash ON api_keys (key_hash);

CREATE TABLE task_metrics (
  run_id     TEXT NOT NULL,
  task_id    TEXT NOT NULL,
  kind       TEXT NOT NULL,
  engine     TEXT NOT NULL CHECK (engine IN ('local', 'llm')),
  provider   TEXT,
  status     TEXT NOT NULL CHECK (status IN ('succeeded', 'failed', 'retrying', 'fallback', 'cancelled')),
  attempt    INTEGER NOT NULL,
  latency_ms INTEGER NOT NULL,
  tokens_in  INTEGER NOT NULL DEFAULT 0,
  tokens_out INTEGER NOT NULL DEFAULT 0,
  cache_hit  INTEGER NOT NULL DEFAULT 0 CHECK (cache_hit IN (0, 1)),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (run_id, task_id, attempt)
);

-- GET /v1/metrics: task latency by kind and engine, tokens and cache hit rate over a window.
CREATE INDEX task_metrics_created_kind ON task_metrics (created_at, kind, engine);
-- Per-provider figures (fallbacks, calls) over a window.
CREATE INDEX task_metrics_provider_created ON task_metrics (provider, created_at) WHERE provider IS NOT NULL;
