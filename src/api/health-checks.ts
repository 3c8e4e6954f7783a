import { featuresFrom } from "../config/features.ts";
import type { ComponentHealth, ComponentName, ProviderHealth } from "../domain/health.ts";
import { loadProviders } from "../llm/config.ts";

/** How long one component may take before health reports it failed; a hung binding must not hang the probe. */
export const CHECK_TIMEOUT_MS = 3_000;

type Check = (env: Env) => Promise<void>;

const CHECKS: Record<ComponentName, Check> = {
  async d1(env) {
    const row = await env.DB.prepare("SELECT 1 AS ok").first<{ ok: number }>();
    if (row?.ok !== 1) throw new Error("SELECT 1 returned no row");
  },
  async kv(env) {
    // A read of a key that is never written: it proves the namespace answers without storing anything.
    await env.CACHE.get("health:probe");
  },
  async queue(env) {
    // Producers have no read or ping operation, and sending a probe message would put work on the queue on
    // every health check; the binding being wired with its send methods is what can be checked.
    if (typeof env.TASKS?.send !== "function" || typeof env.TASKS.sendBatch !== "function") {
      throw new Error("TASKS producer binding is missing");
    }
  },
  async run_coordinator(env) {
    await env.RUN_COORDINATOR.getByName("health").ping();
  },
  async provider_gateway(env) {
    await env.PROVIDER_GATEWAY.getByName("health").ping();
  },
  async key_budget(env) {
    await env.KEY_BUDGET.getByName("health").ping();
  },
  // A provider list that does not validate (or names a secret that is not set) would send every llm run to the
  // local engine without anyone noticing: it fails health instead.
  // A switch with a value it does not understand keeps its default: health says which, so it gets fixed.
  async features(env) {
    const { errors } = featuresFrom(env as unknown as Record<string, unknown>);
    if (errors.length > 0) throw new Error(errors.join("; "));
  },
  async llm_config(env) {
    const providers = loadProviders(env);
    if (!providers.ok) throw new Error(providers.error);
  },
};

/** Each configured provider's breaker, concurrency limit and output mode, as its gateway holds them. */
export async function providerHealth(env: Env, timeoutMs = CHECK_TIMEOUT_MS): Promise<ProviderHealth[]> {
  const providers = loadProviders(env);
  if (!providers.ok) return [];
  return Promise.all(
    providers.providers.map(async (p): Promise<ProviderHealth> => {
      try {
        const s = await withTimeout(env.PROVIDER_GATEWAY.getByName(p.name).snapshot(p.name), timeoutMs);
        return {
          name: p.name,
          model: p.model,
          state: s.state,
          ...(s.reopenAt !== undefined ? { reopenAt: new Date(s.reopenAt).toISOString() } : {}),
          concurrencyLimit: s.limit,
          inFlight: s.inFlight,
          outputMode: s.mode,
          counters: {
            leases: s.totals.leases ?? 0,
            probes: s.totals.probes ?? 0,
            refusedOpen: s.totals.refused_open ?? 0,
            trips: s.totals.trips ?? 0,
            successes: s.totals.successes ?? 0,
            failures: s.totals.failures ?? 0,
          },
        };
      } catch (error) {
        return { name: p.name, model: p.model, state: "unknown", detail: describe(error) };
      }
    }),
  );
}

export async function checkComponents(env: Env, timeoutMs = CHECK_TIMEOUT_MS): Promise<ComponentHealth[]> {
  const names = Object.keys(CHECKS) as ComponentName[];
  return Promise.all(names.map((name) => runCheck(name, CHECKS[name], env, timeoutMs)));
}

async function runCheck(name: ComponentName, check: Check, env: Env, timeoutMs: number): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    await withTimeout(check(env), timeoutMs);
    return { name, status: "ok", latencyMs: elapsed(started) };
  } catch (error) {
    return { name, status: "fail", latencyMs: elapsed(started), detail: describe(error) };
  }
}

/** `work`, or a rejection once `ms` have passed without its answer (a binding that hangs must not hang health). */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

const elapsed = (started: number) => Math.round(performance.now() - started);

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
