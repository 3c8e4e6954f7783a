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
];

/** Days kept for the usage report; older ones are dropped as new days start. */
const KEEP_DAYS = 8;

const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

interface DayUsage {
  day: string;
  spent: number;
  held: number;
}

/**
 * A key's daily LLM token budget, shared by every run the key starts: each call's estimate is held here (after the
 * run's own budget agreed) and settled from the provider's reported usage, so concurrent runs cannot together
 * spend past the day's budget. Named by the key id. A hold whose consumer died stays held until the day ends:
 * overcounting is the safe side.
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

  async usage(): Promise<DayUsage> {
    this.#schema.ready();
    return this.#day(utcDay(Date.now()));
  }
}
