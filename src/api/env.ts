import type { RequestIdVariables } from "hono/request-id";

/** Hono's environment for every route module: the Worker's bindings and the per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: RequestIdVariables;
}
