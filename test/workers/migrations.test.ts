import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

async function columns(table: string): Promise<string[]> {
  const { results } = await env.DB.prepare(`PRAGMA table_info(${table})`).all<{ name: string }>();
  return results.map((r) => r.name);
}

async function plan(sql: string, ...params: unknown[]): Promise<string> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((r) => r.detail).join(" | ");
}

describe("D1 migrations", () => {
  it("create the run index with metadata columns only (no resume or job text)", async () => {
    expect(await columns("runs")).toEqual([
      "id",
      "owner",
      "status",
      "mode",
      "engine",
      "created_at",
      "updated_at",
      "finished_at",
      "score_before",
      "score_after",
      "degradation",
      "tokens_in",
      "tokens_out",
      "error_code",
    ]);
    expect(await columns("api_keys")).toEqual([
      "id",
      "name",
      "key_hash",
      "created_at",
      "revoked_at",
      "daily_token_budget",
    ]);
    expect(await columns("task_metrics")).toEqual([
      "run_id",
      "task_id",
      "kind",
      "engine",
      "provider",
      "status",
      "attempt",
      "latency_ms",
      "tokens_in",
      "tokens_out",
      "cache_hit",
      "created_at",
      "cost_usd",
      "llm_calls",
      "fallback_reason",
    ]);
  });

  it("reject values outside the domain", async () => {
    const insert = (status: string) =>
      env.DB.prepare(
        "INSERT INTO runs (id, owner, status, mode, engine, created_at, updated_at) VALUES (?, 'k', ?, 'tailor', 'local', 1, 1)",
      )
        .bind(`run-${status}`, status)
        .run();
    await expect(insert("succeeded")).resolves.toBeTruthy();
    await expect(insert("exploded")).rejects.toThrow(/CHECK constraint/);

    const key = (hash: string) =>
      env.DB.prepare("INSERT INTO api_keys (id, name, key_hash, created_at) VALUES (?, 'ci', ?, 1)")
        .bind(crypto.randomUUID(), hash)
        .run();
    await key("same-hash");
    await expect(key("same-hash")).rejects.toThrow(/UNIQUE/);
  });

  it("serve the design's queries from indexes", async () => {
    expect(await plan("SELECT * FROM runs WHERE owner = ? ORDER BY created_at DESC, id DESC LIMIT 20", "k")).toContain(
      "runs_owner_created",
    );
    expect(await plan("SELECT status, count(*) FROM runs WHERE created_at >= ? GROUP BY status", 0)).toContain(
      "runs_created_status",
    );
    expect(await plan("SELECT * FROM api_keys WHERE key_hash = ?", "h")).toContain("api_keys_key_hash");
    expect(
      await plan(
        "SELECT kind, engine, avg(latency_ms) FROM task_metrics WHERE created_at >= ? GROUP BY kind, engine",
        0,
      ),
    ).toContain("task_metrics_created_kind");
    expect(await plan("DELETE FROM task_metrics WHERE run_id = ?", "r")).toMatch(/PRIMARY KEY|autoindex/);
  });
});
