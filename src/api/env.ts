import type { RequestIdVariables } from "hono/request-id";

/** Who is calling, as the auth middleware (src/api/middleware/auth.ts) established it. */
export interface Principal {
  /** What `runs.owner` holds for this caller: the API key's id, or "anonymous" where anonymous use is allowed. */
  owner: string;
  /** The API key's id, when the caller presented one. */
  keyId?: string;
  /** Presented the ADMIN_TOKEN: may manage keys and read every key's metrics. */
  admin: boolean;
  /** The key's daily LLM token budget (api_keys.daily_token_budget); null when it has none. */
  dailyTokenBudget: number | null;
}

/** Hono's environment for every route module: the Worker's bindings and the per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: RequestIdVariables & { principal: Principal };
}
