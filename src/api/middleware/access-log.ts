import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

const RUN_ID = /\/v1\/runs\/([0-9a-f]{32})(?:\/|$)/;

/**
 * One structured line per request (Workers Logs): request id, method, the matched route pattern (not the raw
 * URL: query strings carry events tokens), status, latency, the run id when the route names one, and the key id.
 * Never a body, a header value, a key or a token — resumes and job descriptions are personal data (DESIGN §6).
 */
export function accessLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const runId = RUN_ID.exec(c.req.path)?.[1] ?? c.res.headers.get("Location")?.match(RUN_ID)?.[1];
      const principal = c.get("principal");
      console.log(
        JSON.stringify({
          event: "request",
          requestId: c.get("requestId"),
          method: c.req.method,
          route: c.req.routePath,
          status: failed ? 500 : c.res.status,
          latencyMs: Math.round(performance.now() - started),
          ...(runId ? { runId } : {}),
          ...(principal?.keyId ? { keyId: principal.keyId } : principal?.admin ? { keyId: "admin" } : {}),
        }),
      );
    }
  };
}
