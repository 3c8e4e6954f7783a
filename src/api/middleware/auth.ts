import type { Context, MiddlewareHandler } from "hono";
import { TOKEN_PROTOCOL } from "../../run/streams.ts";
import { coordinatorFor } from "../../run/stub.ts";
import { ownerActive } from "../../storage/owners.ts";
import type { AppEnv, Principal } from "../env.ts";
import { hashApiKey, KEY_PREFIX, secretsEqual } from "../keys.ts";
import { type ProblemError, unauthorized } from "../problem.ts";
import { clientIp, tooManyRequests } from "../rate-limit.ts";
import { verifyRunToken } from "../run-token.ts";

/** Routes anyone may call: liveness, and the API's own description. */
const PUBLIC = new Set(["/v1/health"]);
const EVENTS = /^\/v1\/runs\/([0-9a-f]{32})\/events$/;

interface KeyRow {
  id: string;
  revoked_at: number | null;
  daily_token_budget: number | null;
}

/**
 * A failed credential counts against the caller's IP; past AUTH_LIMITER's limit the answer is 429, not 401, so
 * guessing keys or tokens costs time as well as luck.
 */
async function failed(c: Context<AppEnv>, error: ProblemError): Promise<never> {
  const { success } = await c.env.AUTH_LIMITER.limit({ key: `failed:${clientIp(c)}` });
  if (!success)
    throw tooManyRequests("Too many failed authentication attempts from this address; try again in a minute.", 60);
  throw error;
}

async function principalForKey(c: Context<AppEnv>, key: string): Promise<Principal> {
  const invalid = unauthorized("invalid_api_key", "This API key is not valid.");
  if (!key.startsWith(KEY_PREFIX)) return failed(c, invalid);
  const row = await c.env.DB.prepare("SELECT id, revoked_at, daily_token_budget FROM api_keys WHERE key_hash = ?")
    .bind(await hashApiKey(key))
    .first<KeyRow>();
  // Unknown and revoked keys get the same answer: the response says nothing about which keys exist.
  if (!row || row.revoked_at !== null) return failed(c, invalid);
  return { owner: row.id, keyId: row.id, admin: false, dailyTokenBudget: row.daily_token_budget };
}

/**
 * The events token a request carries, wherever the client could put it: the `X-Events-Token` header (fetch-based
 * SSE), a WebSocket subprotocol `rai.token.<token>` offered beside `rai.events` (a browser's WebSocket cannot send
 * headers, and the protocol list stays out of URLs and logs), or `?token=` (EventSource; query strings are
 * redacted from logs and traces — wrangler.toml, and the access log records the route pattern only).
 */
function eventsTokenOf(c: Context<AppEnv>): string | undefined {
  const header = c.req.header("X-Events-Token");
  if (header) return header.trim();
  const offered = (c.req.header("Sec-WebSocket-Protocol") ?? "").split(",").map((p) => p.trim());
  const fromProtocol = offered.find((p) => p.startsWith(TOKEN_PROTOCOL))?.slice(TOKEN_PROTOCOL.length);
  return fromProtocol || c.req.query("token") || undefined;
}

/**
 * A browser's WebSocket or EventSource cannot send an Authorization header: the run's events token (an HMAC bound
 * to the run, its owner and an expiry, src/api/run-token.ts) opens that run's events and nothing else.
 */
async function principalForEventsToken(c: Context<AppEnv>, runId: string, token: string): Promise<Principal> {
  const owner = await coordinatorFor(c.env, runId).owner();
  // A token is only as good as its key: one signed before the key was revoked opens nothing (and streams it
  // opened are closed by the run's periodic check, src/run/streams.ts).
  if (
    !owner ||
    !(await verifyRunToken(c.env.RUN_TOKEN_SECRET, token, runId, owner, Date.now())) ||
    !(await ownerActive(c.env, owner))
  )
    return failed(
      c,
      unauthorized("invalid_events_token", "The events token is invalid, has expired, or its key was revoked."),
    );
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
      // Anything that is not an API key may be the admin token: every such attempt counts, before comparing, so
      // the token cannot be guessed faster than the limit whatever the answers say.
      if (admin && !bearer.startsWith(KEY_PREFIX)) {
        const { success } = await c.env.AUTH_LIMITER.limit({ key: `admin:${clientIp(c)}` });
        if (!success)
          throw tooManyRequests("Too many admin-token attempts from this address; try again in a minute.", 60);
      }
      principal =
        admin && !bearer.startsWith(KEY_PREFIX) && (await secretsEqual(bearer, c.env.ADMIN_TOKEN))
          ? { owner: "admin", admin: true, dailyTokenBudget: null }
          : await principalForKey(c, bearer);
    } else {
      const events = EVENTS.exec(path);
      const token = events ? eventsTokenOf(c) : undefined;
      if (events?.[1] && token) principal = await principalForEventsToken(c, events[1], token);
      else if (c.env.ALLOW_ANONYMOUS === "true")
        principal = { owner: "anonymous", admin: false, dailyTokenBudget: null };
      else throw unauthorized("missing_api_key", "This API needs a key: `Authorization: Bearer <key>`.");
    }
    c.set("principal", principal);
    if (principal.keyId) {
      const { success } = await c.env.RATE_LIMITER.limit({ key: principal.keyId });
      if (!success)
        throw tooManyRequests("This key has sent more requests than its rate limit allows; try again in a minute.", 60);
    }
    return next();
  };
}
