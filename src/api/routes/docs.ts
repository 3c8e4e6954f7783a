import { type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { Problem } from "../../domain/problem.ts";
import { RunEvent } from "../../domain/run.ts";
import type { AppEnv } from "../env.ts";
import { problemSpec } from "../problem.ts";

/**
 * The API's description and its interactive docs: `GET /openapi.json` (OpenAPI 3.1, generated from the routes'
 * zod schemas, then completed by {@link completeDocument}) and `GET /docs` (Swagger UI, served from our own origin
 * out of `public/docs/`; `npm run docs:vendor` copies Swagger UI itself into `public/docs/assets/`).
 *
 * Call {@link mountDocs} once, at the end of `createApp()`. The document is built on the first request and cached
 * for the isolate's lifetime, so it describes every route mounted on the app by then, wherever mountDocs was called.
 */

type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>;
type OpenApiConfig = Parameters<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>[0];

/** The document's version: package.json's (test/workers/openapi.test.ts holds them equal). A constant, not an import
 * of package.json, so this module still loads in plain Node, which needs an import attribute for JSON. */
const API_VERSION = "0.1.0";
const SECURITY_SCHEME = "bearerAuth";
/** The shared error response every operation points its undeclared error statuses at. */
const PROBLEM_RESPONSE = "Problem";

/** Operations anyone may call; every other operation needs the bearer key (src/api/middleware/auth.ts). */
const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set(["GET /v1/health", "GET /openapi.json", "GET /docs"]);

/** Tags by path prefix, in the order Swagger UI shows them; a path under none is tagged by its first /v1 segment. */
const TAGS = [
  { name: "runs", prefixes: ["/v1/runs"], description: "Start runs, follow their progress, fetch their results." },
  {
    name: "matching",
    prefixes: ["/v1/requirements", "/v1/match"],
    description: "Synchronous requirement extraction and local-engine matching, without a run.",
  },
  { name: "metrics", prefixes: ["/v1/metrics"], description: "Run, task, token and provider figures over a window." },
  { name: "keys", prefixes: ["/v1/admin/keys", "/v1/keys"], description: "API keys (admin token only)." },
  { name: "health", prefixes: ["/v1/health"], description: "Liveness and the state of every dependency." },
  { name: "docs", prefixes: ["/openapi.json", "/docs"], description: "This description and its interactive docs." },
] as const;

const DOCUMENT_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "ResumeAIAssistant API",
    version: API_VERSION,
    description: [
      "Send a resume and a job description: the service extracts the job's requirements, maps each to evidence in",
      "the resume, scores the match in code and produces a tailored resume whose every edit is sourced, explained",
      "and checked for fabrication.\n\n",
      "Authenticate with an API key: `Authorization: Bearer <key>` (the **Authorize** button). Every error is",
      "`application/problem+json` (RFC 9457) with a machine-readable `code` and the `requestId` of the request.",
    ].join(" "),
  },
  servers: [{ url: "/", description: "This deployment" }],
  security: [{ [SECURITY_SCHEME]: [] }],
} satisfies OpenApiConfig;

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Schema keywords that describe a value without constraining it. */
const ANNOTATIONS = new Set(["description", "example", "examples", "title", "default", "deprecated"]);

/** Whether a parameter can be rejected: a required query or header can be missing; a bare string cannot fail. */
function canFail(parameter: Parameter): boolean {
  if (parameter.required && parameter.in !== "path") return true;
  const constraints = Object.keys(parameter.schema ?? {}).filter((key) => !ANNOTATIONS.has(key));
  return !(constraints.length === 1 && parameter.schema?.type === "string");
}

/** The problem statuses an operation can answer with, from what it takes and whether it needs a key. */
function problemStatuses(operation: Operation, parameters: Parameter[]): string[] {
  const secured = !(Array.isArray(operation.security) && operation.security.length === 0);
  const hasBody = operation.requestBody !== undefined;
  const statuses: string[] = [];
  if (hasBody) statuses.push("400"); // the body cannot be read (malformed JSON or multipart)
  if (secured) statuses.push("401"); // no key, or a bad one
  if (parameters.some((p) => p.in === "path")) statuses.push("404"); // no such resource
  if (hasBody || parameters.some(canFail)) statuses.push("422"); // a field fails its schema (the app's defaultHook)
  if (secured) statuses.push("429"); // the key's rate limit
  statuses.push("500");
  return statuses;
}

interface Parameter {
  in?: string;
  required?: boolean;
  schema?: { type?: unknown };
  $ref?: string;
}
interface Operation {
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}

function tagFor(path: string): string {
  const known = TAGS.find((tag) => tag.prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));
  if (known) return known.name;
  return path.split("/").filter(Boolean)[path.startsWith("/v1/") ? 1 : 0] ?? "other";
}

/**
 * What the generator cannot know from the routes, added where a route left it out:
 * - `security: []` on the public operations (the document requires the bearer key globally);
 * - a tag per resource, and the top-level tag list (only tags in use);
 * - the problem+json error responses each operation can give (see {@link problemStatuses}), as references to the
 *   one shared `Problem` response. A status a route declares itself keeps the route's own description.
 */
function completeDocument(document: OpenApiDocument): OpenApiDocument {
  const used = new Set<string>();
  const componentParameters = (document.components?.parameters ?? {}) as Record<string, Parameter>;
  const resolve = (parameter: Parameter) =>
    parameter.$ref ? (componentParameters[parameter.$ref.split("/").pop() ?? ""] ?? parameter) : parameter;
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const pathItem = item as Record<string, unknown> & { parameters?: Parameter[] };
    const pathParameters = (pathItem.parameters ?? []).map(resolve);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Operation | undefined;
      if (!operation) continue;
      if (PUBLIC_OPERATIONS.has(`${method.toUpperCase()} ${path}`) && operation.security === undefined) {
        operation.security = [];
      }
      if (!operation.tags?.length) operation.tags = [tagFor(path)];
      for (const tag of operation.tags) used.add(tag);
      operation.responses ??= {};
      const responses = operation.responses;
      const parameters = [...pathParameters, ...(operation.parameters ?? []).map(resolve)];
      for (const status of problemStatuses(operation, parameters)) {
        responses[status] ??= { $ref: `#/components/responses/${PROBLEM_RESPONSE}` };
      }
    }
  }
  const known = new Set<string>(TAGS.map((tag) => tag.name));
  document.tags = [
    ...TAGS.filter((tag) => used.has(tag.name)).map(({ name, description }) => ({ name, description })),
    ...[...used].filter((name) => !known.has(name)).map((name) => ({ name })),
  ];
  return document;
}

/** The events endpoint is a WebSocket or SSE stream, not a typed `createRoute` handler: described here instead. */
function registerEventsOperation(app: OpenAPIHono<AppEnv>) {
  const path = "/v1/runs/{id}/events";
  const declared = app.openAPIRegistry.definitions.some(
    (definition) => definition.type === "route" && definition.route.method === "get" && definition.route.path === path,
  );
  if (declared) return;
  app.openAPIRegistry.registerPath({
    method: "get",
    path,
    summary: "A run's live events (WebSocket or server-sent events)",
    description: [
      "Open as a WebSocket (each message is one `RunEvent` as JSON) or with `Accept: text/event-stream` (each",
      "event is `id: <seq>`, `event: <type>`, `data: <RunEvent JSON>`). Events already stored after `since` (or",
      "`Last-Event-ID`) are replayed first. Browsers, which cannot send a header here, pass the run's",
      "`eventsToken` as `?token=`.",
    ].join(" "),
    request: {
      params: z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) }),
      query: z.object({
        // Read as a number by the run's Durable Object; anything else means 0 (everything), never an error.
        since: z.string().optional().openapi({ description: "Replay the events after this `seq` (default 0)" }),
        token: z.string().optional().openapi({ description: "The run's eventsToken, instead of the bearer key" }),
      }),
      headers: z.object({
        "last-event-id": z.string().optional().openapi({ description: "As `since`, for reconnecting EventSources" }),
      }),
    },
    responses: {
      101: { description: "Switched to a WebSocket; each message is a RunEvent" },
      200: {
        description: "A server-sent event stream of RunEvents",
        content: {
          "text/event-stream": {
            schema: z.string().openapi({ description: "SSE frames whose `data` is a RunEvent" }),
          },
        },
      },
      404: problemSpec("No such run"),
      406: problemSpec("Neither a WebSocket upgrade nor `Accept: text/event-stream`"),
      410: problemSpec("Expired"),
    },
  });
  app.openAPIRegistry.register("RunEvent", RunEvent);
}

const SECURITY_HEADERS = {
  "Content-Security-Policy": [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // Swagger UI's stylesheet draws its icons as data: SVGs.
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; "),
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
};

/**
 * Serves a file of `public/docs/` through the assets binding. `run_worker_first` in wrangler.toml sends /docs and
 * /docs/* here first; `/docs` and `/docs/` both get the page (its asset URLs are absolute, so either works).
 */
async function docsAsset(c: Context<AppEnv>, isPage: boolean): Promise<Response> {
  const url = new URL(c.req.url);
  if (isPage) url.pathname = "/docs/";
  const asset = await c.env.ASSETS.fetch(new Request(url, c.req.raw));
  if (asset.status === 404) return c.notFound();
  // Through the context, so the response also carries what middleware set (X-Request-Id).
  const response = c.newResponse(asset.body, asset);
  response.headers.set("X-Content-Type-Options", "nosniff");
  if (isPage) for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/**
 * Adds `GET /openapi.json`, `GET /docs` (and the docs' static files under /docs/) to the app, registers the bearer
 * scheme and the shared Problem response. Call it after the API's routes are mounted; it adds no middleware.
 */
export function mountDocs(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", SECURITY_SCHEME, {
    type: "http",
    scheme: "bearer",
    bearerFormat: "API key",
    description: "An API key (`rai_…`), or the admin token for the admin routes.",
  });
  app.openAPIRegistry.register("Problem", Problem);
  app.openAPIRegistry.registerComponent("responses", PROBLEM_RESPONSE, {
    description: "Problem details (RFC 9457): `status` and `code` say what went wrong, `requestId` which request.",
    content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
  });
  registerEventsOperation(app);
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/openapi.json",
    summary: "This API's OpenAPI 3.1 description",
    security: [],
    responses: {
      200: {
        description: "The OpenAPI document",
        content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
      },
    },
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/docs",
    summary: "Interactive API docs (Swagger UI)",
    security: [],
    responses: { 200: { description: "An HTML page", content: { "text/html": { schema: z.string() } } } },
  });

  // Built once per isolate, on first use: the routes cannot change after startup.
  let json: string | undefined;
  app.get("/openapi.json", (c) => {
    json ??= JSON.stringify(completeDocument(app.getOpenAPI31Document(DOCUMENT_CONFIG)));
    return c.body(json, 200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache" });
  });
  app.get("/docs", (c) => docsAsset(c, true));
  app.get("/docs/*", (c) => docsAsset(c, c.req.path === "/docs/"));
}
