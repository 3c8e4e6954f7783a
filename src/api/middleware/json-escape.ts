import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const UNSAFE = /[<>&\u2028\u2029]/;
const UNSAFE_ALL = /[<>&\u2028\u2029]/g;
const ESCAPE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON responses carry resume text as written, markup included (a resume may really say "<50 ms" or "<Button/>";
 * JSON Resume is data, and its renderers must escape it as any data). Their bytes, though, never contain `<`, `>`
 * or `&`: each is sent as its \\u escape, which parses to the same string, so no document the API returns can be
 * read as HTML if it is sniffed, saved as .html or pasted into a page. Outside strings JSON has none of these
 * characters, so escaping the serialized text is exact.
 */
export function htmlSafeJson(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!JSON_TYPE.test(c.res.headers.get("Content-Type") ?? "") || c.res.body === null) return;
    const text = await c.res.text();
    const safe = UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (ch) => ESCAPE[ch] as string) : text;
    const headers = new Headers(c.res.headers);
    headers.delete("Content-Length");
    c.res = new Response(safe, { status: c.res.status, statusText: c.res.statusText, headers });
  };
}
