import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { AppEnv } from "./env.ts";
import { registerInputSchemas } from "./input/index.ts";
import { accessLog } from "./middleware/access-log.ts";
import { authenticate } from "./middleware/auth.ts";
import { corsFromEnv } from "./middleware/cors.ts";
import { htmlSafeJson } from "./middleware/json-escape.ts";
import { readBody } from "./middleware/read-body.ts";
import { ProblemError, problemResponse } from "./problem.ts";
import { admin } from "./routes/admin.ts";
import { mountDocs } from "./routes/docs.ts";
import { health } from "./routes/health.ts";
import { matching } from "./routes/matching.ts";
import { metrics } from "./routes/metrics.ts";
import { parse } from "./routes/parse.ts";
import { runs } from "./routes/runs.ts";

/** Codes for errors Hono and its middleware raise as HTTPException, by status. */
const HTTP_CODES: Partial<Record<number, { code: string; title: string }>> = {
  400: { code: "bad_request", title: "Bad request" },
  401: { code: "unauthorized", title: "Unauthorized" },
  403: { code: "forbidden", title: "Forbidden" },
  404: { code: "not_found", title: "Not found" },
  408: { code: "request_timeout", title: "Request timeout" },
  413: { code: "payload_too_large", title: "Payload too large" },
  415: { code: "unsupported_media_type", title: "Unsupported media type" },
  429: { code: "rate_limited", title: "Too many requests" },
};

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({
    // One format for every schema failure: 422 naming each failing field.
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error);
    },
  });

  app.use(requestId());
  app.use(accessLog());
  app.use(corsFromEnv());
  // API responses are data, never pages: nothing may run, load or frame them. /docs sets its own policy.
  for (const path of ["/v1/*", "/openapi.json"])
    app.use(
      path,
      secureHeaders({
        contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
        xFrameOptions: "DENY",
      }),
    );
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          c,
          new ProblemError({
            status: 405,
            code: "method_not_allowed",
            title: "Method not allowed",
            detail: `${c.req.method} is not supported on ${c.req.path}; use ${methods.join(", ")}`,
            headers: { Allow: methods.join(", ") },
          }),
        ),
    }),
  );

  app.use(authenticate());
  app.use("/v1/*", readBody());
  // Responses carry resumes, postings and results: no browser or proxy may keep a copy.
  app.use("/v1/*", async (c, next) => {
    await next();
    if (c.res.status !== 101 && !c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
  });
  app.use("/v1/*", htmlSafeJson());

  app.route("/v1/health", health);
  app.route("/v1/runs", runs);
  app.route("/v1/admin", admin);
  app.route("/v1/metrics", metrics);
  app.route("/v1", matching);
  app.route("/v1", parse);
  registerInputSchemas(app.openAPIRegistry);
  // Last: the document describes every route mounted above.
  mountDocs(app);

  app.notFound((c) =>
    problemResponse(
      c,
      new ProblemError({ status: 404, code: "not_found", title: "Not found", detail: `No route for ${c.req.path}` }),
    ),
  );

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const known = HTTP_CODES[status] ?? { code: `http_${status}`, title: "Request failed" };
      return problemResponse(c, new ProblemError({ status, ...known, detail: error.message || known.title }));
    }
    // Unknown failures are logged with the request id and answered generically: internals stay internal.
    console.error(
      JSON.stringify({
        event: "unhandled_error",
        requestId: c.get("requestId"),
        error: String(error),
        stack: (error as Error).stack,
      }),
    );
    return problemResponse(
      c,
      new ProblemError({
        status: 500,
        code: "internal_error",
        title: "Internal error",
        detail: "The request failed unexpectedly. Quote the request id when reporting it.",
      }),
    );
  });

  return app;
}

export function validationProblem(error: ZodError): ProblemError {
  return new ProblemError({
    status: 422,
    code: "validation_failed",
    title: "Invalid request",
    detail: `${error.issues.length} field(s) failed validation`,
    errors: error.issues.map((issue) => ({
      path: issue.path.map(String).join(".") || "(root)",
      message: issue.message,
      code: issue.code,
    })),
  });
}
