import { DurableObject } from "cloudflare:workers";
import type { PingReply } from "../run/coordinator.ts";
import { SchemaGate } from "../storage/open-schema.ts";
import type { SchemaStep } from "../storage/sql-schema.ts";

/** One SQLite database per API key: tokens spent and held, per UTC day, and the holds themselves. */
const KEY_BUDGET_SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    statements: [
      "CREATE TABLE days (day TEXT PRIMARY KEY, spent INTEGER NOT NULL DEFAULT 0, held INTEGER NOT NULL DEFAULT 0)",
      "CREATE TABLE holds (id TEXT PRIMARY KEY, day TEXT NOT NULL, tokens INTEGER NOT NULL, created_at INTEGER NOT NULL)",
    ],
  },
  {
    // The key's open event streams, across all its runs: a lease each, renewed by the run while the stream lasts.
    version: 2,
    statements: [
      "CREATE TABLE streams (id TEXT PRIMARY KEY, run_id TEXT NOT NULL, expires_at INTEGER NOT NULL)",
      "CREATE INDEX streams_expires ON streams (expires_at)",
    ],
  },
];

/**
 * How long a stream's lease lasts unless renewed. Runs renew their streams' leases every minute
 * (src/run/streams.ts), so a run whose object died frees its key's slots within this time.
 */
export const STREAM_LEASE_MS = 3 * 60_000;

/** Days kept for the usage report; older ones are dropped as new days start. */
const KEEP_DAYS = 8;

const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

interface DayUsage {
  day: string;
  spent: number;
  held: number;
}

/**
 * What one API key shares across all its runs, named by the key id (or "anonymous"):
 * - its daily LLM token budget: each call's estimate is held here (after the run's own budget agreed) and settled
 *   from the provider's reported usage, so concurrent runs cannot together spend past the day's budget. A hold
 *   whose consumer died stays held until the day ends: overcounting is the safe side.
 * - its open event streams: a lease per stream, so one key cannot hold more than its share of sockets across
 *   runs. A lease not renewed (its run's object died) lapses after STREAM_LEASE_MS.
 */
export class KeyBudget extends DurableObject<Env> {
  readonly #schema: SchemaGate;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#schema = new SchemaGate(ctx, KEY_BUDGET_SCHEMA);
  }

  async ping(): Promise<PingReply> {
    const { version, createdAt } = this.#schema.ready();
    return { object: "KeyBudget", schemaVersion: version, createdAt };
  }

  #day(day: string): DayUsage {
    const row = this.ctx.storage.sql
      .exec<{ spent: number; held: number }>("SELECT spent, held FROM days WHERE day = ?", day)
      .toArray()[0];
    return { day, spent: Number(row?.spent ?? 0), held: Number(row?.held ?? 0) };
  }

  /** Holds `tokens` of today's `limit` if they fit beside what is spent and held; else nothing is held. */
  async hold(limit: number, tokens: number): Promise<{ granted: boolean; hold?: string; remaining: number }> {
    this.#schema.ready();
    const now = Date.now();
    const day = utcDay(now);
    const usage = this.#day(day);
    const remaining = Math.max(0, limit - usage.spent - usage.held);
    if (tokens > remaining) return { granted: false, remaining };
    const id = crypto.randomUUID();
    this.ctx.storage.sql.exec(
      "INSERT INTO days (day, held) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET held = held + excluded.held",
      day,
      tokens,
    );
    this.ctx.storage.sql.exec(
      "INSERT INTO holds (id, day, tokens, created_at) VALUES (?, ?, ?, ?)",
      id,
      day,
      tokens,
      now,
    );
    const oldest = utcDay(now - KEEP_DAYS * 86_400_000);
    this.ctx.storage.sql.exec("DELETE FROM days WHERE day < ?", oldest);
    this.ctx.storage.sql.exec("DELETE FROM holds WHERE day < ?", oldest);
    return { granted: true, hold: id, remaining: remaining - tokens };
  }

  /** Replaces a hold by what was used, on the day it was taken. Settling twice changes nothing. */
  async settle(hold: string, used: number): Promise<void> {
    this.#schema.ready();
    const row = this.ctx.storage.sql
      .exec<{ day: string; tokens: number }>("SELECT day, tokens FROM holds WHERE id = ?", hold)
      .toArray()[0];
    if (!row) return;
    this.ctx.storage.sql.exec("DELETE FROM holds WHERE id = ?", hold);
    this.ctx.storage.sql.exec(
      "UPDATE days SET held = MAX(0, held - ?), spent = spent + ? WHERE day = ?",
      row.tokens,
      Math.max(0, Math.round(used)),
      row.day,
    );
  }

  /** A lease for one more stream, if the key has fewer than `max` open; expired leases are dropped first. */
  async openStream(id: string, runId: string, max: number): Promise<{ granted: boolean; open: number }> {
    this.#schema.ready();
    const now = Date.now();
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM streams WHERE expires_at <= ?", now);
    const open = Number(sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM streams").one().n);
    if (open >= max) return { granted: false, open };
    sql.exec(
      "INSERT INTO streams (id, run_id, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at",
      id,
      runId,
      now + STREAM_LEASE_MS,
    );
    return { granted: true, open: open + 1 };
  }

  /** Extends the leases of streams still open (one that lapsed meanwhile is taken again). */
  async renewStreams(ids: readonly string[], runId: string): Promise<void> {
    this.#schema.ready();
    const expires = Date.now() + STREAM_LEASE_MS;
    for (const id of ids) {
      this.ctx.storage.sql.exec(
        "INSERT INTO streams (id, run_id, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at",
        id,
        runId,
        expires,
      );
    }
  }

  async closeStreams(ids: readonly string[]): Promise<void> {
    this.#schema.ready();
    for (const id of ids) this.ctx.storage.sql.exec("DELETE FROM streams WHERE id = ?", id);
  }

  async usage(): Promise<DayUsage> {
    this.#schema.ready();
    return this.#day(utcDay(Date.now()));
  }
}
