import { DurableObject } from "cloudflare:workers";
import type { PingReply } from "../run/coordinator.ts";
import { SchemaGate } from "../storage/open-schema.ts";
import {
  adjustLimit,
  admit,
  afterCall,
  type Breaker,
  type BreakerConfig,
  type Call,
  closedBreaker,
  DEFAULT_BREAKER,
  type Outcome,
  startProbe,
} from "./breaker.ts";
import type { OutputMode } from "./client.ts";
import { GATEWAY_SCHEMA } from "./gateway-schema.ts";

export type AcquireReply =
  | {
      status: "granted";
      lease: string;
      probe: boolean;
      mode: OutputMode;
      /** The 95th percentile of the provider's recent successful calls, once there are enough to say (ms). */
      p95LatencyMs?: number;
    }
  /** The breaker is open: do not call before `reopenAt`. */
  | { status: "open"; reopenAt: number }
  /** At the concurrency limit: try again shortly. */
  | { status: "busy"; retryAfterMs: number };

export interface ReleaseReport {
  outcome: Outcome;
  latencyMs: number;
  status?: number;
  tokensIn: number;
  tokensOut: number;
}

export interface GatewaySnapshot {
  provider: string;
  state: Breaker["state"];
  reopenAt?: number;
  trips: number;
  limit: number;
  inFlight: number;
  mode: OutputMode;
  window: { calls: number; failures: number };
  totals: Record<string, number>;
}

/** What a caller tells the gateway about its provider (from LLM_PROVIDERS, which the caller has loaded). */
export interface GatewayProvider {
  name: string;
  maxConcurrency: number;
  timeoutMs: number;
  /** False (CIRCUIT_BREAKERS=off): admit whatever the breaker says; leases still cap concurrency. */
  breaker?: boolean;
}

interface GatewayState {
  breaker: Breaker;
  /** The adaptive concurrency limit, in [1, max]. */
  limit: number;
  mode: OutputMode;
  max: number;
  /** When the limit was last cut (epoch ms, 0 for never). */
  cutAt: number;
}

/** Extra time a lease lives past the provider's timeout (a repair round trip, slow consumers) before it is reclaimed. */
const LEASE_GRACE_MS = 10_000;

/**
 * One per LLM provider (named by it). Every call to the provider, from any run and any isolate, first takes a
 * lease here, so the breaker, the cooldowns, the Retry-After, the adaptive concurrency limit and the learned
 * structured-output mode are shared state in SQLite — surviving eviction — not per-isolate guesses.
 */
export class ProviderGateway extends DurableObject<Env> {
  readonly #schema: SchemaGate;
  /** The breaker thresholds: read once, as the env does not change for the life of the object. */
  readonly #config: BreakerConfig;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#schema = new SchemaGate(ctx, GATEWAY_SCHEMA);
    this.#config = breakerConfigFrom(env);
  }

  async ping(): Promise<PingReply> {
    const { version, createdAt } = this.#schema.ready();
    return { object: "ProviderGateway", schemaVersion: version, createdAt };
  }

  #state(now: number, maxConcurrency?: number): GatewayState {
    const row = this.ctx.storage.sql
      .exec<{ breaker: string; limit_now: number; mode: string; max_concurrency: number; cut_at: number }>(
        "SELECT breaker, limit_now, mode, max_concurrency, cut_at FROM state WHERE id = 1",
      )
      .toArray()[0];
    if (row) {
      const state: GatewayState = {
        breaker: JSON.parse(row.breaker) as Breaker,
        limit: row.limit_now,
        mode: row.mode as OutputMode,
        max: row.max_concurrency,
        cutAt: row.cut_at,
      };
      // The configured ceiling can change between deploys: the adaptive limit follows it down at once.
      if (maxConcurrency !== undefined && maxConcurrency !== state.max) {
        state.max = maxConcurrency;
        state.limit = Math.min(state.limit, maxConcurrency);
      }
      return state;
    }
    const max = maxConcurrency ?? 4;
    // Start at the configured ceiling (what the account is allowed): a run's parallel chunks should not queue
    // behind a cold limit. 429s and timeouts halve it; successes win it back one slot at a time.
    const initial: GatewayState = { breaker: closedBreaker(), limit: max, mode: "json_schema", max, cutAt: 0 };
    // Only a caller that knows the provider's limits (acquire) creates the state; a health snapshot does not.
    if (maxConcurrency !== undefined) this.#save(initial, now);
    return initial;
  }

  #save(state: GatewayState, now: number): void {
    this.ctx.storage.sql.exec(
      "INSERT INTO state (id, breaker, limit_now, mode, max_concurrency, cut_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET breaker = excluded.breaker, limit_now = excluded.limit_now, mode = excluded.mode, max_concurrency = excluded.max_concurrency, cut_at = excluded.cut_at, updated_at = excluded.updated_at",
      JSON.stringify(state.breaker),
      state.limit,
      state.mode,
      state.max,
      state.cutAt,
      now,
    );
  }

  #count(name: string, by = 1): void {
    this.ctx.storage.sql.exec(
      "INSERT INTO totals (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
      name,
      by,
    );
  }

  /** Leases past their expiry belong to consumers that died: they no longer count, and an expired probe frees the slot. */
  #reclaim(now: number, state: { breaker: Breaker }): void {
    const expired = this.ctx.storage.sql
      .exec<{ id: string }>("SELECT id FROM leases WHERE expires_at <= ?", now)
      .toArray();
    if (expired.length === 0) return;
    this.ctx.storage.sql.exec("DELETE FROM leases WHERE expires_at <= ?", now);
    this.#count("leases_reclaimed", expired.length);
    if (state.breaker.probe && expired.some((l) => l.id === state.breaker.probe)) {
      state.breaker = { ...state.breaker, probe: undefined };
    }
  }

  /** A lease to call the provider now, or why not. */
  async acquire(provider: GatewayProvider, estimatedTokens: number): Promise<AcquireReply> {
    this.#schema.ready();
    const now = Date.now();
    const state = this.#state(now, provider.maxConcurrency);
    this.#reclaim(now, state);
    const decision = provider.breaker === false ? ({ admit: "closed" } as const) : admit(state.breaker, now);
    if (decision.admit === "open") {
      this.#count("refused_open");
      this.#save(state, now);
      return { status: "open", reopenAt: decision.reopenAt };
    }
    const inFlight = Number(this.ctx.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM leases").one().n);
    const probe = decision.admit === "probe";
    if (!probe && inFlight >= Math.max(1, Math.floor(state.limit))) {
      this.#count("refused_busy");
      this.#save(state, now);
      return { status: "busy", retryAfterMs: 100 + Math.floor(Math.random() * 200) };
    }
    const lease = crypto.randomUUID();
    const { timeoutMs } = provider;
    this.ctx.storage.sql.exec(
      "INSERT INTO leases (id, acquired_at, expires_at, probe, tokens) VALUES (?, ?, ?, ?, ?)",
      lease,
      now,
      now + timeoutMs * 2 + LEASE_GRACE_MS,
      probe ? 1 : 0,
      Math.max(0, Math.round(estimatedTokens)),
    );
    if (probe) {
      state.breaker = startProbe(state.breaker, lease);
      this.#count("probes");
    }
    this.#count("leases");
    this.#save(state, now);
    this.ctx.storage.sql.exec(
      "INSERT INTO totals (name, value) VALUES ('peak_in_flight', ?) ON CONFLICT (name) DO UPDATE SET value = MAX(value, excluded.value)",
      inFlight + 1,
    );
    const p95LatencyMs = this.#p95Latency(now);
    return {
      status: "granted",
      lease,
      probe,
      mode: state.mode,
      ...(p95LatencyMs !== undefined ? { p95LatencyMs } : {}),
    };
  }

  /**
   * The 95th percentile latency of the successful calls in the breaker's window, from at least 20 of them: what
   * a caller hedges on ("The Tail at Scale": a second request once the first is slower than 95% of answers).
   */
  #p95Latency(now: number): number | undefined {
    const since = now - this.#config.windowMs;
    const n = Number(
      this.ctx.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM calls WHERE ok = 1 AND at > ?", since).one()
        .n,
    );
    if (n < 20) return undefined;
    const row = this.ctx.storage.sql
      .exec<{ latency_ms: number }>(
        "SELECT latency_ms FROM calls WHERE ok = 1 AND at > ? ORDER BY latency_ms LIMIT 1 OFFSET ?",
        since,
        Math.ceil(n * 0.95) - 1,
      )
      .toArray()[0];
    return row ? Number(row.latency_ms) : undefined;
  }

  /** The call made under `lease` is over: record it, move the breaker and the concurrency limit. */
  async release(lease: string, report: ReleaseReport): Promise<{ state: Breaker["state"] }> {
    this.#schema.ready();
    const now = Date.now();
    const state = this.#state(now);
    const held = this.ctx.storage.sql
      .exec<{ probe: number; acquired_at: number }>("SELECT probe, acquired_at FROM leases WHERE id = ?", lease)
      .toArray()[0];
    this.ctx.storage.sql.exec("DELETE FROM leases WHERE id = ?", lease);
    const probe = held?.probe === 1 || state.breaker.probe === lease;
    const config = this.#config;
    if (report.outcome.kind !== "neutral") {
      this.ctx.storage.sql.exec(
        "INSERT INTO calls (at, ok, status, latency_ms) VALUES (?, ?, ?, ?)",
        now,
        report.outcome.kind === "success" ? 1 : 0,
        report.status ?? null,
        Math.round(report.latencyMs),
      );
      this.ctx.storage.sql.exec("DELETE FROM calls WHERE at <= ?", now - config.windowMs);
    }
    const calls = this.ctx.storage.sql
      .exec<{ at: number; ok: number }>("SELECT at, ok FROM calls ORDER BY at")
      .toArray()
      .map((c): Call => ({ at: c.at, ok: c.ok === 1 }));
    const before = state.breaker.state;
    state.breaker = afterCall(state.breaker, report.outcome, calls, now, config, probe, state.limit);
    if (before !== "open" && state.breaker.state === "open") this.#count("trips");
    const limitBefore = state.limit;
    // A lease reclaimed or unknown counts as sent before the cut: the safe side is not to cut twice.
    const sentBeforeLastCut = held === undefined || held.acquired_at < state.cutAt;
    state.limit = adjustLimit(state.limit, report.outcome, state.max, sentBeforeLastCut);
    if (state.limit < limitBefore) state.cutAt = now;
    this.#count(
      report.outcome.kind === "success" ? "successes" : report.outcome.kind === "failure" ? "failures" : "neutral",
    );
    this.#count("tokens_in", report.tokensIn);
    this.#count("tokens_out", report.tokensOut);
    this.#save(state, now);
    return { state: state.breaker.state };
  }

  /** The provider rejected the structured-output mode: remember the next simpler one for every later call. */
  async downgrade(from: OutputMode): Promise<OutputMode> {
    this.#schema.ready();
    const now = Date.now();
    const state = this.#state(now);
    if (state.mode === from) state.mode = from === "json_schema" ? "json_object" : "prompt";
    this.#save(state, now);
    return state.mode;
  }

  async snapshot(provider: string): Promise<GatewaySnapshot> {
    this.#schema.ready();
    const now = Date.now();
    const state = this.#state(now);
    const breaker = this.#config;
    const window = this.ctx.storage.sql
      .exec<{ n: number; f: number }>(
        "SELECT COUNT(*) AS n, COALESCE(SUM(1 - ok), 0) AS f FROM calls WHERE at > ?",
        now - breaker.windowMs,
      )
      .one();
    const inFlight = Number(
      this.ctx.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM leases WHERE expires_at > ?", now).one().n,
    );
    const totals = Object.fromEntries(
      this.ctx.storage.sql
        .exec<{ name: string; value: number }>("SELECT name, value FROM totals")
        .toArray()
        .map((r) => [r.name, Number(r.value)]),
    );
    const snapshot: GatewaySnapshot = {
      provider,
      state:
        admit(state.breaker, now).admit === "probe" && state.breaker.state === "open"
          ? "half_open"
          : state.breaker.state,
      trips: state.breaker.trips,
      limit: Math.round(state.limit * 100) / 100,
      inFlight,
      mode: state.mode,
      window: { calls: Number(window.n), failures: Number(window.f) },
      totals,
    };
    if (state.breaker.reopenAt !== undefined && state.breaker.state !== "closed")
      snapshot.reopenAt = state.breaker.reopenAt;
    return snapshot;
  }
}

/** The breaker thresholds: the defaults, or the BREAKER_CONFIG var's overrides (a malformed one keeps the defaults). */
function breakerConfigFrom(env: Env): BreakerConfig {
  const overrides = (env as unknown as Record<string, unknown>).BREAKER_CONFIG;
  if (typeof overrides !== "string" || overrides.trim() === "") return DEFAULT_BREAKER;
  try {
    return { ...DEFAULT_BREAKER, ...(JSON.parse(overrides) as Partial<BreakerConfig>) };
  } catch {
    return DEFAULT_BREAKER;
  }
}
