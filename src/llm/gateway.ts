import { DurableObject } from "cloudflare:workers";
import type { PingReply } from "../run/coordinator.ts";
import { SchemaGate } from "../storage/open-schema.ts";
import { GATEWAY_SCHEMA } from "./gateway-schema.ts";

/**
 * One per LLM provider (named by the provider). Every run's calls to that provider lease through it, so circuit
 * breaker, cooldown, adaptive concurrency and spend are shared state, not per-isolate guesses (DESIGN §7). This
 * version starts and keeps its schema; the breaker and budgets are built on it.
 */
export class ProviderGateway extends DurableObject<Env> {
  readonly #schema: SchemaGate;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#schema = new SchemaGate(ctx, GATEWAY_SCHEMA);
  }

  async ping(): Promise<PingReply> {
    const { version, createdAt } = this.#schema.ready();
    return { object: "ProviderGateway", schemaVersion: version, createdAt };
  }
}
