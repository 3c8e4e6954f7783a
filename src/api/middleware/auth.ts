import type { Context, MiddlewareHandler } from "hono";
import { coordinatorFor } from "../../run/stub.ts";
import type { AppEnv, Principal } from "../env.ts";
import { hashApiKey, KEY_PREFIX, secretsEqual } from "../keys.ts";
import { ProblemError, unauthorized } from "../problem.ts";
import { verifyRunToken } from "../run-token.ts";

/** Routes anyone may call: liveness, and the API's own description. */
const PUBLIC = new Set(["/v1/health"]);
const EVENTS = /^\/v1\/runs\/([0-9a-f]{32})\/events$/;

interface KeyRow {
  id: string;
  revoked_at: number | null;
  daily_token_budget: number | null;
}

async function principalForKey(c: Context<AppEnv>, key: string): Promise<Principal> {
  if (!key.startsWith(KEY_PREFIX)) throw unauthorized("invalid_api_key", "This API key is not valid.");
  const row = await c.env.DB.prepare("SELECT id, revoked_at, daily_token_budget FROM api_keys WHERE key_hash = ?")
    .bind(await hashApiKey(key))
    .first<KeyRow>();
  // Unknown and revoked keys get the same answer: the response says nothing about which keys exist.
  if (!row || row.revoked_at !== null) throw unauthorized("invalid_api_key", "This API key is not valid.");
  return { owner: row.id, keyId: row.id, admin: false, dailyTokenBudget: row.daily_token_budget };
}

/**
 * A browser's WebSocket or EventSource cannot send a header: `?token=` carries the run's events token, an HMAC
 * bound to the run, its owner and an expiry (src/api/run-token.ts). It opens that run's events and nothing else.
 */
async function principalForEventsToken(c: Context<AppEnv>, runId: string, token: string): Promise<Principal> {
  const owner = await coordinatorFor(c.env, runId).owner();
  if (!owner || !(await verifyRunToken(c.env.RUN_TOKEN_SECRET, token, runId, owner, Date.now())))
    throw unauthorized("invalid_events_token", "The events token is invalid or has expired.");
  return { owner, admin: false, dailyTokenBudget: null };
}

/**
 * Who is calling, for every /v1 route but health: the ADMIN_TOKEN, an API key (`Authorization: Bearer rai_…`,
 * looked up by its SHA-256 hash), an events token on a run's events URL, or — only where ALLOW_ANONYMOUS is
 * "true", which `npm start` sets and wrangler.toml never does — the anonymous local user. Keys are then held to
 * their rate limit.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (!path.startsWith("/v1/") || PUBLIC.has(path)) return next();
    const header = c.req.header("Authorization");
    let principal: Principal;
    if (header !== undefined) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      if (!bearer) throw unauthorized("invalid_authorization", "Send the API key as `Authorization: Bearer <key>`.");
      const admin = typeof c.env.ADMIN_TOKEN === "string" && c.env.ADMIN_TOKEN.length >= 16;
      principal =
        admin && (await secretsEqual(bearer, c.env.ADMIN_TOKEN))
          ? { owner: "admin", admin: true, dailyTokenBudget: null }
          : await principalForKey(c, bearer);
    } else {
      const events = EVENTS.exec(path);
      const token = c.req.query("token");
      if (events?.[1] && token) principal = await principalForEventsToken(c, events[1], token);
      else if (c.env.ALLOW_ANONYMOUS === "true")
        principal = { owner: "anonymous", admin: false, dailyTokenBudget: null };
      else throw unauthorized("missing_api_key", "This API needs a key: `Authorization: Bearer <key>`.");
    }
    c.set("principal", principal);
    if (principal.keyId) {
      const { success } = await c.env.RATE_LIMITER.limit({ key: principal.keyId });
      if (!success)
        throw new ProblemError({
          status: 429,
          code: "rate_limited",
          title: "Too many requests",
          detail: "This key has sent more requests than its rate limit allows; try again in a minute.",
          // The binding counts in 60-second periods (wrangler.toml) and does not say when this one ends.
          headers: { "Retry-After": "60" },
        });
    }
    return next();
  };
}
