import { z } from "zod";

export const ComponentName = z.enum(["d1", "kv", "queue", "run_coordinator", "provider_gateway"]);
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

export const HealthReport = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    components: z.array(ComponentHealth),
  })
  .meta({ id: "HealthReport" });
export type HealthReport = z.infer<typeof HealthReport>;
