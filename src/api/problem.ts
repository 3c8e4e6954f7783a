import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type FieldError, PROBLEM_CONTENT_TYPE, Problem } from "../domain/problem.ts";

/**
 * An error the API reports to its caller as problem+json. Throw it from any handler or middleware; the one
 * `onError` in app.ts turns it into the response.
 */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly title: string;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;
  /** Extension members (RFC 9457 §3.2), e.g. the health report's components. */
  readonly extensions?: Record<string, unknown>;

  constructor(init: {
    status: ContentfulStatusCode;
    code: string;
    title: string;
    detail: string;
    errors?: FieldError[];
    headers?: Record<string, string>;
    extensions?: Record<string, unknown>;
    cause?: unknown;
  }) {
    super(init.detail, { cause: init.cause });
    this.name = "ProblemError";
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.errors = init.errors;
    this.headers = init.headers;
    this.extensions = init.extensions;
  }
}

/** A 401 with its Bearer challenge (RFC 6750); `realm` says which credential is wanted. */
export const unauthorized = (code: string, detail: string, realm = "resume-ai-assistant"): ProblemError =>
  new ProblemError({
    status: 401,
    code,
    title: "Unauthorized",
    detail,
    headers: { "WWW-Authenticate": `Bearer realm="${realm}"` },
  });

/** A route's problem+json response, for its OpenAPI description. */
export const problemSpec = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
});

/** Problem types are tag URIs (RFC 9457 §3.1.1 suggests them for identifiers that are not meant to be fetched). */
export const problemType = (code: string): string => `tag:resume-ai-assistant,2026:problem:${code}`;

export function problemResponse(c: Context, error: ProblemError): Response {
  const body: Problem & Record<string, unknown> = {
    ...error.extensions,
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    requestId: c.get("requestId") ?? "",
    ...(error.errors ? { errors: error.errors } : {}),
  };
  return c.body(JSON.stringify(body), error.status, {
    ...error.headers,
    "Content-Type": PROBLEM_CONTENT_TYPE,
  });
}
