import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { migrateSchema, readSchemaState, type SchemaStep, type SqlHandle } from "../../src/storage/sql-schema.ts";

/** node:sqlite behind the same structural handle a Durable Object's `ctx.storage.sql` satisfies. */
function open() {
  const db = new DatabaseSync(":memory:");
  const sql: SqlHandle = {
    exec(query, ...bindings) {
      const statement = db.prepare(query);
      const args = bindings as never[];
      if (/^\s*(SELECT|PRAGMA|WITH)\b/i.test(query)) {
        const rows = statement.all(...args) as Record<string, unknown>[];
        return { toArray: () => rows };
      }
      statement.run(...args);
      return { toArray: () => [] };
    },
  };
  const transaction = <T>(fn: () => T): T => {
    db.exec("BEGIN");
    try {
      const result = fn();
      db.exec("COMMIT");
      return result;
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  };
  return { db, sql, transaction };
}

const v1: SchemaStep = { version: 1, statements: ["CREATE TABLE a (x INTEGER)"] };
const v2: SchemaStep = { version: 2, statements: ["ALTER TABLE a ADD COLUMN y TEXT", "CREATE TABLE b (z INTEGER)"] };

describe("migrateSchema", () => {
  it("applies every step on a new database and records the version and creation time", () => {
    const { sql, transaction } = open();
    expect(migrateSchema(sql, [v1, v2], transaction, 1234)).toEqual({ version: 2, createdAt: 1234 });
    expect(readSchemaState(sql)).toEqual({ version: 2, createdAt: 1234 });
    sql.exec("INSERT INTO a (x, y) VALUES (1, 'ok')");
  });

  it("applies only the steps it has not run, and keeps the original creation time", () => {
    const { sql, transaction } = open();
    migrateSchema(sql, [v1], transaction, 1);
    sql.exec("INSERT INTO a (x) VALUES (7)");
    expect(migrateSchema(sql, [v1, v2], transaction, 999)).toEqual({ version: 2, createdAt: 1 });
    expect(sql.exec("SELECT x, y FROM a").toArray()).toEqual([{ x: 7, y: null }]);
    // Running again is a no-op.
    expect(migrateSchema(sql, [v1, v2], transaction, 5)).toEqual({ version: 2, createdAt: 1 });
  });

  it("rolls a failing step back entirely, leaving the previous version intact", () => {
    const { sql, transaction } = open();
    migrateSchema(sql, [v1], transaction, 1);
    const broken: SchemaStep = { version: 2, statements: ["CREATE TABLE c (q INTEGER)", "THIS IS NOT SQL"] };
    expect(() => migrateSchema(sql, [v1, broken], transaction, 2)).toThrow();
    expect(readSchemaState(sql).version).toBe(1);
    expect(sql.exec("SELECT name FROM sqlite_master WHERE name = 'c'").toArray()).toEqual([]);
  });

  it("refuses steps that are not in increasing order", () => {
    const { sql, transaction } = open();
    expect(() => migrateSchema(sql, [v2, v1], transaction)).toThrow(/increasing versions/);
  });
});
