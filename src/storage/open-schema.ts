import { migrateSchema, type SchemaState, type SchemaStep } from "./sql-schema.ts";

/**
 * Brings a Durable Object's SQLite schema up to date before the object serves anything. A migration error is
 * caught inside `blockConcurrencyWhile` (so the input gate is not left broken) and kept: every later call gets
 * it from `ready()` instead of talking to a half-built database.
 */
export class SchemaGate {
  #state: SchemaState = { version: 0, createdAt: 0 };
  #error: unknown;

  constructor(ctx: DurableObjectState, steps: readonly SchemaStep[]) {
    void ctx.blockConcurrencyWhile(async () => {
      try {
        this.#state = migrateSchema(ctx.storage.sql, steps, (fn) => ctx.storage.transactionSync(fn));
      } catch (error) {
        this.#error = error;
        console.error(JSON.stringify({ event: "schema_migration_failed", error: String(error) }));
      }
    });
  }

  /** The schema state reached; throws the startup error if migration failed. */
  ready(): SchemaState {
    if (this.#error !== undefined) throw this.#error;
    return this.#state;
  }
}
