-- What GET /v1/metrics needs beyond 0001's task_metrics: each attempt's cost and model calls, and, when it ran on
-- the local engine instead of where its run asked, why — as a class, not the engine's reason text (which carries
-- provider errors; D1 keeps metadata only): 'queue_attempts_exhausted', 'token_budget', 'no_provider',
-- 'provider_config' or 'providers_failed' (src/domain/metrics.ts fallbackReason). The RunCoordinator holds all
-- three in its own SQLite and copies them here when the run ends. Rows written before this migration read 0, 0, NULL.
-- No CHECK constraints: these rows go in one D1 batch with the run's index row, and one rejected metric would roll
-- the whole batch back.

ALTER TABLE task_metrics ADD COLUMN cost_usd REAL NOT NULL DEFAULT 0;
ALTER TABLE task_metrics ADD COLUMN llm_calls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_metrics ADD COLUMN fallback_reason TEXT;
