/**
 * Circuit breaker and adaptive concurrency for one provider — pure, so the ProviderGateway Durable Object only
 * stores state and every rule is unit tested.
 *
 * closed ──(≥ N failures, ≥ M% of ≥ K calls in the window; or C failures in a row; or a 429)──▶ open ──(cooldown or Retry-After)──▶ half-open
 * half-open ──(its one probe succeeds)──▶ closed;  ──(the probe fails)──▶ open, with a longer cooldown.
 *
 * Unlike gateways that read Retry-After only for a single deployment and have no half-open state: every 429's
 * Retry-After is read (the latest wins, the total wait is capped), and after any opening exactly one probe is
 * let through before traffic resumes.
 */
export type BreakerState = "closed" | "open" | "half_open";

export interface BreakerConfig {
  windowMs: number;
  /** Calls in the window before the failure rate is judged. */
  minCalls: number;
  /** Failures in the window that, with the ratio, open the breaker. */
  minFailures: number;
  failureRatio: number;
  /**
   * Failures in a row that open the breaker whatever the window holds: a provider that just went down fails every
   * call, but a busy minute of earlier successes would keep the ratio under the threshold for dozens of calls.
   */
  consecutiveFailures: number;
  /** First cooldown; doubles with each consecutive trip, up to the cap. */
  cooldownMs: number;
  maxCooldownMs: number;
  /** Longest a run of Retry-After values may keep the breaker open, from its first opening. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerConfig = {
  windowMs: 60_000,
  minCalls: 10,
  minFailures: 5,
  failureRatio: 0.5,
  consecutiveFailures: 5,
  cooldownMs: 5_000,
  maxCooldownMs: 120_000,
  maxRetryAfterMs: 300_000,
};

export interface Breaker {
  state: BreakerState;
  /** When it opened (first of a run of openings). */
  openedAt?: number;
  /** When an open breaker lets a probe through. */
  reopenAt?: number;
  /** Consecutive trips without a successful probe: grows the cooldown. */
  trips: number;
  /** The lease of the one probe a half-open breaker has let through. */
  probe?: string;
  /** Failures since the last success. */
  streak?: number;
}

export interface Call {
  at: number;
  ok: boolean;
}

export type Outcome =
  | { kind: "success" }
  | { kind: "failure"; rateLimited?: boolean; retryAfterMs?: number; timedOut?: boolean }
  /** Not the provider's fault (a 4xx other than 408/429, a cancelled call): neither success nor failure. */
  | { kind: "neutral" };

export const closedBreaker = (): Breaker => ({ state: "closed", trips: 0 });

/** Whether a call may go out now: through a closed breaker, as the half-open probe, or not before `reopenAt`. */
export function admit(
  b: Breaker,
  now: number,
): { admit: "closed" } | { admit: "probe" } | { admit: "open"; reopenAt: number } {
  if (b.state === "closed") return { admit: "closed" };
  if (b.state === "open" && b.reopenAt !== undefined && now >= b.reopenAt) return { admit: "probe" };
  if (b.state === "half_open" && b.probe === undefined) return { admit: "probe" };
  // A probe is out: others wait for its verdict (a short while, not the whole cooldown).
  return { admit: "open", reopenAt: b.state === "half_open" ? now + 1_000 : (b.reopenAt ?? now + 1_000) };
}

/** The probe's lease is recorded; the breaker is half-open until its outcome. */
export function startProbe(b: Breaker, lease: string): Breaker {
  return { ...b, state: "half_open", probe: lease };
}

function cooldown(trips: number, config: BreakerConfig): number {
  return Math.min(config.maxCooldownMs, config.cooldownMs * 2 ** Math.max(0, trips - 1));
}

function open(b: Breaker, now: number, config: BreakerConfig, retryAfterMs?: number): Breaker {
  const trips = b.trips + 1;
  const openedAt = b.state === "closed" || b.openedAt === undefined ? now : b.openedAt;
  // A run of Retry-After values may not keep the provider closed off forever: capped from the first opening.
  const reopenAt =
    retryAfterMs === undefined
      ? now + cooldown(trips, config)
      : Math.max(now, Math.min(now + retryAfterMs, openedAt + config.maxRetryAfterMs));
  return { state: "open", openedAt, reopenAt, trips };
}

/** The failure rate over the window says the provider is unhealthy. */
export function tripped(calls: readonly Call[], now: number, config: BreakerConfig): boolean {
  const recent = calls.filter((c) => c.at > now - config.windowMs);
  const failures = recent.filter((c) => !c.ok).length;
  return (
    recent.length >= config.minCalls &&
    failures >= config.minFailures &&
    failures / recent.length >= config.failureRatio
  );
}

/**
 * The breaker after a call's outcome. `calls` is the window including this call. `probe` says whether this call
 * was the half-open probe.
 */
export function afterCall(
  b: Breaker,
  outcome: Outcome,
  calls: readonly Call[],
  now: number,
  config: BreakerConfig,
  probe: boolean,
  /** Calls the provider may have in flight (the adaptive limit). */
  concurrency = 1,
): Breaker {
  if (outcome.kind === "neutral") return probe ? { ...b, state: "half_open", probe: undefined } : b;
  if (outcome.kind === "success") {
    if (probe || b.state === "half_open") return closedBreaker();
    return b.streak ? { ...b, streak: 0 } : b;
  }
  // Failure.
  const streak = (b.streak ?? 0) + 1;
  if (outcome.rateLimited) return open(b, now, config, outcome.retryAfterMs);
  if (probe || b.state === "half_open") return open(b, now, config);
  if (b.state === "open") return b;
  // With many calls in flight, failures that answer fast (a 5xx in 200 ms beside 1 s successes) arrive together:
  // a run of them must outlast a whole wave of concurrent calls before it says the provider is down.
  const streakToTrip = Math.max(config.consecutiveFailures, Math.ceil(concurrency));
  return tripped(calls, now, config) || streak >= streakToTrip ? open(b, now, config) : { ...b, streak };
}

/**
 * Additive increase, multiplicative decrease: a success raises the limit by 1/limit (about one per window of
 * successes), a 429 or a timeout halves it; always within [1, max]. Like TCP's one cut per window, a failure of a
 * call that was already out when the limit was last cut does not cut it again: the 32 calls in flight when a rate
 * limit starts all come back 429, and halving for each would take the limit to 1 for one event (measured under
 * `bench:load`: hundreds of successes to win it back, while tasks queued for the slot).
 */
export function adjustLimit(limit: number, outcome: Outcome, max: number, sentBeforeLastCut = false): number {
  if (outcome.kind === "success") return Math.min(max, limit + 1 / Math.max(1, limit));
  if (outcome.kind === "failure" && (outcome.rateLimited || outcome.timedOut) && !sentBeforeLastCut)
    return Math.max(1, limit / 2);
  return limit;
}

/** Retry-After in milliseconds from `retry-after-ms`, `retry-after` seconds, or `retry-after` as an HTTP date. */
export function parseRetryAfter(
  headers: { get(name: string): string | null } | undefined,
  now: number,
): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = headers.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
