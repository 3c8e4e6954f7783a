import { z } from "zod";

/** The service's switches (src/config/features.ts reads them from the environment and documents each). */
export const Features = z.object({
  parallelism: z.int().min(1).max(32),
  chunking: z.boolean(),
  sectionAnalyzers: z.boolean(),
  requirementsExtractor: z.enum(["auto", "local"]),
  circuitBreakers: z.boolean(),
  cache: z.boolean(),
});
export type Features = z.infer<typeof Features>;

export const DEFAULT_FEATURES: Features = {
  parallelism: 8,
  chunking: true,
  sectionAnalyzers: true,
  requirementsExtractor: "auto",
  circuitBreakers: true,
  cache: true,
};

/** What a run may ask for in `options.features`: only switches it can safely turn down for itself. */
export const RunFeatures = z
  .object({
    parallelism: z.int().min(1).max(32).optional(),
    chunking: z.boolean().optional(),
    sectionAnalyzers: z.boolean().optional(),
    requirementsExtractor: z.enum(["auto", "local"]).optional(),
    cache: z.boolean().optional(),
  })
  .strict()
  .meta({ id: "RunFeatures" });
export type RunFeatures = z.infer<typeof RunFeatures>;
