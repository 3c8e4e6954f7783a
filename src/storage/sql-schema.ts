/**
 * Versioned SQLite schema for Durable Objects (the cloudflare/agents pattern): each object records the schema
 * version it has reached, and its constructor applies the steps it has not run yet, in order, atomically.
 *
 * No Workers imports: the storage handle is described structurally so this runs against any SqlStorage.
 */
export interface SqlHandle {
  exec(query: string, ...bindings: unknown[]): { toArray(): Record<string, unknown>[] };
}

export interface SchemaStep {
  version: number;
  /** Statements run in order inside one transaction. */
  statements: string[];
}

export interface SchemaState {
  version: number;
  /** When this object's database was first created (epoch ms). */
  createdAt: number;
}

const VERSION_TABLE = "_schema";

/**
 * Applies every step above the stored version inside `transaction` and returns the state reached.
 * Steps must be listed with strictly increasing versions.
 */
export function migrateSchema(
  sql: SqlHandle,
  steps: readonly SchemaStep[],
  transaction: <T>(fn: () => T) => T,
  now: number = Date.now(),
): SchemaState {
  for (let i = 1; i < steps.length; i++) {
    if ((steps[i]?.version ?? 0) <= (steps[i - 1]?.version ?? 0)) {
      throw new Error(`schema steps must have increasing versions (step ${i})`);
    }
  }
  return transaction(() => {
    sql.exec(
      `CREATE TABLE IF NOT EXISTS ${VERSION_TABLE} (
        id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, created_at INTEGER NOT NULL)`,
    );
    sql.exec(`INSERT OR IGNORE INTO ${VERSION_TABLE} (id, version, created_at) VALUES (1, 0, ?)`, now);
    const before = readSchemaState(sql);
    let version = before.version;
    for (const step of steps) {
      if (step.version <= before.version) continue;
      for (const statement of step.statements) sql.exec(statement);
      version = step.version;
    }
    if (version !== before.version) sql.exec(`UPDATE ${VERSION_TABLE} SET version = ? WHERE id = 1`, version);
    return { version, createdAt: before.createdAt };
  });
}

export function readSchemaState(sql: SqlHandle): SchemaState {
  const row = sql.exec(`SELECT version, created_at FROM ${VERSION_TABLE} WHERE id = 1`).toArray()[0];
  return { version: Number(row?.version ?? 0), createdAt: Number(row?.created_at ?? 0) };
}
