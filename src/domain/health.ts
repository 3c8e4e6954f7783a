import { z } from "zod";

export const ComponentName = z.enum([
  "d1",
  "kv",
  "queue",
  "run_coordinator",
  "provider_gateway",
  "key_budget",
  "llm_config",
  "features",
]);
export type ComponentName = z.infer<typeof ComponentName>;

export const ComponentHealth = z
  .object({
    name: ComponentName,
    status: z.enum(["ok", "fail"]),
    latencyMs: z.number().nonnegative(),
    detail: z.string().optional(),
  })
  .meta({ id: "ComponentHealth" });
export type ComponentHealth = z.infer<typeof ComponentHealth>;

/** One configured LLM provider as its gateway sees it: informational, an open breaker is not an outage. */
export const ProviderHealth = z
  .object({
    name: z.string(),
    model: z.string(),
    state: z.enum(["closed", "open", "half_open", "unknown"]),
    reopenAt: z.iso.datetime().optional(),
    concurrencyLimit: z.number().optional(),
    inFlight: z.number().int().optional(),
    outputMode: z.enum(["json_schema", "json_object", "prompt"]).optional(),
    /** Since the gateway was created: leases granted (each one call), half-open probes, calls refused while open. */
    counters: z
      .object({
        leases: z.number().int(),
        probes: z.number().int(),
        refusedOpen: z.number().int(),
        trips: z.number().int(),
        successes: z.number().int(),
        failures: z.number().int(),
      })
      .optional(),
    detail: z.string().optional(),
  })
  .meta({ id: "ProviderHealth" });
export type ProviderHealth = z.infer<typeof ProviderHealth>;

export const HealthReport = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    components: z.array(ComponentHealth),
    /** The engine `auto` resolves to now. */
    engine: z.enum(["local", "llm"]),
    providers: z.array(ProviderHealth),
  })
  .meta({ id: "HealthReport" });
export type HealthReport = z.infer<typeof HealthReport>;
