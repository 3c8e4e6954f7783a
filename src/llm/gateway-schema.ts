import type { SchemaStep } from "../storage/sql-schema.ts";

/**
 * ProviderGateway storage, one SQLite database per provider. Breaker, budget and concurrency state arrive as
 * later steps; the list starts empty, so the object holds only its schema record (version 0) for now.
 */
export const GATEWAY_SCHEMA: readonly SchemaStep[] = [];
