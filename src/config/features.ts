import { z } from "zod";
import { DEFAULT_FEATURES, type Features, type RunFeatures } from "../domain/features.ts";

export { DEFAULT_FEATURES, type Features, type RunFeatures };

/**
 * The service's switches, from [vars] (wrangler.toml), each with a working off position:
 *
 * | var                    | values          | off means                                                        |
 * |------------------------|-----------------|------------------------------------------------------------------|
 * | RUN_PARALLELISM        | 1–32 (8)        | 1: a run's queue tasks go one at a time                          |
 * | CHUNKING               | on / off        | one analysis chunk per resume section, however long              |
 * | SECTION_ANALYZERS      | on / off        | no per-section analyses (score, evidence and tailoring stay)     |
 * | REQUIREMENTS_EXTRACTOR | auto / local    | local: code alone extracts requirements, even on the llm engine |
 * | CIRCUIT_BREAKERS       | on / off        | providers are called whatever their failures (leases still cap) |
 * | CACHING                | on / off        | no task output or model answer is read from or written to KV     |
 *
 * A run may turn its own switches down (`options.features`), never up: fewer tasks in flight, no chunking, no
 * section analyses, code-only requirements, no caching of its data. Breakers are shared state and stay global.
 */
const onOff = (name: string) =>
  z.enum(["on", "off"], { error: `${name} must be "on" or "off"` }).transform((v) => v === "on");

const Vars = z.object({
  RUN_PARALLELISM: z.coerce.number().pipe(z.int().min(1).max(32)).optional(),
  CHUNKING: onOff("CHUNKING").optional(),
  SECTION_ANALYZERS: onOff("SECTION_ANALYZERS").optional(),
  REQUIREMENTS_EXTRACTOR: z.enum(["auto", "local"]).optional(),
  CIRCUIT_BREAKERS: onOff("CIRCUIT_BREAKERS").optional(),
  CACHING: onOff("CACHING").optional(),
});

/**
 * The switches from the environment. A value that does not parse keeps its default and is reported (health says
 * so) rather than failing requests.
 */
export function featuresFrom(env: Record<string, unknown>): { features: Features; errors: string[] } {
  const features = { ...DEFAULT_FEATURES };
  const errors: string[] = [];
  const pick = (name: keyof z.infer<typeof Vars>) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const parsed = Vars.shape[name].safeParse(typeof raw === "string" ? raw.trim() : raw);
    if (!parsed.success) {
      errors.push(`${name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      return undefined;
    }
    return parsed.data;
  };
  const parallelism = pick("RUN_PARALLELISM");
  if (typeof parallelism === "number") features.parallelism = parallelism;
  const chunking = pick("CHUNKING");
  if (typeof chunking === "boolean") features.chunking = chunking;
  const sections = pick("SECTION_ANALYZERS");
  if (typeof sections === "boolean") features.sectionAnalyzers = sections;
  const extractor = pick("REQUIREMENTS_EXTRACTOR");
  if (extractor === "auto" || extractor === "local") features.requirementsExtractor = extractor;
  const breakers = pick("CIRCUIT_BREAKERS");
  if (typeof breakers === "boolean") features.circuitBreakers = breakers;
  const cache = pick("CACHING");
  if (typeof cache === "boolean") features.cache = cache;
  return { features, errors };
}

/** A run's switches: the service's, turned down where the run asked. */
export function forRun(global: Features, asked: RunFeatures | undefined): Features {
  if (!asked) return global;
  return {
    parallelism: Math.min(global.parallelism, asked.parallelism ?? global.parallelism),
    chunking: global.chunking && (asked.chunking ?? true),
    sectionAnalyzers: global.sectionAnalyzers && (asked.sectionAnalyzers ?? true),
    requirementsExtractor: asked.requirementsExtractor === "local" ? "local" : global.requirementsExtractor,
    circuitBreakers: global.circuitBreakers,
    cache: global.cache && (asked.cache ?? true),
  };
}
