import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env.ts";

/**
 * CORS for the API, from ALLOWED_ORIGINS (comma-separated origins, e.g. "https://app.example.com"). Empty — the
 * default — means no other origin is allowed: the web app is served from the Worker's own origin and needs none.
 * Keys travel in the Authorization header, never cookies, so credentials are not allowed.
 */
export function corsFromEnv(): MiddlewareHandler<AppEnv> {
  const byList = new Map<string, MiddlewareHandler<AppEnv>>();
  return (c, next) => {
    const list = (c.env.ALLOWED_ORIGINS ?? "").trim();
    let handler = byList.get(list);
    if (!handler) {
      const allowed = new Set(
        list
          .split(",")
          .map((o) => o.trim().replace(/\/$/, ""))
          .filter(Boolean),
      );
      handler = cors({
        origin: (origin) => (allowed.has(origin) ? origin : null),
        allowMethods: ["GET", "POST", "DELETE", "OPTIONS"],
        allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID", "X-Events-Token"],
        exposeHeaders: ["X-Request-Id", "Retry-After", "Location"],
        maxAge: 600,
      });
      byList.set(list, handler);
    }
    return handler(c, next);
  };
}
