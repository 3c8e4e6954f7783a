import { migrateSchema, type SchemaState, type SchemaStep } from "./sql-schema.ts";

/**
 * Brings a Durable Object's SQLite schema up to date before the object serves anything. A migration error is
 * caught inside `blockConcurrencyWhile` (so the input gate is not left broken) and kept: every later call gets
 * it from `ready()` instead of talking to a half-built database.
 */
export class SchemaGate {
  #state: SchemaState = { version: 0, createdAt: 0 };
  #error: unknown;
  readonly #ctx: DurableObjectState;
  readonly #steps: readonly SchemaStep[];

  constructor(ctx: DurableObjectState, steps: readonly SchemaStep[]) {
    this.#ctx = ctx;
    this.#steps = steps;
    void ctx.blockConcurrencyWhile(async () => this.#migrate());
  }

  #migrate(): void {
    try {
      this.#state = migrateSchema(this.#ctx.storage.sql, this.#steps, (fn) => this.#ctx.storage.transactionSync(fn));
      this.#error = undefined;
    } catch (error) {
      this.#error = error;
      console.error(JSON.stringify({ event: "schema_migration_failed", error: String(error) }));
    }
  }

  /** After `deleteAll()` the object is empty again: recreate the schema so the live instance keeps working. */
  rebuild(): void {
    this.#migrate();
  }

  /** The schema state reached; throws the startup error if migration failed. */
  ready(): SchemaState {
    if (this.#error !== undefined) throw this.#error;
    return this.#state;
  }
}
