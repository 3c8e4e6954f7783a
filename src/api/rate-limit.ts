import type { Context } from "hono";
import type { AppEnv } from "./env.ts";
import { ProblemError } from "./problem.ts";

/**
 * The caller's address for per-IP limits: Cloudflare sets CF-Connecting-IP on every request it proxies (and
 * replaces one a client sent). Without it (a local `wrangler dev` reached directly) every caller shares one bucket.
 */
export const clientIp = (c: Context<AppEnv>): string => c.req.header("CF-Connecting-IP") ?? "local";

/** 429 `rate_limited`; the rate-limiting binding counts in fixed periods and does not say when one ends. */
export const tooManyRequests = (detail: string, retryAfterSeconds: number): ProblemError =>
  new ProblemError({
    status: 429,
    code: "rate_limited",
    title: "Too many requests",
    detail,
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
