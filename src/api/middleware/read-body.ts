import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { BODY_IDLE_MS, readBoundedBody } from "../input/body.ts";
import { limitsFrom } from "../input/limits.ts";

const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Every /v1 body is read here, once, the same way: bounded by MAX_UPLOAD_BYTES, 400 when it ends before its
 * Content-Length (a client that lied, or dropped), 408 when it stalls (src/api/input/body.ts). Route handlers and
 * validators then read the buffered copy — none of them can hang on a body or read one unbounded.
 */
export function readBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (WITH_BODY.has(c.req.method) && c.req.raw.body !== null && !c.req.raw.bodyUsed) {
      const limit = limitsFrom(c.env as unknown as Record<string, unknown>).uploadBytes;
      const idle = Number(c.env.BODY_IDLE_MS);
      const bytes = await readBoundedBody(c.req.raw, limit, Number.isFinite(idle) && idle > 0 ? idle : BODY_IDLE_MS);
      c.req.raw = new Request(c.req.raw, { body: bytes });
    }
    await next();
  };
}
